"""policydiff targets: each plan target of one report beside last year's outcome from the same report's review.

The table below is enshi-city-2024.txt read by hand: the plan quote, the target, the review's figure for the
same indicator (checked in the review part of the same file) and where the target stands against it.
"""

from __future__ import annotations

import json

import pytest

from helpers import seed
from policydiff.cli import main
from policydiff.pipeline import read
from policydiff.targets import Ambition, Position, targets

ABOVE, AT, BELOW = Position.ABOVE, Position.AT, Position.BELOW

#: (words of the plan quote, target as written, last year's figure as written, position)
ENSHI = [
    # the three examples
    ("新建高标准农田", "5万亩", "6万亩", BELOW),
    ("亿元以上产业项目新签", "60个", "60个", AT),
    ("城镇新增就业", "7300人以上", "7351人", BELOW),
    # the main targets against last year's growth
    ("地区生产总值增长", "7.5%", "7.5%", AT),
    ("规模以上工业增加值增长", "10%", "12%", BELOW),
    ("一般公共预算收入增长", "7%", "9.7%", BELOW),
    ("社会消费品零售总额增长", "10%", "9.5%", ABOVE),
    ("服务业增加值增长", "7%", "7%", AT),
    ("人均可支配收入分别增长", "6%", "5.8%", ABOVE),  # 城镇, then 农村: one quote, two targets
    ("人均可支配收入分别增长", "8.3%", "8.2%", ABOVE),
    # task quotas
    ("争取中央、省预算内资金", "8亿元以上", "7.74亿元", ABOVE),
    ("新开工42个", "42个", "42个", AT),
    ("到位省外资金", "36亿元", "36亿元", AT),
    ("民间投资占比", "60%以上", "62%", BELOW),
    ("新增“规上”工业企业", "30家", "28家", ABOVE),
    ("新认定高新技术企业", "20家", "68家", BELOW),
    ("改造棚户区", "5个", "3个", ABOVE),
    ("老旧小区73个", "73个", "343个", BELOW),
    ("公厕10座", "10座", "77座", BELOW),
    ("充电桩1000个", "1000个", "805个", ABOVE),
    ("农业综合产值", "200亿元", "179亿元", ABOVE),
    ("空气质量优良天数比率", "96%以上", "95.3%", ABOVE),
    ("整治入河排污口", "19个", "86个", BELOW),
    ("进出口总额", "6000万美元", "6000万美元", AT),
    ("保障性租赁住房", "171套", "367套", BELOW),
]


@pytest.fixture(scope="module")
def enshi() -> Ambition:
    """Enshi's 2024 plan against its own review of 2023, computed once."""
    return targets(read(seed("enshi-city-2024")))


@pytest.mark.parametrize(("words", "target", "actual", "where"), ENSHI, ids=[f"{w}{t}" for w, t, _, _ in ENSHI])
def test_enshi_targets_against_last_year(
    enshi: Ambition, words: str, target: str, actual: str, where: Position
) -> None:
    """Each hand-checked Enshi target stands where the table says against last year's figure."""
    rows = [r for r in enshi.rows if words in r["plan_quote"] and r["target_text"] == target]
    assert len(rows) == 1, [r["plan_quote"] for r in enshi.rows if words in r["plan_quote"]]
    row = rows[0]
    assert (row["actual_text"], row["status"]) == (actual, where.value), row["review_quote"]
    text = read(seed("enshi-city-2024")).text
    assert text[slice(*row["plan_span"])] == row["plan_quote"]
    assert text[slice(*row["review_span"])] == row["review_quote"]


def test_a_target_without_an_outcome_has_no_baseline(enshi: Ambition) -> None:
    """接待游客2200万人次: the review gives no visitor count for 2023, so there is no baseline."""
    row = next(r for r in enshi.rows if r["target_text"] == "2200万人次")
    assert (row["status"], row["actual_value"], row["review_quote"]) == ("no_baseline", None, None)


def test_several_year_totals_are_never_a_baseline() -> None:
    """Hubei 2026 reviews five years: a five-year total (累计) is no baseline for one year's target."""
    result = targets(read(seed("hubei-province-2026")))
    assert not any("累计" in (r["review_quote"] or "") for r in result.rows)


def test_frame_and_summary(enshi: Ambition) -> None:
    """The DataFrame has a row per target and numeric figures; the summary counts every position."""
    frame = enshi.to_frame()
    assert len(frame) == enshi.summary["total"] == sum(enshi.summary[p.value] for p in Position)
    assert frame["difference"].dtype == "float64"


def test_cli_targets_json(capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff targets REPORT --format json: schema policydiff.targets/1, both quotes on each row."""
    assert main(["targets", seed("enshi-city-2024"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "policydiff.targets/1" and doc["report"]["government"] == "恩施市"
    row = next(r for r in doc["rows"] if r["plan_quote"] == "新建高标准农田5万亩")
    assert row["status"] == "below_last_actual" and row["review_quote"] == "新建高标准农田6万亩"
