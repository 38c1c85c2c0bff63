"""Test-wide setup: Qt renders offscreen and Chromium runs without its sandbox (CI is root).

These must be set before anything imports Qt, hence here and not in a fixture.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
