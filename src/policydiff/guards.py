"""Part of the align stage: the guards that keep similar-looking indicators apart.

Each answers one question about two indicators (or their keys): contrasting groups (城镇/全体, 进出口/出口),
another numerator of a share, a per-unit measure, a sub-category inserted or named in front, a swapped
modifier, a group joined to the target's, and an enumeration that holds every item a target lists.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.extract import is_flow
from policydiff.indicators import clean, split_list, strip_words
from policydiff.keys import bigrams, match_key
from policydiff.model import Statement

#: A name this long in front of a target's whole key (跨境电商进出口总额) makes the evidence a sub-category.
PREFIX_MIN: Final = 4


_THRESHOLD: Final = re.compile(rf"(\d+(?:\.\d+)?)?({'|'.join(lxt.AMOUNT_MULTIPLIERS)}){lxt.MONEY_UNIT}")


def _threshold(match: tuple[str, str]) -> float:
    number, multiplier = match
    return float(number or 1) * lxt.MULTIPLIERS[multiplier]


@lru_cache(maxsize=65536)  # asked of the same two indicators by several rules and for the series of derive
def contrasted(a: str, b: str) -> bool:
    """Whether two indicators differ by mutually exclusive modifiers (城镇 vs 全体, 一产 vs 二产).

    >>> contrasted("城镇居民人均可支配收入", "全体居民人均可支配收入"), contrasted("二产增加值", "二产增加值增长")
    (True, False)
    >>> contrasted("投资超亿元的文旅重大项目", "引进投资超10亿元重大项目")
    True
    >>> contrasted("财政科技支出占一般公共预算支出比重", "民生支出占一般公共预算支出比例")
    True
    >>> contrasted("社会物流总费用占地区生产总值的比重", "工业增加值占地区生产总值比重")
    True
    >>> contrasted("单位地区生产总值能耗降低", "地区生产总值增长")
    True
    >>> contrasted("常住人口城镇化率", "城镇化率"), contrasted("户籍人口城镇化率", "城镇化率")
    (False, True)
    """
    for word in lxn.SHARE_OF_WORDS:
        if _share_of(a, word) and _share_of(b, word) and _numerators_differ(a, b, word):
            return True  # 财政科技支出占…比重 is not 民生支出占…比重: a share of what
    if _intensity(a) != _intensity(b):
        return True  # 单位地区生产总值能耗 (per unit of output) is not 地区生产总值
    (ta, ma), (tb, mb) = _modifiers(a), _modifiers(b)
    if ta and tb and ta.isdisjoint(tb):
        return True  # 超亿元 projects are not 超10亿元 projects
    for group, mine, theirs in zip(lxn.CONTRASTS, ma, mb, strict=True):
        required = group in lxn.CONTRASTS_REQUIRED and lxn.CONTRASTS_REQUIRED[group] in a
        if required and not theirs and mine == {lxn.CONTRAST_DEFAULTS.get(group)}:
            required = False  # 城镇化率 is 常住人口城镇化率 unless it says otherwise
        if mine and not mine & theirs and (theirs or required):
            return True
    return False


def _intensity(text: str) -> bool:
    """Whether an indicator is per unit of something (单位地区生产总值能耗, 每万人口…)."""
    return bool(_INTENSITY.search(text))


_INTENSITY: Final = re.compile("|".join(lxn.INTENSITY_MARKS))


def _share_of(text: str, word: str) -> bool:
    """Whether ``text`` is a share X占Y (not 占用, 占地: occupying)."""
    at = text.find(word)
    after = at + len(word)
    return at > 0 and (
        not text.startswith(lxn.NOT_SHARE_AFTER, after) or text.startswith(lxn.SHARE_AFTER_ANYWAY, after)
    )


def _numerators_differ(a: str, b: str, word: str = lxn.SHARE_MARK) -> bool:
    """Whether two shares (X占Y比重, X相当于Y的比例) measure different numerators X: neither names the other's
    head (财政科技支出 vs 民生支出 differ; 研发经费投入 vs 全社会研发经费支出 do not)."""
    x, y = match_key(a.split(word, 1)[0]), match_key(b.split(word, 1)[0])
    return bool(x and y) and x[:2] not in y and y[:2] not in x


@lru_cache(maxsize=4096)
def _modifiers(text: str) -> tuple[frozenset[float], tuple[frozenset[str], ...]]:
    """The money thresholds named in an indicator, and its members of each contrast group."""
    thresholds = frozenset(_threshold(t) for t in _THRESHOLD.findall(text))
    for name, member in lxn.MEMBER_NAMES.items():
        text = text.replace(name, name + member)  # 新农合 is the 农村 scheme
    return thresholds, tuple(_members(group, text) for group in lxn.CONTRASTS)


def _members(group: tuple[str, ...], text: str) -> frozenset[str]:
    """The group's words in ``text``, longest first, each consuming its characters (进出口 is not 出口); every
    member of a contraction named makes the contraction named too (新农合和城镇居民医保 is 城乡居民医保).

    >>> sorted(_members(lxn.CONTRASTS[0], "城镇和农村居民"))
    ['农村', '城乡', '城镇']
    """
    found: set[str] = set()
    for word in sorted(group, key=len, reverse=True):
        if word in text:
            found.add(word)
            text = text.replace(word, "\0")
    found |= {short for short, full in lxn.CONTRACTIONS.items() if short in group and found.issuperset(full)}
    return frozenset(found)


def enumeration(text: str) -> tuple[list[str], str]:
    """The items of an enumeration (A、B等X, A、B5大X) and the head noun after it."""
    m = _ENUMERATION.search(text)
    if m is None:
        return [], ""
    items = [clean(p) for p in re.split(f"[{lxt.ENUMERATION_MARK}{lxt.COMMAS}]", m["items"]) if clean(p)]
    return items, m["head"]


_NOT_ITEM: Final = f"{lxt.COMMAS}{lxt.FULL_STOP}{lxt.FULL_SEMICOLON}"
# A、B等X, A、B等82项X, A、B5大X: the items, then the word closing the list, then its head noun
_ENUMERATION: Final = re.compile(
    rf"(?P<items>[^{_NOT_ITEM}]*{lxt.ENUMERATION_MARK}[^{_NOT_ITEM}]*?)"
    rf"(?:{lxn.LIST_CLOSER}(?:\d+[{lxt.COUNT_MEASURES}])?|[\d{lxt.CN_DIGITS}]+{lxn.KIND_COUNT_MARK})"
    rf"(?P<head>[{lxt.HAN_RANGE}]{{2,4}})"
)


def listed_in(target: str, evidence: str) -> bool:
    """Whether every item the target lists is among the evidence's items, under the same head noun.

    >>> listed_in("现代化工及能源、现代农产品加工等支柱产业", "大健康、现代化工、农产品加工5大支柱产业迈入万亿级")
    True
    """
    mine, head = enumeration(target)
    theirs, their_head = enumeration(evidence)
    if len(mine) < 2 or not theirs or head[:2] != their_head[:2]:
        return False
    return all(any(min(len(a), len(b)) >= 3 and (a in b or b in a) for b in theirs) for a in mine)


_VERBS: Final = (*lx.ACTION_VERBS, *lx.FLOW_WORDS)


@lru_cache(maxsize=16384)
def kinds_listed(indicator: str) -> tuple[tuple[str, ...], str]:
    """The kinds an indicator lists before the head noun they share, and the last kind's whole name.

    >>> kinds_listed("改造排水、供水、供热、燃气管网")
    (('排水', '供水', '供热'), '燃气管网')
    """
    items = split_list(strip_words(indicator, _VERBS, ()))
    if len(items) < 2 or any(not clean(i) for i in items):
        return (), ""
    return tuple(items[:-1]), items[-1]


@lru_cache(maxsize=16384)
def collective_head(indicator: str) -> str:
    """The head noun an indicator names all kinds of at once, or "": after a list closed by 等 (水热气等管网), or
    after words that name every kind (城镇地下管网).

    >>> collective_head("改造水热气等管网"), collective_head("新建改造城镇地下管网"), collective_head("燃气管网")
    ('管网', '管网', '')
    """
    name = clean(strip_words(indicator, _VERBS, ()))
    low, high = lxn.KIND_HEAD_LEN
    if lxn.LIST_CLOSER in name:
        head = name[name.rfind(lxn.LIST_CLOSER) + 1 :]
        return head if low <= len(head) <= high and not re.search(r"\d", head) else ""
    head = strip_words(name, lxn.COLLECTIVE_MODIFIERS, ())
    return head if head != name and low <= len(head) <= high else ""


def collected(target: str, evidence: str) -> bool:
    """Whether the evidence names all kinds of the thing whose kinds the target lists (排水、供水、燃气管网 /
    水热气等管网, 城镇地下管网): the kinds share the head noun, which the evidence names collectively.

    >>> collected("建设改造燃气和供排水管网", "新建改造城镇地下管网")
    True
    >>> collected("建设改造燃气和供排水管网", "改造燃气管网"), collected("新建城镇燃气管网", "城镇地下管网")
    (False, False)
    """
    others, last = kinds_listed(target)
    head = collective_head(evidence)
    return (
        bool(head and others) and last.endswith(head) and len(last) > len(head) and not any(head in o for o in others)
    )


def narrower(target: str, evidence: str, context: str = "") -> bool:
    """Whether the evidence names a sub-category: the target's key with words inserted inside it, or a name
    in front of it (see :func:`narrowing`).

    >>> narrower("规上工业增加值", "规上装备工业增加值"), narrower("城镇调查失业率", "年末城镇调查失业率")
    (True, False)
    >>> narrower("进出口总额", "跨境电商进出口总额")
    True
    """
    return bool(narrowing(target, evidence, context))


def narrowing(target: str, evidence: str, context: str = "") -> str:
    """How the evidence narrows the target: ``"front"`` (a name in front), ``"inserted"`` (words inside), or "".

    Words the target's own sentence or paragraph lead names (``context``) are not a sub-category: the
    target abbreviated them (加大研发费用加计扣除政策实施力度，将科技型中小企业加计扣除比例…).

    A name of PREFIX_MIN characters or more in front of the whole target (跨境电商进出口总额) narrows it
    too, unless it opens with a verb (开展, 建成) or the target's sentence names it; in front of a target that
    names a whole (公路通车总里程), a shorter name does (高速公路通车里程).
    """
    for whole, part in lxn.WHOLE_WORDS.items():
        bare = target.replace(whole, part, 1)
        if whole in target and bare in evidence and len(evidence[: evidence.find(bare)]) >= lxn.WHOLE_PREFIX_MIN:
            return "front"  # 公路通车总里程 against 高速公路通车里程: a kind of road, a part of the whole
    if len(evidence) <= len(target):
        return ""
    if target in evidence:
        prefix = evidence[: evidence.find(target)]
        verb = prefix.startswith(lx.ACTION_VERBS + lx.FLOW_WORDS + lx.STAGE_WORDS + lxn.BROAD_PREFIXES)
        named = any(prefix[i : i + PREFIX_MIN] in context for i in range(len(prefix) - PREFIX_MIN + 1))
        return "front" if len(prefix) >= PREFIX_MIN and not verb and not named else ""
    head = _common(target, evidence)
    tail = _common(target[::-1], evidence[::-1])
    inserted = evidence[head : len(evidence) - tail]
    content_head = target[:head] not in lx.FLOW_WORDS  # 新增(电动汽车)公共充电桩: only the verb is shared in front
    if not (content_head and head >= 2 and tail >= 2 and head + tail >= len(target)):
        return ""
    return "inserted" if inserted not in lxn.FILLER_WORDS and inserted not in context else ""


def substituted(target: str, evidence: str) -> bool:
    """Whether the evidence swaps the target's modifier for another (国家级优势特色产业集群 vs
    国家级中小企业特色产业集群): same start and end, middles of two or more characters sharing no pair of them.

    >>> substituted("新增国家级优势特色产业集群", "新增国家级中小企业特色产业集群")
    True
    >>> substituted("化工园区较低安全风险等级", "化工园区降至较低风险等级")
    False
    """
    head = _common(target, evidence)
    tail = _common(target[head:][::-1], evidence[head:][::-1])
    mine, theirs = target[head : len(target) - tail], evidence[head : len(evidence) - tail]
    if head < 2 or tail < 2 or len(mine) < 2 or len(theirs) < 2 or {mine, theirs} & set(lxn.FILLER_WORDS):
        return False
    return not bigrams(mine) & bigrams(theirs)


def joined(target: str, evidence: str) -> bool:
    """Whether the evidence names the target joined with another group (县级城市和县城…): broader, not narrower.

    >>> joined("县级城市黑臭水体消除率", "县级城市和县城黑臭水体消除率")
    True
    """
    key = match_key(target)
    for m in re.finditer(f"[{lxn.LIST_JOINERS}]", evidence):
        before, after = evidence[: m.start()], evidence[m.end() :]
        if match_key(after) == key:
            return True  # 基本养老保险和基本医疗保险参保率
        for n in range(1, 7):
            if key in (match_key(before + after[n:]), match_key(before[:-n] + after)):
                return True
    return False


def _common(a: str, b: str) -> int:
    """Length of the common prefix of two strings."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# --- statement guards: what kind of figure a statement states ---


def flow_statement(st: Statement, *, text: bool = False) -> bool:
    """Whether a statement names an increment (新增, 新建): by its indicator and verb, or by its whole clause."""
    if text:
        return is_flow(st.text)
    # a list of names selected (延安苹果、汉中中药材入选…) is the reviewed year's batch, an addition
    return is_flow(st.indicator) or is_flow(st.action) or st.action in lxn.NAMED_COUNT_VERBS


def is_level(st: Statement) -> bool:
    """Whether a target is a level to reach (企业达220家, 稳定在1亿亩), not a year's addition."""
    return any(w in st.text for w in lx.LEVEL_WORDS)


def delivers(c: Statement) -> bool:
    """Whether a target is an amount of work to do this year (建设高标准农田300万亩), not a level."""
    q = c.quantity
    return c.action in lx.DELIVERY_VERBS and q is not None and q.unit not in lxt.SHARE_UNITS and not is_level(c)


def stock_reached(o: Statement) -> bool:
    """Whether a statement states a stock reached (高标准农田达到4808万亩) rather than work done."""
    q = o.quantity
    if q is None or o.action in lx.DELIVERY_VERBS or any(v in o.indicator for v in lx.DELIVERY_VERBS):
        return False
    head = o.text[: max(0, o.text.find(q.text))]
    return head.endswith(lx.STATE_VERBS)


def lumps_list(indicator: str, *, closed: bool = True) -> bool:
    """Whether an indicator lists several things (A、B), closed as a lump (A、B等) when ``closed``."""
    listed = lxt.ENUMERATION_MARK in indicator
    return listed and (not closed or lxn.LIST_CLOSER in indicator)


def names_a_size(s: Statement) -> bool:
    """Whether the statement's figure is the size in a project's name (大唐700万吨露天矿, 2×35万千瓦热电联产
    项目): a measure, not a count of things, with a noun right after it. Two statements naming the same
    project repeat the figure, so an equal figure is no sign that one reports the other's outcome."""
    q = s.quantity
    if q is None or q.dimension in lxt.THING_CLASSIFIERS:
        return False
    after = s.text[q.span.end - s.span.start :][:1]
    return bool(after) and lxt.HAN_FIRST <= after <= lxt.HAN_LAST
