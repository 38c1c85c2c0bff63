"""Films: an MP4 decodes to the frames and size asked for and shows control changing, a GIF
has its frames, a cancelled or interrupted export leaves nothing, bad options are refused."""

import signal
import subprocess
import sys
import time
from datetime import date

import av
import pytest
from PIL import Image

from geodata.film import plan_film
from tests.viewer.test_render import ROOT, run_cli

# 1–20 May 1992: Shusha (9 May) and Lachin (18 May) change from Azerbaijan to Armenian forces.
RANGE = ("--from", "1992-05-01", "--to", "1992-05-20")


def _orange(image: Image.Image) -> int:
    """Pixels in the Nagorno-Karabakh Republic's orange (#D55E00, blended with the basemap)."""
    pixels = image.convert("RGB").get_flattened_data()
    return sum(r > 170 and 60 < g < 150 and b < 90 for r, g, b in pixels)


def test_an_mp4_decodes_to_its_frames_and_shows_control_changing(tmp_path):
    out = tmp_path / "war.mp4"
    result = run_cli(
        "animate",
        *RANGE,
        "--step",
        "1d",
        "--hold",
        "3",
        "--fps",
        "10",
        "--size",
        "800x480",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    with av.open(str(out)) as film:
        stream = film.streams.video[0]
        assert stream.codec_context.name == "h264"
        frames = [f.to_image() for f in film.decode(video=0)]
    assert len(frames) == 20 + 2 * 2  # two changes, each held 3 frames
    assert {f.size for f in frames} == {(800, 480)}
    assert _orange(frames[-1]) > _orange(frames[0]) + 2000, "Shusha and Lachin did not turn"
    assert [p.name for p in tmp_path.iterdir()] == ["war.mp4"]


def test_a_gif_has_its_frames_and_their_times(tmp_path):
    out = tmp_path / "war.gif"
    result = run_cli(
        "animate",
        *RANGE,
        "--step",
        "1w",
        "--hold",
        "3",
        "--fps",
        "4",
        "--size",
        "301x200",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    with Image.open(out) as gif:
        assert (gif.n_frames, gif.size) == (4, (301, 200))  # 1, 8, 15, 20 May
        durations = []
        for i in range(gif.n_frames):
            gif.seek(i)
            durations.append(gif.info["duration"])
    # 15 May shows Shusha's change (held 3 frames), 20 May Lachin's: 1 + 1 + 3 + 3 frames at 4 fps
    assert durations == [250, 250, 750, 750]


def test_a_cancelled_export_leaves_nothing(qtbot, tmp_path):
    from viewer.exports.film import Cancelled, FilmRenderer, write_film
    from viewer.session import Session

    session = Session.load()
    plan = plan_film(session.data.control.timeline, date(1992, 5, 1), date(1992, 6, 1), "1d")
    renderer = FilmRenderer(session, "karabakh", (320, 240))
    seen = []
    renderer.progress.connect(
        lambda done, total: seen.append(done) or (done == 3 and renderer.cancel())
    )
    out = tmp_path / "film.mp4"
    out.write_bytes(b"the old film")
    with pytest.raises(Cancelled):
        write_film(renderer, plan, out, 12)
    assert seen == [1, 2, 3]
    assert [p.name for p in tmp_path.iterdir()] == ["film.mp4"]
    assert out.read_bytes() == b"the old film"


def test_ctrl_c_stops_the_command_and_leaves_nothing(tmp_path):
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "animate",
            "--from",
            "1992-01-01",
            "--to",
            "1993-12-31",
            "--step",
            "1d",
            "--size",
            "320x240",
            "--out",
            str(tmp_path / "long.mp4"),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".atlas-tmp-*.mp4")) and time.monotonic() < deadline:
        time.sleep(0.2)  # the encoder's file exists once the first picture is drawn
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "1994-05-12", "--to", "1991-09-02"], "--to: 1991-09-02 is before --from"),
        (["--from", "1900-01-01", "--to", "1991-09-02"], "outside the data"),
        (["--from", "1992-02-30", "--to", "1993-01-01"], "--from"),
        ([*RANGE, "--step", "2w"], "--step: '2w' is not one of 1d, 1w, 1m, change"),
        ([*RANGE, "--size", "1920by1080"], "--size"),
        ([*RANGE, "--size", "641x360"], "odd side"),
        ([*RANGE, "--fps", "0"], "--fps"),
        ([*RANGE, "--hold", "x"], "--hold"),
        ([*RANGE, "--story", "no-such-story.md"], "--story: there is no file"),
    ],
)
def test_bad_options_are_refused_with_one_line(tmp_path, args, message):
    out = tmp_path / "film.mp4"
    result = run_cli("animate", *args, "--out", str(out))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("caucasus-atlas:")]
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_an_output_that_is_no_film_is_refused(tmp_path):
    result = run_cli("animate", *RANGE, "--out", str(tmp_path / "film.avi"))
    assert result.returncode == 2 and ".mp4, .webm or .gif" in result.stderr
