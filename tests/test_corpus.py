"""audit_corpus and `policydiff corpus`: every consecutive pair among real reports, paired by content."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import seed
from policydiff.cli import main
from policydiff.corpus import audit_corpus
from policydiff.errors import PolicydiffError
from policydiff.model import Document
from policydiff.pipeline import audit
from policydiff.report import CORPUS_COLUMNS, Corpus


def test_every_consecutive_pair_of_the_bundled_reports(corpus_of_seeds: Corpus) -> None:
    """37 pairs: each government's consecutive years; Enshi's single report has no partner."""
    assert len(corpus_of_seeds.audits) == 37 and corpus_of_seeds.errors == ()
    assert corpus_of_seeds.unpaired == ("enshi-city-2024.txt",)
    pairs = {(a.plan.name, a.review.name) for a in corpus_of_seeds.audits}
    assert ("national-2022.txt", "national-2023.txt") in pairs
    assert ("shanghai-municipality-2020.txt", "shanghai-municipality-2021.txt") in pairs
    assert ("national-2012.txt", "national-2013.txt") in pairs and ("national-2014.txt", "national-2015.txt") in pairs
    assert ("hailaer-district-2016.txt", "hailaer-district-2017.txt") in pairs
    assert all(a.review.report_year == a.plan.report_year + 1 for a in corpus_of_seeds.audits)


def test_corpus_rows_are_the_pair_audits_with_the_pair_named(corpus_of_seeds: Corpus) -> None:
    """Each row is exactly the pair's own audit row, with the pair's columns in front."""
    rows = [r for r in corpus_of_seeds.rows if r["plan_file"] == "national-2022.txt"]
    alone = audit(seed("national-2022"), seed("national-2023")).rows
    assert [{k: v for k, v in r.items() if k in alone[0]} for r in rows] == alone
    assert {(r["pair"], r["government"], r["plan_year"]) for r in rows} == {("国务院 2022->2023", "国务院", 2022)}
    assert corpus_of_seeds.summary["total"] == len(corpus_of_seeds.rows)
    assert list(corpus_of_seeds.to_frame().columns) == list(CORPUS_COLUMNS)


def _messy(folder: Path) -> Path:
    """Two national reports under names that say nothing, plus a binary file, an empty one and a duplicate."""
    shutil.copy(seed("national-2022"), folder / "a.txt")
    shutil.copy(seed("national-2023"), folder / "b.txt")
    shutil.copy(seed("national-2023"), folder / "c.txt")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_pairs_by_content_and_lists_bad_files(tmp_path: Path) -> None:
    """Files are paired by government and report year, not name; each bad file is one line, the rest goes on."""
    result = audit_corpus([_messy(tmp_path)])
    assert [(a.plan.name, a.review.name) for a in result.audits] == [("a.txt", "b.txt")]
    assert len(result.errors) == 3
    assert any("bad.txt" in e and "binary" in e for e in result.errors)
    assert any("empty.txt" in e and "empty" in e for e in result.errors)
    assert any(e.startswith("c.txt") and "second 国务院 2023 report" in e for e in result.errors)


def test_cli_writes_the_good_pairs_and_exits_2_on_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`policydiff corpus` writes every good pair, prints one Error line per bad file and exits 2."""
    out = tmp_path / "corpus.json"
    code = main(["corpus", str(_messy(tmp_path)), "--format", "json", "-o", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert sum(line.startswith("Error: ") for line in err) == 3
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema"] == "policydiff.corpus/1" and document["summary"]["pairs"] == 1
    assert len(document["rows"]) == document["summary"]["total"] == 21


def test_sqlite_holds_rows_pairs_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The database has the rows (with their pair), one line per pair with its counts, and the errors."""
    path = tmp_path / "corpus.sqlite"
    main(["corpus", str(_messy(tmp_path)), "--format", "sqlite", "-o", str(path)])
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT pair) FROM audit").fetchone() == (21, 1)
        assert db.execute("SELECT pair, met + missed + carried_over + not_mentioned FROM pairs").fetchall() == [
            ("国务院 2022->2023", 21)
        ]
        assert db.execute("SELECT COUNT(*) FROM errors").fetchone() == (3,)


def test_no_pair_is_one_error_and_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reports of one year only: nothing to audit, one Error line, exit 2, and no output file."""
    shutil.copy(seed("national-2022"), tmp_path / "only.txt")
    out = tmp_path / "corpus.csv"
    code = main(["corpus", str(tmp_path / "only.txt"), "--format", "csv", "-o", str(out)])
    assert code == 2 and not out.exists()
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("Error: no consecutive report pairs among 1 file(s)")
    with pytest.raises(PolicydiffError, match="does not exist"):
        audit_corpus([tmp_path / "missing-folder"])  # a missing path is a missing file, never read as text


def _three_years(folder: Path) -> Path:
    """National 2021, 2022 and 2023: two consecutive pairs, 2022 serving as review and as plan."""
    for year in (2021, 2022, 2023):
        shutil.copy(seed(f"national-{year}"), folder / f"national-{year}.txt")
    return folder


def test_dask_engine_gives_the_rows_of_one_process(tmp_path: Path) -> None:
    """--engine dask on a (light, in-process) local cluster: the same rows in the same order as --jobs 1."""
    distributed = pytest.importorskip("dask.distributed")
    folder = _three_years(tmp_path)
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=2, dashboard_address=None
    ) as cluster:
        on_dask = audit_corpus([folder], engine="dask", scheduler=cluster.scheduler_address)
    assert on_dask.rows == audit_corpus([folder], jobs=1).rows and len(on_dask.audits) == 2


def test_dask_missing_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without dask installed, --engine dask says which extra to install instead of a traceback."""
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(PolicydiffError, match=r"policydiff\[dask\]"):
        audit_corpus([_three_years(tmp_path)], engine="dask")


def test_each_report_is_extracted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """national-2022 is report N+1 of one pair and report N of the next: its review side is extracted once."""
    from policydiff import pipeline

    calls: list[tuple[str, str]] = []
    real = pipeline.extract

    def counted(doc: Document, *, side: str = "plan") -> tuple[Any, ...]:
        calls.append((doc.name, side))
        return real(doc, side=side)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", counted)
    audit_corpus([_three_years(tmp_path)])
    assert sorted(calls) == sorted(set(calls)) and ("national-2022.txt", "review") in calls


def test_longest_runs_start_first_and_rows_keep_their_order(tmp_path: Path) -> None:
    """Runs of pairs are handed out longest first (no long run started last), the rows still in pair order."""
    from policydiff import corpus

    for name in (
        "national-2021",
        "national-2022",
        "national-2023",
        "shanghai-municipality-2020",
        "shanghai-municipality-2021",
    ):
        shutil.copy(seed(name), tmp_path / f"{name}.txt")
    handed: list[int] = []

    def run(fn: Any, args: Any, progress: Any) -> list[Any]:
        if fn is corpus._audit_chain:
            handed.extend(sum(len(p.text) + len(r.text) for p, r in chain) for chain, _ in args)
        return list(corpus.in_process(fn, args, progress))

    found = corpus._audit_files(run, corpus.report_files([tmp_path]), False, None, None, None)
    assert len(handed) == 2 and handed == sorted(handed, reverse=True)
    # 上海市 sorts before 国务院: its one pair comes first in the rows, though handed out after national's two
    assert [a.plan.name for a in found.audits] == [
        "shanghai-municipality-2020.txt",
        "national-2021.txt",
        "national-2022.txt",
    ]


def test_progress_is_told_of_every_stage(tmp_path: Path) -> None:
    """The progress callback hears each stage finish: 3 files read, 2 pairs audited."""
    seen: dict[str, tuple[int, int]] = {}
    audit_corpus([_three_years(tmp_path)], progress=lambda stage, n, total: seen.__setitem__(stage, (n, total)))
    assert seen == {"read": (3, 3), "audit": (2, 2)}


def test_sqlite_output_resumes_only_changed_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second run into the same SQLite file audits only the pair whose report changed, and the file then
    holds what a fresh run would write."""
    (tmp_path / "in").mkdir()
    folder = _three_years(tmp_path / "in")
    out = tmp_path / "corpus.sqlite"
    assert main(["corpus", str(folder), "--format", "sqlite", "-o", str(out)]) == 0
    report = folder / "national-2023.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # new bytes, same report
    capsys.readouterr()
    assert main(["corpus", str(folder), "--format", "sqlite", "-o", str(out)]) == 0
    assert "resumed: 1 pair(s)" in capsys.readouterr().err
    fresh = tmp_path / "fresh.sqlite"
    assert main(["corpus", str(folder), "--format", "sqlite", "-o", str(fresh)]) == 0
    query = "SELECT * FROM audit ORDER BY plan_file, id"
    with contextlib.closing(sqlite3.connect(out)) as a, contextlib.closing(sqlite3.connect(fresh)) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        assert (
            a.execute("SELECT value FROM meta WHERE key = 'summary'").fetchall()
            == b.execute("SELECT value FROM meta WHERE key = 'summary'").fetchall()
        )
        assert a.execute("SELECT COUNT(*) FROM pairs_done").fetchone() == (2,)
