"""Part of the extract stage: whether a figure is a change or a level, a floor or a cap, and a share stated in words.

Split from :mod:`policydiff.indicators`, which names what each number measures; these read the words around a
number once its indicator is known (增长5% is a change, 提高到84元 a level; 赤字率下降到1.5% a cap).
"""

from __future__ import annotations

import re
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.indicators import clean, strip_words
from policydiff.model import Comparator, Quantity, Sense, Span

# numbers listed before the last (分别增长5.5%左右、6%左右; 分别再提高30元和5元), with their units
_LISTED_NUMBERS: Final = re.compile(
    rf"(?:\d+(?:\.\d+)?(?:%|[^\d{lxn.FIGURE_JOINERS}{lxt.COMMAS}{lxt.FULL_STOP}{lxt.FULL_SEMICOLON}\s]{{1,3}}?)?"
    rf"(?:{lx.alternation(lx.BARE_COMPARATORS)})?[{lxn.FIGURE_JOINERS}])+$"
)
#: A rate word a few characters before the figure (增长了约5%).
_LOOSE_RATE_TAIL: Final = re.compile(rf"(?:{lx.alternation(lx.LOOSE_RATE_WORDS)})\S{{0,2}}$")
_RATE_NOUN_TAIL: Final = re.compile(
    rf"(?:{lx.alternation(lxn.RATE_NOUNS)})[^\d{lxt.COMMAS}{lxt.FULL_STOP}{lxt.FULL_SEMICOLON}{lxt.ENUMERATION_MARK}]{{0,{lxn.RATE_NOUN_GAP}}}$"
)

_RATE_GAP: Final = (*tuple(lx.PREFIX_COMPARATORS), *lx.RATE_GAP_WORDS)


def is_rate(norm: str, q: Quantity, indicator: str = "") -> bool:
    """Whether the number is a change (增长5%, 再提高30元), not a level (达到5%, 提高到84元).

    An ``indicator`` that names a change (居民消费价格涨幅回落, 海洋旅游增速) makes it one, whatever the verb.
    """
    if q.text.endswith(lxt.RATE_PHRASES):
        return True  # 居民消费价格与上年持平: a change of 0%
    if _RATE_NOUN_TAIL.search(indicator):
        return True  # 居民消费价格涨幅回落到2.6%: the measure is a change
    start = q.span.start
    # in a list (分别增长5.5%左右、6%左右、5%左右) the verb stands before the first number
    listed = _LISTED_NUMBERS.search(norm, max(0, start - 40), start)
    if listed is not None:
        start = listed.start()
    head = norm[max(0, start - 6) : start]
    head = strip_words(head, (), _RATE_GAP)
    if head.endswith(lx.TO_LEVEL_WORDS):
        return False
    return head.endswith(lx.RATE_WORDS) or bool(_LOOSE_RATE_TAIL.search(head))


_REDUCTION: Final = re.compile(lx.alternation(lx.REDUCTION_WORDS))
_CEILING: Final = re.compile(lx.alternation(lxn.CEILING_WORDS))


def down_to(norm: str, q: Quantity) -> bool:
    """Whether the figure is a level a measure is taken down to (赤字率下降到1.5％左右): a cap on the level, whatever
    the verb's sense as a cut (能耗降低2.5% is a floor on the cut)."""
    return norm[max(0, q.span.start - lx.DOWN_TO_REACH) : q.span.start].endswith(lx.DOWN_TO_LEVEL_WORDS)


def sense_of(indicator: str, action: str, comparator: Comparator) -> Sense:
    if _REDUCTION.search(action) or indicator.endswith(lx.REDUCTION_WORDS):
        return Sense.FLOOR
    if _CEILING.search(indicator):
        return Sense.CEILING
    if comparator is Comparator.LE:
        return Sense.CEILING
    return Sense.FLOOR


_IMPLIED: Final = re.compile("|".join(lxn.IMPLIED_SHARES))


def implied_share(text: str, seg: Span) -> tuple[Quantity, str] | None:
    """A share stated in words (县级城市和县城黑臭水体基本消除: a 消除率 of at least 90%), as a quantity whose
    text is the words, and the indicator it measures."""
    segtext = seg.slice(text)
    if _IMPLIED.search(segtext) is None:
        return None
    for word, (measure, share) in lxn.IMPLIED_SHARES.items():
        at = segtext.find(word)
        subject = clean(segtext[:at]) if at > 0 else ""
        if at > 0 and (verb := lxn.IMPLIED_SHARE_VERBS.get(word)) is not None:
            # 建制镇实现生活污水处理设施全覆盖: the share of what is named around the verb, stated as a result
            v = segtext.rfind(verb, 0, at)
            hedged = segtext[:v].endswith(lxn.IMPLIED_SHARE_HEDGES)
            subject = "" if v < 0 or hedged else clean(segtext[:v] + segtext[v + len(verb) : at])
        if len(subject) < 2:
            continue
        span = Span(seg.start + at, seg.start + at + len(word))
        q = Quantity(value=share, unit="%", dimension="%", text=word, span=span, comparator=Comparator.GE)
        return q, subject + measure
    return None
