"""Part of the align stage: matching keys of indicators and their similarity.

A key is an indicator with verbs, time words and punctuation removed and synonyms unified
(:func:`match_key`). :func:`score_keys` scores every pair of keys at once: character-bigram coverage as
a sparse matrix product, blended with rapidfuzz's ``ratio`` from ``process.cdist``.
"""

from __future__ import annotations

import contextlib
import heapq
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Final

import numpy as np
from rapidfuzz import fuzz, process

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff import threads
from policydiff.indicators import strip_words

#: Two indicators that end alike name the same kind of thing (…水质比例 / …水质比例).
HEAD_BONUS: Final = 8.0
#: Weight of bigram coverage of the commitment key, of the outcome key, and of rapidfuzz's ratio.
WEIGHTS: Final = (0.6, 0.2, 0.2)

# Verbs and time words are dropped from keys; flow words (新增, 新建) stay: 新增就业 is not 再就业.
_KEY_DROP: Final = tuple(
    sorted(
        set(lx.ACTION_VERBS + lx.RATE_WORDS + lx.INDICATOR_STOP_PREFIXES + lxn.KEY_NOISE_WORDS + lx.EVERY_YEAR_WORDS)
        - set(lx.FLOW_WORDS + lx.STAGE_WORDS),
        key=lambda w: (-len(w), w),  # longest first, then a fixed order: never the hash seed's
    )
)
#: A commitment key shorter than this (面积, 投资) names no measure by itself: it matches nothing, rather than
#: every statement that mentions 投资; but a two-character task (造林, 置换) is matched by the same key alone.
KEY_MIN: Final = 3
_SYNONYMS: Final = sorted(lxn.INDICATOR_SYNONYMS.items(), key=lambda kv: -len(kv[0]))
#: Copulas, comparators, adverbs and units left at a key's end once the verb after them is gone (普及率提升至 ->
#: 普及率至, 环境面貌显著提升 -> 环境面貌显著, 医疗旅游人次): not part of the measure's name. The stop suffixes
#: that are nouns (规模, 目标) name the measure and stay.
_KEY_TAIL: Final = tuple(
    sorted(
        (
            set(lx.INDICATOR_STOP_SUFFIXES)
            | set(lxn.KEY_TRAILING_ADVERBS)
            | set(lxn.KEY_TRAILING_VERBS)
            | set(lxn.KEY_UNIT_TAILS)
        )
        - set(lxn.MEASURE_NOUNS)
        - set(lxn.GOAL_WORDS),
        key=lambda w: (-len(w), w),
    )
)


def _synonym_pattern(word: str, canonical: str) -> re.Pattern[str]:
    """``word`` and, if the text goes on with the rest of ``canonical``, that rest too: 外贸进出口(总额) and
    进出口(总额) both become 进出口总额, never 进出口总额总额."""
    overlap = max((n for n in range(1, min(len(word), len(canonical)) + 1) if word.endswith(canonical[:n])), default=0)
    rest = canonical[overlap:]
    return re.compile(re.escape(word) + (f"(?:{re.escape(rest)})?" if rest and overlap else ""))


_SYNONYM_PATTERNS: Final = [(w, _synonym_pattern(w, c), c) for w, c in _SYNONYMS]
DIGITS: Final = re.compile(rf"[\d.,{lxt.PERCENT_SIGNS}]+")
#: A run of years (连续两年) says when, not what: 外贸进出口总额连续两年 is 外贸进出口总额.
_RUN_OF_YEARS: Final = re.compile(lx.RUN_OF_YEARS_PATTERN)


#: An adverb opening an indicator before its verb (共实施, 已完成): dropped with the verb; 共建 and 共享 stay.
_LEADING_ADVERB: Final = re.compile(
    rf"^(?:{lx.alternation(lx.SINGLE_YEAR_WORDS)})?(?:{lx.alternation(lxn.KEY_LEADING_ADVERBS)})"
    rf"(?=(?:{lx.alternation(w for w in lx.ACTION_VERBS + lx.FLOW_WORDS if len(w) >= 2)}))"
)


@lru_cache(maxsize=4096)
def match_key(indicator: str) -> str:
    """The indicator with verbs, time words and punctuation removed and synonyms unified.

    >>> match_key("全年国内生产总值增长"), match_key("经济增长")
    ('地区生产总值', '地区生产总值')
    """
    base = DIGITS.sub("", _RUN_OF_YEARS.sub("", indicator))
    for word, pattern, canonical in _SYNONYM_PATTERNS:
        if word in base:  # each pattern begins with its word
            base = pattern.sub(canonical, base)
    base = _strip_tail(_LEADING_ADVERB.sub("", base))
    key = _unified(_strip_tail(_drop(base, _KEY_DROP)))
    if len(key) < KEY_MIN:
        # 企业实施改造: the verbs after the subject are the measure; only leading ones go (完成投资 stays 投资),
        # and a change's word at the end (投资增长 stays 投资: the change of what is not said)
        key = max(key, _unified(_strip_tail(_drop(strip_words(base, _KEY_DROP, lx.RATE_WORDS), ()))), key=len)
    return key


def _unified(key: str) -> str:
    """A whole key that is a synonym, or a name of the economy, as its canonical name (经济 -> 地区生产总值)."""
    return lxn.INDICATOR_SYNONYMS.get(key, lxn.ECONOMY_MEASURE if key in lxn.ECONOMY_WORDS else key)


def _strip_tail(key: str) -> str:
    """``key`` without the copulas and comparators at its end, as long as KEY_MIN characters stay.

    >>> _strip_tail("农村自来水普及率提升至"), _strip_tail("投资达")
    ('农村自来水普及率', '投资达')
    """
    while key and (tail := next((w for w in _TAIL_BY_LAST.get(key[-1], ()) if _cut(key, w)), "")):
        key = key[: -len(tail)]
    return key


def _cut(key: str, tail: str) -> bool:
    """Whether ``tail`` ends ``key`` and KEY_MIN characters stay without it."""
    return key.endswith(tail) and len(key) - len(tail) >= KEY_MIN


def _by_char(words: tuple[str, ...], edge: int) -> dict[str, tuple[str, ...]]:
    """``words`` by their first (``edge`` 0) or last (-1) character, each group in the words' order: only those
    can start (end) a text with that character, so a search tries them alone and finds what the full scan finds."""
    out: dict[str, list[str]] = {}
    for w in words:
        if w:
            out.setdefault(w[edge], []).append(w)
    return {ch: tuple(ws) for ch, ws in out.items()}


_TAIL_BY_LAST: Final = _by_char(_KEY_TAIL, -1)
#: The positions in _KEY_DROP of the words beginning with each character.
_DROP_BY_FIRST: Final = {
    ch: tuple(k for k, w in enumerate(_KEY_DROP) if w[:1] == ch) for ch in {w[0] for w in _KEY_DROP if w}
}


def _drop(text: str, words: tuple[str, ...]) -> str:
    key = text
    if words is _KEY_DROP:
        # removing words only shortens the text, so a word whose first character is not in it never occurs:
        # the others are tried, in the same order
        words = tuple(_KEY_DROP[k] for k in sorted({k for ch in set(text) for k in _DROP_BY_FIRST.get(ch, ())}))
    for word in words:
        if len(key) > len(word) + 1:
            key = key.replace(word, "")
    return re.sub(r"[^\w]", "", key) or text


#: Keys of the second side turned into a matrix at once in :func:`coverage`.
_BLOCK: Final = 512


def bigrams(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)} or {key}


def coverage(a: Sequence[str], b: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Shares of each key's bigrams found in the other key, for all pairs (sparse product)."""
    ga, gb = [bigrams(k) for k in a], [bigrams(k) for k in b]
    # only bigrams of ``a`` can be shared, so they alone need a column: the product stays small
    vocab = {g: i for i, g in enumerate(sorted(set().union(*ga)))}
    ma = _incidence(ga, vocab)
    shared = np.empty((len(a), len(b)))
    with one_blas_thread():
        for start in range(0, len(b), _BLOCK):  # a block of ``b`` at a time: long reports stay small in memory
            mb = _incidence([grams & vocab.keys() for grams in gb[start : start + _BLOCK]], vocab)
            shared[:, start : start + _BLOCK] = ma @ mb.T
    sizes_b = np.array([len(g) for g in gb], dtype=float)
    return shared / ma.sum(axis=1, keepdims=True), shared / sizes_b[None, :]


#: Whether a one_blas_thread block is active (entering threadpoolctl's limit costs about 50 microseconds).
_LIMITED = False


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS limited to one thread inside the block, as it was before it after (nothing to do when the command line
    pinned the libraries to one thread before they loaded: :func:`policydiff.threads.pin_threads`).

    The products here are small: threads do not speed them up, and OpenBLAS's threads keep spinning after each
    one, taking a core from the Python code around it (on a busy 2-core machine, fujian's carry-over search
    took 40 ms with them, 11 ms without). Without threadpoolctl the block runs as it is."""
    global _LIMITED
    controller = _blas_controller() if not (_LIMITED or threads.pinned) else None
    if controller is None:
        yield  # no threadpoolctl, or already limited by an enclosing block (an audit limits once)
        return
    _LIMITED = True
    try:
        with controller.limit(limits=1, user_api="blas"):
            yield
    finally:
        _LIMITED = False


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    """threadpoolctl's view of the loaded BLAS libraries (looked up once: it scans the process), or None."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def covered(a: Sequence[str], b: Sequence[str], share: float) -> np.ndarray:
    """Whether at least ``share`` of each key of ``a``'s bigrams is found in each key of ``b``: the first matrix
    of :func:`coverage` compared with ``share``, worked out a block of ``b`` at a time (long reports)."""
    out = np.zeros((len(a), len(b)), dtype=bool)
    for start in range(0, len(b), _BLOCK):
        out[:, start : start + _BLOCK] = coverage(a, b[start : start + _BLOCK])[0] >= share
    return out


def _incidence(grams: Sequence[set[str]], vocab: dict[str, int]) -> np.ndarray:
    """A 0/1 matrix: one row per set of bigrams, a 1 in the column of each of its bigrams (all in ``vocab``)."""
    out = np.zeros((len(grams), len(vocab)), dtype=np.float32)
    rows = np.repeat(np.arange(len(grams)), [len(g) for g in grams])
    cols = np.fromiter((vocab[g] for gs in grams for g in gs), dtype=np.intp, count=len(rows))
    out[rows, cols] = 1.0
    return out


def score_keys(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Similarity 0-100 of every key in ``a`` to every key in ``b`` (see :data:`WEIGHTS`)."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    cover_a, cover_b = coverage(a, b)
    ratio = process.cdist(a, b, scorer=fuzz.ratio, processor=None, workers=1)
    wa, wb, wr = WEIGHTS
    ends = {e: k for k, e in enumerate({x[-2:] for x in (*a, *b)})}
    heads = np.array([ends[x[-2:]] for x in a])[:, None] == np.array([ends[y[-2:]] for y in b])[None, :]
    score = 100.0 * (wa * cover_a + wb * cover_b) + wr * ratio + HEAD_BONUS * heads
    short = np.array([len(x) < KEY_MIN for x in a])
    if short.any():
        same = np.array([_named(x) for x in a], dtype=object)[:, None] == np.array(list(b), dtype=object)[None, :]
        score[short] = np.where(same[short], 100.0, 0.0)

    return np.asarray(np.minimum(score, 100.0), dtype=float)


def _named(key: str) -> str | None:
    """A short key that still names one measure by itself (造林, 置换: a task, not 投资 or 面积), else None."""
    if len(key) != KEY_MIN - 1 or not _HAN_ONLY.fullmatch(key) or key in lxn.GENERIC_SHORT_KEYS:
        return None
    return key


_HAN_ONLY: Final = re.compile(f"[{lxt.HAN_RANGE}]+")


def pair_score(a: str, b: str) -> float:
    """``score_keys([a], [b])[0, 0]`` without the matrices: the same arithmetic on one pair of keys, for callers
    that weigh pairs one at a time (a matrix of one pair costs about 100 microseconds of numpy calls; this, 5).
    Bit for bit the same: shared bigrams are counted exactly either way, and rapidfuzz's ratio is weighted in
    float32, as ``cdist`` returns it (``tests/test_keys.py`` compares the two on every pair of real keys)."""
    if len(a) < KEY_MIN:
        return 100.0 if _named(a) == b else 0.0
    ga, gb = bigrams(a), bigrams(b)
    shared = len(ga & gb)
    wa, wb, wr = WEIGHTS
    ratio = float(np.float32(wr) * np.float32(fuzz.ratio(a, b)))
    score = 100.0 * (wa * (shared / len(ga)) + wb * (shared / len(gb))) + ratio + HEAD_BONUS * (a[-2:] == b[-2:])
    return min(score, 100.0)


def similarity(a: str, b: str) -> float:
    """How alike two indicators are, 0-100, mostly how much of ``a`` is found in ``b``.

    >>> similarity("城镇调查失业率", "年末城镇调查失业率") > 90
    True
    >>> similarity("低效建设用地减量", "低效产业用地盘活处置") < 70  # the align stage's SCORE_CUTOFF
    True
    """
    return pair_score(match_key(a), match_key(b))


def assign_lazily(
    score: Callable[[int, int], float], pending: list[tuple[float, int, int, int]], out: np.ndarray, cutoff: float
) -> None:
    """Score into ``out``, of the ``pending`` pairs (negated bound, 0, row, column), those that
    :func:`policydiff.align.assign` would read: the one-to-one assignment made lazily, highest first (ties to
    the lower row, then column), a pair's bound scored when it comes first in that order and its row and column
    are still free; a bound ties before an equal score. A pair left unscored was settled by a pair above it,
    as its score is at most its bound."""
    rows, cols = np.nonzero(out >= cutoff)
    heap = pending + [(-float(out[i, j]), 1, i, j) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)]
    heapq.heapify(heap)
    chosen: set[int] = set()
    taken: set[int] = set()
    while heap:
        _, exact, i, j = heapq.heappop(heap)
        if i in chosen or j in taken:
            continue
        if exact:
            chosen.add(i)
            taken.add(j)
        elif (s := score(i, j)) >= cutoff:
            heapq.heappush(heap, (-s, 1, i, j))
