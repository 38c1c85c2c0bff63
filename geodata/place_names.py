"""Place and area names in each interface language: ``resources/i18n/place_names.csv`` and
``area_names.csv``.

``places.csv``, ``areas.geojson`` and ``admin1.geojson`` hold the English name and both
sides' usages in Latin letters; these files hold, for Russian, Armenian and Azerbaijani, the
name in that language's own usage and script, the other side's usage written in the same
script (``*_alt``, empty where the usages agree), and the source. ``area_names.csv`` also
says which languages' forms are unsure (``unsure``: transliterated, no article checked).
The map and the pop-ups write the first and, smaller, the second: both sides' usages stay
visible in every language (docs/i18n-glossary.md, "Place names").

>>> local_name("stepanakert", "hy"), local_name("stepanakert", "az")
(('Ստեփանակերտ', 'Խանքենդի'), ('Xankəndi', 'Stepanakert'))
>>> local_name("stepanakert", "ru"), local_name("yerevan", "az")
(('Степанакерт', 'Ханкенди'), ('İrəvan', ''))
>>> local_area_name("kalbajar", "hy"), local_area_name("az-khankendi", "hy")
(('Քարվաճառ', 'Քելբաջար'), ('Ստեփանակերտ', 'Խանքենդի'))
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from geodata.problems import AtlasError

__all__ = [
    "AREA_NAMES_CSV",
    "LOCAL_LANGUAGES",
    "PLACE_NAMES_CSV",
    "load_place_names",
    "local_area_name",
    "local_name",
]

PLACE_NAMES_CSV = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "place_names.csv"
AREA_NAMES_CSV = PLACE_NAMES_CSV.with_name("area_names.csv")
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
            raise AtlasError(f"{path}:{line}: a name is needed in ru, hy, az, with a source")
        if not set((row.get("unsure") or "").split()) <= set(LOCAL_LANGUAGES):
            raise AtlasError(f"{path}:{line}: 'unsure' lists languages: ru, hy, az")
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


def local_area_name(area_id: str, language: str) -> tuple[str, str]:
    """The name of a control area or admin-1 region in ``language``, and the other side's usage.

    Parameters
    ----------
    area_id : str
        A control area id (``kalbajar``) or an admin-1 id (``az-khankendi``).
    language : str

    Returns
    -------
    tuple of str
        ``("", "")`` in English or for an id the file lacks (the caller keeps the data's
        English name).

    Examples
    --------
    >>> local_area_name("nkao-core", "az")
    ('Xankəndi, Əsgəran və Xocavənd', 'Stepanakert, Askeran və Martuni')
    >>> local_area_name("kalbajar", "en")
    ('', '')
    """
    return load_place_names(AREA_NAMES_CSV).get(area_id, {}).get(language, ("", ""))
