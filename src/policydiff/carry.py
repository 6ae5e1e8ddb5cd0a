"""Part of the align stage: carry-overs, report N's deliverables that report N+1's plan promises again.

Four ways of saying it again, each a rule of :data:`policydiff.rules.RULES`: the same words (carry-over), the
same named projects under the same head noun (named-again), a project named with its size (sized-project), the
same counted set under work still under way (ongoing-set). A fresh quota, another number of the same kind or a
new batch of it, is never a carry-over (:func:`_fresh_quota`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Final

import numpy as np

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff import lexicon_zh_years as lxy
from policydiff.guards import enumeration
from policydiff.indicators import strip_words
from policydiff.keys import DIGITS, covered
from policydiff.memo import Slot, for_the_same
from policydiff.model import Commitment, Outcome, Quantity
from policydiff.quantities import parse_quantities

__all__ = ["carry_overs", "named_again", "ongoing_set", "sized_again"]

#: Share of the commitment's words that next year's plan must repeat for a carry-over.
CARRY_MIN_SHARE: Final = 0.7
#: Fewest repeated characters for a carry-over, however short the commitment (a name, not a word).
CARRY_MIN_CHARS: Final = 8
#: Bigram coverage below which a clause cannot repeat CARRY_MIN_SHARE of the words (a cheap screen).
CARRY_SCREEN: Final = 0.5
#: A percentage target this high is an end state (100%使用清洁电力): promised again, it is the same goal.
END_STATE_SHARE: Final = 90.0
#: Shortest repeated run of characters that counts towards that share (a name, not a particle).
CARRY_MIN_RUN: Final = 4
#: Named projects of a commitment's list that next year's plan must name again for a carry-over.
NAMED_AGAIN_MIN: Final = 2
#: Shortest name of a listed or sized project (崇明线): shorter ones are common words (高铁, 大唐).
NAME_MIN_CHARS: Final = 3
#: Characters of the noun after a project's size that next year's plan must repeat after its name (扩建 of
#: 扩建项目 in 改扩建工程).
NOUN_KEY_CHARS: Final = 2
#: Shortest head noun of a counted set promised again (高铁): one character (座, 项) names no set.
HEAD_MIN_CHARS: Final = 2
#: Characters before a count within which 再 makes it a further batch (再建设10个).
AGAIN_REACH: Final = 4
#: Shortest head noun of a set that next year's plan may name again without its count (示范样板区).
UNCOUNTED_HEAD_CHARS: Final = 4


def named_again(c: Commitment, next_plan: Sequence[Outcome]) -> tuple[Outcome, float] | None:
    """The clause of next year's plan that names the projects the commitment listed, under the same head.

    "水乡客厅、淀山湖岸线生态治理、西岑科创园区等82项重大项目建设" is promised again by "全力推进水乡客厅、
    西岑科创中心等一批重大项目建设": at least NAMED_AGAIN_MIN of the named projects recur (by a run of
    CARRY_MIN_RUN characters at the start of their names, or a whole name of NAME_MIN_CHARS: 崇明线) and at
    least half of them in one clause that sets no fresh quota, in a sentence with the head noun (重大项目).
    A list may close on a measured figure before its head (机场联络线、崇明线、14号线等172公里轨道交通线).
    """
    if c.quantity is None:
        return None
    # the list the figure counts: in the figure's own clause (not 退耕还林还草、禁牧休牧等工作，完成3万亩…)
    own = next((p for p in _clauses(c.text) if c.quantity.text in p), c.text)
    listed, head = enumeration(own)
    if not head:  # 等172公里轨道交通线: the head follows the list's measured figure
        listed, head = enumeration(own.replace(c.quantity.text, ""))
    # a project is named by the start of its name (川气东送…), not by a generic run inside it (…航道整治)
    names = [n[:CARRY_MIN_RUN] for item in listed if len(n := _name(item)) >= NAME_MIN_CHARS]
    if len(names) < NAMED_AGAIN_MIN or not head:
        return None
    for o in next_plan:
        if head not in _name(o.text):
            continue
        for part in _clauses(o.text):
            named = sum(name in _name(part) for name in names)
            if named < max(NAMED_AGAIN_MIN, (len(names) + 1) // 2):
                continue
            if any(_fresh_quota(c.quantity, q, rate=c.is_rate) for q in _figures(part)):
                continue
            return o, round(100.0 * named / len(names), 1)
    return None


def sized_again(c: Commitment, next_plan: Sequence[Outcome]) -> tuple[Outcome, float] | None:
    """The clause of next year's plan that names again a project the commitment named with its size.

    "实施黑羊站水厂3万吨扩建项目" is promised again by "启动实施黑羊站水厂改扩建工程": the figure is in a unit of
    size (SIZE_UNITS) and sits between a name (NAME_MIN_CHARS at least, no verb in it) and the noun it measures;
    next year's plan names the project again, the noun's first characters after it, in a list item that gives
    it no other size. A quota has no name before its figure (新建10公里道路), so it is never found here.
    """
    q = c.quantity
    found = _sized_name(c)
    if q is None or found is None:
        return None
    name, noun = found
    for o in next_plan:
        if any(w in o.text for w in lxn.WRAP_UP_WORDS):
            continue
        for item in _items(o.text):
            at = item.find(name)
            if at < 0 or noun not in item[at + len(name) :]:
                continue
            if any(_family(other) == _family(q) and other.value != q.value for other in _figures(item)):
                continue  # 黑羊站水厂5万吨扩建: another size is another project
            return o, 100.0
    return None


def ongoing_set(c: Commitment, next_plan: Sequence[Outcome]) -> tuple[Outcome, float] | None:
    """The clause of next year's plan that counts again the set of things the commitment is building.

    "加快建设4个万亿级产业基地" is promised again by "推动4个万亿级产业基地提质升级", "加快建设…等6条高铁" by
    "抓好6条续建高铁建设": the same count of the same head noun (the noun after the figure, HEAD_MIN_CHARS long at
    least, found after the count in next year's clause), with a verb of work under way
    (lx.ONGOING_WORDS: 加快建设, 续建) on one side and a verb of a new batch (lx.FRESH_WORDS: 新建, 新增, 再建) on
    neither. The same count built anew every year (新建公厕1000座) is a fresh quota, never the same set.
    Under a verb of work under way in the plan, a head noun of UNCOUNTED_HEAD_CHARS names the set even without
    its count (加快建设10个示范样板区 -> 全力打造新城中心、产业社区、老城社区等示范样板区), in a clause counting
    nothing of its kind; a shorter one (高铁, 学校) names a kind of thing, not a set.
    """
    q = c.quantity
    if q is None or c.is_rate or q.unit in lxt.SHARE_UNITS or q.unit in lxn.SIZE_UNITS:
        return None
    own = _figure_clause(c.text, q, q.span.start - c.span.start)
    if own is None:
        return None
    before, head = own
    if len(head) < HEAD_MIN_CHARS or _fresh_batch(before):
        return None
    ongoing = _ongoing(before)
    for o, part, other in _figures_by_value(next_plan).get(q.value, ()):
        if not _same_kind(other, q):
            continue
        found = _figure_clause(part, other, part.find(other.text))
        if found is None or head not in found[1] or _fresh_batch(found[0]):
            continue
        if ongoing or _ongoing(found[0]) or _ongoing(found[1]):
            return o, 100.0
    if not ongoing or len(head) < UNCOUNTED_HEAD_CHARS:
        return None
    for o in next_plan:
        for part in _clauses(o.text):
            at = part.find(head)
            if at < 0 or _fresh_batch(part[:at]):
                continue
            if any(_same_kind(other, q) for other in _figures(part)):
                continue
            return o, 100.0
    return None


#: The last next year's plan indexed by :func:`_figures_by_value`, with its index.
_INDEXED: Slot = []


def _figures_by_value(next_plan: Sequence[Outcome]) -> dict[float, list[tuple[Outcome, str, Quantity]]]:
    """Every figure of next year's plan with its clause and sentence, by value, in document order: each
    commitment looks up its own value instead of walking every clause's figures (at 16 times a report's length,
    a second of an audit). Built once for the clauses of one plan (the same objects again: the same index)."""
    return for_the_same(_INDEXED, next_plan, lambda: _index_figures(next_plan))


def _index_figures(next_plan: Sequence[Outcome]) -> dict[float, list[tuple[Outcome, str, Quantity]]]:
    index: dict[float, list[tuple[Outcome, str, Quantity]]] = {}
    for o in next_plan:
        for part in _clauses(o.text):
            for other in _figures(part):
                if other.value == other.value:  # a NaN equals no commitment's value
                    index.setdefault(other.value, []).append((o, part, other))
    return index


def _figure_clause(text: str, q: Quantity, at: int) -> tuple[str, str] | None:
    """The words of a figure's clause before it and the head noun after it (4个万亿级产业基地 -> 万亿级产业基地)."""
    if not 0 <= at < len(text) or not text.startswith(q.text, at):
        return None
    before = re.split(f"[{lxt.COMMAS}{lxt.SEMICOLONS}]", text[:at])[-1]
    after = re.split(_ITEM_BREAK, text[at + len(q.text) :])[0]
    return before, (m[0] if (m := _NAME.match(after)) else "")


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """Whether two figures count the same kind of thing (4座 and 4个 do: a count may change its measure word)."""
    things = lxt.THING_CLASSIFIERS
    return _family(a) == _family(b) or (a.unit in things and b.unit in things)


def _ongoing(words: str) -> bool:
    """Whether the words hold a verb of work under way (续建, 加快建设)."""
    return any(w in words for w in lx.ONGOING_WORDS)


def _fresh_batch(before: str) -> bool:
    """Whether the words before a count make it a new batch (新建, 新增, 再 right before the count: 再建设10个)."""
    return any(w in before for w in lx.FRESH_WORDS) or any(w in before[-AGAIN_REACH:] for w in lx.AGAIN_WORDS)


def _sized_name(c: Commitment) -> tuple[str, str] | None:
    """The project name before a commitment's size figure and the first characters of the noun after it."""
    q = c.quantity
    if q is None or c.is_rate or q.unit not in lxn.SIZE_UNITS:
        return None
    at, end = q.span.start - c.span.start, q.span.end - c.span.start
    if not 0 <= at < end <= len(c.text):
        return None
    before = re.split(_ITEM_BREAK, c.text[:at])[-1]
    after = re.split(_ITEM_BREAK, c.text[end:])[0].removeprefix(lxn.SIZE_LINK)
    name = strip_words(re.sub(f"[{lxt.QUOTE_MARKS}]", "", before), _NAME_PREFIXES, ())
    if len(name) < NAME_MIN_CHARS or not _NAME.fullmatch(name) or any(v in name for v in lx.ACTION_VERBS):
        return None
    if any(ch in name for ch in lxy.FUNCTION_CHARS):  # 60个既有小区补绿增绿和…, 对老城区现有的…: not a name
        return None
    noun = after[:NOUN_KEY_CHARS]
    if not _NAME.fullmatch(noun) or len(noun) < NOUN_KEY_CHARS or after.startswith(lx.BARE_COMPARATORS):
        return None
    return name, noun


@lru_cache(maxsize=16384)
def _clauses(text: str) -> tuple[str, ...]:
    """A sentence's clauses, split at commas and semicolons (cached: every commitment reads next year's plan)."""
    return tuple(p for p in re.split(f"[{lxt.COMMAS}{lxt.SEMICOLONS}]", text) if p)


@lru_cache(maxsize=65536)
def _figures(text: str) -> tuple[Quantity, ...]:
    """The figures of a clause or item of next year's plan, parsed once however many commitments ask."""
    return parse_quantities(text)


def _items(text: str) -> list[str]:
    """A sentence's list items: its clauses split again at the enumeration mark."""
    return [p for part in _clauses(text) for p in part.split(lxt.ENUMERATION_MARK) if p]


#: Where a list item ends: a comma, a semicolon, the enumeration mark or the word closing a list (等).
_ITEM_BREAK: Final = f"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.ENUMERATION_MARK}{lxn.LIST_CLOSER}]"
#: A name: Chinese characters, letters and digits only.
_NAME: Final = re.compile(rf"[{lxt.HAN_RANGE}A-Za-z0-9]+")
#: Words stripped before a project's name (确保, 加快, 实施), longest first.
_NAME_PREFIXES: Final = tuple(sorted({*lx.ACTION_VERBS, *lx.INDICATOR_STOP_PREFIXES}, key=len, reverse=True))


@lru_cache(maxsize=16384)
def _name(text: str) -> str:
    """A project's name without quotes and a leading verb: 建设“疆电外送”第四通道 -> 疆电外送第四通道."""
    return strip_words(re.sub(f"[{lxt.QUOTE_MARKS}]", "", text), lx.ACTION_VERBS, ())


def _fresh_quota(target: Quantity, other: Quantity, *, rate: bool) -> bool:
    """A number in next year's plan that makes it a new quota, not the same deliverable again.

    Another number in the same kind of unit is a new quota; so is the same count or rate again. Only
    the same end-state share (a coverage or completion rate of END_STATE_SHARE or more) is the same goal.
    A count or amount in another unit is another deliverable (搬迁2.14万户 -> 在…搬迁集中安置点建设300个…).
    """
    if _family(other) != _family(target):
        return other.unit not in lxt.SHARE_UNITS
    end_state = target.unit == "%" and not rate and target.value >= END_STATE_SHARE
    return other.value != target.value or not end_state


def _family(q: Quantity) -> str:
    """The kind of a figure's unit (人次 counts 人)."""
    return lxt.UNIT_FAMILIES.get(q.dimension, q.dimension)


def _words(text: str) -> str:
    return DIGITS.sub("", re.sub(rf"[^\w{lxt.PERCENT_SIGNS}.]", "", text))


def carry_overs(commitments: Sequence[Commitment], next_plan: Sequence[Outcome]) -> list[tuple[Outcome, float] | None]:
    """For each commitment, the clause of report N+1's plan that promises the same deliverable again.

    Same deliverable: runs of at least CARRY_MIN_RUN characters covering CARRY_MIN_SHARE of the
    commitment's words (and CARRY_MIN_CHARS at least), and no fresh quota (see :func:`_fresh_quota`).
    Clauses are first screened for all pairs at once by bigram coverage; only the few that pass are
    compared run by run.
    """
    out: list[tuple[Outcome, float] | None] = [None] * len(commitments)
    words = [_words(c.text) for c in commitments]
    others = [_words(o.text) for o in next_plan]
    if not commitments or not next_plan:
        return out
    cover = covered(words, others, CARRY_SCREEN)
    quantities: dict[int, tuple[Quantity, ...]] = {}
    runs: dict[tuple[str, str], int] = {}  # repeated characters by pair of word strings, each compared once
    for i, c in enumerate(commitments):
        if c.quantity is None or len(words[i]) < 2 * CARRY_MIN_RUN:
            continue
        best: tuple[Outcome, float] | None = None
        for j in np.nonzero(cover[i])[0].tolist():
            if (pair := (words[i], others[j])) not in runs:
                blocks = SequenceMatcher(None, *pair, autojunk=False).get_matching_blocks()
                runs[pair] = sum(b.size for b in blocks if b.size >= CARRY_MIN_RUN)
            repeated = runs[pair]
            share = repeated / len(words[i])
            if share < CARRY_MIN_SHARE or repeated < CARRY_MIN_CHARS or (best is not None and share * 100 <= best[1]):
                continue
            if j not in quantities:
                quantities[j] = parse_quantities(next_plan[j].text)
            if any(_fresh_quota(c.quantity, q, rate=c.is_rate) for q in quantities[j]):
                continue
            if any(w in next_plan[j].text for w in lxn.WRAP_UP_WORDS):
                continue  # 开展…避险搬迁一期工程总结评估: reviewing finished work is not promising it again
            best = (next_plan[j], round(share * 100, 1))
        out[i] = best
    return out
