"""Part of the parse stage: normalised text -> headings -> :class:`~policydiff.model.Section` tree.

Headings are 第一部分 / 一、 / （一） / 1. and short unnumbered lines (“十四五”时期工作回顾), found on their
own lines or, in texts flattened to one line, between runs of spaces. Each top-level section gets a kind
(review, plan, governance, other) and the years it speaks about, from its heading, else from how its
body opens, else from its position. A heading that joins two parts (“十四五”时期发展成就和“十五五”时期
主要目标任务) is split where the body turns to the second part. Back matter (名词解释, 附件) gets its own
sections; an appendix listing this year's tasks (2025年10件惠民实事) is part of the plan.

All offsets are into the normalised text, which has the source's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Final, NamedTuple

from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Document, Section, SectionKind, Span
from policydiff.quantities import chinese_int, normalize

_BLANK: Final = lxt.BLANKS
# A line break, a run of spaces (texts flattened to one line), or one space after a full stop: that is,
# \n|\s{2,}|(?<=[。!?])\s written to open with \s, which lets the regex engine skip to the next space in C
# instead of trying the three branches at every character (six times faster; tests/test_parse.py compares them).
_PARA_BREAK: Final = re.compile(rf"\s(?:(?<=\n)|\s+|(?<=[{lxt.FULL_STOP}!?]\s))")
_CN: Final = lxt.CN_DIGITS
_NUMBERED: Final = (
    ("part", re.compile(rf"{lxt.ORDINAL_PREFIX}([{_CN}]{{1,3}}){lxp.PART_WORD}")),
    ("cn", re.compile(rf"([{_CN}]{{1,3}}){lxt.ORDINAL_MARK}")),
    ("paren", re.compile(rf"\(([{_CN}]{{1,3}})\)")),
    ("arabic", re.compile(rf"(\d{{1,2}})[.{lxt.ORDINAL_MARK}](?![\d%])")),
)
#: Rank of each heading style, outermost first; levels are ranks among the styles a report uses.
_RANK: Final = {"part": 0, "cn": 2, "plain": 2, "paren": 3, "arabic": 4}
#: Rank of unnumbered headings that come before the first 一、: part titles over the numbered chapters.
_PLAIN_PART_RANK: Final = 1
#: Longest heading text per style; longer openings are numbered paragraphs, not headings.
_MAX_LEN: Final = {"part": 48, "cn": 48, "paren": 58, "arabic": 30}
_PLAIN_MAX: Final = 24  # an unnumbered heading is a short line of its own
_BACK_TITLE_MAX: Final = 30  # an appendix title (2025年10件惠民实事) is a short line too
_CUE_CHARS: Final = 60  # how far into a body paragraph its opening words may sit
_FIVE_YEARS_CUE: Final = 40  # 五年来 opens a five-year review within its paragraph's first sentence
# a heading ends at a stop, or at a space in a flattened text
_HEADING_END: Final = re.compile(rf"[{lxt.FULL_STOP};!?]|\s")
_YEAR: Final = re.compile(rf"(?<!\d)((?:19|20)\d\d){lxt.YEAR_MARK}")
_JOINERS: Final = re.compile("|".join(lxp.HEADING_JOINERS))


def _n(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(normalize(w) for w in words)


_GOVERNANCE: Final = _n((*lxp.GOVERNANCE_HEADING_WORDS, *lxp.GOVERNANCE_HEADING_MORE))
_REVIEW: Final = _n(lxp.REVIEW_HEADING_WORDS)
_PLAN: Final = _n((*lxp.PLAN_HEADING_WORDS, *lxp.PLAN_HEADING_MORE))
_PERIODS: Final = {**lxp.PERIODS, **lxp.PERIODS_LONG}


class Heading(NamedTuple):
    """A heading found in the text: its style, number, own text and the paragraph it opens."""

    style: str
    number: int
    span: Span
    para: Span


class _Top(NamedTuple):
    heading: str
    start: int
    stop: int
    kind: SectionKind
    years: tuple[int, ...]


def paragraphs(norm: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the non-blank paragraphs of ``norm[start:end]``: lines, or runs separated by 2+ spaces."""
    end = len(norm) if end is None else min(end, len(norm))
    spans: list[Span] = []
    pos = start
    for m in _PARA_BREAK.finditer(norm, start, end):
        _add_para(norm, pos, m.start(), spans)
        pos = m.end()
    _add_para(norm, pos, end, spans)
    return spans


def _add_para(norm: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and norm[start] in _BLANK:
        start += 1
    while end > start and norm[end - 1] in _BLANK:
        end -= 1
    if end > start:
        out.append(Span(start, end))


def headings(norm: str, paras: list[Span]) -> list[Heading]:
    """The headings among ``paras``, in order. After back matter starts only 一、 items and titles count."""
    found: list[Heading] = []
    back = False
    for i, para in enumerate(paras):
        text = para.slice(norm)
        if found and _is_back_marker(text):
            if found[-1].style == "back" and found[-1].para == paras[i - 1]:
                continue  # 附件 then 《政府工作报告》有关内容名词注释: one part
            back = True
            found.append(Heading("back", 0, para, para))
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            if nxt is not None and _is_appendix_plan_title(nxt.slice(norm)):
                found.append(Heading("appendix", 0, nxt, nxt))
            continue
        head = _numbered(norm, para, text)
        if back:
            if head is not None and head.style == "cn":
                found.append(head)
            continue
        if head is None and i + 1 < len(paras) and _is_plain_heading(text):
            head = Heading("plain", 0, para, para)
        if head is not None:
            found.append(head)
    return found


def _numbered(norm: str, para: Span, text: str) -> Heading | None:
    for style, pattern in _NUMBERED:
        m = pattern.match(text)
        if m is None:
            continue
        number = int(m.group(1)) if style == "arabic" else chinese_int(m.group(1))
        rest = text[m.end() :]
        if number is None or not rest or rest[0] in f"{lxt.ORDINAL_MARK},.":
            return None
        body = m.end() + len(rest) - len(rest.lstrip())  # 第一部分 2024年…: a space after the marker is not an end
        cut = _HEADING_END.search(text, body)
        length = cut.start() if cut else len(text)
        if style in ("part", "cn") and cut is None and len(text) > _MAX_LEN[style]:
            return None
        if length > _MAX_LEN[style]:
            return None
        return Heading(style, number, Span(para.start, para.start + length), para)
    return None


def _is_plain_heading(text: str) -> bool:
    if not 4 <= len(text) <= _PLAIN_MAX or re.search(
        rf"[,{lxt.FULL_COMMA}{lxt.FULL_STOP};:!?{lxt.ENUMERATION_MARK}]", text
    ):
        return False
    if text.startswith((lxp.SALUTATION, lxt.CN_DASH, "-")):
        return False
    return heading_kind(text) is not None or _names_a_time(text)


def _names_a_time(text: str) -> bool:
    """关于2025年工作, 过去一年的工作: a short line that names a year or period and ends on the work done in it."""
    if not text.endswith(lxp.TIME_HEADING_TAILS):
        return False
    words = (*_PERIODS, *lxp.LAST_YEAR_WORDS, *lxp.THIS_YEAR_WORDS)
    return _YEAR.search(text) is not None or any(w in text for w in words)


def _is_back_marker(text: str) -> bool:
    if len(text) > _BACK_TITLE_MAX or re.search(f"[,{lxt.FULL_STOP}]", text):
        return False
    word = text.rstrip(":").strip()
    return (
        word in lxp.BACK_MATTER_HEADINGS
        or word.endswith(lxp.GLOSSARY_ENDINGS)
        or re.match(lxp.APPENDIX_TITLE_PATTERN, word) is not None
    )


def _is_appendix_plan_title(text: str) -> bool:
    if len(text) > _BACK_TITLE_MAX or re.search(f"[,{lxt.FULL_STOP}:;]", text) or _NUMBERED[1][1].match(text):
        return False
    return any(w in text for w in lxp.APPENDIX_PLAN_WORDS)


def heading_kind(heading: str, report_year: int | None = None) -> SectionKind | None:
    """The kind a heading names, or None.

    A heading that names only times before the report year is a review whatever its other words
    (2025年主要工作 or 2025年工作总结 in a 2026 report: a past year's work is never a plan); else its words
    decide, governance before review before plan.

    >>> heading_kind("一、2025年主要工作", 2026).value, heading_kind("二、2026年主要工作", 2026).value
    ('review', 'plan')
    """
    if report_year and _kind_of_years(heading_years(heading, report_year), report_year) is SectionKind.REVIEW:
        return SectionKind.REVIEW
    if any(w in heading for w in _GOVERNANCE):
        return SectionKind.GOVERNANCE
    if any(w in heading for w in _REVIEW):
        return SectionKind.REVIEW
    if any(w in heading for w in _PLAN):
        return SectionKind.PLAN
    return None


def heading_years(heading: str, report_year: int | None, kind: SectionKind | None = None) -> tuple[int, ...]:
    """The years a heading names: 2024年, 十四五, 过去一年, 今后五年 (relative words need the report year)."""
    years: set[int] = {int(y) for y in _YEAR.findall(heading)}
    if report_year:
        years = {y for y in years if report_year - 10 <= y <= report_year + 5}
    periods = [span for name, span in _PERIODS.items() if name in heading]
    for first, last in periods:
        if report_year == first and any(w in heading for w in lxp.FIRST_YEAR_WORDS):
            years.add(first)  # 推动“十五五”开好局: the first year only
        else:
            years.update(range(first, last + 1))
    if report_year:
        if any(w in heading for w in lxp.LAST_YEAR_WORDS):
            years.add(report_year - 1)
        if any(w in heading for w in lxp.THIS_YEAR_WORDS):
            years.add(report_year)
        if not periods and lxp.FIVE_YEARS in heading:
            past = any(w in heading for w in lxp.PAST_FIVE_YEARS_WORDS) or kind is SectionKind.REVIEW
            if past and not any(w in heading for w in lxp.NEXT_FIVE_YEARS_WORDS):
                years.update(range(report_year - 5, report_year))
            else:
                years.update(range(report_year, report_year + 5))
    return tuple(sorted(years))


def _cue(text: str, report_year: int | None) -> tuple[int, ...]:
    """The years a body paragraph's opening words point at (2025年是…, “十五五”时期是…, 过去一年…)."""
    if not report_year:
        return ()
    head = text.removeprefix(lxp.SALUTATION).lstrip(f"{lxp.SALUTATION_MARKS} ")[:_CUE_CHARS]
    cues: list[tuple[int, tuple[int, ...]]] = [
        (m.start(), (int(m.group(1)),)) for m in _YEAR.finditer(head) if 0 <= report_year - int(m.group(1)) <= 1
    ]
    for name, (first, last) in _PERIODS.items():
        if name in head and first in (report_year, report_year - 5, report_year - 4):
            cues.append((head.find(name), tuple(range(first, last + 1))))
    for words, years in (
        (lxp.REVIEW_BODY_WORDS, (report_year - 1,)),
        (lxp.PLAN_BODY_WORDS, (report_year,)),
        (lxp.PAST_FIVE_YEARS_WORDS, tuple(range(report_year - 5, report_year))),
        (lxp.NEXT_FIVE_YEARS_WORDS, tuple(range(report_year, report_year + 5))),
    ):
        cues.extend((head.find(w), years) for w in words if w in head)
    return min(cues)[1] if cues else ()


def _kind_of_years(years: tuple[int, ...], report_year: int | None) -> SectionKind | None:
    if not years or not report_year:
        return None
    if all(y < report_year for y in years):
        return SectionKind.REVIEW
    if all(y >= report_year for y in years):
        return SectionKind.PLAN
    return None


def _default_years(kind: SectionKind, report_year: int | None) -> tuple[int, ...]:
    if report_year is None:
        return ()
    if kind is SectionKind.REVIEW:
        return (report_year - 1,)
    if kind is SectionKind.PLAN:
        return (report_year,)
    return ()


def build(text: str, norm: str, heads: list[Heading], end: int, report_year: int | None) -> list[Section]:
    """The sections under ``heads``; the last one runs to ``end`` (where trailing debris starts)."""
    levels = _levels(heads)
    stops: list[int] = []
    for i, level in enumerate(levels):
        nxt = next((j for j in range(i + 1, len(heads)) if levels[j] <= level), None)
        stops.append(heads[nxt].para.start if nxt is not None else end)
    tops: list[_Top] = []
    for i, head in enumerate(heads):
        if levels[i] == 1:
            heading = head.span.slice(text).strip(_BLANK)
            tops.extend(_top(heading, text, norm, head, stops[i], report_year, tops))
    sections = [
        Section(heading=t.heading, level=1, kind=t.kind, years=t.years, span=Span(t.start, t.stop), path=(t.heading,))
        for t in tops
    ]
    parents: dict[int, Section] = {}
    for i, head in enumerate(heads):
        level = levels[i]
        if level == 1:
            parents = {1: next(s for s in sections if s.span.start <= head.para.start < s.span.end)}
            continue
        parent = parents.get(level - 1)
        if parent is None:
            continue
        top = next(s for s in sections if s.span.start <= head.para.start < s.span.end)
        if parent.level == 1:
            parent = top  # a split section: the child belongs to the part it sits in
        heading = head.span.slice(text).strip(_BLANK)
        section = Section(
            heading=heading,
            level=level,
            kind=parent.kind,
            years=heading_years(heading, report_year) or parent.years,
            span=Span(head.para.start, min(stops[i], top.span.end)),
            path=(*parent.path, heading),
        )
        parents = {k: v for k, v in parents.items() if k < level}
        parents[level] = section
        sections.append(section)
    sections.extend(_targets_paragraphs(text, norm, sections, end, report_year))
    return sorted(sections, key=lambda s: (s.span.start, s.level))


def _levels(heads: list[Heading]) -> list[int]:
    rank = dict(_RANK)
    first_plain = next((i for i, h in enumerate(heads) if h.style == "plain"), None)
    first_cn = next((i for i, h in enumerate(heads) if h.style == "cn"), None)
    if first_plain is not None and first_cn is not None and first_plain < first_cn and heads[first_cn].number == 1:
        rank["plain"] = _PLAIN_PART_RANK  # 2026年重点工作 then 一、…二、…: the numbered items are its chapters
    ranks = sorted({rank[h.style] for h in heads if h.style in rank})
    levels: list[int] = []
    back = False
    for h in heads:
        if h.style in ("back", "appendix"):
            back = True
            levels.append(1)
        elif back:
            levels.append(2)
        else:
            levels.append(ranks.index(rank[h.style]) + 1)
    return levels


def _top(
    heading: str, text: str, norm: str, head: Heading, stop: int, report_year: int | None, earlier: list[_Top]
) -> list[_Top]:
    """One top-level section, or two when its heading joins a review and a plan (or two plan spans)."""
    start = head.para.start
    nheading = normalize(heading)
    if head.style == "back":
        return [_Top(heading, start, stop, SectionKind.OTHER, ())]
    if head.style == "appendix":
        years = heading_years(nheading, report_year) or _default_years(SectionKind.PLAN, report_year)
        return [_Top(heading, start, stop, SectionKind.PLAN, years)]
    body = paragraphs(norm, head.span.end, stop)
    split = _split(nheading, norm, body, report_year)
    if split is not None:
        (kind_a, years_a), (kind_b, years_b), at = split
        second = _synthetic_heading(text, at)
        return [_Top(heading, start, at.start, kind_a, years_a), _Top(second, at.start, stop, kind_b, years_b)]
    kind = heading_kind(nheading, report_year)
    years = heading_years(nheading, report_year, kind)
    cue = next((c for p in body[:2] if (c := _cue(p.slice(norm), report_year))), ())
    if kind is None:
        kind = _kind_of_years(years, report_year) or _kind_of_years(cue, report_year)
    if kind is None:
        kinds = [t.kind for t in earlier]
        if not kinds:
            kind = SectionKind.REVIEW
        elif SectionKind.PLAN not in kinds or kinds[-1] is SectionKind.PLAN:
            kind = SectionKind.PLAN  # a plan in several chapters (三、…四、…五、) runs on to the government's part
        else:
            kind = SectionKind.OTHER
    if not years and _kind_of_years(cue, report_year) is kind:
        years = cue
    years = years or _default_years(kind, report_year)
    if kind is SectionKind.REVIEW and report_year:
        years = _with_past_period(years, norm, body, report_year)
    return [_Top(heading, start, stop, kind, years)]


def _split(
    heading: str, norm: str, body: list[Span], report_year: int | None
) -> tuple[tuple[SectionKind, tuple[int, ...]], tuple[SectionKind, tuple[int, ...]], Span] | None:
    """(part A, part B, first paragraph of B) when the heading joins two parts of different kind or span."""
    if not report_year or heading_kind(heading, report_year) is SectionKind.GOVERNANCE:
        return None
    m = _JOINERS.search(heading)
    if m is None:
        return None
    a, b = heading[: m.start()], heading[m.end() :]
    years_a, years_b = heading_years(a, report_year), heading_years(b, report_year)
    kind_a = heading_kind(a, report_year) or _kind_of_years(years_a, report_year)
    kind_b = heading_kind(b, report_year) or _kind_of_years(years_b, report_year)
    if not (years_a and years_b and kind_a and kind_b) or (kind_a, years_a) == (kind_b, years_b):
        return None
    if kind_a is kind_b and set(years_a) & set(years_b) and kind_a is not SectionKind.PLAN:
        return None  # 2025年和“十四五”时期工作回顾: one review of overlapping spans
    for para in body[1:]:
        if _cue(para.slice(norm), report_year) == years_b:
            return (kind_a, years_a), (kind_b, years_b), para
    return None


def _synthetic_heading(text: str, para: Span) -> str:
    """A label for the second part of a split section: the opening clause of its first paragraph."""
    opening = para.slice(text)
    cut = re.search(f"[{lxt.COMMAS}{lxt.FULL_STOP}{lxt.SEMICOLONS}{lxt.COLONS}{lxt.ENUMERATION_MARK}]", opening)
    return opening[: min(cut.start() if cut and cut.start() else len(opening), _PLAIN_MAX)]


def _with_past_period(years: tuple[int, ...], norm: str, body: list[Span], report_year: int) -> tuple[int, ...]:
    """A review that also looks back on the five-year period just ended (五年来, 这五年) covers it."""
    past = range(report_year - 5, report_year)
    if set(past) <= set(years):
        return years
    ended = [name for name, (_, last) in _PERIODS.items() if last == report_year - 1]
    for para in body:
        head = para.slice(norm).removeprefix(lxp.SALUTATION).lstrip(f"{lxt.EXCLAMATIONS} ")
        opens_period = any(head.lstrip(lxt.OPENING_QUOTES).startswith(name) for name in ended)
        if opens_period or any(w in head[:_FIVE_YEARS_CUE] for w in lxp.PAST_FIVE_YEARS_WORDS):
            return tuple(sorted({*years, *past}))
    return years


def _targets_paragraphs(
    text: str, norm: str, sections: list[Section], end: int, report_year: int | None
) -> list[Section]:
    """A 主要预期目标 paragraph is part of this year's plan wherever it sits, if no plan section holds it."""
    plan_spans = [s.span for s in sections if s.kind is SectionKind.PLAN]
    other_tops = [s.span for s in sections if s.level == 1 and s.kind is not SectionKind.PLAN]
    extra: list[Section] = []
    words = _n(lxp.TARGETS_PARAGRAPH_WORDS)
    for top in other_tops:
        for para in paragraphs(norm, top.start, min(top.end, end)):
            opening = para.slice(norm)
            if not any(w in opening[:_CUE_CHARS] for w in words):
                continue
            if any(s.start <= para.start < s.end for s in plan_spans):
                continue
            if _cue(opening, report_year) not in ((report_year,), ()):
                continue
            years = (report_year,) if report_year else ()
            heading = para.slice(text)[: opening.find(":") + 1 if ":" in opening[:40] else 12]
            extra.append(
                Section(heading=heading, level=3, kind=SectionKind.PLAN, years=years, span=para, path=(heading,))
            )
    return extra


def section_path(doc: Document, at: int) -> str:
    """The path of the deepest section holding offset ``at`` (the last listed, of equal depth).

    The answer changes only where a section starts or ends: it is worked out once for each such point of a
    document's sections and looked up by bisection (every statement asks, hundreds in a long report)."""
    cached = _PATHS.get(id(doc.sections))
    if cached is None or cached[0] is not doc.sections:
        bounds = sorted({x for s in doc.sections for x in (s.span.start, s.span.end)})
        cached = (doc.sections, bounds, [_deepest_path(doc.sections, b) for b in bounds])
        if len(_PATHS) >= _PATHS_KEPT:
            _PATHS.clear()
        _PATHS[id(doc.sections)] = cached
    _, bounds, paths = cached
    k = bisect.bisect_right(bounds, at) - 1
    return paths[k] if k >= 0 else ""


#: The section paths of the last documents read (by the identity of their sections, held here), see above.
_PATHS: dict[int, tuple[tuple[Section, ...], list[int], list[str]]] = {}
_PATHS_KEPT: Final = 8


def _deepest_path(sections: tuple[Section, ...], at: int) -> str:
    best: Section | None = None
    for s in sections:
        if s.span.start <= at < s.span.end and (best is None or s.level >= best.level):
            best = s
    return " > ".join(best.path) if best else ""


def headings_across(doc: Document, span: Span) -> Iterator[Span]:
    """The spans of the level-2 headings that overlap ``span`` (extract drops the numbers in them), found by
    bisection in the headings of the last documents asked about: every sentence asks."""
    cached = _HEADINGS.get(id(doc.sections))
    if cached is None or cached[0] is not doc.sections:
        heads = sorted(Span(s.span.start, s.span.start + len(s.heading)) for s in doc.sections if s.level == 2)
        cached = (doc.sections, [h.start for h in heads], heads, max((h.end - h.start for h in heads), default=0))
        if len(_HEADINGS) >= _PATHS_KEPT:
            _HEADINGS.clear()
        _HEADINGS[id(doc.sections)] = cached
    _, starts, heads, longest = cached
    # a heading that overlaps starts before the span ends, and no earlier than the longest heading before it
    lo, hi = bisect.bisect_left(starts, span.start - longest), bisect.bisect_left(starts, span.end)
    yield from (h for h in heads[lo:hi] if h.end > span.start)


#: The level-2 headings of the last documents read (by the identity of their sections), see above.
_HEADINGS: dict[int, tuple[tuple[Section, ...], list[int], list[Span], int]] = {}
