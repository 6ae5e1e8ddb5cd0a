"""Part of the diff stage: a commitment's history, year after year, over a corpus of reports.

Every consecutive pair of reports is audited (:func:`policydiff.corpus.audit_corpus`, which pairs reports by
the government and year they state). A government's targets are then chained from one plan year to the next
as the audit pairs a target with its outcome (:func:`policydiff.diff.pair_targets`: the same keys, blocks and
one-to-one assignment), so that 城镇新增就业 is one series whatever the years between two reports. Each row is
one government, indicator and plan year: the target, the outcome, the status and its basis, the evidence.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from policydiff.corpus import audit_corpus, report_files
from policydiff.diff import pair_targets
from policydiff.errors import PolicydiffError
from policydiff.keys import match_key, similarity
from policydiff.load import MAX_SIZE
from policydiff.model import Alignment, Commitment, Status, Verdict
from policydiff.pipeline import read
from policydiff.quantities import written
from policydiff.report import Audit, Corpus, csv_text, frame, pad
from policydiff.yearshtml import chart, esc, page, table

if TYPE_CHECKING:
    from policydiff.report import DataFrame

SCHEMA: Final = "policydiff.history/1"
COLUMNS: Final = (
    "government",
    "plan_year",
    "indicator",
    "series",
    "target_text",
    "target_value",
    "target_unit",
    "comparator",
    "sense",
    "actual_value",
    "actual_unit",
    "status",
    "basis",
    "evidence",
    "commitment",
    "commitment_indicator",
    "id",
    "plan_file",
    "review_file",
)
NUMERIC_COLUMNS: Final = ("target_value", "actual_value")
FORMATS: Final = ("table", "csv", "json", "html")
#: The basis of a verdict (issue 12's column), where the audit rows do not give it yet.
BASES: Final = ("figure", "derived", "claim", "qualitative", "next_plan", "none")


def basis(verdict: Verdict, alignment: Alignment | None) -> str:
    """What a verdict rests on: ``figure`` (a stated number), ``derived`` (arithmetic on stated figures),
    ``claim`` (the government's blanket claim about a named list or the budget), ``qualitative`` (the
    deliverable said done, no number), ``next_plan`` (carried over) or ``none`` (not mentioned)."""
    if verdict.status is Status.NOT_MENTIONED:
        return "none"
    if verdict.status is Status.CARRIED_OVER:
        return "next_plan"
    if alignment is not None and alignment.derived is not None:
        return "derived"
    if alignment is not None and alignment.source in ("group_claim", "budget_claim", "members_claim", "main_claim"):
        return "claim"
    e = verdict.evidence
    return "figure" if e is not None and e.quantity is not None else "qualitative"


@attrs.frozen(kw_only=True)
class Entry:
    """One plan year of one series: the audit's verdict on that year's target, with its alignment."""

    government: str
    plan_year: int
    series: int
    audit: Audit
    index: int

    @property
    def verdict(self) -> Verdict:
        return self.audit.verdicts[self.index]

    @property
    def alignment(self) -> Alignment:
        return self.audit.alignments[self.index]


@attrs.frozen(kw_only=True)
class History:
    """The result of :func:`history`: every series of targets over the years, and what went wrong."""

    entries: tuple[Entry, ...]
    #: The name shown for each series: its most frequent indicator wording, the latest on a tie.
    names: tuple[str, ...]
    errors: tuple[str, ...] = ()

    @property
    def rows(self) -> list[dict[str, Any]]:
        """One row per government, series and plan year (:data:`COLUMNS`), by government, series, year."""
        audit_rows: dict[int, list[dict[str, Any]]] = {}
        for e in self.entries:
            if id(e.audit) not in audit_rows:
                audit_rows[id(e.audit)] = e.audit.rows
        return [self._row(e, audit_rows[id(e.audit)][e.index]) for e in self.entries]

    def _row(self, e: Entry, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "government": e.government,
            "plan_year": e.plan_year,
            "indicator": self.names[e.series],
            "series": e.series,
            "target_text": row["target_text"],
            "target_value": row["target_value"],
            "target_unit": row["target_unit"],
            "comparator": row["comparator"],
            "sense": row["sense"],
            "actual_value": row["actual_value"],
            "actual_unit": row["actual_unit"],
            "status": row["status"],
            "basis": row.get("basis") or basis(e.verdict, e.alignment),
            "evidence": row["evidence"],
            "commitment": row["commitment"],
            "commitment_indicator": row["indicator"],
            "id": row["id"],
            "plan_file": e.audit.plan.name,
            "review_file": e.audit.review.name,
        }

    @property
    def summary(self) -> dict[str, int]:
        """Counts of rows per status, the rows, the series and the governments."""
        rows = self.rows
        out = {s.value: sum(1 for r in rows if r["status"] == s.value) for s in Status}
        out["rows"] = len(rows)
        out["series"] = len({(r["government"], r["series"]) for r in rows})
        out["governments"] = len({r["government"] for r in rows})
        return out

    def summary_line(self) -> str:
        """``12 rows in 3 series of 1 government: 8 met, 1 missed, 0 carried_over, 3 not_mentioned``."""
        s = self.summary
        counts = ", ".join(f"{s[st.value]} {st.value}" for st in Status)
        return f"{s['rows']} rows in {s['series']} series of {s['governments']} government(s): {counts}"

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (schema ``policydiff.history/1``)."""
        return {"schema": SCHEMA, "summary": self.summary, "errors": list(self.errors), "rows": self.rows}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    def to_csv(self) -> str:
        """RFC 4180 CSV under a header of :data:`COLUMNS`."""
        return csv_text(self.rows, COLUMNS)

    def to_frame(self) -> DataFrame:
        """The rows as a pandas DataFrame with the columns of :data:`COLUMNS`."""
        return frame(self.rows, COLUMNS, numeric=NUMERIC_COLUMNS)

    def to_table(self) -> str:
        """One line per row, series after series, then the summary line."""
        widths = (10, 5, 22, 16, 14, 13, 11)
        lines = []
        for r in self.rows:
            actual = written(r["actual_value"], r["actual_unit"] or "") if r["actual_value"] is not None else "-"
            cells = (r["government"], r["plan_year"], r["indicator"], r["target_text"], actual, r["status"], r["basis"])
            lines.append(" ".join(pad(str(v), w) for v, w in zip(cells, widths, strict=True)).rstrip())
        return "\n".join([*lines, "", self.summary_line()]) + "\n"

    def to_html(self) -> str:
        """A self-contained page: per series, an inline SVG chart of target against outcome, then its rows."""
        body = [f"<p>{esc(self.summary_line())}</p>"]
        cols = ("plan_year", "target_text", "actual", "status", "basis", "evidence", "commitment")
        by_series: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for r in self.rows:
            actual = written(r["actual_value"], r["actual_unit"] or "") if r["actual_value"] is not None else None
            by_series.setdefault((r["government"], r["series"]), []).append({**r, "actual": actual})
        for (government, _), rows in by_series.items():
            title = f"{government}: {rows[0]['indicator']}"
            unit = rows[0]["target_unit"] or ""
            points = [
                (r["plan_year"], r["target_value"], r["actual_value"] if r["actual_unit"] == unit else None)
                for r in rows
            ]
            body.append(f"<h2>{esc(title)}</h2>{chart(title, points, unit)}{table(rows, cols, classed=('status',))}")
        for line in self.errors:
            body.append(f'<p class="muted">Error: {esc(line)}</p>')
        return page("policydiff history", "\n".join(body))

    def render(self, fmt: str) -> str:
        """The history in one of :data:`FORMATS`."""
        return {"table": self.to_table, "csv": self.to_csv, "json": self.to_json, "html": self.to_html}[fmt]()


def chain(audits: Sequence[Audit]) -> tuple[list[tuple[Audit, int, int]], int]:
    """Each (audit, commitment index, series number) of one government's audits, taken in plan-year order.

    A target joins the series of the previous audited year's target it pairs with; one left over may join a
    series that last appeared earlier (a year stated in another unit, 新增就业岗位5000个, breaks no series);
    else it starts a new series. Returns the members and the number of series.
    """
    members: list[tuple[Audit, int, int]] = []
    tails: dict[int, Commitment] = {}  # series -> its latest target
    previous: set[int] = set()  # the series the previous audit continued or started
    count = 0
    for a in audits:
        targets = {j: v.commitment for j, v in enumerate(a.verdicts) if v.commitment.quantity is not None}
        found: dict[int, int] = {}  # commitment index -> series
        for pool in (sorted(previous), sorted(set(tails) - previous, key=lambda s: -s)):
            left = [j for j in targets if j not in found]
            if not pool or not left:
                continue
            pairs = pair_targets([tails[s] for s in pool], [targets[j] for j in left])
            found.update({left[m]: pool[k] for k, (m, _) in pairs.items()})
        current: set[int] = set()
        for j, c in targets.items():
            if j not in found:
                found[j], count = count, count + 1
            tails[found[j]] = c
            current.add(found[j])
            members.append((a, j, found[j]))
        previous = current
    return members, count


def matches(word: str, indicator: str) -> bool:
    """Whether an indicator names the measure ``word`` names: the word (or its matching key) inside it, or
    alike by the audit's similarity.

    >>> matches("城镇新增就业", "城镇新增就业"), matches("新增就业", "城镇新增就业"), matches("就业", "粮食产量")
    (True, True, False)
    """
    key = match_key(word)
    return word in indicator or (len(key) > 1 and key in match_key(indicator)) or similarity(word, indicator) >= 90


def history(
    paths: Iterable[str | os.PathLike[str]],
    *,
    indicator: str | None = None,
    government: str | None = None,
    jobs: int = 1,
    max_size: float | None = MAX_SIZE,
) -> History:
    """The history of every target over the consecutive pairs among ``paths`` (files or folders of them).

    ``government`` keeps the reports whose government (国务院, 恩施市) or file name holds it, before any audit;
    ``indicator`` keeps the series any of whose years names it (:func:`matches`). Raises
    :class:`~policydiff.errors.PolicydiffError` when no pair can be audited.
    """
    files = report_files(paths)
    errors: list[str] = []
    if government:
        files = _of_government(files, government, max_size)
    corpus: Corpus = audit_corpus(files, jobs=jobs, max_size=max_size)
    errors.extend(corpus.errors)
    entries: list[Entry] = []
    names: list[str] = []
    by_government: dict[str, list[Audit]] = {}
    for a in corpus.audits:
        by_government.setdefault(a.plan.government, []).append(a)
    for gov, audits in sorted(by_government.items()):
        members, count = chain(sorted(audits, key=lambda a: a.plan.report_year or 0))
        offset = len(names)
        wordings: list[list[str]] = [[] for _ in range(count)]
        for a, j, series in members:
            wordings[series].append(a.verdicts[j].commitment.indicator)
        names.extend(_name(w) for w in wordings)
        keep = set(range(count))
        if indicator:
            keep = {s for s in keep if any(matches(indicator, w) for w in wordings[s])}
        chosen = [
            Entry(government=gov, plan_year=a.plan.report_year or 0, series=offset + s, audit=a, index=j)
            for a, j, s in members
            if s in keep
        ]
        entries.extend(sorted(chosen, key=lambda e: (e.series, e.plan_year)))
    return History(entries=tuple(entries), names=tuple(names), errors=tuple(errors))


def _name(wordings: Sequence[str]) -> str:
    """A series' name: its most frequent wording, the latest year's on a tie."""
    if not wordings:
        return ""
    counts = Counter(wordings)
    best = max(counts.values())
    return next(w for w in reversed(wordings) if counts[w] == best)


def _of_government(files: list[str], government: str, max_size: float | None) -> list[str]:
    """The files of the reports of one government (by its name or the file's); a file that cannot be read is
    left to the corpus only when its name holds the government's."""
    kept: list[str] = []
    docs = []
    for f in files:
        if government in Path(f).name:
            kept.append(f)
            continue
        try:
            docs.append((f, read(Path(f), max_size=max_size)))
        except PolicydiffError:
            continue
    kept.extend(f for f, d in docs if government in d.government)
    if not kept:
        known = sorted({d.government for _, d in docs})
        raise PolicydiffError(
            f"no report of a government named '{government}' among {len(files)} file(s)"
            f" (found: {', '.join(known[:8]) or 'none'})"
        )
    return sorted(kept)
