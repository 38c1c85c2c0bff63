"""Subcommands that need Qt when they run (render, handout): imported without Qt."""

from __future__ import annotations

from pathlib import Path

from geodata.atomic import check_target
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
