"""Derived outcomes: the arithmetic a fact-checker does when no single statement reports on a commitment.

Each case is the real pair's wording (Shanghai 2022/23, national 2022/23, Hubei and Fujian 2025/26), cut to the
sentences that matter, with a counter-case the derivation must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import mini_report, seed
from policydiff.model import Comparator, Status
from policydiff.nextplan import current_levels
from policydiff.parse import parse
from policydiff.pipeline import audit, read


def verdicts(
    plan: str, review: str, *, last_year: str = "全年地区生产总值增长5%。", year: int = 2025
) -> list[tuple[Status, str]]:
    """(status, reason) of each commitment of ``plan`` (report ``year``); ``last_year`` is its own review."""
    plan_doc = parse(mini_report(plan, review=last_year, year=year))
    review_doc = parse(mini_report("全年地区生产总值增长5%左右。", review=review, year=year + 1))
    result = audit(plan_doc, review_doc)
    return [(v.status, v.reason) for v in result.verdicts]


@pytest.mark.parametrize(("done", "status"), [("5.2万户", Status.MET), ("4.6万户", Status.MISSED)])
def test_goal_decides_the_addition_that_completes_it(done: str, status: Status) -> None:
    """再推动1万户…实现五万户的目标: 5.2万户 done means 1.2万户 added (met); 4.6万户 means 0.6万户 (missed)."""
    got = verdicts("再推动1万户农民相对集中居住，实现五万户的集中居住目标。", f"五年来，完成农民相对集中居住{done}。")
    assert got[0][0] is status and "goal" in got[0][1]


def test_sum_of_parts_named_in_one_sentence() -> None:
    """退税减税约2.5万亿元 <- 留抵退税超过2.4万亿元 + 减税降费超过1万亿元 = more than 3.4万亿元."""
    ((status, reason),) = verdicts(
        "预计全年退税减税约2.5万亿元。", "全年增值税留抵退税超过2.4万亿元，新增减税降费超过1万亿元。"
    )
    assert status is Status.MET and "2.4万亿元 + 1万亿元 = 3.4万亿元" in reason


def test_lower_bound_below_a_floor_decides_nothing() -> None:
    """Parts that only say 超过 and add up to less than the target do not show it was missed."""
    ((status, _),) = verdicts(
        "预计全年退税减税约2.5万亿元。", "全年增值税留抵退税超过1万亿元，新增减税降费超过1万亿元。"
    )
    assert status is Status.NOT_MENTIONED


def test_change_of_a_stock_between_two_reports() -> None:
    """新增2—3家 <- 7家 this year - 6家 in last year's report = 1家: missed."""
    ((status, reason),) = verdicts(
        "力争新增2—3家地方国企进入中国企业500强。",
        "7家地方国企进入中国企业500强。",
        last_year="省联投、省交投、省文旅集团等6家地方国企进入中国企业500强。",
    )
    assert status is Status.MISSED and "7家 (this report) - 6家 (last year's report) = 1家" in reason


def test_amounts_done_are_not_stocks() -> None:
    """建成90个示范村 over five years minus 建成32个 in one year is no year's addition."""
    ((status, _),) = verdicts(
        "新建19个乡村振兴示范村。", "五年来，建成90个乡村振兴示范村。", last_year="建成32个乡村振兴示范村。"
    )
    assert status is Status.NOT_MENTIONED


def test_growth_from_two_levels() -> None:
    """增长5.5%左右 <- 4.45万亿元 / 4.32万亿元 - 1 = 3.01% (nominal): missed; the exact baseline is used, not
    the 突破4万亿元 bound beside it."""
    ((status, reason),) = verdicts(
        "全市生产总值增长5.5%左右。",
        "全市生产总值突破4万亿元大关，2022年预计达到4.45万亿元。",
        last_year="全市生产总值突破4万亿元大关，达到4.32万亿元，增长8.1%。",
        year=2022,  # shanghai-municipality-2022 -> 2023
    )
    assert status is Status.MISSED and "3.01%" in reason and "nominal" in reason


def test_growth_from_a_bound_decides_nothing() -> None:
    """突破500亿元 is only a lower bound: against 517亿元 it cannot show a 3% rise was missed."""
    ((status, _),) = verdicts(
        "地方一般公共预算收入增长3%左右。",
        "地方一般公共预算收入突破500亿元。",
        last_year="地方一般公共预算收入517亿元。",
    )
    assert status is Status.NOT_MENTIONED


@pytest.mark.parametrize(("target", "status"), [("511万吨", Status.MET), ("520万吨", Status.NOT_MENTIONED)])
def test_grew_on_a_baseline_above_the_target(target: str, status: Status) -> None:
    """粮食…总产连续6年增长 on last year's 514.4万吨: above 511万吨 (met); says nothing about 520万吨."""
    got = verdicts(
        f"粮食产量{target}以上。",
        "粮食播种面积、单产、总产连续6年增长。",
        last_year="粮食播种面积1266.6万亩、产量514.4万吨。",
    )
    assert got[0][0] is status


def test_increase_of_a_level_between_two_reports() -> None:
    """再提高30元 <- 610元 this year - 580元 last year = 30元: met. (National 2022/23 states only the 610元; the
    580元 is in neither report, so there the row stays not_mentioned.)"""
    ((status, reason),) = verdicts(
        "城乡居民医保人均财政补助标准再提高30元。",
        "城乡居民医保人均财政补助标准提高到610元。",
        last_year="城乡居民医保人均财政补助标准达到580元。",
    )
    assert status is Status.MET and "610元 (this report) - 580元 (last year's report) = 30元" in reason


def test_a_level_is_not_an_increase() -> None:
    """再提高5元 is a change: the level 84元 alone does not decide it (it used to read 84元 ≥ 5元)."""
    ((status, _),) = verdicts(
        "基本公共卫生服务经费人均财政补助标准再提高5元。", "基本公共卫生服务经费人均财政补助标准提高到84元。"
    )
    assert status is Status.NOT_MENTIONED


def test_derived_rows_cite_last_years_figure_in_the_plan_file() -> None:
    """Hubei 2025/26, real reports: the 500强 row shows 7家 from the review and 6家 from the plan file, each
    with offsets that cut its quote out of its own file."""
    from helpers import seed
    from policydiff.load import load

    result = audit(seed("hubei-province-2025"), seed("hubei-province-2026"))
    (row,) = [r for r in result.rows if "500强" in r["commitment"]]
    assert (row["status"], row["actual_value"], row["actual_unit"]) == ("missed", 1, "家")
    plan_text, _ = load(seed("hubei-province-2025"))
    review_text, _ = load(seed("hubei-province-2026"))
    assert "6家地方国企进入中国企业500强" in row["baseline"]
    assert plan_text[slice(*row["baseline_span"])] == row["baseline"]
    assert review_text[slice(*row["evidence_span"])] == row["evidence"]
    assert all(r["baseline"] is None for r in result.rows if not r["reason"].startswith("derived"))


def test_growth_too_close_to_call_from_rounded_levels() -> None:
    """旅游收入增长20% <- 38亿元 / 31.8亿元 - 1 = 19.5%, but 38亿 may be 37.5-38.5亿: 17.7%-21.3% does not
    decide a 20% target (Hailaer 2012/13)."""
    ((status, reason),) = verdicts("旅游收入增长20%。", "旅游收入达到38亿元。", last_year="旅游收入达到31.8亿元。")
    assert status is Status.NOT_MENTIONED and "17.7% to 21.3%" in reason


def test_lower_bound_is_shown_as_one() -> None:
    """A sum of 超过 parts is written "or more", and the row's actual_comparator is >=."""
    plan_doc = parse(mini_report("预计全年退税减税约2.5万亿元。", year=2025))
    review_doc = parse(
        mini_report(
            "全年地区生产总值增长5%左右。",
            review="全年增值税留抵退税超过2.4万亿元，新增减税降费超过1万亿元。",
            year=2026,
        )
    )
    (row,) = audit(plan_doc, review_doc).rows
    assert "3.4万亿元 or more" in row["reason"] and row["actual_comparator"] == ">="


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        ("national-2015", {"2.1%", "55元", "320元", "35元"}),
        ("national-2013", {"240元", "25元"}),
        ("xizang-province-2026", {"380元"}),
    ],
)
def test_current_levels_are_the_baselines_of_next_years_plan(name: str, figures: set[str]) -> None:
    """The figures report N+1's plan raises from (由每人每年320元提高到380元, 赤字率从去年的2.1%提高到2.3%) are read as
    levels at the end of year N; the raised figures themselves are not among them."""
    found = {o.quantity.text for o in current_levels(read(seed(name))) if o.quantity}
    assert found == figures


def test_plan_share_decides_the_amounts_it_names() -> None:
    """Jiangxi 2025/26: 城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57% decides 城镇新增就业41万人
    (48.462万人) and 新增发放创业担保贷款160亿元 (397.712亿元); the unemployment-rate cap is no amount."""
    result = audit(seed("jiangxi-province-2025"), seed("jiangxi-province-2026"))
    by_text = {r["commitment"]: r for r in result.rows}
    jobs, loans = by_text["城镇新增就业41万人"], by_text["新增发放创业担保贷款160亿元"]
    assert (jobs["status"], round(jobs["actual_value"])) == ("met", 484620)
    assert (loans["status"], round(loans["actual_value"])) == ("met", 39771200000)
    assert "plan-share" not in by_text["城镇调查失业率5.5%左右"]["reason"]


def test_growth_from_a_level_a_five_year_review_crossed() -> None:
    """外贸进出口总额增长10%左右 (gansu 2025) <- 外贸进出口总值首次突破700亿元 (the 2026 report's five-year review: the
    level at the period's end) over 外贸进出口额615.4亿元 (the 2025 report): at least 13.7%, met."""
    result = audit(seed("gansu-province-2025"), seed("gansu-province-2026"))
    found = [
        (a, v)
        for a, v in zip(result.alignments, result.verdicts, strict=True)
        if "外贸进出口总额增长" in a.commitment.text
    ]
    assert found
    alignment, verdict = found[0]
    assert alignment.derived is not None and alignment.derived.comparator is Comparator.GE
    assert verdict.status is Status.MET and "700亿元 (this report) / 615.4亿元" in verdict.reason


def test_a_level_held_through_the_years_gives_no_growth() -> None:
    """粮食产量稳定在560亿斤 in a five-year look back is held through the years, not the level at the period's end:
    no growth is worked out from it."""
    got = verdicts(
        "粮食产量增长2%。",
        "五年来，粮食产量稳定在560亿斤。",
        last_year="全年粮食产量540亿斤。",
    )
    assert got[0][0] is Status.NOT_MENTIONED


def test_growth_from_a_level_a_five_year_review_reached() -> None:
    """五年来…粮食产量达到560亿斤 over last year's 540亿斤: the level reached at the period's end is the year's."""
    ((status, reason),) = verdicts(
        "粮食产量增长2%。", "五年来，粮食产量达到560亿斤。", last_year="全年粮食产量540亿斤。"
    )
    assert status is Status.MET and "560亿斤 (this report) / 540亿斤" in reason


def test_change_of_a_stock_named_with_its_flow_word_after_it() -> None:
    """保护性耕作面积新增200万亩 <- 达到4179万亩 - last year's 保护性耕作推广面积达到3800万亩 = 379万亩: met (Jilin
    2025/26); the flow word after the measure and the filler word 推广 leave one series."""
    ((status, reason),) = verdicts(
        "保护性耕作面积新增200万亩。",
        "保护性耕作面积达到4179万亩，实现适宜区全覆盖。",
        last_year="保护性耕作推广面积达到3800万亩。",
    )
    assert status is Status.MET and "4179万亩 (this report) - 3800万亩 (last year's report) = 379万亩" in reason


def test_change_of_a_stock_under_another_kind_of_area_is_not_derived() -> None:
    """保护性耕作面积新增200万亩 against last year's 保护性耕作示范面积 (a part, not the filler 推广): no change."""
    ((status, _),) = verdicts(
        "保护性耕作面积新增200万亩。",
        "保护性耕作面积达到4179万亩，实现适宜区全覆盖。",
        last_year="保护性耕作示范面积达到3800万亩。",
    )
    assert status is Status.NOT_MENTIONED


@pytest.mark.parametrize(("target", "status"), [("1亿亩", Status.MET), ("1.1亿亩", Status.NOT_MENTIONED)])
def test_an_addition_says_a_level_above_the_target_grew(target: str, status: Status) -> None:
    """稳定在1亿亩以上 <- last year's 突破1亿亩 and the review's 新增…536万亩: still above (Heilongjiang 2025/26);
    a target above last year's level is not decided by an addition of unknown net effect."""
    got = verdicts(
        f"绿色有机食品基地面积稳定在{target}以上。",
        "新增绿色有机食品基地面积536万亩、农产品质量安全追溯面积800万亩。",
        last_year="绿色有机食品基地面积突破1亿亩，居全国首位。",
    )
    assert got[0][0] is status


@pytest.mark.parametrize(("raised", "status"), [("2700亿元", Status.MET), ("2200亿元", Status.MISSED)])
def test_change_over_last_year_beside_its_level(raised: str, status: Status) -> None:
    """比上年增加1500亿元 beside 13500亿元 (national 2014/15): last year's 12000亿元 is the plan's own; next year's
    1.62万亿元 less 2700亿元 gives 13500亿元, an increase of 1500亿元 (met); less 2200亿元, 2000亿元 (missed)."""
    plan_doc = parse(
        mini_report(
            "今年拟安排财政赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元，由中央代地方发债4000亿元。",
            year=2014,
        )
    )
    review_doc = parse(
        "各位代表：\n一、2014年工作回顾\n全年国内生产总值增长7.4%。\n二、2015年工作总体部署\n"
        f"今年拟安排财政赤字1.62万亿元，比去年增加{raised}，赤字率从去年的2.1%提高到2.3%。\n"
    )
    verdicts_ = {v.commitment.quantity.text: v for v in audit(plan_doc, review_doc).verdicts if v.commitment.quantity}
    change = verdicts_["1500亿元"]
    assert change.status is status and "level-change" in change.reason
