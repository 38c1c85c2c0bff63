"""``--lang`` on the command line: the controller's label in the chosen language."""

import pytest

import main

STEPANAKERT = ("--date", "2021-06-01", "--lat", "39.8177", "--lon", "46.7528")
NKR = {
    "en": "Nagorno-Karabakh Republic (Artsakh) / Armenian forces (de facto control)",
    "ru": "Нагорно-Карабахская Республика (Арцах) / армянские силы (фактический контроль)",
    "hy": "Լեռնային Ղարաբաղի Հանրապետություն (Արցախ) / հայկական ուժեր (փաստացի վերահսկողություն)",
    "az": "Dağlıq Qarabağ Respublikası (Artsax) / erməni qüvvələri (faktiki nəzarət)",
}


@pytest.mark.parametrize("code", sorted(NKR))
@pytest.mark.parametrize("before", [True, False], ids=["lang-first", "lang-after"])
def test_query_prints_the_label_in_the_language(capsys, code, before):
    lang = ["--lang", code]
    argv = [*lang, "query", *STEPANAKERT] if before else ["query", *STEPANAKERT, *lang]
    assert main.main(argv) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"NKR\t{NKR[code]}")


def test_the_language_is_the_systems_by_default_and_only_for_the_run(capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    assert main.main(["stats", "--date", "2021-06-01"]) == 0
    assert "Азербайджан" in capsys.readouterr().out
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert main.main(["query", *STEPANAKERT]) == 0
    assert NKR["en"] in capsys.readouterr().out


def test_an_unknown_language_is_refused(capsys):
    with pytest.raises(SystemExit) as exc:
        main.main(["query", *STEPANAKERT, "--lang", "fr"])
    assert exc.value.code == 2


def test_query_translates_dates_statuses_and_confidence(capsys):
    assert main.main(["query", *STEPANAKERT, "--lang", "hy"]) == 0
    out = capsys.readouterr().out
    assert "կայուն՝ 1994 թ. մայիսի 12-ից (հավաստիություն՝ բարձր)" in out
