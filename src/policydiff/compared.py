"""Part of the align stage: a review that compares a measure with the year's target without a figure.

Report N+1 sometimes gives no figure for a target but says where the measure ended against it:
城镇调查失业率明显低于年初预期目标 (Shanghai 2022 on 2021), 城乡居民人均可支配收入增速和CPI涨幅也未达年初预期
(Jiangxi 2026 on 2025). The comparison decides the target by its sense: below a cap is met and below a floor
missed, above a floor met and above a cap missed; "better than" (好于, 优于) is met either way. Only a clause whose
comparison names the year's target (年初预期, 预期目标, 年度目标) counts: 低于全国平均 compares with another place.
Each measure listed before the comparison (A和B也未达年初预期) is compared, named closely enough to the target's
indicator for a figure's evidence, and never one of a contrasting group (城乡 for 城镇).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.guards import contrasted
from policydiff.keys import match_key, pair_score
from policydiff.model import Commitment, Outcome, Sense, Span

__all__ = ["Comparison", "compared_claim", "comparisons", "decides"]

Direction = Literal["above", "below", "better"]

_CLAUSE: Final = re.compile(f"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}]")
_PATTERN: Final = re.compile(
    rf"(?P<subject>[^{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}]+?)"
    rf"(?:{lx.alternation(lxn.COMPARED_ADVERBS)})*"
    rf"(?P<word>{lx.alternation(tuple(lxn.COMPARED_WORDS))})"
    rf"(?P<target>{lx.alternation(lxn.COMPARED_TARGETS)})"
)
_JOINERS: Final = re.compile(f"[{lxt.ENUMERATION_MARK}]|{lx.alternation(lxn.COMPARED_JOINERS)}")


@attrs.frozen
class Comparison:
    """A review clause comparing measures with the year's target: the clause, the measures, the direction."""

    outcome: Outcome
    measures: tuple[str, ...]
    direction: Direction
    word: str


def comparisons(review_clauses: Sequence[Outcome]) -> tuple[Comparison, ...]:
    """Every comparison with the year's target in the review's sentences, each cut to its own clause."""
    found: list[Comparison] = []
    for o in review_clauses:
        if not any(t in o.text for t in lxn.COMPARED_TARGETS):
            continue
        at = 0
        for clause in _CLAUSE.split(o.text):
            start = o.text.find(clause, at)
            at = start + len(clause)
            m = _PATTERN.search(clause)
            if m is None:
                continue
            measures = tuple(p for p in _JOINERS.split(m["subject"]) if len(match_key(p)) >= 2)
            if not measures:
                continue
            span = Span(o.span.start + start, o.span.start + start + len(clause))
            evidence = attrs.evolve(o, text=clause, span=span)
            found.append(Comparison(evidence, measures, lxn.COMPARED_WORDS[m["word"]], m["word"]))
    return tuple(found)


def compared_claim(c: Commitment, found: Sequence[Comparison], cutoff: float) -> tuple[Comparison, str] | None:
    """The comparison naming the commitment's measure (at least ``cutoff`` alike, not a contrasting group) and
    the measure it names, or None. Only a target with a figure and a sense a comparison can decide."""
    if c.quantity is None or c.sense is Sense.BAND or not found:
        return None
    key = match_key(c.indicator)
    for comparison in found:
        for measure in comparison.measures:
            if pair_score(key, match_key(measure)) >= cutoff and not contrasted(c.indicator, measure):
                return comparison, measure
    return None


def decides(sense: Sense, direction: Direction) -> bool:
    """Whether a measure above, below or better than its target meets it: a cap is met below, a floor above."""
    if direction == "better":
        return True
    return (direction == "below") is (sense is Sense.CEILING)
