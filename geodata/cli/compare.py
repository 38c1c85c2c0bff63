"""``caucasus-atlas compare``: the areas that changed hands between two dates.

Examples::

    caucasus-atlas compare --from 1994-05-12 --to 2020-12-02
    caucasus-atlas compare --from 1994-05-12 --to 2020-12-02 --json

"Changed hands" compares de facto control on the two days (see ``geodata.compare``). The
JSON is a list of objects with ``area, name, from, to, km2`` (plus ``from_status``,
``to_status``, ``held_since`` — the first day of the unbroken run of the ``--to``
controller —, ``status_since`` — the day its status last changed — and ``since``, equal
to ``held_since``). A bad date or one
outside the data's range exits with 2 and one line on stderr.
"""

from __future__ import annotations

import argparse

from geodata.cli._messages import out_of_range
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError

NAME = "compare"
HELP = QT_TRANSLATE_NOOP("cli", "the areas that changed hands between two dates")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="date_from", required=True, help=translate("cli", "date A, YYYY-MM-DD")
    )
    parser.add_argument(
        "--to", dest="date_to", required=True, help=translate("cli", "date B, YYYY-MM-DD")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print a JSON list of changes")
    )


def run(args: argparse.Namespace) -> int:
    import json

    from geodata.compare import compare, net_change
    from geodata.control import load_control
    from geodata.control.controllers import label
    from geodata.dates import day_label, parse_day
    from geodata.i18n import language
    from geodata.place_names import local_area_name

    days = []
    for flag, text in (("--from", args.date_from), ("--to", args.date_to)):
        try:
            days.append(parse_day(text))
        except ValueError as exc:
            raise AtlasError(f"{flag}: {exc}", 2) from None
    data, _ = load_control()
    tl = data.timeline
    for flag, day in zip(("--from", "--to"), days, strict=True):
        if not tl.first_day <= day <= tl.last_day:
            raise AtlasError(f"{flag}: {out_of_range(day, tl.first_day, tl.last_day)}", 2)
    a, b = days
    changes = compare(data, a, b)
    if args.json:
        print(json.dumps([c.as_json() for c in changes], ensure_ascii=False))
        return 0
    heading = translate("cli", "Changed hands between {a} and {b} (de facto control)")
    print(heading.format(a=day_label(a), b=day_label(b)))
    held = translate("cli", "held since {day}")
    for c in changes:
        name = local_area_name(c.area, language())[0] or c.name
        print(
            f"{c.area}\t{c.from_controller} → {c.to_controller}\t{c.km2:10,.1f} km²"
            f"\t{name} ({held.format(day=c.held_since.label())})"
        )
    if not changes:
        print(translate("cli", "no area changed hands"))
    net = translate("cli", "net")
    for code, km in sorted(net_change(changes).items(), key=lambda kv: -kv[1]):
        print(f"{net}\t{code}\t{km:+10,.1f} km²\t{label(code)}")
    return 0
