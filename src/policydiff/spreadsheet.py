"""Part of the report stage: tables of audit rows -> one Excel workbook (.xlsx), for fact-checkers who work in
a spreadsheet.

Each sheet has its header frozen, an autofilter over every column, set column widths, the status cells
coloured, and numbers stored as numbers (years and counts as integers), so a sheet sorts and sums as it should.
Report text is stored as text, never as a formula (a cell starting with ``=`` stays a string), with the control
characters a workbook cannot hold dropped. openpyxl writes the file; it is imported on first use. The workbook
is saved into a temporary file and renamed over the target (:func:`policydiff.output.atomic_path`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from policydiff.output import PathArg, atomic_path

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

#: Fill colours of the status cells (light tints of the HTML page's badge colours, dark text stays legible).
STATUS_FILLS: Final = {
    "met": "C6EFCE",
    "missed": "FFC7CE",
    "carried_over": "FFEB9C",
    "not_mentioned": "E7E6E6",
}
HEADER_FILL: Final = "D9E1F2"
#: Column widths in characters (a CJK character counts about two): quotes wide, codes narrow.
WIDTHS: Final = {
    "id": 16,
    "pair": 22,
    "section": 30,
    "commitment": 50,
    "indicator": 24,
    "target_text": 16,
    "actual_text": 16,
    "status": 14,
    "basis": 12,
    "evidence": 50,
    "evidence_section": 30,
    "reason": 60,
    "rule": 30,
    "baseline": 30,
    "plan_file": 30,
    "review_file": 30,
}
DEFAULT_WIDTH: Final = 12
#: Columns whose numbers are whole (stored as integers).
INTEGER_COLUMNS: Final = frozenset({"plan_year", "review_year", "total", "position"})
#: Excel's longest cell text and longest sheet name; characters a sheet name cannot hold.
MAX_CELL: Final = 32767
MAX_TITLE: Final = 31
_TITLE_BANNED: Final = re.compile(r"[\[\]:*?/\\]")
#: Control characters a workbook cannot store (openpyxl refuses them).
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@attrs.frozen(kw_only=True)
class Sheet:
    """One sheet: a title, its columns in order, and its rows (dicts keyed by column).

    ``links`` maps a value of the first column to the title of a sheet that cell links to.
    """

    title: str
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, Any], ...]
    links: Mapping[str, str] = attrs.field(factory=dict)


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unused sheet title for ``name`` (banned characters replaced, cut to 31 characters, numbered
    when taken), added to ``taken``.

    >>> taken = set()
    >>> sheet_title("audit", taken), sheet_title("audit", taken), sheet_title("a/b [1]", taken)
    ('audit', 'audit (2)', 'a_b _1_')
    """
    base = _TITLE_BANNED.sub("_", name).strip("'") or "sheet"
    title, n = base[:MAX_TITLE], 1
    while title.lower() in {t.lower() for t in taken}:
        n += 1
        suffix = f" ({n})"
        title = base[: MAX_TITLE - len(suffix)] + suffix
    taken.add(title)
    return title


def write_workbook(path: PathArg, sheets: Sequence[Sheet]) -> None:
    """Write ``sheets`` as one .xlsx workbook at ``path``, atomically."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    for sheet in sheets:
        _fill(book.create_sheet(sheet.title), sheet)
    with atomic_path(path) as tmp:
        book.save(tmp)


def _fill(ws: Worksheet, sheet: Sheet) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.hyperlink import Hyperlink

    ws.append(list(sheet.columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    fills = {status: PatternFill("solid", fgColor=colour) for status, colour in STATUS_FILLS.items()}
    status_at = sheet.columns.index("status") + 1 if "status" in sheet.columns else None
    for r, row in enumerate(sheet.rows, start=2):
        for c, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=r, column=c)
            value = _value(column, row.get(column))
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # report text is text: "=..." must never become a formula
        if status_at is not None and (fill := fills.get(str(row.get("status")))) is not None:
            ws.cell(row=r, column=status_at).fill = fill
        target = sheet.links.get(str(row.get(sheet.columns[0])))
        if target is not None:
            link = ws.cell(row=r, column=1)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{target}'!A1")  # a place in the book
            link.font = Font(color="0563C1", underline="single")
    for c, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS.get(column, max(DEFAULT_WIDTH, len(column) + 2))
    ws.freeze_panes = "B2"  # the header row and the first column (id, or the pair) stay in view
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{len(sheet.rows) + 1}"


def _value(column: str, value: Any) -> Any:
    """A cell's value: numbers as numbers (whole ones as int), spans as ``start:end``, text cleaned."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return int(value) if column in INTEGER_COLUMNS or float(value).is_integer() else value
    if isinstance(value, list):
        return ":".join(str(v) for v in value)
    return _ILLEGAL.sub("", str(value))[:MAX_CELL]


#: The bases in the order of the summary columns (policydiff.basis.Basis).
BASES: Final = ("figure", "derived", "claim", "qualitative", "next_plan", "none", "reviewer")


def status_table(summary: Mapping[str, int], by_basis: Mapping[str, Mapping[str, int]]) -> Sheet:
    """The ``summary`` sheet of one audit: a row per status with its count and its count by each basis."""
    columns = ("status", "count", *(f"by {b}" for b in BASES))
    rows = [
        {"status": status, "count": summary.get(status, 0), **{f"by {b}": bases.get(b, 0) for b in BASES}}
        for status, bases in by_basis.items()
    ]
    rows.append({"status": "total", "count": summary.get("total", 0)})
    return Sheet(title="summary", columns=columns, rows=tuple(rows))


def pairs_table(
    pairs: Sequence[Mapping[str, Any]], by_basis: Sequence[Mapping[str, Mapping[str, int]]], titles: Sequence[str]
) -> Sheet:
    """The ``summary`` sheet of a corpus: a row per pair with its counts, met and missed by basis (the
    bases that occur), and a link to the pair's sheet."""
    split = [
        (status, b)
        for status in ("met", "missed")
        for b in BASES
        if any(counts.get(status, {}).get(b) for counts in by_basis)
    ]
    columns = (*pairs[0], *(f"{status} by {b}" for status, b in split)) if pairs else ("pair",)
    rows = tuple(
        {**p, **{f"{status} by {b}": counts.get(status, {}).get(b, 0) for status, b in split}}
        for p, counts in zip(pairs, by_basis, strict=True)
    )
    links = {str(p["pair"]): t for p, t in zip(pairs, titles, strict=True)}
    return Sheet(title="summary", columns=tuple(columns), rows=rows, links=links)
