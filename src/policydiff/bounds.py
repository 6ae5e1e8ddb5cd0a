"""Part of the align stage: what the pair rules can do to a similarity at most, for every pair at once.

:func:`policydiff.align.ranked_scores` scores pairs by the rules in the order of a bound on their score, and stops
a row when no pair left can displace its best: the tighter the bound, the fewer pairs it scores. The bound is the
similarity plus every boost that can fire (:func:`boosts`) less every penalty that surely fires
(:func:`sure_penalties`): penalties whose tests read each statement alone, or both units, are outer products of
per-statement tests, and a grown report (16 times the length) scored half its pairs only to find them penalised.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

import numpy as np

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.guards import flow_statement
from policydiff.model import Statement
from policydiff.quantities import measure
from policydiff.rules import NEAR_FIGURE_RANGE, PAIR_RULES, lumps, may_be_stock

__all__ = ["OUTER_PENALTIES", "boosts", "sure_penalties"]

Test = Callable[[Statement], bool]


def _always(st: Statement) -> bool:
    return True


def _unlisted(c: Statement) -> bool:
    return not lumps(c)


def _passage(o: Statement) -> bool:
    return bool(o.cumulative)


#: Penalties whose test is a test of the commitment and a test of the statement, both true: period-passage,
#: maybe-stock and lumped-list, written with the rules' own parts (tests/test_bounds.py checks each against its
#: rule on every pair of real reports).
OUTER_PENALTIES: Final[dict[str, tuple[Test, Test]]] = {
    "period-passage": (_always, _passage),
    "maybe-stock": (flow_statement, may_be_stock),
    "lumped-list": (_unlisted, lumps),
}


def sure_penalties(
    commitments: Sequence[Statement], outcomes: Sequence[Statement], w: Mapping[str, float]
) -> np.ndarray:
    """For each pair, the weights of the penalties that surely fire on it: the outer ones and other-classifier
    (two different measure words for single things). Only positive weights: a negative one is a boost
    (:func:`boosts`)."""
    down = np.zeros((len(commitments), len(outcomes)))
    for name, (row, col) in OUTER_PENALTIES.items():
        if w[name] > 0:
            rows = np.array([row(c) for c in commitments], dtype=bool)
            cols = np.array([col(o) for o in outcomes], dtype=bool)
            np.add(down, w[name], out=down, where=rows[:, None] & cols[None, :])
    if w["other-classifier"] > 0:
        ids: dict[str, int] = {}
        cd, od = (np.array([_classifier_id(st, ids) for st in sts], dtype=np.intp) for sts in (commitments, outcomes))
        other = (cd[:, None] != od[None, :]) & (cd[:, None] >= 0) & (od[None, :] >= 0)
        np.add(down, w["other-classifier"], out=down, where=other)
    return down


def _classifier_id(st: Statement, ids: dict[str, int]) -> int:
    """A number for the statement's measure word for single things (个, 座, 项), -1 for any other figure."""
    q = st.quantity
    if q is None or q.dimension not in lxt.THING_CLASSIFIERS:
        return -1
    return ids.setdefault(q.dimension, len(ids))


def boosts(commitments: Sequence[Statement], outcomes: Sequence[Statement], w: Mapping[str, float]) -> np.ndarray:
    """For each pair, the most the pair rules can add to its similarity: every boost, and every penalty with a
    negative weight; same-figure only where the two figures are equal in the same dimension (its own test)."""
    up = np.zeros((len(commitments), len(outcomes)))
    for rule in PAIR_RULES:
        gain = w[rule.name] if rule.effect == "boost" else -w[rule.name] if rule.effect == "penalty" else 0.0
        if gain <= 0:
            continue
        if rule.name == "same-figure":
            figures: dict[tuple[float, str], int] = {}
            cv = np.array([_figure_id(c, figures) for c in commitments], dtype=np.intp)
            ov = np.array([_figure_id(o, figures) for o in outcomes], dtype=np.intp)
            np.add(up, gain, out=up, where=(cv[:, None] == ov[None, :]) & (cv[:, None] >= 0))
        elif rule.name == "near-figure":
            np.add(up, gain, out=up, where=_near(commitments, outcomes))
        else:
            up += gain
    return up


def _near(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """Pairs whose figures are of one measure, the statement's within NEAR_FIGURE_RANGE of the target's once
    converted; counts of people and of things share a measure here, a bound on places-for-people."""
    dims: dict[str, int] = {}
    cd = np.array([_dim_id(c, dims) for c in commitments], dtype=np.intp)
    od = np.array([_dim_id(o, dims) for o in outcomes], dtype=np.intp)
    cv = np.array([_measured(c) for c in commitments])
    ov = np.array([_measured(o) for o in outcomes])
    low, high = NEAR_FIGURE_RANGE
    ratio = ov[None, :] / np.where(cv > 0, cv, np.inf)[:, None]
    return np.asarray((cd[:, None] == od[None, :]) & (cd[:, None] >= 0) & (ratio >= low) & (ratio <= high))


def _measured(st: Statement) -> float:
    """The statement's figure in the unit its measure is compared in (252亿斤 -> 1260万吨), 0 without one."""
    q = st.quantity
    return 0.0 if q is None else q.value * measure(q.dimension)[1]


def _dim_id(st: Statement, ids: dict[str, int]) -> int:
    q = st.quantity
    if q is None:
        return -1
    unit = measure(q.dimension)[0]
    # people and places (places-for-people) and the measure words for single things (near-figure) are one measure
    one = unit == lxn.PEOPLE_UNIT or unit in lxt.THING_CLASSIFIERS
    return ids.setdefault(lxt.COUNT_UNIT if one else unit, len(ids))


#: The dimension :func:`_figure_id` gives every measure word for single things.
THING: Final = "thing"


def _figure_id(st: Statement, ids: dict[tuple[float, str], int]) -> int:
    """A number for the statement's (value, dimension), the same for equal ones; -1 without a figure."""
    q = st.quantity
    if q is None:
        return -1
    # measure words for single things, and people (places-for-people), are one dimension here, as same-figure has
    # it; other sizes of a unit are converted (other-size), equal to 9 significant digits
    unit = measure(q.dimension)[0]
    thing = unit in lxt.THING_CLASSIFIERS or unit == lxn.PEOPLE_UNIT
    return ids.setdefault((float(f"{_measured(st):.9g}"), THING if thing else unit), len(ids))
