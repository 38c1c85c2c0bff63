"""The translations are complete, current and compiled (resources/i18n, docs/i18n.md).

Each test runs Qt's own tools (``pyside6-lupdate``, ``pyside6-lrelease``) on copies, so a
string added to the code without a translation, a translation left for a string that has
gone, or a ``.qm`` not rebuilt after an edit each fail here.
"""

import shutil
import xml.etree.ElementTree as ET

import pytest

from geodata.i18n import I18N_DIR, LANGUAGES, catalogue, language_set, translate
from viewer.i18n.build import TRANSLATED, compile_qm, extract

TS = {code: I18N_DIR / f"atlas_{code}.ts" for code in TRANSLATED}


def _entries(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_entry_is_finished_and_none_is_obsolete(code):
    bad = [
        (ctx, src, tr.get("type"))
        for ctx, src, tr in _entries(TS[code])
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert bad == []


def test_the_ts_files_hold_every_marked_string_of_the_code(tmp_path):
    copies = [tmp_path / p.name for p in TS.values()]
    for src, dst in zip(TS.values(), copies, strict=True):
        shutil.copy(src, dst)
    extract(copies)  # lupdate: new strings come in unfinished, gone ones are dropped
    for src, dst in zip(TS.values(), copies, strict=True):
        assert dst.read_text(encoding="utf-8") == src.read_text(encoding="utf-8"), (
            f"{src.name} is stale: run `uv run python -m viewer.i18n.build` and translate"
        )


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_qm_files_are_compiled_from_the_current_ts(code, tmp_path):
    fresh = tmp_path / f"atlas_{code}.qm"
    compile_qm(TS[code], fresh)
    shipped = TS[code].with_suffix(".qm")
    assert shipped.is_file() and shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is stale: run `uv run python -m viewer.i18n.build`"
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_format_fields_survive_translation(code):
    """A translation that drops or renames ``{label}`` would crash ``.format`` at run time."""
    import string

    def fields(text):
        return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)

    for ctx, src, tr in _entries(TS[code]):
        assert fields(tr.text or "") == fields(src), (code, ctx, src)


def test_geodata_reads_the_same_catalogue_and_falls_back_to_english():
    assert set(LANGUAGES) == {"en", "ru", "hy", "az"}
    assert catalogue("hy")[("controllers", "De facto control")] == "Փաստացի վերահսկողություն"
    with language_set("az"):
        assert translate("controllers", "Azerbaijan") == "Azərbaycan"
        assert translate("controllers", "not a source string") == "not a source string"
    assert translate("controllers", "Azerbaijan") == "Azerbaijan"
