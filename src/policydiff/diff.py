"""The diff stage: year N's plan against year N+1's plan.

Targets are paired by indicator (the same blocking and scoring as alignment) and classed as raised,
lowered, unchanged, new or dropped. The redline diffs the two plans' text with diff-match-patch over
tokens, not characters: a number with its unit and comparator (7.5%, 1200万人以上) is one token, so a
change from 7% to 7.5% reads as one replacement, never as "7" + ".5".
"""

from __future__ import annotations

import enum
import html
import re
from collections.abc import Sequence
from typing import Final

import attrs
from diff_match_patch import diff_match_patch

from policydiff.align import SCORE_CUTOFF, assign, compatible, score_matrix
from policydiff.extract import extract, regions
from policydiff.model import Commitment, Document, Sense
from policydiff.quantities import parse_quantities

#: Seconds diff-match-patch may spend on one redline before it settles for a coarser diff.
DIFF_TIMEOUT: Final = 2.0


class Change(enum.Enum):
    """How one target moved from one year's plan to the next."""

    RAISED = "raised"
    LOWERED = "lowered"
    UNCHANGED = "unchanged"
    NEW = "new"
    DROPPED = "dropped"


@attrs.frozen(kw_only=True)
class TargetChange:
    """One target in either year's plan, paired with its counterpart when there is one."""

    change: Change
    before: Commitment | None
    after: Commitment | None
    score: float

    @property
    def indicator(self) -> str:
        """The indicator as the later plan names it (the earlier for a dropped target)."""
        c = self.after or self.before
        assert c is not None
        return c.indicator


@attrs.frozen(kw_only=True)
class PlanDiff:
    """The target changes and the token redline between two consecutive plans."""

    before: Document
    after: Document
    changes: tuple[TargetChange, ...]
    redline: tuple[tuple[int, str], ...]

    def counts(self) -> dict[str, int]:
        """How many targets moved each way."""
        return {c.value: sum(1 for t in self.changes if t.change is c) for c in Change}

    def redline_html(self) -> str:
        """The redline as HTML: <del> for text only in the earlier plan, <ins> for the later one."""
        out = []
        for op, text in self.redline:
            body = html.escape(text).replace("\n", "<br>")
            out.append(body if op == 0 else f"<{'ins' if op > 0 else 'del'}>{body}</{'ins' if op > 0 else 'del'}>")
        return "".join(out)


def _change(before: Commitment, after: Commitment) -> Change:
    a, b = before.quantity, after.quantity
    assert a is not None and b is not None
    if a.value == b.value:
        return Change.UNCHANGED
    higher = b.value > a.value
    if before.sense is Sense.CEILING:
        higher = not higher  # a lower cap is a tougher target
    return Change.RAISED if higher else Change.LOWERED


def diff_targets(
    before: Sequence[Commitment], after: Sequence[Commitment], *, score_cutoff: float = SCORE_CUTOFF
) -> tuple[TargetChange, ...]:
    """Pair the two plans' targets one-to-one and class each; unpaired ones are dropped or new.

    ``raised`` means more ambitious: a higher floor, or a lower ceiling (失业率 5.5% -> 5%).
    """
    scores = score_matrix(before, after)
    for i, c in enumerate(before):
        for j, o in enumerate(after):
            if not compatible(c, o):
                scores[i, j] = 0.0
    chosen = assign(scores, score_cutoff)
    paired = {j for j, _ in chosen.values()}
    out: list[TargetChange] = []
    for i, c in enumerate(before):
        if i in chosen:
            j, score = chosen[i]
            out.append(TargetChange(change=_change(c, after[j]), before=c, after=after[j], score=round(score, 1)))
        else:
            out.append(TargetChange(change=Change.DROPPED, before=c, after=None, score=0.0))
    out.extend(
        TargetChange(change=Change.NEW, before=None, after=o, score=0.0) for j, o in enumerate(after) if j not in paired
    )
    return tuple(out)


def tokens(text: str) -> list[str]:
    """Quantities (with unit and comparator) as single tokens, Latin words as tokens, other characters alone.

    >>> tokens("增长7.5%左右")
    ['增', '长', '7.5%左右']
    """
    out: list[str] = []
    pos = 0
    for q in parse_quantities(text):
        out.extend(_plain_tokens(text[pos : q.span.start]))
        out.append(text[q.span.start : q.span.end])
        pos = q.span.end
    out.extend(_plain_tokens(text[pos:]))
    return out


def _plain_tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+|\d+(?:\.\d+)?%?|\s+|.", text)


def redline(before: str, after: str, *, timeout: float = DIFF_TIMEOUT) -> tuple[tuple[int, str], ...]:
    """A semantic diff of two texts over :func:`tokens`: (op, text) with op -1 delete, 0 equal, 1 insert."""
    vocab: dict[str, str] = {}

    def encode(text: str) -> str:
        # each distinct token becomes one private-use character, as diff_linesToChars does for lines
        return "".join(vocab.setdefault(t, _private(len(vocab))) for t in tokens(text))

    a, b = encode(before), encode(after)
    decode = {v: k for k, v in vocab.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return tuple((op, "".join(decode[ch] for ch in chunk)) for op, chunk in diffs)


def _private(n: int) -> str:
    return chr(0xE000 + n) if n < 6400 else chr(0xF0000 + n - 6400)


def plan_text(doc: Document) -> str:
    """The plan part of a report, the sections for its own year."""
    return "\n".join(span.slice(doc.text) for span, _ in regions(doc, "plan"))


def diff_plans(before: Document, after: Document, *, score_cutoff: float = SCORE_CUTOFF) -> PlanDiff:
    """Compare the plans of two consecutive reports: target changes and a redline."""
    a = [c for c in extract(before, side="plan") if isinstance(c, Commitment)]
    b = [c for c in extract(after, side="plan") if isinstance(c, Commitment)]
    return PlanDiff(
        before=before,
        after=after,
        changes=diff_targets(a, b, score_cutoff=score_cutoff),
        redline=redline(plan_text(before), plan_text(after)),
    )
