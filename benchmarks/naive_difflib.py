"""The second naive peer of the benchmarks: every plan sentence against every review sentence with
``difflib.SequenceMatcher``, the standard library's answer to "which sentence says the same thing".

It splits the same clauses as :mod:`naive_rapidfuzz` and keeps, for each plan figure's clause, the review clause
with the highest ``ratio()``: no blocking, no keys, all pairs.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import naive_rapidfuzz as naive


def audit(plan_text: str, review_text: str) -> list[tuple[str, str, float]]:
    """(plan clause, best review clause, its ratio) for each figure of the plan part."""
    _, plan = naive.parts(plan_text)
    review, _ = naive.parts(review_text)
    targets = list(naive.figures(plan))
    clauses = naive.clauses(review)
    out: list[tuple[str, str, float]] = []
    for t in targets:
        matcher = SequenceMatcher(None, b=t.clause, autojunk=False)  # b is cached: the plan clause
        best, score = "", 0.0
        for clause in clauses:
            matcher.set_seq1(clause)
            r = matcher.ratio()
            if r > score:
                best, score = clause, r
        out.append((t.clause, best, score))
    return out


def audit_files(plan: Path, review: Path) -> list[tuple[str, str, float]]:
    return audit(naive.read(plan), naive.read(review))
