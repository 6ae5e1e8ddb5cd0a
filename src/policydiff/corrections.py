"""Part of the judge stage: reviewers' corrections, applied over the machine's verdicts.

Fact-checkers correct verdicts by commitment id in a small CSV (``id,status,note``; the note says why).
Ids are stable across runs for the same input, so corrections survive re-runs; each corrected row keeps
the machine's status beside the reviewer's, and its reason says it was corrected.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from policydiff.errors import CorrectionError
from policydiff.model import Status, Verdict

REQUIRED: Final = ("id", "status")


def read_corrections(path: str) -> dict[str, tuple[Status, str]]:
    """id -> (status, note) from a corrections CSV; one clear error for anything malformed."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise CorrectionError(f"corrections file '{path}' does not exist", path=path) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CorrectionError(f"corrections file '{path}' cannot be read ({exc})", path=path) from None
    if not rows or any(col not in rows[0] for col in REQUIRED):
        raise CorrectionError(
            f"corrections file '{path}' needs a header with columns id,status[,note] and at least one row",
            path=path,
        )
    out: dict[str, tuple[Status, str]] = {}
    allowed = ", ".join(s.value for s in Status)
    for line, row in enumerate(rows, start=2):
        try:
            status = Status((row["status"] or "").strip())
        except ValueError:
            raise CorrectionError(
                f"corrections file '{path}' line {line}: status {row['status']!r} is not one of {allowed}", path=path
            ) from None
        out[(row["id"] or "").strip()] = (status, (row.get("note") or "").strip())
    return out


def apply_corrections(
    verdicts: Sequence[Verdict], corrections: Mapping[str, tuple[Status, str]]
) -> tuple[tuple[Verdict, ...], tuple[str, ...]]:
    """The verdicts with corrections applied, and the correction ids that matched no commitment."""
    known = {v.commitment.id for v in verdicts}
    out = []
    for v in verdicts:
        fix = corrections.get(v.commitment.id)
        if fix is None:
            out.append(v)
            continue
        status, note = fix
        reason = f"reviewer correction (machine said {v.status.value}): {note or 'no note'}"
        out.append(attrs.evolve(v, status=status, reason=reason, confidence=1.0, correction=(v.status, note)))
    return tuple(out), tuple(sorted(i for i in corrections if i not in known))
