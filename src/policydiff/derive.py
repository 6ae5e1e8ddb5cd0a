"""Part of the align stage: an actual figure computed from several stated ones.

When no single statement of report N+1 reports on a commitment, a fact-checker does the arithmetic the
labels in ``PROTOCOL.md`` do. Each derivation keeps its parts and shows its formula; the judge compares
the result with the target like any figure. Tried in this order, for commitments with no review outcome:

- **goal**: 再推动1万户…，实现五万户的集中居住目标 (one plan sentence) <- 完成5.2万户: the increment is met
  exactly when the goal it completes is (5.2万户 - (5万户 - 1万户) = 1.2万户).
- **sum**: 退税减税约2.5万亿元 <- 留抵退税超过2.4万亿元 + 减税降费超过1万亿元 (one review sentence, each
  part naming one half of the commitment's words).
- **change**: 新增2—3家地方国企进入500强 <- 7家 (report N+1) - 6家 (report N's review of year N-1).
- **growth**: 生产总值增长5.5%左右 <- 4.45万亿元 (report N+1) / 4.32万亿元 (report N) - 1: nominal growth.
- **grew**: 粮食产量511万吨以上 <- 粮食总产增长 (report N+1, no figure) on 514.4万吨 (report N): more than
  the baseline, which is itself above the target.
- **current-level**: 城乡居民基本医保财政补助标准提高到人均320元 <- 财政补助标准由每人每年320元提高到380元 (report
  N+1's plan): the level next year's plan raises from is the level at the end of year N, for a level target only.
- **plan-share**: 城镇新增就业41万人 <- 城镇新增就业…完成年计划的118.2% (report N+1's review): the outcome stated as
  a share of the year's plan is that share of the target.
- **period-total**: 建成20个一刻钟便民生活圈 <- 建设…232个 (report N+1's five-year review: built in the five years,
  so the stock at the end of year N is at least that) - 达到190个 (report N's review, the stock a year before): at
  least 42 added in year N. A lower bound: it can show a target met, never missed.
- **running-total**: 实现7000处信号灯联网 <- 累计达8000处 - 新增1000处 (one sentence of report N+1's plan): the
  stock at the end of year N, for a stock target only.

Report N's figures are the baseline only when they describe year N-1 (its review part).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.align import SCORE_CUTOFF, compatible, contrasted, match_key, narrower, score_keys
from policydiff.extract import is_flow
from policydiff.keys import bigrams
from policydiff.model import Alignment, Comparator, Derivation, Outcome, Quantity, Sense, Span, Statement

#: How far a year's price change may stand between nominal and real growth, in percentage points (low, high):
#: China's GDP deflator ran from about -1.5% to +4% in 2015-2025. Real-growth targets (生产总值增长) are decided
#: from two nominal levels only when no price change in this range could turn the verdict.
PRICE_CHANGE: Final = (-1.5, 4.0)
#: Two statements of one series (report N+1's level and report N's) must name it this closely.
SERIES_CUTOFF: Final = 85.0
#: A year-on-year change of a stock larger than this ratio is probably two different series.
SERIES_RATIO: Final = 3.0
#: Shortest half of a commitment's key that a part of a sum must name (退税 | 减税).
PART_MIN: Final = 2
#: Longest commitment key split into the two halves of a sum: longer keys are phrases, not pairs.
SUM_KEY_MAX: Final = 6


def derive(
    alignments: Sequence[Alignment],
    outcomes: Sequence[Outcome],
    baselines: Sequence[Outcome] = (),
    totals: Sequence[Outcome] = (),
    current: Sequence[Outcome] = (),
) -> tuple[Alignment, ...]:
    """The alignments, with a :class:`Derivation` for each commitment a derivation decides.

    ``outcomes`` are report N+1's review statements (with the qualitative ones); ``baselines`` are
    report N's review statements, about year N-1; ``totals`` report N+1's plan figures that add to a running
    total (:func:`policydiff.extract.running_totals`); ``current`` the levels report N+1's plan raises from
    (:func:`policydiff.extract.current_levels`).
    """
    quantified = [o for o in outcomes if o.quantity is not None and not o.total]
    levels = [b for b in baselines if b.quantity is not None and not b.total and not _flow(b)]
    growths = [o for o in outcomes if o.quantity is None and o.action in lx.GROWTH_CLAIM_WORDS]
    pairs = _pairs(quantified)
    by_head = _by_part(pairs)
    # stocks are worked out once: a five-year passage's stock (7家进入500强) counts too
    stocks = _exact_first([o for o in outcomes if o.quantity is not None and _stock(o)])
    stock_levels = [b for b in levels if _stock(b)]
    running = [(a, b) for a, b in _pairs(totals) if not a.total and b.total]
    shares = [o for o in quantified if _plan_subject(o)]
    period_totals = [o for o in outcomes if o.quantity is not None and o.total and not o.is_rate]
    out = list(alignments)
    for i, a in enumerate(alignments):
        if a.outcome is not None and a.source not in ("next_plan", "group_claim"):
            continue  # a figure worked out for one item outranks the blanket claim about its list
        c = a.commitment
        if c.quantity is None:
            continue
        found = (
            _goal(c, alignments)
            or _sum(c, pairs, by_head)
            or _change(c, stocks, stock_levels)
            or _growth(c, quantified, levels)
            or _grew(c, growths, levels)
            or _running_total(c, running)
            or _current_level(c, current)
            or _plan_share(c, shares)
            or _period_total(c, period_totals, levels)
        )
        if found is not None:
            evidence, derivation = found
            name = "derive-" + derivation.rule.split(":", 1)[0]
            out[i] = attrs.evolve(
                a, outcome=evidence, source="derived", derived=derivation, score=SERIES_CUTOFF, rules=(name,)
            )
    return tuple(out)


def _flow(st: Statement) -> bool:
    return is_flow(st.indicator) or is_flow(st.action)


def _key_of(indicator: str) -> str:
    """The indicator's key without flow words: the series a stock and its additions share."""
    key = match_key(indicator)
    for word in lx.FLOW_WORDS:
        if key.startswith(word) and len(key) > len(word) + 1:
            key = key[len(word) :]
    return key


def _same_series(a: Statement, b: Statement, cutoff: float = SERIES_CUTOFF) -> bool:
    """Whether two statements measure one series: keys alike both ways, no contrast, no sub-category."""
    return _series_score(a.indicator, b.indicator) >= cutoff


@lru_cache(maxsize=8192)
def _series_score(a: str, b: str) -> float:
    """The lower of the two keys' similarities (0 with a contrast or a sub-category): cached, as one
    report pair asks about the same indicators many times."""
    ka, kb = _key_of(a), _key_of(b)
    if not bigrams(ka) & bigrams(kb):
        return 0.0
    scores = score_keys([ka, kb], [kb, ka])
    if contrasted(a, b) or narrower(ka, kb) or narrower(kb, ka):
        return 0.0
    return float(min(scores[0, 0], scores[1, 1]))


def _stock(st: Statement) -> bool:
    """Whether a statement gives a stock (智能化煤矿达到400座, 7家地方国企进入500强), not an amount done
    (建成90个示范村, which in a five-year look back adds up the years)."""
    return not _flow(st) and not st.completed and any(w in st.text for w in lx.STOCK_WORDS)


def _bound(this: Comparator, last: Comparator) -> Comparator | None:
    """The comparator of this year's figure minus (or over) last year's: a bound on this year's is a bound
    the same way; a bound on last year's, the other way; None when they do not combine.

    >>> _bound(Comparator.GE, Comparator.EQ), _bound(Comparator.EQ, Comparator.GE), _bound(Comparator.GE, Comparator.GE)
    (<Comparator.GE: '>='>, <Comparator.LE: '<='>, None)
    """
    flip = {Comparator.GE: Comparator.LE, Comparator.LE: Comparator.GE}
    bounds = {c for c in (this, flip.get(last, Comparator.EQ)) if c in flip}
    if len(bounds) > 1:
        return None
    return bounds.pop() if bounds else Comparator.EQ


def _baselines(st: Statement, levels: Sequence[Outcome]) -> list[Outcome]:
    """Last year's figures of the same series as ``st``, exact figures (达到4.32万亿元) before bounds (突破4万亿元)."""
    return _exact_first([b for b in levels if b.quantity is not None and not b.is_rate and _same_series(st, b)])


def _exact_first(statements: Sequence[Outcome]) -> list[Outcome]:
    """Exact figures (达到4.32万亿元) before bounds (突破4万亿元), otherwise in document order."""
    return sorted(statements, key=lambda st: st.comparator not in (Comparator.EQ, Comparator.APPROX))


def _one_dimension(a: Quantity, b: Quantity) -> bool:
    return a.dimension == b.dimension and a.unit not in lxt.SHARE_UNITS and a.value > 0 and b.value > 0


def _apart(a: Quantity, b: Quantity) -> bool:
    """Whether two years of one series differ by more than a factor of SERIES_RATIO (then they are two series)."""
    return max(a.value, b.value) > SERIES_RATIO * min(a.value, b.value)


def _text(q: Quantity, value: float | None = None) -> str:
    """A derived figure written in the quantity's own unit and multiplier (5.2万户 - 4万户 = 1.2万户).

    >>> _text(Quantity(value=12000.0, unit="人", dimension="人", text="12000人", span=Span(0, 6)), 11000.0)
    '11000人'
    """
    if value is None:
        text = q.text
        for word in lx.FIGURE_TAILS:
            text = text.removesuffix(word)
        return text  # as written: 五万户
    shown = value
    m = _WRITTEN.search(q.text)
    factor = lxt.MULTIPLIERS[m["mult"]] if m is not None and m["mult"] else 1
    figure = f"{shown / factor:.4f}".rstrip("0").rstrip(".")
    return f"{figure}{m['mult'] if factor > 1 and m is not None else ''}{q.unit}"


def _goal(c: Statement, alignments: Sequence[Alignment]) -> tuple[Outcome, Derivation] | None:
    """再推动1万户…，实现五万户的…目标: the increment is met exactly when the goal is."""
    q = c.quantity
    if q is None or not c.sentence or not (any(w in c.text for w in lx.AGAIN_WORDS) or _flow(c)):
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
        formula = f"{_text(o.quantity)} - ({_text(gq)} goal - {_text(q)} to add) = {_text(q, value)}"
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
            formula=f"{a.quantity.text} + {b.quantity.text} = {_text(a.quantity, value)}{_BOUND_WORDS[bound]}",
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


def _change(c: Statement, stocks: Sequence[Outcome], levels: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """新增2家, 再提高30元 <- this year's stock minus last year's (``stocks``, ``levels``: see :func:`_stock`)."""
    q = c.quantity
    if q is None or q.unit in lxt.SHARE_UNITS or not (_flow(c) or c.is_rate):
        return None
    for o in stocks:
        oq = o.quantity
        if oq is None or not _one_dimension(q, oq) or not _same_series(c, o):
            continue
        for b in _baselines(o, levels):
            bq = b.quantity
            assert bq is not None
            bound = _bound(oq.comparator, bq.comparator)
            if bound is None or not _one_dimension(oq, bq) or _apart(oq, bq):
                continue
            value = oq.value - bq.value
            derivation = Derivation(
                value=value,
                unit=q.unit,
                comparator=bound,
                formula=f"{oq.text} (this report) - {bq.text} (last year's report) = {_text(oq, value)}"
                f"{_BOUND_WORDS[bound]}",
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
    measure such as 生产总值) the price change cannot turn the verdict (see :func:`_growth_range`)."""
    q = c.quantity
    if q is None or not c.is_rate or q.unit != "%" or c.sense is not Sense.FLOOR:
        return None
    real = any(w in c.indicator for w in lxn.REAL_GROWTH_WORDS)
    for o in _exact_first(quantified):
        oq = o.quantity
        assert oq is not None
        if o.cumulative or o.is_rate or _flow(o) or oq.unit in lxt.SHARE_UNITS or not _same_series(c, o, SCORE_CUTOFF):
            continue  # a level inside a five-year passage may have been reached in any of its years
        for b in _baselines(o, levels):
            bq = b.quantity
            assert bq is not None
            exact = {oq.comparator, bq.comparator} <= {Comparator.EQ, Comparator.APPROX}
            if b.cumulative or not exact or not _one_dimension(oq, bq) or _apart(oq, bq):
                continue
            low, high = _growth_range(oq, bq, real=real)
            value = round((oq.value / bq.value - 1) * 100, 2)
            derivation = Derivation(
                low=low,
                high=high,
                value=value,
                unit="%",
                comparator=Comparator.EQ,
                formula=f"{oq.text} (this report) / {bq.text} (last year's report) - 1 = {value:g}% "
                f"(nominal; {low:.1f}% to {high:.1f}% allowing for rounding{' and prices' if real else ''})",
                rule="growth: this year's level over last year's",
                parts=(o, b),
                baseline=b,
            )
            return o, derivation
    return None


def _growth_range(this: Quantity, last: Quantity, *, real: bool) -> tuple[float, float]:
    """The growth in % that two levels allow, each only known to its last written digit (4.45万亿 is
    4.445-4.455万亿); for a real-growth measure widened by the price change (PRICE_CHANGE)."""
    (lo_n, hi_n), (lo_d, hi_d) = _written_range(this), _written_range(last)
    low, high = (lo_n / hi_d - 1) * 100, (hi_n / lo_d - 1) * 100
    if real:
        deflator_low, deflator_high = PRICE_CHANGE
        low, high = low - deflator_high, high - deflator_low
    return low, high


def _written_range(q: Quantity) -> tuple[float, float]:
    """The values a figure stands for, given the digits it was written with (38亿 is 37.5-38.5亿)."""
    m = _WRITTEN.search(q.text)
    if m is None or not m["mult"]:
        return q.value, q.value  # 7家, 1225个: counted, not rounded
    decimals = len(m["digits"].partition(".")[2])
    half = 0.5 * 10 ** (-decimals) * lxt.MULTIPLIERS[m["mult"]]
    return q.value - half, q.value + half


#: How a derived figure's bound is written after it (超过2.4万亿元 + 超过1万亿元 = 3.4万亿元 or more).
_BOUND_WORDS: Final = {Comparator.GE: " or more", Comparator.LE: " or less", Comparator.EQ: "", Comparator.APPROX: ""}
_WRITTEN: Final = re.compile(rf"(?P<digits>\d+(?:\.\d+)?)(?P<mult>{'|'.join(lxt.AMOUNT_MULTIPLIERS)})?")


def _grew(c: Statement, growths: Sequence[Outcome], levels: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """X以上 <- the review says X grew, and last year's X already met the target: a lower bound."""
    q = c.quantity
    if q is None or c.is_rate or _flow(c) or c.sense is not Sense.FLOOR or q.unit in lxt.SHARE_UNITS:
        return None
    for o in growths:
        if not _same_series(c, o):
            continue
        for b in _baselines(c, levels):
            bq = b.quantity
            assert bq is not None
            if bq.comparator is Comparator.LE or not _one_dimension(q, bq) or bq.value < q.value:
                continue
            derivation = Derivation(
                value=bq.value,
                unit=q.unit,
                comparator=Comparator.GE,
                formula=f"more than {bq.text} (last year's report), as the review says it grew",
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
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or _flow(c):
        return None
    for a, b in running:
        aq, bq = a.quantity, b.quantity
        assert aq is not None and bq is not None
        if not (_one_dimension(q, aq) and _one_dimension(aq, bq)) or bq.value <= aq.value or not _same_series(c, a):
            continue
        bound = _bound(bq.comparator, aq.comparator)
        if bound is None:
            continue
        value = bq.value - aq.value
        derivation = Derivation(
            value=value,
            unit=q.unit,
            comparator=bound,
            formula=f"{bq.text} - {aq.text} (next year's plan) = {_text(bq, value)}{_BOUND_WORDS[bound]}",
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
    if q is None or c.is_rate or (_flow(c) and not _to_level(c)):
        return None
    mine = bigrams(_key_of(c.indicator))
    for o in current:
        oq = o.quantity
        assert oq is not None
        if q.dimension != oq.dimension or _apart(q, oq) or contrasted(c.indicator, o.sentence):
            continue  # a share is a level too (赤字率从去年的2.1%提高到2.3%)
        theirs = bigrams(_key_of(o.indicator))
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


def _plan_subject(o: Statement) -> str:
    """What a review's percentage of the year's plan is of (城镇新增就业完成年计划 -> 城镇新增就业), or ""."""
    q = o.quantity
    if q is None or q.unit != "%":
        return ""
    word = next((w for w in lxn.PLAN_SHARE_WORDS if o.indicator.endswith(w)), "")
    return o.indicator[: -len(word)] if word and len(o.indicator) > len(word) + 1 else ""


def _plan_share(c: Statement, shares: Sequence[Outcome]) -> tuple[Outcome, Derivation] | None:
    """城镇新增就业41万人 <- 城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%: a target stated as an
    amount (not a rate or a share) is met or missed by the share of the year's plan the review says was done."""
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or c.sense is not Sense.FLOOR:
        return None
    best: tuple[float, Outcome] | None = None
    for o in shares:
        subject = _plan_subject(o)
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
        formula=f"{share.text} of the year's plan x {q.text} = {_text(q, value)}",
        rule="plan-share: the review gives the outcome as a share of the year's plan",
        parts=(o,),
    )
    return o, derivation


def _period_total(
    c: Statement, totals: Sequence[Outcome], levels: Sequence[Outcome]
) -> tuple[Outcome, Derivation] | None:
    """建成20个一刻钟便民生活圈 <- 建设城市一刻钟便民生活圈232个 (five years) - 城市一刻钟便民生活圈达到190个 (a year
    before): what was built in the period stands at the period's end, so year N added at least the difference. Only
    an amount to add is decided (not a rate, a share or a stock to reach)."""
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or _stock(c):
        return None
    for o in totals:
        oq = o.quantity
        if oq is None or not _one_dimension(q, oq) or not _same_series(c, o):
            continue
        for b in _baselines(o, levels):
            bq = b.quantity
            assert bq is not None
            if not (_stock(b) or b.text.startswith(lxn.ALREADY_WORDS)):
                continue  # 建成32个: last year's addition, not the stock the period's total can be set against
            if not _one_dimension(oq, bq) or bq.comparator is Comparator.GE or oq.value <= bq.value:
                continue
            value = oq.value - bq.value
            derivation = Derivation(
                value=value,
                unit=q.unit,
                comparator=Comparator.GE,
                formula=f"{oq.text} (built in the years of this report's review) - {bq.text} (last year's report)"
                f" = {_text(oq, value)} or more",
                rule="period-total: what the period built, less last year's stock, is a floor on the year's",
                parts=(o, b),
                baseline=b,
            )
            return o, derivation
    return None
