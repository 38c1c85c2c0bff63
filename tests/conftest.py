"""Test-wide setup: Qt renders offscreen and Chromium runs without its sandbox (CI is root).

These must be set before anything imports Qt, hence here and not in a fixture.
"""

import os
import shutil

import pytest
from hypothesis import settings

# No timing asserts in tests: Hypothesis' per-example deadline (200 ms) is one, and a loaded
# machine trips it (291 ms for a 0.25 ms example in README's check on a minimal Debian 12,
# docs/install-check.md). Speed is measured in benchmarks/.
settings.register_profile("atlas", deadline=None)
settings.load_profile("atlas")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# The interface language follows the system locale: tests expect English, the source, unless
# they ask for another (--lang, geodata.i18n.language_set).
os.environ["LC_ALL"] = "C.UTF-8"


def system_tool(name: str, package: str) -> str:
    """The path of a command-line tool a test reads outputs back with, else a failure that
    says what to install. Not a skip: README and .ci/run install these, and a skipped check
    looks like a passed one."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing: install {package} (README, 'On Linux: system libraries')",
            pytrace=False,
        )
    return path
