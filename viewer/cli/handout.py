"""``caucasus-atlas handout``: the story as a compact PDF handout, with progress on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError
from viewer.cli import no_file, output_path

NAME = "handout"
HELP = QT_TRANSLATE_NOOP(
    "cli", "write the story as an A4 PDF handout: a cover, a timeline, each section with its map"
)


def configure(parser) -> None:
    parser.add_argument("--out", required=True, help=translate("cli", "the PDF file to write"))
    parser.add_argument(
        "--story", help=translate("cli", "story file (default: the shipped article)")
    )


def check_output(text: str) -> Path:
    return output_path(text, ".pdf")


def run(args) -> int:
    out = check_output(args.out)
    if args.story and not Path(args.story).exists():
        raise AtlasError(f"--story: {no_file(args.story)}")

    from viewer.app import create_application
    from viewer.exports.handout import build_handout, fit_handout, write_handout
    from viewer.interrupt import interruptible
    from viewer.session import Session

    create_application(offscreen=True)
    session = Session.load(story_path=args.story)
    story = session.data.story
    problems = [p for p in session.problems if story and str(p.file) == story.file]
    for problem in problems:
        print(problem, file=sys.stderr)
    if story is None or not story.sections:
        what = args.story or translate("cli", "the story")
        raise AtlasError(translate("cli", "{story}: no valid sections to print").format(story=what))
    story, cuts = fit_handout(story)
    for cut in cuts:
        print(f"handout: {cut}", file=sys.stderr)  # fit_handout's words are translated
    with interruptible():  # Ctrl+C: stop, keep the old --out, exit 130
        doc = build_handout(session.data, story, progress=_progress)
        print("handout: " + translate("cli", "writing the PDF"), file=sys.stderr)
        write_handout(doc, out, story.meta.title)
    print(out)
    return 0


def _progress(done: int, total: int, what: str) -> bool:
    """One line per map on stderr (stdout keeps only the file name, for scripts)."""
    if done < total:
        text = translate("cli", "map {n} of {total}: {what}").format(
            n=done + 1, total=total, what=what
        )
    else:
        text = translate("cli", "laying out the pages")
    print(f"handout: {text}", file=sys.stderr, flush=True)
    return True
