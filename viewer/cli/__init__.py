"""Subcommands that need Qt when they run (render, handout): imported without Qt."""

from __future__ import annotations

from pathlib import Path

from geodata.atomic import check_target
from geodata.i18n import translate
from geodata.problems import AtlasError


def output_path(text: str, suffix: str) -> Path:
    """``--out`` as a path that ends in ``suffix`` and can be written, else an AtlasError.

    Checked before Qt starts (:func:`geodata.atomic.check_target`), so a typo costs no
    rendering.
    """
    try:
        return check_target(text, suffix)
    except AtlasError as exc:
        raise AtlasError(f"--out: {exc}") from None


def not_one_of(value: str, choices) -> str:
    """``'x' is not one of a, b`` in the interface language (the words after ``--option:``)."""
    text = translate("cli", "{value} is not one of {choices}")
    return text.format(value=repr(value), choices=", ".join(choices))


def no_file(path: str) -> str:
    """``there is no file 'x'`` in the interface language (``--story``)."""
    return translate("cli", "there is no file {path}").format(path=repr(path))
