"""A naive peer of policydiff, for benchmarks only: what a newsroom script written in an afternoon does.

Regex clauses, regex figures, and for each plan figure the review clause with the highest rapidfuzz
``partial_ratio`` on the words before the figure. No sections beyond the first "工作" heading after the review,
no units beyond a short table, no blocks, no carry-overs. It is the yardstick of issue 11 (policydiff's audit
at most 8x its time in process, 4x as a command), not a reference for accuracy.

    python benchmarks/naive_rapidfuzz.py PLAN REVIEW > audit.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process

#: A top-level heading: 一、 二、 ...
HEADING = re.compile(r"^[一二三四五六七八九十]+、(.*)$", re.MULTILINE)
#: Clause ends.
CLAUSE_END = re.compile(r"[。；;，,！？\n]")
#: A figure: a number, an optional multiplier, a unit, an optional comparator.
FIGURE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?P<mult>万亿|亿|万|千)?"
    r"(?P<unit>%|％|个百分点|百分点|元|人次|人|家|个|项|所|座|公里|千米|亩|吨|户|套|条|台|辆|件|平方米|千瓦|次)"
    r"(?P<cmp>以上|左右|以内|以下)?"
)
MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}
#: Verbs and time words dropped from the words before a figure.
NOISE = re.compile(r"(今年|全年|力争|确保|实现|完成|达到|达|超过|突破|新增|增长|提高|下降|控制在|保持|年|约|以上|左右)")
#: Below this partial_ratio a review clause is not the commitment's outcome.
CUTOFF = 70.0
FIELDS = ("id", "plan_quote", "indicator", "target_value", "target_unit", "review_quote", "actual_value", "status")


class Figure(NamedTuple):
    clause: str
    indicator: str
    value: float
    unit: str
    comparator: str


def read(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def parts(text: str) -> tuple[str, str]:
    """(review part, plan part): the first heading is the review, the next one naming 工作 or 任务 the plan."""
    heads = list(HEADING.finditer(text))
    if len(heads) < 2:
        half = len(text) // 2
        return text[:half], text[half:]
    review_start = heads[0].start()
    plan = next((h for h in heads[1:] if re.search("工作|任务|目标", h.group(1))), heads[1])
    nxt = next((h for h in heads if h.start() > plan.start()), None)
    return text[review_start : plan.start()], text[plan.start() : nxt.start() if nxt else len(text)]


def clauses(text: str) -> list[str]:
    return [c.strip() for c in CLAUSE_END.split(text) if c.strip()]


def figures(text: str) -> Iterator[Figure]:
    for clause in clauses(text):
        start = 0
        for m in FIGURE.finditer(clause):
            before = clause[start : m.start()]
            start = m.end()
            indicator = NOISE.sub("", re.sub(r"[\d.%％、（）()“”]", "", before))[-12:]
            if len(indicator) < 2:
                continue
            value = float(m["num"]) * MULTIPLIERS.get(m["mult"] or "", 1.0)
            unit = "%" if m["unit"] in ("%", "％") else m["unit"]
            yield Figure(clause, indicator, value, unit, m["cmp"] or "")


def status(target: Figure, actual: Figure | None) -> str:
    if actual is None:
        return "not_mentioned"
    ceiling = any(w in target.indicator for w in ("失业率", "价格", "能耗", "赤字", "事故"))
    if target.comparator in ("以内", "以下") or ceiling:
        return "met" if actual.value <= target.value * (1.05 if target.comparator == "左右" else 1.0) else "missed"
    bar = target.value * (0.95 if target.comparator == "左右" else 1.0)
    return "met" if actual.value >= bar else "missed"


def audit(plan_text: str, review_text: str) -> list[dict[str, str]]:
    """One row per figure of the plan part of ``plan_text``, matched in the review part of ``review_text``."""
    _, plan = parts(plan_text)
    review, _ = parts(review_text)
    targets = list(figures(plan))
    outcomes = list(figures(review))
    rows: list[dict[str, str]] = []
    choices = [o.clause for o in outcomes]
    for n, t in enumerate(targets, 1):
        best: Figure | None = None
        if choices:
            scores = process.extract(t.indicator, choices, scorer=fuzz.partial_ratio, limit=10, score_cutoff=CUTOFF)
            for _, _, k in scores:
                if outcomes[k].unit == t.unit and t.indicator[-2:] in outcomes[k].clause:
                    best = outcomes[k]
                    break
        rows.append(
            {
                "id": f"n-{n:03d}",
                "plan_quote": t.clause,
                "indicator": t.indicator,
                "target_value": f"{t.value:g}",
                "target_unit": t.unit,
                "review_quote": best.clause if best else "",
                "actual_value": f"{best.value:g}" if best else "",
                "status": status(t, best),
            }
        )
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: naive_rapidfuzz.py PLAN REVIEW", file=sys.stderr)
        return 2
    rows = audit(read(Path(argv[0])), read(Path(argv[1])))
    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
