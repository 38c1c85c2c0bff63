"""The Qt side of Caucasus Atlas: windows, widgets, the map page and its bridge."""
