"""The bounds the align stage scores pairs in the order of (policydiff.bounds): each outer penalty fires exactly
where its rule does, and what a pair's bound loses to sure penalties never exceeds what the rules take from it,
on every pair of four real report pairs (commitments against every review statement, with and without figures)."""

from __future__ import annotations

import numpy as np
import pytest

from helpers import seed
from policydiff.align import _weights
from policydiff.bounds import OUTER_PENALTIES, sure_penalties
from policydiff.extract import extract
from policydiff.model import Commitment, Outcome
from policydiff.pipeline import read
from policydiff.rules import BY_NAME, fired

PAIRS = [
    ("hubei-province-2025", "hubei-province-2026"),
    ("shanghai-municipality-2022", "shanghai-municipality-2023"),
    ("hailaer-district-2015", "hailaer-district-2016"),
    ("liaoning-province-2025", "liaoning-province-2026"),
]
Statements = tuple[tuple[Commitment, ...], tuple[Outcome, ...]]


@pytest.fixture(scope="module", params=PAIRS, ids=[p[0] for p in PAIRS])
def statements(request: pytest.FixtureRequest) -> Statements:
    plan, review = (read(seed(name)) for name in request.param)
    cs = tuple(c for c in extract(plan, side="plan") if isinstance(c, Commitment))
    os = tuple(o for o in extract(review, side="review") if isinstance(o, Outcome))
    return cs, os


def test_outer_penalties_fire_where_their_rules_do(
    statements: tuple[tuple[Commitment, ...], tuple[Outcome, ...]],
) -> None:
    cs, os = statements
    for name, (row, col) in OUTER_PENALTIES.items():
        test = BY_NAME[name].test
        assert test is not None and BY_NAME[name].effect == "penalty"
        fires = [[test(c, o) for o in os] for c in cs]
        assert fires == [[row(c) and col(o) for o in os] for c in cs], name
        assert any(map(any, fires)), name  # each fires somewhere: the comparison is not of all-False tables


@pytest.mark.parametrize("weights", [None, {"maybe-stock": -15.0, "other-classifier": 0.0, "period-passage": 30.0}])
def test_sure_penalties_take_no_more_than_the_rules(statements: Statements, weights: dict[str, float] | None) -> None:
    """Below a pair's penalties where another penalty fires too; equal where only sure ones do; 0 on a pair with a
    penalty of negative weight only (a boost, in :func:`policydiff.bounds.boosts`)."""
    cs, os = statements
    w = _weights(weights, None)
    down = sure_penalties(cs, os, w)
    taken = np.array([[sum(max(w[r.name], 0.0) for r in fired(c, o) if r.effect == "penalty") for o in os] for c in cs])
    blocked = np.array([[any(r.effect == "block" for r in fired(c, o)) for o in os] for c in cs])
    assert (down[~blocked] <= taken[~blocked] + 1e-9).all()
    assert (down > 0).sum() > len(cs)  # the bound is tighter on many pairs


def test_other_classifier_is_a_sure_penalty() -> None:
    """Two measure words for single things (个 against 座) lose other-classifier's weight; the same word, a figure
    of another kind, or no figure lose nothing."""
    plan, review = (read(seed(name)) for name in PAIRS[0])
    cs = [c for c in extract(plan, side="plan") if isinstance(c, Commitment) and c.quantity is not None]
    os = [o for o in extract(review, side="review") if isinstance(o, Outcome) and o.quantity is not None]
    w = _weights({name: 0.0 for name in OUTER_PENALTIES}, None)
    down = sure_penalties(cs, os, w)
    rule = BY_NAME["other-classifier"]
    assert rule.test is not None
    expected = np.array([[w["other-classifier"] if rule.test(c, o) else 0.0 for o in os] for c in cs])
    assert (down == expected).all() and expected.any() and not expected.all()
