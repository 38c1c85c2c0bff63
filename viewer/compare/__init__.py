"""Compare two dates: the compare panel, side by side and the territory chart."""
