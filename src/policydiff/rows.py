"""Part of the report stage: Verdicts -> audit rows, the dicts every format is written from.

One row per verdict (:data:`COLUMNS`): the commitment, its target, the verdict, its basis, the actual figure
(as a value and as the evidence words it) and the evidence with its spans, quoted as the report files have them
(:func:`as_written`). :func:`statement_row` is the row of ``policydiff extract``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

from policydiff.basis import CLAIM_SOURCES, actual_words, basis_of
from policydiff.judge import signed_actual, unit_factor
from policydiff.model import Alignment, Derivation, Document, Statement, Status, Verdict

COLUMNS: Final = (
    "id",
    "section",
    "commitment",
    "indicator",
    "target_value",
    "target_unit",
    "target_text",
    "comparator",
    "sense",
    "status",
    "basis",
    "actual_value",
    "actual_text",
    "actual_unit",
    "actual_comparator",
    "evidence",
    "evidence_section",
    "evidence_source",
    "reason",
    "rule",
    "margin",
    "confidence",
    "plan_span",
    "evidence_span",
    "baseline",
    "baseline_span",
    "machine_status",
)
#: Columns holding numbers: float64 in the DataFrame (NaN when empty), REAL in SQLite.
NUMERIC_COLUMNS: Final = ("target_value", "actual_value", "margin", "confidence")


def number(value: float | None) -> float | int | None:
    """A value for output: integral floats as int, others rounded to 10 significant digits, None for none.

    >>> number(12000000.0), number(5.5), number(None), number(float("inf"))
    (12000000, 5.5, None, None)
    """
    if value is None or not math.isfinite(value):
        return None  # NaN or infinite: no number to print, and strict JSON has none
    rounded = float(f"{value:.10g}")
    return int(rounded) if rounded.is_integer() else rounded


def row_of(verdict: Verdict, alignment: Alignment | None = None) -> dict[str, Any]:
    """One audit row: the columns of :data:`COLUMNS`."""
    c, e = verdict.commitment, verdict.evidence
    q = c.quantity
    derived = alignment.derived if alignment is not None and e is not None else None
    base = derived.baseline if derived is not None else None
    actual = signed_actual(alignment) if alignment is not None and e is not None else None
    claimed = alignment is not None and alignment.source in CLAIM_SOURCES
    if actual is None and e is not None and e.quantity is not None and verdict.status in (Status.MET, Status.MISSED):
        actual = e.quantity.value
    if claimed:
        actual = None  # the claim's own count (15件民生实事) is not the outcome of each item on the list
    words = actual_words(verdict, alignment) if actual is not None else None
    return {
        "id": c.id,
        "section": c.section,
        "commitment": c.text,
        "indicator": c.indicator,
        "target_value": number(q.value) if q else None,
        "target_unit": q.unit if q else None,
        "target_text": q.text if q else None,
        "comparator": c.comparator.value,
        "sense": c.sense.value,
        "status": verdict.status.value,
        "basis": basis_of(verdict, alignment).value,
        "actual_value": number(actual) if verdict.status in (Status.MET, Status.MISSED) else None,
        # the same figure as the evidence words it (1206万人, 近1400万, 下降3.3%), or a derived figure's interval
        "actual_text": words[0] if words is not None and verdict.status in (Status.MET, Status.MISSED) else None,
        "actual_unit": _actual_unit(verdict, alignment) if actual is not None else None,
        # ">=" when the actual figure is only a lower bound (超过2.4万亿元, 20多万, a derived "more than"), "<=" an
        # upper one (以内, 近1500万); the reason gives the whole interval
        "actual_comparator": _actual_comparator(e, derived) if actual is not None else None,
        "evidence": e.text if e is not None else None,
        "evidence_section": e.section if e is not None else None,
        "evidence_source": ("next_plan" if verdict.status is Status.CARRIED_OVER else "review") if e else None,
        "reason": verdict.reason,
        "rule": verdict.rule,
        "margin": number(verdict.margin),
        "confidence": verdict.confidence,
        "plan_span": [c.span.start, c.span.end],
        "evidence_span": [e.span.start, e.span.end] if e is not None else None,
        # a derived figure's part from report N (last year's level, the plan's goal), in the plan file
        "baseline": base.text if base is not None else None,
        "baseline_span": [base.span.start, base.span.end] if base is not None else None,
        # the machine's own status where a reviewer corrected it, else null
        "machine_status": verdict.correction[0].value if verdict.correction else None,
    }


def as_written(
    row: dict[str, Any], verdict: Verdict, alignment: Alignment | None, *, plan: Document, review: Document
) -> dict[str, Any]:
    """``row`` with its quotes and spans taken from the reports as decoded, where cleaning changed their text
    (:class:`~policydiff.model.SourceMap`): the commitment, target and baseline from the plan, the evidence
    from the review."""
    if plan.source_map is None and review.source_map is None:
        return row
    c, e = verdict.commitment, verdict.evidence
    out = {**row, "commitment": plan.quote(c.text, c.span), "plan_span": _span(plan, c)}
    if c.quantity is not None:
        out["target_text"] = plan.quote(c.quantity.text, c.quantity.span)
    if e is not None:
        out["evidence"], out["evidence_span"] = review.quote(e.text, e.span), _span(review, e)
    words = actual_words(verdict, alignment) if row["actual_text"] is not None else None
    if words is not None and words[1] is not None:
        out["actual_text"] = review.quote(words[0], words[1])
    base = alignment.derived.baseline if alignment is not None and alignment.derived is not None else None
    if base is not None and e is not None:
        out["baseline"], out["baseline_span"] = plan.quote(base.text, base.span), _span(plan, base)
    return out


def _span(doc: Document, st: Statement) -> list[int]:
    span = doc.source_span(st.span)
    return [span.start, span.end]


def _actual_comparator(e: Statement | None, derived: Derivation | None) -> str | None:
    if derived is not None:
        return derived.comparator.value
    if e is None or e.quantity is None:
        return None
    q = e.quantity
    if q.exact:
        return q.comparator.value
    return ">=" if q.low == q.value else "<="  # the stated number is the bound: 20多万 >=, 近1500万 <=


def _actual_unit(verdict: Verdict, alignment: Alignment | None) -> str | None:
    if alignment is not None and alignment.derived is not None:
        return alignment.derived.unit
    e = verdict.evidence
    if alignment is not None and unit_factor(alignment) != 1.0 and verdict.commitment.quantity is not None:
        return verdict.commitment.quantity.unit  # the actual is converted to the target's unit (1300万吨 -> 斤)
    return e.quantity.unit if e is not None and e.quantity is not None else None


def statement_row(st: Statement, doc: Document | None = None) -> dict[str, Any]:
    """One row of ``policydiff extract``: quote and span as ``doc``'s file has them when it is given."""
    q = st.quantity
    span = doc.source_span(st.span) if doc is not None else st.span
    return {
        "id": st.id,
        "section": st.section,
        "text": doc.quote(st.text, st.span) if doc is not None else st.text,
        "indicator": st.indicator,
        "action": st.action,
        "value": number(q.value) if q else None,
        "unit": q.unit if q else None,
        "value_text": (doc.quote(q.text, q.span) if doc is not None else q.text) if q else None,
        "comparator": st.comparator.value,
        "sense": st.sense.value,
        "is_rate": st.is_rate,
        "cumulative": st.cumulative,
        "span": [span.start, span.end],
    }


def side_info(doc: Document, refers_to: int | None) -> dict[str, Any]:
    """The ``plan`` / ``review`` header of the JSON output."""
    return {"path": doc.path, "government": doc.government, "report_year": doc.report_year, "year": refers_to}


#: Characters of a quote's paragraph shown on each side of it: a sentence or two.
CONTEXT_REACH: Final = 160


def context(text: str, span: Sequence[int] | None, *, reach: int = CONTEXT_REACH) -> list[str] | None:
    """The paragraph (line) of ``text`` around ``span`` as [before, quote, after], cut to ``reach`` characters
    on each side (an ellipsis marks a cut); None without a span.

    >>> context("甲。\\n城镇新增就业1206万人，失业率5.5%。\\n乙。", [3, 15], reach=3)
    ['', '城镇新增就业1206万人', '，失业…']
    """
    if not span:
        return None
    start, end = span[0], span[1]
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    low, high = max(first, start - reach), min(last, end + reach)
    before = ("…" if low > first else "") + text[low:start]
    return [before, text[start:end], text[end:high] + ("…" if high < last else "")]


def contexts(rows: Sequence[Mapping[str, Any]], *, plan: Document, review: Document) -> dict[str, dict[str, Any]]:
    """Each row's quotes in their paragraphs, by row id: ``plan`` in the plan file, ``evidence`` in the review
    file (spans index the files' decoded text)."""
    return {
        r["id"]: {
            "plan": context(plan.source, r.get("plan_span")),
            "evidence": context(review.source, r.get("evidence_span")),
        }
        for r in rows
    }
