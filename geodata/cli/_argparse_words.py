"""argparse's own words ("usage:", "options:", its error messages) in the interface language.

argparse writes them through ``gettext`` (its module-level ``_``) and ships no catalogue of
its own; :func:`argparse_words` routes that one name to the atlas's catalogue (context
``argparse``) while the parser is built and the arguments are read, and puts it back after.
Words of another Python version's argparse that are not listed here stay in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from geodata.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["ARGPARSE_WORDS", "argparse_words"]

ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _gettext(message: str) -> str:
    """argparse's message in the current language; a trailing newline is kept as it was."""
    text = message.rstrip("\n")
    return translate("argparse", text) + message[len(text) :]


@contextmanager
def argparse_words() -> Iterator[None]:
    """Within the block, argparse writes its words with :func:`_gettext`.

    >>> import argparse
    >>> from geodata.i18n import language_set
    >>> with language_set("ru"), argparse_words():
    ...     argparse.ArgumentParser(prog="x").format_usage()
    'использование: x [-h]\\n'
    """
    before = argparse._
    argparse._ = _gettext
    try:
        yield
    finally:
        argparse._ = before
