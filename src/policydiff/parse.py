"""The parse stage: text -> :class:`~policydiff.model.Document` (outline, section kinds, years, metadata).

The report proper runs from the salutation 各位代表 to where trailing page debris starts (licence notices,
相关报道, 责任编辑, share and print widgets, a repeated title); headings are looked for only there, so page
debris never becomes a section. The outline itself is built by :mod:`policydiff.outline`. Metadata: the
government (from the congress named in the dateline, 我代表X人民政府, the title, the speaker's office, the
name the text uses most, else the file name) and the report year (from the dateline, the title, the
headings, else the file name); the reviewed year and the plan year follow from it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.errors import StructureError
from policydiff.load import Loaded, clean, is_widget_line
from policydiff.model import Document, SectionKind
from policydiff.outline import Heading, build, heading_kind, headings, paragraphs
from policydiff.quantities import normalize

__all__ = ["paragraphs", "parse"]

_CN_DIGITS: Final = str.maketrans(lxt.CN_YEAR_DIGITS, lxt.CN_YEAR_VALUES)
_DATELINE: Final = re.compile(lxp.DATELINE_PATTERN)
_YEAR: Final = re.compile(rf"(?<!\d)((?:19|20)\d\d){lxt.YEAR_MARK}")
_TITLE_YEAR: Final = re.compile(lxp.TITLE_YEAR_PATTERN)
_SUFFIX: Final = lxp.GOVERNMENT_SUFFIX_PATTERN
_NAME: Final = r"[\u4e00-\u9fff·]{2,14}?"
_CONGRESS_GOV: Final = re.compile(lxp.CONGRESS_GOV_TEMPLATE.format(name=_NAME, suffix=_SUFFIX))
_SPEAKER_GOV: Final = re.compile(lxp.SPEAKER_GOV_PATTERN)
_TITLE_GOV: Final = re.compile(lxp.TITLE_GOV_TEMPLATE.format(name=_NAME, suffix=_SUFFIX))
_LEADER_GOV: Final = re.compile(
    rf"(?P<gov>{_NAME}{_SUFFIX})(?:{lxp.PEOPLES_GOVERNMENT})?(?:{'|'.join(lxp.LEADER_TITLES)})"
)
_TAIL_MARKERS: Final = tuple(normalize(m) for m in (*lxp.TAIL_DEBRIS_MARKERS, *lxp.TAIL_DEBRIS_MORE))
_HEAD_ZONE: Final = 4000  # the salutation opens the report within this many characters
_OPENING: Final = 300  # characters after the salutation that hold 我代表X人民政府
_NO_SALUTATION_OPENING: Final = 600  # without a salutation, the title and dateline are in this many characters
_MIN_NAME_USES: Final = 3  # a proper name taken from the body must recur at least this often
_COMPOUND_NEXT: Final = lxp.COMPOUND_NEXT
_COMPOUND_LAST: Final = lxp.COMPOUND_LAST


def parse(text: str | Loaded, *, path: str | None = None, side: str | None = None) -> Document:
    """Build the outline of a report, from its text or from what :func:`~policydiff.load.load` returned.

    ``parse(load("report.txt"))`` keeps the file's path (``path=`` overrides it). The outline is built on the
    cleaned text (:func:`policydiff.load.clean`); the document keeps the map back to ``text``.
    Raises :class:`StructureError` when the text has no review part or no plan part.
    """
    if isinstance(text, Loaded):
        path = path if path is not None else text.path
        text = text.text
    text, source_map = clean(text)
    norm = normalize(text)
    start, end = content_bounds(norm)
    heads = headings(norm, paragraphs(norm, start, end))
    report_year = _report_year(norm, start, heads, path)
    sections = build(text, norm, heads, end, report_year)
    doc = Document(
        path=path,
        text=text,
        government=_government(norm, start, path),
        report_year=report_year,
        sections=tuple(sections),
        source_map=source_map,
    )
    _require(doc, side)
    return doc


def content_bounds(norm: str) -> tuple[int, int]:
    """(start, end) of the report proper: from the salutation to where trailing page debris begins."""
    start = max(norm.find(lxp.SALUTATION, 0, max(_HEAD_ZONE, len(norm) // 8)), 0)
    end = len(norm)
    floor = max(start, len(norm) // 2)
    for marker in _TAIL_MARKERS:
        at = norm.find(marker, floor)
        if at != -1:
            end = min(end, at)
    paras = paragraphs(norm, start, end)
    title = _title(norm, start)
    while paras and (is_widget_line(paras[-1].slice(norm)) or (title and paras[-1].slice(norm) == title)):
        end = paras.pop().start  # share bars, 打印本页, the title repeated under the text
    return start, end


def _title(norm: str, start: int) -> str:
    for para in paragraphs(norm, 0, start):
        text = para.slice(norm)
        if lxp.REPORT_TITLE_WORD in text and len(text) <= 40:
            return text
    return ""


def _report_year(norm: str, start: int, heads: list[Heading], path: str | None) -> int | None:
    opening = norm[:start] if start else norm[:_NO_SALUTATION_OPENING]  # title and dateline precede 各位代表
    m = _DATELINE.search(opening)
    if m:
        return int(m.group(1).translate(_CN_DIGITS))
    t = _TITLE_YEAR.search(opening)
    if t:
        return int(t.group(1) or t.group(2))
    year = _year_from_headings(norm, heads)
    if year:
        return year
    if path:
        f = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", _file_name(path))
        if f:
            return int(f.group(1))
    return None


def _year_from_headings(norm: str, heads: list[Heading]) -> int | None:
    """The report year the top-level headings imply: 一、2024年工作回顾 and 二、2025年工作安排 are in a 2025 report.

    The first heading naming one year decides: it names the year under review when its words say so, or when
    it opens the report (reports open with their review) and a later heading plans the next year or 今年
    (一、2025年主要工作 … 二、今年工作安排); else, with plan words, it names the plan year.
    """
    tops = [h.span.slice(norm) for h in heads if h.style in ("cn", "part", "plain")]
    for i, heading in enumerate(tops):
        years = _YEAR.findall(heading)
        if len(years) != 1:
            continue
        year, kind, later = int(years[0]), heading_kind(heading), tops[i + 1 :]
        named_next = any(_YEAR.findall(h) == [str(year + 1)] for h in later)
        this_year = any(w in h and not _YEAR.search(h) for h in later for w in lxp.THIS_YEAR_WORDS)
        if kind is SectionKind.REVIEW or (i == 0 and (named_next or this_year)):
            return year + 1
        if kind is SectionKind.PLAN:
            return year
    return None


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _government(norm: str, start: int, path: str | None) -> str:
    """The government whose report this is: 湖北省, 恩施市, 国务院 (the State Council)."""
    opening = norm[: start + _OPENING]
    if lxp.SPEAKER + lxp.STATE_COUNCIL in opening:
        return lxp.STATE_COUNCIL
    # Title, dateline and speaker lines precede the salutation (上海市市长 应勇 各位代表： shares its line).
    salutation = start + len(lxp.SALUTATION)
    limit = salutation if norm.startswith(lxp.SALUTATION, start) else _NO_SALUTATION_OPENING
    lines = [p.slice(norm).replace(" ", "") for p in paragraphs(norm, 0, limit)]
    speaker = _SPEAKER_GOV.search(opening.replace(" ", ""))
    named = speaker.group("gov") if speaker else ""
    congress = next((m.group("gov") for line in lines if (m := _CONGRESS_GOV.search(line))), "")
    if congress:
        return congress
    if named and named not in lxp.GENERIC_GOVERNMENTS:
        return named
    for pattern in (_TITLE_GOV, _LEADER_GOV):
        found = next((m.group("gov") for line in lines if (m := pattern.match(line))), "")
        if found:
            return found
    used = _most_used_name(norm, named) if named else ""
    if used:
        return used
    if path:
        stem = _file_name(path).rsplit(".", 1)[0]
        return re.sub(r"[-_]?(?:19|20)\d\d$", "", stem) or stem
    return "unknown"


def _most_used_name(norm: str, generic: str) -> str:
    """The proper name with the generic suffix (市 of 我代表市人民政府) that the text uses most.

    Compounds (市场, 市民, 城市) and names ending in another level (县市) are not names of the government.
    """
    pattern = rf"([\u4e00-\u9fff]{{2,3}}){generic}(?![{_COMPOUND_NEXT}])"
    stems: list[str] = re.findall(pattern, norm)
    names = Counter(stem for stem in stems if stem[-1] not in _COMPOUND_LAST and stem[0] not in lxp.NOT_NAME_STARTS)
    ranked = sorted(names.items(), key=lambda kv: (-kv[1], -norm.count(kv[0]), kv[0]))
    for stem, n in ranked:
        if n >= 2 and norm.count(stem) >= _MIN_NAME_USES:
            return stem + generic
    return ""


def _require(doc: Document, side: str | None) -> None:
    """Raise StructureError naming the file, the heading expected and the top-level headings found."""
    tops = [s for s in doc.sections if s.level == 1]
    count = f"{len(tops)} top-level heading{'' if len(tops) == 1 else 's'}"
    listed = " | ".join(s.heading[:16] for s in tops[:5])
    found = f"{count}: {listed}" if tops else "no headings"
    year = doc.report_year or 2025
    for kind, example in (
        (SectionKind.REVIEW, lxp.FALLBACK_REVIEW_HEADING.format(year=year - 1)),
        (SectionKind.PLAN, lxp.FALLBACK_PLAN_HEADING.format(year=year)),
    ):
        if not doc.sections_of(kind):
            raise StructureError(
                f"no {kind.value} part in '{doc.name}' (expected a heading like {example}; found {found})",
                path=doc.path,
                side=side,
                expected=example,
                found=count,
            )
