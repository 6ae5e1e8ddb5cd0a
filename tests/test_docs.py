"""Every example in README.md and docs/ runs, and every output they show is what a real run prints.

Per file, in order, from a folder holding ``seeds/`` and ``tests/gold/``:

- ``python`` blocks are executed (one namespace per file); ``sh`` blocks' ``policydiff ...`` lines are run and
  must exit 0 (other lines, such as installing, are left alone);
- ``console`` blocks are a session: ``$ policydiff ...``, ``$ echo $?`` and ``$ sqlite3 DB "SQL"`` are run and
  the lines after each are its output (stdout, then stderr, as a terminal shows them);
- a ``text`` or ``json`` block right after ``<!-- output: policydiff ... -->`` is that command's output, and after
  ``<!-- output: python -->`` the output of the python block before it;
- a block right after ``<!-- excerpt: src/policydiff/x.py -->`` quotes that file: it is not run, but each of its
  lines (``...`` aside) must still be a line of the file.

A line ``...`` (or ``…``) in an output stands for any number of lines. A JSON output may leave keys out, and its
lists may show only some items (rows are found by ``id``, sections by ``heading``). ``pytest --update-docs``
rewrites the outputs from the real runs instead of failing, keeping the lines shown around each ``...``.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import policydiff.cli
import policydiff.corpus
import policydiff.pipeline
from conftest import SEEDS
from helpers import GOLD, ROOT
from policydiff.cli import build_parser, main
from policydiff.report import Audit, Corpus

DOCS = sorted(["README.md", *(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md"))])
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n?", re.MULTILINE | re.DOTALL)
MARKER = re.compile(r"<!-- (output|excerpt): (.+?) -->\s*\Z")
ELISION = ("...", "…")
#: Width of a line of JSON in a rewritten output block.
JSON_WIDTH = 112


@attrs.frozen
class Block:
    """A fenced block of a Markdown file: its language, body, where the body lies, and the output marker before it."""

    lang: str
    body: str
    start: int
    end: int
    marker: str | None  # the command (or "python") whose output the block shows
    excerpt: str | None = None  # the file the block quotes


def blocks(text: str) -> list[Block]:
    """The fenced blocks of a Markdown text, in order."""
    out = []
    for m in FENCE.finditer(text):
        marker = MARKER.search(text, max(0, m.start() - 300), m.start())
        output = marker[2] if marker and marker[1] == "output" else None
        excerpt = marker[2] if marker and marker[1] == "excerpt" else None
        out.append(Block(m[1], m[2], m.start(2), m.end(2), output, excerpt))
    return out


# -- running commands --------------------------------------------------------------------------------------


def run_policydiff(argv: list[str]) -> tuple[int, str]:
    """Exit status and terminal output (stdout, then stderr) of ``policydiff ARGV`` run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue() + err.getvalue()


def run_console_line(line: str, last_code: int) -> tuple[int, str]:
    """One ``$ ...`` line of a console block: policydiff, ``echo $?`` or ``sqlite3 DB "SQL"``."""
    args = shlex.split(line)
    if args[0] == "policydiff":
        return run_policydiff(args[1:])
    if args == ["echo", "$?"]:
        return 0, f"{last_code}\n"
    if args[0] == "sqlite3" and len(args) == 3:
        with contextlib.closing(sqlite3.connect(args[1])) as db:
            rows = db.execute(args[2]).fetchall()
        return 0, "".join("|".join("" if v is None else str(v) for v in r) + "\n" for r in rows)
    raise AssertionError(f"the docs test cannot run this console line: {line}")


@pytest.fixture
def cached_runs(monkeypatch: pytest.MonkeyPatch, corpus_of_seeds: Corpus) -> None:
    """Audits of the same files are run once per session, and the seeds corpus is the session's (run time)."""
    real_audit, real_corpus = policydiff.pipeline.audit, policydiff.corpus.audit_corpus

    def audit(plan: Any, review: Any, **kwargs: Any) -> Audit:
        if not (isinstance(plan, str) and isinstance(review, str)) or kwargs.get("corrections"):
            return real_audit(plan, review, **kwargs)
        key = (plan, review, tuple(sorted(kwargs.items())))
        if key not in _AUDITS:
            _AUDITS[key] = real_audit(plan, review, **kwargs)
        return _AUDITS[key]

    def audit_corpus(paths: Any, **kwargs: Any) -> Corpus:
        if [Path(p).resolve() for p in paths] == [SEEDS] and not kwargs.get("qualitative"):
            return corpus_of_seeds
        return real_corpus(paths, **kwargs)

    for module in (policydiff.pipeline, policydiff.cli):
        monkeypatch.setattr(module, "audit", audit)
    for module in (policydiff.corpus, policydiff.cli):
        monkeypatch.setattr(module, "audit_corpus", audit_corpus)


_AUDITS: dict[tuple[Any, ...], Audit] = {}


# -- comparing outputs -------------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.rstrip("\n").split("\n")]


def text_matches(shown: str, real: str) -> bool:
    """Whether the lines shown are the real output's, a line ``...`` standing for any number of lines."""
    pattern = "".join(
        r"(?:[^\n]*\n)*?" if line.strip() in ELISION else re.escape(line) + r"\n" for line in _lines(shown)
    )
    return re.fullmatch(pattern, "\n".join(_lines(real)) + "\n") is not None


def text_update(shown: str, real: str) -> str:
    """The real output cut as the shown one is: its lines before the first ``...`` and after the last."""
    shown_lines, real_lines = _lines(shown), _lines(real)
    cuts = [i for i, line in enumerate(shown_lines) if line.strip() in ELISION]
    if not cuts:
        return "\n".join(real_lines) + "\n"
    head, tail = cuts[0], len(shown_lines) - cuts[-1] - 1
    if head + tail >= len(real_lines):
        return "\n".join(real_lines) + "\n"
    kept = [*real_lines[:head], shown_lines[cuts[0]], *(real_lines[-tail:] if tail else [])]
    return "\n".join(kept) + "\n"


def _pairs(shown: list[Any], real: list[Any]) -> Iterator[tuple[Any, Any]]:
    """Each shown list item with its real counterpart: by id, by heading, else by position."""
    for i, item in enumerate(shown):
        key = next((k for k in ("id", "heading") if isinstance(item, dict) and k in item), None)
        if key is None:
            yield item, real[i] if i < len(real) else _MISSING
        else:
            found = [r for r in real if isinstance(r, dict) and r.get(key) == item[key]]
            yield item, found[0] if found else _MISSING


_MISSING = object()


def json_restrict(shown: Any, real: Any) -> Any:
    """The real value cut to the shape of the shown one (its keys, its list items); _MISSING where there is none."""
    if isinstance(shown, dict) and isinstance(real, dict):
        return {k: json_restrict(v, real[k]) if k in real else _MISSING for k, v in shown.items()}
    if isinstance(shown, list) and isinstance(real, list):
        return [json_restrict(s, r) if r is not _MISSING else _MISSING for s, r in _pairs(shown, real)]
    return real


def json_dump(value: Any, indent: int = 0, lead: int = 0) -> str:
    """JSON as the docs write it: a value on one line when it fits, else its keys (or items) packed on lines.

    ``indent`` is the indentation of the line the value starts on, ``lead`` what precedes it there (a key).
    """
    flat = json.dumps(value, ensure_ascii=False)
    if indent + lead + len(flat) <= JSON_WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        keys = [f"{json.dumps(k, ensure_ascii=False)}: " for k in value]
        parts = [k + json_dump(v, indent + 2, len(k)) for k, v in zip(keys, value.values(), strict=True)]
        opener, closer = "{", "}"
    else:
        parts = [json_dump(v, indent + 2) for v in value]
        opener, closer = "[", "]"
    lines: list[str] = []
    for part in parts:  # several short parts share a line, as a person would write them
        if lines and "\n" not in part + lines[-1] and len(lines[-1]) + len(part) + 2 <= JSON_WIDTH:
            lines[-1] += ", " + part
        else:
            lines.append(pad + part)
    return opener + "\n" + ",\n".join(lines) + "\n" + " " * indent + closer


# -- the files ---------------------------------------------------------------------------------------------


@attrs.define
class Session:
    """The state of one file's run: the python namespace, the last python output, the edits for --update-docs."""

    name: str
    update: bool
    namespace: dict[str, Any] = attrs.Factory(lambda: {"__name__": "__doc_example__"})
    python_output: str | None = None
    edits: list[tuple[int, int, str]] = attrs.Factory(list)
    problems: list[str] = attrs.Factory(list)
    ran: int = 0

    def compare(self, block: Block, shown: str, real: str, what: str) -> None:
        """Record a difference between a shown output and the real one (or the edit that fixes it)."""
        if block.lang == "json":
            ok, fixed = self._json(shown, real)
        else:
            ok, fixed = text_matches(shown, real), text_update(shown, real)
        if ok:
            return
        if self.update:
            self.edits.append((block.start, block.end, fixed))
        else:
            self.problems.append(f"{self.name}: the output of `{what}` differs:\n--- shown\n{shown}--- real\n{real}")

    def _json(self, shown: str, real: str) -> tuple[bool, str]:
        cut = json_restrict(json.loads(shown), json.loads(real))
        if _has_missing(cut):
            raise AssertionError(f"{self.name}: a key or item shown in JSON is not in the real output")
        return cut == json.loads(shown), json_dump(cut) + "\n"


def _has_missing(value: Any) -> bool:
    if value is _MISSING:
        return True
    if isinstance(value, dict):
        return any(_has_missing(v) for v in value.values())
    return isinstance(value, list) and any(_has_missing(v) for v in value)


def run_file(session: Session, text: str) -> None:
    """Run every example of one Markdown file, checking (or collecting the fixes of) its outputs."""
    for block in blocks(text):
        if block.excerpt is not None:
            source = {line.strip() for line in (ROOT / block.excerpt).read_text(encoding="utf-8").splitlines()}
            stale = [ln for ln in block.body.splitlines() if ln.strip() not in ELISION and ln.strip() not in source]
            assert not stale, f"{session.name}: lines quoted from {block.excerpt} are not in it: {stale}"
        elif block.lang == "python":
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(block.body, f"{session.name}:python", "exec"), session.namespace)
            session.python_output, session.ran = out.getvalue(), session.ran + 1
        elif block.lang == "sh":
            for line in block.body.splitlines():
                if line.startswith("policydiff "):
                    code, output = run_policydiff(shlex.split(line)[1:])
                    assert code == 0, f"{session.name}: `{line}` exited {code}: {output}"
                    session.ran += 1
        elif block.lang == "console":
            _console(session, block)
        elif block.marker is not None:
            if block.marker == "python":
                assert session.python_output is not None, f"{session.name}: an output marker before any python"
                session.compare(block, block.body, session.python_output, "the python block above")
            else:
                assert block.marker.startswith("policydiff "), block.marker
                _, output = run_policydiff(shlex.split(block.marker)[1:])
                session.compare(block, block.body, output, block.marker)
            session.ran += 1


def _console(session: Session, block: Block) -> None:
    """Run a console session, comparing each command's output with the lines after it."""
    code = 0
    steps: list[tuple[str, list[str], int]] = []  # command, its shown lines, offset of those lines in the body
    offset = 0
    for line in block.body.splitlines(keepends=True):
        if line.startswith("$ "):
            steps.append((line[2:].strip(), [], offset + len(line)))
        elif steps:
            steps[-1][1].append(line)
        offset += len(line)
    for command, shown_lines, at in steps:
        code, output = run_console_line(command, code)
        shown = "".join(shown_lines)
        sub = Block(block.lang, shown, block.start + at, block.start + at + len(shown), None)
        if shown or output:
            session.compare(sub, shown, output, command)
        session.ran += 1


@pytest.mark.parametrize("name", DOCS)
def test_examples_run_and_outputs_are_real(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    cached_runs: None,
) -> None:
    """A file's examples run in order, and each output it shows is the real one (--update-docs rewrites them)."""
    (tmp_path / "seeds").symlink_to(SEEDS)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "gold").symlink_to(GOLD)
    monkeypatch.chdir(tmp_path)
    path = ROOT / name
    text = path.read_text(encoding="utf-8")
    session = Session(name, update=bool(request.config.getoption("--update-docs")))
    run_file(session, text)
    if session.edits:
        for start, end, new in sorted(session.edits, reverse=True):
            text = text[:start] + new + text[end:]
        path.write_text(text, encoding="utf-8")
    assert not session.problems, "\n".join(session.problems) + "\n(pytest --update-docs rewrites them)"


@pytest.mark.parametrize("name", DOCS)
def test_documented_commands_parse(name: str) -> None:
    """Every `policydiff ...` line of the sh and console blocks is accepted by the argument parser."""
    parser = build_parser()
    for block in blocks((ROOT / name).read_text(encoding="utf-8")):
        if block.lang in ("sh", "console"):
            prefix = "$ " if block.lang == "console" else ""
            for line in block.body.splitlines():
                if line.startswith(prefix + "policydiff "):
                    parser.parse_args(shlex.split(line.removeprefix(prefix))[1:])


#: A text or json block that shows one of these is a real output and must say whose (an output marker).
_OUTPUT_SIGNS = re.compile(r" commitments: \d+ met|\"schema\": \"policydiff\.|^\s+\* +\d+\.\d  ", re.MULTILINE)


@pytest.mark.parametrize("name", DOCS)
def test_shown_outputs_are_marked(name: str) -> None:
    """A text or json block showing policydiff output (a summary line, a schema, candidates) is checked."""
    unmarked = [
        b.body.splitlines()[0]
        for b in blocks((ROOT / name).read_text(encoding="utf-8"))
        if b.lang in ("text", "json", "") and b.marker is None and _OUTPUT_SIGNS.search(b.body)
    ]
    assert unmarked == [], f"add <!-- output: policydiff ... --> (or python) before these blocks of {name}"


def test_help_cites_nothing_users_lack(run_cli: Callable[..., tuple[int, str, str]]) -> None:
    """`policydiff --help` and each subcommand's help name no file outside the installed package."""
    for args in (["--help"], *([c, "--help"] for c in ("audit", "corpus", "diff", "extract", "outline", "eval"))):
        code, out, _ = run_cli(*args)
        assert code == 0 and out
        assert "../" not in out and "shared/" not in out and "score.py" not in out, args


def test_elisions_and_json_subsets() -> None:
    """The comparison itself: '...' stands for lines, JSON may omit keys and items, and both can fail."""
    assert text_matches("a\n...\nd\n", "a\nb\nc\nd\n")
    assert not text_matches("a\n...\nd\n", "a\nb\nc\n")
    assert text_update("a\n...\nz\n", "1\n2\n3\n4\n") == "1\n...\n4\n"
    real = {"rows": [{"id": "x", "v": 1, "w": 2}, {"id": "y", "v": 3}], "n": 2}
    assert json_restrict({"rows": [{"id": "y", "v": 3}]}, real) == {"rows": [{"id": "y", "v": 3}]}
    assert json_restrict({"rows": [{"id": "y", "v": 4}]}, real) != {"rows": [{"id": "y", "v": 4}]}
    assert json.loads(json_dump(real)) == real
