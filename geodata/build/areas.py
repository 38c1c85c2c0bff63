"""Build the control areas: the conflict zone cut into pieces that change hands together.

``python -m geodata.build.areas`` reads the basemap's admin-1 faces and countries, the authored
lines (``resources/control/lines.geojson``) and sites (``sites.csv``), and writes
``resources/control/areas.geojson``. The app never runs this: it reads the committed file,
so start-up does no polygon operations. A test rebuilds and compares.

The recipe is an ordered list: each area takes its raw shape minus everything taken by the
areas before it, so the result never overlaps. Everything is approximate (see each
line's and site's ``accuracy``); the map says so.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

import shapely
from shapely import affinity
from shapely.geometry import MultiPoint, Point, Polygon, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, unary_union

from geodata.geodesic import km2

__all__ = ["NAMES", "build_features", "main", "write_areas"]

ROOT = Path(__file__).resolve().parents[2] / "resources"
BASEMAP = ROOT / "basemap"
CONTROL = ROOT / "control"
GRID = 1e-5  # degrees (~1 m): the precision written to areas.geojson
_KM_PER_DEG = 111.32
_COS = math.cos(math.radians(39.8))

# id: (English, Armenian-usage, Azerbaijani-usage) — names as each side uses them.
NAMES: dict[str, tuple[str, str, str]] = {
    "karki": ("Karki", "Tigranashen", "Kərki"),
    "artsvashen": ("Artsvashen", "Artsvashen", "Başkənd"),
    "yukhari-askipara": ("Yukhari Askipara", "Verin Voskepar", "Yuxarı Əskipara"),
    "barkhudarly-sofulu": ("Barkhudarly and Sofulu", "Barkhudarly, Sofulu", "Barxudarlı, Sofulu"),
    "baghanis-ayrum": ("Baghanis Ayrum", "Baghanis Ayrum", "Bağanıs Ayrım"),
    "ashagi-askipara": ("Ashagi Askipara", "Nerkin Voskepar", "Aşağı Əskipara"),
    "am-sev-lich": ("Near Sev Lich (Black Lake)", "Sev Lich", "Qaragöl"),
    "am-verin-shorzha": ("Near Verin Shorzha and Kut", "Verin Shorzha, Kut", "Yuxarı Şorca, Kut"),
    "am-jermuk": ("Towards Jermuk", "Jermuk", "Istisu"),
    "getashen": ("Getashen and Martunashen", "Getashen, Martunashen", "Çaykənd, Qarabulaq"),
    "shahumyan": ("Shahumyan", "Shahumyan", "Aşağı Ağcakənd (Şaumyan)"),
    "shusha-town": ("Shusha and Karin Tak", "Shushi, Karin Tak", "Şuşa, Daşaltı"),
    "khojaly": ("Khojaly", "Khojaly (Ivanyan)", "Xocalı"),
    "hin-tagher": ("Hin Tagher and Khtsaberd", "Hin Tagher, Khtsaberd", "Köhnə Tağlar, Çaylaqqala"),
    "war-qaraxanbeyli": ("Qaraxanbəyli", "Karakhanbeyli", "Qaraxanbəyli"),
    "war-kend-horadiz": ("Kənd Horadiz (village)", "Horadiz (village)", "Kənd Horadiz"),
    "war-boyuk-marjanli": ("Böyük Mərcanlı", "Boyuk Marjanli", "Böyük Mərcanlı"),
    "war-jabrayil-town": ("Jabrayil town", "Jrakan", "Cəbrayıl"),
    "war-chayli": ("Çaylı / Aygestan", "Aygestan", "Çaylı"),
    "war-khandzadzor": ("Khandzadzor", "Khandzadzor", "Ağcakənd"),
    "lachin-towns": ("Lachin, Sus and Zabukh", "Berdzor, Sus, Aghavno", "Laçın, Sus, Zabux"),
    "lachin-corridor-shared": (
        "Lachin corridor at the Hakari bridge",
        "Berdzor corridor at the Hakari bridge",
        "Laçın dəhlizi, Həkəri körpüsü",
    ),
    "lachin-corridor-2020": (
        "Lachin corridor (2020 route)",
        "Berdzor corridor (2020 route)",
        "Laçın dəhlizi (2020)",
    ),
    "lachin-corridor-2022": (
        "Lachin corridor (2022 route)",
        "Berdzor corridor (2022 route)",
        "Laçın dəhlizi (2022)",
    ),
    "lachin": ("Lachin district", "Kashatagh (Berdzor)", "Laçın rayonu"),
    "martakert-north": ("Talish and Madagiz", "Talish, Mataghis", "Talış, Suqovuşan"),
    "martakert-east": ("Eastern Martakert", "Martakert (east)", "Ağdərə (şərq)"),
    "martuni-east": ("Eastern Martuni", "Martuni (east)", "Xocavənd (şərq)"),
    "martakert": ("Martakert", "Martakert", "Ağdərə"),
    "hadrut": ("Hadrut", "Hadrut", "Hadrut"),
    "hadrut-north": ("Between Hadrut and Shusha", "Hadrut (north)", "Hadrut (şimal)"),
    "shusha-west": ("Shusha district (west)", "Shushi region", "Şuşa rayonu"),
    "nkao-core": (
        "Stepanakert, Askeran and Martuni",
        "Stepanakert, Askeran, Martuni",
        "Xankəndi, Əsgəran, Xocavənd",
    ),
    "kalbajar": ("Kalbajar", "Karvachar", "Kəlbəcər"),
    "qubadli": ("Qubadli", "Kashunik", "Qubadlı"),
    "zangilan": ("Zangilan", "Kovsakan", "Zəngilan"),
    "lele-tepe": ("Lele Tepe", "Varazatumb", "Lələtəpə"),
    "jojug-marjanli": ("Jojug Marjanli", "Jojug Marjanli", "Cocuq Mərcanlı"),
    "jabrayil": ("Jabrayil", "Jrakan", "Cəbrayıl"),
    "fuzuli-horadiz": ("Horadiz", "Horadiz", "Horadiz"),
    "fuzuli-west": ("Fuzuli (west)", "Varanda (west)", "Füzuli (qərb)"),
    "fuzuli-east": ("Fuzuli (east)", "Varanda (east)", "Füzuli (şərq)"),
    "aghdam-west": ("Aghdam (west)", "Akna (west)", "Ağdam (qərb)"),
    "aghdam-east": ("Aghdam (east, Quzanli)", "Akna (east)", "Ağdam (şərq), Quzanlı"),
}


def _to_local(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geom, lambda c: c * [_COS * _KM_PER_DEG, _KM_PER_DEG])


def _from_local(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geom, lambda c: c / [_COS * _KM_PER_DEG, _KM_PER_DEG])


def buffer_km(geom: BaseGeometry, km: float) -> BaseGeometry:
    """``geom`` widened by ``km`` (a local flat approximation: fine for a few km)."""
    return _from_local(_to_local(geom).buffer(km, quad_segs=16))


def _read_geojson(path: Path, key: str = "id") -> dict[str, BaseGeometry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"][key]: shape(f["geometry"]) for f in data["features"]}


class _Inputs:
    """The basemap faces, countries, authored lines and sites, with small helpers."""

    def __init__(self, basemap: Path, control: Path):
        self.faces = _read_geojson(basemap / "admin1.geojson")
        self.countries = _read_geojson(basemap / "countries.geojson")
        self.lines = _read_geojson(control / "lines.geojson")
        with (control / "sites.csv").open(encoding="utf-8", newline="") as f:
            self.sites = {r["id"]: r for r in csv.DictReader(f)}

    def face(self, *ids: str) -> BaseGeometry:
        return unary_union([self.faces[i] for i in ids])

    def ring(self, line_id: str) -> Polygon:
        return Polygon(self.lines[line_id].coords)

    def side(self, line_id: str, closing: list[tuple[float, float]]) -> Polygon:
        """The polygon on one side of a line, closed through far ``(lat, lon)`` points."""
        coords = list(self.lines[line_id].coords) + [(lon, lat) for lat, lon in closing]
        return Polygon(coords)

    def point(self, site: str) -> Point:
        r = self.sites[site]
        return Point(float(r["lon"]), float(r["lat"]))

    def circle(self, *sites: str) -> BaseGeometry:
        return unary_union(
            [buffer_km(self.point(s), float(self.sites[s]["radius_km"])) for s in sites]
        )

    def hull(self, *sites: str) -> BaseGeometry:
        km = float(self.sites[sites[0]]["radius_km"])
        return buffer_km(MultiPoint([self.point(s) for s in sites]).convex_hull, km)

    def border_strip(self, site: str, half_length_km: float) -> BaseGeometry:
        """A half-ellipse of Armenia at its border with Azerbaijan, near ``site``.

        ``half_length_km`` along the border, ``radius_km`` (the reported depth) into Armenia.
        """
        am, az = self.countries["AM"], self.countries["AZ"]
        border = am.boundary.intersection(buffer_km(az, 0.5))
        anchor = nearest_points(border, self.point(site))[0]
        near = _to_local(border.intersection(buffer_km(anchor, half_length_km)))
        ends = shapely.get_coordinates(near)
        (ax, ay), (bx, by) = ends[0], ends[-1]
        angle = math.degrees(math.atan2(by - ay, bx - ax))
        depth = float(self.sites[site]["radius_km"])
        centre = _to_local(anchor)
        ellipse = affinity.rotate(
            affinity.scale(centre.buffer(1.0, quad_segs=32), half_length_km, depth),
            angle,
            origin=centre,
        )
        return _from_local(ellipse).intersection(am)


def _recipe(i: _Inputs) -> list[tuple[str, Callable[[], BaseGeometry]]]:
    """The ordered recipe: (area id, raw shape). Earlier areas win overlaps."""
    # The faces Natural Earth gives the former NKAO's south; the edge rings cut off what
    # of them is really Lachin and Jabrayil. What a ring cuts off must go to the district
    # beside it, from every one of these faces (the Khojaly face reaches west of the
    # Lachin edge too): otherwise it belongs to no area and leaves a hole in the partition.
    nkao_faces = i.face("az-khankendi", "az-shusha-city", "az-shusha", "az-khojaly", "az-khojavend")
    edge_lachin, edge_hadrut = i.ring("nkao-edge-lachin"), i.ring("nkao-edge-hadrut-south")
    nkao = unary_union(
        [
            nkao_faces.difference(edge_lachin).difference(edge_hadrut),
            i.ring("nkao-edge-martakert").intersection(i.face("az-tartar", "az-kalbajar")),
        ]
    )
    martakert_raion = nkao.intersection(i.face("az-tartar", "az-kalbajar"))
    lachin_d = i.face("az-lachin").union(nkao_faces.intersection(edge_lachin))
    jabrayil_d = i.face("az-jabrayil").union(
        nkao_faces.difference(edge_lachin).intersection(edge_hadrut)
    )
    west = i.side("loc-1994", [(38.9, 47.27), (38.9, 45.0), (40.9, 45.0), (40.9, 46.70)])
    north_2020 = i.side("ceasefire-2020-north", [(40.6, 46.92), (40.6, 46.45)])
    south_2020 = i.side("ceasefire-2020-south", [(39.2, 46.50), (39.2, 47.15)])
    south_nov = i.side("hadrut-nov-2020", [(39.2, 47.2), (39.2, 46.55)])
    c2020 = buffer_km(i.lines["corridor-2020"], 2.5)
    c2022 = buffer_km(i.lines["corridor-2022"], 2.5)
    fuzuli = i.face("az-fuzuli")
    aghdam = i.face("az-aghdam")
    return [
        ("karki", lambda: i.circle("karki")),
        ("artsvashen", lambda: i.circle("artsvashen")),
        ("yukhari-askipara", lambda: i.circle("yukhari-askipara")),
        ("barkhudarly-sofulu", lambda: i.circle("barkhudarly", "sofulu")),
        ("baghanis-ayrum", lambda: i.circle("baghanis-ayrum")),
        ("ashagi-askipara", lambda: i.circle("ashagi-askipara")),
        ("am-sev-lich", lambda: i.border_strip("sev-lich", 4.0)),
        ("am-verin-shorzha", lambda: i.border_strip("verin-shorzha", 6.5)),
        ("am-jermuk", lambda: i.border_strip("jermuk", 4.25)),
        ("getashen", lambda: i.circle("martunashen")),
        (
            "shahumyan",
            lambda: (
                i.hull("shahumyan", "verinshen", "gulustan")
                .intersection(i.face("az-goranboy"))
                .difference(nkao)
            ),
        ),
        ("shusha-town", lambda: i.face("az-shusha-city").union(i.circle("karin-tak"))),
        ("khojaly", lambda: i.circle("khojaly").intersection(nkao)),
        ("hin-tagher", lambda: i.hull("hin-tagher", "khtsaberd").intersection(nkao)),
        # Villages the 2020 war took on their own dates (sites.csv): each its own area.
        (
            "war-qaraxanbeyli",
            lambda: i.circle("qaraxanbeyli").intersection(fuzuli).intersection(west),
        ),
        (
            "war-kend-horadiz",
            lambda: i.circle("kend-horadiz").intersection(fuzuli).intersection(west),
        ),
        (
            "war-boyuk-marjanli",
            lambda: i.circle("boyuk-marjanli").intersection(jabrayil_d).intersection(west),
        ),
        ("war-jabrayil-town", lambda: i.circle("jabrayil-town").intersection(jabrayil_d)),
        ("war-chayli", lambda: i.circle("chayli").intersection(nkao).intersection(west)),
        ("war-khandzadzor", lambda: i.circle("khandzadzor").intersection(nkao)),
        ("lachin-towns", lambda: i.circle("lachin-town", "sus", "aghavno").intersection(lachin_d)),
        ("lachin-corridor-shared", lambda: c2020.intersection(c2022).intersection(lachin_d)),
        ("lachin-corridor-2020", lambda: c2020.intersection(lachin_d)),
        ("lachin-corridor-2022", lambda: c2022.intersection(lachin_d)),
        ("lachin", lambda: lachin_d),
        ("martakert-north", lambda: nkao.intersection(west).intersection(north_2020)),
        ("martakert-east", lambda: martakert_raion.difference(west)),
        ("martuni-east", lambda: nkao.difference(west)),
        ("martakert", lambda: martakert_raion),
        ("hadrut", lambda: nkao.intersection(south_2020).intersection(south_nov)),
        ("hadrut-north", lambda: nkao.intersection(south_2020)),
        ("shusha-west", lambda: nkao.intersection(i.face("az-shusha"))),
        ("nkao-core", lambda: nkao),
        ("kalbajar", lambda: i.face("az-kalbajar").difference(nkao)),
        ("qubadli", lambda: i.face("az-qubadli")),
        ("zangilan", lambda: i.face("az-zangilan")),
        ("lele-tepe", lambda: i.circle("lele-tepe")),
        ("jojug-marjanli", lambda: i.circle("jojug-marjanli").union(jabrayil_d.difference(west))),
        ("jabrayil", lambda: jabrayil_d),
        ("fuzuli-horadiz", lambda: i.circle("horadiz").intersection(fuzuli).difference(west)),
        ("fuzuli-west", lambda: fuzuli.intersection(west)),
        ("fuzuli-east", lambda: fuzuli),
        ("aghdam-west", lambda: aghdam.intersection(west)),
        ("aghdam-east", lambda: aghdam),
    ]


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the polygon parts (differences can leave slivers of lines)."""
    geom = shapely.make_valid(geom)
    parts = [
        g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")
    ]
    return unary_union(parts) if parts else Polygon()


def build_features(basemap: Path = BASEMAP, control: Path = CONTROL) -> list[dict]:
    """The areas as GeoJSON features, in recipe order, each with its km² and names."""
    inputs = _Inputs(basemap, control)
    taken: BaseGeometry = Polygon()
    features = []
    for area_id, raw in _recipe(inputs):
        # Snap first, then cut on the same grid: cutting unsnapped shapes and snapping each
        # result on its own leaves metre-wide slivers between neighbours along every cut.
        shape_ = _polygonal(shapely.set_precision(raw(), GRID))
        geom = _polygonal(shapely.difference(shape_, taken, grid_size=GRID))
        if geom.is_empty:
            raise ValueError(f"area {area_id!r} came out empty: check its recipe and inputs")
        taken = shapely.union(taken, geom, grid_size=GRID)
        name, name_hy, name_az = NAMES[area_id]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": area_id,
                    "name": name,
                    "name_hy": name_hy,
                    "name_az": name_az,
                    "km2": round(km2(geom), 1),
                    "note": "approximate: built from authored lines and sites (see lines.geojson)",
                },
                "geometry": mapping(geom),
            }
        )
    return features


OVERLAYS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "rpk-zone-2020": (
        "Russian peacekeeping zone (2020 corridor)",
        (
            "nkao-core",
            "khojaly",
            "shusha-west",
            "martakert",
            "lachin-towns",
            "lachin-corridor-shared",
            "lachin-corridor-2020",
        ),
        "Trilateral statement of 10 Nov 2020; RPK zone ≈ the Armenian-held rump + the corridor",
    ),
    "rpk-zone-2022": (
        "Russian peacekeeping zone (2022 corridor)",
        (
            "nkao-core",
            "khojaly",
            "shusha-west",
            "martakert",
            "lachin-corridor-shared",
            "lachin-corridor-2022",
        ),
        "Trilateral statement of 10 Nov 2020; Massis Post (29 Aug 2022) for the new route",
    ),
}


def build_overlays(areas: list[dict], control: Path = CONTROL) -> list[dict]:
    """Overlay geometry: the peacekeeping zones (unions of areas) and the blockaded road."""
    geoms = {f["properties"]["id"]: shape(f["geometry"]) for f in areas}
    out = []
    for oid, (name, members, source) in OVERLAYS.items():
        geom = shapely.set_precision(unary_union([geoms[m] for m in members]), GRID)
        out.append((oid, name, source, "As approximate as the areas it is made of", geom))
    road = _read_geojson(control / "lines.geojson")["corridor-2022"]
    out.append(
        (
            "lachin-blockade",
            "Lachin corridor road (2022–23 blockade)",
            '"Blockade of Nagorno-Karabakh", Wikipedia (en), revision 1133306701; '
            "Reuters (23 Apr 2023, Hakari checkpoint); Massis Post, 29 Aug 2022 (the road)",
            "The road drawn as the authored 2022 route (approximate)",
            road,
        )
    )
    return [
        {
            "type": "Feature",
            "properties": {"id": oid, "name": name, "source": source, "accuracy": accuracy},
            "geometry": mapping(geom),
        }
        for oid, name, source, accuracy, geom in out
    ]


def dumps(features: list[dict]) -> str:
    """One feature per line, 5 decimals: small diffs when a line moves."""
    rows = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    body = ",\n".join(rows)
    return f'{{"type":"FeatureCollection","features":[\n{body}\n]}}\n'


def write_areas(path: Path = CONTROL / "areas.geojson") -> None:
    """Rebuild and write ``areas.geojson`` and ``overlays.geojson`` beside it."""
    features = build_features()
    path.write_text(dumps(features), encoding="utf-8")
    overlays = build_overlays(features, path.parent)
    (path.parent / "overlays.geojson").write_text(dumps(overlays), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    write_areas()
    for f in json.loads((CONTROL / "areas.geojson").read_text(encoding="utf-8"))["features"]:
        print(f"{f['properties']['id']:24} {f['properties']['km2']:9.1f} km²")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
