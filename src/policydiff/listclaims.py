"""Part of the align stage: the review's claims about a group of commitments rather than about one figure.

A named yearly list declared delivered (15件民生实事全部兑现: :func:`group_claim`), a counted group's task done,
named by members the commitment's list names (钢铁、水泥等15个重点行业…如期完成: :func:`members_task_claim`), the
budget executed as passed (:func:`budget_claim`), and whether a completion claim is hedged (:func:`hedged`). The
align stage asks them only when no figure decided a commitment; each is the government's word, not a check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff.groups import claims_members, list_claims, members_claim, read_name, same_list
from policydiff.model import Commitment, Outcome, Span
from policydiff.quantities import normalize

__all__ = ["budget_claim", "group_claim", "hedged", "members_task_claim"]


def hedged(text: str) -> bool:
    """Whether every completion word of a claim is hedged (道路、污水、供电等基础设施配套工程基本完成): mostly done
    is no claim that the deliverable was done.

    >>> hedged("基础设施配套工程基本完成"), hedged("节能减排任务全面完成")
    (True, False)
    """
    found = [m for w in lx.COMPLETION_WORDS for m in re.finditer(re.escape(w), text)]
    return bool(found) and all(
        text[: m.start()].endswith(lxn.CLAIM_HEDGES) or m[0].startswith(lxn.CLAIM_HEDGES) for m in found
    )


def group_claim(c: Commitment, outcomes: Sequence[Outcome]) -> Outcome | None:
    """The review's blanket claim that the named list the commitment was promised in was delivered.

    "省政府承诺的15件民生实事全部兑现" decides each commitment the plan listed under 今年再办好15件民生实事, as
    the government's claim (see :mod:`policydiff.groups`): the claim names a list of the same kind, with the
    same count and level where both give one, in a clause that covers the one year (每年高质量办成10件为民实事
    does; 五年累计办成 does not).
    It is asked only when no figure decided the commitment. The evidence is the claim's own clause.
    """
    plan = read_name(c.group) if c.group else None
    if plan is None:
        return None
    for o in outcomes:
        for claim in list_claims(o.sentence):
            theirs = read_name(claim.name)
            if theirs is None or not same_list(plan, theirs):
                continue
            quote = claim.span.slice(normalize(o.sentence))
            if quote in normalize(o.text) or normalize(o.text) in quote:
                return o
            at = o.span.start - o.sentence.find(o.text) + claim.span.start
            return attrs.evolve(
                o, text=o.sentence[claim.span.start : claim.span.end], span=Span(at, at + len(quote)), quantity=None
            )
    return None


def members_task_claim(c: Commitment, outcomes: Sequence[Outcome]) -> Outcome | None:
    """The review's claim that the task of a counted group was done, the group named by members the commitment's
    list names (钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成 for 淘汰钢铁…、水泥…、平板玻璃…等落后产能,
    see :func:`policydiff.groups.claims_members`). The claim's count is the group's size, not an outcome."""
    if c.quantity is None:
        return None
    for o in outcomes:
        claim = members_claim(o.text)
        if claim is not None and claims_members(c.text, c.action, claim):
            return attrs.evolve(o, quantity=None)
    return None


def budget_claim(c: Commitment, outcomes: Sequence[Outcome]) -> Outcome | None:
    """The review's claim that the budget was executed as passed, for a budget arrangement of the plan.

    "中央财政收支符合预算" decides "今年安排中央本级支出增长3.9%": the arrangement (安排) is the budget's,
    and the fiscal level (中央) agrees. It is the government's claim, not a figure.
    """
    if lxn.BUDGET_ARRANGEMENT not in c.text or not any(w in c.indicator for w in lxn.BUDGET_WORDS):
        return None
    levels = {w for w in lxn.FISCAL_LEVELS if w in c.text}
    for o in outcomes:
        if o.completed and any(w in o.text for w in lxn.BUDGET_CLAIM_WORDS):
            theirs = {w for w in lxn.FISCAL_LEVELS if w in o.text}
            if not theirs or levels & theirs:
                return o
    return None
