"""The gazetteer loader and the committed places.csv."""

import pytest

from geodata.places import KINDS, Place, load_places
from geodata.problems import AtlasError

REQUIRED_IDS = [
    "yerevan",
    "baku",
    "tbilisi",
    "moscow",
    "kyiv",
    "ankara",
    "tehran",
    "ganja",
    "nakhchivan",
    "gyumri",
    "sumgait",
    "stepanakert",
    "shusha",
    "lachin",
    "kalbajar",
    "aghdam",
    "fuzuli",
    "jabrayil",
    "qubadli",
    "zangilan",
    "hadrut",
    "martakert",
    "martuni",
    "askeran",
    "khojaly",
    "talish",
    "madagiz",
    "horadiz",
    "goris",
    "kapan",
    "jermuk",
    "vardenis",
    "sisian",
    "sotk",
    "verin-shorzha",
    "kut",
    "karki",
    "artsvashen",
    "yukhari-askipara",
    "barkhudarly",
    "baghanis-ayrum",
    "ashagi-askipara",
    "martunashen",
    "shahumyan",
    "aghavno",
    "sus",
    "kornidzor",
    "tegh",
    "hin-tagher",
    "khtsaberd",
    "mets-shen",
    "lisagor",
    "charektar",
    "lele-tepe",
    "jojug-marjanli",
    "sev-lich",
]

LABELS = [
    ("stepanakert", "Stepanakert / Khankendi"),
    ("shusha", "Shushi / Shusha"),
    ("lachin", "Berdzor / Lachin"),
    ("kalbajar", "Karvachar / Kalbajar"),
    ("martakert", "Martakert / Aghdara"),
    ("martuni", "Martuni / Khojavend"),
    ("aghavno", "Aghavno / Zabukh"),
    ("karki", "Tigranashen / Karki"),
    ("artsvashen", "Artsvashen / Bashkend"),
    ("goris", "Goris"),
    ("yerevan", "Yerevan"),
]

BAD_ROWS = [
    ("x,Name,,,not-a-number,1,AM,town,3,src", "bad place row"),
    ("x,Name,,,40,45,AM,metropolis,3,src", "unknown kind"),
    ("x,Name,,,40,45,AM,town,three,src", "bad place row"),
]
HEADER = "id,name,name_hy,name_az,lat,lon,country,kind,rank,source\n"


@pytest.fixture(scope="module")
def places():
    return load_places()


@pytest.mark.parametrize("pid", REQUIRED_IDS)
def test_required_id_present(places, pid):
    assert pid in places


@pytest.mark.parametrize(("pid", "label"), LABELS)
def test_label_shows_both_usages_when_they_differ(places, pid, label):
    assert places[pid].label == label


def test_rows_are_well_formed(places):
    for p in places.values():
        assert isinstance(p, Place)
        assert p.kind in KINDS and 1 <= p.rank <= 4
        assert len(p.country) == 2 and p.country.isupper()
        assert p.source
        assert p.id == p.id.lower() and " " not in p.id
        # both usage names are set together, or neither
        assert bool(p.name_hy) == bool(p.name_az), p.id


def test_capitals_rank_first(places):
    assert {p.id for p in places.values() if p.kind == "capital"} >= {"yerevan", "baku", "tbilisi"}
    assert all(p.rank == 1 for p in places.values() if p.kind == "capital")


def test_gazetteer_pitfalls_avoided(places):
    # Martuni is Khojavend town (GeoNames "Novyy Karanlug"), not a Goranboy or Qazax place.
    assert places["martuni"].source.endswith("Novyy Karanlug")
    # Baghanis Ayrum is the Qazax border village, not Ayrum town in Tavush (41.1883, 44.9040).
    assert abs(places["baghanis-ayrum"].lon - 44.904) > 0.1
    # Sources of non-GeoNames coordinates are named: the article, not a private note.
    assert places["verin-shorzha"].source == "en-wiki 'Verin Shorzha'"


@pytest.mark.parametrize(("row", "message"), BAD_ROWS)
def test_bad_row_names_file_and_line(tmp_path, row, message):
    path = tmp_path / "places.csv"
    path.write_text(HEADER + "ok,Ok,,,40,45,AM,town,3,src\n" + row + "\n")
    with pytest.raises(AtlasError, match=rf"places.csv:3: {message}"):
        load_places(path)


def test_missing_file_is_an_atlas_error(tmp_path):
    with pytest.raises(AtlasError, match="cannot read"):
        load_places(tmp_path / "nope.csv")
