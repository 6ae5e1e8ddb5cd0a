"""The report stage: Verdicts -> rows, and the writers (table, CSV, JSON, JSON Lines, Markdown, HTML,
SQLite, DataFrame).

This is the only module that knows about tables (:class:`Audit` for one pair, :class:`Corpus` for many) and
the only pandas importer, imported lazily; the HTML page is laid out in :mod:`policydiff.html` from
:meth:`Audit.to_dict`. Files are written atomically, through :mod:`policydiff.output`, the one write path.
"""

from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from policydiff.basis import Basis, basis_of
from policydiff.model import Alignment, Document, Status, Verdict
from policydiff.rows import COLUMNS, NUMERIC_COLUMNS, as_written, contexts, number, row_of, side_info, statement_row

__all__ = [
    "COLUMNS",
    "CORPUS_COLUMNS",
    "FORMATS",
    "SCHEMA",
    "Audit",
    "Corpus",
    "csv_text",
    "number",
    "row_of",
    "side_info",
    "statement_row",
]

if TYPE_CHECKING:
    import pandas as pd

    #: The DataFrame type, for the annotations of modules that must not import pandas themselves.
    DataFrame = pd.DataFrame

SCHEMA: Final = "policydiff.audit/1"
FORMATS: Final = ("table", "csv", "json", "jsonl", "markdown", "html")
#: Formats written only to a file (-o): what each writes.
FILE_FORMATS: Final = {"sqlite": "an SQLite database", "xlsx": "an Excel workbook (binary)"}


@attrs.frozen(kw_only=True)
class Audit:
    """The result of :func:`policydiff.audit`: both documents and one verdict per commitment."""

    plan: Document
    review: Document
    alignments: tuple[Alignment, ...]
    verdicts: tuple[Verdict, ...]
    #: Ids of reviewer corrections that matched no commitment of this audit.
    unmatched_corrections: tuple[str, ...] = ()
    #: What a reader should know before trusting the table: a plan without one figure, a review without one.
    warnings: tuple[str, ...] = ()

    @property
    def rows(self) -> list[dict[str, Any]]:
        """The audit table as a list of dicts, in plan order; quotes and spans as the report files have them."""
        return [
            as_written(row_of(v, a), v, a, plan=self.plan, review=self.review)
            for v, a in zip(self.verdicts, self.alignments, strict=True)
        ]

    @property
    def summary(self) -> dict[str, int]:
        """Counts per status (every status present, in a fixed order) and the total."""
        counts = Counter(v.status.value for v in self.verdicts)
        out = {s.value: counts.get(s.value, 0) for s in Status}
        out["total"] = len(self.verdicts)
        return out

    @property
    def by_basis(self) -> dict[str, dict[str, int]]:
        """Counts per status split by what the verdicts rest on (:class:`~policydiff.basis.Basis`), every
        status present, bases in a fixed order and only those that occur: ``{"met": {"figure": 9, "claim": 61},
        ...}``."""
        counts = Counter(
            (v.status.value, basis_of(v, a).value) for v, a in zip(self.verdicts, self.alignments, strict=True)
        )
        return {s.value: {b.value: counts[s.value, b.value] for b in Basis if counts[s.value, b.value]} for s in Status}

    def summary_line(self) -> str:
        """``42 commitments: 10 met, 3 missed, 2 carried_over, 27 not_mentioned; 10 met: 8 by figure, 2 by claim;
        3 missed: 3 by figure``."""
        return f"{self.summary['total']} commitments: {_counts(self.summary)}{basis_split(self.by_basis)}"

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (schema ``policydiff.audit/1``)."""
        return {
            "schema": SCHEMA,
            "plan": side_info(self.plan, self.plan.plan_year),
            "review": side_info(self.review, self.review.reviewed_year),
            "summary": {**self.summary, "by_basis": self.by_basis},
            "rows": self.rows,
        }

    def to_json(self) -> str:
        """The audit as one JSON object."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    def to_jsonl(self) -> str:
        """One JSON object per row."""
        return _jsonl(self.rows)

    def to_csv(self) -> str:
        """RFC 4180 CSV with a header of :data:`COLUMNS`; spans as ``start:end``."""
        return csv_text(self.rows, COLUMNS)

    def to_markdown(self) -> str:
        """A Markdown table of the main columns with the summary line above it."""
        cols = ("status", "basis", "indicator", "target_text", "actual_text", "reason", "commitment")
        lines = [f"**{self.summary_line()}**", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for r in self.rows:
            lines.append("| " + " | ".join(markdown_cell(r[c]) for c in cols) + " |")
        return "\n".join(lines) + "\n"

    def to_table(self, *, width: int = 120) -> str:
        """A readable fixed-width table for the terminal, then the summary line."""
        cols = (("status", 13), ("basis", 11), ("indicator", 22), ("target", 14), ("actual", 14), ("reason", 50))
        out = ["  ".join(pad(name, w) for name, w in cols)]
        for r in self.rows:
            actual = r["actual_text"] or ""
            cells = (r["status"], r["basis"], r["indicator"], r["target_text"] or "", actual, r["reason"])
            out.append("  ".join(pad(str(v), w) for v, (_, w) in zip(cells, cols, strict=True)).rstrip())
        out.append("")
        out.append(f"{self.plan.name} -> {self.review.name}: {self.summary_line()}")
        return "\n".join(out) + "\n"

    def to_frame(self) -> pd.DataFrame:
        """The audit as a pandas DataFrame with the columns of :data:`COLUMNS`."""
        return _frame(self.rows, COLUMNS)

    def to_html(self) -> str:
        """A self-contained HTML page: summary, then per commitment its status, figures and both quotes."""
        from policydiff import html  # the writers are imported by the formats that use them only

        document = self.to_dict()
        return html.render(document, contexts(document["rows"], plan=self.plan, review=self.review))

    def to_sqlite(self, path: str | os.PathLike[str]) -> None:
        """Write the audit into the SQLite database ``path``: table ``audit`` (:data:`COLUMNS` and ``position``,
        primary key ``id``, spans as ``start:end``) and ``meta`` (key, value); an existing database is updated in
        place, one row per id (see :mod:`policydiff.database`)."""
        from policydiff import database

        document = self.to_dict()
        meta: list[tuple[str, Any]] = []
        for side in ("plan", "review"):
            meta.extend((f"{side}_{key}", value) for key, value in document[side].items())
        meta.extend((f"summary_{key}", value) for key, value in self.summary.items())
        meta.append(("summary", self.summary_line()))
        database.write_audit(path, document["rows"], COLUMNS, schema=SCHEMA, meta=meta)

    def to_xlsx(self, path: str | os.PathLike[str]) -> None:
        """Write the audit as an Excel workbook: sheet ``audit`` (:data:`COLUMNS`) and ``summary`` (each status's
        count by basis); see :mod:`policydiff.spreadsheet`."""
        from policydiff import spreadsheet

        rows = tuple(self.rows)
        audit = spreadsheet.Sheet(title="audit", columns=COLUMNS, rows=rows)
        spreadsheet.write_workbook(path, [audit, spreadsheet.status_table(self.summary, self.by_basis)])

    def render(self, fmt: str) -> str:
        """The audit in one of :data:`FORMATS`."""
        renderers = {
            "table": self.to_table,
            "csv": self.to_csv,
            "json": self.to_json,
            "jsonl": self.to_jsonl,
            "markdown": self.to_markdown,
            "html": self.to_html,
        }
        return renderers[fmt]()


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """RFC 4180 CSV of ``rows`` under a header of ``columns``; lists (spans) as ``start:end``, None empty."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _cell(v) for k, v in r.items()})
    return buf.getvalue()


#: Markdown and HTML in a cell, written so that it shows as text: the HTML characters as entities, the
#: Markdown punctuation that could open a link, an image, code, emphasis or a new cell backslash-escaped.
_MARKDOWN_CELL: Final = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", **{ch: "\\" + ch for ch in "\\`*[]|~!"}, "\n": " ", "\r": " "}
)


def markdown_cell(value: Any) -> str:
    r"""One table cell of Markdown output: text a report holds shows as text, never as markup or a new cell.

    >>> print(markdown_cell('<img src=x onerror=alert(1)>甲|乙\n[链接](javascript:x)'))
    &lt;img src=x onerror=alert(1)&gt;甲\|乙 \[链接\](javascript:x)
    """
    return str(_cell(value)).translate(_MARKDOWN_CELL)


def _jsonl(rows: Sequence[Mapping[str, Any]]) -> str:
    """One JSON object per row, one per line."""
    return "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in rows)


def _counts(summary: Mapping[str, int]) -> str:
    """``10 met, 3 missed, 2 carried_over, 27 not_mentioned``."""
    return ", ".join(f"{summary[st.value]} {st.value}" for st in Status)


#: The basis each status has unless a reviewer corrected it: no need to split these counts.
_ONLY_BASIS: Final = {Status.CARRIED_OVER.value: Basis.NEXT_PLAN.value, Status.NOT_MENTIONED.value: Basis.NONE.value}


def basis_split(by_basis: Mapping[str, Mapping[str, int]]) -> str:
    """The counts of met and missed (and of any status a reviewer corrected) split by basis, each after a
    semicolon: ``; 70 met: 9 by figure, 61 by claim; 3 missed: 3 by figure``; empty when there are none.

    >>> basis_split({"met": {"figure": 9, "claim": 61}, "missed": {}, "not_mentioned": {"none": 4}})
    '; 70 met: 9 by figure, 61 by claim'
    """
    parts = []
    for status, bases in by_basis.items():
        if not bases or set(bases) == {_ONLY_BASIS.get(status)}:
            continue
        split = ", ".join(f"{n} by {basis}" for basis, n in bases.items())
        parts.append(f"; {sum(bases.values())} {status}: {split}")
    return "".join(parts)


def _frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """``rows`` as a DataFrame with ``columns``; pandas is imported here, on first use."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    # A column whose every cell is None would come out as object; keep numbers numeric whatever the rows.
    return frame.astype({c: "float64" for c in NUMERIC_COLUMNS})


def frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, numeric: Sequence[str] = ()) -> pd.DataFrame:
    """``rows`` as a DataFrame with ``columns``, the ``numeric`` ones float64 (NaN when empty): the tables of
    the across-years commands (:mod:`policydiff.diff`, :mod:`policydiff.targets`, :mod:`policydiff.history`)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=list(columns)).astype({c: "float64" for c in numeric})


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ":".join(str(v) for v in value)
    return value


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` cut or padded to ``width`` terminal columns (CJK characters take two)."""
    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1 and _display_width(text) > width:
            out.append("…")
            used += 1
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * max(0, width - used)


CORPUS_SCHEMA: Final = "policydiff.corpus/1"
#: Columns naming the pair, in front of each audit row's :data:`policydiff.report.COLUMNS`.
PAIR_COLUMNS: Final = ("pair", "government", "plan_year", "plan_file", "review_file")
CORPUS_COLUMNS: Final = (*PAIR_COLUMNS, *COLUMNS)
CORPUS_FORMATS: Final = ("table", "csv", "json", "jsonl", "markdown", "html")


@attrs.frozen(kw_only=True)
class Corpus:
    """The audits of every consecutive pair found, in government then year order, and what went wrong."""

    audits: tuple[Audit, ...]
    #: One line per file that could not be read or pair that could not be audited: ``file: problem``.
    errors: tuple[str, ...] = ()
    #: Files read without a neighbouring year of the same government.
    unpaired: tuple[str, ...] = ()

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Every audit row, with the pair's columns (:data:`PAIR_COLUMNS`) in front."""
        return [{**pair_info(a), **row} for a in self.audits for row in a.rows]

    @property
    def summary(self) -> dict[str, int]:
        """Counts per status over the whole corpus, the total, and the number of pairs."""
        out = {s.value: sum(a.summary[s.value] for a in self.audits) for s in Status}
        out["total"] = sum(a.summary["total"] for a in self.audits)
        out["pairs"] = len(self.audits)
        return out

    @property
    def by_basis(self) -> dict[str, dict[str, int]]:
        """Counts per status split by basis over the whole corpus (see :attr:`Audit.by_basis`)."""
        per_pair = [a.by_basis for a in self.audits]
        return {
            s.value: {b.value: n for b in Basis if (n := sum(counts[s.value].get(b.value, 0) for counts in per_pair))}
            for s in Status
        }

    def summary_line(self) -> str:
        """``23 pairs, 1100 commitments: 300 met, …; 300 met: 250 by figure, …``."""
        s = self.summary
        return f"{s['pairs']} pairs, {s['total']} commitments: {_counts(s)}{basis_split(self.by_basis)}"

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (schema ``policydiff.corpus/1``): pairs with their summaries, errors, rows."""
        return {
            "schema": CORPUS_SCHEMA,
            "summary": {**self.summary, "by_basis": self.by_basis},
            "pairs": [
                {
                    **pair_info(a),
                    "plan": side_info(a.plan, a.plan.plan_year),
                    "review": side_info(a.review, a.review.reviewed_year),
                    "summary": {**a.summary, "by_basis": a.by_basis},
                }
                for a in self.audits
            ],
            "errors": list(self.errors),
            "unpaired": list(self.unpaired),
            "rows": self.rows,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    def to_jsonl(self) -> str:
        """One JSON object per row, each naming its pair."""
        return _jsonl(self.rows)

    def to_csv(self) -> str:
        """RFC 4180 CSV with a header of :data:`CORPUS_COLUMNS`."""
        return csv_text(self.rows, CORPUS_COLUMNS)

    def to_html(self) -> str:
        """One self-contained HTML page: the pairs with their counts, each linking to its audit on the page."""
        from policydiff import html_corpus

        document = self.to_dict()
        quotes: dict[str, Any] = {}
        for a in self.audits:
            quotes.update(contexts(a.rows, plan=a.plan, review=a.review))
        return html_corpus.render(document, quotes)

    def to_markdown(self) -> str:
        """A Markdown table with one line per pair and its counts, then the totals."""
        statuses = [s.value for s in Status]
        lines = [
            f"**{self.summary_line()}**",
            "",
            "| pair | plan | review | " + " | ".join(statuses) + " | total |",
            "|---|---|---|" + "---:|" * (len(statuses) + 1),
        ]
        for a in self.audits:
            counts = " | ".join(str(a.summary[s]) for s in statuses)
            info = pair_info(a)
            names = " | ".join(markdown_cell(info[k]) for k in ("pair", "plan_file", "review_file"))
            lines.append(f"| {names} | {counts} | {a.summary['total']} |")
        return "\n".join(lines) + "\n"

    def to_table(self) -> str:
        """One line per pair with its counts, then the totals, for the terminal."""
        out = [f"{pad(pair_info(a)['pair'], 34)} {a.summary_line()}" for a in self.audits]
        return "\n".join([*out, "", self.summary_line()]) + "\n"

    def to_frame(self) -> pd.DataFrame:
        """Every row as a pandas DataFrame with the columns of :data:`CORPUS_COLUMNS`."""
        return _frame(self.rows, CORPUS_COLUMNS)

    def to_sqlite(self, path: str | os.PathLike[str]) -> None:
        """Write the corpus into the SQLite database ``path``: tables ``pairs`` (one per pair with its counts,
        key ``pair``), ``audit`` (:data:`CORPUS_COLUMNS` and ``position``, key ``id``, ``pair`` referencing
        ``pairs``), ``errors`` and ``meta``; an existing database is updated in place (see
        :mod:`policydiff.database`)."""
        from policydiff import database

        database.write_corpus(
            path,
            self.rows,
            CORPUS_COLUMNS,
            pairs=[pair_row(a) for a in self.audits],
            errors=self.errors,
            schema=CORPUS_SCHEMA,
            meta=[("summary", self.summary_line())],
        )

    def to_xlsx(self, path: str | os.PathLike[str]) -> None:
        """Write the corpus as an Excel workbook: sheet ``summary`` (a row per pair, linking to its sheet), then
        one sheet per pair with its rows (:data:`COLUMNS`), and ``errors`` when there were any."""
        from policydiff import spreadsheet

        taken = {"summary", "errors"}
        titles = [spreadsheet.sheet_title(pair_info(a)["pair"], taken) for a in self.audits]
        summary = spreadsheet.pairs_table([pair_row(a) for a in self.audits], [a.by_basis for a in self.audits], titles)
        sheets = [summary]
        sheets += [
            spreadsheet.Sheet(title=t, columns=COLUMNS, rows=tuple(a.rows))
            for t, a in zip(titles, self.audits, strict=True)
        ]
        if self.errors:
            sheets.append(
                spreadsheet.Sheet(title="errors", columns=("message",), rows=tuple({"message": e} for e in self.errors))
            )
        spreadsheet.write_workbook(path, sheets)

    def render(self, fmt: str) -> str:
        """The corpus in one of :data:`CORPUS_FORMATS`."""
        renderers = {
            "table": self.to_table,
            "csv": self.to_csv,
            "json": self.to_json,
            "jsonl": self.to_jsonl,
            "markdown": self.to_markdown,
            "html": self.to_html,
        }
        return renderers[fmt]()


def pair_row(a: Audit) -> dict[str, Any]:
    """One line of the corpus's table of pairs: the pair's columns, its review year and its counts."""
    return {**pair_info(a), "review_year": a.review.report_year, **a.summary}


def pair_info(a: Audit) -> dict[str, Any]:
    """The columns naming one audit's pair."""
    return {
        "pair": f"{a.plan.government} {a.plan.report_year}->{a.review.report_year}",
        "government": a.plan.government,
        "plan_year": a.plan.report_year,
        "plan_file": a.plan.name,
        "review_file": a.review.name,
    }
