"""The align stage's fast scoring agrees with the rules applied pair by pair (a slow reference) on real reports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pytest

from helpers import seed
from policydiff.align import (
    _COLLECTED,
    _LISTED,
    SCORE_CUTOFF,
    _apply,
    _weights,
    adjusted_scores,
    assign,
    ranked_scores,
    score_matrix,
    surely_blocked,
)
from policydiff.extract import extract
from policydiff.model import Commitment, Outcome, Statement
from policydiff.pipeline import read
from policydiff.rules import counted_similarity, fired

PAIRS = [("hubei-province-2025", "hubei-province-2026"), ("fujian-province-2025", "fujian-province-2026"),
         ("national-2022", "national-2023"), ("liaoning-province-2025", "liaoning-province-2026")]  # fmt: skip


def reference(cs: Sequence[Statement], os: Sequence[Statement], w: Mapping[str, float]) -> np.ndarray:
    """Every pair through every rule, as the align stage scored before it was vectorised."""
    scores = score_matrix(cs, os)
    for i, c in enumerate(cs):
        for j, o in enumerate(os):
            if c.quantity is None or o.quantity is None:
                scores[i, j] = 0.0
                continue
            raw = float(scores[i, j])
            scores[i, j] = _apply(raw, fired(c, o), w, SCORE_CUTOFF)
            if 0 < scores[i, j] < SCORE_CUTOFF and _LISTED(c, o):
                scores[i, j] = SCORE_CUTOFF + w["listed-enumeration"]
            elif 0 < scores[i, j] < SCORE_CUTOFF and _COLLECTED(c, o):
                scores[i, j] = SCORE_CUTOFF + w["collective-kinds"]
            elif 0 < scores[i, j] < SCORE_CUTOFF and (counted := counted_similarity(c, o)) > raw:
                counted_score = _apply(counted - w["counted-first"], fired(c, o), w, SCORE_CUTOFF)
                scores[i, j] = max(scores[i, j], counted_score)
    return scores


@pytest.fixture(scope="module", params=PAIRS, ids=[p[0] for p in PAIRS])
def statements(request: pytest.FixtureRequest) -> tuple[tuple[Commitment, ...], tuple[Outcome, ...]]:
    """A real pair's commitments and its review's outcomes with figures."""
    plan, review = (read(seed(name)) for name in request.param)
    cs = tuple(c for c in extract(plan, side="plan") if isinstance(c, Commitment))
    os = tuple(o for o in extract(review, side="review") if isinstance(o, Outcome) and o.quantity is not None)
    return cs, os


WEIGHTS = [
    None,
    {"same-figure": 0.0, "listed-enumeration": 20.0},
    {"maybe-stock": -15.0, "named-in-front": 80.0, "counted-first": 5.0},
]


def test_surely_blocked_pairs_are_blocked(statements: tuple[tuple[Commitment, ...], tuple[Outcome, ...]]) -> None:
    """Every pair the vectorised screen blocks lacks a figure or fires a hard block of the rules."""
    cs, os = statements
    blocked = surely_blocked(cs, os)
    assert blocked.any() and not blocked.all()
    for i, j in zip(*np.nonzero(blocked), strict=True):
        rules = fired(cs[i], os[j])
        assert cs[i].quantity is None or (rules and rules[-1].effect == "block")


@pytest.mark.parametrize("overrides", WEIGHTS)
def test_adjusted_scores_equal_the_reference(
    statements: tuple[tuple[Commitment, ...], tuple[Outcome, ...]], overrides: dict[str, float] | None
) -> None:
    """adjusted_scores gives every pair the score the rules give it one by one, whatever the weights."""
    cs, os = statements
    w = _weights(overrides, None)
    assert np.array_equal(adjusted_scores(cs, os, weights=w), reference(cs, os, w))


@pytest.mark.parametrize("overrides", WEIGHTS)
def test_ranked_scores_agree_where_align_reads(
    statements: tuple[tuple[Commitment, ...], tuple[Outcome, ...]], overrides: dict[str, float] | None
) -> None:
    """ranked_scores gives the same one-to-one assignment and each commitment's five best candidates."""
    cs, os = statements
    w = _weights(overrides, None)
    full, ranked = reference(cs, os, w), ranked_scores(cs, os, weights=w, limit=5)
    assert assign(ranked, SCORE_CUTOFF) == assign(full, SCORE_CUTOFF)
    for i in range(len(cs)):
        top = [(j, full[i, j]) for j in np.argsort(-full[i], kind="stable")[:5] if full[i, j] > 0]
        assert [(j, ranked[i, j]) for j in np.argsort(-ranked[i], kind="stable")[:5] if ranked[i, j] > 0] == top


def test_ranked_scores_without_commitments(statements: tuple[tuple[Commitment, ...], tuple[Outcome, ...]]) -> None:
    """A plan with no figure (a hostile input) gives an empty matrix of the right shape, not an error."""
    _, os = statements
    assert ranked_scores((), os, weights=_weights(None, None)).shape == (0, len(os))


def test_ranked_scores_agree_on_repeated_statements(
    statements: tuple[tuple[Commitment, ...], tuple[Outcome, ...]],
) -> None:
    """With every statement written twice (ties everywhere), ranked_scores still gives the exact assignment."""
    cs, os = statements
    if len(cs) > 45:
        pytest.skip("the reference is slow: the smaller pairs suffice")
    cs, os = cs * 2, os * 2
    w = _weights(None, None)
    full, ranked = reference(cs, os, w), ranked_scores(cs, os, weights=w, limit=5)
    assert assign(ranked, SCORE_CUTOFF) == assign(full, SCORE_CUTOFF)
    for i in range(len(cs)):
        top = [(j, full[i, j]) for j in np.argsort(-full[i], kind="stable")[:5] if full[i, j] > 0]
        assert [(j, ranked[i, j]) for j in np.argsort(-ranked[i], kind="stable")[:5] if ranked[i, j] > 0] == top
