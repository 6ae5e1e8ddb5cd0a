"""The align stage: plan commitments x report N+1 statements -> Alignments.

Candidates are blocked by unit and by rate-versus-level, scored with rapidfuzz on normalised indicator
keys (vectorised with ``process.cdist``), penalised when they speak about several years, and assigned
one-to-one: the highest score first; ties go to the earlier commitment, then the earlier outcome.
Commitments left without a review outcome are checked against report N+1's plan for a carry-over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Final

import numpy as np
from rapidfuzz import fuzz, process

from policydiff import lexicon_zh as lx
from policydiff.model import Alignment, Commitment, Outcome, Quantity, Statement
from policydiff.quantities import parse_quantities

#: Below this two indicators share too little to be one measure (低效建设用地减量 vs 低效产业用地盘活处置: 47).
SCORE_CUTOFF: Final = 72.0
#: A statement about several years (五年, 累计, 年均) is weaker evidence for one year.
CUMULATIVE_PENALTY: Final = 12.0
#: Outcomes more than this many times larger or smaller than the target are another series (a stock, a total).
MAGNITUDE_LIMIT: Final = 20.0
#: A carry-over must repeat at least this many characters of the commitment's words (a named deliverable).
CARRY_MIN_CHARS: Final = 8
#: Candidates kept per commitment for ``--explain``.
CANDIDATE_LIMIT: Final = 5

_KEY_DROP: Final = tuple(
    sorted(set(lx.ACTION_VERBS + lx.RATE_WORDS + lx.INDICATOR_STOP_PREFIXES), key=len, reverse=True)
)
_DIGITS: Final = re.compile(r"[\d.,%％]+")


def match_key(indicator: str) -> str:
    """The indicator with verbs, time words and punctuation removed: what two phrasings share.

    >>> match_key("全年国内生产总值增长")
    '国内生产总值'
    """
    key = _DIGITS.sub("", indicator)
    for word in _KEY_DROP:
        if len(key) > len(word) + 1:
            key = key.replace(word, "")
    return re.sub(r"[^\w]", "", key) or indicator


def similarity(a: str, b: str) -> float:
    """How alike two indicators are, 0-100: the mean of rapidfuzz ``ratio`` and ``partial_ratio`` on keys.

    >>> similarity("城镇调查失业率", "年末城镇调查失业率") > 90
    True
    >>> similarity("低效建设用地减量", "低效产业用地盘活处置") < SCORE_CUTOFF
    True
    """
    ka, kb = match_key(a), match_key(b)
    return (fuzz.ratio(ka, kb) + fuzz.partial_ratio(ka, kb)) / 2


def score_matrix(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """Pairwise :func:`similarity` for every commitment x outcome, computed with ``process.cdist``."""
    if not commitments or not outcomes:
        return np.zeros((len(commitments), len(outcomes)))
    a = [match_key(c.indicator) for c in commitments]
    b = [match_key(o.indicator) for o in outcomes]
    ratio = process.cdist(a, b, scorer=fuzz.ratio, processor=None, workers=1)
    partial = process.cdist(a, b, scorer=fuzz.partial_ratio, processor=None, workers=1)
    return np.asarray((ratio + partial) / 2, dtype=float)


def compatible(c: Statement, o: Statement) -> bool:
    """Blocking: same unit, rate with rate and level with level, magnitudes of the same order."""
    if c.quantity is None or o.quantity is None:
        return False
    if c.quantity.dimension != o.quantity.dimension or c.is_rate != o.is_rate:
        return False
    if c.quantity.unit not in ("%", "百分点") and c.quantity.value > 0 and o.quantity.value > 0:
        ratio = o.quantity.value / c.quantity.value
        if ratio > MAGNITUDE_LIMIT or ratio < 1 / MAGNITUDE_LIMIT:
            return False
    return True


def align(
    commitments: Sequence[Commitment],
    outcomes: Sequence[Outcome],
    next_plan: Sequence[Outcome] = (),
    *,
    score_cutoff: float = SCORE_CUTOFF,
    cumulative_penalty: float = CUMULATIVE_PENALTY,
    limit: int = CANDIDATE_LIMIT,
) -> tuple[Alignment, ...]:
    """One Alignment per commitment, in commitment order (see the module docstring for the rules)."""
    quantified = [o for o in outcomes if o.quantity is not None]
    claims = [o for o in outcomes if o.quantity is None]
    scores = score_matrix(commitments, quantified)
    for i, c in enumerate(commitments):
        for j, o in enumerate(quantified):
            if not compatible(c, o):
                scores[i, j] = 0.0
            elif o.cumulative:
                scores[i, j] -= cumulative_penalty
    pairs = sorted(
        (
            (float(scores[i, j]), i, j)
            for i in range(len(commitments))
            for j in range(len(quantified))
            if scores[i, j] >= score_cutoff
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    chosen: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for score, i, j in pairs:
        if i not in chosen and j not in taken:
            chosen[i] = (j, score)
            taken.add(j)
    claim_scores = score_matrix(commitments, claims)
    result: list[Alignment] = []
    for i, c in enumerate(commitments):
        row = scores[i] if len(quantified) else np.zeros(0)
        order = sorted(range(len(quantified)), key=lambda j: (-row[j], j))[:limit]
        candidates = tuple((quantified[j], round(float(row[j]), 1)) for j in order if row[j] > 0)
        if i in chosen:
            j, score = chosen[i]
            result.append(
                Alignment(commitment=c, outcome=quantified[j], score=score, candidates=candidates, source="review")
            )
            continue
        claim = _best_claim(claim_scores, i, claims, score_cutoff)
        if claim is not None:
            result.append(
                Alignment(commitment=c, outcome=claim[0], score=claim[1], candidates=candidates, source="review")
            )
            continue
        carry = carry_over(c, next_plan)
        if carry is not None:
            result.append(
                Alignment(commitment=c, outcome=carry[0], score=carry[1], candidates=candidates, source="next_plan")
            )
            continue
        best = candidates[0][1] if candidates else 0.0
        result.append(Alignment(commitment=c, outcome=None, score=best, candidates=candidates))
    return tuple(result)


def _best_claim(
    claim_scores: np.ndarray, i: int, claims: Sequence[Outcome], score_cutoff: float
) -> tuple[Outcome, float] | None:
    if not claims:
        return None
    j = int(np.argmax(claim_scores[i]))
    score = float(claim_scores[i, j])
    return (claims[j], score) if score >= max(score_cutoff, 85.0) else None


def _fresh_quota(target: Quantity, other: Quantity) -> bool:
    if other.dimension != target.dimension:
        return False
    return other.value != target.value or target.unit != "%"


def _words(text: str) -> str:
    return _DIGITS.sub("", re.sub(r"[^\w%％.]", "", text))


def carry_over(c: Commitment, next_plan: Sequence[Outcome]) -> tuple[Outcome, float] | None:
    """The clause of report N+1's plan that promises the same specific deliverable again, if any.

    Same deliverable: at least CARRY_MIN_CHARS consecutive characters of the commitment's words again,
    and no fresh quota (a different number in the same unit; an identical count is a new annual batch,
    an identical end-state percentage is the same goal).
    """
    if c.quantity is None:
        return None
    words = _words(c.text)
    best: tuple[Outcome, float] | None = None
    for o in next_plan:
        if any(_fresh_quota(c.quantity, q) for q in parse_quantities(o.text)):
            continue
        other = _words(o.text)
        m = SequenceMatcher(None, words, other, autojunk=False).find_longest_match(0, len(words), 0, len(other))
        if m.size >= CARRY_MIN_CHARS:
            score = 100.0 * m.size / max(1, len(words))
            if best is None or score > best[1]:
                best = (o, score)
    return best
