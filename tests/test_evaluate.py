"""Tests for evaluate: the metrics of ``../shared/tools/score.py`` on gold rows of the national 2022/23 audit."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from helpers import GOLD
from policydiff.errors import GoldError
from policydiff.evaluate import read_gold, score_audit

GOLD_ROWS = read_gold(str(GOLD / "national-2022-2023.csv"))
BY_ID = {g["id"]: g for g in GOLD_ROWS}


def _row(gold_id: str, status: str | None = None) -> dict[str, Any]:
    """An audit row that reads a gold row as the gold does (or with another status)."""
    g: Mapping[str, str] = BY_ID[gold_id]
    return {
        "commitment": g["plan_quote"],
        "target_value": float(g["target_value"]),
        "status": status or g["status"],
        "evidence": g["review_quote"] or None,
    }


def test_agreeing_rows_score_one() -> None:
    """Rows with the gold's numbers, quotes and statuses reach 1.0 on every metric."""
    rows = [_row(g["id"]) for g in GOLD_ROWS if g["status"] != "ambiguous"]
    result = score_audit(GOLD_ROWS, rows)
    for metric in ("recall", "value_acc", "status_acc", "evidence_acc", "verdict_precision", "verdict_recall"):
        assert result[metric] == 1.0, metric


def test_a_wrong_missed_lowers_verdict_precision() -> None:
    """'missed' for a met target (城镇新增就业1100万人以上, nat22-002) is a decided verdict the gold rejects."""
    rows = [_row(g["id"]) for g in GOLD_ROWS if g["status"] != "ambiguous" and g["id"] != "nat22-002"]
    rows.append(_row("nat22-002", "missed"))
    result = score_audit(GOLD_ROWS, rows)
    decided = sum(1 for g in GOLD_ROWS if g["status"] in ("met", "missed", "carried_over"))
    assert result["verdict_precision"] == round((decided - 1) / decided, 3)
    assert result["verdict_recall"] == round((decided - 1) / decided, 3)


def test_not_mentioned_lowers_verdict_recall_only() -> None:
    """'not_mentioned' for a met target decides nothing: verdict precision stays 1.0, verdict recall drops."""
    rows = [_row(g["id"]) for g in GOLD_ROWS if g["status"] != "ambiguous" and g["id"] != "nat22-002"]
    rows.append(_row("nat22-002", "not_mentioned"))
    result = score_audit(GOLD_ROWS, rows)
    assert result["verdict_precision"] == 1.0
    assert result["verdict_recall"] < 1.0
    assert ("nat22-002", "城镇新增就业1100万人以上", "met", "not_mentioned") in result["misses"]


def test_ambiguous_rows_count_for_precision_only() -> None:
    """A row finding an ambiguous commitment (城镇调查失业率…5.5%以内) is no false positive, and no scored row."""
    rows = [_row(g["id"]) for g in GOLD_ROWS if g["status"] != "ambiguous"]
    with_ambiguous = score_audit(GOLD_ROWS, [*rows, _row("nat22-003", "met")])
    assert with_ambiguous["precision"] == 1.0
    assert with_ambiguous["gold"] == score_audit(GOLD_ROWS, rows)["gold"]
    assert with_ambiguous["verdict_precision"] == 1.0
    unrelated = {"commitment": "新建学校3所", "target_value": 3.0, "status": "met", "evidence": None}
    assert score_audit(GOLD_ROWS, [*rows, unrelated])["precision"] < 1.0


def test_nothing_decided_gives_no_verdict_figures() -> None:
    """With no met/missed/carried_over row, verdict_precision is None (not 0); verdict_recall is 0."""
    rows = [_row(g["id"], "not_mentioned") for g in GOLD_ROWS if g["status"] != "ambiguous"]
    result = score_audit(GOLD_ROWS, rows)
    assert result["verdict_precision"] is None
    assert result["verdict_recall"] == 0.0


def test_missing_gold_file_is_a_gold_error(tmp_path: Path) -> None:
    """A gold path that does not exist raises GoldError naming it."""
    with pytest.raises(GoldError, match="does not exist"):
        read_gold(str(tmp_path / "none.csv"))
