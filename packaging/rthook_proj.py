"""PyInstaller runtime hook: pyproj finds its PROJ database in pyogrio's copy.

The bundle leaves out pyproj's own copy of proj.db (the spec's UNUSED_FILES): the app uses
only pyproj's geodesic, which needs no database, but pyproj warns at import when it finds
none. pyogrio's copy comes from a newer PROJ, whose database layout an older PROJ reads.
"""

import os
import sys

os.environ.setdefault("PROJ_DATA", os.path.join(sys._MEIPASS, "pyogrio", "proj_data"))
