"""Caucasus Atlas: ``caucasus-atlas`` opens the map window; subcommands answer without one.

Each subcommand is a module in ``geodata/cli/`` (pure Python) or ``viewer/cli/`` (needs Qt
when it runs) that defines ``NAME``, ``HELP``, ``configure(parser)`` and ``run(args) -> int``.
Command modules must not import Qt at import time, so that ``caucasus-atlas query`` starts
fast and works where Qt's system libraries are missing.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from types import ModuleType

from geodata.problems import AtlasError

PROG = "caucasus-atlas"
COMMAND_PACKAGES = ("geodata.cli", "viewer.cli")


def _commands() -> list[ModuleType]:
    modules = []
    for package_name in COMMAND_PACKAGES:
        package = importlib.import_module(package_name)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if not info.name.startswith("_"):
                modules.append(importlib.import_module(f"{package_name}.{info.name}"))
    return modules


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="An offline atlas of the South Caucasus conflict, 1923 to today.",
    )
    parser.add_argument("--date", help="open at this date (YYYY-MM-DD)")
    parser.add_argument("--view", help="open at this view: karabakh, caucasus or region")
    parser.add_argument("--story", help="open this story file instead of the default article")
    parser.add_argument("--debug", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = {}
    for module in _commands():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(command)
        commands[module.NAME] = module
    return parser, commands


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command:
            return commands[args.command].run(args)
        from viewer.app import run_window

        return run_window(args)
    except AtlasError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last guard: a user never sees a traceback
        if args.debug:
            raise
        print(f"{PROG}: internal error: {exc} (run with --debug for details)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
