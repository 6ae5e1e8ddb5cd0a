"""The parse stage: text -> :class:`~policydiff.model.Document` (outline, section kinds, years, metadata).

Headings are found on their own lines and, for texts whose paragraphs were flattened into one line,
between runs of spaces. Each top-level section gets a kind (review, plan, governance, other) from its
heading words, else from the years its first paragraph speaks about, else from its position.
"""

from __future__ import annotations

import re
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff.errors import StructureError
from policydiff.model import Document, Section, SectionKind, Span
from policydiff.quantities import normalize

_PARA_BREAK: Final = re.compile(r"\n|\s{2,}")
_CN_NUM: Final = "一二三四五六七八九十"
_LEVEL1: Final = re.compile(rf"^(?:[{_CN_NUM}]{{1,3}}、|第[{_CN_NUM}]{{1,3}}部分)")
_LEVEL2: Final = re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[)）]")
_YEAR: Final = re.compile(r"(?<!\d)(20\d\d|19\d\d)年")
_DATELINE: Final = re.compile(r"(20\d\d|19\d\d)年\d{1,2}月\d{1,2}日")
_TITLE_GOV: Final = re.compile(
    r"(?:20\d\d年)?(?P<gov>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|特别行政区|区|县|州|旗|盟))(?:人民)?政府工作报告"
)
_SPEAKER_GOV: Final = re.compile(r"我代表(?P<gov>[\u4e00-\u9fff]{1,12}?)(?:人民政府|政府)")
_HEADING_MAX: Final = 48  # longest real heading seen in the corpus is about 40 characters
_UNNUMBERED_MAX: Final = 24  # an unnumbered heading is a short line of its own


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-blank paragraphs of ``text``: lines, or runs separated by 2+ spaces."""
    spans: list[Span] = []
    pos = 0
    norm = normalize(text)
    for m in _PARA_BREAK.finditer(norm):
        _add_para(norm, pos, m.start(), spans)
        pos = m.end()
    _add_para(norm, pos, len(norm), spans)
    return spans


def _add_para(norm: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def _heading(norm: str, para: Span) -> tuple[int, Span] | None:
    """(level, heading span) if the paragraph opens with a heading."""
    text = para.slice(norm)
    if (
        len(text) <= _UNNUMBERED_MAX
        and text[-1] not in "。:：；！？，,"
        and not _LEVEL2.match(text)
        and _kind_from_heading(text) is not None
    ):
        return 1, para  # an unnumbered heading: “十四五”时期工作回顾 / 2026年重点工作
    if _LEVEL1.match(text):
        if len(text) <= _HEADING_MAX and "。" not in text.rstrip("。"):
            return 1, para
        return None
    if _LEVEL2.match(text):
        cut = re.search(r"[。；]", text)
        end = para.start + cut.start() if cut else para.end
        if end - para.start <= _HEADING_MAX + 10:
            return 2, Span(para.start, end)
    return None


def _years_in(heading: str, report_year: int | None) -> tuple[int, ...]:
    years: set[int] = {int(y) for y in _YEAR.findall(heading)}
    for name, (first, last) in lx.PERIODS.items():
        if name in heading:
            years.update(range(first, last + 1))
    if report_year:
        if any(w in heading for w in lx.LAST_YEAR_WORDS):
            years.add(report_year - 1)
        if any(w in heading for w in lx.THIS_YEAR_WORDS):
            years.add(report_year)
        if "过去五年" in heading:
            years.update(range(report_year - 5, report_year))
        elif "今后五年" in heading:
            years.update(range(report_year, report_year + 5))
    return tuple(sorted(years))


def _kind_from_heading(heading: str) -> SectionKind | None:
    if any(w in heading for w in lx.GOVERNANCE_HEADING_WORDS):
        return SectionKind.GOVERNANCE
    if any(w in heading for w in lx.REVIEW_HEADING_WORDS):
        return SectionKind.REVIEW
    if any(w in heading for w in lx.PLAN_HEADING_WORDS):
        return SectionKind.PLAN
    return None


def _report_year(norm: str, heads: list[tuple[int, Span]], path: str | None) -> int | None:
    for level, span in heads:
        if level != 1:
            continue
        heading = span.slice(norm)
        years = [int(y) for y in _YEAR.findall(heading)]
        if len(years) == 1:
            kind = _kind_from_heading(heading)
            if kind is SectionKind.REVIEW:
                return years[0] + 1
            if kind is SectionKind.PLAN:
                return years[0]
    opening = norm[:600]
    m = _DATELINE.search(opening) or _YEAR.search(opening.split("各位代表")[0])
    if m:
        return int(m.group(1))
    if path:
        m2 = re.search(r"(20\d\d|19\d\d)", path.replace("\\", "/").rsplit("/", 1)[-1])
        if m2:
            return int(m2.group(1))
    return None


def _government(norm: str, path: str | None) -> str:
    opening = norm[:1500]
    if "我代表国务院" in opening:
        return "国务院"
    m = _TITLE_GOV.search(opening.replace(" ", ""))
    if m:
        return m.group("gov")
    m = _SPEAKER_GOV.search(opening)
    if m and len(m.group("gov")) > 1:
        return m.group("gov")
    if path:
        stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return re.sub(r"[-_]?(?:19|20)\d\d$", "", stem) or stem
    return "unknown"


def _content_end(norm: str) -> int:
    """Where trailing page debris (licence notices, 相关报道, 责任编辑) begins."""
    end = len(norm)
    half = len(norm) // 2
    for marker in lx.TAIL_DEBRIS_MARKERS:
        at = norm.find(marker, half)
        if at != -1:
            end = min(end, at)
    return end


def parse(text: str, *, path: str | None = None, side: str | None = None) -> Document:
    """Build the outline of a report.

    Raises :class:`StructureError` when the text has no review part or no plan part.
    """
    norm = normalize(text)
    end = _content_end(norm)
    heads = [h for p in paragraphs(norm[:end]) if (h := _heading(norm, p)) is not None]
    report_year = _report_year(norm, heads, path)
    sections = _sections(text, norm, heads, end, report_year)
    sections = _add_targets_paragraphs(norm, sections, end, report_year)
    doc = Document(
        path=path,
        text=text,
        government=_government(norm, path),
        report_year=report_year,
        sections=tuple(sections),
    )
    _require(doc, heads, side)
    return doc


def _sections(text: str, norm: str, heads: list[tuple[int, Span]], end: int, report_year: int | None) -> list[Section]:
    tops = [i for i, (level, _) in enumerate(heads) if level == 1]
    kinds: dict[int, SectionKind] = {}
    for order, i in enumerate(tops):
        heading = heads[i][1].slice(norm)
        kind = _kind_from_heading(heading)
        if kind is None:
            body_start = heads[i][1].end
            body = norm[body_start : body_start + 300]
            kind = _kind_from_body(body, report_year, order, kinds)
        kinds[i] = kind
    sections: list[Section] = []
    parent: Section | None = None
    for i, (level, span) in enumerate(heads):
        stop = end
        for j in range(i + 1, len(heads)):
            if heads[j][0] <= level:
                stop = heads[j][1].start
                break
        heading = span.slice(text).strip()
        if level == 1:
            kind = kinds[i]
            years = _years_in(heading, report_year) or _default_years(kind, report_year)
            section = Section(
                heading=heading, level=1, kind=kind, years=years, span=Span(span.start, stop), path=(heading,)
            )
            parent = section
        else:
            if parent is None:
                continue
            years = _years_in(heading, report_year) or parent.years
            section = Section(
                heading=heading,
                level=2,
                kind=parent.kind,
                years=years,
                span=Span(span.start, stop),
                path=(parent.heading, heading),
            )
        sections.append(section)
    return sections


def _kind_from_body(body: str, report_year: int | None, order: int, earlier: dict[int, SectionKind]) -> SectionKind:
    years = [int(y) for y in _YEAR.findall(body[:80])]
    if report_year and years:
        if years[0] == report_year - 1:
            return SectionKind.REVIEW
        if years[0] == report_year:
            return SectionKind.PLAN
    if order == 0:
        return SectionKind.REVIEW
    if SectionKind.PLAN not in earlier.values():
        return SectionKind.PLAN
    return SectionKind.OTHER


def _default_years(kind: SectionKind, report_year: int | None) -> tuple[int, ...]:
    if report_year is None:
        return ()
    if kind is SectionKind.REVIEW:
        return (report_year - 1,)
    if kind is SectionKind.PLAN:
        return (report_year,)
    return ()


def _add_targets_paragraphs(norm: str, sections: list[Section], end: int, report_year: int | None) -> list[Section]:
    """A 主要预期目标 paragraph is part of the plan wherever it sits."""
    if any(s.kind is SectionKind.PLAN for s in sections):
        plan_spans = [s.span for s in sections if s.kind is SectionKind.PLAN]
    else:
        plan_spans = []
    extra: list[Section] = []
    for para in paragraphs(norm[:end]):
        text = para.slice(norm)
        if not any(w in text[:60] for w in lx.TARGETS_PARAGRAPH_WORDS):
            continue
        if any(s.start <= para.start < s.end for s in plan_spans):
            continue
        years = (report_year,) if report_year else ()
        heading = text[: text.find("：") + 1 if "：" in text[:40] else 12]
        extra.append(Section(heading=heading, level=3, kind=SectionKind.PLAN, years=years, span=para, path=(heading,)))
    return sorted(sections + extra, key=lambda s: (s.span.start, s.level))


def _require(doc: Document, heads: list[tuple[int, Span]], side: str | None) -> None:
    tops = sum(1 for level, _ in heads if level == 1)
    for kind, example in ((SectionKind.REVIEW, "一、2024年工作回顾"), (SectionKind.PLAN, "二、2025年工作安排")):
        if not doc.sections_of(kind):
            raise StructureError(
                f"no {kind.value} section in '{doc.name}' (expected a heading like {example}; "
                f"found 0 of {tops} headings)",
                path=doc.path,
                side=side,
                expected=example,
                found=f"{tops} headings",
            )
