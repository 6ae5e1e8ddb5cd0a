"""Reviewer corrections: applied by commitment id over the machine's verdicts, surviving re-runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import policydiff
from helpers import seed
from policydiff.cli import main
from policydiff.corrections import read_corrections

PLAN, REVIEW = seed("national-2022"), seed("national-2023")


def _row(rows: list[dict[str, object]], target_text: str) -> dict[str, object]:
    (row,) = [r for r in rows if r["target_text"] == target_text]
    return row


def test_correction_replaces_status_and_keeps_machine_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A correction by id changes the row's status, says so in the reason and keeps the machine's status."""
    first = policydiff.audit(PLAN, REVIEW).rows
    target = _row(first, "6400亿元")
    assert target["status"] == "not_mentioned"
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(f"id,status,note\n{target['id']},missed,budget report shows 6000亿元\n", encoding="utf-8")
    assert main(["audit", PLAN, REVIEW, "--format", "json", "--corrections", str(fixes)]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    fixed = _row(rows, "6400亿元")
    assert (fixed["status"], fixed["machine_status"]) == ("missed", "not_mentioned")
    assert "reviewer correction" in str(fixed["reason"]) and "6000亿元" in str(fixed["reason"])
    assert [r["status"] for r in rows if r["id"] != target["id"]] == [
        r["status"] for r in first if r["id"] != target["id"]
    ]


def test_unknown_ids_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A correction whose id is not in this audit is named in a warning on stderr; the audit still runs."""
    fixes = tmp_path / "fixes.csv"
    fixes.write_text("id,status,note\nc-000000000000,met,old id\n", encoding="utf-8")
    assert main(["audit", PLAN, REVIEW, "--corrections", str(fixes)]) == 0
    assert "1 correction(s) match no commitment: c-000000000000" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,status\nc-1,done\n", "status 'done' is not one of met, missed, carried_over, not_mentioned"),
        ("identifier,verdict\nc-1,met\n", "needs a header with columns id,status"),
    ],
)
def test_bad_corrections_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str) -> None:
    """A malformed corrections file is one Error line naming it, exit 2, and no audit output."""
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(content, encoding="utf-8")
    assert main(["audit", PLAN, REVIEW, "--corrections", str(fixes)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("Error: ") and message in err and "fixes.csv" in err


def test_missing_corrections_file(tmp_path: Path) -> None:
    """A corrections path that does not exist is a CorrectionError naming it."""
    with pytest.raises(policydiff.PolicydiffError, match="does not exist"):
        read_corrections(str(tmp_path / "nope.csv"))
