"""Part of the judge stage: what a verdict rests on (its basis), and the actual figure as the evidence words it.

A fact-checker weighs a verdict by what it stands on: a stated figure compared with the target is a check; the
government's blanket claim that a named list was delivered (十件民生实事全面完成) is the government's word, not
a check, even when the claim restates the list's count. :func:`basis_of` names it, one of :class:`Basis`;
:func:`actual_words` gives the outcome's figure as the review writes it (1206万人, 近1400万, 下降3.3%), with its
span, so that every format can show the words beside the canonical value.
"""

from __future__ import annotations

import enum
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff.groups import list_claims
from policydiff.judge import signed_actual
from policydiff.model import Alignment, Span, Statement, Status, Verdict
from policydiff.quantities import normalize, written


class Basis(enum.Enum):
    """What a verdict rests on; values are the strings of the ``basis`` column."""

    #: A figure the review states, compared with the target.
    FIGURE = "figure"
    #: Arithmetic on stated figures (a sum, a change from last year's level, a growth from two levels).
    DERIVED = "derived"
    #: The government's blanket claim about a named list, the budget or the main targets: its word, not a check.
    CLAIM = "claim"
    #: The deliverable is said to be done, with no figure (建成, 如期完成), or a named project's stage is
    #: compared with the stage promised (完成项目核准 against 开工建设).
    QUALITATIVE = "qualitative"
    #: No outcome; next year's plan promises the same deliverable again.
    NEXT_PLAN = "next_plan"
    #: No evidence either way.
    NONE = "none"
    #: A reviewer's correction replaced the machine's verdict.
    REVIEWER = "reviewer"


#: Alignment sources that are claims by construction (listclaims.group_claim, listclaims.budget_claim,
#: listclaims.members_task_claim, claims.claim_main_targets).
CLAIM_SOURCES: Final = frozenset({"group_claim", "budget_claim", "members_claim", "main_claim"})
#: How far before a figure a word that bounds it (超过, 近) or says it fell (下降) may start, in characters.
_LOOK_BACK: Final = 4
_BOUND_WORDS: Final = sorted((w for w, c in lx.PREFIX_COMPARATORS.items() if c != "="), key=len, reverse=True)
_DECLINE_WORDS: Final = sorted(lx.DECLINE_WORDS, key=len, reverse=True)


def is_list_claim(st: Statement) -> bool:
    """True when the statement's clause is (part of) a blanket claim that a named list was delivered.

    >>> import attrs
    >>> from policydiff.model import Comparator, Outcome, SectionKind, Sense
    >>> s = "用心用情用力，为民排忧解难。省政府承诺的15件民生实事全部兑现。"
    >>> o = Outcome(id="o", section="", section_kind=SectionKind.REVIEW, text="省政府承诺的15件民生实事全部兑现",
    ...             span=Span(14, 31), indicator="", action="", quantity=None, comparator=Comparator.EQ,
    ...             sense=Sense.FLOOR, sentence=s)
    >>> is_list_claim(o), is_list_claim(attrs.evolve(o, text="用心用情用力", span=Span(0, 6)))
    (True, False)
    """
    sentence = st.sentence or st.text
    at = normalize(sentence).find(normalize(st.text))
    if at < 0:
        return False
    end = at + len(st.text)
    return any(c.span.start < end and at < c.span.end for c in list_claims(sentence))


def basis_of(verdict: Verdict, alignment: Alignment | None = None) -> Basis:
    """What ``verdict`` rests on (see :class:`Basis`); a verdict whose evidence is a blanket claim is a claim
    even when the number in the claim was compared with the target."""
    if verdict.correction is not None:
        return Basis.REVIEWER
    if verdict.status is Status.NOT_MENTIONED:
        return Basis.NONE
    if verdict.status is Status.CARRIED_OVER:
        return Basis.NEXT_PLAN
    e = verdict.evidence
    source = alignment.source if alignment is not None else None
    if source in CLAIM_SOURCES or (e is not None and is_list_claim(e)):
        return Basis.CLAIM
    if alignment is not None and alignment.derived is not None:
        return Basis.DERIVED
    if e is not None and e.quantity is not None:
        return Basis.FIGURE
    return Basis.QUALITATIVE


def actual_words(verdict: Verdict, alignment: Alignment | None = None) -> tuple[str, Span | None] | None:
    """The actual figure of a met or missed verdict as the evidence words it, with its span in the review's
    text: the figure with a word that bounds it (近1400万, 超过40%) or says it fell (下降3.3%); for a derived
    figure the interval it stands for as a reader writes it (≥ 3.4万亿元), with no span. None without a figure.
    """
    if verdict.status not in (Status.MET, Status.MISSED):
        return None
    if alignment is not None and alignment.derived is not None and verdict.evidence is not None:
        d = alignment.derived
        return derived_text(d.low, d.high, d.unit), None
    e = verdict.evidence
    if e is None or e.quantity is None:
        return None
    q = e.quantity
    at, end = q.span.start - e.span.start, q.span.end - e.span.start
    if not (0 <= at <= end <= len(e.text)) or e.text[at:end] != q.text:
        return q.text, None  # the figure lies outside the clause quoted: its own words, no span
    at = _widen(e.text, at, _BOUND_WORDS)
    if alignment is not None and (signed_actual(alignment) or 0.0) < 0:
        at = _widen(e.text, at, _DECLINE_WORDS)
    return e.text[at:end], Span(e.span.start + at, e.span.start + end)


#: Significant digits of a derived figure as shown: its parts are rounded figures, more digits mislead.
DERIVED_DIGITS: Final = 3


def derived_text(low: float, high: float, unit: str) -> str:
    """The interval a derived figure stands for, as a reader writes it, to :data:`DERIVED_DIGITS` digits.

    >>> derived_text(1.2e4, 1.2e4, "户"), derived_text(3.4e12, float("inf"), "元")
    ('1.2万户', '≥ 3.4万亿元')
    >>> derived_text(-1.225430, 4.744512, "%")
    '-1.23% to 4.74%'
    """

    def short(value: float) -> str:
        return written(float(f"{value:.{DERIVED_DIGITS}g}"), unit)

    if low == high:
        return short(low)
    if high == float("inf"):
        return f"≥ {short(low)}"
    if low == float("-inf"):
        return f"≤ {short(high)}"
    return f"{short(low)} to {short(high)}"


def _widen(text: str, at: int, words: list[str]) -> int:
    """``at`` moved back over one of ``words`` ending right before it (longest first), else ``at``."""
    head = text[max(0, at - _LOOK_BACK) : at]
    word = next((w for w in words if head.endswith(w)), "")
    return at - len(word)
