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
from geodata.cli._argparse_words import argparse_words
from geodata.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    language,
    language_set,
    normalise,
    system_language,
    translate,
)
from geodata.problems import AtlasError

PROG = "caucasus-atlas"
COMMAND_PACKAGES = ("geodata.cli", "viewer.cli")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli", "An offline atlas of the South Caucasus conflict, 1923 to today."
)
DEBUG_HELP = QT_TRANSLATE_NOOP("cli", "log details to stderr, Qt's and Chromium's included")
# How the dynamic loader says a shared library is missing (ImportError or OSError text).
MISSING_LIBRARY = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")
# The window's options that take a value (build_parser adds them).
WINDOW_OPTIONS = ("--date", "--view", "--story", "--lang")
LANG_HELP = QT_TRANSLATE_NOOP(
    "cli", "the interface language: en, ru, hy or az (default: the system's, or View → Language)"
)


def _commands() -> list[ModuleType]:
    modules = []
    for package_name in COMMAND_PACKAGES:
        package = importlib.import_module(package_name)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if not info.name.startswith("_"):
                modules.append(importlib.import_module(f"{package_name}.{info.name}"))
    return modules


def names_a_command(args: list[str]) -> bool:
    """Whether ``args`` may name a subcommand or ask for help (else they open the window).

    Only then does the parser need the subcommands, whose modules take ~35 ms to import:
    the window's start would wait for them before its map page begins to load.

    >>> names_a_command(["--date", "1994-05-12", "--debug"]), names_a_command([])
    (False, False)
    >>> names_a_command(["query", "--lang", "hy"]), names_a_command(["--lang=ru", "bogus"])
    (True, True)
    >>> names_a_command(["--help"])
    True
    """
    needs_value = False
    for arg in args:
        if needs_value:
            needs_value = False
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
        else:
            needs_value = arg in WINDOW_OPTIONS
    return False


def build_parser(
    with_commands: bool = True,
) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The parser, its help in the current language (:func:`help_language` before it);
    without the subcommands for a command line that opens the window."""
    parser = argparse.ArgumentParser(prog=PROG, description=translate("cli", DESCRIPTION))
    parser.add_argument("--date", help=translate("cli", "open at this date (YYYY-MM-DD)"))
    parser.add_argument(
        "--view", help=translate("cli", "open at this view: karabakh, caucasus or region")
    )
    parser.add_argument(
        "--story", help=translate("cli", "open this story file instead of the default article")
    )
    parser.add_argument("--debug", action="store_true", help=translate("cli", DEBUG_HELP))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", LANG_HELP))
    commands: dict[str, ModuleType] = {}
    if not with_commands:
        parser.set_defaults(command=None)
        return parser, commands
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _commands():
        text = translate("cli", module.HELP)
        command = sub.add_parser(module.NAME, help=text, description=text)
        module.configure(command)
        # --debug and --lang after the subcommand too; SUPPRESS keeps the top-level value.
        command.add_argument(
            "--debug",
            action="store_true",
            default=argparse.SUPPRESS,
            help=translate("cli", DEBUG_HELP),
        )
        command.add_argument(
            "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=translate("cli", LANG_HELP)
        )
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


def help_language(argv: list[str] | None) -> str:
    """The language of ``--help`` and argparse's errors: ``--lang`` wherever it is typed
    (the parser cannot read it before it is built), else the system's.

    >>> help_language(["query", "--lang", "hy"]), help_language(["--lang=ru", "stats"])
    ('hy', 'ru')
    """
    args = sys.argv[1:] if argv is None else argv
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return normalise(args[i + 1])
        if arg.startswith("--lang="):
            return normalise(arg.partition("=")[2])
    return system_language()


def _main(argv: list[str] | None) -> int:
    with language_set(help_language(argv)), argparse_words():
        parser, commands = build_parser(names_a_command(sys.argv[1:] if argv is None else argv))
        args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    # For the run only: main() is also called in-process (tests). The window sets its own.
    with language_set((args.lang or system_language()) if args.command else language()):
        return _run(args, commands)


def _run(args: argparse.Namespace, commands: dict[str, ModuleType]) -> int:
    """The command or the window; an error is one line on stderr, in the run's language."""
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
        if missing := missing_library(exc):
            text = translate(
                "cli",
                "the system library {library} is missing: install the libraries listed in "
                "the README, section 'On Linux: system libraries'",
            )
            print(f"{PROG}: " + text.format(library=missing), file=sys.stderr)
            return 2
        text = translate("cli", "internal error: {error} (run with --debug for details)")
        print(f"{PROG}: " + text.format(error=exc), file=sys.stderr)
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
