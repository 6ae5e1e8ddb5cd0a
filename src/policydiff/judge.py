"""The judge stage: Alignments -> Verdicts (met / missed / carried_over / not_mentioned).

One rule table keyed by sense and comparator decides met versus missed; ``~`` (左右, 约) allows
APPROX_TOLERANCE on the side that matters. Each verdict names its rule and margin and gives a reason
a fact-checker can verify in the two source texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff.align import SCORE_CUTOFF
from policydiff.compared import comparisons, decides
from policydiff.model import (
    Alignment,
    Commitment,
    Comparator,
    Derivation,
    Outcome,
    Quantity,
    Sense,
    Status,
    Verdict,
)
from policydiff.quantities import conversion, written
from policydiff.stages import stage_evidence

#: PROTOCOL.md: for "~" a floor is met at 95% of the target, a ceiling up to 105%.
APPROX_TOLERANCE: Final = 0.05
_DECLINE: Final = lx.DECLINE_WORDS
_SYMBOL: Final = {True: "≥", False: "<"}

Rule = Callable[[float, float], bool]


def _at_least(actual: float, target: float) -> bool:
    return actual >= target


def _at_most(actual: float, target: float) -> bool:
    return actual <= target


def _about_floor(actual: float, target: float) -> bool:
    return actual >= target - abs(target) * APPROX_TOLERANCE


def _about_ceiling(actual: float, target: float) -> bool:
    return actual <= target + abs(target) * APPROX_TOLERANCE


def _within(actual: float, target: float) -> bool:
    return abs(actual - target) <= abs(target) * APPROX_TOLERANCE


_FLOOR: Final = ("floor: actual >= target", _at_least)
_CEILING: Final = ("ceiling: actual <= target", _at_most)
#: (sense, comparator) -> (rule name, test(actual, target)). The sense decides the direction.
RULES: Final[dict[tuple[Sense, Comparator], tuple[str, Rule]]] = {
    (Sense.FLOOR, Comparator.GE): _FLOOR,
    (Sense.FLOOR, Comparator.EQ): _FLOOR,
    (Sense.FLOOR, Comparator.LE): _FLOOR,
    (Sense.FLOOR, Comparator.APPROX): ("floor ~: actual >= 0.95 x target", _about_floor),
    (Sense.CEILING, Comparator.LE): _CEILING,
    (Sense.CEILING, Comparator.EQ): _CEILING,
    (Sense.CEILING, Comparator.GE): _CEILING,
    (Sense.CEILING, Comparator.APPROX): ("ceiling ~: actual <= 1.05 x target", _about_ceiling),
    (Sense.BAND, Comparator.APPROX): ("band ~: within 5% of target", _within),
    (Sense.BAND, Comparator.EQ): ("band: within 5% of target", _within),
    (Sense.BAND, Comparator.GE): _FLOOR,
    (Sense.BAND, Comparator.LE): _CEILING,
}
_COMPARATOR_WORD: Final = {c: lx.COMPARATOR_WRITTEN[c.value] for c in Comparator}


def _declines(alignment: Alignment) -> bool:
    """The outcome reports a decline (下降3.3%) against a target that does not: its figures count negative."""
    o, c = alignment.outcome, alignment.commitment
    if o is None or not o.is_rate:
        return False
    return any(w in o.action for w in _DECLINE) and not any(w in c.action for w in _DECLINE)


def unit_factor(alignment: Alignment) -> float:
    """The factor that writes the outcome's figure in the target's unit: 2000.0 for 1300万吨 against 252亿斤
    (the rule other-size), 1.0 for the same unit or any other wording of one count."""
    q = alignment.commitment.quantity
    o = alignment.outcome
    if alignment.derived is not None or q is None or o is None or o.quantity is None:
        return 1.0
    return conversion(o.quantity.dimension, q.dimension) or 1.0


def signed_actual(alignment: Alignment) -> float | None:
    """The outcome's value in the target's unit, negative when it reports a decline against a growth target
    (下降3.3%)."""
    o = alignment.outcome
    if alignment.derived is not None:
        return alignment.derived.value
    if o is None or o.quantity is None:
        return None
    value = o.quantity.value * unit_factor(alignment)
    return -value if _declines(alignment) else value


def signed_interval(alignment: Alignment) -> tuple[float, float] | None:
    """The interval the actual figure stands for (:attr:`Quantity.low` to ``high``), signed like the value:
    下降超过3% against a growth target is [-inf, -3]."""
    o, d = alignment.outcome, alignment.derived
    if d is not None:
        return d.low, d.high
    if o is None or o.quantity is None:
        return None
    factor = unit_factor(alignment)
    low, high = o.quantity.low * factor, o.quantity.high * factor
    return (-high, -low) if _declines(alignment) else (low, high)


def decide(low: float, high: float, target: float, test: Rule) -> bool | None:
    """The verdict on an actual known only to lie in ``[low, high]``: True when every value there passes the
    rule, False when none does, None when the interval reaches both sides (the bound cannot decide).

    Each rule passes a convex set of values that holds the target, so the two ends decide: both pass, all pass;
    both fail on the same side of the target, none does. An exact figure is the interval ``[v, v]``.

    >>> decide(1.5e7, float("inf"), 1.2e7, _at_least), decide(2e5, 3e5, 3.5e5, _at_least)
    (True, False)
    >>> decide(1.1e4, float("inf"), 1.2e4, _at_least) is None  # 稳定在1.1万亩以上 against 1.2万亩
    True
    """
    ok_low, ok_high = test(low, target), test(high, target)
    if ok_low and ok_high:
        return True
    if not ok_low and not ok_high and not low <= target <= high:
        return False
    return None


def target_rule(commitment: Commitment) -> tuple[str, Rule, float]:
    """The rule name, test and target point of a commitment with a figure.

    A range target (6.5%－7%) is a band with two ends: a floor is met within or above it (at the low end), a
    ceiling within or below it (at the high end), a band only within it.
    """
    q = commitment.quantity
    assert q is not None
    name, test = RULES[(commitment.sense, commitment.comparator)]
    if q.upper is None:
        return name, test, q.value
    low, high = q.value, q.upper
    if commitment.sense is Sense.CEILING:
        return f"ceiling range: within or below is met; {name}, at the high end", test, high
    if commitment.sense is Sense.BAND:
        return "band range: within is met", lambda a, _: low <= a <= high, low
    return f"floor range: within or above is met; {name}, at the low end", test, low


def bound_text(low: float, high: float, unit: str) -> str:
    """An interval as a reader writes it: ≥ 1500万人, ≤ 4.4%, 20万-30万公里; one number when exact.

    >>> bound_text(1.5e7, float("inf"), "人"), bound_text(2e5, 3e5, "公里"), bound_text(5.5, 5.5, "%")
    ('≥ 1500万人', '20万-30万公里', '5.5%')
    """
    if low == high:
        return written(low, unit)
    if high == float("inf"):
        return f"≥ {written(low, unit)}"
    if low == float("-inf"):
        return f"≤ {written(high, unit)}"
    return f"{written(low, '')}-{written(high, unit)}"


#: Words before a figure that bound it (超过, 近, 不到), longest first; 达到 and 在 bind nothing.
_BOUND_WORDS: Final = sorted((w for w, c in lx.PREFIX_COMPARATORS.items() if c != "="), key=len, reverse=True)


def _as_written(o: Outcome) -> str:
    """The outcome's figure with the word before it that bounds it, as the review writes it: 近1.9万个, 超过40%."""
    assert o.quantity is not None
    at = o.quantity.span.start - o.span.start
    head = o.text[max(0, at - 4) : at] if 0 <= at <= len(o.text) else ""
    return next((w for w in _BOUND_WORDS if head.endswith(w)), "") + o.quantity.text


def _range_position(low: float, high: float, target: Quantity) -> str:
    """Where the actual interval lies against a range target: within, above, below, or partly."""
    lo, hi = target.value, target.upper if target.upper is not None else target.value
    if high < lo:
        return "below"
    if low > hi:
        return "above"
    if lo <= low and high <= hi:
        return "within"
    if lo <= low:
        return "within or above"
    return "within or below" if high <= hi else "across"


#: Confidence of a figure-backed verdict at the score cutoff and at a perfect match. Measured on the
#: gold audits (docs/accuracy.md): every met/missed verdict with an aligned figure was right (31 of 31),
#: so the range is high; it falls towards the cutoff, where a wrong pairing is likeliest.
FIGURE_CONFIDENCE: Final = (0.75, 0.99)
#: not_mentioned was right 92 times in 107; wrong mostly when a near-miss candidate existed.
#: (best candidate score below, confidence) bands, first match wins.
ABSENCE_CONFIDENCE: Final = ((40.0, 0.9), (60.0, 0.75), (101.0, 0.6))
#: A carry-over rests on repeated words, not a figure.
CARRY_CONFIDENCE: Final = 0.7
#: A derived figure rests on arithmetic over two statements, one of which may be last year's report.
DERIVED_CONFIDENCE: Final = 0.7
#: A figure that was found but cannot decide (a bound on the wrong side, a range across the target): the
#: not_mentioned it gives is less sure than one with no figure at all.
UNDECIDED_CONFIDENCE: Final = 0.5


def calibrated(alignment: Alignment) -> float:
    """The verdict's confidence from its alignment score, in bands measured on the gold audits."""
    if alignment.outcome is None:
        return next(conf for below, conf in ABSENCE_CONFIDENCE if alignment.score < below)
    if alignment.source == "next_plan":
        return CARRY_CONFIDENCE
    if alignment.derived is not None:
        return DERIVED_CONFIDENCE
    low, high = FIGURE_CONFIDENCE
    share = min(1.0, max(0.0, (alignment.score - SCORE_CUTOFF) / (100.0 - SCORE_CUTOFF)))
    return round(low + (high - low) * share, 2)


#: Verdicts that rest on no figure, by where the evidence came from: (status, reason, rule).
_NO_FIGURE: Final[dict[str | None, tuple[Status, str, str]]] = {
    None: (Status.NOT_MENTIONED, "no outcome for this in the review and not promised again", "no evidence"),
    "next_plan": (
        Status.CARRIED_OVER,
        "no outcome in the review; next year's plan promises the same deliverable again",
        "carry-over: same deliverable in next plan",
    ),
    "group_claim": (
        Status.MET,
        "the government's blanket claim that its {group} were completed (“{claim}”), not a figure",
        "blanket claim about a named list",
    ),
    "budget_claim": (
        Status.MET,
        "the government's claim that the budget was executed as passed, not a figure",
        "blanket claim: budget executed",
    ),
    "members_claim": (
        Status.MET,
        "the government's claim that a group's task was done, naming members this list names (“{claim}”), not a figure",
        "blanket claim about a group by its members",
    ),
    "main_claim": (
        Status.MET,
        "the government's blanket claim that the year's main targets were achieved (“{claim}”), not a figure",
        "blanket claim: main targets achieved",
    ),
}


def judge_one(alignment: Alignment) -> Verdict:
    """The verdict for one alignment."""
    c, o = alignment.commitment, alignment.outcome
    confidence = calibrated(alignment)
    source = None if o is None else alignment.source
    if source in _NO_FIGURE:
        status, reason, rule = _NO_FIGURE[source]
        return Verdict(
            commitment=c,
            status=status,
            evidence=o,
            reason=reason.format(group=c.group, claim=o.text if o is not None else ""),
            confidence=confidence,
            rule=rule,
        )
    if source == "stage" and o is not None:
        return _staged(alignment, confidence)
    if source == "compared" and o is not None:
        return _compared(alignment, confidence)
    if alignment.derived is not None and c.quantity is not None:
        return _derived(alignment, alignment.derived, c.quantity, confidence)
    actual = signed_actual(alignment)
    interval = signed_interval(alignment)
    if actual is None or interval is None or c.quantity is None:
        return _qualitative(alignment, confidence)
    assert o is not None and o.quantity is not None  # signed_actual found a figure
    low, high = interval
    name, test, target = target_rule(c)
    ok = decide(low, high, target, test)
    actual_text = _as_written(o) if actual >= 0 else f"-{o.quantity.text}"
    unit = o.quantity.unit
    if unit_factor(alignment) != 1.0:  # 1300万吨 = 260亿斤: the figure in the target's unit
        unit = c.quantity.unit
        if low == high:
            actual_text += f" (= {written(abs(actual), unit)})"
    if o.quantity.text in lxn.IMPLIED_SHARES:
        actual_text += f" (read as at least {o.quantity.value:g}{o.quantity.unit}, the official meaning)"
    elif low != high:
        passed = _as_written(o).startswith(lx.JUST_PAST_WORDS) and high != float("inf")
        actual_text += f" (read as {bound_text(low, high, unit)}{': just past, to its last digit' if passed else ''})"
    if ok is None:
        # 稳定在1.1万亩以上 against 1.2万亩: the bound lies on both sides of the target
        return _undecided(
            c, f"review: {actual_text} cannot decide target {c.quantity.text}: the bound reaches both sides ({name})"
        )
    if c.quantity.upper is not None:
        reason = f"review: {actual_text} {_range_position(low, high, c.quantity)} range {c.quantity.text} ({name})"
    else:
        sign = ("≤" if ok else ">") if c.sense is Sense.CEILING else _SYMBOL[ok]
        reason = f"review: {actual_text} {sign} target {c.quantity.text} ({name})"
    return Verdict(
        commitment=c,
        status=Status.MET if ok else Status.MISSED,
        evidence=o,
        reason=reason,
        confidence=confidence,
        rule=name,
        margin=round(actual - target, 6),
    )


def _undecided(c: Commitment, reason: str) -> Verdict:
    """not_mentioned with no evidence: what the review says of the commitment decides nothing."""
    return Verdict(
        commitment=c,
        status=Status.NOT_MENTIONED,
        evidence=None,
        reason=reason,
        confidence=UNDECIDED_CONFIDENCE,
        rule="no evidence",
    )


def _derived(alignment: Alignment, d: Derivation, target: Quantity, confidence: float) -> Verdict:
    """A verdict on a computed figure, given only where its whole range (a bound, or the rounding of the
    figures it came from) agrees: 超过3.4万亿 shows a floor of 2.5万亿 met but could never show it missed."""
    c = alignment.commitment
    name, test, point = target_rule(c)
    ok = decide(d.low, d.high, point, test)
    if ok is None:
        return _undecided(c, f"derived {d.formula} does not decide target {target.text}")
    sign = ("≤" if ok else ">") if c.sense is Sense.CEILING else _SYMBOL[ok]
    return Verdict(
        commitment=c,
        status=Status.MET if ok else Status.MISSED,
        evidence=alignment.outcome,
        reason=f"derived: {d.formula} {sign} target {target.text} ({d.rule}; {name})",
        confidence=confidence,
        rule=f"{d.rule}; {name}",
        margin=round(d.value - point, 6),
    )


#: A stage rests on a project's name and a stage word, not a figure.
STAGE_CONFIDENCE: Final = 0.7


def _staged(alignment: Alignment, confidence: float) -> Verdict:
    """A named project decided by the stage the review says it reached against the stage promised."""
    c, o = alignment.commitment, alignment.outcome
    assert o is not None
    found = stage_evidence(c, (o,))
    if found is None:  # cannot happen for an alignment the align stage made; say nothing rather than guess
        return _undecided(c, "review names the project but its stage does not decide the promise")
    _, ok, promised, reached = found
    sign = "reaches" if ok else "falls short of"
    goal = f"{promised.word} ({promised.name})" if promised.word else "project, no stage named: finished is done"
    return Verdict(
        commitment=c,
        status=Status.MET if ok else Status.MISSED,
        evidence=o,
        reason=f"review: the project stated as {reached.word} ({reached.name}), which {sign} the promised {goal}",
        confidence=min(confidence, STAGE_CONFIDENCE),
        rule="project stage: review's stage against the promised one",
    )


def _compared(alignment: Alignment, confidence: float) -> Verdict:
    """A review clause that puts the measure above or below the year's target, without a figure."""
    c, o = alignment.commitment, alignment.outcome
    assert o is not None
    found = comparisons((o,))
    if not found:
        return _undecided(c, "review compares it with the target in words the judge cannot read")
    comparison = found[0]
    ok = decides(c.sense, comparison.direction)
    side = "below is met for a cap" if c.sense is Sense.CEILING else "above is met for a floor"
    if comparison.direction == "better":
        side = "better than the target is met"
    return Verdict(
        commitment=c,
        status=Status.MET if ok else Status.MISSED,
        evidence=o,
        reason=f"review, without a figure: {o.text} ({comparison.word} the year's target: {side})",
        confidence=min(confidence, 0.7),
        rule="compared with the target: review says above or below it",
    )


def _qualitative(alignment: Alignment, confidence: float) -> Verdict:
    c, o = alignment.commitment, alignment.outcome
    assert o is not None
    if o.completed and c.quantity is None:
        word = next((w for w in lxn.MILESTONE_VERBS.get(c.action, ()) if w in o.text), "done")
        return Verdict(
            commitment=c,
            status=Status.MET,
            evidence=o,
            reason=f"review: {c.indicator} stated as {word} (milestone {c.action}, no figure)",
            confidence=min(confidence, 0.8),
            rule="milestone: review says it happened",
        )
    if o.completed:
        return Verdict(
            commitment=c,
            status=Status.MET,
            evidence=o,
            reason="review states it was done (completion claim, not a figure)",
            confidence=min(confidence, 0.7),
            rule="qualitative: stated as completed",
        )
    return _undecided(c, "review mentions it but gives no figure or completion")


def judge(alignments: Sequence[Alignment]) -> tuple[Verdict, ...]:
    """One verdict per alignment, in the same order."""
    return tuple(judge_one(a) for a in alignments)
