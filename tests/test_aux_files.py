"""Auxiliary inputs, as a hostile tester gives them: corrections and gold CSV files (BOM, GBK, short rows,
unknown statuses, duplicate ids, gold of another pair) and pairs ``diff`` must refuse as ``audit`` does.

Each case states the exit status, the first line on stderr and that no file in the folder changed."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from conftest import CliResult
from helpers import GOLD, seed

PLAN, REVIEW = seed("national-2022"), seed("national-2023")
GDP = "c-6fcaa6c5ec36"  # national-2022.txt: 国内生产总值增长5.5%左右, missed (3%)
NATIONAL_GOLD = (GOLD / "national-2022-2023.csv").read_text(encoding="utf-8")
HEADER, *GOLD_LINES = NATIONAL_GOLD.splitlines(keepends=True)
#: The figures of ``policydiff eval`` on the national gold, which a re-encoded copy must reproduce.
NATIONAL_FIGURES = '"gold": 12, "audit_rows": 21, "recall": 1.0'


def _gold(*, line: int, old: str, new: str) -> str:
    """The national gold with ``old`` replaced by ``new`` on file line ``line`` (the header is line 1)."""
    lines = [HEADER, *GOLD_LINES]
    assert old in lines[line - 1], (line, old)
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "".join(lines)


@attrs.frozen
class Case:
    """One run: files written into a fresh folder, the arguments (``{f}`` = that folder), what must come out."""

    files: dict[str, bytes]
    args: tuple[str, ...]
    code: int
    stderr: str  # the start of stderr's first line, with {f} for the folder
    stdout: str = ""  # a substring of stdout ("" = stdout must be empty)


def _fixes(text: str, encoding: str = "utf-8") -> dict[str, bytes]:
    return {"fixes.csv": text.encode(encoding), "out.json": b"previous output\n"}


def _audit_with(*extra: str) -> tuple[str, ...]:
    return ("audit", PLAN, REVIEW, "--format", "json", "-o", "{f}/out.json", "--corrections", "{f}/fixes.csv", *extra)


def _eval() -> tuple[str, ...]:
    return ("eval", "{f}/gold.csv", PLAN, REVIEW)


CASES: dict[str, Case] = {
    # -- corrections -------------------------------------------------------------------------------------------
    "corrections-gbk": Case(
        _fixes(f"id,status,note\n{GDP},met,人工核对：增速按修订数\n", "gbk"),
        _audit_with(),
        0,
        "national-2022.txt -> national-2023.txt: 21 commitments",
    ),
    "corrections-gb18030-only-character": Case(
        _fixes(f"id,status,note\n{GDP},met,核对人 䶮\n", "gb18030"), _audit_with(), 0, "national-2022.txt ->"
    ),
    "corrections-excel-bom-crlf": Case(
        {"fixes.csv": codecs.BOM_UTF8 + f'id,status,note\r\n{GDP},met,"a, b"\r\n'.encode(), "out.json": b"x"},
        _audit_with(),
        0,
        "national-2022.txt ->",
    ),
    "corrections-duplicate-same-status": Case(
        _fixes(f"id,status,note\n{GDP},met,a\n{GDP},met,b\n"), _audit_with(), 0, "national-2022.txt ->"
    ),
    "corrections-duplicate-other-status": Case(
        _fixes(f"id,status,note\n{GDP},met,a\nc-1,missed,\n{GDP},missed,b\n"),
        _audit_with(),
        2,
        f"Error: {{f}}/fixes.csv:4: '{GDP}' is corrected twice with different statuses: met (line 2) and missed",
    ),
    "corrections-empty-status": Case(
        _fixes(f"id,status,note\n{GDP},,checked\n"),
        _audit_with(),
        2,
        f"Error: {{f}}/fixes.csv:2: '{GDP}' has no status (expected one of met, missed, carried_over, not_mentioned)",
    ),
    "corrections-row-without-status-field": Case(
        _fixes(f"id,status,note\n\n{GDP}\n"), _audit_with(), 2, f"Error: {{f}}/fixes.csv:3: '{GDP}' has no status"
    ),
    "corrections-no-id": Case(
        _fixes("id,status,note\n,met,x\n"), _audit_with(), 2, "Error: {f}/fixes.csv:2: no id (expected a commitment id"
    ),
    "corrections-unquoted-comma": Case(
        _fixes(f"id,status,note\n{GDP},met,a,b\n"),
        _audit_with(),
        2,
        "Error: {f}/fixes.csv:2: 4 fields but the header has 3",
    ),
    "corrections-unknown-status": Case(
        _fixes(f"id,status\n{GDP},done\n"), _audit_with(), 2, "Error: {f}/fixes.csv:2: status 'done' is not one of"
    ),
    "corrections-ambiguous-is-not-a-verdict": Case(
        _fixes(f"id,status\n{GDP},ambiguous\n"), _audit_with(), 2, "Error: {f}/fixes.csv:2: status 'ambiguous'"
    ),
    "corrections-wrong-header": Case(
        _fixes(f"identifier,verdict\n{GDP},met\n"),
        _audit_with(),
        2,
        "Error: {f}/fixes.csv:1: a corrections file needs a header with columns id,status[,note]",
    ),
    "corrections-header-only": Case(
        _fixes("id,status,note\n"), _audit_with(), 2, "Error: {f}/fixes.csv:1: a corrections file needs a header"
    ),
    "corrections-empty": Case(_fixes(""), _audit_with(), 2, "Error: corrections file '{f}/fixes.csv' is empty"),
    "corrections-binary": Case(
        {"fixes.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00", "out.json": b"x"},
        _audit_with(),
        2,
        "Error: '{f}/fixes.csv' is a binary file, not a CSV file",
    ),
    "corrections-missing": Case(
        {"out.json": b"x"}, _audit_with(), 2, "Error: corrections file '{f}/fixes.csv' does not exist"
    ),
    "corrections-folder": Case(
        {"fixes.csv/x": b""}, _audit_with(), 2, "Error: corrections file '{f}/fixes.csv' is a directory"
    ),
    "corrections-fifo": Case(
        {"out.json": b"x"},
        ("audit", PLAN, REVIEW, "--corrections", "{f}/fifo"),
        2,
        "Error: corrections file '{f}/fifo' is not a regular file (a pipe, socket or device)",
    ),
    "gold-fifo": Case({}, ("eval", "{f}/fifo", PLAN, REVIEW), 2, "Error: gold file '{f}/fifo' is not a regular file"),
    "corrections-unclosed-quote": Case(
        _fixes(f'id,status,note\n{GDP},met,"never closed\nc-1,missed,x\n'),
        _audit_with(),
        2,
        "Error: {f}/fixes.csv:2: not valid CSV (unexpected end of data; a field opened with a double quote must",
    ),
    "corrections-quote-inside-a-field": Case(
        _fixes(f'id,status,note\n{GDP},met,按"十四五"口径\n'), _audit_with(), 0, "national-2022.txt ->"
    ),
    # -- gold for eval -----------------------------------------------------------------------------------------
    "gold-excel-bom": Case(
        {"gold.csv": codecs.BOM_UTF8 + NATIONAL_GOLD.encode()}, _eval(), 0, "", stdout=NATIONAL_FIGURES
    ),
    "gold-gbk": Case({"gold.csv": NATIONAL_GOLD.encode("gb18030")}, _eval(), 0, "", stdout=NATIONAL_FIGURES),
    "gold-crlf": Case(
        {"gold.csv": NATIONAL_GOLD.replace("\n", "\r\n").encode()}, _eval(), 0, "", stdout=NATIONAL_FIGURES
    ),
    "gold-value-with-unit": Case(
        {"gold.csv": _gold(line=3, old="11000000", new="1100万").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002': target_value '1100万' is not a plain number in base units",
    ),
    "gold-value-with-thousands-separator": Case(
        {"gold.csv": _gold(line=3, old=",11000000,", new=',"11,000,000",').encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002': target_value '11,000,000' is not a plain number",
    ),
    "gold-value-nan": Case(
        {"gold.csv": _gold(line=3, old="11000000", new="nan").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002': target_value 'nan' is not a plain number",
    ),
    "gold-actual-not-a-number": Case(
        {"gold.csv": _gold(line=3, old="12060000", new="1206万人").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002': actual_value '1206万人' is not a plain number",
    ),
    "gold-no-target": Case(
        {"gold.csv": _gold(line=3, old="11000000", new="").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002' has no target_value",
    ),
    "gold-unknown-status": Case(
        {"gold.csv": _gold(line=3, old=",met,", new=",done,").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002': status 'done' is not one of met, missed, carried_over, not_mentioned, "
        "ambiguous",
    ),
    "gold-no-status": Case(
        {"gold.csv": _gold(line=3, old=",met,", new=",,").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002' has no status",
    ),
    "gold-bad-comparator": Case(
        {"gold.csv": _gold(line=3, old=",>=,", new=",≥,").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002': comparator '≥' is not one of >= <= ~ =",
    ),
    "gold-met-without-review-quote": Case(
        {"gold.csv": _gold(line=3, old="城镇新增就业1206万人", new="").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 'nat22-002' is met but has no review_quote",
    ),
    "gold-missing-fields": Case(
        {"gold.csv": (HEADER + GOLD_LINES[0] + "nat22-002,城镇新增就业1100万人以上,城镇新增就业\n").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:3: 3 fields but the header has 12 (fields are missing)",
    ),
    "gold-extra-field": Case(
        {"gold.csv": _gold(line=2, old=",missed,", new=",missed,x,").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:2: 13 fields but the header has 12",
    ),
    "gold-duplicate-id": Case(
        {"gold.csv": _gold(line=4, old="nat22-003", new="nat22-002").encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:4: id 'nat22-002' already used on line 3",
    ),
    "gold-header-only": Case(
        {"gold.csv": HEADER.encode()}, _eval(), 2, "Error: {f}/gold.csv:1: not a gold audit (a header but no rows"
    ),
    "gold-corrections-given-as-gold": Case(
        {"gold.csv": f"id,status,note\n{GDP},met,\n".encode()},
        _eval(),
        2,
        "Error: {f}/gold.csv:1: not a gold audit (the header lacks plan_quote, target_value, review_quote",
    ),
    "gold-empty": Case({"gold.csv": b""}, _eval(), 2, "Error: gold file '{f}/gold.csv' is empty"),
    "gold-missing": Case({}, _eval(), 2, "Error: gold file '{f}/gold.csv' does not exist"),
    "gold-of-another-pair": Case(
        {"gold.csv": (GOLD / "beijing-2025-2026.csv").read_bytes()},
        _eval(),
        2,
        "Error: {f}/gold.csv: none of the 63 plan_quotes is in 'national-2022.txt': this gold (first id 'bj25-001') "
        "is for another pair of reports",
    ),
    "gold-partly-of-another-pair": Case(
        {
            "gold.csv": (
                NATIONAL_GOLD + "".join((GOLD / "beijing-2025-2026.csv").read_text("utf-8").splitlines(True)[1:3])
            ).encode()
        },
        _eval(),
        0,
        "Warning: {f}/gold.csv: 2 of 23 plan_quotes are not in 'national-2022.txt' (bj25-001, bj25-002)",
        stdout='"gold": 14',
    ),
    # -- pairs diff must refuse as audit does --------------------------------------------------------------------
    "diff-reversed-pair": Case(
        {"out.txt": b"x"},
        ("diff", REVIEW, PLAN, "-o", "{f}/out.txt"),
        2,
        "Error: review: 'national-2022.txt' (report 2022, reviewing 2021) does not review the plan year of "
        "'national-2023.txt' (2023): expected a 2024 report",
    ),
    "diff-same-file": Case(
        {"out.txt": b"x"},
        ("diff", PLAN, PLAN, "-o", "{f}/out.txt"),
        2,
        "Error: review: 'national-2022.txt' is the same report as 'national-2022.txt'",
    ),
    "diff-same-text-other-file": Case(
        {"copy.txt": Path(PLAN).read_bytes()},
        ("diff", PLAN, "{f}/copy.txt", "--format", "json"),
        2,
        "Error: review: 'copy.txt' is the same report as 'national-2022.txt'",
    ),
    "audit-same-file": Case(
        {"out.json": b"x"},
        ("audit", PLAN, PLAN, "-o", "{f}/out.json"),
        2,
        "Error: review: 'national-2022.txt' is the same report as 'national-2022.txt'",
    ),
    "diff-two-years-apart": Case(
        {},
        ("diff", seed("national-2021"), REVIEW),
        2,
        "Error: review: 'national-2023.txt' (report 2023, reviewing 2022) does not review the plan year of "
        "'national-2021.txt' (2021)",
    ),
}


def _folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()
    }


@pytest.mark.parametrize("name", list(CASES))
def test_auxiliary_input(name: str, tmp_path: Path, run_cli: Callable[..., CliResult]) -> None:
    """Each auxiliary input gives its exit status and first stderr line; a refused one writes nothing anywhere."""
    case = CASES[name]
    for rel, data in case.files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    if "{f}/fifo" in case.args:
        os.mkfifo(tmp_path / "fifo")  # opening it would wait for a writer: the check must come first
    before = _folder_state(tmp_path)
    code, out, err = run_cli(*(a.replace("{f}", str(tmp_path)) for a in case.args))
    assert code == case.code, err
    assert err.startswith(case.stderr.replace("{f}", str(tmp_path))), err
    if case.code == 2:
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err
        assert _folder_state(tmp_path) == before
    elif case.stdout:
        assert case.stdout in out
    else:
        assert out == ""


def test_gbk_corrections_apply_with_their_note(tmp_path: Path, run_cli: Callable[..., CliResult]) -> None:
    """A corrections file saved as GBK by a Chinese Windows applies, and the note keeps its Chinese."""
    fixes = tmp_path / "fixes.csv"
    fixes.write_bytes(f"id,status,note\n{GDP},met,人工核对：增速按修订数\n".encode("gbk"))
    code, out, _ = run_cli("audit", PLAN, REVIEW, "--format", "json", "--corrections", str(fixes))
    (row,) = [r for r in json.loads(out)["rows"] if r["id"] == GDP]
    assert code == 0 and (row["status"], row["machine_status"]) == ("met", "missed")
    assert row["reason"].endswith("人工核对：增速按修订数")


def test_duplicate_correction_with_same_status_keeps_the_first_note(tmp_path: Path) -> None:
    """An id listed twice with the same status is one correction, with the note of its first line."""
    from policydiff.corrections import read_corrections
    from policydiff.model import Status

    fixes = tmp_path / "fixes.csv"
    fixes.write_text(f"id,status,note\n{GDP},met,first\n{GDP},met,second\n", encoding="utf-8")
    assert read_corrections(str(fixes)) == {GDP: (Status.MET, "first")}


def test_every_bundled_gold_passes_the_checks() -> None:
    """The gold audits in tests/gold are valid by the checks eval applies (extraction golds by theirs)."""
    from policydiff.evaluate import read_gold

    for path in sorted(GOLD.glob("*.csv")):
        audit_gold = path.read_text(encoding="utf-8").startswith(HEADER)
        rows = read_gold(str(path), required=("id",)) if not audit_gold else read_gold(str(path))
        assert rows, path.name
