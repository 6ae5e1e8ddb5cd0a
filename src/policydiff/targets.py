"""Part of the diff stage: how ambitious a plan is, against what the same report says was just achieved.

Within one report, each quantified target of the plan (year N) is set beside last year's outcome for the same
indicator from the report's own review (year N-1), found the way the audit finds an outcome
(:func:`policydiff.align.adjusted_scores`: the same keys, blocks, penalties and one-to-one assignment). The
target is ``above_last_actual``, ``at_last_actual`` or ``below_last_actual`` the figure achieved, or has
``no_baseline`` when the review states none. 新建高标准农田5万亩 planned after 6万亩 built is below; a growth
target above last year's growth is above. Several-year totals of a five-year review are never a baseline.
"""

from __future__ import annotations

import enum
import json
from typing import TYPE_CHECKING, Any, Final

import attrs

from policydiff.align import SCORE_CUTOFF, adjusted_scores, assign
from policydiff.diff import Part, plan_targets
from policydiff.extract import extract
from policydiff.model import Commitment, Document, Outcome
from policydiff.report import csv_text, frame, number, pad
from policydiff.yearshtml import esc, page, table

if TYPE_CHECKING:
    from policydiff.report import DataFrame

SCHEMA: Final = "policydiff.targets/1"
COLUMNS: Final = (
    "id",
    "part",
    "indicator",
    "status",
    "target_text",
    "target_value",
    "unit",
    "comparator",
    "sense",
    "actual_text",
    "actual_value",
    "difference",
    "plan_quote",
    "review_quote",
    "plan_span",
    "review_span",
    "score",
)
NUMERIC_COLUMNS: Final = ("target_value", "actual_value", "difference", "score")
FORMATS: Final = ("table", "csv", "json", "html")


class Position(enum.Enum):
    """Where a plan target stands against last year's outcome for the same indicator."""

    ABOVE = "above_last_actual"
    AT = "at_last_actual"
    BELOW = "below_last_actual"
    NO_BASELINE = "no_baseline"


@attrs.frozen(kw_only=True)
class Baseline:
    """One plan target beside last year's outcome (from the same report's review), if any."""

    target: Commitment
    part: Part
    actual: Outcome | None
    position: Position
    score: float

    @property
    def difference(self) -> float | None:
        """Target minus last year's figure, in the target's units; None without a baseline."""
        if self.actual is None or self.actual.quantity is None or self.target.quantity is None:
            return None
        return self.target.quantity.value - self.actual.quantity.value


def position(target: Commitment, actual: Outcome | None) -> Position:
    """The target's figure against last year's (a range target by its middle)."""
    if actual is None or actual.quantity is None or target.quantity is None:
        return Position.NO_BASELINE
    q = target.quantity
    planned = q.value if q.upper is None else (q.value + q.upper) / 2
    done = actual.quantity.value
    if planned == done:
        return Position.AT
    return Position.ABOVE if planned > done else Position.BELOW


def baselines(doc: Document, *, score_cutoff: float = SCORE_CUTOFF) -> tuple[Baseline, ...]:
    """Every quantified plan target of ``doc`` beside the review's outcome for the same indicator, in plan order."""
    targets = plan_targets(doc)
    commitments = [c for c, _ in targets]
    outcomes = [
        o for o in extract(doc, side="review") if isinstance(o, Outcome) and o.quantity is not None and not o.total
    ]
    scores = adjusted_scores(commitments, outcomes, score_cutoff=score_cutoff)
    chosen = assign(scores, score_cutoff)
    out = []
    for i, (c, part) in enumerate(targets):
        actual, score = (outcomes[chosen[i][0]], chosen[i][1]) if i in chosen else (None, 0.0)
        out.append(Baseline(target=c, part=part, actual=actual, position=position(c, actual), score=round(score, 1)))
    return tuple(out)


@attrs.frozen(kw_only=True)
class Ambition:
    """The result of :func:`targets`: one report and each plan target beside last year's outcome."""

    report: Document
    baselines: tuple[Baseline, ...]

    @property
    def rows(self) -> list[dict[str, Any]]:
        """One row per plan target (:data:`COLUMNS`), quotes and spans as the report file has them."""
        return [baseline_row(b, self.report) for b in self.baselines]

    @property
    def summary(self) -> dict[str, int]:
        """Counts per position, and the total."""
        out = {p.value: sum(1 for b in self.baselines if b.position is p) for p in Position}
        out["total"] = len(self.baselines)
        return out

    def summary_line(self) -> str:
        """``96 targets: 20 above_last_actual, 5 at_last_actual, 12 below_last_actual, 59 no_baseline``."""
        s = self.summary
        return f"{s['total']} targets: " + ", ".join(f"{s[p.value]} {p.value}" for p in Position)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (schema ``policydiff.targets/1``)."""
        d = self.report
        info = {"path": d.path, "government": d.government, "report_year": d.report_year}
        return {"schema": SCHEMA, "report": info, "summary": self.summary, "rows": self.rows}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    def to_csv(self) -> str:
        """RFC 4180 CSV under a header of :data:`COLUMNS`; spans as ``start:end``."""
        return csv_text(self.rows, COLUMNS)

    def to_frame(self) -> DataFrame:
        """The targets as a pandas DataFrame with the columns of :data:`COLUMNS`."""
        return frame(self.rows, COLUMNS, numeric=NUMERIC_COLUMNS)

    def to_table(self) -> str:
        """One line per target with a baseline first, then those without, then the summary line."""
        rows = sorted(self.rows, key=lambda r: r["status"] == Position.NO_BASELINE.value)
        widths = (18, 26, 16, 16)
        lines = [
            " ".join(pad(str(v or "-"), w) for v, w in zip(cells, widths, strict=True)).rstrip()
            for r in rows
            for cells in [(r["status"], r["indicator"], r["target_text"], r["actual_text"])]
        ]
        return "\n".join([*lines, "", f"{self.report.name}: {self.summary_line()}"]) + "\n"

    def to_html(self) -> str:
        """A self-contained page: the summary, then the targets with both quotes."""
        cols = ("status", "indicator", "target_text", "actual_text", "plan_quote", "review_quote")
        body = f"<p>{esc(self.summary_line())}</p>" + table(self.rows, cols, classed=("status",))
        return page(f"{self.report.name}: targets against last year's outcomes", body)

    def render(self, fmt: str) -> str:
        """The table in one of :data:`FORMATS`."""
        return {"table": self.to_table, "csv": self.to_csv, "json": self.to_json, "html": self.to_html}[fmt]()


def targets(doc: Document, *, score_cutoff: float = SCORE_CUTOFF) -> Ambition:
    """Each plan target of one report beside last year's outcome from its own review."""
    return Ambition(report=doc, baselines=baselines(doc, score_cutoff=score_cutoff))


def baseline_row(b: Baseline, doc: Document) -> dict[str, Any]:
    """One row of the targets table (:data:`COLUMNS`)."""
    c, o = b.target, b.actual
    q = c.quantity
    oq = o.quantity if o is not None else None
    plan_span = doc.source_span(c.span)
    review_span = doc.source_span(o.span) if o is not None else None
    return {
        "id": c.id,
        "part": b.part.value,
        "indicator": c.indicator,
        "status": b.position.value,
        "target_text": doc.quote(q.text, q.span) if q else None,
        "target_value": number(q.value) if q else None,
        "unit": q.unit if q else None,
        "comparator": c.comparator.value,
        "sense": c.sense.value,
        "actual_text": doc.quote(oq.text, oq.span) if oq else None,
        "actual_value": number(oq.value) if oq else None,
        "difference": number(b.difference),
        "plan_quote": doc.quote(c.text, c.span),
        "review_quote": doc.quote(o.text, o.span) if o is not None else None,
        "plan_span": [plan_span.start, plan_span.end],
        "review_span": [review_span.start, review_span.end] if review_span is not None else None,
        "score": b.score,
    }
