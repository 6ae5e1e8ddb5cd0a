"""Part of the judge stage: reviewers' corrections, applied over the machine's verdicts.

Fact-checkers correct verdicts by commitment id in a small CSV (``id,status,note``; the note says why).
Ids are stable across runs for the same input, so corrections survive re-runs; each corrected row keeps
the machine's status beside the reviewer's, and its reason says it was corrected.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from policydiff.csvfile import read_csv
from policydiff.errors import CorrectionError
from policydiff.model import Status, Verdict

REQUIRED: Final = ("id", "status")


def read_corrections(path: str) -> dict[str, tuple[Status, str]]:
    """id -> (status, note) from a corrections CSV (UTF-8, with or without a BOM, or GBK/GB18030).

    One :class:`CorrectionError` (``FILE:LINE: problem``) for anything malformed: a missing column, a row without
    an id or a status, an unknown status, a row with more fields than the header, one id given two statuses.
    An id listed twice with the same status is taken once, with the first note.
    """
    table = read_csv(path, what="corrections file", error=CorrectionError)
    missing = [col for col in REQUIRED if col not in table.header]
    if missing or not table.rows:
        found = f"missing {', '.join(missing)}" if missing else "no rows"
        raise CorrectionError(
            f"{table.where(1)}: a corrections file needs a header with columns id,status[,note] and at least one "
            f"row ({found}; header: {','.join(table.header)})",
            path=path,
            line=1,
        )
    out: dict[str, tuple[Status, str]] = {}
    first_line: dict[str, int] = {}
    allowed = ", ".join(s.value for s in Status)
    for row in table.rows:
        where = table.where(row.line)
        if row.width > len(table.header):
            raise CorrectionError(
                f"{where}: {row.width} fields but the header has {len(table.header)} "
                "(put a note holding a comma in double quotes)",
                path=path,
                line=row.line,
            )
        commitment_id, status_text = row.get("id"), row.get("status")
        if not commitment_id:
            raise CorrectionError(
                f"{where}: no id (expected a commitment id such as c-6fcaa6c5ec36)", path=path, line=row.line
            )
        if not status_text:
            raise CorrectionError(
                f"{where}: '{commitment_id}' has no status (expected one of {allowed})", path=path, line=row.line
            )
        try:
            status = Status(status_text)
        except ValueError:
            raise CorrectionError(
                f"{where}: status {status_text!r} is not one of {allowed}", path=path, line=row.line
            ) from None
        if commitment_id in out:
            earlier = out[commitment_id][0]
            if earlier is not status:
                raise CorrectionError(
                    f"{where}: '{commitment_id}' is corrected twice with different statuses: {earlier.value} "
                    f"(line {first_line[commitment_id]}) and {status.value}",
                    path=path,
                    line=row.line,
                )
            continue
        out[commitment_id] = (status, row.get("note"))
        first_line[commitment_id] = row.line
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
