"""Subcommands that need Qt when they run (render, handout): imported without Qt."""

from __future__ import annotations

import os
from pathlib import Path

from geodata.problems import AtlasError


def output_path(text: str, suffix: str) -> Path:
    """``--out`` as a path that ends in ``suffix`` and can be written, else an AtlasError.

    Checked before Qt starts, so a typo costs no rendering.
    """
    out = Path(text)
    if out.suffix.lower() != suffix:
        raise AtlasError(f"--out: {text!r} must end in {suffix}")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise AtlasError(f"--out: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise AtlasError(f"--out: cannot write to {text!r}")
    return out
