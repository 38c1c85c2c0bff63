"""``caucasus-atlas validate``: check control data and story files.

Examples::

    caucasus-atlas validate                      # the shipped resources/control data
    caucasus-atlas validate my/periods.csv resources/stories/article.md

Each problem is printed as ``FILE:LINE: message``; the exit code is 1 if there is any.
"""

from __future__ import annotations

import argparse

from geodata.i18n import QT_TRANSLATE_NOOP, translate

NAME = "validate"
HELP = QT_TRANSLATE_NOOP("cli", "check control data and story files (FILE:LINE: message)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help=translate("cli", "files (default: shipped data)")
    )


def run(args: argparse.Namespace) -> int:
    from geodata.validate import validate_directory, validate_file

    if args.files:
        problems = [p for f in args.files for p in validate_file(f)]
    else:
        problems = validate_directory()
    for p in problems:
        print(p)
    if not problems:
        checked = ", ".join(args.files) if args.files else "resources/control"
        print(translate("cli", "ok: {files}").format(files=checked))
    return 1 if problems else 0
