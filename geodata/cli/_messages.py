"""Lines more than one subcommand prints, written once so they read alike in every language."""

from __future__ import annotations

from datetime import date

from geodata.i18n import translate

__all__ = ["out_of_range"]


def out_of_range(day: date, first: date, last: date) -> str:
    """A day outside the control data's range (query, stats, compare).

    >>> out_of_range(date(1800, 1, 1), date(1920, 1, 1), date(2025, 1, 1))
    "1800-01-01 is outside the data's range (1920-01-01 to 2025-01-01)"
    """
    text = translate("cli", "{day} is outside the data's range ({first} to {last})")
    return text.format(day=day, first=first, last=last)
