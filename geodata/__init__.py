"""Pure-Python core of Caucasus Atlas: geometry, the control timeline and stories.

Nothing here imports PySide6 or folium (``tests/test_layers.py`` checks it), so the
model can be used and tested without a display.
"""
