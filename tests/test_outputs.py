"""The newsroom outputs on the bundled pairs: every format carries the JSON rows' ids, statuses and bases; each
row has a basis and its actual figure as the evidence words it; the spreadsheet reads back with pandas; the
database keeps one row per id however often it is written; the corpus page links to every pair."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pandas as pd
import pytest

import policydiff
from helpers import seed
from policydiff.basis import Basis, basis_of, is_list_claim
from policydiff.errors import OutputError
from policydiff.html_corpus import anchor
from policydiff.report import Audit, Corpus

CliRun = Callable[..., tuple[int, str, str]]
#: Pairs checked format by format: a national pair with a derived sum and a budget claim, a province whose
#: list of promises is met by the government's claim, a district with a growth derived from two reports.
PAIRS = {
    "national-2022": ("national-2022", "national-2023"),
    "shanxi-2025": ("shanxi-province-2025", "shanxi-province-2026"),
    "hailaer-2016": ("hailaer-district-2016", "hailaer-district-2017"),
}
#: The bases a status can rest on (a reviewer's correction aside).
BASES_OF = {
    "met": {"figure", "derived", "claim", "qualitative"},
    "missed": {"figure", "derived", "claim", "qualitative"},  # qualitative: a project's stage short of the promise
    "carried_over": {"next_plan"},
    "not_mentioned": {"none"},
}


@pytest.fixture(scope="module", params=sorted(PAIRS))
def pair(request: pytest.FixtureRequest) -> tuple[Audit, list[dict[str, Any]]]:
    """One pair's audit and its JSON rows."""
    plan, review = PAIRS[request.param]
    result = policydiff.audit(seed(plan), seed(review))
    return result, json.loads(result.to_json())["rows"]


def _keys(rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(str(r["id"]), str(r["status"]), str(r["basis"])) for r in rows]


# -- basis and actual_text on every bundled pair ----------------------------------------------------------------


def test_every_row_of_every_pair_has_a_basis_fitting_its_status(corpus_of_seeds: Corpus) -> None:
    """Each row of the 37 pairs has a basis, one its status can rest on; the summary splits counts by it."""
    for row in corpus_of_seeds.rows:
        assert row["basis"] in BASES_OF[row["status"]], (row["id"], row["status"], row["basis"])
    by_basis = corpus_of_seeds.by_basis
    assert sum(n for bases in by_basis.values() for n in bases.values()) == len(corpus_of_seeds.rows)
    assert by_basis["met"]["figure"] > by_basis["met"]["claim"] > 0 and by_basis["met"]["derived"] > 0


def test_actual_text_is_the_evidence_wording_on_every_pair(corpus_of_seeds: Corpus) -> None:
    """Every figure (and counted claim) has its actual_text inside its evidence; every actual value has a text."""
    rows = [r for r in corpus_of_seeds.rows if r["actual_value"] is not None]
    assert len(rows) > 400
    for r in rows:
        assert r["actual_text"], r["id"]
        if r["basis"] in ("figure", "claim"):
            assert r["actual_text"] in r["evidence"], (r["id"], r["actual_text"], r["evidence"])
    assert all(r["actual_text"] is None for r in corpus_of_seeds.rows if r["actual_value"] is None)


@pytest.mark.parametrize(
    ("plan", "review", "target", "worded"),
    [
        ("national-2022", "national-2023", "1100万人以上", "1206万人"),  # 城镇新增就业1206万人
        ("national-2022", "national-2023", "2.8%左右", "控制在2.8%"),  # 赤字率控制在2.8%: the bound word kept
        ("guizhou-province-2025", "guizhou-province-2026", "9500公里", "突破9500公里"),
        ("national-2022", "national-2023", "2.5万亿元", "≥ 3.4万亿元"),  # 留抵退税超过2.4万亿元 + 减税降费超过1万亿元
    ],
)
def test_actual_text_words_the_figure_as_the_review_does(plan: str, review: str, target: str, worded: str) -> None:
    """actual_text is the figure with the word that bounds it, or a derived sum's interval."""
    rows = policydiff.audit(seed(plan), seed(review)).rows
    found = [r for r in rows if r["target_text"] == target and r["status"] in ("met", "missed")]
    assert found and found[0]["actual_text"] == worded


def test_a_blanket_claim_is_a_claim_even_when_its_count_was_compared(corpus_of_seeds: Corpus) -> None:
    """省政府承诺的15件民生实事全部兑现 (shanxi) and 20项民生实事全面完成 (jilin, for 办好20件民生实事) decide a
    count by a figure, but the figure is the government's claim: basis claim; a stated outcome (城镇新增就业1206万人)
    is not."""
    by_file = {a.plan.name: a for a in corpus_of_seeds.audits}
    for plan, count in (("shanxi-province-2025.txt", "15件"), ("jilin-province-2025.txt", "20件")):
        a = by_file[plan]
        [(v, al)] = [
            (v, al)
            for v, al in zip(a.verdicts, a.alignments, strict=True)
            if v.commitment.quantity is not None and v.commitment.quantity.text == count and v.evidence is not None
        ]
        assert v.margin is not None and is_list_claim(v.evidence)
        assert basis_of(v, al) is Basis.CLAIM
    a = by_file["national-2022.txt"]
    [v] = [v for v in a.verdicts if v.evidence is not None and v.evidence.text == "城镇新增就业1206万人"]
    assert not is_list_claim(v.evidence) and basis_of(v) is Basis.FIGURE


def test_items_met_by_a_list_claim_show_no_figure() -> None:
    """An item of a list met by the government's claim gets no actual figure (the claim's count is not its own)."""
    rows = policydiff.audit(seed("shanxi-province-2025"), seed("shanxi-province-2026")).rows
    items = [r for r in rows if r["rule"] == "blanket claim about a named list"]
    assert len(items) > 10 and all(r["actual_value"] is None and r["actual_text"] is None for r in items)
    assert all(r["basis"] == "claim" and r["status"] == "met" for r in items)


def test_a_reviewer_correction_is_its_own_basis(tmp_path: Path, run_cli: CliRun) -> None:
    """A corrected row rests on the reviewer's word: basis reviewer, counted apart in the summary line."""
    first = policydiff.audit(seed("national-2022"), seed("national-2023")).rows[6]
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(f"id,status,note\n{first['id']},met,checked by phone\n", encoding="utf-8")
    code, out, _ = run_cli("audit", seed("national-2022"), seed("national-2023"), "--corrections", str(fixes))
    assert code == 0 and "1 by reviewer" in out.splitlines()[-1]


# -- each format against the JSON rows ----------------------------------------------------------------------


def test_csv_and_jsonl_carry_the_json_rows(pair: tuple[Audit, list[dict[str, Any]]]) -> None:
    """CSV and JSON Lines give the same ids, statuses, bases, actual values and actual texts as the JSON."""
    result, rows = pair
    records = list(csv.DictReader(io.StringIO(result.to_csv())))
    assert _keys(records) == _keys(rows)
    assert [r["actual_text"] for r in records] == [r["actual_text"] or "" for r in rows]
    assert [r["actual_value"] for r in records] == [str(r["actual_value"] or "") for r in rows]
    assert _keys([json.loads(line) for line in result.to_jsonl().splitlines()]) == _keys(rows)


def test_markdown_and_table_show_status_basis_and_worded_actual(pair: tuple[Audit, list[dict[str, Any]]]) -> None:
    """Markdown rows and table lines start with status and basis; they show actual_text, not the base value."""
    result, rows = pair
    table = [line for line in result.to_markdown().splitlines() if line.startswith("| ")][1:]
    cells = [line.split(" | ") for line in table]
    assert [(c[0].removeprefix("| "), c[1]) for c in cells] == [(r["status"], r["basis"]) for r in rows]
    assert [c[4] for c in cells] == [r["actual_text"] or "" for r in rows]
    lines = result.to_table().splitlines()[1 : 1 + len(rows)]
    assert [tuple(line.split()[:2]) for line in lines] == [(r["status"], r["basis"]) for r in rows]


def test_html_rows_carry_the_json_rows(pair: tuple[Audit, list[dict[str, Any]]]) -> None:
    """The page has one row per JSON row, in order, with the same id, status and basis, and its worded actual."""
    result, rows = pair
    page = result.to_html()
    found = re.findall(r'<details class="row" id="([^"]+)" data-status="([^"]+)" data-basis="([^"]+)"', page)
    assert found == _keys(rows)
    actual = [unescape(a) for a in re.findall(r'<span class="c-actual">([^<]*)</span>', page)]
    assert actual == [r["actual_text"] or "–" for r in rows]


def test_sqlite_carries_the_json_rows(pair: tuple[Audit, list[dict[str, Any]]], tmp_path: Path) -> None:
    """The database's audit table in plan order has the JSON rows' ids, statuses, bases and worded actuals."""
    result, rows = pair
    path = tmp_path / "audit.sqlite"
    result.to_sqlite(path)
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT id, status, basis, actual_text FROM audit ORDER BY position").fetchall()
    assert [s[:3] for s in stored] == _keys(rows)
    assert [s[3] for s in stored] == [r["actual_text"] for r in rows]


def test_xlsx_reads_back_with_pandas(pair: tuple[Audit, list[dict[str, Any]]], tmp_path: Path) -> None:
    """pandas reads the workbook's audit sheet back with the JSON's rows, ids, statuses and bases, numbers numeric."""
    result, rows = pair
    path = tmp_path / "audit.xlsx"
    result.to_xlsx(path)
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["audit", "summary"]
    frame = sheets["audit"]
    assert len(frame) == len(rows)
    assert list(zip(frame["id"], frame["status"], frame["basis"], strict=True)) == _keys(rows)
    assert frame["target_value"].dtype.kind in "if" and frame["confidence"].dtype.kind == "f"
    summary = sheets["summary"].set_index("status")
    assert int(summary.loc["total", "count"]) == len(rows)
    assert int(summary.loc["met", "count"]) == sum(r["status"] == "met" for r in rows)


# -- xlsx ---------------------------------------------------------------------------------------------------


def test_xlsx_sheet_is_frozen_filtered_coloured_and_typed(tmp_path: Path) -> None:
    """The audit sheet: header row frozen, autofilter over all columns, status cells filled, widths set, numbers
    stored as numbers, and report text starting with = stored as text, never a formula."""
    result = policydiff.audit(seed("national-2022"), seed("national-2023"))
    verdicts = list(result.verdicts)
    verdicts[0] = attrs.evolve(verdicts[0], commitment=attrs.evolve(verdicts[0].commitment, indicator="=1+1"))
    path = tmp_path / "audit.xlsx"
    attrs.evolve(result, verdicts=tuple(verdicts)).to_xlsx(path)
    ws = openpyxl.load_workbook(path)["audit"]
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}22"
    status = header.index("status") + 1
    fills = {ws.cell(r, status).value: ws.cell(r, status).fill.fgColor.rgb for r in range(2, ws.max_row + 1)}
    assert fills["met"].endswith("C6EFCE") and fills["missed"].endswith("FFC7CE")
    assert ws.column_dimensions["C"].width == 50  # the commitment
    target = ws.cell(3, header.index("target_value") + 1)
    assert target.data_type == "n" and target.value == 11000000
    indicator = ws.cell(2, header.index("indicator") + 1)
    assert indicator.value == "=1+1" and indicator.data_type == "s"


def test_corpus_xlsx_has_a_summary_and_a_sheet_per_pair(corpus_of_seeds: Corpus, tmp_path: Path) -> None:
    """The corpus workbook: a summary sheet (a row per pair, linking to its sheet), then one sheet per pair."""
    path = tmp_path / "corpus.xlsx"
    corpus_of_seeds.to_xlsx(path)
    sheets = pd.read_excel(path, sheet_name=None)
    assert next(iter(sheets)) == "summary" and len(sheets) == 1 + len(corpus_of_seeds.audits)
    summary = sheets["summary"]
    assert summary["plan_year"].dtype.kind == "i" and len(summary) == len(corpus_of_seeds.audits)
    assert sum(len(f) for name, f in sheets.items() if name != "summary") == len(corpus_of_seeds.rows)
    book = openpyxl.load_workbook(path)
    link = book["summary"].cell(2, 1).hyperlink
    assert link is not None and link.location is not None and link.location.strip("'").split("'!")[0] in book


def test_xlsx_needs_an_output_file(run_cli: CliRun) -> None:
    """--format xlsx without -o is one Error line and exit 2: a workbook is binary, not text for a terminal."""
    code, out, err = run_cli("audit", seed("national-2022"), seed("national-2023"), "--format", "xlsx")
    assert (code, out) == (2, "")
    assert err.startswith("Error: --format xlsx writes an Excel workbook") and err.count("\n") == 1


# -- SQLite ---------------------------------------------------------------------------------------------------


def test_sqlite_written_twice_holds_each_row_once_keyed_by_id(tmp_path: Path) -> None:
    """Written twice, the audit table holds each row once, id is its primary key, status and indicator are
    indexed, and a column a reader added keeps its values."""
    result = policydiff.audit(seed("national-2022"), seed("national-2023"))
    path = tmp_path / "audit.sqlite"
    result.to_sqlite(path)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE audit ADD COLUMN checked_by TEXT")
        db.execute("UPDATE audit SET checked_by = 'desk' WHERE position = 2")
    result.to_sqlite(path)
    with sqlite3.connect(path) as db:
        count, ids, checked = db.execute("SELECT count(*), count(DISTINCT id), count(checked_by) FROM audit").fetchone()
        keys = [r[1] for r in db.execute("PRAGMA table_info(audit)") if r[5]]
        indexed = {
            db.execute(f"PRAGMA index_info('{r[1]}')").fetchone()[2] for r in db.execute("PRAGMA index_list(audit)")
        }
    assert count == ids == len(result.verdicts) and checked == 1
    assert keys == ["id"] and {"status", "indicator", "basis"} <= indexed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.sqlite"]


def test_sqlite_update_deletes_rows_the_audit_no_longer_has(tmp_path: Path) -> None:
    """A row the new audit lacks is deleted; the others are updated in place."""
    result = policydiff.audit(seed("national-2022"), seed("national-2023"))
    path = tmp_path / "audit.sqlite"
    result.to_sqlite(path)
    fewer = attrs.evolve(result, verdicts=result.verdicts[1:], alignments=result.alignments[1:])
    fewer.to_sqlite(path)
    with sqlite3.connect(path) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM audit ORDER BY position")]
    assert ids == [v.commitment.id for v in result.verdicts[1:]]


def test_sqlite_rebuilds_a_keyless_table_of_an_older_version(tmp_path: Path) -> None:
    """A database an older version wrote (no key, no basis) gets its key and new columns, rows kept once."""
    result = policydiff.audit(seed("national-2022"), seed("national-2023"))
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE audit (id TEXT, status TEXT, note TEXT)")
        db.executemany("INSERT INTO audit VALUES (?, 'met', 'x')", [(v.commitment.id,) for v in result.verdicts] * 2)
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('schema', 'policydiff.audit/1')")
    result.to_sqlite(path)
    with sqlite3.connect(path) as db:
        count, notes, bases = db.execute("SELECT count(*), count(note), count(basis) FROM audit").fetchone()
        keys = [r[1] for r in db.execute("PRAGMA table_info(audit)") if r[5]]
    assert count == notes == bases == len(result.verdicts) and keys == ["id"]


def test_sqlite_refuses_a_database_it_did_not_write(tmp_path: Path) -> None:
    """Another program's table named audit, or a corpus database, is never overwritten by an audit."""
    result = policydiff.audit(seed("national-2022"), seed("national-2023"))
    path = tmp_path / "theirs.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE audit (x TEXT)")
    with pytest.raises(OutputError, match="policydiff did not write"):
        result.to_sqlite(path)
    corpus = tmp_path / "corpus.sqlite"
    Corpus(audits=(result,)).to_sqlite(corpus)
    with pytest.raises(OutputError, match=r"holds a policydiff\.corpus/1 database"):
        result.to_sqlite(corpus)
    with sqlite3.connect(path) as db:
        assert [r[1] for r in db.execute("PRAGMA table_info(audit)")] == ["x"]


def test_corpus_sqlite_is_typed_and_keyed_to_its_pairs(corpus_of_seeds: Corpus, tmp_path: Path) -> None:
    """Corpus tables: pairs keyed by pair with plan_year an integer; every row's pair references one; written
    twice, each row once."""
    path = tmp_path / "corpus.sqlite"
    corpus_of_seeds.to_sqlite(path)
    corpus_of_seeds.to_sqlite(path)
    with sqlite3.connect(path) as db:
        count, ids = db.execute("SELECT count(*), count(DISTINCT id) FROM audit").fetchone()
        years = {
            r[0] for r in db.execute("SELECT typeof(plan_year) FROM pairs UNION SELECT typeof(plan_year) FROM audit")
        }
        links = [(r[2], r[3], r[4]) for r in db.execute("PRAGMA foreign_key_list(audit)")]
        orphans = db.execute("SELECT count(*) FROM audit WHERE pair NOT IN (SELECT pair FROM pairs)").fetchone()[0]
        pairs = db.execute("SELECT count(*) FROM pairs").fetchone()[0]
    assert count == ids == len(corpus_of_seeds.rows) and pairs == len(corpus_of_seeds.audits)
    assert years == {"integer"} and links == [("pairs", "pair", "pair")] and orphans == 0


def test_datasette_metadata_beside_the_database(tmp_path: Path, run_cli: CliRun) -> None:
    """--datasette writes metadata.json beside the database with facets on status and basis, keeping the
    entries of other databases; a metadata.json that is not JSON is refused before any work."""
    (tmp_path / "metadata.json").write_text('{"databases": {"other": {"title": "kept"}}}', encoding="utf-8")
    out = tmp_path / "audit.sqlite"
    args = ("audit", seed("national-2022"), seed("national-2023"), "--format", "sqlite", "-o", str(out))
    code, _, _ = run_cli(*args, "--datasette")
    assert code == 0
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    table = meta["databases"]["audit"]["tables"]["audit"]
    assert {"status", "basis"} <= set(table["facets"]) and table["sort"] == "position"
    assert meta["databases"]["other"] == {"title": "kept"}
    (tmp_path / "metadata.json").write_text("not json", encoding="utf-8")
    out.unlink()
    code, _, err = run_cli(*args, "--datasette")
    assert code == 2 and "is not JSON metadata" in err and not out.exists()
    code, _, err = run_cli("audit", seed("national-2022"), seed("national-2023"), "--datasette")
    assert code == 2 and "--datasette describes an SQLite database" in err


# -- the corpus page ------------------------------------------------------------------------------------------


def test_corpus_page_links_each_pair_to_its_audit(corpus_of_seeds: Corpus) -> None:
    """corpus --format html: one page, a row per pair linking to that pair's audit on the page, every row there."""
    page = corpus_of_seeds.to_html()
    pairs = corpus_of_seeds.to_dict()["pairs"]
    links = re.findall(r'<tr><td><a href="#([^"]+)">', page)
    assert links == [anchor(p) for p in pairs] and len(set(links)) == len(pairs)
    for target in links:
        assert f'<section class="pair" id="{target}">' in page
    assert page.count('<details class="row"') == len(corpus_of_seeds.rows)
    assert page.count("<script>") == 1 and "https://" not in page
