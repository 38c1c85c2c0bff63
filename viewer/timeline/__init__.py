"""The timeline bar under the map and its keys."""
