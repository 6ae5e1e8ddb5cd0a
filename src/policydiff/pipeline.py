"""audit(): the stages composed. load -> parse -> extract -> align -> judge -> report.Audit."""

from __future__ import annotations

import os
from collections.abc import Mapping

from policydiff.align import CUMULATIVE_PENALTY, SCORE_CUTOFF, align
from policydiff.corrections import apply_corrections
from policydiff.derive import derive
from policydiff.errors import PairError
from policydiff.extract import clauses, extract, running_totals
from policydiff.judge import judge
from policydiff.load import MAX_SIZE, load
from policydiff.milestones import milestones
from policydiff.model import Commitment, Document, Outcome, Status
from policydiff.parse import parse
from policydiff.report import Audit

Source = str | os.PathLike[str] | Document

__all__ = ["Audit", "audit", "read"]


def read(source: Source, *, side: str | None = None, max_size: float | None = MAX_SIZE) -> Document:
    """A Document from a path, a text or an already parsed Document (``max_size``: see :func:`load`)."""
    if isinstance(source, Document):
        return source
    text, path = load(source, side=side, max_size=max_size)
    return parse(text, path=path, side=side)


def audit(
    plan: Source,
    review: Source,
    *,
    score_cutoff: float = SCORE_CUTOFF,
    cumulative_penalty: float = CUMULATIVE_PENALTY,
    weights: Mapping[str, float] | None = None,
    qualitative: bool = False,
    corrections: Mapping[str, tuple[Status, str]] | None = None,
    max_size: float | None = MAX_SIZE,
) -> Audit:
    """Audit year N's plan (report N) against report N+1.

    ``weights`` overrides the weights of the align stage's rules by name (:data:`policydiff.rules.RULES`).
    ``qualitative=True`` also audits milestone promises without a number (建成X, 开工建设X).
    ``corrections`` (id -> (status, note), see :func:`policydiff.corrections.read_corrections`) replace
    the machine's verdicts for those commitments; ``Audit.unmatched_corrections`` lists ids not found.
    ``max_size`` is the largest report file read, in bytes (:data:`policydiff.load.MAX_SIZE`; None: any).
    Raises :class:`~policydiff.errors.PolicydiffError` subclasses for unreadable or mismatched input.
    """
    plan_doc = read(plan, side="plan", max_size=max_size)
    review_doc = read(review, side="review", max_size=max_size)
    check_pair(plan_doc, review_doc)
    commitments = tuple(c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment))
    outcomes = tuple(o for o in extract(review_doc, side="review") if isinstance(o, Outcome))
    next_plan = clauses(review_doc, side="next_plan")
    review_clauses: tuple[Outcome, ...] = ()
    if qualitative:
        commitments = tuple(sorted(commitments + milestones(plan_doc), key=lambda c: c.span.start))
        review_clauses = clauses(review_doc, side="review")
    alignments = align(
        commitments,
        outcomes,
        next_plan,
        review_clauses,
        score_cutoff=score_cutoff,
        cumulative_penalty=cumulative_penalty,
        weights=weights,
    )
    baselines = tuple(o for o in extract(plan_doc, side="review") if isinstance(o, Outcome))
    alignments = derive(alignments, outcomes, baselines, running_totals(review_doc))
    verdicts, unmatched = apply_corrections(judge(alignments), corrections or {})
    return Audit(
        plan=plan_doc,
        review=review_doc,
        alignments=alignments,
        verdicts=verdicts,
        unmatched_corrections=unmatched,
        warnings=found_nothing(plan_doc, review_doc, commitments, outcomes),
    )


def found_nothing(
    plan: Document, review: Document, commitments: tuple[Commitment, ...], outcomes: tuple[Outcome, ...]
) -> tuple[str, ...]:
    """Warnings for a side where no figure was found: an empty table is not a clean bill."""
    out = []
    if not any(c.quantity is not None for c in commitments):
        out.append(
            f"plan: no commitments found in '{plan.name}' (no figure with a unit in its plan part for "
            f"{plan.plan_year or 'the year'})"
        )
    if not any(o.quantity is not None for o in outcomes):
        out.append(
            f"review: no outcomes found in '{review.name}' (no figure with a unit in its review part); "
            "only claims without a figure could be compared"
        )
    return tuple(out)


def check_pair(plan: Document, review: Document) -> None:
    """Raise PairError unless report ``review`` is the year after report ``plan`` (and not the same report)."""
    if plan.text == review.text:
        raise PairError(
            f"'{review.name}' is the same report as '{plan.name}': expected report N and report N+1",
            path=review.path,
            side="review",
        )
    if plan.report_year is None or review.report_year is None:
        return
    if review.report_year != plan.report_year + 1:
        raise PairError(
            f"'{review.name}' (report {review.report_year}, reviewing {review.reviewed_year}) does not review "
            f"the plan year of '{plan.name}' ({plan.report_year}): expected a {plan.report_year + 1} report",
            path=review.path,
            side="review",
        )
