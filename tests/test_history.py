"""policydiff history: one row per government, indicator and plan year over every consecutive pair, the
indicators chained across years as the audit aligns them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from helpers import SEEDS
from policydiff.cli import main
from policydiff.history import COLUMNS, History, basis, history
from policydiff.model import Status

#: The national reports bundled in seeds/ are 2012-2015 and 2021-2023: the plans of 2012, 2013, 2014, 2021 and
#: 2022 each have the next year's report to audit them.
NATIONAL_YEARS = [2012, 2013, 2014, 2021, 2022]


@pytest.fixture(scope="module")
def national() -> History:
    """Every series of the State Council's reports in seeds/."""
    return history([SEEDS], government="国务院")


def test_new_urban_jobs_is_one_national_series(national: History) -> None:
    """城镇新增就业 is one series over every auditable plan year, each target as the plan wrote it."""
    rows = [r for r in national.rows if r["indicator"] == "城镇新增就业"]
    assert [r["plan_year"] for r in rows] == NATIONAL_YEARS
    assert len({r["series"] for r in rows}) == 1
    assert [r["target_text"] for r in rows] == [
        "900万人以上",
        "900万人以上",
        "1000万人以上",
        "1100万人以上",
        "1100万人以上",
    ]
    assert [r["actual_value"] for r in rows[1:]] == [13100000, 13220000, 12690000, 12060000]
    assert all(r["status"] == "met" and r["basis"] == "figure" for r in rows[1:])


def test_the_growth_target_and_the_deficit_ratio_are_series_too(national: History) -> None:
    """GDP growth 7.5% (2012) to 5.5%左右 (2022) and the deficit ratio 1.5% to 2.8% are one series each."""
    by_name: dict[str, list[str]] = {}
    for r in national.rows:
        by_name.setdefault(r["indicator"], []).append(r["target_text"])
    assert by_name["国内生产总值增长"] == ["7.5％", "7.5%左右", "7.5%左右", "6%以上", "5.5%左右"]
    assert by_name["赤字率安排"] == ["1.5％左右", "2%左右", "2.1%", "3.2%左右", "2.8%左右"]


def test_a_year_worded_in_another_unit_breaks_no_series() -> None:
    """Hailaer's 新增就业 (人) runs 2012, 2013, 2015, 2016 though its 2014 plan counts 新增就业岗位5000个 (个)."""
    rows = history([SEEDS], government="海拉尔", indicator="新增城镇就业").rows
    jobs = [r for r in rows if r["target_unit"] == "人" and "再就业" not in r["commitment_indicator"]]
    assert [r["plan_year"] for r in jobs] == [2012, 2013, 2015, 2016]
    assert len({r["series"] for r in jobs}) == 1


def test_the_government_filter_reads_names_and_file_names() -> None:
    """--government takes the name the report states or a part of the file name."""
    by_file = history([SEEDS / "national-2022.txt", SEEDS / "national-2023.txt"], government="national")
    assert {r["government"] for r in by_file.rows} == {"国务院"}
    with pytest.raises(Exception, match="no report of a government named"):
        history([SEEDS / "national-2022.txt"], government="火星")


def test_basis_names_what_the_verdict_rests_on(national: History) -> None:
    """figure for a stated number, none for not_mentioned; every row has one of the six bases."""
    for e in national.entries:
        b = basis(e.verdict, e.alignment)
        assert b in ("figure", "derived", "claim", "qualitative", "next_plan", "none")
        assert (b == "none") == (e.verdict.status is Status.NOT_MENTIONED)


def test_frame_and_formats(national: History) -> None:
    """DataFrame, CSV and JSON hold the same rows; the HTML page draws an SVG chart per series."""
    frame = national.to_frame()
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(national.rows)
    assert frame["target_value"].dtype == "float64"
    assert len(list(csv.DictReader(io.StringIO(national.to_csv())))) == len(frame)
    page = national.to_html()
    assert page.count("<svg") == national.summary["series"] and "<polyline" in page


def test_cli_history_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff history PATH --indicator WORD --government NAME --format json: schema policydiff.history/1."""
    out = tmp_path / "history.json"
    args = ["history", str(SEEDS), "--indicator", "城镇新增就业", "--government", "国务院"]
    assert main([*args, "--format", "json", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "policydiff.history/1"
    keys = {"government", "plan_year", "indicator", "target_text", "target_value", "actual_value", "status", "evidence"}
    assert all(keys <= set(r) for r in doc["rows"])
    assert [r["plan_year"] for r in doc["rows"]] == NATIONAL_YEARS
    assert doc["rows"][-1]["evidence"] == "城镇新增就业1206万人"
    recent = [str(SEEDS / f"national-{year}.txt") for year in (2021, 2022, 2023)]
    assert main(["history", *recent, "--indicator", "城镇新增就业"]) == 0
    assert "1100万人以上" in capsys.readouterr().out
