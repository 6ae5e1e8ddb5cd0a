"""audit(): the stages composed. load -> parse -> extract -> align -> judge -> report.Audit."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Final

from policydiff.align import CUMULATIVE_PENALTY, SCORE_CUTOFF, align
from policydiff.claims import claim_main_targets
from policydiff.corrections import apply_corrections
from policydiff.derive import derive
from policydiff.errors import PairError
from policydiff.extract import clauses, extract
from policydiff.judge import judge
from policydiff.keys import one_blas_thread
from policydiff.load import MAX_SIZE, load
from policydiff.milestones import milestones
from policydiff.model import Commitment, Document, Outcome, Status
from policydiff.nextplan import current_levels, running_totals
from policydiff.parse import parse
from policydiff.report import Audit

Source = str | os.PathLike[str] | Document

__all__ = ["Audit", "Extraction", "audit", "read"]


def read(source: Source, *, side: str | None = None, max_size: float | None = MAX_SIZE) -> Document:
    """A Document from a path, a text or an already parsed Document (``max_size``: see :func:`load`)."""
    if isinstance(source, Document):
        return source
    text, path = load(source, side=side, max_size=max_size)
    return parse(text, path=path, side=side)


class Extraction:
    """One report and its statements by side, each extracted on first use and kept: a report that serves as
    report N+1 of one pair and report N of the next (:func:`policydiff.corpus.audit_corpus`) is extracted once.
    """

    SIDES: Final = ("commitments", "outcomes", "next_plan", "running", "current", "milestones", "review_clauses")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._sides: dict[str, tuple[Any, ...]] = {}

    def __repr__(self) -> str:
        return f"Extraction({self.doc.name!r}, sides={sorted(self._sides)})"

    def side(self, side: str) -> tuple[Any, ...]:
        """The statements of one of :attr:`SIDES`."""
        if side not in self._sides:
            self._sides[side] = self._extract(side)
        return self._sides[side]

    def _extract(self, side: str) -> tuple[Any, ...]:
        doc = self.doc
        if side == "commitments":
            return tuple(c for c in extract(doc, side="plan") if isinstance(c, Commitment))
        if side == "outcomes":  # the review's outcomes; as report N, last year's figures for derive
            return tuple(o for o in extract(doc, side="review") if isinstance(o, Outcome))
        if side == "next_plan":
            return clauses(doc, side="next_plan")
        if side == "running":
            return running_totals(doc)
        if side == "current":
            return current_levels(doc)
        if side == "milestones":
            return milestones(doc)
        if side == "review_clauses":
            return clauses(doc, side="review")
        raise KeyError(f"no side named {side!r} (expected one of {', '.join(self.SIDES)})")

    @property
    def commitments(self) -> tuple[Commitment, ...]:
        return self.side("commitments")

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return self.side("outcomes")


def audit(
    plan: Source | Extraction,
    review: Source | Extraction,
    *,
    score_cutoff: float = SCORE_CUTOFF,
    cumulative_penalty: float = CUMULATIVE_PENALTY,
    weights: Mapping[str, float] | None = None,
    qualitative: bool = False,
    corrections: Mapping[str, tuple[Status, str]] | None = None,
    max_size: float | None = MAX_SIZE,
) -> Audit:
    """Audit year N's plan (report N) against report N+1.

    ``plan`` and ``review`` are paths, texts, Documents or :class:`Extraction` (whose statements are reused).
    ``weights`` overrides the weights of the align stage's rules by name (:data:`policydiff.rules.RULES`).
    ``qualitative=True`` also audits milestone promises without a number (建成X, 开工建设X).
    ``corrections`` (id -> (status, note), see :func:`policydiff.corrections.read_corrections`) replace
    the machine's verdicts for those commitments; ``Audit.unmatched_corrections`` lists ids not found.
    ``max_size`` is the largest report file read, in bytes (:data:`policydiff.load.MAX_SIZE`; None: any).
    Raises :class:`~policydiff.errors.PolicydiffError` subclasses for unreadable or mismatched input.
    """
    mine = plan if isinstance(plan, Extraction) else Extraction(read(plan, side="plan", max_size=max_size))
    theirs = review if isinstance(review, Extraction) else Extraction(read(review, side="review", max_size=max_size))
    plan_doc, review_doc = mine.doc, theirs.doc
    check_pair(plan_doc, review_doc)
    commitments = mine.commitments
    outcomes = theirs.outcomes
    next_plan = theirs.side("next_plan")
    review_clauses: tuple[Outcome, ...] = theirs.side("review_clauses")  # also where project stages are read
    if qualitative:
        commitments = tuple(sorted(commitments + mine.side("milestones"), key=lambda c: c.span.start))
    with one_blas_thread():  # once for the whole align stage: its similarity products ask for it many times
        alignments = align(
            commitments,
            outcomes,
            next_plan,
            review_clauses,
            score_cutoff=score_cutoff,
            cumulative_penalty=cumulative_penalty,
            weights=weights,
        )
        # report N's own review (last year's figures) is read only if a derivation asks for them
        next_figures = theirs.side("running"), theirs.side("current")
        alignments = derive(alignments, outcomes, lambda: mine.outcomes, *next_figures)
    alignments = claim_main_targets(alignments, plan_doc, review_clauses)
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
