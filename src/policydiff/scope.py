"""Part of the extract stage: which figures of a clause are targets or outcomes, and what a spending clause names.

Input: the normalised text, a clause's span and its quantities. Output: the quantities kept (not baselines,
qualifiers, per-item sizes or forecasts). :mod:`policydiff.extract` builds a statement from each kept figure.
"""

from __future__ import annotations

import itertools
import re
from typing import Final, Literal

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff import lexicon_zh_years as lxy
from policydiff.indicators import clean
from policydiff.load import cjk
from policydiff.model import Comparator, Quantity, Span

Side = Literal["plan", "review", "next_plan"]

FAR_YEAR: Final = re.compile(rf"(?:{lx.alternation(lx.BY_YEAR_WORDS)})(20\d\d){lxt.YEAR_MARK}")
BASELINE_FROM: Final = re.compile(rf"[{''.join(lxn.BASELINE_PREFIXES)}]\S{{0,12}}$")
# the baselines may be a list (分别从50%、75%提高至100%)
BASELINE_TO: Final = re.compile(
    rf"(?:[{lxn.FIGURE_JOINERS}][\d.]+[{lxt.PERCENT_SIGNS}]?)*\S{{0,3}}(?:{lx.alternation(lx.BASELINE_TO_WORDS)})"
)
_SHARE_WORD: Final = re.compile("|".join(lxn.SHARE_OF_WORDS + lxn.BARE_SHARES))
#: "<figure>的<task>" (54亿元的投资计划, 16.9万平方米的绿化任务): the figure is the size of the task, not a qualifier.
_TASK_AFTER: Final = re.compile(
    rf"{lxt.POSSESSIVE}[^{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}]{{0,8}}(?:{lx.alternation(lxn.TASK_NOUNS)})"
)
#: What joins a figure to the next one as a list item, not as its qualifier (5%、7%; 城镇，农村).
_LIST_GAP: Final = re.compile(f"[{lxn.LIST_JOINERS}{lxt.COMMAS}]")
_ITEM_GAP: Final = re.compile(f"[{lxt.ENUMERATION_MARK}{lxt.COMMAS}]")


_HORIZON: Final = re.compile(lx.HORIZON_PATTERN)


def horizon_cut(sentence: str) -> int:
    """Where a several-year horizon (用3—5年时间, 三年内, 今后五年) begins to frame a plan sentence: at its own clause,
    which with those after it is not this year's plan; 0 when it frames the whole sentence, the sentence's length
    without one. The clauses before it are the year's (年内完成6000套改造计划，力争3年内全部启动…).

    >>> horizon_cut("年内完成6000套改造计划，力争3年内全部启动"), horizon_cut("用3年时间，新建公厕1000座")
    (13, 0)
    """
    m = _HORIZON.search(sentence)
    if m is None:
        return len(sentence)
    return max(0, *(sentence.rfind(ch, 0, m.start()) for ch in lxt.COMMAS + lxt.SEMICOLONS))


def about_last_year(segtext: str) -> bool:
    """Whether a plan clause speaks of last year (去年完成投资120亿元), not compares with it (比去年, 高于去年)."""
    return any(
        not re.search(f"[{lxn.COMPARED_MARKS}]$", segtext[: m.start()])
        and not segtext[: m.start()].endswith(lxn.COMPARED_TO_WORDS)
        for m in re.finditer(lxn.LAST_YEAR, segtext)
    )


def keep(norm: str, seg: Span, qs: list[Quantity], side: Side, plan_year: int | None) -> list[Quantity]:
    """The quantities of a segment that are targets or outcomes, not baselines, qualifiers or forecasts."""
    if not qs:
        return []  # no figure: nothing to keep (the checks below only ever drop)
    segtext = seg.slice(norm)
    if side == "plan":
        if any(w in segtext for w in lxn.FORECAST_WORDS):
            return []
        if about_last_year(segtext):
            return []  # 去年完成投资120亿元: last year's figure; but 增长7.8%、增幅明显高于去年 is this year's
        far = [int(y) for y in FAR_YEAR.findall(segtext)]
        if plan_year and any(y > plan_year for y in far):
            return []
        if premise(norm, seg, qs[0]):
            return []  # 今年高校毕业生超过1000万人，要加强…: the fact the sentence acts upon, not a target
    kept: list[Quantity] = []
    for i, q in enumerate(qs):
        if side == "plan" and q.text.endswith(lxt.NO_CHANGE_PHRASES):
            continue  # 与上年基本持平 in a plan: a wish without a number, no commitment (PROTOCOL.md)
        before = norm[seg.start : q.span.start]
        after = norm[q.span.end : seg.end]
        if BASELINE_FROM.search(before) and BASELINE_TO.match(after):
            continue  # baseline: 从75%提高到100%
        if side == "plan" and round_name(q, after):
            continue  # 实施千万亩高标准农田改造提升行动: a programme's name
        if side == "plan" and plant_size(norm, seg, q, after):
            continue  # 30万吨级进港航道, 大唐700万吨露天矿前期工作: a project's size, no stage promised
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        between = norm[q.span.end : nxt.span.start] if nxt else ""
        if (
            nxt
            and not _LIST_GAP.search(between)
            and (
                q.comparator in (Comparator.GE, Comparator.LE)
                or between.startswith(lxn.QUALIFIER_LINKS)
                or (not between and not _apposed(q, nxt))
            )
        ):
            continue  # qualifier: 5亿元以上重大项目10个
        if nxt and nxt.unit == "%" and not _LIST_GAP.search(between) and _SHARE_WORD.search(between):
            continue  # 45个重点开发区…产值占全省开发区的比重达84%: the count names whose share it is
        if before.endswith(lxt.CLOSING_QUOTE) and nxt and not _LIST_GAP.search(between):
            continue  # “牛羊菜果薯药粮种”8个产业集群…产值突破6100亿元: the count names the quoted list
        if (
            after.startswith(lxn.QUALIFIER_AFTER)
            and q.unit not in lxt.SHARE_UNITS
            and not _TASK_AFTER.match(after)
            and not _size_of_object(norm, side, qs, i)
        ):
            continue  # qualifier: 过2000万元的工业新增长点; but 16.9万平方米的绿化任务 is the task's size
        if (
            i > 0
            and before.endswith(lxn.QUALIFIER_OVER)
            and not _ITEM_GAP.search(norm[qs[i - 1].span.end : q.span.start])
        ):
            continue  # qualifier after a count: 64个预增产值过10亿元
        if i > 0 and _per_item(norm, seg, qs[i - 1], q):
            continue  # the size of each thing counted: 3座35万千瓦光热电站, 957个50户以上…村寨
        kept.append(q)
    return kept


def premise(norm: str, seg: Span, q: Quantity) -> bool:
    """Whether a plan clause states a fact of the present that its sentence goes on to act upon: the clause opens
    the sentence, names no intent or change before its figure, and a later clause opens with a duty word.

    今年高校毕业生超过1000万人，要加强就业创业指导 and 我区有20个对外开放口岸，要着力提升口岸功能 give the size of
    what the duty acts on; 专项转移支付项目要减少三分之一，今后还要进一步减少 promises its figure.
    """
    if not _SENTENCE_START.search(norm[max(0, seg.start - 2) : seg.start]) and seg.start > 0:
        return False
    before = norm[seg.start : q.span.start]
    if any(w in before for w in _PROMISE_WORDS):
        return False
    end = _SENTENCE_CLOSE.search(norm, seg.end)
    return _DUTY_CLAUSE.search(norm, seg.end, end.start() if end else len(norm)) is not None


_SENTENCE_MARKS: Final = f"{lxt.FULL_STOP}{lxt.SEMICOLONS}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}"
_SENTENCE_START: Final = re.compile(rf"(?:^|[{_SENTENCE_MARKS}\n])\s*$")
_SENTENCE_CLOSE: Final = re.compile(rf"[{_SENTENCE_MARKS}\n]")
_DUTY_CLAUSE: Final = re.compile(
    rf"[{lxt.COMMAS}]\s*(?:{lx.alternation(lxn.DUTY_OPENERS)})(?![{''.join(lxn.DUTY_FALSE_FOLLOWERS)}])"
)
#: Any verb of work or change is a promise; a level merely reached or crossed (达, 超过, 突破) may be a fact.
_PROMISE_WORDS: Final = (
    *lxn.PREMISE_PROMISE_WORDS,
    *lxn.SPENDING_HEADS,
    *(w for w in lx.ACTION_VERBS if w not in lx.COPULAS + lx.THRESHOLD_VERBS),
)


def plant_size(norm: str, seg: Span, q: Quantity, after: str) -> bool:
    """Whether a plan's figure is only the size of a project it names, with nothing promised of the project in the
    year: a class (30万吨级进港航道), or a capacity before the project's name (大唐700万吨露天矿, 2×66万千瓦煤电一体化)
    in a sentence that promises it no stage (加快推进…前期工作, 加快建设…等一批重大项目). A stage promised (完成项目
    核准, 建成投产, 开工建设) or the project's completion (完成日处理3万吨水厂改扩建) makes it a commitment.
    """
    if q.unit not in lxn.SIZE_UNITS:
        return False
    if after.startswith(lxt.CLASS_SUFFIX):
        return True
    named = after.removeprefix(lxn.SIZE_LINK)
    if q.unit not in lxn.CAPACITY_UNITS or not lxt.HAN_FIRST <= named[:1] <= lxt.HAN_LAST:
        return False
    if named.startswith(lx.BARE_COMPARATORS + lxn.GOAL_WORDS):
        return False  # 储能60万千瓦目标, 100万千瓦以上: the figure is the target
    end = norm.find(lxt.FULL_STOP, q.span.end)
    said = norm[seg.start : end if end >= 0 else len(norm)]
    return not any(w in said for w in lxn.PROMISED_STAGE_WORDS)


def round_name(q: Quantity, after: str) -> bool:
    """Whether a round figure written only in words (千万亩, 千亿斤, 百项, 千个) opens the name of a programme that
    follows it (千万亩高标准农田改造提升行动, 千亿斤粮食产能提升行动): a name, as 千万工程, not a target.

    >>> from policydiff.quantities import parse_quantities
    >>> [round_name(q, "高标准农田改造提升行动") for q in parse_quantities("千万亩")]
    [True]
    """
    text = q.text.strip()
    return (
        q.comparator is Comparator.EQ
        and text[:1] in lxy.ROUND_MAGNITUDE_CHARS
        and not any(ch.isdigit() for ch in text)
        and _PROGRAMME_NAME.match(after) is not None
    )


#: A name running on from the figure to a programme noun, within its clause (高标准农田改造提升行动, 级储能之都).
_PROGRAMME_NAME: Final = re.compile(rf"[{lxt.HAN_RANGE}]{{1,16}}?(?:{lx.alternation(lxn.PROGRAMME_NOUNS)})")


def _size_of_object(norm: str, side: Side, qs: list[Quantity], i: int) -> bool:
    """Whether a plan's figure before 的 is the size of the thing promised (投资5500万元的污泥处置工程年内完工,
    完成涉及6万户的村庄改造和3.5万户…改造), not a threshold (过2000万元的工业新增长点) or a qualifier of a count
    next to it (打造2个100亿元的产业集群). A number of people before 的 describes a population (14亿人的粮食安全),
    unless a task noun follows (see _TASK_AFTER)."""
    q = qs[i]
    if side != "plan" or q.comparator is not Comparator.EQ or q.unit == lxn.PEOPLE_UNIT:
        return False
    around = [norm[a.span.end : b.span.start] for a, b in itertools.pairwise(qs[max(0, i - 1) : i + 2])]
    return all(_LIST_GAP.search(gap) for gap in around)


def _apposed(q: Quantity, nxt: Quantity) -> bool:
    """Whether a count written right before another figure is kept: the count of things, the other figure either
    their size in another measure (新开工改造老旧小区716个26.95万户: estates and households) or the size of each
    (3座35万千瓦光热电站, see :func:`_per_item`)."""
    return q.unit in lxt.THING_CLASSIFIERS and nxt.unit != q.unit


def _per_item(norm: str, seg: Span, count: Quantity, q: Quantity) -> bool:
    """Whether ``q``, written right after a count, is the size of each thing counted (3座35万千瓦光热电站; 12个百亿元、
    70个…项目): words naming the things follow it. Closing the clause (716个26.95万户) it is a second total."""
    if norm[count.span.end : q.span.start] or not _apposed(count, q):
        return False
    rest = norm[q.span.end : seg.end]
    return cjk(rest) > 0 and not rest.startswith(lx.BARE_COMPARATORS)


def spending_only(norm: str, seg: Span, kept: list[Quantity]) -> bool:
    """Whether a clause is only a spending verb and its amount (全年计划投资12.7亿元), its object left to the next."""
    q = kept[-1]
    if len(kept) > 1 or norm[q.span.end : seg.end].strip():
        return False
    return clean(norm[seg.start : q.span.start]) in lxn.SPENDING_HEADS
