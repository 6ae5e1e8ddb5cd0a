"""Accuracy floors on the hand-labelled gold audits, measured with ``policydiff eval``.

Floors are the figures measured when they were set; raise them as the tool improves, never lower them.
"""

from __future__ import annotations

import json

import pytest

from helpers import GOLD, seed
from policydiff.cli import main
from policydiff.evaluate import read_gold, score_extract
from policydiff.extract import extract
from policydiff.pipeline import read

# gold file -> (plan report, review report, floors)
# national: nat22-020 and nat22-021 are labelled met from the 2021 levels (580元, 79元), which neither report
# states; the audit once matched nat22-021 by comparing the 84元 level with the 5元 increase, a wrong reading
# that was removed, so its floor came down from 0.929/0.909 to what the honest reading measures.
AUDIT_FLOORS = {
    "national-2022-2023": (
        "national-2022",
        "national-2023",
        {"recall": 1.0, "value_acc": 1.0, "status_acc": 0.857, "evidence_acc": 0.818},
    ),
    "shanghai-2022-2023": (
        "shanghai-municipality-2022",
        "shanghai-municipality-2023",
        {"recall": 1.0, "value_acc": 1.0, "status_acc": 0.973, "evidence_acc": 1.0},
    ),
    "hubei-2025-2026": (
        "hubei-province-2025",
        "hubei-province-2026",
        {"recall": 1.0, "value_acc": 1.0, "status_acc": 1.0, "evidence_acc": 1.0},
    ),
    "fujian-2025-2026": (
        "fujian-province-2025",
        "fujian-province-2026",
        {"recall": 1.0, "value_acc": 1.0, "status_acc": 1.0, "evidence_acc": 1.0},
    ),
}
EXTRACT_FLOORS = {
    "enshi-2024-plan": ("plan", {"recall": 1.0, "value_acc": 1.0, "precision": 1.0}),
    "enshi-2023-review": ("review", {"recall": 0.992, "value_acc": 0.992, "precision": 1.0}),
}


@pytest.mark.gold
@pytest.mark.parametrize("name", sorted(AUDIT_FLOORS))
def test_audit_accuracy_floor(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff eval on each gold audit reaches the recorded recall, value, status and evidence accuracy."""
    plan, review, floors = AUDIT_FLOORS[name]
    assert main(["eval", str(GOLD / f"{name}.csv"), seed(plan), seed(review)]) == 0
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
