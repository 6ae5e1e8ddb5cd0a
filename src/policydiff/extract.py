"""The extract stage: Document -> Commitments (plan side) and Outcomes (review side).

Each sentence of the chosen part is cut into comma segments; every quantity in a segment that is a
target (not a year, code, baseline, qualifier or forecast) becomes one statement. A verb shared over an
enumeration (新建公厕10座、充电桩1000个) and a 分别 list (城镇、农村…分别增长6%、8.3%) are distributed, so
each number gets its own indicator.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final, Literal

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.groups import list_of, listed_claims, named_count, task_claims
from policydiff.indicators import clean, indicators, strip_words, subject_of
from policydiff.load import cjk
from policydiff.model import (
    Commitment,
    Comparator,
    Document,
    Outcome,
    Quantity,
    Section,
    SectionKind,
    Sense,
    Span,
    Statement,
)
from policydiff.outline import headings_across, section_path
from policydiff.periods import every_year, opening_clause, own_clause_head, passages, several_years, single_year
from policydiff.quantities import normalize, parse_quantities
from policydiff.scope import horizon_cut, keep, spending_only
from policydiff.senses import down_to, implied_share, is_rate, sense_of
from policydiff.subjects import (
    names_nothing,
    object_of_clause,
    paid_for,
    record_subject,
    topic_of_clause,
    with_object,
)

Side = Literal["plan", "review", "next_plan"]

# A line break ends a sentence, except around a line holding only a zero-width space (Wikisource's
# "…目标设定\n\u200b\n为6%以上" splits one sentence). Led by its first characters (lexicon_zh.led).
_STOPS: Final = f"{lxt.FULL_STOP}{lxt.SEMICOLONS}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}"
SENTENCE_END: Final = re.compile(lx.led(rf"{_STOPS}\s", rf"[{_STOPS}]|(?<!\u200b)\n(?!\u200b)|\s{{2,}}"))
_SEGMENT_END: Final = re.compile(f"[{lxt.COMMAS}{lxt.COLONS}]")
_GLOSSARY: Final = re.compile(rf"(?m)^\s*(?:{lx.alternation(lxp.GLOSSARY_TITLES)})\s*$")
#: What ends a paragraph: a line break, or (in one-line texts) a run of two spaces of any width.
_PARAGRAPH_BREAK: Final = re.compile(r"\n|  |\u3000\u3000|\u2003\u2003|\xa0\xa0")
_CLAIM: Final = re.compile(lx.alternation(lx.COMPLETION_WORDS + lxn.BUDGET_CLAIM_WORDS))
_SHORT_QUOTE: Final = re.compile(
    rf"{lxt.OPENING_QUOTE}[^{lxt.OPENING_QUOTE}{lxt.CLOSING_QUOTE}]{{1,12}}{lxt.CLOSING_QUOTE}"
)
_TARGET_NOUNS: Final = lx.alternation(lxn.TARGET_NOUNS)
_COMPLETION: Final = re.compile(lx.alternation(lx.COMPLETION_WORDS))
_GENERIC_LEADS: Final = (*lxn.MILESTONE_LEADS, *lx.ACTION_VERBS)


def extract(doc: Document, *, side: Side = "plan") -> tuple[Statement, ...]:
    """Every quantified statement of one side of ``doc``, in document order.

    ``plan``: year N's commitments (plan sections for the report year). ``review``: outcomes of the
    reviewed year (review sections). ``next_plan``: every plan section, for carry-over checks.
    """
    norm = normalize(doc.text)
    cls: type[Commitment] | type[Outcome] = Commitment if side == "plan" else Outcome
    out: list[Statement] = []
    seen: dict[tuple[str, float], int] = {}
    figures: dict[object, list[int]] = {}  # positions in ``out`` by figure (value, unit, comparator)
    scope = passages(doc, norm) if side == "review" else ([], [])
    for sentence in sentences(doc, norm, side):
        for st in sentence_statements(doc, norm, sentence, side, cls, seen):
            same = figures.get(_figure(st), ()) if side == "plan" else ()  # only the same figure is restated
            if (k := next((k for k in same if _restated(st, out[k])), None)) is not None:
                if st.group and not out[k].group and _named_alike(st, out[k]):
                    out[k] = attrs.evolve(out[k], group=st.group)  # restated in a named list: one of its items
                continue
            if side == "plan" and st.group:  # 均提高3个百分点 in the text, 覆盖率达到78% in the year's list
                out = [attrs.evolve(e, group=st.group) if _listed_as_level(st, e) else e for e in out]
            if (
                st.quantity is not None
                and st.cumulative != "total"
                and (st.cumulative == "period" or several_years(scope, st.span.start))
                and not single_year(st.text, doc.reviewed_year)
                and not single_year(opening_clause(st.sentence), doc.reviewed_year)
                and not every_year(own_clause_head(norm, st))
            ):
                # in a five-year look back a level (率达87.8%, 稳定在550亿斤) is the period's end;
                # anything built or done (新建4.56亿亩, 建成719个) adds up over the years
                st = attrs.evolve(st, cumulative="period" if _is_state(norm, st) else "total")
            figures.setdefault(_figure(st), []).append(len(out))
            out.append(st)
    return tuple(out)


def _is_state(norm: str, st: Statement) -> bool:
    """Whether a statement gives a level (a rate, a share, a stock reached), not an amount done."""
    q = st.quantity
    if q is None:
        return False
    head = norm[max(0, q.span.start - 4) : q.span.start]
    if head.endswith(lx.TO_LEVEL_VERBS):
        return True  # 国内生产总值增加到121万亿元: 增加 is a flow word, 增加到 a level reached
    if is_flow(st.indicator) or is_flow(st.action):
        return False
    if q.unit == lxt.POINT_UNIT:
        return False  # 五年…分别提高20.9、54个百分点: a change over the years, not the level at their end
    if q.unit in lxt.RATIO_UNITS or st.is_rate:
        return True
    if head.endswith(lx.CROSSED_VERBS) and not any(v in st.indicator for v in lx.DELIVERY_VERBS):
        return True  # 外贸进出口总值首次突破700亿元: a level crossed; 建成…突破100个 is work done
    return any(head.endswith(w) for w in lx.STATE_VERBS) or any(n in st.indicator for n in lxn.STATE_NOUNS)


@lru_cache(maxsize=65536)  # asked of the same indicators and clauses for every pair the aligner weighs
def is_flow(text: str) -> bool:
    """Whether ``text`` names an increment (新增, 新建, 增加) rather than a stock; 增加值 is value added.

    >>> is_flow("新建高标准农田"), is_flow("数字经济核心产业增加值")
    (True, False)
    """
    text = text.replace(lxn.VALUE_ADDED, "")
    return any(w in text for w in lx.FLOW_WORDS)


def _figure(st: Statement) -> object:
    return None if (q := st.quantity) is None else (q.value, q.unit, q.comparator)


def _restated(st: Statement, earlier: Statement) -> bool:
    """A target stated again later (经济增长目标设定为6%左右, after 经济增长6%左右) is one commitment.

    The same figure counts as the same target when the sentence explains it (…7%左右，考虑了需要和可能),
    uses it as a qualifier (7%左右的速度, 5.5%左右的预期增长目标), or names the same measure in other words
    (把居民消费价格涨幅控制在3.5%左右; 经济增长预期7%左右 after 国内生产总值增长7%左右).
    """
    a, b = st.quantity, earlier.quantity
    if a is None or b is None or (a.value, a.unit, a.comparator) != (b.value, b.unit, b.comparator):
        return False
    qualifier = rf"{re.escape(a.text)}{lxt.POSSESSIVE}\S{{0,4}}(?:{_TARGET_NOUNS})"
    if re.search(qualifier, st.text) or any(w in st.indicator for w in lxn.GOAL_WORDS):
        return True  # 5.5%左右的预期增长目标与…; 今年预期目标设定为6%以上: the target explained, not promised again
    if any(w in (st.sentence or st.text) for w in lxn.EXPLANATION_WORDS):
        return True  # …，符合发展规律: a sentence about the target, not a second promise
    x, y = _measure(st.indicator), _measure(earlier.indicator)
    short, long = sorted((x, y), key=len)
    if len(short) >= _CONTAINED_MIN and short in long:
        return True  # 把居民消费价格涨幅 restates 居民消费价格涨幅
    return len(short) >= 2 and (x.startswith(y) or y.startswith(x))


#: Shortest measure name that may stand inside a longer one and still name the same measure.
_CONTAINED_MIN: Final = 4


def _listed_as_level(item: Statement, earlier: Statement) -> bool:
    """Whether a named list's item states as a level (覆盖率达到78%) the change an earlier target of no list
    promises for the same measure (覆盖率提高3个百分点): one deliverable, so one of the list's items."""
    a, b = item.quantity, earlier.quantity
    units = (a.unit, b.unit) if a is not None and b is not None else None
    return not earlier.group and units == ("%", lxt.POINT_UNIT) and _named_alike(item, earlier)


def _named_alike(st: Statement, earlier: Statement) -> bool:
    """Whether a restatement names the earlier target's measure in full (城镇新增就业 in 实现城镇新增就业), not
    only a generic word of it (投资)."""
    x, y = _measure(st.indicator), _measure(earlier.indicator)
    short, long = sorted((x, y), key=len)
    return len(short) >= _CONTAINED_MIN and short in long


def _measure(indicator: str) -> str:
    """The measure an indicator names, without framing words and with the economy named one way."""
    x = strip_words(subject_of(indicator), lxn.RESTATEMENT_FRAMING, lxn.RESTATEMENT_FRAMING)
    x = subject_of(x)
    for word, canonical in lxn.INDICATOR_SYNONYMS.items():
        x = x.replace(word, canonical)
    return lxn.ECONOMY_MEASURE if x in lxn.ECONOMY_WORDS else x


def regions(doc: Document, side: Side) -> list[tuple[Span, Section]]:
    kinds = {SectionKind.REVIEW} if side == "review" else {SectionKind.PLAN}
    if side == "plan":
        kinds.add(SectionKind.GOVERNANCE)  # a number target in 政府自身建设 is a commitment too
    tops = [s for s in doc.sections if s.kind in kinds and s.level != 2]
    if side == "plan" and doc.plan_year is not None:
        single = [s for s in tops if (doc.plan_year in s.years or not s.years) and not s.multi_year]
        tops = single or tops
    spans: list[tuple[Span, Section]] = []
    for s in tops:
        if any(t is not s and t.span.start <= s.span.start < t.span.end for t in tops):
            continue
        spans.extend((part, s) for part in _without_glossary(doc.text, s.span))
    return spans


def _without_glossary(text: str, span: Span) -> list[Span]:
    """The span minus a glossary appendix (名词解释 …) inside it: definitions are not promises."""
    m = _GLOSSARY.search(text, span.start, span.end)
    if m is None:
        return [span]
    return [Span(span.start, m.start())] if m.start() > span.start else []


def sentences(doc: Document, norm: str, side: Side) -> Iterator[Span]:
    """Every sentence of the regions of ``doc`` that one side reads, in document order."""
    for region in regions(doc, side):
        yield from split(norm, region, SENTENCE_END)


def split(norm: str, region: tuple[Span, Section], pattern: re.Pattern[str]) -> Iterator[Span]:
    span = region[0]
    pos = span.start
    for m in pattern.finditer(norm, span.start, span.end):
        if m.start() > pos:
            yield Span(pos, m.start())
        pos = m.end()
    if pos < span.end:
        yield Span(pos, span.end)


def sentence_statements(
    doc: Document,
    norm: str,
    sentence: Span,
    side: Side,
    cls: type[Commitment] | type[Outcome],
    seen: dict[tuple[str, float], int],
) -> Iterator[Statement]:
    text = sentence.slice(norm)
    whole = sentence.slice(doc.text).strip()  # every statement's sentence, as written
    framed_from = horizon_cut(text) if side == "plan" else len(text)  # where a several-year horizon frames it
    if framed_from == 0:
        return
    horizon_at = sentence.start + framed_from if framed_from < len(text) else len(norm)
    quantities = _outside_names(doc, norm, sentence)
    if not quantities and side != "review":
        return  # no figure: only the review reads claims without one (the clauses below would all be skipped)
    segments = list(split(norm, (sentence, doc.sections[0]), _SEGMENT_END))
    completed = _COMPLETION.search(text) is not None
    # thing: what an earlier clause without a figure builds (see with_object); opening: what its opening clause names
    context = measure = thing = opening = ""
    thing_at = -1
    listed: list[str] = []  # the subjects of the previous clause's list, for a 均 after it
    for seg_index, seg in enumerate(segments):
        if seg.start >= horizon_at:
            continue  # a several-year horizon's clause, or one after it
        qs = [q for q in quantities if seg.start <= q.span.start < seg.end]
        kept = keep(norm, seg, qs, side, doc.plan_year)
        segtext = seg.slice(norm)
        if not kept and side == "review" and (implied := implied_share(doc.text, seg)) is not None:
            q, indicator = implied
            yield statement(doc, norm, cls, side, seg, q, indicator, "", completed, "", seen, sentence=whole)
            continue
        if not kept:
            measure = seg.slice(doc.text)  # it may lend its measure to the next clause (see with_measure)
            if built := object_of_clause(measure):
                thing, thing_at = built, seg_index
            opening = topic_of_clause(measure) if seg_index == 0 else opening
            context = record_subject(measure) or context  # 进出口总值创历史新高，达到5379亿元: the level is its
            claim = _CLAIM.search(segtext) if side == "review" else None
            if side == "review" and (counted := named_count(segtext)):
                # 延安苹果、汉中中药材入选国家级优势特色产业集群: the names count the head noun, at least
                n, verb, indicator = counted
                q = Quantity(
                    value=n,
                    unit=lxt.COUNT_UNIT,
                    dimension=lxt.COUNT_UNIT,
                    text=segtext.strip(),
                    span=seg,
                    comparator=Comparator.GE,
                )
                yield statement(doc, norm, cls, side, seg, q, indicator, verb, True, "", seen, sentence=whole)
            elif side == "review" and (items := listed_claims(segtext) or task_claims(segtext)):
                for item in items:  # 全面完成A、B和C: each listed object is claimed done
                    yield statement(
                        doc, norm, cls, side, seg, None, item, lx.CLAIM_ACTION, True, "", seen, sentence=whole
                    )
            elif claim is not None:
                # a qualitative completion claim (民生实事全部完成, 城镇新增就业超额完成全年任务) is evidence too
                cut = claim.start()
                indicator = clean(segtext[:cut]) if cut > 1 else clean(segtext)
                yield statement(
                    doc, norm, cls, side, seg, None, indicator, lx.CLAIM_ACTION, True, "", seen, sentence=whole
                )
            elif side == "review":
                for indicator, verb in growth_claims(seg.slice(doc.text)):
                    yield statement(doc, norm, cls, side, seg, None, indicator, verb, False, "", seen, sentence=whole)
            continue
        found = indicators(doc.text, seg, kept, context, listed)
        named = [(q, with_object(with_measure(ind, measure), thing), act) for q, ind, act in found]
        listed = [strip_words(ind, lx.ACTION_VERBS, ()) for _, ind, _ in named] if len(named) > 1 else []
        measure = ""
        context = subject_of(named[-1][1])
        start, end = seg.start, seg.end
        head = norm[seg.start : kept[0].span.start]
        if cjk(strip_words(head, lxn.SUBJECTLESS_HEAD_WORDS, ())) < 4 and seg_index > 0:
            start = segments[seg_index - 1].start  # "(同比)增长18%" needs the clause before it for its subject
        if seg_index + 1 < len(segments) and spending_only(norm, seg, kept):
            end = segments[seg_index + 1].end  # 投资1亿元，启动实施…工程: what the amount pays for comes next
            if paid := paid_for(segments[seg_index + 1].slice(doc.text)):
                named = [(q, paid + ind if names_nothing(ind) else ind, act) for q, ind, act in named]
        if (
            thing_at >= 0
            and thing_at == seg_index - 1
            and not opening
            and lxn.LIST_CLOSER not in head  # 麟法等3条高速: named things, not the work before
            and all(names_nothing(ind) and q.unit == lxt.MONEY_UNIT for q, ind, _ in named)
        ):
            # 继续推进拆炉并网改造，年内投资1.6亿元: a bare amount right after the clause of the work it pays for
            start = segments[thing_at].start
            named = [(q, ind if ind.endswith(thing) else thing + ind, act) for q, ind, act in named]
        clause = Span(start, end)
        title = _title_before(norm, sentence) if seg_index == 0 else None
        if title is not None and side == "plan" and all(_generic(ind) for _, ind, _ in named):
            # 实施城中村改造攻坚行动。滚动推进163个项目: a figure of generic things is the title's
            clause = Span(title.start, seg.end)
            topic = strip_words(title.slice(norm), lx.ACTION_VERBS, ())
            named = [(q, topic + ind, act) for q, ind, act in named]
        if opening:
            # 公路方面，…建成通车济南至宁津等5个项目; 深入推进“十百千万”工程，…完成投资1.2万亿元: a figure whose
            # own words name no measure is of the sentence's topic
            named = [(q, opening + ind if names_nothing(ind) else ind, act) for q, ind, act in named]
        for q, indicator, action in named:
            flag = cumulative_of(norm, sentence, seg, q, doc.reviewed_year if side == "review" else doc.plan_year)
            yield statement(doc, norm, cls, side, clause, q, indicator, action, completed, flag, seen, sentence=whole)


#: Longest sentence that can be a title of the sentences after it (实施城中村改造攻坚行动。): no figure, no comma.
TITLE_MAX: Final = 20
#: A name of generic tasks this short without its leading verbs (重大项目, 整体提升项目) needs the title before it.
TITLE_NAME_MAX: Final = 6
_TITLE_BREAK: Final = re.compile(rf"[\d{lxt.COMMAS}{lxt.COLONS}{lxt.SEMICOLONS}]")


def _generic(indicator: str) -> bool:
    """Whether an indicator names only a kind of task (滚动推进项目, 推进整体提升项目): short without its leading
    verbs, and ending in a generic noun."""
    name = strip_words(indicator, _GENERIC_LEADS, ())
    return len(name) <= TITLE_NAME_MAX and name.endswith(lxn.GENERIC_TASK_NOUNS)


def _title_before(norm: str, sentence: Span) -> Span | None:
    """The short sentence right before ``sentence`` in its paragraph when it reads as a title of what follows
    (实施两江四岸整体提升攻坚行动。加快推进30个整体提升项目…): no figure, no comma, at most TITLE_MAX characters."""
    end = sentence.start - 1
    if end < 1 or norm[end] != lxt.FULL_STOP:
        return None
    start = max(norm.rfind(lxt.FULL_STOP, 0, end), norm.rfind("\n", 0, end)) + 1
    text = norm[start:end]
    if not 4 <= len(text) <= TITLE_MAX or _TITLE_BREAK.search(text) or text.strip() != text:
        return None
    return Span(start, end)


_BASE_YEAR: Final = re.compile(lxt.BASE_YEAR)
_TO_LAST_YEAR_ENDS: Final = tuple(w + t[1:] for w in lxn.TO_LAST_YEAR for t in lxt.YEAR_POINT_TAILS)  # 到去年的


def cumulative_of(norm: str, sentence: Span, seg: Span, q: Quantity, year: int | None = None) -> str:
    """ "total" when a total word (累计, 年均, 五年) governs ``q``, "period" when a period word (以来, 十四五)
    frames it, else "".

    A total word governs the figures after it in its clause: a year's figure before it is the year's
    (新增跨国公司地区总部60家、累计达到831家: the 60家 is the year's). A period word earlier in the sentence
    frames the clauses after it, unless the figure's own clause pins itself to one year (全年, 当年). A base year
    before the year preceding ``year`` (the year the statement speaks of) makes the figure a several-year change.

    >>> text = "新增跨国公司地区总部60家、累计达到831家"
    >>> sent = Span(0, len(text))
    >>> [cumulative_of(text, sent, sent, Quantity(value=0, unit="家", dimension="家", text="", span=Span(a, a + 3)))
    ...  for a in (text.find("60家"), text.find("831家"))]
    ['', 'total']
    """
    head = norm[seg.start : q.span.start]
    for word in lxn.ANNUAL_MEAN_WORDS:
        head = head.replace(word, "")
    if any(w in head for w in lx.TOTAL_WORDS):
        return "total"
    years = list(_BASE_YEAR.finditer(head))
    if year is not None and years and int(years[-1][1]) == year and head[years[-1].end() :] in lxt.YEAR_POINT_TAILS:
        return ""  # 由2010年的68亿元增加到2015年的136.3亿元: the figure dated by its own year is that year's
    if year is not None and head.endswith(_TO_LAST_YEAR_ENDS):
        return ""  # 从2009年的2.8%降到去年的1.5%左右: the level reached last year, the year reviewed
    if year is not None and any(int(m[1]) < year - 1 for m in years):
        return "total"
    before = norm[sentence.start : seg.start]
    for phrase in lxn.SINCE_RECORDS:
        before = before.replace(phrase, "")  # 创有监测记录以来最好水平: a record, not a look back over years
    framed = any(w in before for w in lx.PERIOD_WORDS)
    return "period" if framed and not any(w in head for w in lx.SINGLE_YEAR_WORDS) and not every_year(head) else ""


_GROWTH_CLAIM: Final = re.compile(
    rf"^(?P<subject>.+?)(?:{lx.RUN_OF_YEARS_PATTERN}|{'|'.join(lxn.GROWTH_CLAIM_MODIFIERS)})*"
    rf"(?P<verb>{lx.alternation(lx.GROWTH_CLAIM_WORDS)})$"
)


def growth_claims(segment: str) -> list[tuple[str, str]]:
    """(indicator, verb) for each measure a clause says rose without a figure; a list's short items
    share the first item's head.

    >>> growth_claims("粮食播种面积、单产、总产连续6年增长")
    [('粮食播种面积', '增长'), ('粮食单产', '增长'), ('粮食总产', '增长')]
    """
    if not any(w in segment for w in lx.GROWTH_CLAIM_WORDS):
        return []
    m = _GROWTH_CLAIM.match(clean(segment))
    if m is None or any(v in m["subject"] for v in lx.ACTION_VERBS + lx.RATE_WORDS + lxn.GROWTH_CLAIM_NEGATIONS):
        return []
    parts = [clean(p) for p in re.split(f"[{lxn.ITEM_JOINERS}]", m["subject"]) if clean(p)]
    if not parts:
        return []
    first = parts[0]
    named = [first] + [p if len(p) > 2 or len(first) < 4 else first[:2] + p for p in parts[1:]]
    return [(p, m["verb"]) for p in named]


def measure_of(segment: str) -> str:
    """The measure a clause without a number names, for the next clause's subjects.

    >>> measure_of("不断提高企业研发费用加计扣除比例")
    '企业研发费用加计扣除比例'
    """
    text = clean(segment)
    verbs = [text.rfind(v) + len(v) for v in lx.ACTION_VERBS + lx.RATE_WORDS if v in text]
    noun = text[max(verbs, default=0) :]
    return noun if 2 < len(noun) <= 16 and noun.endswith(lxn.MEASURE_NOUNS) else ""


def with_measure(indicator: str, before: str) -> str:
    """A subject without a measure (科技型中小企业提高至) completed by the measure the clause ``before`` names.

    "提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%": the 100% is the
    ratio of each subject.

    >>> with_measure("科技型中小企业提高至", "不断提高企业研发费用加计扣除比例")
    '科技型中小企业研发费用加计扣除比例'
    """
    if not before or not indicator.endswith(lx.TO_LEVEL_VERBS) or any(n in indicator for n in lxn.MEASURE_NOUNS):
        return indicator  # only a subject left hanging on its verb (…提高至100%) borrows a measure
    measure = measure_of(before)
    if not measure:
        return indicator
    subject = strip_words(indicator, (), lx.ACTION_VERBS + lx.RATE_WORDS + lx.INDICATOR_STOP_SUFFIXES)
    overlap = next((n for n in range(min(len(subject), len(measure)), 0, -1) if subject.endswith(measure[:n])), 0)
    return subject + measure[overlap:]


def _outside_names(doc: Document, norm: str, sentence: Span) -> list[Quantity]:
    """The quantities of ``sentence`` but numbers inside short quoted names (“公共卫生20条”) and headings (（五）…)."""
    text = sentence.slice(norm)
    if not (qs := parse_quantities(sentence.slice(doc.text), offset=sentence.start, norm=text)):
        return []
    quoted = [Span(sentence.start + m.start(), sentence.start + m.end()) for m in _SHORT_QUOTE.finditer(text)]
    quoted += headings_across(doc, sentence)
    return [q for q in qs if not any(z.start <= q.span.start < z.end for z in quoted)]


def statement(
    doc: Document,
    norm: str,
    cls: type[Commitment] | type[Outcome],
    side: Side,
    clause: Span,
    q: Quantity | None,
    indicator: str,
    action: str,
    completed: bool,
    cumulative: str,
    seen: dict[tuple[str, float], int],
    *,
    sentence: str = "",
) -> Statement:
    """Build one Commitment or Outcome with its id, section path, span, sense and flags (``sentence``: the whole
    sentence it stands in, as written)."""
    raw = clause.slice(doc.text)
    text = raw.strip()
    span = Span(clause.start + len(raw) - len(raw.lstrip()), clause.end - (len(raw) - len(raw.rstrip())))
    section = section_path(doc, clause.start)
    value = q.value if q else float("nan")
    key = (text, value)
    seen[key] = seen.get(key, 0) + 1
    year = doc.plan_year if side != "review" else doc.reviewed_year
    digest = hashlib.sha1(f"{doc.government}|{year}|{side}|{text}|{value!r}|{seen[key]}".encode()).hexdigest()[:12]
    comparator = q.comparator if q else Comparator.EQ
    return cls(
        id=f"{'c' if side == 'plan' else 'o'}-{digest}",
        section=section,
        section_kind=SectionKind.PLAN if side != "review" else SectionKind.REVIEW,
        text=text,
        span=span,
        indicator=indicator,
        action=action,
        quantity=q,
        comparator=comparator,
        sense=Sense.CEILING if q and down_to(norm, q) else sense_of(indicator, action, comparator),
        is_rate=is_rate(norm, q, indicator) if q else False,
        completed=completed,
        cumulative=cumulative,
        group=list_of(doc.text, q.span.start if q else clause.start),  # the named list it was promised in
        lead=_lead(doc, clause.start),
        sentence=sentence,
    )


def _lead(doc: Document, at: int) -> str:
    """The first sentence of the paragraph holding ``at`` (加快推进自贸试验区临港新片区建设): its topic."""
    starts = _paragraph_starts(doc.text)
    start = starts[bisect.bisect_right(starts, at) - 1]
    return re.split(f"[{lxt.FULL_STOP}{lxt.FULL_SEMICOLON}]", doc.text[start : at + 1], maxsplit=1)[0].strip()


@lru_cache(maxsize=8)
def _paragraph_starts(text: str) -> tuple[int, ...]:
    """Where each paragraph of ``text`` starts (0 first), for :func:`_lead`."""
    return (0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)))


def clauses(doc: Document, *, side: Side = "next_plan") -> tuple[Outcome, ...]:
    """Every sentence of one side as an unquantified Outcome: the haystack for carry-over checks."""
    norm = normalize(doc.text)
    seen: dict[tuple[str, float], int] = {}
    out: list[Outcome] = []
    for sentence in sentences(doc, norm, side):
        if cjk(sentence.slice(norm)) < 4:
            continue
        st = statement(doc, norm, Outcome, side, sentence, None, "", "", False, "", seen)
        assert isinstance(st, Outcome)
        out.append(st)
    return tuple(out)
