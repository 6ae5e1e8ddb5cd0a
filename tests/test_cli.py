"""The ``policydiff`` command line on the real national 2022 -> 2023 pair: every format, ``-o``, ``--explain``,
the JSON schema, and one-line errors with exit status 2 for every kind of bad input."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import policydiff
from policydiff.cli import main
from policydiff.report import COLUMNS, Audit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PLAN = SEEDS / "national-2022.txt"
REVIEW = SEEDS / "national-2023.txt"
STATUSES = ("met", "missed", "carried_over", "not_mentioned")
BASES = ("figure", "derived", "claim", "qualitative", "next_plan", "none", "reviewer")
SUMMARY_LINE = re.compile(
    r"^(?P<files>\S+ -> \S+): (?P<total>\d+) commitments: (?P<met>\d+) met, (?P<missed>\d+) missed, "
    r"(?P<carried_over>\d+) carried_over, (?P<not_mentioned>\d+) not_mentioned"
    r"(?P<split>(; \d+ \w+: \d+ by \w+(, \d+ by \w+)*)*)$"
)

_SIDE = {
    "type": "object",
    "required": ["path", "government", "report_year", "year"],
    "properties": {
        "path": {"type": ["string", "null"]},
        "government": {"type": "string", "minLength": 1},
        "report_year": {"type": "integer"},
        "year": {"type": "integer"},
    },
}
_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
_NUMBER_OR_NULL = {"type": ["number", "null"]}
_TEXT_OR_NULL = {"type": ["string", "null"]}
ROW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": [
        "id",
        "section",
        "commitment",
        "indicator",
        "target_value",
        "target_unit",
        "target_text",
        "comparator",
        "sense",
        "status",
        "basis",
        "actual_value",
        "actual_text",
        "actual_unit",
        "evidence",
        "evidence_section",
        "reason",
        "confidence",
        "plan_span",
        "evidence_span",
    ],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "section": {"type": "string"},
        "commitment": {"type": "string", "minLength": 1},
        "indicator": {"type": "string"},
        "target_value": _NUMBER_OR_NULL,
        "target_unit": _TEXT_OR_NULL,
        "target_text": _TEXT_OR_NULL,
        "comparator": {"enum": [">=", "<=", "~", "="]},
        "sense": {"enum": ["floor", "ceiling", "band"]},
        "status": {"enum": list(STATUSES)},
        "basis": {"enum": list(BASES)},
        "actual_value": _NUMBER_OR_NULL,
        "actual_text": _TEXT_OR_NULL,
        "actual_unit": _TEXT_OR_NULL,
        "evidence": _TEXT_OR_NULL,
        "evidence_section": _TEXT_OR_NULL,
        "reason": {"type": "string", "minLength": 1},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "plan_span": _SPAN,
        "evidence_span": {"oneOf": [_SPAN, {"type": "null"}]},
    },
    # PROTOCOL.md: met, missed and carried_over cite a quote of report N+1; not_mentioned cites none.
    "if": {"properties": {"status": {"const": "not_mentioned"}}},
    "then": {"properties": {"evidence": {"type": "null"}, "evidence_span": {"type": "null"}}},
    "else": {"properties": {"evidence": {"type": "string", "minLength": 1}, "evidence_span": _SPAN}},
}
AUDIT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["schema", "plan", "review", "summary", "rows"],
    "properties": {
        "schema": {"const": "policydiff.audit/1"},
        "plan": _SIDE,
        "review": _SIDE,
        "summary": {
            "type": "object",
            "required": [*STATUSES, "total", "by_basis"],
            "properties": {
                **{k: {"type": "integer", "minimum": 0} for k in (*STATUSES, "total")},
                "by_basis": {
                    "type": "object",
                    "required": list(STATUSES),
                    "additionalProperties": False,
                    "properties": {
                        s: {
                            "type": "object",
                            "propertyNames": {"enum": list(BASES)},
                            "additionalProperties": {"type": "integer", "minimum": 1},
                        }
                        for s in STATUSES
                    },
                },
            },
            "additionalProperties": False,
        },
        "rows": {"type": "array", "items": ROW_SCHEMA},
    },
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run ``policydiff`` in-process; (exit status, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def source_text(path: Path) -> str:
    """A report's text as the library decodes it (no newline translation)."""
    return path.read_bytes().decode("utf-8")


def leftovers(folder: Path) -> list[str]:
    """Temporary files an interrupted atomic write would leave behind."""
    return sorted(p.name for p in folder.rglob(".policydiff-*"))


@pytest.fixture(scope="module")
def expected() -> Audit:
    """The library's audit of the pair, for comparing what the CLI prints."""
    return policydiff.audit(PLAN, REVIEW)


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``policydiff audit --format json`` of the pair, parsed."""
    out = tmp_path_factory.mktemp("json") / "audit.json"
    assert main(["audit", str(PLAN), str(REVIEW), "--format", "json", "-o", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


# -- formats -------------------------------------------------------------------------------------------------


def test_table_ends_with_the_summary_line(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """The default table ends with one line naming both files and the count of each status."""
    code, out, err = run_cli(capsys, "audit", PLAN, REVIEW)
    assert (code, err) == (0, "")
    m = SUMMARY_LINE.match(out.rstrip("\n").splitlines()[-1])
    assert m is not None
    assert m["files"] == "national-2022.txt -> national-2023.txt"
    assert {k: int(m[k]) for k in (*STATUSES, "total")} == expected.summary
    assert out.splitlines()[0].split()[:4] == ["status", "basis", "indicator", "target"]


def test_table_lists_one_line_per_commitment(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """Between the header and the summary the table has one line per commitment, each starting with its status."""
    _, out, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "table")
    body = out.splitlines()[1:-2]
    assert len(body) == expected.summary["total"]
    assert [line.split()[0] for line in body] == [r["status"] for r in expected.rows]


def test_csv_has_the_columns_header_and_one_record_per_row(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """--format csv writes a header of report.COLUMNS then one RFC 4180 record per commitment."""
    code, out, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "csv")
    assert code == 0
    records = list(csv.reader(io.StringIO(out)))
    assert tuple(records[0]) == COLUMNS
    assert len(records) - 1 == expected.summary["total"]
    ids = [rec[COLUMNS.index("id")] for rec in records[1:]]
    assert ids == [r["id"] for r in expected.rows]
    assert all(re.fullmatch(r"\d+:\d+", rec[COLUMNS.index("plan_span")]) for rec in records[1:])


def test_jsonl_writes_one_object_per_row(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """--format jsonl writes one JSON object per line, each with every column, equal to the library's rows."""
    code, out, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == expected.summary["total"]
    assert all(tuple(r) == COLUMNS for r in rows)
    assert rows == expected.rows


def test_markdown_is_a_table_under_the_summary(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """--format markdown writes the bold summary, a header row, a delimiter row and one row per commitment."""
    code, out, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"**{expected.summary_line()}**"
    table = [line for line in lines if line.startswith("|")]
    assert table[0].startswith("| status | basis | indicator |")
    assert re.fullmatch(r"\|(---\|)+", table[1])
    assert len(table) - 2 == expected.summary["total"]
    assert [row.split(" | ")[0].removeprefix("| ") for row in table[2:]] == [r["status"] for r in expected.rows]


def test_html_is_one_self_contained_page(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """--format html writes one HTML page with inline CSS and script and one row per commitment."""
    code, out, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert "<style>" in out and out.count("<script") == 1 and "<script src" not in out and "<link" not in out
    assert out.count('<details class="row"') == expected.summary["total"]


def test_sqlite_writes_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path, expected: Audit) -> None:
    """--format sqlite -o PATH writes a database whose audit table has one row per commitment."""
    out = tmp_path / "audit.sqlite"
    code, stdout, err = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "sqlite", "-o", out)
    assert (code, stdout) == (0, "")
    assert SUMMARY_LINE.match(err.strip())
    with sqlite3.connect(out) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM audit ORDER BY position")]
    assert ids == [r["id"] for r in expected.rows]
    assert leftovers(tmp_path) == []


def test_sqlite_without_output_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--format sqlite without -o prints one Error line asking for -o and exits 2."""
    code, out, err = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "sqlite")
    assert (code, out) == (2, "")
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert "-o" in err


# -- JSON schema ---------------------------------------------------------------------------------------------


def test_json_follows_the_audit_schema(document: dict[str, Any]) -> None:
    """--format json validates against the policydiff.audit/1 schema."""
    jsonschema.validate(document, AUDIT_SCHEMA)


def test_json_names_both_sides(document: dict[str, Any]) -> None:
    """The plan side is report 2022 planning 2022; the review side is report 2023 looking back on 2022."""
    assert document["plan"] == {"path": str(PLAN), "government": "国务院", "report_year": 2022, "year": 2022}
    assert document["review"] == {"path": str(REVIEW), "government": "国务院", "report_year": 2023, "year": 2022}


def test_json_summary_counts_the_rows(document: dict[str, Any]) -> None:
    """The summary counts each status of the rows, and the total is their sum and the number of rows."""
    rows, summary = document["rows"], dict(document["summary"])
    by_basis = summary.pop("by_basis")
    assert summary == {**{s: sum(r["status"] == s for r in rows) for s in STATUSES}, "total": len(rows)}
    assert summary["total"] > 0
    counted = {
        s: {b: sum(r["status"] == s and r["basis"] == b for r in rows) for b in bases} for s, bases in by_basis.items()
    }
    assert by_basis == counted and sum(map(len, by_basis.values())) >= 3


def test_plan_span_slices_the_commitment_out_of_the_plan_file(document: dict[str, Any]) -> None:
    """Every plan_span cuts exactly the commitment's text out of the plan file's decoded text."""
    text = source_text(PLAN)
    assert [text[slice(*r["plan_span"])] for r in document["rows"]] == [r["commitment"] for r in document["rows"]]


def test_evidence_span_slices_the_evidence_out_of_the_review_file(document: dict[str, Any]) -> None:
    """Every evidence_span cuts exactly the evidence text out of the review file's decoded text."""
    text = source_text(REVIEW)
    cited = [r for r in document["rows"] if r["evidence"] is not None]
    assert cited
    assert [text[slice(*r["evidence_span"])] for r in cited] == [r["evidence"] for r in cited]


def test_json_ids_are_unique_and_stable(document: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    """Row ids are unique, and a second run gives the same ids in the same order."""
    ids = [r["id"] for r in document["rows"]]
    assert len(set(ids)) == len(ids)
    _, out, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "json")
    assert [r["id"] for r in json.loads(out)["rows"]] == ids


def test_employment_target_is_met_with_its_evidence(document: dict[str, Any]) -> None:
    """城镇新增就业1100万人以上 is met by the review's 1206万人, with the value in base units."""
    [row] = [r for r in document["rows"] if r["target_text"] == "1100万人以上"]
    assert (row["target_value"], row["target_unit"], row["comparator"]) == (11000000, "人", ">=")
    assert row["status"] == "met"
    assert "1206万人" in row["evidence"]
    assert row["actual_value"] == 12060000


# -- -o and --explain ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl", "markdown", "html"])
def test_output_file_holds_what_stdout_would(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], expected: Audit
) -> None:
    """-o PATH writes exactly the standard output's content and prints only the summary line on stderr."""
    out = tmp_path / f"audit.{fmt}"
    code, stdout, err = run_cli(capsys, "audit", PLAN, REVIEW, "--format", fmt, "-o", out)
    assert (code, stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == expected.render(fmt)
    m = SUMMARY_LINE.match(err.rstrip("\n"))
    assert m is not None and err.count("\n") == 1
    assert int(m["total"]) == expected.summary["total"]
    assert leftovers(tmp_path) == []


def test_output_file_replaces_an_older_one_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o over an existing longer file replaces it whole: nothing of the old content remains."""
    out = tmp_path / "audit.csv"
    out.write_text("old\n" * 100_000, encoding="utf-8")
    code, _, _ = run_cli(capsys, "audit", PLAN, REVIEW, "--format", "csv", "-o", out)
    assert code == 0
    assert "old" not in out.read_text(encoding="utf-8")


def test_explain_shows_the_candidates_of_a_commitment(capsys: pytest.CaptureFixture[str], expected: Audit) -> None:
    """--explain ID prints the commitment, its verdict and the review statements it was compared with."""
    [row] = [r for r in expected.rows if r["target_text"] == "1100万人以上"]
    code, out, err = run_cli(capsys, "audit", PLAN, REVIEW, "--explain", row["id"])
    assert (code, err) == (0, "")
    assert out.startswith(f"{row['id']}  {row['commitment']}")
    assert "status: met" in out
    assert "candidates" in out
    assert any(line.lstrip().startswith("*") and "1206万人" in line for line in out.splitlines())


def test_explain_shows_a_derivation_with_both_reports(capsys: pytest.CaptureFixture[str]) -> None:
    """For a derived figure --explain prints the formula and each part with its offsets and report."""
    plan, review = SEEDS / "hubei-province-2025.txt", SEEDS / "hubei-province-2026.txt"
    [row] = [r for r in policydiff.audit(plan, review).rows if "500强" in r["commitment"]]
    code, out, _ = run_cli(capsys, "audit", plan, review, "--explain", row["id"])
    assert code == 0
    assert "derived (change: this year's level minus last year's): 7家 (this report) - 6家" in out
    assert f"last year's report [{row['baseline_span'][0]}:{row['baseline_span'][1]}]" in out


def test_explain_names_why_alike_statements_were_blocked(capsys: pytest.CaptureFixture[str]) -> None:
    """Liaoning 2025/26: 进出口总额增长5%左右 has no outcome; --explain shows the alike statements it was never
    compared with and why (跨境电商进出口 is a sub-category, 外贸出口 another measure)."""
    plan, review = SEEDS / "liaoning-province-2025.txt", SEEDS / "liaoning-province-2026.txt"
    [row] = [r for r in policydiff.audit(plan, review).rows if r["commitment"] == "进出口总额增长5%左右"]
    code, out, _ = run_cli(capsys, "audit", plan, review, "--explain", row["id"])
    assert code == 0 and "status: not_mentioned" in out
    blocked = out.split("alike but blocked")[1]
    assert "跨境电商进出口增长 [16.3%]  named-in-front: " in blocked
    assert "外贸出口总额增长 [8%]  contrasting-groups: " in blocked


def test_explain_unknown_id_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain with an id that is not in the audit prints one Error line naming it and exits 2."""
    code, out, err = run_cli(capsys, "audit", PLAN, REVIEW, "--explain", "c-000000000000")
    assert (code, out) == (2, "")
    assert err == "Error: no commitment with id 'c-000000000000' in this audit\n"


# -- bad input -----------------------------------------------------------------------------------------------


def _missing(folder: Path) -> Path:
    return folder / "missing.txt"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


_NATIONAL_2022 = source_text(PLAN)
_PLAN_START = _NATIONAL_2022.index("二、2022年")
#: Each bad input and a pattern its message must match (the wording may vary; the kind of fault may not).
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, r"does not exist|not found"),
    "empty": (_write("empty.txt", b""), r"empty|no text"),
    "whitespace-only": (_write("blank.txt", " \n\t\r\n\u3000\n".encode()), r"empty|no text"),
    "binary-png": (_write("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64), r"binary"),
    "undecodable": (_write("garbled.txt", bytes(range(0x80, 0x100)) * 20), r"encoding|decod"),
    "no-plan-part": (_write("review-only.txt", _NATIONAL_2022[:_PLAN_START].encode()), r"no plan (part|section)"),
    "no-review-part": (_write("plan-only.txt", _NATIONAL_2022[_PLAN_START:].encode()), r"no review (part|section)"),
    "no-structure": (
        _write("notes.txt", "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n".encode()),
        r"no (review|plan) (part|section)",
    ),
}


@pytest.mark.parametrize("side", ["plan", "review"])
@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_error_line_and_no_output(
    case: str, side: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input on either side prints one 'Error: side: ...' line naming the file, exits 2 and writes nothing."""
    make, pattern = BAD_INPUTS[case]
    bad = make(tmp_path)
    out = tmp_path / "out" / "audit.json"
    out.parent.mkdir()
    pair = (bad, REVIEW) if side == "plan" else (PLAN, bad)
    code, stdout, err = run_cli(capsys, "audit", *pair, "--format", "json", "-o", out)
    assert (code, stdout) == (2, "")
    assert err.startswith(f"Error: {side}: ") and err.count("\n") == 1, err
    assert bad.name in err
    assert re.search(pattern, err), err
    assert "Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_failed_run_leaves_an_existing_output_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """When the audit fails, a file already at the -o path keeps its content."""
    out = tmp_path / "audit.csv"
    out.write_text("previous audit\n", encoding="utf-8")
    code, _, _ = run_cli(capsys, "audit", tmp_path / "missing.txt", REVIEW, "--format", "csv", "-o", out)
    assert code == 2
    assert out.read_text(encoding="utf-8") == "previous audit\n"
    assert leftovers(tmp_path) == []


def test_pair_in_the_wrong_order_names_both_years(capsys: pytest.CaptureFixture[str]) -> None:
    """REVIEW older than PLAN (2023 then 2022) exits 2 with one Error line naming both files and both years."""
    code, out, err = run_cli(capsys, "audit", REVIEW, PLAN)
    assert (code, out) == (2, "")
    assert err.startswith("Error: ") and err.count("\n") == 1
    for word in ("national-2022.txt", "national-2023.txt", "2022", "2023"):
        assert word in err


def test_unknown_format_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --format is rejected by argparse with exit 2 and one Error line listing the choices."""
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", str(PLAN), str(REVIEW), "--format", "xml"])
    out, err = capsys.readouterr()
    assert exit_info.value.code == 2
    assert out == ""
    assert err.startswith("Error: argument --format: invalid choice: 'xml'") and err.count("\n") == 1
    assert "sqlite" in err and "html" in err


def _under_a_file(folder: Path) -> Path:
    (folder / "a-file").write_text("x", encoding="utf-8")
    return folder / "a-file" / "audit.json"


def _a_directory(folder: Path) -> Path:
    (folder / "a-dir").mkdir()
    return folder / "a-dir"


@pytest.mark.parametrize("fmt", ["json", "sqlite"])
@pytest.mark.parametrize(
    "target",
    [lambda folder: folder / "no-such-dir" / "audit.json", _under_a_file, _a_directory],
    ids=["missing-folder", "parent-is-a-file", "target-is-a-directory"],
)
def test_unwritable_output_is_an_error_and_leaves_nothing(
    target: Callable[[Path], Path], fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An -o path that cannot be written exits 2 with one Error line naming it, and leaves no partial file."""
    out = target(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    code, stdout, err = run_cli(capsys, "audit", PLAN, REVIEW, "--format", fmt, "-o", out)
    assert (code, stdout) == (2, "")
    assert err.startswith(f"Error: cannot write '{out}'") and err.count("\n") == 1, err
    assert sorted(tmp_path.rglob("*")) == before


# -- the installed commands ----------------------------------------------------------------------------------


def test_python_dash_m_runs_the_cli(document: dict[str, Any]) -> None:
    """`python -m policydiff audit --format json` prints the same document as the in-process CLI."""
    done = subprocess.run(
        [sys.executable, "-m", "policydiff", "audit", str(PLAN), str(REVIEW), "--format", "json"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == document


def console_script() -> str:
    """The installed ``policydiff`` script: beside this interpreter, else on PATH."""
    beside = Path(sys.executable).with_name("policydiff")
    found = str(beside) if beside.exists() else shutil.which("policydiff")
    assert found, "the policydiff console script is not installed"
    return found


def test_console_script_reports_bad_input_without_traceback(tmp_path: Path) -> None:
    """The `policydiff` script exits 2 on a missing file with one Error line and no traceback."""
    done = subprocess.run(
        [console_script(), "audit", str(tmp_path / "missing.txt"), str(REVIEW)],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"Error: plan: '{tmp_path / 'missing.txt'}' does not exist\n"


def test_console_script_prints_the_table(expected: Audit) -> None:
    """The `policydiff` script prints the audit table ending in the summary line, with exit status 0."""
    done = subprocess.run(
        [console_script(), "audit", str(PLAN), str(REVIEW)], capture_output=True, encoding="utf-8", check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == expected.to_table()
