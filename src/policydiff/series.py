"""Part of the align stage: statements of one series across the two reports, for the derivations.

A series is one measure stated in report N+1 (year N) and in report N (year N-1): whether two statements name it
(:func:`same_series`), whether a figure is a stock or an addition, how two figures' bounds combine, and how a
derived figure is written in the quantity's own unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from typing import Final, overload

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.align import contrasted, match_key, narrower
from policydiff.extract import is_flow
from policydiff.keys import bigrams, pair_score
from policydiff.memo import Kept, for_this
from policydiff.model import Comparator, Outcome, Quantity, Statement

#: Two statements of one series (report N+1's level and report N's) must name it this closely.
SERIES_CUTOFF: Final = 85.0
#: A year-on-year change of a stock larger than this ratio is probably two different series.
SERIES_RATIO: Final = 3.0
#: How far a year's price change may stand between nominal and real growth, in percentage points (low, high):
#: China's GDP deflator ran from about -1.5% to +4% in 2015-2025. Real-growth targets (生产总值增长) are decided
#: from two nominal levels only when no price change in this range could turn the verdict.
PRICE_CHANGE: Final = (-1.5, 4.0)
#: Shortest filler word whose insertion leaves a series' name the same: one character (年, 总) is often part of a
#: longer word.
FILLER_MIN: Final = 2


def flow(st: Statement) -> bool:
    """Whether a statement gives an addition (新增, 新建), in its indicator or its verb."""
    return is_flow(st.indicator) or is_flow(st.action)


@lru_cache(maxsize=16384)  # asked of the same indicators for every pair derive weighs
def key_of(indicator: str) -> str:
    """The indicator's key without flow words: the series a stock and its additions share."""
    key = match_key(indicator)
    for word in lx.FLOW_WORDS:
        if key.startswith(word) and len(key) > len(word) + 1:
            key = key[len(word) :]
    for word in lx.FLOW_WORDS:  # 保护性耕作面积新增200万亩: the flow word after the measure it adds to
        if key.endswith(word) and len(key) > len(word) + 1:
            key = key[: -len(word)]
    return key


def same_series(a: Statement, b: Statement, cutoff: float = SERIES_CUTOFF) -> bool:
    """Whether two statements measure one series: keys alike both ways, no contrast, no sub-category."""
    return series_score(a.indicator, b.indicator) >= cutoff


@lru_cache(maxsize=8192)
def series_score(a: str, b: str) -> float:
    """The lower of the two keys' similarities (0 with a contrast or a sub-category): cached, as one
    report pair asks about the same indicators many times."""
    ka, kb = key_of(a), key_of(b)
    if _grams(ka).isdisjoint(_grams(kb)):
        return 0.0
    if contrasted(a, b) or narrower(ka, kb) or narrower(kb, ka):
        return 0.0
    if filled(ka, kb) or filled(kb, ka):
        return 100.0
    return min(pair_score(ka, kb), pair_score(kb, ka))


def filled(key: str, other: str) -> bool:
    """Whether ``other`` is ``key`` with a filler word of two characters or more inserted (保护性耕作推广面积 for
    保护性耕作面积): one series, as the words say nothing of which part of it.

    >>> filled("保护性耕作面积", "保护性耕作推广面积"), filled("规上工业增加值", "规上装备工业增加值")
    (True, False)
    """
    return any(len(w) >= FILLER_MIN and w in other and other.replace(w, "", 1) == key for w in lxn.FILLER_WORDS)


@lru_cache(maxsize=16384)
def _grams(key: str) -> frozenset[str]:
    """A key's bigrams, kept: the prefilter of :func:`series_score` asks for each key many times."""
    return frozenset(bigrams(key))


def is_stock(st: Statement) -> bool:
    """Whether a statement gives a stock (智能化煤矿达到400座, 7家地方国企进入500强), not an amount done
    (建成90个示范村, which in a five-year look back adds up the years)."""
    return not flow(st) and not st.completed and any(w in st.text for w in lx.STOCK_WORDS)


def combined_bound(this: Comparator, last: Comparator) -> Comparator | None:
    """The comparator of this year's figure minus (or over) last year's: a bound on this year's is a bound
    the same way; a bound on last year's, the other way; None when they do not combine.

    >>> GE, EQ = Comparator.GE, Comparator.EQ
    >>> combined_bound(GE, EQ), combined_bound(EQ, GE), combined_bound(GE, GE)
    (<Comparator.GE: '>='>, <Comparator.LE: '<='>, None)
    """
    flip = {Comparator.GE: Comparator.LE, Comparator.LE: Comparator.GE}
    bounds = {c for c in (this, flip.get(last, Comparator.EQ)) if c in flip}
    if len(bounds) > 1:
        return None
    return bounds.pop() if bounds else Comparator.EQ


class Levels(Sequence[Outcome]):
    """Last year's levels, read on first use: the statements ``source`` gives that ``keep`` keeps.

    Report N's review is extracted only for these, and many audits never ask for one (a commitment decided
    directly, or with no statement of its series to derive from), so the pipeline hands derive a source to call.
    """

    def __init__(self, source: Callable[[], Iterable[Outcome]], keep: Callable[[Outcome], bool]) -> None:
        self._source, self._keep = source, keep

    @cached_property
    def items(self) -> tuple[Outcome, ...]:
        return tuple(b for b in self._source() if self._keep(b))

    @overload
    def __getitem__(self, index: int) -> Outcome: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Outcome]: ...
    def __getitem__(self, index: int | slice) -> Outcome | Sequence[Outcome]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Outcome]:
        return iter(self.items)

    def __repr__(self) -> str:
        return f"Levels({len(self.items)} read)" if "items" in vars(self) else "Levels(not read yet)"


def series_baselines(st: Statement, levels: Sequence[Outcome]) -> list[Outcome]:
    """Last year's figures of the same series as ``st``, exact figures (达到4.32万亿元) before bounds (突破4万亿元).

    They depend on ``st`` only through its indicator: for ``levels`` given as a tuple or :class:`Levels`, each
    indicator's are found once (derive asks for every statement of a series, against the same levels)."""
    fresh: dict[str, list[Outcome]] = {}
    memo = for_this(_BASELINES, levels, dict, _BASELINES_KEPT) if isinstance(levels, tuple | Levels) else fresh
    key = st.indicator  # same_series(st, b), without a call per level
    if key not in memo:
        memo[key] = exact_first(
            [
                b
                for b in levels
                if b.quantity is not None and not b.is_rate and series_score(key, b.indicator) >= SERIES_CUTOFF
            ]
        )
    return list(memo[key])


#: Lists of levels whose baselines :func:`series_baselines` keeps at once.
_BASELINES_KEPT: Final = 4
#: The baselines found for the last levels :func:`series_baselines` was asked of, by indicator (policydiff.memo).
_BASELINES: Kept = {}


def in_series(st: Statement, statements: Sequence[Outcome]) -> list[Outcome]:
    """Those of ``statements`` that may be in ``st``'s series, in their order: the ones whose key shares a bigram
    with ``st``'s (:func:`series_score` is 0 for the others). Derive weighs every commitment against the same
    lists, so each list's statements are indexed by bigram once: linear in a report's length, not quadratic."""
    index = for_this(_IN_SERIES, statements, lambda: _by_gram(statements), _BASELINES_KEPT * 2)
    return [statements[k] for k in sorted({k for gram in _grams(key_of(st.indicator)) for k in index.get(gram, ())})]


def _by_gram(statements: Sequence[Outcome]) -> dict[str, list[int]]:
    """The positions of ``statements`` by each bigram of their keys."""
    index: dict[str, list[int]] = {}
    for k, o in enumerate(statements):
        for gram in _grams(key_of(o.indicator)):
            index.setdefault(gram, []).append(k)
    return index


#: The lists :func:`in_series` indexed last (policydiff.memo).
_IN_SERIES: Kept = {}


def exact_first(statements: Sequence[Outcome]) -> list[Outcome]:
    """Exact figures (达到4.32万亿元) before bounds (突破4万亿元), otherwise in document order."""
    return sorted(statements, key=lambda st: st.comparator not in (Comparator.EQ, Comparator.APPROX))


def series_pairs(
    c: Statement, statements: Sequence[Outcome], levels: Sequence[Outcome]
) -> Iterator[tuple[Outcome, Quantity, Outcome, Quantity]]:
    """(statement, its figure, last year's figure of its series, that figure's quantity) for each of
    ``statements`` in the commitment's series and dimension, and each of its baselines among ``levels``."""
    q = c.quantity
    assert q is not None
    for o in in_series(c, statements):
        oq = o.quantity
        if oq is None or not one_dimension(q, oq) or not same_series(c, o):
            continue
        for b in series_baselines(o, levels):
            bq = b.quantity
            assert bq is not None
            yield o, oq, b, bq


def one_dimension(a: Quantity, b: Quantity) -> bool:
    return a.dimension == b.dimension and a.unit not in lxt.SHARE_UNITS and a.value > 0 and b.value > 0


def apart(a: Quantity, b: Quantity) -> bool:
    """Whether two years of one series differ by more than a factor of SERIES_RATIO (then they are two series)."""
    return max(a.value, b.value) > SERIES_RATIO * min(a.value, b.value)


def figure_text(q: Quantity, value: float | None = None) -> str:
    """A derived figure written in the quantity's own unit and multiplier (5.2万户 - 4万户 = 1.2万户).

    >>> from policydiff.model import Span
    >>> figure_text(Quantity(value=12000.0, unit="人", dimension="人", text="12000人", span=Span(0, 6)), 11000.0)
    '11000人'
    """
    if value is None:
        text = q.text
        for word in lx.FIGURE_TAILS:
            text = text.removesuffix(word)
        return text  # as written: 五万户
    shown = value
    m = WRITTEN.search(q.text)
    factor = lxt.MULTIPLIERS[m["mult"]] if m is not None and m["mult"] else 1
    figure = f"{shown / factor:.4f}".rstrip("0").rstrip(".")
    return f"{figure}{m['mult'] if factor > 1 and m is not None else ''}{q.unit}"


def written_range(q: Quantity) -> tuple[float, float]:
    """The values a figure stands for, given the digits it was written with (38亿 is 37.5-38.5亿)."""
    m = WRITTEN.search(q.text)
    if m is None or not m["mult"]:
        return q.value, q.value  # 7家, 1225个: counted, not rounded
    decimals = len(m["digits"].partition(".")[2])
    half = 0.5 * 10 ** (-decimals) * lxt.MULTIPLIERS[m["mult"]]
    return q.value - half, q.value + half


def growth_range(this: Quantity, last: Quantity, *, real: bool) -> tuple[float, float]:
    """The growth in % that two levels allow, each only known to its last written digit (4.45万亿 is
    4.445-4.455万亿); for a real-growth measure widened by the price change (PRICE_CHANGE)."""
    (lo_n, hi_n), (lo_d, hi_d) = written_range(this), written_range(last)
    low, high = (lo_n / hi_d - 1) * 100, (hi_n / lo_d - 1) * 100
    if real:
        deflator_low, deflator_high = PRICE_CHANGE
        low, high = low - deflator_high, high - deflator_low
    return low, high


#: How a derived figure's bound is written after it (超过2.4万亿元 + 超过1万亿元 = 3.4万亿元 or more).
BOUND_WORDS: Final = {Comparator.GE: " or more", Comparator.LE: " or less", Comparator.EQ: "", Comparator.APPROX: ""}
WRITTEN: Final = re.compile(rf"(?P<digits>\d+(?:\.\d+)?)(?P<mult>{'|'.join(lxt.AMOUNT_MULTIPLIERS)})?")
