"""Part of the extract stage: which passages of a review speak about several years.

A review of year N often sits beside a look back over five years (五年来…, “十四五”时期…). A paragraph
opening like that starts a several-year passage, which lasts until a paragraph opens on the single
year (过去一年, 2025年…) or the next top-level section begins. Inside one, a clause still speaks of the
single year when it says so (全年, 2025年), or when it claims its figure for every year (每年实施20项).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Document, Statement

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


def opening_clause(sentence: str) -> str:
    """A sentence's first clause, which may pin the whole sentence to one year (2012年，…城镇新增就业1266万人)."""
    return re.split(f"[{lxt.COMMAS}{lxt.COLONS}]", sentence, maxsplit=1)[0]


def single_year(text: str, year: int | None) -> bool:
    """Whether a sentence pins itself to the reviewed year (全年…, 2025年…) inside a five-year passage."""
    return any(w in text for w in lx.SINGLE_YEAR_WORDS) or (year is not None and f"{year}{lxt.YEAR_MARK}" in text)


_RUN_OF_YEARS: Final = re.compile(lx.RUN_OF_YEARS_PATTERN)
_CLAUSE_MARK: Final = re.compile(f"[{lxt.COMMAS}{lxt.COLONS}{lxt.ENUMERATION_MARK}]")


def own_clause_head(norm: str, st: Statement) -> str:
    """The words before a statement's figure in its own clause (连续5年保持西北第一，建成8个 -> 建成)."""
    assert st.quantity is not None
    head = norm[st.span.start : st.quantity.span.start]
    return _CLAUSE_MARK.split(head)[-1]


def every_year(text: str) -> bool:
    """Whether a clause claims its figure for every year of a look back (每年实施20项, 连续两年超过4万亿元): the
    reviewed year among them, so the figure is that year's too. An average over the years (平均每年) is not.

    >>> every_year("每年实施20项重点民生实事"), every_year("平均每年新增30万"), every_year("新增30万")
    (True, False, False)
    """
    if any(w in text for w in lx.TOTAL_WORDS):
        return False
    return any(w in text for w in lx.EVERY_YEAR_WORDS) or _RUN_OF_YEARS.search(text) is not None
