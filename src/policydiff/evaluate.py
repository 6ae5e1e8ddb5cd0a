"""Score an audit (or an extraction) against a hand-labelled gold CSV (format: tests/gold/PROTOCOL.md), with
the figures the project is judged by: recall, value_acc, status_acc, evidence_acc, precision,
verdict_precision, verdict_recall, confusion.

Each gold row is matched to at most one audit row: first by the same target number and the gold quote's
words found in the row's text, then by the quote alone. Rows marked ``ambiguous`` are matched too (an audit
row that finds one is no false positive) but count only for precision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any, Final

from policydiff import lexicon_zh_text as lxt
from policydiff.csvfile import CsvRow, read_csv
from policydiff.errors import GoldError
from policydiff.model import Status

AUDIT_COLUMNS: Final = ("id", "plan_quote", "target_value", "status", "review_quote")
#: The header of a gold audit (the gold protocol, tests/gold/PROTOCOL.md), in order.
GOLD_COLUMNS: Final = (
    "id",
    "plan_quote",
    "indicator",
    "target_value",
    "target_unit",
    "comparator",
    "sense",
    "review_quote",
    "actual_value",
    "actual_unit",
    "status",
    "note",
)
#: A gold row's statuses: the audit's, and ``ambiguous`` for rows left out of the scores.
GOLD_STATUSES: Final = (*(s.value for s in Status), "ambiguous")
COMPARATORS: Final = (">=", "<=", "~", "=")
SENSES: Final = ("floor", "ceiling", "band")
#: A plain decimal: no thousands separator, no unit, no nan or inf.
_PLAIN_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
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
    """The rows of a gold CSV (UTF-8 with or without a BOM, or GBK/GB18030), checked as the gold protocol says.

    Raises :class:`GoldError` ``FILE:LINE: problem`` when the file is missing or unreadable, the header lacks a
    ``required`` column, or a row is malformed: a field too many or too few, no id or an id seen before, no
    plan_quote, a status, comparator or sense outside the protocol's, a value that is not a plain number, a met
    or missed row without its review_quote, a not_mentioned row with one. Only the columns present are checked,
    so an extraction gold (``required=("id",)``) passes without a status.
    """
    table = read_csv(path, what="gold file", error=GoldError)
    missing = [c for c in required if c not in table.header]
    if missing or not table.rows:
        found = f"the header lacks {', '.join(missing)}" if missing else "a header but no rows"
        raise GoldError(
            f"{table.where(1)}: not a gold audit ({found}; expected the header {','.join(GOLD_COLUMNS)})",
            path=path,
            line=1,
        )
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        problem = _gold_problem(row, len(table.header), seen)
        if problem:
            raise GoldError(f"{table.where(row.line)}: {problem}", path=path, line=row.line)
        seen[row.get("id")] = row.line
        rows.append({c: row.get(c) for c in table.header})
    return rows


def _gold_problem(row: CsvRow, width: int, seen: Mapping[str, int]) -> str | None:
    """What is wrong with one gold row, or None."""
    if row.width != width:
        more = "a field holding a comma needs double quotes" if row.width > width else "fields are missing"
        return f"{row.width} fields but the header has {width} ({more})"
    gold_id = row.get("id")
    if not gold_id:
        return "no id (expected an id such as nat22-001)"
    if gold_id in seen:
        return f"id '{gold_id}' already used on line {seen[gold_id]}"
    status = row.get("status")
    checks = (  # column, test, what it should be (an empty field: "has no X (expected ...)")
        ("plan_quote", bool, "an exact substring of the plan report"),
        ("status", lambda v: v in GOLD_STATUSES, f"one of {', '.join(GOLD_STATUSES)}"),
        ("target_value", _plain_number, "a plain number in base units, e.g. 12000000 for 1200万人"),
        ("actual_value", lambda v: not v or _plain_number(v), "a plain number in base units, or empty"),
        ("comparator", lambda v: v in COMPARATORS, f"one of {' '.join(COMPARATORS)}"),
        ("sense", lambda v: v in SENSES, f"one of {', '.join(SENSES)}"),
    )
    for column, ok, expected in checks:
        if column in row.fields and not ok(value := row.get(column)):
            if not value:
                return f"'{gold_id}' has no {column} (expected {expected})"
            return f"'{gold_id}': {column} {value!r} is not {expected}"
    if "review_quote" in row.fields and status:
        quote = row.get("review_quote")
        if status in ("met", "missed") and not quote:
            return f"'{gold_id}' is {status} but has no review_quote (the outcome statement of the review report)"
        if status == "not_mentioned" and quote:
            return f"'{gold_id}' is not_mentioned but has a review_quote (it must be empty)"
    return None


def _plain_number(value: str) -> bool:
    return _PLAIN_NUMBER.fullmatch(value) is not None


def check_gold_pair(
    gold: Sequence[Mapping[str, str]], *, path: str, plan: tuple[str, str], review: tuple[str, str]
) -> list[str]:
    """Warnings for gold quotes that are not in the reports (``plan`` and ``review`` are (name, text)).

    Raises :class:`GoldError` when no plan_quote at all is in the plan report: the gold is for another pair.
    Quotes are looked for as they are, then with NFKC and whitespace folded (as the scores match them).
    """
    out: list[str] = []
    for column, (name, text) in (("plan_quote", plan), ("review_quote", review)):
        quoted = [g for g in gold if g.get(column)]
        folded = norm(text)
        absent = [g for g in quoted if g[column] not in text and norm(g[column]) not in folded]
        if not absent:
            continue
        if column == "plan_quote" and len(absent) == len(quoted):
            raise GoldError(
                f"{path}: none of the {len(quoted)} plan_quotes is in '{name}': this gold (first id "
                f"'{gold[0]['id']}') is for another pair of reports",
                path=path,
            )
        shown = ", ".join(g["id"] for g in absent[:3]) + (", …" if len(absent) > 3 else "")
        out.append(
            f"{path}: {len(absent)} of {len(quoted)} {column}s are not in '{name}' ({shown}); they cannot be matched"
        )
    return out


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
