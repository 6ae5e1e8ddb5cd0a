"""Accuracy floors on the hand-labelled gold audits, measured with ``policydiff eval``.

Floors are the figures measured when they were set; raise them as the tool improves, never lower them.
"""

from __future__ import annotations

import json

import pytest

from helpers import GOLD, report, seed
from policydiff.cli import main
from policydiff.evaluate import read_gold, score_extract
from policydiff.extract import extract
from policydiff.pipeline import read

# gold file -> (plan report, review report, floors); reports are read from seeds/, else ../shared/corpus.
AUDIT_FLOORS = {
    "beijing-2025-2026": (
        "beijing-municipality-2025",
        "beijing-municipality-2026",
        {
            "recall": 1.0,
            "value_acc": 1.0,
            "status_acc": 0.911,
            "evidence_acc": 0.808,
            "verdict_precision": 1.0,
            "verdict_recall": 0.808,
        },
    ),
    "chongqing-2025-2026": (
        "chongqing-municipality-2025",
        "chongqing-municipality-2026",
        {
            "recall": 1.0,
            "value_acc": 1.0,
            "status_acc": 0.903,
            "evidence_acc": 0.667,
            "verdict_precision": 1.0,
            "verdict_recall": 0.667,
        },
    ),
    "fujian-2025-2026": (
        "fujian-province-2025",
        "fujian-province-2026",
        {
            "recall": 1.0,
            "value_acc": 1.0,
            "status_acc": 1.0,
            "evidence_acc": 1.0,
            "verdict_precision": 1.0,
            "verdict_recall": 1.0,
        },
    ),
    "hailaer-2016-2017": (
        "hailaer-district-2016",
        "hailaer-district-2017",
        {
            "recall": 0.844,
            "value_acc": 0.844,
            "status_acc": 0.75,
            "evidence_acc": 0.762,
            "verdict_precision": 1.0,
            "verdict_recall": 0.762,
        },
    ),
    "hubei-2025-2026": (
        "hubei-province-2025",
        "hubei-province-2026",
        {
            "recall": 1.0,
            "value_acc": 1.0,
            "status_acc": 1.0,
            "evidence_acc": 1.0,
            "verdict_precision": 1.0,
            "verdict_recall": 1.0,
        },
    ),
    "national-2021-2022": (
        "national-2021",
        "national-2022",
        {
            "recall": 0.952,
            "value_acc": 0.952,
            "status_acc": 0.905,
            "evidence_acc": 0.9,
            "verdict_precision": 1.0,
            "verdict_recall": 0.9,
        },
    ),
    "national-2022-2023": (
        "national-2022",
        "national-2023",
        {
            "recall": 1.0,
            "value_acc": 1.0,
            "status_acc": 1.0,
            "evidence_acc": 1.0,
            "verdict_precision": 1.0,
            "verdict_recall": 1.0,
        },
    ),
    "shanghai-2022-2023": (
        "shanghai-municipality-2022",
        "shanghai-municipality-2023",
        {
            "recall": 1.0,
            "value_acc": 1.0,
            "status_acc": 0.973,
            "evidence_acc": 1.0,
            "verdict_precision": 1.0,
            "verdict_recall": 0.857,
        },
    ),
    "shanxi-2025-2026": (
        "shanxi-province-2025",
        "shanxi-province-2026",
        {
            "recall": 0.986,
            "value_acc": 0.986,
            "status_acc": 0.986,
            "evidence_acc": 1.0,
            "verdict_precision": 1.0,
            "verdict_recall": 1.0,
        },
    ),
}
EXTRACT_FLOORS = {
    "enshi-2024-plan": ("plan", {"recall": 1.0, "value_acc": 1.0, "precision": 1.0}),
    "enshi-2023-review": ("review", {"recall": 0.992, "value_acc": 0.992, "precision": 1.0}),
}


@pytest.mark.gold
@pytest.mark.parametrize("name", sorted(AUDIT_FLOORS))
def test_audit_accuracy_floor(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff eval on each gold audit reaches the recorded recall, value, status, evidence and verdict accuracy."""
    plan, review, floors = AUDIT_FLOORS[name]
    assert main(["eval", str(GOLD / f"{name}.csv"), report(plan), report(review)]) == 0
    result = json.loads(capsys.readouterr().out)
    for metric, floor in floors.items():
        assert result[metric] >= floor, f"{name}: {metric} {result[metric]} < floor {floor}"


@pytest.mark.gold
@pytest.mark.parametrize("name", sorted(EXTRACT_FLOORS))
def test_extraction_accuracy_floor(name: str) -> None:
    """Extraction on the Enshi report reaches the recorded recall, value accuracy and precision."""
    side, floors = EXTRACT_FLOORS[name]
    rows = [
        {"text": s.text, "value": s.quantity.value}
        for s in extract(read(seed("enshi-city-2024")), side=side)  # type: ignore[arg-type]
        if s.quantity is not None
    ]
    result = score_extract(read_gold(str(GOLD / f"{name}.csv"), required=("id",)), rows, side=side)
    for metric, floor in floors.items():
        assert result[metric] >= floor, f"{name}: {metric} {result[metric]} < floor {floor}"
