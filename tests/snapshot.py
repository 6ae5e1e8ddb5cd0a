"""The corpus snapshot: one line per commitment of every consecutive pair in seeds/, and what a change moved.

``tests/snapshots/corpus.csv`` holds, pair by pair (in file name order) and commitment by commitment (in
document order), the columns of :data:`COLUMNS`. ``tests/test_snapshot.py`` audits the corpus and fails on
any difference; ``pytest --update-snapshot`` rewrites the file instead. For a commit message::

    python tests/snapshot.py            # the moves against the recorded snapshot (exit 0 whatever moved)
    python tests/snapshot.py --update   # rewrite the snapshot, printing what moved
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from helpers import ROOT, SEEDS
from policydiff.report import Corpus

SNAPSHOT = ROOT / "tests" / "snapshots" / "corpus.csv"
#: What a line records: the pair, the commitment and its verdict with the evidence's kind.
COLUMNS = ("pair", "id", "indicator", "target_text", "status", "actual_value", "evidence_source", "rule")
#: The columns that identify a commitment when its id changed (its text was extracted differently).
_IDENTITY = ("indicator", "target_text")
#: Moves shown per pair in a summary.
SHOWN = 5

Row = Mapping[str, str]


def lines(corpus: Corpus) -> list[dict[str, str]]:
    """The snapshot lines of an audited corpus: pairs in file name order, commitments in document order."""
    out: list[dict[str, str]] = []
    for r in corpus.rows:
        line = {k: _cell(r.get(k)) for k in COLUMNS}
        line["pair"] = f"{r['plan_file']} -> {r['review_file']}"
        out.append(line)
    order = {pair: i for i, pair in enumerate(sorted({line["pair"] for line in out}))}
    return sorted(out, key=lambda line: order[line["pair"]])  # stable: document order within a pair


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def audit_seeds(jobs: int = 2) -> Corpus:
    """Every consecutive pair of the bundled reports, audited."""
    from policydiff.corpus import audit_corpus

    return audit_corpus([SEEDS], jobs=jobs)


def to_csv(rows: Iterable[Row]) -> str:
    """The snapshot file's text (LF line ends, every field as written)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def read(path: Path = SNAPSHOT) -> list[dict[str, str]]:
    """The recorded snapshot; empty when there is none yet."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write(rows: Iterable[Row], path: Path = SNAPSHOT) -> None:
    """Record ``rows`` as the snapshot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_csv(rows), encoding="utf-8")


@attrs.frozen
class PairDiff:
    """What changed in one pair: verdicts moved, commitments added or removed, other columns changed."""

    pair: str
    moved: tuple[tuple[Row, Row], ...] = ()
    changed: tuple[tuple[Row, Row], ...] = ()
    added: tuple[Row, ...] = ()
    removed: tuple[Row, ...] = ()
    #: "new" for a pair the snapshot does not hold, "gone" for one the corpus no longer forms, else "".
    kind: str = ""

    def __bool__(self) -> bool:
        return bool(self.moved or self.changed or self.added or self.removed or self.kind)


def compare(old: Sequence[Row], new: Sequence[Row]) -> tuple[PairDiff, ...]:
    """The differences, pair by pair (in file name order); only pairs where something changed.

    Commitments are matched by id, then (an id changes with the extracted text) the rest by indicator and
    target, one to one in document order.
    """
    old_by, new_by = _by_pair(old), _by_pair(new)
    diffs: list[PairDiff] = []
    for pair in sorted(old_by.keys() | new_by.keys()):
        before, after = old_by.get(pair, []), new_by.get(pair, [])
        if not before or not after:
            kind = "new" if after else "gone"
            diffs.append(PairDiff(pair, added=tuple(after), removed=tuple(before), kind=kind))
            continue
        matched, removed, added = _match(before, after)
        moved = tuple((a, b) for a, b in matched if a["status"] != b["status"])
        changed = tuple((a, b) for a, b in matched if a["status"] == b["status"] and a != b)
        diff = PairDiff(pair, moved=moved, changed=changed, added=tuple(added), removed=tuple(removed))
        if diff:
            diffs.append(diff)
    return tuple(diffs)


def _by_pair(rows: Sequence[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(r["pair"], []).append(r)
    return out


def _match(before: list[Row], after: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    new_ids = {r["id"]: r for r in after}
    matched = [(r, new_ids[r["id"]]) for r in before if r["id"] in new_ids]
    old_ids = {r["id"] for r in before}
    removed = [r for r in before if r["id"] not in new_ids]
    added = [r for r in after if r["id"] not in old_ids]
    for r in list(removed):
        same = next((a for a in added if all(a[k] == r[k] for k in _IDENTITY)), None)
        if same is not None:
            matched.append((r, same))
            removed.remove(r)
            added.remove(same)
    return matched, removed, added


def summary(diffs: Sequence[PairDiff], *, shown: int = SHOWN) -> str:
    """A readable account: totals and status transitions, then per pair its counts and first moves."""
    if not diffs:
        return "snapshot: no verdict moved, nothing added or removed"
    moves = [m for d in diffs for m in d.moved]
    transitions = Counter(f"{a['status']} -> {b['status']}" for a, b in moves)
    out = [
        f"snapshot: {len(moves)} verdicts moved in {sum(1 for d in diffs if d.moved)} pairs"
        + (f" ({', '.join(f'{n} {t}' for t, n in sorted(transitions.items()))})" if transitions else "")
        + f"; {sum(len(d.added) for d in diffs if not d.kind)} commitments added,"
        f" {sum(len(d.removed) for d in diffs if not d.kind)} removed,"
        f" {sum(len(d.changed) for d in diffs)} changed in other columns;"
        f" {sum(1 for d in diffs if d.kind == 'new')} new pairs, {sum(1 for d in diffs if d.kind == 'gone')} gone"
    ]
    for d in diffs:
        if d.kind == "new":
            counts = Counter(r["status"] for r in d.added)
            out.append(f"{d.pair}: new pair, {len(d.added)} commitments ({_counts(counts)})")
            continue
        if d.kind == "gone":
            out.append(f"{d.pair}: pair gone ({len(d.removed)} commitments)")
            continue
        parts = [f"{len(d.moved)} moved"]
        parts += [f"{n} {what}" for n, what in ((len(d.added), "added"), (len(d.removed), "removed")) if n]
        if d.changed:
            parts.append(f"{len(d.changed)} changed ({', '.join(sorted(_changed_columns(d.changed)))})")
        out.append(f"{d.pair}: {', '.join(parts)}")
        for a, b in d.moved[:shown]:
            renamed = f" (was {a['id']})" if a["id"] != b["id"] else ""
            out.append(f"  {b['id']}{renamed} {b['indicator']} {b['target_text']}: {a['status']} -> {b['status']}")
        if len(d.moved) > shown:
            out.append(f"  ... and {len(d.moved) - shown} more")
        room = max(0, shown - len(d.moved))
        for r in d.added[:room]:
            out.append(f"  + {r['id']} {r['indicator']} {r['target_text']}: {r['status']}")
        room = max(0, room - len(d.added))
        for r in d.removed[:room]:
            out.append(f"  - {r['id']} {r['indicator']} {r['target_text']}: {r['status']}")
        room = max(0, room - len(d.removed))
        for a, b in d.changed[:room]:
            what = "; ".join(f"{k} {a[k]!r} -> {b[k]!r}" for k in COLUMNS if a[k] != b[k])
            out.append(f"  ~ {b['id']} {b['indicator']} {b['target_text']}: {what}")
    return "\n".join(out)


def _counts(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))


def _changed_columns(pairs: Iterable[tuple[Row, Row]]) -> set[str]:
    return {k for a, b in pairs for k in COLUMNS if a[k] != b[k]}


def main(argv: Sequence[str] | None = None) -> int:
    """Print what moved against the recorded snapshot; with --update, also record the new one."""
    parser = argparse.ArgumentParser(prog="python tests/snapshot.py", description=main.__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite tests/snapshots/corpus.csv")
    parser.add_argument("--jobs", type=int, default=2, help="audit pairs in N processes (default 2)")
    args = parser.parse_args(argv)
    corpus = audit_seeds(jobs=args.jobs)
    rows = lines(corpus)
    print(summary(compare(read(), rows)))
    for error in corpus.errors:
        print(f"error: {error}")
    if args.update:
        write(rows)
        print(f"wrote {SNAPSHOT.relative_to(ROOT)} ({len(rows)} commitments)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
