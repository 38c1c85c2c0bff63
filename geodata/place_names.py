"""Place names in each interface language: ``resources/i18n/place_names.csv``.

``places.csv`` holds the English name and both sides' usages in Latin letters; this file
holds, for Russian, Armenian and Azerbaijani, the name in that language's own usage and
script, the other side's usage written in the same script (``*_alt``, empty where the
usages agree), and the source. The map writes the first and, smaller, the second: both
sides' usages stay visible in every language (docs/i18n-glossary.md, "Place names").

>>> local_name("stepanakert", "hy"), local_name("stepanakert", "az")
(('Ստեփանակերտ', 'Խանքենդի'), ('Xankəndi', 'Stepanakert'))
>>> local_name("stepanakert", "ru"), local_name("yerevan", "az")
(('Степанакерт', 'Ханкенди'), ('İrəvan', ''))
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from geodata.problems import AtlasError

__all__ = ["LOCAL_LANGUAGES", "PLACE_NAMES_CSV", "load_place_names", "local_name"]

PLACE_NAMES_CSV = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "place_names.csv"
LOCAL_LANGUAGES = ("ru", "hy", "az")


@cache
def load_place_names(path: Path | None = None) -> dict[str, dict[str, tuple[str, str]]]:
    """``{place id: {language: (name, other side's usage)}}`` from the file, with its sources
    checked to be there.

    Parameters
    ----------
    path : pathlib.Path, optional
        :data:`PLACE_NAMES_CSV` by default.

    Returns
    -------
    dict

    Raises
    ------
    AtlasError
        An unreadable file, or a row without a name or a source (``FILE:LINE``).

    Examples
    --------
    >>> load_place_names()["shusha"]["ru"]
    ('Шуша', 'Шуши')
    """
    path = path or PLACE_NAMES_CSV
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise AtlasError(f"{path}:0: cannot read the place names ({e.strerror})") from None
    out = {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        if not row.get("source") or not all(row.get(code) for code in LOCAL_LANGUAGES):
            raise AtlasError(f"{path}:{line}: a place needs a name in ru, hy, az and a source")
        out[row["id"]] = {
            code: (row[code], row.get(f"{code}_alt") or "") for code in LOCAL_LANGUAGES
        }
    return out


def local_name(place_id: str, language: str) -> tuple[str, str]:
    """The name of ``place_id`` in ``language`` and the other side's usage ("" when the same).

    Parameters
    ----------
    place_id : str
    language : str
        ``ru``, ``hy`` or ``az``; any other language, or a place the file lacks, gives
        ``("", "")`` (the caller keeps the English names).

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> local_name("lachin", "hy"), local_name("lachin", "en")
    (('Բերձոր', 'Լաչին'), ('', ''))
    """
    return load_place_names().get(place_id, {}).get(language, ("", ""))
