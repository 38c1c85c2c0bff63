"""The control data's own texts in each interface language: ``resources/i18n/data_texts.csv``.

A control period's ``note``, an event's ``title`` and ``note`` and an overlay period's
``note`` are the atlas's words (what the sources say, summed up), so they are translated like
the interface; a ``source`` is a publication's title and stays as published. The file is keyed
by the English text itself (column ``en``) with ``ru``, ``hy`` and ``az`` beside it: one row
serves every record that shares a note, an edited note has no row until it is translated
again (``tests/geodata/test_data_texts.py`` fails on that and on rows no record uses), and
``git diff`` shows the English beside its translations. Terms follow docs/i18n-glossary.md.

>>> data_text("1994 ceasefire line, frozen until 2016/2020", "ru")
'Линия прекращения огня 1994 года, замороженная до 2016/2020 года'
>>> data_text("a text with no row", "hy")
'a text with no row'
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from geodata.csv_rows import read_rows
from geodata.i18n import LANGUAGES, language
from geodata.problems import AtlasError, Problem

__all__ = [
    "DATA_TEXTS_CSV",
    "TEXT_COLUMNS",
    "data_text",
    "load_data_texts",
    "texts_in_data",
    "translation_problems",
]

DATA_TEXTS_CSV = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "data_texts.csv"
# Which columns of which control file are the atlas's own text (sources are not).
TEXT_COLUMNS = {
    "periods.csv": ("note",),
    "events.csv": ("title", "note"),
    "overlay_periods.csv": ("note",),
}


def _translation_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """``(line, row)`` of the translations file; a short row's missing cells read as empty
    (untranslated), an unreadable file is raised."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise AtlasError(f"{path}:0: cannot read the data texts ({e.strerror})") from None
    rows = csv.DictReader(text.splitlines())
    return [
        (line, {k: v or "" for k, v in row.items() if k is not None})
        for line, row in enumerate(rows, start=2)
    ]


@cache
def load_data_texts(path: Path | None = None) -> dict[str, dict[str, str]]:
    """``{English text: {language: translation}}``, empty cells left out.

    Parameters
    ----------
    path : pathlib.Path, optional
        :data:`DATA_TEXTS_CSV` by default.

    Returns
    -------
    dict

    Raises
    ------
    AtlasError
        An unreadable file (``FILE:0``) or a text given twice (``FILE:LINE``).

    Examples
    --------
    >>> load_data_texts()["Sumgait pogrom"]["az"]
    'Sumqayıt pogromu'
    """
    path = path or DATA_TEXTS_CSV
    return _by_english(path, _translation_rows(path))


def _by_english(path: Path, rows: list[tuple[int, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """The rows as ``{English text: {language: translation}}``; a text given twice is raised."""
    out: dict[str, dict[str, str]] = {}
    for line, row in rows:
        english = row.get("en", "").strip()
        if english in out:
            raise AtlasError(f"{path}:{line}: {english[:40]!r} is given twice")
        out[english] = {
            code: value.strip()
            for code, value in row.items()
            if code != "en" and value and value.strip()
        }
    return out


def data_text(text: str, code: str | None = None) -> str:
    """``text`` (a note or title from the control data) in ``code``, else as the data has it.

    Parameters
    ----------
    text : str
        The English text, as in the control file.
    code : str, optional
        The language; the current interface language by default.

    Returns
    -------
    str

    Examples
    --------
    >>> data_text("Sumgait pogrom", "hy"), data_text("Sumgait pogrom", "en")
    ('Սումգայիթի ջարդեր', 'Sumgait pogrom')
    """
    code = code or language()
    if code == "en" or not text:
        return text
    return load_data_texts().get(text.strip(), {}).get(code, text)


def texts_in_data(directory: Path, problems: list[Problem]) -> Iterator[tuple[str, int, str]]:
    """Every translatable text in the control files of ``directory``: ``(file, line, text)``.

    Parameters
    ----------
    directory : pathlib.Path
        Holds ``periods.csv``, ``events.csv`` and ``overlay_periods.csv``.
    problems : list of Problem
        Appended to for a file that cannot be read or lacks a text column.

    Yields
    ------
    tuple of (str, int, str)
        The file's path, the record's line and the text (stripped, never empty).
    """
    for name, columns in TEXT_COLUMNS.items():
        path = directory / name
        for line, row in read_rows(path, columns, problems):
            for column in columns:
                if text := row[column].strip():
                    yield str(path), line, text


def translation_problems(directory: Path, path: Path | None = None) -> list[Problem]:
    """What keeps the translations from matching the data: ``FILE:LINE`` problems.

    A text in the control data with no row, or a row with an empty language, is reported at
    the record's line; a row no record uses any more (an edited or deleted note) at the
    row's line in the translations file.

    Parameters
    ----------
    directory : pathlib.Path
        The control data (``resources/control``).
    path : pathlib.Path, optional
        The translations, :data:`DATA_TEXTS_CSV` by default.

    Returns
    -------
    list of Problem

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> translation_problems(CONTROL_DIR)
    []
    """
    path = path or DATA_TEXTS_CSV
    read = _translation_rows(path)
    rows = _by_english(path, read)
    codes = [code for code in LANGUAGES if code != "en"]
    problems: list[Problem] = []
    used = set()
    for file, line, text in texts_in_data(directory, problems):
        used.add(text)
        lacking = [code for code in codes if code not in rows.get(text, {})]
        if lacking:
            problems.append(
                Problem(file, line, f"{text[:40]!r} has no {', '.join(lacking)} in {path.name}")
            )
    problems += [
        Problem(str(path), line, f"{text[:40]!r}: no record uses this text any more")
        for line, text in ((line, row.get("en", "").strip()) for line, row in read)
        if text not in used
    ]
    return problems
