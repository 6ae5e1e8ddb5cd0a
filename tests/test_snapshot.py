"""The corpus snapshot: every commitment of every consecutive pair in seeds/ keeps its recorded verdict."""

from __future__ import annotations

import pytest

import snapshot
from policydiff.report import Corpus


def test_corpus_matches_the_snapshot(corpus_of_seeds: Corpus, request: pytest.FixtureRequest) -> None:
    """The audit of seeds/ gives tests/snapshots/corpus.csv line for line (--update-snapshot rewrites it)."""
    rows = snapshot.lines(corpus_of_seeds)
    recorded = snapshot.read()
    diffs = snapshot.compare(recorded, rows)
    if request.config.getoption("--update-snapshot"):
        snapshot.write(rows)
        print(snapshot.summary(diffs))
        return
    if not recorded:
        pytest.fail(f"no snapshot yet: pytest --update-snapshot records {snapshot.SNAPSHOT.name}", pytrace=False)
    if diffs:
        hint = "if these moves are intended: pytest --update-snapshot, and quote the counts in the commit message"
        pytest.fail(f"{snapshot.summary(diffs)}\n({hint})", pytrace=False)
    assert snapshot.to_csv(rows) == snapshot.SNAPSHOT.read_text(encoding="utf-8"), "same verdicts, another order"


def _lines() -> list[dict[str, str]]:
    """Lines of two pairs of the recorded snapshot (national 2021/22 and 2022/23)."""
    rows = [r for r in snapshot.read() if r["pair"].startswith("national-")]
    assert rows, "the snapshot holds the national pairs"
    return rows


def test_a_moved_verdict_is_named_with_its_pair() -> None:
    """Changing one status shows up as one move in that pair, with id, indicator and old -> new status."""
    old = _lines()
    new = [dict(r) for r in old]
    target = new[0]
    target["status"] = "missed" if target["status"] != "missed" else "met"
    diffs = snapshot.compare(old, new)
    assert [(d.pair, len(d.moved)) for d in diffs] == [(target["pair"], 1)]
    text = snapshot.summary(diffs)
    assert f"{target['id']} {target['indicator']}" in text
    assert f"{old[0]['status']} -> {target['status']}" in text
    assert text.startswith("snapshot: 1 verdicts moved in 1 pairs")


def test_a_renamed_commitment_is_matched_by_indicator_and_target() -> None:
    """A commitment whose id changed (its text was cut differently) is the same commitment, not one added and
    one removed."""
    old = _lines()
    new = [dict(r) for r in old]
    new[1]["id"] = "c-000000000000"
    new[1]["rule"] = "changed"
    (diff,) = snapshot.compare(old, new)
    assert not diff.added and not diff.removed and len(diff.changed) == 1
    text = snapshot.summary((diff,))
    assert "1 changed (id, rule)" in text
    assert f"~ c-000000000000 {new[1]['indicator']}" in text and "rule " in text


def test_added_removed_and_new_pairs_are_counted() -> None:
    """A commitment dropped, a pair appearing: each is counted, and an unchanged corpus has no difference."""
    old = _lines()
    assert snapshot.compare(old, old) == ()
    pair = old[0]["pair"]
    new = [r for r in old if r is not old[0]] + [{**old[0], "pair": "x-2025.txt -> x-2026.txt"}]
    diffs = {d.pair: d for d in snapshot.compare(old, new)}
    assert len(diffs[pair].removed) == 1 and diffs["x-2025.txt -> x-2026.txt"].kind == "new"
    assert "1 new pairs" in snapshot.summary(tuple(diffs.values()))


def test_csv_round_trip() -> None:
    """Lines written and read back are the same lines (every field a string, LF line ends)."""
    rows = _lines()
    text = snapshot.to_csv(rows)
    assert "\r" not in text and text.count("\n") == len(rows) + 1
    assert snapshot.to_csv(rows) == snapshot.to_csv([dict(r) for r in rows])
