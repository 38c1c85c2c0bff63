"""Ctrl+C and ``SIGTERM`` during a long Qt job (``render``, ``handout``): stop, keep the old file.

Python runs a signal handler only between its own bytecodes, and a Qt event loop is C++:
without help, Ctrl+C waits until the whole job is done, and the run then replaces ``--out``
and exits 0. Inside :func:`interruptible`, a signal is noted and every event loop entered
through :func:`exec_loop` is left at once; :func:`check` (called after each loop, between
maps and before a file is replaced) then raises ``KeyboardInterrupt`` (``main`` exits 130)
or ``SystemExit(128 + signal)``. A timer lets Python look at signals ten times a second.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, QTimer

__all__ = ["check", "exec_loop", "interruptible"]

_caught: list[int] = []
_loops: list[QEventLoop] = []
SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


def _handler(signum: int, _frame) -> None:
    _caught.append(signum)
    for loop in list(_loops):
        loop.exit(1)


@contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, Ctrl+C and SIGTERM stop the job at the next :func:`check`."""
    previous = {s: signal.signal(s, _handler) for s in SIGNALS}
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)  # gives Python the hand to run the handler
    ticker.start(100)
    try:
        yield
    finally:
        ticker.stop()
        for s, handler in previous.items():
            signal.signal(s, handler)
        _caught.clear()


def check() -> None:
    """Raise if a signal was caught: KeyboardInterrupt for Ctrl+C, else SystemExit."""
    if _caught:
        signum = _caught[0]
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)


def exec_loop(loop: QEventLoop) -> None:
    """``loop.exec()``, left at once on a signal, which :func:`check` then raises."""
    check()
    _loops.append(loop)
    try:
        loop.exec()
    finally:
        _loops.remove(loop)
    check()
