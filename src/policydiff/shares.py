"""Part of the align stage: two derivations of an amount from a whole, for :mod:`policydiff.derive`.

- **plan-share**: 城镇新增就业41万人 <- 城镇新增就业…完成年计划的118.2% (report N+1's review): the outcome stated as a
  share of the year's plan is that share of the target.
- **period-total**: 建成20个一刻钟便民生活圈 <- 建设…232个 (report N+1's five-year review) - 达到190个 (report N's
  review, the stock a year before): at least 42 added in year N, a floor that can show a target met, never missed.
"""

from __future__ import annotations

from collections.abc import Sequence

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.align import SCORE_CUTOFF, contrasted, match_key, score_keys
from policydiff.model import Comparator, Derivation, Outcome, Sense, Statement
from policydiff.series import figure_text, is_stock, one_dimension, series_pairs

__all__ = ["period_total", "plan_share", "plan_subject"]


def plan_subject(o: Statement) -> str:
    """What a review's percentage of the year's plan is of (城镇新增就业完成年计划 -> 城镇新增就业), or ""."""
    q = o.quantity
    if q is None or q.unit != "%":
        return ""
    word = next((w for w in lxn.PLAN_SHARE_WORDS if o.indicator.endswith(w)), "")
    return o.indicator[: -len(word)] if word and len(o.indicator) > len(word) + 1 else ""


def plan_share(c: Statement, shares: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """城镇新增就业41万人 <- 城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%: a target stated as an
    amount (not a rate or a share) is met or missed by the share of the year's plan the review says was done."""
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or c.sense is not Sense.FLOOR:
        return None
    best: tuple[float, Outcome] | None = None
    for o in shares:
        subject = plan_subject(o)
        score = float(score_keys([match_key(c.indicator)], [match_key(subject)])[0, 0])
        if score >= SCORE_CUTOFF and not contrasted(c.indicator, subject) and (best is None or score > best[0]):
            best = (score, o)
    if best is None:
        return None
    o = best[1]
    share = o.quantity
    assert share is not None
    value = q.value * share.value / 100
    derivation = Derivation(
        value=value,
        unit=q.unit,
        comparator=share.comparator,
        formula=f"{share.text} of the year's plan x {q.text} = {figure_text(q, value)}",
        rule="plan-share: the review gives the outcome as a share of the year's plan",
        parts=(o,),
    )
    return o, derivation


def period_total(
    c: Statement, totals: Sequence[Outcome], levels: Sequence[Outcome]
) -> tuple[Outcome, Derivation] | None:
    """建成20个一刻钟便民生活圈 <- 建设城市一刻钟便民生活圈232个 (five years) - 城市一刻钟便民生活圈达到190个 (a year
    before): what was built in the period stands at the period's end, so year N added at least the difference. Only
    an amount to add is decided (not a rate, a share or a stock to reach)."""
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or is_stock(c):
        return None
    for o, oq, b, bq in series_pairs(c, totals, levels):
        if not (is_stock(b) or b.text.startswith(lxn.ALREADY_WORDS)):
            continue  # 建成32个: last year's addition, not the stock the period's total can be set against
        if not one_dimension(oq, bq) or bq.comparator is Comparator.GE or oq.value <= bq.value:
            continue
        value = oq.value - bq.value
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=Comparator.GE,
            formula=f"{oq.text} (built in the years of this report's review) - {bq.text} (last year's report)"
            f" = {figure_text(oq, value)} or more",
            rule="period-total: what the period built, less last year's stock, is a floor on the year's",
            parts=(o, b),
            baseline=b,
        )
        return o, derivation
    return None
