"""Score an audit (or an extraction) against a hand-labelled gold CSV, exactly as
``../shared/tools/score.py`` does: recall, value_acc, status_acc, evidence_acc, precision,
verdict_precision, verdict_recall, confusion.

Each gold row is matched to at most one audit row: first by the same target number and the gold quote's
words found in the row's text, then by the quote alone. Rows marked ``ambiguous`` are matched too (an audit
row that finds one is no false positive) but count only for precision.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any, Final

from policydiff import lexicon_zh_text as lxt
from policydiff.errors import GoldError

AUDIT_COLUMNS: Final = ("id", "plan_quote", "target_value", "status", "review_quote")
#: The statuses that decide something (verdict_precision and verdict_recall count these).
DECIDED: Final = ("met", "missed", "carried_over")
_WORD_SHARE: Final = 0.6  # score.py: 60% of the quote's word characters must appear in the row
_OVERLAP_MIN: Final = 6  # score.py: evidence overlaps the gold quote by a 6-character common substring


def norm(s: str | None) -> str:
    """NFKC with all whitespace removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def close(a: object, b: object) -> bool:
    """Numbers equal within a relative 1e-6; anything unparsable is not close."""
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))


def contains_words(text: str, quote: str) -> bool:
    """Whether the quote's words (digits removed) are mostly in ``text``."""
    t = norm(text)
    parts = [p for p in re.sub(rf"[\d.,{lxt.PERCENT_SIGNS}]+", " ", norm(quote)).split() if p]
    if not parts:
        return True
    return sum(len(p) for p in parts if p in t) >= _WORD_SHARE * sum(len(p) for p in parts)


def overlap(a: str, b: str) -> bool:
    """Whether two quotes overlap: one inside the other, or a long common substring."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= _OVERLAP_MIN


def read_gold(path: str, *, required: Sequence[str] = AUDIT_COLUMNS) -> list[dict[str, str]]:
    """The rows of a gold CSV; raises GoldError when it is missing, unreadable or lacks columns."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise GoldError(f"gold file '{path}' does not exist", path=path) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"gold file '{path}' cannot be read ({exc})", path=path) from None
    missing = [c for c in required if rows and c not in rows[0]]
    if not rows or missing:
        found = "no rows" if not rows else f"missing {', '.join(missing)}"
        raise GoldError(f"gold file '{path}' is not a gold audit ({found})", path=path)
    return rows


def _match(
    gold: Sequence[Mapping[str, str]],
    rows: Sequence[Mapping[str, Any]],
    *,
    quote: str,
    value: str,
    text: str,
    row_value: str,
) -> dict[str, int]:
    used: set[int] = set()
    matched: dict[str, int] = {}
    for strict in (True, False):
        for g in gold:
            if g["id"] in matched:
                continue
            for i, r in enumerate(rows):
                if i in used:
                    continue
                t = r.get(text) or ""
                if strict and not close(r.get(row_value), g[value]):
                    continue
                if not strict and norm(g[quote]) not in norm(t):
                    continue
                if contains_words(t, g[quote]):
                    matched[g["id"]] = i
                    used.add(i)
                    break
    return matched


def score_audit(gold_rows: Sequence[Mapping[str, str]], rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The metrics of score.py's audit mode for audit ``rows`` (dicts with the audit columns).

    verdict_precision: of the matched rows the audit decides (met, missed, carried_over), the share with the
    gold's status; verdict_recall: of the gold's decided rows, the share the audit decides the same way.
    Either is None when nothing is decided.
    """
    # ambiguous rows take part in matching, in file order, as in score.py
    matched = _match(
        gold_rows, rows, quote="plan_quote", value="target_value", text="commitment", row_value="target_value"
    )
    gold = [g for g in gold_rows if g["status"] != "ambiguous"]
    n = len(gold)
    value_ok = status_ok = ev_ok = ev_n = 0
    confusion: dict[str, dict[str, int]] = {}
    misses: list[tuple[str, str, str, str]] = []
    for g in gold:
        i = matched.get(g["id"])
        r = rows[i] if i is not None else {}
        got = r.get("status", "<no row>")
        confusion.setdefault(g["status"], {}).setdefault(got, 0)
        confusion[g["status"]][got] += 1
        if i is not None and close(r.get("target_value"), g["target_value"]):
            value_ok += 1
        if got == g["status"]:
            status_ok += 1
        else:
            misses.append((g["id"], g["plan_quote"], g["status"], got))
        if g["status"] in ("met", "missed"):
            ev_n += 1
            if i is not None and overlap(r.get("evidence") or "", g["review_quote"]):
                ev_ok += 1
    numbered = [i for i, r in enumerate(rows) if r.get("target_value") not in (None, "")]
    used = set(matched.values())
    precision = sum(1 for i in numbered if i in used) / len(numbered) if numbered else 0.0
    said = [g for g in gold if g["id"] in matched and rows[matched[g["id"]]].get("status") in DECIDED]
    right = sum(1 for g in said if rows[matched[g["id"]]].get("status") == g["status"])
    gold_decided = sum(1 for g in gold if g["status"] in DECIDED)
    return {
        "gold": n,
        "audit_rows": len(rows),
        "recall": round(sum(1 for g in gold if g["id"] in matched) / n, 3) if n else 0,
        "value_acc": round(value_ok / n, 3) if n else 0,
        "status_acc": round(status_ok / n, 3) if n else 0,
        "evidence_acc": round(ev_ok / ev_n, 3) if ev_n else None,
        "precision": round(precision, 3),
        "verdict_precision": round(right / len(said), 3) if said else None,
        "verdict_recall": round(right / gold_decided, 3) if gold_decided else None,
        "confusion": confusion,
        "misses": misses,
    }


def score_extract(gold: Sequence[Mapping[str, str]], rows: Sequence[Mapping[str, Any]], *, side: str) -> dict[str, Any]:
    """The metrics of score.py's extract mode (rows with keys ``text`` and ``value``)."""
    quote, value = ("plan_quote", "target_value") if side == "plan" else ("review_quote", "actual_value")
    matched = _match(gold, rows, quote=quote, value=value, text="text", row_value="value")
    n = len(gold)
    value_ok = sum(1 for g in gold if g["id"] in matched and close(rows[matched[g["id"]]].get("value"), g[value]))
    numbered = [i for i, r in enumerate(rows) if r.get("value") not in (None, "")]
    used = set(matched.values())
    return {
        "gold": n,
        "rows": len(rows),
        "recall": round(len(matched) / n, 3) if n else 0,
        "value_acc": round(value_ok / n, 3) if n else 0,
        "precision": round(sum(1 for i in numbered if i in used) / len(numbered), 3) if numbered else 0.0,
        "misses": [(g["id"], g[quote]) for g in gold if g["id"] not in matched],
    }
