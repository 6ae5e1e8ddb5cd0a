"""Part of the extract stage: which passages of a review speak about several years.

A review of year N often sits beside a look back over five years (五年来…, “十四五”时期…). A paragraph
opening like that starts a several-year passage, which lasts until a paragraph opens on the single
year (过去一年, 2025年…) or the next top-level section begins.
"""

from __future__ import annotations

import bisect
import re

from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Document

_ADDRESS = re.compile(rf"^{lxp.SALUTATION}[{lxp.SALUTATION_MARKS}]\s*")
_PARAGRAPH_START = re.compile(rf"(?:^|\n|\s{{2,}})[\s\u3000\u200b]*(?:{lxp.BRACKETED_CN_ORDINAL})?")


def passages(doc: Document, norm: str) -> tuple[list[int], list[bool]]:
    """Sorted passage starts and, for each, whether it speaks about several years."""
    marks: dict[int, bool] = {}
    for s in doc.sections:
        if s.level == 1:
            marks[s.span.start] = s.multi_year and not any(str(y) in s.heading for y in s.years)
    single = (
        (*lxp.SINGLE_YEAR_LEADS, f"{doc.reviewed_year}{lxt.YEAR_MARK}") if doc.reviewed_year else lxp.SINGLE_YEAR_LEADS
    )
    for m in _PARAGRAPH_START.finditer(norm):
        head = _ADDRESS.sub("", norm[m.end() : m.end() + 20])[:12]  # 各位代表！刚刚过去的2025年…
        if head.startswith(lxp.MULTI_YEAR_LEADS):
            marks[m.end()] = True
        elif head.startswith(single):
            marks[m.end()] = False
    starts = sorted(marks)
    return starts, [marks[s] for s in starts]


def several_years(index: tuple[list[int], list[bool]], at: int) -> bool:
    """Whether the text at ``at`` lies in a several-year passage."""
    starts, flags = index
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and flags[i]
