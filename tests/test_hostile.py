"""Hostile inputs and outputs, one table: every case's exit status, its one ``Error:`` line (or none), and
that no file was touched that should not be.

Each case runs ``policydiff`` in-process in a scratch folder holding copies of the real national 2022 -> 2023
pair (``plan.txt``, ``review.txt``); the folder is listed before and after (content, kind, link target,
mode), and only the files a case names may differ. What needs a real process (a closed or full standard
output, Ctrl-C) runs the installed script.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from conftest import SEEDS, CliResult

PLAN = SEEDS / "national-2022.txt"
REVIEW = SEEDS / "national-2023.txt"
PAIR = ["plan.txt", "review.txt"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Setup = Callable[[Path], None]


@attrs.frozen
class Case:
    """One hostile run: the arguments (after a setup in the scratch folder), what it must end with."""

    args: list[str]
    status: int
    #: A pattern the one Error line must match (``None``: no Error line at all).
    error: str | None
    setup: Setup | None = None
    #: Files of the scratch folder the run may create or change; every other file must be as it was.
    changed: tuple[str, ...] = ()
    #: A check of the folder after the run.
    after: Callable[[Path], None] | None = None
    #: A pattern the one Warning line must match (``None``: no Warning line).
    warning: str | None = None
    #: A check of what the run printed on standard output.
    stdout: Callable[[str], None] | None = None
    #: "root" or "user": the case runs only as root (device nodes, owners) or only as another user.
    runs_as: str = ""


def _symlink(name: str, to: str) -> Setup:
    return lambda folder: (folder / name).symlink_to(to)


def _file(name: str, text: str = "old\n") -> Setup:
    return lambda folder: (folder / name).write_text(text, encoding="utf-8")


def _both(*steps: Setup) -> Setup:
    def run(folder: Path) -> None:
        for step in steps:
            step(folder)

    return run


def _fifo(name: str) -> Setup:
    return lambda folder: os.mkfifo(folder / name)


def _device(name: str) -> Setup:
    return lambda folder: os.mknod(folder / name, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # as /dev/null


def _socket(name: str) -> Setup:
    def make(folder: Path) -> None:
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(str(folder / name))  # the socket file stays after the socket is closed

    return make


def _hardlink(name: str, to: str) -> Setup:
    return lambda folder: os.link(folder / to, folder / name)


def _is_link_to(name: str, target: str, content: str) -> Callable[[Path], None]:
    def check(folder: Path) -> None:
        assert os.readlink(folder / name) == target
        assert content in (folder / target).read_text(encoding="utf-8")

    return check


def _variant(name: str, of: str, change: Callable[[str], str]) -> Setup:
    """A copy of report ``of`` of the scratch folder, its text changed."""

    def make(folder: Path) -> None:
        (folder / name).write_text(change((folder / of).read_text(encoding="utf-8")), encoding="utf-8")

    return make


def _between_figure_and_unit(gap: str) -> Callable[[str], str]:
    return lambda text: FIGURE_UNIT.sub(gap, text)


def _after_digits(mark: str) -> Callable[[str], str]:
    return lambda text: re.sub("(?<=[0-9])", mark, text)


def _thousands(text: str) -> str:
    """Every whole number of four digits or more written with thousands commas (years too: 2,022年)."""
    return re.sub(r"(?<![\d.])\d{4,}(?![\d.])", lambda m: f"{int(m[0]):,}", text)


def _no_figures(text: str) -> str:
    """The report with every figure but the years (2022年) taken out: digits, round amounts (万亿元), tenths
    (下降超过五成), doublings (翻一番) and the 万 that taking the digits out of 1100万人以上 leaves, read as ten
    thousand alone."""
    figures = r"[0-9.%]+万?|[千百万亿]+元|[两三四五六七八九]成|翻[一两三]?番|倍增|两位数增长"
    return re.sub(figures, lambda m: m[0] if re.fullmatch("20[0-9]{2}", m[0]) else "", text)


def _the_summary(line: str) -> Callable[[str], None]:
    def check(out: str) -> None:
        assert out.splitlines()[-1] == line

    return check


def _strict_json(check: Callable[[dict[str, Any]], None]) -> Callable[[str], None]:
    def parse(out: str) -> None:
        check(json.loads(out, parse_constant=_no_constant))

    return parse


def _no_constant(name: str) -> None:
    raise AssertionError(f"not strict JSON: {name}")


def _no_markup(out: str) -> None:
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 21 and not re.search("<[a-z/]", out), out
    assert all(line.count(" | ") == table[0].count(" | ") for line in table[2:])  # no cell broken by a pipe


def _row(id_: str, **expected: object) -> Callable[[dict[str, Any]], None]:
    def check(document: dict[str, Any]) -> None:
        row = next(r for r in document["rows"] if r["id"] == id_)
        assert {k: row[k] for k in expected} == expected

    return check


AUDIT = ["audit", *PAIR]
#: The national 2022 -> 2023 audit's summary, which every text variant of the pair must give.
CLEAN_SUMMARY = (
    "plan.txt -> review.txt: 21 commitments: 9 met, 1 missed, 0 carried_over, 11 not_mentioned; "
    "9 met: 7 by figure, 1 by derived, 1 by claim; 1 missed: 1 by figure"
)
#: Where a figure meets its unit in the reports: 5.5|%, 1100|万人, 3|个百分点.
FIGURE_UNIT = re.compile("(?<=[0-9])(?=[%万亿个元人家所项公亩吨千])")
#: The employment commitment of the national 2022 plan: 城镇新增就业1100万人以上.
EMPLOYMENT = "c-0a2e2a229f79"
_REFUSED = r"^cannot write '{}': "

CASES: dict[str, Case] = {
    # -- outputs ----------------------------------------------------------------------------------------
    "out-symlink-writes-through": Case(
        [*AUDIT, "--format", "json", "-o", "link.json"],
        0,
        None,
        _both(_file("real.json"), _symlink("link.json", "real.json")),
        changed=("real.json",),
        after=_is_link_to("link.json", "real.json", '"schema": "policydiff.audit/1"'),
    ),
    "out-dangling-symlink-creates-its-target": Case(
        [*AUDIT, "--format", "csv", "-o", "link.csv"],
        0,
        None,
        _symlink("link.csv", "new.csv"),
        changed=("new.csv",),
        after=_is_link_to("link.csv", "new.csv", "id,section,commitment"),
    ),
    "out-symlink-loop": Case([*AUDIT, "-o", "loop"], 2, _REFUSED.format("loop"), _symlink("loop", "loop")),
    "out-directory": Case([*AUDIT, "-o", "sub"], 2, "it is a directory", lambda f: (f / "sub").mkdir()),
    "out-fifo": Case([*AUDIT, "-o", "fifo"], 2, r"it is a FIFO \(named pipe\), not a regular file", _fifo("fifo")),
    "out-fifo-sqlite": Case([*AUDIT, "--format", "sqlite", "-o", "fifo"], 2, "it is a FIFO", _fifo("fifo")),
    "out-socket": Case([*AUDIT, "-o", "sock"], 2, "it is a socket, not a regular file", _socket("sock")),
    "out-device": Case(
        [*AUDIT, "-o", "null"], 2, "it is a character device, not a regular file", _device("null"), runs_as="root"
    ),
    "out-read-only-file": Case(
        [*AUDIT, "-o", "ro.txt"],
        2,
        r"it is read-only",
        _both(_file("ro.txt"), lambda f: (f / "ro.txt").chmod(0o444)),
        runs_as="user",
    ),
    "out-replaces-a-file-keeping-its-owner": Case(
        [*AUDIT, "-o", "theirs.txt"],
        0,
        None,
        _both(_file("theirs.txt"), lambda f: os.chown(f / "theirs.txt", 4321, 4321)),
        changed=("theirs.txt",),
        after=lambda f: _assert_owner(f / "theirs.txt", 4321),
        runs_as="root",
    ),
    "out-symlink-to-a-fifo": Case(
        [*AUDIT, "-o", "link"], 2, _REFUSED.format("link") + "it is a FIFO", _both(_fifo("f"), _symlink("link", "f"))
    ),
    "out-missing-folder": Case([*AUDIT, "-o", "no/such/out.json"], 2, r"its folder 'no/such' does not exist"),
    "out-empty-path": Case([*AUDIT, "-o", ""], 2, r"^cannot write '': the path is empty"),
    "out-is-the-plan": Case([*AUDIT, "-o", "plan.txt"], 2, r"it is the input 'plan.txt'"),
    "out-is-the-review-by-another-name": Case(
        [*AUDIT, "-o", "./sub/../review.txt"], 2, "it is the input 'review.txt'", lambda f: (f / "sub").mkdir()
    ),
    "out-is-a-symlink-to-the-plan": Case(
        [*AUDIT, "-o", "link.txt"], 2, "it is the input 'plan.txt'", _symlink("link.txt", "plan.txt")
    ),
    "out-is-a-hard-link-to-the-review": Case(
        [*AUDIT, "-o", "hard.txt"], 2, "it is the input 'review.txt'", _hardlink("hard.txt", "review.txt")
    ),
    "out-is-the-corrections": Case(
        [*AUDIT, "--corrections", "fix.csv", "-o", "fix.csv"],
        2,
        "it is the input 'fix.csv'",
        _file("fix.csv", "id,status,note\n"),
    ),
    "out-sqlite-is-the-plan": Case([*AUDIT, "--format", "sqlite", "-o", "plan.txt"], 2, "it is the input"),
    "out-explain-is-the-plan": Case([*AUDIT, "--explain", "c-0", "-o", "plan.txt"], 2, "it is the input"),
    "diff-out-is-an-input": Case(["diff", *PAIR, "-o", "review.txt"], 2, "it is the input 'review.txt'"),
    "extract-out-is-its-input": Case(["extract", "plan.txt", "-o", "plan.txt"], 2, "it is the input 'plan.txt'"),
    "extract-out-fifo": Case(["extract", "plan.txt", "-o", "fifo"], 2, "it is a FIFO", _fifo("fifo")),
    "corpus-out-is-a-report": Case(["corpus", ".", "-o", "review.txt"], 2, "it is the input 'review.txt'"),
    "corpus-out-in-a-read-folder": Case(
        ["corpus", ".", "-o", "table.txt"], 2, r"it would be read as a report the next time '\.' is read"
    ),
    "corpus-out-csv-beside-the-reports": Case(
        ["corpus", ".", "--format", "csv", "-o", "all.csv"], 0, None, changed=("all.csv",)
    ),
    "out-replaces-a-file-keeping-its-mode": Case(
        [*AUDIT, "-o", "audit.txt"],
        0,
        None,
        _both(_file("audit.txt"), lambda f: (f / "audit.txt").chmod(0o640)),
        changed=("audit.txt",),
        after=lambda f: _assert_mode(f / "audit.txt", 0o640),
    ),
    # -- inputs -----------------------------------------------------------------------------------------
    "in-fifo": Case(
        ["audit", "fifo", "review.txt"], 2, r"^plan: 'fifo' is a FIFO \(named pipe\), not a regular file", _fifo("fifo")
    ),
    "in-symlink-to-a-fifo": Case(
        ["audit", "plan.txt", "link"], 2, r"^review: 'link' is a FIFO", _both(_fifo("fifo"), _symlink("link", "fifo"))
    ),
    "in-device": Case(["audit", "/dev/zero", "review.txt"], 2, r"^plan: '/dev/zero' is a character device"),
    "in-socket": Case(["extract", "sock"], 2, r"^plan: 'sock' is a socket, not a regular file", _socket("sock")),
    "in-corpus-fifo": Case(
        ["corpus", "plan.txt", "review.txt", "fifo"],
        2,
        r"^fifo: 'fifo' is a FIFO \(named pipe\), not a regular file",
        _fifo("fifo"),
        stdout=lambda out: _the_summary("1 pairs, " + CLEAN_SUMMARY.split(": ", 1)[1])(out),
    ),
    "in-over-5-mb": Case(
        ["audit", "big.txt", "review.txt"],
        2,
        r"^plan: 'big.txt' is 6 MB, over the 5 MB a report is read up to .*give --max-size 6 \(MB\)",
        lambda f: (f / "big.txt").write_bytes(b"x" * 6 * 2**20),
    ),
    "in-over-max-size": Case([*AUDIT, "--max-size", "0.01"], 2, r"^plan: 'plan.txt' is 0.0491 MB, over the 0.01 MB"),
    "in-max-size-raised": Case([*AUDIT, "--max-size", "0.2"], 0, None, stdout=_the_summary(CLEAN_SUMMARY)),
    "in-max-size-not-a-size": Case(
        [*AUDIT, "--max-size", "-1"], 2, r"^argument --max-size: expected a positive number"
    ),
    "in-english": Case(
        ["audit", "en.txt", "review.txt"],
        2,
        r"^plan: 'en.txt' is not a Chinese text \(0% of its letters",
        _file("en.txt", "Report on the Work of the Government\n1. Review of 2021\nGDP grew by 8.1%.\n"),
    ),
    "in-japanese": Case(
        ["audit", "plan.txt", "ja.txt"],
        2,
        r"^review: 'ja.txt' is not a Chinese text",
        _file("ja.txt", "政府の活動報告について、今年の経済成長率は5.5%程度を目標とします。\n"),
    ),
    "in-no-letters": Case(
        ["extract", "n.txt"],
        2,
        r"^plan: 'n.txt' is not a Chinese text \(it has no letters",
        _file("n.txt", "2022 5.5% 1100 3.2\n"),
    ),
    "in-no-commitments": Case(
        ["audit", "bare.txt", "review.txt"],
        0,
        None,
        _variant("bare.txt", "plan.txt", _no_figures),
        warning=r"^plan: no commitments found in 'bare.txt'",
        stdout=_the_summary("bare.txt -> review.txt: 0 commitments: 0 met, 0 missed, 0 carried_over, 0 not_mentioned"),
    ),
    "in-no-outcomes": Case(
        ["audit", "plan.txt", "bare.txt"],
        0,
        None,
        _variant("bare.txt", "review.txt", _no_figures),
        warning=r"^review: no outcomes found in 'bare.txt'",
    ),
    "in-extract-nothing": Case(
        ["extract", "bare.txt"],
        0,
        None,
        _variant("bare.txt", "plan.txt", _no_figures),
        warning=r"^plan: no figure with a unit found in the plan part of 'bare.txt'",
    ),
    "in-figure-beyond-float": Case(
        ["audit", "huge.txt", "review.txt", "--format", "json"],
        0,
        None,
        _variant(
            "huge.txt", "plan.txt", lambda t: t.replace("城镇新增就业1100万人", "城镇新增就业" + "9" * 400 + "万人")
        ),
        stdout=_strict_json(lambda d: None),
    ),
    "in-figure-beyond-float-extract": Case(
        ["extract", "huge.txt", "--format", "jsonl"],
        0,
        None,
        _variant("huge.txt", "plan.txt", lambda t: t.replace("1100万人", "9" * 400 + "万人")),
        stdout=lambda out: [json.loads(line, parse_constant=_no_constant) for line in out.splitlines()] and None,
    ),
    "in-thousands-commas-quoted-whole": Case(
        ["audit", "p.txt", "r.txt", "--format", "json"],
        0,
        None,
        _both(_variant("p.txt", "plan.txt", _thousands), _variant("r.txt", "review.txt", _thousands)),
        stdout=_strict_json(
            _row(EMPLOYMENT, target_value=11_000_000, target_text="1,100万人以上", actual_value=12_060_000)
        ),
    ),
    "in-markup-in-the-report": Case(
        [*AUDIT, "--format", "markdown"],
        0,
        None,
        _variant("plan.txt", "plan.txt", lambda t: t.replace("城镇新增就业", "城镇<script>x|y</script>新增就业")),
        changed=("plan.txt",),
        stdout=_no_markup,
    ),
    **{
        f"text-{name}": Case(
            ["audit", "p.txt", "r.txt"],
            0,
            None,
            _both(_variant("p.txt", "plan.txt", change), _variant("r.txt", "review.txt", change)),
            stdout=_the_summary(CLEAN_SUMMARY.replace("plan.txt -> review.txt", "p.txt -> r.txt")),
        )
        for name, change in {
            "space-before-unit": _between_figure_and_unit(" "),
            "no-break-space-before-unit": _between_figure_and_unit("\u00a0"),
            "thin-space-before-unit": _between_figure_and_unit("\u2009"),
            "nbsp-entity-before-unit": _between_figure_and_unit("&nbsp;"),
            "zero-width-space-after-digits": _after_digits("\u200b"),
            "combining-mark-after-digits": _after_digits("\u0332"),
            "direction-marks-after-digits": _after_digits("\u200e"),
            "thousands-commas": _thousands,
        }.items()
    },
    # -- inputs already refused before this table -------------------------------------------------------
    "in-missing": Case(["audit", "none.txt", "review.txt"], 2, r"^plan: 'none.txt' does not exist$"),
    "in-missing-without-suffix": Case(["audit", "plan.txt", "nosuch"], 2, r"^review: 'nosuch' does not exist$"),
    "in-empty-path": Case(["audit", "", "review.txt"], 2, r"^argument plan: an empty path names no report file"),
    "in-binary": Case(
        ["audit", "png.txt", "review.txt"],
        2,
        r"^plan: 'png.txt' is a binary file",
        lambda f: (f / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ),
    "in-undecodable": Case(
        ["audit", "plan.txt", "x.txt"],
        2,
        r"^review: 'x.txt' is not in any supported encoding",
        lambda f: (f / "x.txt").write_bytes(bytes(range(0x80, 0x100)) * 20),
    ),
    "in-directory": Case(
        ["audit", "plan.txt", "sub"], 2, r"^review: 'sub' is a directory", lambda f: (f / "sub").mkdir()
    ),
    "in-empty": Case(["audit", "plan.txt", "e.txt"], 2, r"^review: 'e.txt' is empty", _file("e.txt", "")),
    "in-reversed-pair": Case(["audit", "review.txt", "plan.txt"], 2, r"does not review the plan year"),
}


def _assert_mode(path: Path, mode: int) -> None:
    assert stat.S_IMODE(path.stat().st_mode) == mode


def _assert_owner(path: Path, uid: int) -> None:
    assert (path.stat().st_uid, path.stat().st_gid) == (uid, uid)


def listing(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every entry under ``folder``: its kind and mode, a link's target, a regular file's bytes (never opening a
    FIFO or a device)."""
    out: dict[str, tuple[object, ...]] = {}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root, name)
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                entry: tuple[object, ...] = ("link", os.readlink(path))
            elif stat.S_ISREG(st.st_mode):
                entry = ("file", st.st_mode, path.read_bytes())
            else:
                entry = ("other", st.st_mode, st.st_rdev)
            out[str(path.relative_to(folder))] = entry
    return out


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder holding copies of the pair, made the working directory."""
    shutil.copyfile(PLAN, tmp_path / "plan.txt")
    shutil.copyfile(REVIEW, tmp_path / "review.txt")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_case(name: str, scratch: Path, run_cli: Callable[..., CliResult]) -> None:
    """Each case ends with its exit status and one Error line (or none), touching only the files it names."""
    case = CASES[name]
    if case.runs_as and case.runs_as != ("root" if IS_ROOT else "user"):
        pytest.skip(f"runs only as {case.runs_as}")
    if case.setup is not None:
        case.setup(scratch)
    before = listing(scratch)
    code, out, err = run_cli(*case.args)
    assert code == case.status, err
    for kind, pattern in (("Error: ", case.error), ("Warning: ", case.warning)):
        lines = [line for line in err.splitlines() if line.startswith(kind)]
        if pattern is None:
            assert lines == [], err
        else:
            assert len(lines) == 1, err
            assert re.search(pattern, lines[0].removeprefix(kind)), lines[0]
    others = [line for line in err.splitlines() if not line.startswith(("Error: ", "Warning: "))]
    assert others == ([] if "-o" not in case.args or code == 2 else others[:1]), err  # -o: the summary line
    if case.status == 2 and case.stdout is None:  # corpus writes the pairs it could audit
        assert out == ""
    if case.stdout is not None:
        case.stdout(out)
    assert "Traceback" not in err
    after = listing(scratch)
    touched = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert touched <= set(case.changed), sorted(touched)
    assert not [p for p in after if Path(p).name.startswith(".policydiff-")]
    if case.after is not None:
        case.after(scratch)


# -- standard output and signals, in a real process ----------------------------------------------------------


def console_script() -> str:
    """The installed ``policydiff`` script."""
    beside = Path(sys.executable).with_name("policydiff")
    found = str(beside) if beside.exists() else shutil.which("policydiff")
    assert found, "the policydiff console script is not installed"
    return found


def test_closed_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    """A reader that closes the pipe (| head) ends the run with status 141 and nothing on stderr."""
    with subprocess.Popen(
        [console_script(), "corpus", str(SEEDS), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(1) == b"{"  # the 2 MB document is being written: then the reader goes away
        proc.stdout.close()
        err = proc.stderr.read().decode()
    assert proc.returncode == 141, err
    assert err == ""


def test_pipe_closed_before_the_output_ends_quietly_with_141() -> None:
    """A pipe closed before anything is written (| true) ends with status 141 and nothing on stderr."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [console_script(), "audit", str(PLAN), str(REVIEW)], stdout=write_end, stderr=subprocess.PIPE, check=False
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, b"")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_stdout_is_one_error_line_and_status_1() -> None:
    """Standard output on a full device (>/dev/full) prints one Error line and exits 1."""
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [console_script(), "audit", str(PLAN), str(REVIEW)], stdout=full, stderr=subprocess.PIPE, check=False
        )
    assert done.returncode == 1
    assert done.stderr.decode() == "Error: cannot write to standard output (No space left on device)\n"


def test_closed_stdout_is_one_error_line_and_status_1() -> None:
    """Standard output closed (>&-) prints one Error line and exits 1."""
    done = subprocess.run(
        [console_script(), "audit", str(PLAN), str(REVIEW)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        check=False, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert (done.returncode, done.stderr.decode()) == (1, "Error: cannot write to standard output (it is closed)\n")


def test_stdout_that_cannot_hold_chinese_is_an_error_line() -> None:
    """Standard output in ASCII (PYTHONIOENCODING=ascii) gets no half table: one Error line, status 1."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [console_script(), "audit", str(PLAN), str(REVIEW)], capture_output=True, env=env, check=False
    )
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr.decode().startswith("Error: cannot write to standard output (its encoding is ascii")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("delay", [1.0, 2.0])  # the seeds corpus takes about 3 s with --jobs 2 on an idle machine
def test_ctrl_c_ends_with_130_and_no_output_file(jobs: str, delay: float, tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the process group) in a running corpus: one Error line, status 130, no file left."""
    with subprocess.Popen(
        [console_script(), "corpus", str(SEEDS), "--jobs", jobs, "-o", "corpus.csv"],
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        start_new_session=True,  # a process group of its own, as a terminal's foreground job
    ) as proc:
        time.sleep(delay)
        assert proc.poll() is None, "the corpus ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode()) == (130, "Error: interrupted\n")
    assert list(tmp_path.iterdir()) == []


# -- text variants on real reports: the clean text's audit, quoted from the file as it is -----------------

#: Each variant written into both reports of a pair, and how.
VARIANTS: dict[str, Callable[[str], str]] = {
    "space-before-unit": _between_figure_and_unit(" "),
    "no-break-space-before-unit": _between_figure_and_unit("\u00a0"),
    "thin-space-before-unit": _between_figure_and_unit("\u2009"),
    "nbsp-entity-before-unit": _between_figure_and_unit("&nbsp;"),
    "zero-width-space-after-digits": _after_digits("\u200b"),
    "combining-underline-after-digits": _after_digits("\u0332"),
    "left-to-right-marks-after-digits": _after_digits("\u200e"),
    "right-to-left-marks-between-characters": lambda t: re.sub("(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", "\u200f", t),
    "thousands-commas": _thousands,
}
REAL_PAIRS = [("national-2022", "national-2023"), ("hebei-province-2025", "hebei-province-2026")]


def verdicts(rows: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    """What an audit decided: id, status, target and actual values of each row."""
    return [(r["id"], r["status"], r["target_value"], r["actual_value"], r["evidence_source"]) for r in rows]


@pytest.fixture(scope="module")
def clean_rows() -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The audit rows of each real pair as the files are."""
    from policydiff import audit

    return {pair: audit(SEEDS / f"{pair[0]}.txt", SEEDS / f"{pair[1]}.txt").rows for pair in REAL_PAIRS}


@pytest.mark.parametrize("pair", REAL_PAIRS, ids="->".join)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_text_variant_gives_the_clean_audit_quoted_from_its_own_text(
    variant: str, pair: tuple[str, str], clean_rows: dict[tuple[str, str], list[dict[str, Any]]]
) -> None:
    """A variant's audit has the clean text's ids, statuses and values; its quotes and spans are the variant's."""
    from policydiff import audit

    change = VARIANTS[variant]
    plan, review = (change((SEEDS / f"{name}.txt").read_text(encoding="utf-8")) for name in pair)
    clean = clean_rows[pair]
    rows = audit(plan, review).rows
    assert clean and verdicts(rows) == verdicts(clean)
    assert [plan[slice(*r["plan_span"])] for r in rows] == [r["commitment"] for r in rows]
    cited = [r for r in rows if r["evidence"] is not None]
    assert [review[slice(*r["evidence_span"])] for r in cited] == [r["evidence"] for r in cited]
    changed = [(r["commitment"], c["commitment"]) for r, c in zip(rows, clean, strict=True)]
    assert [variant for variant, original in changed if change(original) != variant] == []
