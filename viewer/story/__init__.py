"""The story dock: sections, call-outs on the map, and opening story files."""
