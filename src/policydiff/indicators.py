"""Part of the extract stage: the indicator, action, sense and rate of a number in a clause.

Given a comma segment and its kept quantities, name what each number measures: the words before it
(城镇新增就业1100万人), the noun after it (新建17所中小学), a shared verb over a list (新建公厕10座、充电桩1000个),
a 分别 or 均 list, or the subject of the sentence's previous number (地区生产总值60199亿元、增长5%).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff.model import Comparator, Quantity, Sense, Span

_TRIM: Final = "、，,：:；;（）()“”\"'《》 \t—-"
_NOUN_STOP: Final = re.compile(r"[，,。；;、：:（(]|以上|以下|左右|以内")
# numbers listed before the last (分别增长5.5%左右、6%左右; 分别再提高30元和5元), with their units
_LISTED_NUMBERS: Final = re.compile(r"(?:\d+(?:\.\d+)?(?:%|[^\d、和，,。；\s]{1,3}?)?(?:左右|以上|以内|以下)?[、和])+$")
_BASELINE_TAIL: Final = re.compile(rf"[{''.join(lx.BASELINE_PREFIXES)}][^{''.join(lx.BASELINE_PREFIXES)}]*$")
_BASELINE_LIST: Final = re.compile(rf"[{''.join(lx.BASELINE_PREFIXES)}][\d.%％、和]+")
_YEAR_HEAD: Final = re.compile(r"^(?:19|20)\d\d年(?:底|末)?")
_LEAD_COMPARATOR: Final = re.compile(r"^(?:以上|以下|左右|以内)?的?")
#: Shortest noun after a share that names what the share is of (50%以上面积达到海绵城市建设标准).
_SHARE_NOUN_MIN: Final = 4
_SHARED_JUN: Final = re.compile(rf"(?<![{''.join(lx.JUN_NOT_SHARED_BEFORE)}])均(?={'|'.join(lx.JUN_SHARED_VERBS)})")
_EXAMPLES: Final = re.compile(r"^[^，,；;]*、[^、，,；;]*等(?=[\u4e00-\u9fff]{2})")
_INDICATOR_MAX: Final = 24  # the subject of a number sits right before it; longer prefixes are context


def strip_words(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """``text`` with the given leading and trailing words (and punctuation) removed, repeatedly."""
    changed = True
    while changed and text:
        changed = False
        text = text.strip(_TRIM)
        for p in prefixes:
            if text.startswith(p) and len(text) > len(p):
                text, changed = text[len(p) :], True
        for s in suffixes:
            if text.endswith(s) and len(text) > len(s):
                text, changed = text[: -len(s)], True
    return text


def clean(text: str) -> str:
    """An indicator without baselines (从75%…), time and modal words, copulas and comparators."""
    text = _BASELINE_TAIL.sub("", text) or text  # a baseline's words: 比例从75%(提高到)
    text = _YEAR_HEAD.sub("", text.strip(_TRIM))  # 2022年预计达到4.45万亿元: the year is not the subject
    return strip_words(text, lx.INDICATOR_STOP_PREFIXES, lx.INDICATOR_STOP_SUFFIXES)


def action_of(text: str) -> str:
    """The first action or rate verb in ``text`` (新建, 增长), or ""."""
    text = text.replace("增加值", "\0\0\0")  # value added, not the verb 增加
    hits = [(text.find(v), -len(v), v) for v in lx.ACTION_VERBS + lx.RATE_WORDS if v in text]
    return min(hits)[2] if hits else ""


def noun_after(norm: str, q: Quantity, end: int) -> str:
    """The noun right after a quantity (17所中小学 -> 中小学), up to the next punctuation or comparator."""
    rest = _LEAD_COMPARATOR.sub("", norm[q.span.end : end])  # 50%以上面积…, 94%的农村人口
    m = _NOUN_STOP.search(rest)
    return clean(rest[: m.start()] if m else rest)[:_INDICATOR_MAX]


def subject_of(indicator: str) -> str:
    """The indicator without its trailing verb: 地区生产总值增长 -> 地区生产总值."""
    for word in sorted(lx.RATE_WORDS + lx.ACTION_VERBS, key=len, reverse=True):
        if indicator.endswith(word) and len(indicator) > len(word) + 1:
            return indicator[: -len(word)]
    return indicator


def indicators(
    text: str, seg: Span, qs: list[Quantity], context: str = "", subjects: Sequence[str] = ()
) -> list[tuple[Quantity, str, str]]:
    """(quantity, indicator, action) for each kept quantity of a segment.

    A 分别 list gives each number its own subject; a 均 list (参保率均达97%) gives one number to each
    subject; ``context`` is the subject of the sentence's previous number, for a bare "增长5%";
    ``subjects`` are the previous clause's listed subjects, for a 均 without its own list
    (办理人大代表建议71件、政协提案90件，满意率均达100%).
    """
    segtext = seg.slice(text)  # indicators are cut from the source text, so they read as written
    head = segtext[: qs[0].span.start - seg.start]
    jun = _SHARED_JUN.search(head)  # 均达, not 人均, 年均 or 均值
    if jun and len(qs) == 1 and len(subjects) > 1 and not re.search(r"[、和及]", head[: jun.start()]):
        measure = clean(head[: jun.start()])
        return [(qs[0], subject + measure, action_of(head[jun.start() :])) for subject in subjects]
    for word in ("分别", "均"):
        at = head.find(word)
        parts = [p for p in re.split(r"[、和及]", head[:at]) if p] if at > 0 else []
        rest = head[at + len(word) :]
        # one number for every subject: 参保率均达97%; 分别从50%、75%提高至100% (the baselines differ)
        one_number = len(qs) == 1 and (word == "均" or bool(_BASELINE_LIST.search(rest)))
        if len(parts) > 1 and (len(parts) == len(qs) or one_number):
            pairs = _distribute(parts, _BASELINE_LIST.sub("", rest))
            quantities = qs if len(qs) == len(parts) else qs * len(parts)
            return [(q, ind, act) for q, (ind, act) in zip(quantities, pairs, strict=True)]
        if word == "分别" and at > 0 and len(qs) > 1:
            # 城乡居民人均可支配收入分别增长5%和7%: a contracted subject (城乡 = 城镇, 农村) is expanded;
            # otherwise each number keeps the whole name
            subject, verb = clean(head[:at]), clean(head[at + 2 :])
            for short, full in lx.CONTRACTIONS.items():
                if short in subject and len(full) == len(qs):
                    return [
                        (q, subject.replace(short, f, 1) + verb, action_of(verb)) for q, f in zip(qs, full, strict=True)
                    ]
            return [(q, subject + verb, action_of(verb)) for q in qs]
    first = clean(head[-_INDICATOR_MAX:])
    number_first = len(first) <= 3 or (
        first.endswith(lx.ACTION_VERBS) and bool(noun_after(text, qs[0], qs[1].span.start if len(qs) > 1 else seg.end))
    )
    out: list[tuple[Quantity, str, str]] = []
    shared = ""
    prev_end = seg.start
    for i, q in enumerate(qs):
        end = qs[i + 1].span.start if i + 1 < len(qs) else seg.end
        left = text[prev_end : q.span.start]
        continuation = i > 0 and bool(re.match(r"^[、和及与]|^\s*$", left))
        if number_first and i > 0:
            continuation = bool(re.search(r"[、和及与]\s*$", left))  # 17所中小学、13所幼儿园
        left = left[-_INDICATOR_MAX:]
        core = _EXAMPLES.sub("", clean(left))  # 大数据、集成电路等数字经济核心产业: the examples name the class
        if len(re.sub(r"\d+(?:\.\d+)?\S?类?", "", core)) <= 3:
            core = re.sub(r"\d+(?:\.\d+)?\S?类?$", "", core)  # 实施10大类55项民生实事: 10大类 qualifies the list
        action = action_of(left) or shared
        if i == 0 or not continuation:
            shared = action or shared
        noun = noun_after(text, q, end) if number_first or len(core) <= 3 else ""
        if not noun and q.unit == "%" and len(share_of := noun_after(text, q, end)) >= _SHARE_NOUN_MIN:
            core += share_of  # 城市建成区50%以上面积达到海绵城市建设标准: the share is of the 面积 that…
        if (core in ("达到", "达", "为", "是") or not (core or noun)) and context:
            indicator = context  # 地区生产总值增长20%，达到282亿元: the level of the same thing
        elif core and context and core == action_of(core) and core in lx.RATE_WORDS:
            indicator = context + core  # 地区生产总值60199亿元、增长5%: the growth of the same thing
        elif core in lx.BARE_SHARES and context and not noun:
            indicator = context + core  # 新能源和清洁能源装机…达到9048万千瓦，占比55.1%: the share of the same thing
        elif core.endswith("等") and (examples := noun_after(text, q, end)):
            indicator = examples  # 省联投、省交投等6家地方国企进入中国企业500强: the names are examples
        elif continuation and out and len(core) == 2 and core in lx.SHORT_MEASURES and not noun:
            indicator = out[-1][1][:2] + core  # 粮食播种面积1266.6万亩、产量514.4万吨: 粮食产量
        elif continuation and out and q.unit == "元" and out[-1][0].unit in lx.COUNT_UNITS and len(core) > 1:
            # 实施省重点项目1550个、年度计划投资7150亿元: the amount is the projects'
            things = strip_words(out[-1][1], lx.ACTION_VERBS, ())
            indicator = core if things in core else things + core
        elif number_first and continuation and noun:
            indicator = shared + noun  # 培养引进10名战略科学家、100名科技领军人才
        elif len(core) <= 3 or (number_first and i == 0 and noun):
            base = core if core and core != action else ""
            if number_first and i == 0:
                base = core
            indicator = (shared if continuation else "") + base + noun if noun else (shared + core)
        else:
            indicator = (shared if continuation and shared not in core else "") + core
        out.append((q, indicator or core or q.unit, action))
        context = subject_of(out[-1][1])
        prev_end = q.span.end
    return out


def _distribute(parts: list[str], verb: str) -> list[tuple[str, str]]:
    """城镇、农村常住居民人均可支配收入 分别 增长 -> 城镇常住居民…增长, 农村常住居民…增长."""
    last = parts[-1]
    width = max(1, round(sum(len(p) for p in parts[:-1]) / (len(parts) - 1)))
    tail = last[width:] if len(last) > width + 1 else ""
    heads = [clean(p) for p in parts[:-1]] + [clean(last[:width] if tail else last)]
    verb = clean(verb)
    return [(f"{h}{tail}{verb}", action_of(verb)) for h in heads]


def is_rate(norm: str, q: Quantity) -> bool:
    """Whether the number is a change (增长5%, 再提高30元), not a level (达到5%, 提高到84元)."""
    if q.text.endswith(lx.RATE_PHRASES):
        return True  # 居民消费价格与上年持平: a change of 0%
    start = q.span.start
    # in a list (分别增长5.5%左右、6%左右、5%左右) the verb stands before the first number
    listed = _LISTED_NUMBERS.search(norm, max(0, start - 40), start)
    if listed is not None:
        start = listed.start()
    head = norm[max(0, start - 6) : start]
    head = strip_words(head, (), (*tuple(lx.PREFIX_COMPARATORS), "了", "达"))
    if head.endswith(lx.TO_LEVEL_WORDS):
        return False
    return any(head.endswith(w) for w in lx.RATE_WORDS) or bool(re.search(r"(?:增长|下降|增速|涨幅)\S{0,2}$", head))


def sense_of(indicator: str, action: str, comparator: Comparator) -> Sense:
    if any(w in action for w in lx.REDUCTION_WORDS) or any(indicator.endswith(w) for w in lx.REDUCTION_WORDS):
        return Sense.FLOOR
    if any(w in indicator for w in lx.CEILING_WORDS):
        return Sense.CEILING
    if comparator is Comparator.LE:
        return Sense.CEILING
    return Sense.FLOOR
