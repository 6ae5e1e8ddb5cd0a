"""Part of the align stage: a commitment qualified by a group, place or kind in front of a measure the review
states alone (下岗失业人员和困难人员再就业2100人 / 实现再就业2529人), the rule qualified-measure.

The similarity of :mod:`policydiff.keys` counts mostly how much of the commitment's key the statement holds, so a
qualifier the review leaves out (the group, the town, the kind) weighs as a different measure. When the statement's
key is the end of the commitment's key (after a leading word both share, 新增蔬菜大棚 / 新增大棚), the statement names
the very measure, for everyone: the pair is scored on it, less the rule's weight, with every other rule applied, so
that an addition against a stock (新增煤炭产能 / 煤炭产能突破1.4亿吨) still loses its penalties.
A share never qualifies: the words in front of a rate name the thing it is the rate of (再生水利用率 / 利用率).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.keys import KEY_MIN, match_key
from policydiff.model import Statement

__all__ = ["lift_qualified", "qualified_measure", "qualified_pairs"]

#: The fewest characters of the measure the statement names alone (大棚, 再就业): two, and not a generic word.
MEASURE_MIN = 2


def qualified_measure(c: Statement, o: Statement) -> bool:
    """Whether the statement states alone the measure the commitment names after a qualifier (see the module)."""
    if c.quantity is None or o.quantity is None:
        return False
    return _qualifies(match_key(c.indicator), match_key(o.indicator), c.quantity.unit)


def _qualifies(plan_key: str, review_key: str, unit: str) -> bool:
    """The review's key ends the plan's key, after a leading word both share; it names a measure by itself."""
    if unit in lxt.SHARE_UNITS or len(review_key) < KEY_MIN or plan_key == review_key:
        return False
    shared = 0
    while shared < min(len(review_key) - MEASURE_MIN, len(plan_key)) and plan_key[shared] == review_key[shared]:
        shared += 1
    measure = review_key[shared:]
    return (
        len(measure) >= MEASURE_MIN
        and measure not in lxn.GENERIC_SHORT_KEYS
        and len(plan_key) - shared > len(measure)
        and plan_key.endswith(measure)
    )


def qualified_pairs(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """:func:`qualified_measure` of every pair, as a boolean matrix (keys computed once per statement, and each
    commitment weighed only against the statements whose key ends as its own does: linear in the reports' length)."""
    out = np.zeros((len(commitments), len(outcomes)), dtype=bool)
    by_end: dict[str, list[tuple[int, str]]] = {}
    for j, o in enumerate(outcomes):
        if o.quantity is not None:
            okey = match_key(o.indicator)
            by_end.setdefault(okey[-MEASURE_MIN:], []).append((j, okey))
    for i, c in enumerate(commitments):
        if c.quantity is None:
            continue
        key = match_key(c.indicator)
        for j, okey in by_end.get(key[-MEASURE_MIN:], ()):
            if _qualifies(key, okey, c.quantity.unit):
                out[i, j] = True
    return out


def lift_qualified(bound: np.ndarray, up: np.ndarray, pairs: np.ndarray, weight: float) -> None:
    """Raise, in place, the bounds of the qualified ``pairs`` to what the rule can give them: the measure's full
    similarity less ``weight``, plus the boosts ``up`` that can fire on the pair (never above 100)."""
    lifted = pairs & (bound > 0)
    bound[lifted] = np.maximum(bound[lifted], np.minimum(100.0 - weight + up[lifted], 100.0))
