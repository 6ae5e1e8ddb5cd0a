"""Benchmarks of the pipeline on real report pairs: the full audit, and parse, extract and align alone.

Outside the default test run (``testpaths`` is tests and src). Run them with::

    python -m pytest benchmarks --benchmark-enable

Without ``--benchmark-enable`` (the project's default is ``--benchmark-disable``) each runs once, as a smoke test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from policydiff.align import align
from policydiff.derive import derive
from policydiff.extract import clauses, extract
from policydiff.load import load
from policydiff.model import Commitment, Document, Outcome
from policydiff.parse import parse
from policydiff.pipeline import audit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PAIRS = {
    "national-2022-2023": ("national-2022.txt", "national-2023.txt"),
    "hubei-2025-2026": ("hubei-province-2025.txt", "hubei-province-2026.txt"),
    "shanghai-2022-2023": ("shanghai-municipality-2022.txt", "shanghai-municipality-2023.txt"),
    "fujian-2025-2026": ("fujian-province-2025.txt", "fujian-province-2026.txt"),
}


@attrs.frozen
class Pair:
    """One report pair, loaded and run through every stage once, so each benchmark times one stage alone."""

    plan_path: Path
    review_path: Path
    plan_text: str
    review_text: str
    plan: Document
    review: Document
    commitments: tuple[Commitment, ...]
    outcomes: tuple[Outcome, ...]
    next_plan: tuple[Outcome, ...]
    baselines: tuple[Outcome, ...]


def _prepare(name: str) -> Pair:
    plan_path, review_path = (SEEDS / f for f in PAIRS[name])
    plan_text, plan_name = load(plan_path, side="plan")
    review_text, review_name = load(review_path, side="review")
    plan = parse(plan_text, path=plan_name, side="plan")
    review = parse(review_text, path=review_name, side="review")
    return Pair(
        plan_path=plan_path,
        review_path=review_path,
        plan_text=plan_text,
        review_text=review_text,
        plan=plan,
        review=review,
        commitments=tuple(c for c in extract(plan, side="plan") if isinstance(c, Commitment)),
        outcomes=tuple(o for o in extract(review, side="review") if isinstance(o, Outcome)),
        next_plan=clauses(review, side="next_plan"),
        baselines=tuple(o for o in extract(plan, side="review") if isinstance(o, Outcome)),
    )


@pytest.fixture(scope="module", params=list(PAIRS))
def pair(request: pytest.FixtureRequest) -> Pair:
    """A prepared report pair (national 2022->2023, hubei 2025->2026, shanghai 2022->2023, fujian 2025->2026)."""
    return _prepare(request.param)


def test_audit(benchmark: Any, pair: Pair) -> None:
    """The whole pipeline from the two files: load, parse, extract, align, judge."""
    result = benchmark(audit, pair.plan_path, pair.review_path)
    assert result.summary["total"] == len(pair.commitments) > 0


def test_parse(benchmark: Any, pair: Pair) -> None:
    """Parsing both reports' texts into Documents."""

    def both() -> tuple[Document, Document]:
        return parse(pair.plan_text, path=str(pair.plan_path)), parse(pair.review_text, path=str(pair.review_path))

    plan, review = benchmark(both)
    assert plan.sections and review.sections


def test_extract(benchmark: Any, pair: Pair) -> None:
    """Extracting the plan's commitments, the review's outcomes and the next plan's clauses."""

    def sides() -> tuple[int, int, int]:
        return (
            len(extract(pair.plan, side="plan")),
            len(extract(pair.review, side="review")),
            len(clauses(pair.review, side="next_plan")),
        )

    counts = benchmark(sides)
    assert counts == (len(pair.commitments), len(pair.outcomes), len(pair.next_plan))


def test_align(benchmark: Any, pair: Pair) -> None:
    """Aligning the commitments with the outcomes and the next plan's clauses."""
    alignments = benchmark(align, pair.commitments, pair.outcomes, pair.next_plan)
    assert len(alignments) == len(pair.commitments)


def test_derive(benchmark: Any, pair: Pair) -> None:
    """Deriving figures for the commitments no single statement decides (with last year's figures)."""
    alignments = align(pair.commitments, pair.outcomes, pair.next_plan)
    derived = benchmark(derive, alignments, pair.outcomes, pair.baselines)
    assert len(derived) == len(alignments)
