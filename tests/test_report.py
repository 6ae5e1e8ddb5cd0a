"""The report stage on the real national 2022 -> 2023 audit: rows, summary, DataFrame, CSV, Markdown, HTML,
SQLite, and atomic writing."""

from __future__ import annotations

import base64
import hashlib
import io
import math
import os
import re
import sqlite3
import stat
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pandas as pd
import pytest

import policydiff
from policydiff.model import Status
from policydiff.output import write_atomic
from policydiff.report import COLUMNS, FORMATS, SCHEMA, Audit, number

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PLAN = SEEDS / "national-2022.txt"
REVIEW = SEEDS / "national-2023.txt"
VOID_TAGS = frozenset({"meta", "link", "br", "hr", "img", "input", "wbr"})


@pytest.fixture(scope="module")
def audit() -> Audit:
    """The audit of the national 2022 plan against the 2023 report."""
    return policydiff.audit(PLAN, REVIEW)


def with_commitment_text(audit: Audit, index: int, text: str) -> Audit:
    """The audit with one commitment's text replaced (to see how writers treat awkward characters)."""
    verdicts = list(audit.verdicts)
    v = verdicts[index]
    verdicts[index] = attrs.evolve(v, commitment=attrs.evolve(v.commitment, text=text))
    return attrs.evolve(audit, verdicts=tuple(verdicts))


def only(audit: Audit, status: Status) -> Audit:
    """The audit restricted to the verdicts of one status."""
    keep = [i for i, v in enumerate(audit.verdicts) if v.status is status]
    return attrs.evolve(
        audit,
        verdicts=tuple(audit.verdicts[i] for i in keep),
        alignments=tuple(audit.alignments[i] for i in keep),
    )


class TagBalance(HTMLParser):
    """Checks that every non-void element is closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID_TAGS:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


# -- summary and number --------------------------------------------------------------------------------------


def test_summary_counts_add_up(audit: Audit) -> None:
    """The four status counts add up to the total, which is the number of verdicts and of rows."""
    s = audit.summary
    assert list(s) == ["met", "missed", "carried_over", "not_mentioned", "total"]
    assert sum(s[st.value] for st in Status) == s["total"] == len(audit.verdicts) == len(audit.rows)
    assert s["met"] == sum(v.status is Status.MET for v in audit.verdicts)


def test_summary_line_carries_the_counts(audit: Audit) -> None:
    """summary_line() states the total then each status's count in the fixed order."""
    s = audit.summary
    assert audit.summary_line() == (
        f"{s['total']} commitments: {s['met']} met, {s['missed']} missed, "
        f"{s['carried_over']} carried_over, {s['not_mentioned']} not_mentioned"
        "; 9 met: 7 by figure, 1 by derived, 1 by claim; 1 missed: 1 by figure"
    )


def test_summary_has_every_status_even_when_absent(audit: Audit) -> None:
    """An audit with only met verdicts still reports 0 for the other statuses."""
    s = only(audit, Status.MET).summary
    assert s["met"] == s["total"] > 0
    assert s["missed"] == s["carried_over"] == s["not_mentioned"] == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12000000.0, 12000000),
        (5.5, 5.5),
        (0.1 + 0.2, 0.3),
        (1.3e12, 1300000000000),
        (-2.5, -2.5),
        (None, None),
        (math.nan, None),
    ],
)
def test_number_makes_values_printable(value: float | None, expected: float | int | None) -> None:
    """number() gives integral floats as int, rounds float noise to 10 significant digits and maps NaN to None."""
    got = number(value)
    assert got == expected
    assert type(got) is type(expected)


# -- rows ----------------------------------------------------------------------------------------------------


def test_rows_have_exactly_the_columns(audit: Audit) -> None:
    """Every row dict has the keys of COLUMNS in that order."""
    assert audit.rows
    assert all(tuple(r) == COLUMNS for r in audit.rows)


def test_rows_follow_plan_order(audit: Audit) -> None:
    """Rows come in the order of the commitments in the plan text."""
    starts = [r["plan_span"][0] for r in audit.rows]
    assert starts == sorted(starts)


def test_evidence_source_tells_review_from_next_plan(audit: Audit) -> None:
    """A row's evidence_source is next_plan for carried_over, review for met or missed, empty without evidence."""
    for r in audit.rows:
        expected = {"carried_over": "next_plan", "met": "review", "missed": "review"}.get(r["status"])
        assert r["evidence_source"] == (expected if r["evidence"] is not None else None)


# -- DataFrame -----------------------------------------------------------------------------------------------


def test_frame_has_the_columns_and_a_row_per_commitment(audit: Audit) -> None:
    """to_frame() has the columns of COLUMNS and one row per verdict, in the same order as rows."""
    df = audit.to_frame()
    assert tuple(df.columns) == COLUMNS
    assert len(df) == audit.summary["total"]
    assert df["id"].tolist() == [r["id"] for r in audit.rows]


def test_frame_dtypes_are_sensible(audit: Audit) -> None:
    """Numbers are float64, text columns are strings, and the employment target reads 1.1e7."""
    df = audit.to_frame()
    for col in ("target_value", "actual_value", "margin", "confidence"):
        assert df[col].dtype == "float64", col
    for col in ("id", "status", "indicator", "commitment", "reason"):
        assert pd.api.types.is_string_dtype(df[col]), col
    assert df.loc[df.target_text == "1100万人以上", "target_value"].tolist() == [11000000.0]
    assert set(df["status"]) <= {s.value for s in Status}


def test_frame_numbers_stay_numeric_without_any_actual(audit: Audit) -> None:
    """With no row having an actual value (all not_mentioned) actual_value and margin are still float64."""
    df = only(audit, Status.NOT_MENTIONED).to_frame()
    assert len(df) > 0
    assert df["actual_value"].isna().all()
    assert df["actual_value"].dtype == df["margin"].dtype == "float64"


# -- CSV and Markdown ----------------------------------------------------------------------------------------


def test_csv_round_trips_through_pandas(audit: Audit) -> None:
    """pandas.read_csv of to_csv() gives the same columns, rows, ids, statuses and target values."""
    back = pd.read_csv(io.StringIO(audit.to_csv()))
    df = audit.to_frame()
    assert tuple(back.columns) == COLUMNS
    assert len(back) == len(df)
    assert back["id"].tolist() == df["id"].tolist()
    assert back["status"].tolist() == df["status"].tolist()
    pd.testing.assert_series_equal(back["target_value"], df["target_value"], check_dtype=False)
    assert back["plan_span"].tolist() == [f"{s}:{e}" for s, e in df["plan_span"]]


def test_csv_quotes_commas_and_newlines(audit: Audit) -> None:
    """A commitment holding a comma, a quote and a newline survives the CSV round trip."""
    awkward = '新建"公厕",10座\n充电桩1000个'
    back = pd.read_csv(io.StringIO(with_commitment_text(audit, 0, awkward).to_csv()))
    assert back.loc[0, "commitment"] == awkward
    assert len(back) == audit.summary["total"]


def test_markdown_escapes_pipes_and_newlines(audit: Audit) -> None:
    """A pipe in a cell is escaped and a newline becomes a space, so each row stays one table line."""
    md = with_commitment_text(audit, 0, "甲|乙\n丙").to_markdown()
    lines = md.splitlines()
    assert lines[0] == f"**{audit.summary_line()}**"
    assert sum(line.startswith("|") for line in lines) == audit.summary["total"] + 2
    assert "甲\\|乙 丙" in md


# -- HTML ----------------------------------------------------------------------------------------------------


def test_html_is_well_formed_and_self_contained(audit: Audit) -> None:
    """to_html() is one balanced HTML document: inline CSS and one inline script, no link, image, frame or URL."""
    page = audit.to_html()
    parser = TagBalance()
    parser.feed(page)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert page.startswith("<!DOCTYPE html>")
    assert parser.tags.count("style") == 1 and parser.tags.count("script") == 1
    assert "<script>" in page and "<script src" not in page
    assert not {"link", "img", "iframe", "object", "embed"} & set(parser.tags)
    assert "http://" not in page and "https://" not in page and "url(" not in page and "@import" not in page


def test_html_policy_allows_only_its_own_style_and_script(audit: Audit) -> None:
    """The Content-Security-Policy forbids every fetch and names the page's style and script by their hashes."""
    page = audit.to_html()
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy is not None and policy[1].startswith("default-src 'none';")
    style = page[page.index("<style>") + 7 : page.index("</style>")]
    script = page[page.index("<script>") + 8 : page.index("</script>")]
    for text in (style, script):
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in policy[1]


def test_html_shows_the_summary_split_by_basis_first(audit: Audit) -> None:
    """Before the first row the page states the total, each status's count split by basis, and a bar of them."""
    page = audit.to_html()
    head = page[: page.index('<details class="row"')]
    assert f"{audit.summary['total']} commitments" in head
    for status, bases in audit.by_basis.items():
        split = ", ".join(f"{n} by {b}" for b, n in bases.items())
        assert f">{status}</span> {audit.summary[status]}{': ' + split if split else ''}</li>" in head
    assert "9: 7 by figure, 1 by derived, 1 by claim" in head
    widths = [float(w) for w in re.findall(r'<rect x="[\d.]+" y="0" width="([\d.]+)"', head)]
    assert len(widths) == sum(map(len, audit.by_basis.values())) and sum(widths) == pytest.approx(1000, abs=0.1)


def test_html_row_opens_to_figures_reason_and_quotes_in_context(audit: Audit) -> None:
    """The employment row: met, figure, the worded figures; it opens to the reason and both quotes marked in
    their paragraphs, with the figures highlighted."""
    page = audit.to_html()
    [row] = [r for r in audit.rows if r["target_text"] == "1100万人以上"]
    start = page.index(f'<details class="row" id="{row["id"]}"')
    card = page[start : page.index("</details>", start)]
    assert 'data-status="met"' in card and 'data-basis="figure"' in card
    summary = card[card.index("<summary") : card.index("</summary>")]
    for text in (">met</span>", ">figure</span>", "1100万人以上", "1206万人", row["indicator"]):
        assert text in summary, text
    for text in (escape(row["reason"]), "12,060,000 人", row["section"], row["evidence_section"]):
        assert text in card, text
    assert '<mark><span class="num">1206万</span>人</mark>' in card.replace("城镇新增就业", "")
    review = REVIEW.read_text(encoding="utf-8")
    start, _end = row["evidence_span"]
    before = review[max(review.rfind("\n", 0, start) + 1, start - 20) : start]
    assert escape(before[-8:]) in re.sub(r"<[^>]+>", "", card)  # the paragraph around the evidence is shown
    assert "characters {}–{}".format(*row["plan_span"]) in card


def test_html_has_one_row_per_commitment_in_order(audit: Audit) -> None:
    """Rows appear once each, in the audit's order, numbered from 1."""
    page = audit.to_html()
    positions = [page.index(f'id="{r["id"]}"') for r in audit.rows]
    assert positions == sorted(positions)
    assert page.count('<details class="row"') == len(audit.rows)
    assert re.findall(r'data-position="(\d+)"', page) == [str(i) for i in range(1, len(audit.rows) + 1)]


def test_html_offers_filters_by_status_basis_and_section(audit: Audit) -> None:
    """The filter form (shown by the script) has a select for status, basis and section, and a search box."""
    page = audit.to_html()
    form = page[page.index('<form id="controls" hidden>') : page.index("</form>")]
    for name in ("status", "basis", "section"):
        assert f'<select name="{name}">' in form
    assert 'name="q"' in form
    for section in {r["section"] for r in audit.rows}:
        assert f'<option value="{escape(section)}">' in form


def test_html_escapes_report_text(audit: Audit) -> None:
    """Text from the report is escaped: a commitment holding markup shows as text, never as a tag."""
    markup = '<script>alert("x")</script>&'
    verdicts = list(audit.verdicts)
    verdicts[0] = attrs.evolve(verdicts[0], commitment=attrs.evolve(verdicts[0].commitment, indicator=markup))
    page = attrs.evolve(audit, verdicts=tuple(verdicts)).to_html()
    assert page.count("<script>") == 1  # the page's own
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;" in page


def test_html_is_a_render_format(audit: Audit) -> None:
    """'html' is one of FORMATS and render('html') is to_html()."""
    assert "html" in FORMATS
    assert audit.render("html") == audit.to_html()


# -- SQLite --------------------------------------------------------------------------------------------------


def test_sqlite_has_audit_and_meta_tables(audit: Audit, tmp_path: Path) -> None:
    """to_sqlite() writes an audit table with the columns of COLUMNS, one row per commitment, and a meta table."""
    path = tmp_path / "audit.sqlite"
    audit.to_sqlite(path)
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = tuple(r[1] for r in db.execute("PRAGMA table_info(audit)"))
        count = db.execute("SELECT count(*) FROM audit").fetchone()[0]
        meta = dict(db.execute("SELECT key, value FROM meta"))
    assert tables == {"audit", "meta"}
    assert columns == (*COLUMNS, "position")
    assert count == audit.summary["total"]
    assert meta["schema"] == SCHEMA
    assert (meta["plan_path"], meta["plan_year"], meta["review_report_year"]) == (str(PLAN), "2022", "2023")
    assert meta["plan_government"] == meta["review_government"] == "国务院"
    assert int(meta["summary_total"]) == count


def test_sqlite_rows_match_the_audit(audit: Audit, tmp_path: Path) -> None:
    """The audit table holds the rows' values: numbers as REAL, spans as 'start:end', missing values as NULL."""
    path = tmp_path / "audit.sqlite"
    audit.to_sqlite(path)
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        stored = [dict(r) for r in db.execute("SELECT * FROM audit ORDER BY position")]
    assert [r["id"] for r in stored] == [r["id"] for r in audit.rows]
    for got, row in zip(stored, audit.rows, strict=True):
        assert got["status"] == row["status"]
        assert got["plan_span"] == "{}:{}".format(*row["plan_span"])
        assert got["evidence_span"] == ("{}:{}".format(*row["evidence_span"]) if row["evidence_span"] else None)
        assert got["target_value"] == row["target_value"]
        assert got["actual_value"] == row["actual_value"]
    [met] = [r for r in stored if r["target_text"] == "1100万人以上"]
    assert met["target_value"] == 11000000.0 and isinstance(met["target_value"], float)


def test_sqlite_replaces_an_existing_database_whole(audit: Audit, tmp_path: Path) -> None:
    """Writing twice to the same path leaves one audit's rows, not two, and no temporary file."""
    path = tmp_path / "audit.sqlite"
    audit.to_sqlite(path)
    audit.to_sqlite(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == audit.summary["total"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.sqlite"]


def test_sqlite_failure_leaves_no_file(audit: Audit, tmp_path: Path) -> None:
    """When the database cannot be put in place (the path is a directory) the error propagates, nothing is left."""
    target = tmp_path / "taken"
    target.mkdir()
    with pytest.raises(OSError):
        audit.to_sqlite(target)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["taken"]


# -- write_atomic --------------------------------------------------------------------------------------------


def test_write_atomic_writes_utf8_exactly(tmp_path: Path, audit: Audit) -> None:
    """write_atomic() writes the text byte for byte as UTF-8, newlines untranslated, and no temporary file."""
    path = tmp_path / "audit.csv"
    content = audit.to_csv() + "行尾\r\n"
    write_atomic(path, content)
    assert path.read_bytes() == content.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["audit.csv"]


def test_write_atomic_failure_keeps_the_old_file_and_no_temp(tmp_path: Path) -> None:
    """A write that fails midway (unencodable text) leaves the old file as it was and no temporary file."""
    path = tmp_path / "audit.csv"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "a" * 100_000 + "\ud800")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.csv"]


def test_write_atomic_onto_a_directory_leaves_no_temp(tmp_path: Path) -> None:
    """When the rename fails (the target is a directory) the temporary file is removed."""
    (tmp_path / "out").mkdir()
    with pytest.raises(OSError):
        write_atomic(tmp_path / "out", "text")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_written_files_get_ordinary_permissions(tmp_path: Path, audit: Audit) -> None:
    """New output files get the mode open() would give (0666 less the umask), not mkstemp's private 0600."""
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "audit.csv", "x\n")
        audit.to_sqlite(tmp_path / "audit.sqlite")
    finally:
        os.umask(umask)
    for name in ("audit.csv", "audit.sqlite"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_write_atomic_keeps_the_mode_of_a_replaced_file(tmp_path: Path) -> None:
    """Replacing an existing file keeps that file's permission bits."""
    path = tmp_path / "audit.csv"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == "new\n"
