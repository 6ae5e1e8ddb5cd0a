"""The diff stage: year N's plan against year N+1's plan.

Targets are paired by indicator with the audit's own scoring (:func:`policydiff.align.score_matrix`, its
blocks and one-to-one assignment), in two parts: the main targets (the 主要预期目标 paragraph: growth, prices,
jobs, grain, energy, deficit...) among themselves, then the task quotas. Each row gets two labels: ``change``,
what the number did (raised, lowered, unchanged, reworded, new, dropped, not_repeated), and ``stance``, what
that means for the government's ambition given the target's sense: a higher deficit ratio is raised and
looser, a lower unemployment cap lowered and stricter. A year's amount that the next plan does not state again
(2.5万亿元 退税减税) is ``not_repeated``; ``dropped`` is kept for standing targets (a main target, a level, a
rate, a cap) that disappear. The redline is :mod:`policydiff.redline`'s, section by section.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from policydiff import lexicon_zh_text as lxt
from policydiff import lexicon_zh_years as lxy
from policydiff.align import SCORE_CUTOFF, assign, compatible, score_matrix
from policydiff.claims import main_block
from policydiff.extract import extract
from policydiff.guards import is_level, names_a_size
from policydiff.judge import APPROX_TOLERANCE, target_rule
from policydiff.model import Commitment, Comparator, Document, Sense, Span
from policydiff.redline import DIFF_TIMEOUT, SectionDiff, diff_sections, plan_text, redline, tokens
from policydiff.report import csv_text, frame, number, pad
from policydiff.yearshtml import esc, page, redline_html, table

if TYPE_CHECKING:
    from policydiff.report import DataFrame

__all__ = [
    "Change",
    "Part",
    "PlanDiff",
    "Stance",
    "TargetChange",
    "diff_plans",
    "diff_targets",
    "main_block",
    "pair_targets",
    "plan_targets",
    "plan_text",
    "redline",
    "tokens",
]

SCHEMA: Final = "policydiff.diff/2"
#: The columns of a diff row (CSV, JSON rows, DataFrame), in this order.
COLUMNS: Final = (
    "part",
    "change",
    "stance",
    "indicator",
    "before_indicator",
    "before",
    "after",
    "before_value",
    "after_value",
    "unit",
    "sense",
    "before_text",
    "after_text",
    "before_span",
    "after_span",
    "score",
)
NUMERIC_COLUMNS: Final = ("before_value", "after_value", "score")
FORMATS: Final = ("table", "csv", "json", "html")


class Change(enum.Enum):
    """What a target's number did from one year's plan to the next."""

    RAISED = "raised"
    LOWERED = "lowered"
    UNCHANGED = "unchanged"
    #: The same number worded with another comparator (5.5%以内 -> 5.5%左右).
    REWORDED = "reworded"
    NEW = "new"
    #: A standing target (a main target, a level, a rate, a cap) the later plan no longer states.
    DROPPED = "dropped"
    #: A year's amount (退税减税2.5万亿元, 新建高标准农田1亿亩) the later plan does not state again.
    NOT_REPEATED = "not_repeated"


class Stance(enum.Enum):
    """What the change means for the bar the government sets itself, given the target's sense."""

    STRICTER = "stricter"
    LOOSER = "looser"
    SAME = "same"


class Part(enum.Enum):
    """Where a target stands in the plan."""

    #: The 主要预期目标 paragraph.
    MAIN = "main"
    #: Any other quota of the plan's tasks.
    TASK = "task"


@attrs.frozen(kw_only=True)
class TargetChange:
    """One target in either year's plan, paired with its counterpart when there is one."""

    change: Change
    stance: Stance | None
    part: Part
    before: Commitment | None
    after: Commitment | None
    score: float

    @property
    def indicator(self) -> str:
        """The indicator as the later plan names it (the earlier for a target it no longer has)."""
        c = self.after or self.before
        assert c is not None
        return c.indicator


@attrs.frozen(kw_only=True)
class PlanDiff:
    """The target changes and the section-aligned redline between two consecutive plans."""

    before: Document
    after: Document
    changes: tuple[TargetChange, ...]
    sections: tuple[SectionDiff, ...]

    def counts(self) -> dict[str, int]:
        """How many targets moved each way (every change, in a fixed order)."""
        return {c.value: sum(1 for t in self.changes if t.change is c) for c in Change}

    def stances(self) -> dict[str, int]:
        """How many paired targets became stricter, looser or stayed the same."""
        return {s.value: sum(1 for t in self.changes if t.stance is s) for s in Stance}

    @property
    def rows(self) -> list[dict[str, Any]]:
        """One row per target (:data:`COLUMNS`): quotes and spans as the report files have them."""
        return [change_row(t, self.before, self.after) for t in self.changes]

    def summary_line(self) -> str:
        """``22 targets: 3 raised, 1 lowered, …; 1 stricter, 4 looser, 2 same``."""
        counts = ", ".join(f"{n} {name}" for name, n in self.counts().items())
        stances = ", ".join(f"{n} {name}" for name, n in self.stances().items())
        return f"{len(self.changes)} targets: {counts}; {stances}"

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (schema ``policydiff.diff/2``): both reports, the counts, the rows, the redline."""
        return {
            "schema": SCHEMA,
            "before": _report_info(self.before),
            "after": _report_info(self.after),
            "summary": {**self.counts(), **self.stances(), "total": len(self.changes)},
            "rows": self.rows,
            "sections": [
                {
                    "before": s.before,
                    "after": s.after,
                    "score": s.score,
                    "paragraphs": [
                        {
                            "before_span": _span(self.before, p.before),
                            "after_span": _span(self.after, p.after),
                            "score": p.score,
                            "ops": [[op, text] for op, text in p.ops],
                        }
                        for p in s.paragraphs
                        if p.changed
                    ],
                }
                for s in self.sections
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    def to_csv(self) -> str:
        """RFC 4180 CSV of the rows under a header of :data:`COLUMNS`; spans as ``start:end``."""
        return csv_text(self.rows, COLUMNS)

    def to_frame(self) -> DataFrame:
        """The target changes as a pandas DataFrame with the columns of :data:`COLUMNS`."""
        return frame(self.rows, COLUMNS, numeric=NUMERIC_COLUMNS)

    def to_table(self) -> str:
        """One line per target, main targets first, then the summary line."""
        lines = []
        for r in sorted(self.rows, key=lambda r: r["part"] != Part.MAIN.value):
            cells = (r["part"], r["change"], r["stance"] or "-", r["indicator"], r["before"] or "-")
            widths = (5, 13, 9, 26, 16)
            lines.append(
                " ".join(pad(str(v), w) for v, w in zip(cells, widths, strict=True)) + f"-> {r['after'] or '-'}"
            )
        lines += ["", f"{self.before.name} -> {self.after.name}: {self.summary_line()}"]
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """A self-contained page: the main targets, the task quotas, then the redline of what changed."""
        cols = ("change", "stance", "indicator", "before", "after", "before_text", "after_text")
        rows = self.rows
        body = [f"<p>{esc(self.summary_line())}</p>"]
        for part, title in ((Part.MAIN, "Main targets"), (Part.TASK, "Task quotas")):
            chosen = [r for r in rows if r["part"] == part.value]
            if chosen:
                body.append(f"<h2>{title}</h2>" + table(chosen, cols, classed=("stance",)))
        body.append("<h2>Redline</h2>")
        body.append(redline_html(self.sections, before=self.before.name, after=self.after.name))
        return page(f"{self.before.name} -> {self.after.name}", "\n".join(body))

    def render(self, fmt: str) -> str:
        """The diff in one of :data:`FORMATS`."""
        return {"table": self.to_table, "csv": self.to_csv, "json": self.to_json, "html": self.to_html}[fmt]()


def _report_info(doc: Document) -> dict[str, Any]:
    return {"path": doc.path, "government": doc.government, "report_year": doc.report_year}


def _span(doc: Document, span: Span | None) -> list[int] | None:
    if span is None:
        return None
    s = doc.source_span(span)
    return [s.start, s.end]


def change_row(t: TargetChange, before: Document, after: Document) -> dict[str, Any]:
    """One row of the diff table (:data:`COLUMNS`)."""
    b, a = t.before, t.after
    qb, qa = (b.quantity if b else None), (a.quantity if a else None)
    either = a or b
    assert either is not None
    return {
        "part": t.part.value,
        "change": t.change.value,
        "stance": t.stance.value if t.stance else None,
        "indicator": t.indicator,
        "before_indicator": b.indicator if b else None,
        "before": before.quote(qb.text, qb.span) if qb else None,
        "after": after.quote(qa.text, qa.span) if qa else None,
        "before_value": number(qb.value) if qb else None,
        "after_value": number(qa.value) if qa else None,
        "unit": qa.unit if qa else (qb.unit if qb else None),
        "sense": either.sense.value,
        "before_text": before.quote(b.text, b.span) if b else None,
        "after_text": after.quote(a.text, a.span) if a else None,
        "before_span": _span(before, b.span) if b else None,
        "after_span": _span(after, a.span) if a else None,
        "score": t.score,
    }


# -- main targets and task quotas ------------------------------------------------------------------------------


def names_programme(c: Commitment) -> bool:
    """Whether the figure is a round order of magnitude in words naming a programme (新一轮千亿斤粮食产能提升
    行动, 千万吨炼化基地): a size in a name (:func:`policydiff.guards.names_a_size`) written only with 十百千万亿."""
    q = c.quantity
    if q is None or not names_a_size(c):
        return False
    figure = q.text[: len(q.text) - len(q.unit)] if q.text.endswith(q.unit) else q.text
    return bool(figure) and all(ch in lxy.ROUND_MAGNITUDE_CHARS for ch in figure[:2]) and not re.search(r"\d", figure)


def plan_targets(doc: Document) -> tuple[tuple[Commitment, Part], ...]:
    """The quantified commitments of a plan with their part (main target or task quota), programme names left
    out (:func:`names_programme`)."""
    block = main_block(doc)
    out = []
    for c in extract(doc, side="plan"):
        if not isinstance(c, Commitment) or c.quantity is None or names_programme(c):
            continue
        main = block is not None and block.start <= c.span.start < block.end
        out.append((c, Part.MAIN if main else Part.TASK))
    return tuple(out)


def standing(c: Commitment, part: Part) -> bool:
    """Whether a target stands from year to year, so that its absence next year means it was dropped: a main
    target, a level to reach or hold (守住耕地红线18亿亩), a share or ratio that is a level (赤字率2.8%左右).
    Anything else is a year's amount of work or money (退税减税2.5万亿元, 新建高标准农田1亿亩, 支出增长3.9%)."""
    q = c.quantity
    if part is Part.MAIN or is_level(c) or any(w in c.text for w in lxy.STANDING_WORDS):
        return True
    return q is not None and q.unit in lxt.SHARE_UNITS and not c.is_rate


# -- change and stance ---------------------------------------------------------------------------------------


def bar(c: Commitment) -> float:
    """The figure an outcome has to reach (a floor) or stay within (a ceiling) to meet the target, by the
    judge's own rules (:data:`policydiff.judge.RULES`): 5.5%左右 as a floor is met from 5.225%, as a cap up
    to 5.775%; a range target at its low end (floor) or high end (ceiling)."""
    _, _, point = target_rule(c)
    if c.comparator is not Comparator.APPROX:
        return point
    slack = abs(point) * APPROX_TOLERANCE
    return point + slack if c.sense is Sense.CEILING else point - slack


def _mid(c: Commitment) -> float:
    q = c.quantity
    assert q is not None
    return q.value if q.upper is None else (q.value + q.upper) / 2


def change_of(before: Commitment, after: Commitment) -> tuple[Change, Stance]:
    """What the number did, and what that means given the sense.

    A number that moved decides the stance by its direction: up is stricter for a floor, looser for a cap
    (赤字率 2%左右 -> 2.1% is raised and looser, though the judge would take 2.1% for "about 2%"). The same
    number with another comparator decides it by the bar an outcome must pass (:func:`bar`): 以内 -> 左右 on
    a cap is looser.
    """
    a, b = _mid(before), _mid(after)
    cap = after.sense is Sense.CEILING
    if a != b:
        change = Change.RAISED if b > a else Change.LOWERED
        return change, Stance.STRICTER if (b < a if cap else b > a) else Stance.LOOSER
    if (before.comparator, _upper(before)) == (after.comparator, _upper(after)):
        return Change.UNCHANGED, Stance.SAME
    old, new = bar(before), bar(after)
    if old == new:
        return Change.REWORDED, Stance.SAME
    return Change.REWORDED, Stance.STRICTER if (new < old if cap else new > old) else Stance.LOOSER


def _upper(c: Commitment) -> float | None:
    return c.quantity.upper if c.quantity is not None else None


def pair_targets(
    before: Sequence[Commitment], after: Sequence[Commitment], *, score_cutoff: float = SCORE_CUTOFF
) -> dict[int, tuple[int, float]]:
    """One-to-one pairs of two years' targets by indicator, as the audit pairs a target with its outcome:
    :func:`policydiff.align.score_matrix` where no block of the rules forbids it, best first, from
    ``score_cutoff``. Maps an index of ``before`` to (index of ``after``, score)."""
    scores = score_matrix(before, after)
    for i, c in enumerate(before):
        for j, o in enumerate(after):
            if not compatible(c, o):
                scores[i, j] = 0.0
    return assign(scores, score_cutoff)


def diff_targets(
    before: Sequence[Commitment] | Sequence[tuple[Commitment, Part]],
    after: Sequence[Commitment] | Sequence[tuple[Commitment, Part]],
    *,
    score_cutoff: float = SCORE_CUTOFF,
) -> tuple[TargetChange, ...]:
    """Pair the two plans' targets one-to-one and label each.

    Main targets are paired among themselves first, then task quotas, then whatever is left across the two
    parts (a target moved into or out of the main list). Commitments given without a part are task quotas.
    Rows follow the earlier plan's order, the later plan's new targets after them.
    """
    a = [x if isinstance(x, tuple) else (x, Part.TASK) for x in before]
    b = [x if isinstance(x, tuple) else (x, Part.TASK) for x in after]
    matched: dict[int, tuple[int, float]] = {}
    for part in (Part.MAIN, Part.TASK, None):
        ia = [i for i, (_, p) in enumerate(a) if (part is None or p is part) and i not in matched]
        taken = {j for j, _ in matched.values()}
        jb = [j for j, (_, p) in enumerate(b) if (part is None or p is part) and j not in taken]
        found = pair_targets([a[i][0] for i in ia], [b[j][0] for j in jb], score_cutoff=score_cutoff)
        matched.update({ia[k]: (jb[m], s) for k, (m, s) in found.items()})
    out: list[TargetChange] = []
    for i, (c, part) in enumerate(a):
        if i in matched:
            j, score = matched[i]
            change, stance = change_of(c, b[j][0])
            later = b[j][1]
            out.append(
                TargetChange(
                    change=change,
                    stance=stance,
                    part=Part.MAIN if Part.MAIN in (part, later) else Part.TASK,
                    before=c,
                    after=b[j][0],
                    score=round(score, 1),
                )
            )
        else:
            gone = Change.DROPPED if standing(c, part) else Change.NOT_REPEATED
            out.append(TargetChange(change=gone, stance=None, part=part, before=c, after=None, score=0.0))
    paired = {j for j, _ in matched.values()}
    out.extend(
        TargetChange(change=Change.NEW, stance=None, part=p, before=None, after=o, score=0.0)
        for j, (o, p) in enumerate(b)
        if j not in paired
    )
    return tuple(out)


def diff_plans(
    before: Document, after: Document, *, score_cutoff: float = SCORE_CUTOFF, timeout: float = DIFF_TIMEOUT
) -> PlanDiff:
    """Compare the plans of two consecutive reports: the target changes and the section-aligned redline."""
    return PlanDiff(
        before=before,
        after=after,
        changes=diff_targets(plan_targets(before), plan_targets(after), score_cutoff=score_cutoff),
        sections=diff_sections(before, after, timeout=timeout),
    )
