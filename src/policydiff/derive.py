"""Part of the align stage: an actual figure computed from several stated ones.

When no single statement of report N+1 reports on a commitment, a fact-checker does the arithmetic the
labels in ``PROTOCOL.md`` do. Each derivation keeps its parts and shows its formula; the judge compares
the result with the target like any figure. Tried in this order, for commitments with no review outcome:

- **goal**: 再推动1万户…，实现五万户的集中居住目标 (one plan sentence) <- 完成5.2万户: the increment is met
  exactly when the goal it completes is (5.2万户 - (5万户 - 1万户) = 1.2万户).
- **sum**: 退税减税约2.5万亿元 <- 留抵退税超过2.4万亿元 + 减税降费超过1万亿元 (one review sentence, each
  part naming one half of the commitment's words).
- **change**: 新增2—3家地方国企进入500强 <- 7家 (report N+1) - 6家 (report N's review of year N-1).
- **growth**: 生产总值增长5.5%左右 <- 4.45万亿元 (report N+1) / 4.32万亿元 (report N) - 1: nominal growth. A level
  report N+1's five-year review reached (外贸进出口总值首次突破700亿元) is year N's: at least 700 / 615.4 - 1.
- **grew**: 粮食产量511万吨以上 <- 粮食总产增长 (report N+1, no figure, or an addition: 新增…536万亩) on 514.4万吨
  (report N): more than the baseline, which is itself above the target.
- **current-level**: 城乡居民基本医保财政补助标准提高到人均320元 <- 财政补助标准由每人每年320元提高到380元 (report
  N+1's plan): the level next year's plan raises from is the level at the end of year N, for a level target only.
- **plan-share**: 城镇新增就业41万人 <- 城镇新增就业…完成年计划的118.2% (report N+1's review): the outcome stated as
  a share of the year's plan is that share of the target.
- **period-total**: 建成20个一刻钟便民生活圈 <- 建设…232个 (report N+1's five-year review: built in the five years,
  so the stock at the end of year N is at least that) - 达到190个 (report N's review, the stock a year before): at
  least 42 added in year N. A lower bound: it can show a target met, never missed.
- **last-year**: 今年拟安排财政赤字13500亿元 <- 今年拟安排财政赤字1.62万亿元，比去年增加2700亿元 (one sentence of
  report N+1's plan): the figure less its increase over last year is last year's.
- **running-total**: 实现7000处信号灯联网 <- 累计达8000处 - 新增1000处 (one sentence of report N+1's plan): the
  stock at the end of year N, for a stock target only.
- **level-change** (after the others, as it reads their results): 比去年预算增加4000亿元 beside 今年拟安排财政赤字
  1.2万亿元 (one plan sentence) <- the level's outcome (found or derived) less 8000亿元, last year's level as the
  plan states it (1.2万亿元 - 4000亿元).

Report N's figures are the baseline only when they describe year N-1 (its review part).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff import lexicon_zh_years as lxy
from policydiff.align import SCORE_CUTOFF, compatible, contrasted, match_key
from policydiff.keys import bigrams
from policydiff.model import Alignment, Comparator, Derivation, Outcome, Sense, Span, Statement
from policydiff.nextplan import LAST_YEAR_CHANGE
from policydiff.series import (
    BOUND_WORDS,
    SERIES_CUTOFF,
    Levels,
    apart,
    combined_bound,
    exact_first,
    figure_text,
    flow,
    growth_range,
    in_series,
    is_stock,
    key_of,
    one_dimension,
    same_series,
    series_baselines,
    series_pairs,
)
from policydiff.shares import period_total, plan_share, plan_subject

#: Shortest half of a commitment's key that a part of a sum must name (退税 | 减税).
PART_MIN: Final = 2
#: Longest commitment key split into the two halves of a sum: longer keys are phrases, not pairs.
SUM_KEY_MAX: Final = 6


def derive(
    alignments: Sequence[Alignment],
    outcomes: Sequence[Outcome],
    baselines: Sequence[Outcome] | Callable[[], Sequence[Outcome]] = (),
    totals: Sequence[Outcome] = (),
    current: Sequence[Outcome] = (),
) -> tuple[Alignment, ...]:
    """The alignments, with a :class:`Derivation` for each commitment a derivation decides.

    ``outcomes`` are report N+1's review statements (with the qualitative ones); ``baselines`` are
    report N's review statements, about year N-1, or a function that gives them, called only if a derivation
    needs last year's figures; ``totals`` report N+1's plan figures that add to a running
    total (:func:`policydiff.nextplan.running_totals`); ``current`` the levels report N+1's plan raises from
    (:func:`policydiff.nextplan.current_levels`).
    """
    quantified = [o for o in outcomes if o.quantity is not None and not o.total]
    # tuples: series_baselines finds each indicator's baselines in them once
    levels = Levels(
        baselines if callable(baselines) else lambda: baselines,
        lambda b: b.quantity is not None and not b.total and not flow(b),
    )
    growths = [o for o in outcomes if o.quantity is None and o.action in lx.GROWTH_CLAIM_WORDS]
    # a year's addition (新增绿色有机食品基地面积536万亩) says the stock grew as much as a claim without a figure
    growths += [
        o for o in quantified if flow(o) and not o.is_rate and not o.cumulative and o.quantity and o.quantity.value > 0
    ]
    pairs = _pairs(quantified)
    by_head = _by_part(pairs)
    # stocks are worked out once: a five-year passage's stock (7家进入500强) counts too
    stocks = exact_first([o for o in outcomes if o.quantity is not None and is_stock(o)])
    stock_levels = Levels(lambda: levels, is_stock)
    next_pairs = _pairs(totals)
    running = [(a, b) for a, b in next_pairs if not a.total and b.total]
    against = [(a, b) for a, b in next_pairs if not a.is_rate and _against_last_year(b)]
    shares = [o for o in quantified if plan_subject(o)]
    period_totals = [o for o in outcomes if o.quantity is not None and o.total and not o.is_rate]
    # the levels _growth can read, in its order, found once rather than once per commitment
    reached = exact_first([o for o in quantified if _year_end_level(o) and not o.is_rate and not flow(o)])
    # and by dimension those that _change and _period_total compare only with a figure of the same dimension
    stocks_of, totals_of = _by_dimension(stocks), _by_dimension(period_totals)
    out = list(alignments)
    for i, a in enumerate(alignments):
        if a.outcome is not None and a.source not in ("next_plan", "group_claim", "members_claim"):
            continue  # a figure worked out for one item outranks the blanket claim about its list
        c = a.commitment
        if c.quantity is None:
            continue
        found = (
            _goal(c, alignments)
            or _sum(c, pairs, by_head)
            or _change(c, stocks_of.get(c.quantity.dimension, ()), stock_levels)
            or _growth(c, reached, levels)
            or _grew(c, growths, levels)
            or _running_total(c, running)
            or _current_level(c, current)
            or plan_share(c, shares)
            or period_total(c, totals_of.get(c.quantity.dimension, ()), levels)
            or _last_year(c, against)
        )
        if found is not None:
            out[i] = _derived(a, *found)
    # a change stated beside its level is decided once the level is, whether found or worked out above
    for i, a in enumerate(alignments):
        found = _level_change(a.commitment, out) if out[i].outcome is None else None
        if found is not None:
            out[i] = _derived(a, *found)
    return tuple(out)


def _derived(a: Alignment, evidence: Outcome, derivation: Derivation) -> Alignment:
    """The alignment decided by a derivation, with the name of the rule that made it."""
    name = "derive-" + derivation.rule.split(":", 1)[0]
    return attrs.evolve(a, outcome=evidence, source="derived", derived=derivation, score=SERIES_CUTOFF, rules=(name,))


def _goal(c: Statement, alignments: Sequence[Alignment]) -> tuple[Outcome, Derivation] | None:
    """再推动1万户…，实现五万户的…目标: the increment is met exactly when the goal is."""
    q = c.quantity
    if q is None or not c.sentence or not (any(w in c.text for w in lx.AGAIN_WORDS) or flow(c)):
        return None
    for other in alignments:
        g, o = other.commitment, other.outcome
        gq = g.quantity
        if (
            g is c
            or g.sentence != c.sentence
            or gq is None
            or not any(w in g.text for w in lxn.GOAL_WORDS)
            or other.source != "review"
        ):
            continue
        if o is None or o.quantity is None or gq.dimension != q.dimension or gq.value <= q.value:
            continue
        before = gq.value - q.value
        value = o.quantity.value - before
        formula = (
            f"{figure_text(o.quantity)} - ({figure_text(gq)} goal - {figure_text(q)} to add) = {figure_text(q, value)}"
        )
        bound = o.quantity.comparator if o.quantity.comparator in (Comparator.GE, Comparator.LE) else Comparator.EQ
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=bound,
            formula=formula,
            rule="goal: the addition completes the stated goal",
            parts=(o, g),
            baseline=g,
        )
        return o, derivation
    return None


def _level_change(c: Statement, alignments: Sequence[Alignment]) -> tuple[Outcome, Derivation] | None:
    """比去年预算增加4000亿元, right after 今年拟安排财政赤字1.2万亿元 (one plan sentence): the level less the change
    is last year's, as the plan states it, so the year's change is the level's outcome less that. An amount over
    last year only (a percentage would need the base), decided only once the level is."""
    q = c.quantity
    if q is None or q.unit in lxt.SHARE_UNITS or not c.sentence or not _against_last_year(c):
        return None
    # the last level before the change is the one it changes
    level = next((x for x in reversed(alignments) if x.commitment is not c and _level_before(x.commitment, c)), None)
    if level is None or level.outcome is None or level.source not in ("review", "derived"):
        return None
    g, o, d = level.commitment, level.outcome, level.derived
    gq, oq = g.quantity, o.quantity
    assert gq is not None
    if d is not None:
        actual, bound, shown = d.value, d.comparator, figure_text(gq, d.value)
    elif oq is not None and one_dimension(gq, oq) and oq.unit == gq.unit:
        actual, bound, shown = oq.value, oq.comparator, figure_text(oq)
    else:
        return None
    before = gq.value - q.value
    if before <= 0:
        return None
    value = actual - before
    bound = bound if bound in (Comparator.GE, Comparator.LE) else Comparator.EQ
    derivation = Derivation(
        value=value,
        unit=q.unit,
        comparator=bound,
        formula=f"{shown} (the level's outcome) - ({figure_text(gq)} planned - {figure_text(q)} over last year) = "
        f"{figure_text(q, value)}{BOUND_WORDS[bound]}",
        rule="level-change: the level's outcome less last year's level the plan states",
        parts=(o, g),
        baseline=g,
    )
    return o, derivation


def _level_before(g: Statement, c: Statement) -> bool:
    """Whether ``g`` is a level of the change ``c``'s dimension, stated before it in its sentence."""
    gq, q = g.quantity, c.quantity
    if gq is None or q is None or g.is_rate:
        return False
    return g.sentence == c.sentence and gq.span.start < q.span.start and gq.dimension == q.dimension


def _pairs(quantified: Sequence[Outcome]) -> list[tuple[Outcome, Outcome]]:
    """Every pair of figures standing in one sentence, in document order."""
    by_sentence: dict[str, list[Outcome]] = {}
    for o in quantified:
        if o.sentence:
            by_sentence.setdefault(o.sentence, []).append(o)
    return [(a, b) for group in by_sentence.values() for x, a in enumerate(group) for b in group[x + 1 :]]


def _by_part(pairs: Sequence[tuple[Outcome, Outcome]]) -> dict[str, list[int]]:
    """For each run of PART_MIN characters, the pairs (by position, in order) whose first key holds it."""
    index: dict[str, list[int]] = {}
    for k, (a, _) in enumerate(pairs):
        ka = match_key(a.indicator)
        for part in {ka[i : i + PART_MIN] for i in range(len(ka) - PART_MIN + 1)}:
            index.setdefault(part, []).append(k)
    return index


def _sum(
    c: Statement, pairs: Sequence[tuple[Outcome, Outcome]], by_part: dict[str, list[int]] | None = None
) -> tuple[Outcome, Derivation] | None:
    """退税减税 <- 留抵退税 + 减税降费: two figures of one sentence, each naming one half of the key.

    ``by_part`` (:func:`_by_part`) names the pairs worth trying: every first half starts with the key's first
    PART_MIN characters, so a pair whose first key lacks them cannot be the sum (a long review has thousands)."""
    q = c.quantity
    key = match_key(c.indicator)
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or not 2 * PART_MIN <= len(key) <= SUM_KEY_MAX:
        return None
    halves = [(key[:p], key[p:]) for p in range(PART_MIN, len(key) - PART_MIN + 1)]
    head, tail = key[:PART_MIN], key[-PART_MIN:]  # every first half starts with head, every second ends with tail
    tried = range(len(pairs)) if by_part is None else by_part.get(head, ())
    for a, b in (pairs[k] for k in tried):
        ka, kb = match_key(a.indicator), match_key(b.indicator)
        if head not in ka or tail not in kb:
            continue
        if not any(h1 in ka and h2 not in ka and h2 in kb and h1 not in kb for h1, h2 in halves):
            continue
        if not (compatible(c, a) and compatible(c, b)):
            continue
        assert a.quantity is not None and b.quantity is not None
        bounds = {a.quantity.comparator, b.quantity.comparator} - {Comparator.EQ}
        if len(bounds) > 1 or Comparator.APPROX in bounds:
            continue
        value = a.quantity.value + b.quantity.value
        bound = bounds.pop() if bounds else Comparator.EQ
        evidence = _joined(a, b)
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=bound,
            formula=f"{a.quantity.text} + {b.quantity.text} = {figure_text(a.quantity, value)}{BOUND_WORDS[bound]}",
            rule="sum: the parts named in one sentence",
            parts=(a, b),
        )
        return evidence, derivation
    return None


def _joined(a: Outcome, b: Outcome) -> Outcome:
    """One evidence quote running from statement ``a`` to statement ``b`` of the same sentence."""
    at, bt = a.sentence.find(a.text), a.sentence.find(b.text)
    if at < 0 or bt < at:
        return a
    text = a.sentence[at : bt + len(b.text)]
    return attrs.evolve(a, text=text, span=Span(a.span.start, a.span.start + len(text)))


def _by_dimension(statements: Sequence[Outcome]) -> dict[str, list[Outcome]]:
    """Statements with a figure by its dimension, in their order."""
    out: dict[str, list[Outcome]] = {}
    for o in statements:
        if o.quantity is not None:
            out.setdefault(o.quantity.dimension, []).append(o)
    return out


def _change(c: Statement, stocks: Sequence[Outcome], levels: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """新增2家, 再提高30元 <- this year's stock minus last year's (``stocks``, ``levels``: see :func:`is_stock`)."""
    q = c.quantity
    if q is None or q.unit in lxt.SHARE_UNITS or not (flow(c) or c.is_rate):
        return None
    for o, oq, b, bq in series_pairs(c, stocks, levels):
        bound = combined_bound(oq.comparator, bq.comparator)
        if bound is None or not one_dimension(oq, bq) or apart(oq, bq):
            continue
        value = oq.value - bq.value
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=bound,
            formula=f"{oq.text} (this report) - {bq.text} (last year's report) = {figure_text(oq, value)}"
            f"{BOUND_WORDS[bound]}",
            rule="change: this year's level minus last year's",
            parts=(o, b),
            baseline=b,
        )
        return o, derivation
    return None


def _growth(
    c: Statement, quantified: Sequence[Outcome], levels: Sequence[Outcome]
) -> tuple[Outcome, Derivation] | None:
    """增长5.5% <- this year's level over last year's, when even the figures' rounding and (for a real-growth
    measure such as 生产总值) the price change cannot turn the verdict (see :func:`growth_range`). A level a
    five-year look back reached (首次突破700亿元) is the level at the period's end, year N's; one crossed gives a
    lower bound on the growth."""
    q = c.quantity
    if q is None or not c.is_rate or q.unit != "%" or c.sense is not Sense.FLOOR:
        return None
    real = any(w in c.indicator for w in lxn.REAL_GROWTH_WORDS)
    for o in exact_first(in_series(c, quantified)):
        oq = o.quantity
        assert oq is not None
        if not _year_end_level(o) or o.is_rate or flow(o) or oq.unit in lxt.SHARE_UNITS:
            continue
        if not same_series(c, o, SCORE_CUTOFF):
            continue
        for b in series_baselines(o, levels):
            bq = b.quantity
            assert bq is not None
            if b.cumulative or bq.comparator not in _EXACT or oq.comparator not in (*_EXACT, Comparator.GE):
                continue
            if not one_dimension(oq, bq) or apart(oq, bq):
                continue
            low, high = growth_range(oq, bq, real=real)
            bound = Comparator.EQ if oq.comparator in _EXACT else Comparator.GE
            if bound is Comparator.GE:
                high = float("inf")  # 突破700亿元: at least that level, so at least that growth
            value = round((oq.value / bq.value - 1) * 100, 2)
            derivation = Derivation(
                low=low,
                high=high,
                value=value,
                unit="%",
                comparator=bound,
                formula=f"{oq.text} (this report) / {bq.text} (last year's report) - 1 = {value:g}%"
                f"{BOUND_WORDS[bound]} (nominal; {low:.1f}% to {high:.1f}% allowing for rounding"
                f"{' and prices' if real else ''})",
                rule="growth: this year's level over last year's",
                parts=(o, b),
                baseline=b,
            )
            return o, derivation
    return None


#: Comparators of a figure stated as it is (达到4.45万亿元, 约4.45万亿元), not as a bound.
_EXACT: Final = (Comparator.EQ, Comparator.APPROX)


def _year_end_level(o: Statement) -> bool:
    """Whether a review figure is the level at the end of year N: one of the year, or a level a look back over
    several years reached at its end (首次突破700亿元, 由2020年的…增长到4.93万亿元), never one held through the
    years (稳定在550亿斤) or a total."""
    if o.cumulative == "period":
        return not any(w in o.text for w in lxy.STANDING_WORDS)
    return not o.cumulative


def _grew(c: Statement, growths: Sequence[Outcome], levels: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """X以上 <- the review says X grew (增长, or 新增536万亩 to it), and last year's X already met the target: a
    lower bound."""
    q = c.quantity
    if q is None or c.is_rate or flow(c) or c.sense is not Sense.FLOOR or q.unit in lxt.SHARE_UNITS:
        return None
    for o in in_series(c, growths):
        if not same_series(c, o):
            continue
        for b in series_baselines(c, levels):
            bq = b.quantity
            assert bq is not None
            if bq.comparator is Comparator.LE or not one_dimension(q, bq) or bq.value < q.value:
                continue
            derivation = Derivation(
                value=bq.value,
                unit=q.unit,
                comparator=Comparator.GE,
                formula=f"more than {bq.text} (last year's report), as the review says it "
                + (f"added {o.quantity.text}" if o.quantity is not None else "grew"),
                rule="grew: above last year's level",
                parts=(o, b),
                baseline=b,
            )
            return o, derivation
    return None


def _running_total(c: Statement, running: Sequence[tuple[Outcome, Outcome]]) -> tuple[Outcome, Derivation] | None:
    """实现7000处信号灯联网 <- 累计达8000处 - 新增1000处 (one sentence of report N+1's plan): the stock at the end
    of year N. Only a stock target is decided; a year's addition is not a stock."""
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or flow(c):
        return None
    for a, b in running:
        aq, bq = a.quantity, b.quantity
        assert aq is not None and bq is not None
        if not (one_dimension(q, aq) and one_dimension(aq, bq)) or bq.value <= aq.value or not same_series(c, a):
            continue
        bound = combined_bound(bq.comparator, aq.comparator)
        if bound is None:
            continue
        value = bq.value - aq.value
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=bound,
            formula=f"{bq.text} - {aq.text} (next year's plan) = {figure_text(bq, value)}{BOUND_WORDS[bound]}",
            rule="running-total: next year's plan adds to a total, less its addition",
            parts=(a, b),
        )
        return _joined(a, b), derivation
    return None


#: Share of the baseline clause's key bigrams that the commitment's key must hold (current-level).
CURRENT_COVERAGE: Final = 0.7
#: Share of the commitment's key bigrams that the words before the baseline must hold (its noise words aside).
CURRENT_CONTEXT: Final = 0.55


def _current_level(c: Statement, current: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """城乡居民基本医保财政补助标准提高到人均320元 <- 财政补助标准由每人每年320元提高到380元 (report N+1's plan): the
    level the plan raises from is year N's. Only a level target is decided, never a change or an addition; the
    baseline's clause names the measure, and the words before it hold most of the commitment's name."""
    q = c.quantity
    if q is None or c.is_rate or (flow(c) and not _to_level(c)):
        return None
    mine = bigrams(key_of(c.indicator))
    for o in current:
        oq = o.quantity
        assert oq is not None
        if q.dimension != oq.dimension or apart(q, oq) or contrasted(c.indicator, o.sentence):
            continue  # a share is a level too (赤字率从去年的2.1%提高到2.3%)
        theirs = bigrams(key_of(o.indicator))
        context = bigrams(match_key(o.sentence))
        if len(theirs & mine) < len(theirs) * CURRENT_COVERAGE or len(mine & context) < len(mine) * CURRENT_CONTEXT:
            continue
        derivation = Derivation(
            value=oq.value,
            unit=q.unit,
            comparator=oq.comparator,
            formula=f"{oq.text}, the level next year's plan raises from",
            rule="current-level: next year's plan starts from year N's level",
            parts=(o,),
        )
        return o, derivation
    return None


def _to_level(st: Statement) -> bool:
    """Whether the statement's figure follows a verb of a level reached (增加到35元), though the verb's first
    characters are a flow word's."""
    q = st.quantity
    return q is not None and st.text[: q.span.start - st.span.start].endswith(lx.TO_LEVEL_VERBS)


_AGAINST_LAST_YEAR: Final = re.compile(LAST_YEAR_CHANGE + "$")


def _against_last_year(st: Statement) -> bool:
    """Whether a statement is a change over last year's figure (比去年增加2700亿元, 比上年预算减少500亿元)."""
    q = st.quantity
    return q is not None and bool(_AGAINST_LAST_YEAR.search(st.text[: q.span.start - st.span.start]))


def _last_year(c: Statement, against: Sequence[tuple[Outcome, Outcome]]) -> tuple[Outcome, Derivation] | None:
    """今年拟安排财政赤字13500亿元 <- 今年拟安排财政赤字1.62万亿元，比去年增加2700亿元: 1.62万亿元 - 2700亿元 is last
    year's figure. An amount only (a percentage change would need the base), never a change target."""
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS:
        return None
    for a, b in against:
        aq, bq = a.quantity, b.quantity
        assert aq is not None and bq is not None
        if not (one_dimension(q, aq) and one_dimension(aq, bq)) or apart(q, aq) or not same_series(c, a):
            continue
        down = any(w in b.text for w in lx.REDUCTION_WORDS + lx.DECLINE_WORDS)
        value = aq.value + bq.value if down else aq.value - bq.value
        if value <= 0 or combined_bound(aq.comparator, bq.comparator) is None:
            continue
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=Comparator.EQ,
            formula=f"{aq.text} {'+' if down else '-'} {bq.text} (next year's plan) = {figure_text(aq, value)}",
            rule="last-year: next year's figure less its change over last year",
            parts=(a, b),
        )
        return _joined(a, b), derivation
    return None
