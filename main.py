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
import re
import signal
import sys
import threading
from types import ModuleType

from geodata import safe_text
from geodata.i18n import LANGUAGES, language_set, system_language
from geodata.problems import AtlasError

PROG = "caucasus-atlas"
COMMAND_PACKAGES = ("geodata.cli", "viewer.cli")
DEBUG_HELP = "log details to stderr, Qt's and Chromium's included"
README_LINUX = "README, section 'On Linux: system libraries'"
# How the dynamic loader says a shared library is missing (ImportError or OSError text).
MISSING_LIBRARY = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")
LANG_HELP = "the interface language: en, ru, hy or az (default: the system's, or View → Language)"


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
    parser.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    parser.add_argument("--lang", choices=LANGUAGES, help=LANG_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = {}
    for module in _commands():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(command)
        # --debug and --lang after the subcommand too; SUPPRESS keeps the top-level value.
        command.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP
        )
        command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=LANG_HELP)
        commands[module.NAME] = module
    return parser, commands


def main(argv: list[str] | None = None) -> int:
    """Run the command; what it prints to the terminal never carries a control character
    (a story's heading cannot clear the screen), see :mod:`geodata.safe_text`."""
    streams = safe_text.install()
    # SIGTERM unwinds like Ctrl+C, so that a writer's temporary file is removed.
    in_main = threading.current_thread() is threading.main_thread()
    terminate = signal.signal(signal.SIGTERM, _terminate) if in_main else None
    try:
        return _main(argv)
    finally:
        if terminate is not None:
            signal.signal(signal.SIGTERM, terminate)
        sys.stdout.flush()
        sys.stdout, sys.stderr = streams


def _terminate(signum: int, _frame) -> None:
    raise SystemExit(128 + signum)


def _main(argv: list[str] | None) -> int:
    parser, commands = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command:
            # For the run only: main() is also called in-process (tests).
            with language_set(args.lang or system_language()):
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
        if missing := missing_library(exc):
            print(
                f"{PROG}: the system library {missing} is missing: install the libraries "
                f"listed in {README_LINUX}",
                file=sys.stderr,
            )
            return 2
        print(f"{PROG}: internal error: {exc} (run with --debug for details)", file=sys.stderr)
        return 1


def missing_library(exc: BaseException) -> str | None:
    """The shared library whose absence caused ``exc`` (Qt's import on a bare Linux), if any."""
    while exc is not None:
        if isinstance(exc, ImportError | OSError) and (match := MISSING_LIBRARY.search(str(exc))):
            return match[1]
        exc = exc.__cause__ or exc.__context__
    return None


if __name__ == "__main__":
    sys.exit(main())
