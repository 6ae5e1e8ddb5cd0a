"""Part of the cli stage: ``--explain ID``, why one commitment got its verdict.

:func:`explanation` gathers, from an :class:`~policydiff.report.Audit`, the commitment, its audit row, the rules
that fired, the review statements it was compared with (the winner marked), the alike statements a block kept
out and the arithmetic of a derived figure; :func:`explain_text` and :func:`explain_json` (schema
``policydiff.explain/1``) render it.
"""

from __future__ import annotations

import json
from typing import Any, Final

from policydiff.errors import PolicydiffError
from policydiff.extract import extract
from policydiff.model import Alignment, Outcome, Statement
from policydiff.report import Audit, number, row_of, side_info

SCHEMA: Final = "policydiff.explain/1"
#: Review statements at least this alike that were blocked are shown by ``--explain``, the most alike first.
BLOCKED_SHOWN: Final = 3
BLOCKED_MIN_SCORE: Final = 50.0
#: Characters of a statement's text shown in the text rendering (the JSON has the whole text).
_SHOWN: Final = 60


def blocked_candidates(result: Audit, alignment: Alignment) -> list[tuple[Outcome, float, str]]:
    """The review statements most alike a commitment that a block kept out, with the block's reason."""
    from policydiff.align import similarity, why_blocked

    c = alignment.commitment
    outcomes = [o for o in extract(result.review, side="review") if isinstance(o, Outcome) and o.quantity]
    scored = sorted(((similarity(c.indicator, o.indicator), o) for o in outcomes), key=lambda p: -p[0])
    out: list[tuple[Outcome, float, str]] = []
    for score, o in scored:
        if score < BLOCKED_MIN_SCORE or len(out) == BLOCKED_SHOWN:
            break
        if (why := why_blocked(c, o)) is not None:
            out.append((o, round(score, 1), why))
    return out


def _statement(st: Statement) -> dict[str, Any]:
    q = st.quantity
    return {
        "id": st.id,
        "text": st.text,
        "section": st.section,
        "indicator": st.indicator,
        "value": number(q.value) if q else None,
        "unit": q.unit if q else None,
        "value_text": q.text if q else None,
        "cumulative": st.cumulative,
        "span": [st.span.start, st.span.end],
    }


def explanation(result: Audit, commitment_id: str) -> dict[str, Any]:
    """The explanation of one commitment as a JSON-ready dict (schema ``policydiff.explain/1``).

    Raises :class:`PolicydiffError` when no commitment of the audit has that id.
    """
    if not commitment_id.strip():
        raise PolicydiffError("--explain needs a commitment id (the id column of the audit, e.g. c-6fcaa6c5ec36)")
    for alignment, verdict in zip(result.alignments, result.verdicts, strict=True):
        c = alignment.commitment
        if c.id != commitment_id:
            continue
        d = alignment.derived
        return {
            "schema": SCHEMA,
            "plan": side_info(result.plan, result.plan.plan_year),
            "review": side_info(result.review, result.review.reviewed_year),
            "commitment": {
                **_statement(c),
                "comparator": c.comparator.value,
                "sense": c.sense.value,
                "is_rate": c.is_rate,
            },
            "row": row_of(verdict, alignment),
            "rules_fired": list(alignment.rules),
            "candidates": [
                {"score": round(score, 1), "chosen": alignment.outcome is o, **_statement(o)}
                for o, score in alignment.candidates
            ],
            "blocked": [
                {"score": score, "why": why, **_statement(o)} for o, score, why in blocked_candidates(result, alignment)
            ],
            "derived": None
            if d is None
            else {
                "rule": d.rule,
                "formula": d.formula,
                "value": number(d.value),
                "unit": d.unit,
                "comparator": d.comparator.value,
                "parts": [{"report": "plan" if p is d.baseline else "review", **_statement(p)} for p in d.parts],
            },
        }
    raise PolicydiffError(f"no commitment with id '{commitment_id}' in this audit")


def explain_json(result: Audit, commitment_id: str) -> str:
    """The explanation as one strict JSON object."""
    return json.dumps(explanation(result, commitment_id), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def explain_text(result: Audit, commitment_id: str) -> str:
    """The candidates considered for one commitment and why the winner won, for the terminal."""
    e = explanation(result, commitment_id)
    c, row = e["commitment"], e["row"]
    lines = [
        f"{c['id']}  {c['text']}",
        f"  indicator: {c['indicator']}   target: {c['value_text'] or '-'}"
        f"   {c['comparator']} {c['sense']}{'  (rate)' if c['is_rate'] else ''}",
        f"  status: {row['status']}   rule: {row['rule']}",
        f"  reason: {row['reason']}",
        f"  rules fired: {', '.join(e['rules_fired']) or '-'}",
        "  candidates (similarity after blocking and penalties):",
    ]
    for o in e["candidates"]:
        lines.append(
            f"   {'*' if o['chosen'] else ' '} {o['score']:5.1f}  {o['indicator']} [{o['value_text'] or '-'}]"
            f"{'  cumulative' if o['cumulative'] else ''}  {o['text'][:_SHOWN]}"
        )
    if not e["candidates"]:
        lines.append("     (none passed the blocking)")
    if e["blocked"]:
        lines.append("  alike but blocked (never compared):")
        lines.extend(
            f"     {o['score']:5.1f}  {o['indicator']} [{o['value_text'] or '-'}]  {o['why']}" for o in e["blocked"]
        )
    if (d := e["derived"]) is not None:
        lines.append(f"  derived ({d['rule']}): {d['formula']}")
        for part in d["parts"]:
            where = "last year's report" if part["report"] == "plan" else "this report"
            lines.append(f"     {where} [{part['span'][0]}:{part['span'][1]}]  {part['text'][:_SHOWN]}")
    return "\n".join(lines) + "\n"
