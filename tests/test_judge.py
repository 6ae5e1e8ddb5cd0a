"""Judging: one rule per sense and comparator, qualitative completion, carry-over, no evidence."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import mini_report, seed
from policydiff.align import align
from policydiff.extract import clauses, extract
from policydiff.judge import RULES, Rule, decide, judge, target_rule
from policydiff.keys import match_key
from policydiff.model import Commitment, Comparator, Outcome, Sense, Status
from policydiff.parse import parse
from policydiff.pipeline import audit, read


def verdict(plan: str, review: str, next_plan: str = "新增就业50万人。") -> tuple[Status, str]:
    plan_doc = parse(mini_report(plan, year=2022))
    review_doc = parse(mini_report(next_plan, review=review, year=2023))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    (v,) = judge(align(commitments, outcomes, clauses(review_doc)))
    return v.status, v.reason


@pytest.mark.parametrize(
    ("plan", "review", "status"),
    [
        ("城镇新增就业1100万人以上。", "城镇新增就业1206万人。", Status.MET),
        ("城镇新增就业1100万人以上。", "城镇新增就业1000万人。", Status.MISSED),
        ("国内生产总值增长5.5%左右。", "全年国内生产总值增长5.3%。", Status.MET),  # within 95%
        ("国内生产总值增长5.5%左右。", "全年国内生产总值增长3%。", Status.MISSED),
        ("居民消费价格涨幅3%左右。", "居民消费价格上涨2%。", Status.MET),  # a cap
        ("城镇调查失业率5.5%以内。", "城镇调查失业率5.6%。", Status.MISSED),
        ("城镇调查失业率5.5%左右。", "城镇调查失业率5.7%。", Status.MET),  # within 105%
        ("固定资产投资增长5%左右。", "固定资产投资下降3.3%。", Status.MISSED),  # a decline is negative growth
        ("单位地区生产总值能耗降低2.5%左右。", "单位地区生产总值能耗降低3%。", Status.MET),  # a cut is a floor
        ("今年自治区财政科技投入再翻一番。", "财政科技投入实现翻番增长。", Status.MET),  # a doubling (Xizang 2025/26)
    ],
)
def test_rule_table(plan: str, review: str, status: Status) -> None:
    """met and missed follow the sense and comparator of the target."""
    assert verdict(plan, review)[0] is status


def test_reason_cites_both_figures() -> None:
    """The reason quotes the actual and the target as written, with the rule."""
    status, reason = verdict("城镇新增就业1100万人以上。", "城镇新增就业1206万人。")
    assert status is Status.MET and reason.startswith("review: 1206万人 ≥ target 1100万人以上")


def test_qualitative_completion_counts_as_met() -> None:
    """A review stating the deliverable was done (如期完成) makes it met, and says it is a claim."""
    status, _ = verdict("实施10大类55项民生实事。", "全年10大类55项民生实事项目如期完成。")
    assert status is Status.MET


def test_completion_claim_without_figure() -> None:
    """城镇新增就业超额完成全年任务 decides 城镇新增就业70万人以上 as met by claim."""
    status, reason = verdict("城镇新增就业70万人以上。", "城镇新增就业超额完成全年任务。")
    assert status is Status.MET and "claim" in reason


def test_not_mentioned_is_not_missed() -> None:
    """No evidence either way is not_mentioned, never missed."""
    assert verdict("新建公园120座。", "全年地区生产总值增长5%。")[0] is Status.NOT_MENTIONED


def test_carried_over() -> None:
    """The same named deliverable promised again next year is carried_over."""
    status, _ = verdict(
        "建好福州、厦门、泉州3个省级人工智能产业园。",
        "全年地区生产总值增长5%。",
        next_plan="加快建设福州、厦门、泉州省级人工智能产业园。",
    )
    assert status is Status.CARRIED_OVER


def test_every_sense_and_comparator_has_a_rule() -> None:
    """The rule table covers every combination, so no verdict can fall through."""
    assert {(s, c) for s in Sense for c in Comparator} == set(RULES)


def test_blanket_claim_about_named_list() -> None:
    """A blanket claim (十件民生实事全部如期完成) makes each item of that list met, saying it is a claim."""
    status, reason = verdict("用情用力做好民生实事。新建改建幼儿园20所。", "十件民生实事全部如期完成。")
    assert status is Status.MET and "blanket claim" in reason


def test_confidence_bands() -> None:
    """A figure-backed verdict is more confident than no evidence next to a near-miss candidate."""
    plan_doc = parse(mini_report("城镇新增就业1100万人以上。新建公园120座。", year=2022))
    review_doc = parse(mini_report("新增就业50万人。", review="城镇新增就业1206万人。", year=2023))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    met, absent = judge(align(commitments, outcomes))
    assert met.status is Status.MET and absent.status is Status.NOT_MENTIONED
    assert 0.75 <= met.confidence <= 0.99 and absent.confidence == 0.9


def test_flat_prices_meet_a_cap() -> None:
    """居民消费价格与上年持平 is a 0% rise, within a 2%左右 cap."""
    assert verdict("居民消费价格涨幅2%左右。", "居民消费价格与上年持平。")[0] is Status.MET


@pytest.mark.parametrize(
    ("plan", "status"),
    [
        ("今年安排中央本级支出增长3.9%。", Status.MET),  # the budget's own spending, same fiscal level
        ("中央预算内投资安排6400亿元。", Status.NOT_MENTIONED),  # a programme, not the budget's 收支
        ("今年安排地方政府专项债券3.65万亿元。", Status.NOT_MENTIONED),  # not revenue or spending
    ],
)
def test_budget_claim_decides_budget_arrangements(plan: str, status: Status) -> None:
    """中央财政收支符合预算 (national 2023) decides the budget's spending arrangement, as a claim."""
    got, reason = verdict(plan, "财政赤字率控制在2.8%，中央财政收支符合预算、支出略有结余。")
    assert got is status
    assert status is not Status.MET or "claim" in reason


@pytest.mark.parametrize(("target", "status"), [("90%以上", Status.MET), ("95%以上", Status.NOT_MENTIONED)])
def test_share_stated_in_words(target: str, status: Status) -> None:
    """县级城市和县城黑臭水体基本消除 (Fujian 2026) is a 消除率 of 90% by the official meaning of 基本消除;
    the county towns joined to the cities make the evidence broader, not a sub-category. At least 90% says
    nothing about a 95% target."""
    got, reason = verdict(f"县级城市黑臭水体消除率{target}。", "县级城市和县城黑臭水体基本消除。")
    assert got is status and ("read as 90%" in reason or "at least 90%" in reason)


@pytest.mark.parametrize(
    ("plan", "review", "status"),
    [
        # hainan-province-2025.txt / 2026.txt
        ("建制镇生活污水处理设施覆盖率达100%。", "建制镇实现生活污水处理设施全覆盖。", Status.MET),
        # qinghai-province-2025.txt: the words before the verb and between it and 全覆盖 name the measure
        ("县城以上地区污水处理设施覆盖率达100%。", "县城以上地区实现污水处理设施全覆盖。", Status.MET),
        # yunnan-province-2026.txt: hedged
        (
            "城市建成区生活污水处理能力覆盖率达100%。",
            "基本实现城市建成区生活污水处理能力全覆盖。",
            Status.NOT_MENTIONED,
        ),
        # heilongjiang-province-2026.txt: a task, not a result
        ("规上工业企业研发活动覆盖率达100%。", "推动规上工业企业研发活动全覆盖。", Status.NOT_MENTIONED),
    ],
)
def test_full_coverage_around_its_object(plan: str, review: str, status: Status) -> None:
    """实现X全覆盖, the object between the verb and 全覆盖, is a 覆盖率 of 100%; hedged (基本实现) or without the
    verb of result it states no share."""
    got, reason = verdict(plan, review)
    assert got is status
    assert status is not Status.MET or "at least 100%" in reason


def test_work_to_do_is_not_decided_by_a_stock_reached() -> None:
    """建设高标准农田300万亩 is this year's work; 高标准农田达到4808万亩 is the stock after all years (Hubei 2025/26,
    labelled ambiguous): no verdict from it."""
    assert verdict("建设高标准农田300万亩。", "高标准农田达到4808万亩。")[0] is Status.NOT_MENTIONED
    assert verdict("建设高标准农田300万亩。", "建设高标准农田320万亩。")[0] is Status.MET


def test_reviewing_finished_work_is_not_a_carry_over() -> None:
    """开展生态及地质灾害避险搬迁一期工程总结评估 (Gansu 2026) looks back on the 2025 work; it does not promise
    完成生态及地质灾害避险搬迁2.14万户 again."""
    status, _ = verdict(
        "完成生态及地质灾害避险搬迁2.14万户。",
        "全年地区生产总值增长5%。",
        next_plan="开展生态及地质灾害避险搬迁一期工程总结评估。"
        "在易地扶贫搬迁和生态及地质灾害避险搬迁集中安置点，建设300个帮扶车间。",
    )
    assert status is Status.NOT_MENTIONED  # and a count in another unit there is another deliverable


@pytest.mark.parametrize(
    ("plan", "next_plan", "status"),
    [
        # Shanghai 2022/23 (sh22-008): two of the three named projects promised again, under 重大项目
        (
            "加快推进水乡客厅、淀山湖岸线生态治理、西岑科创园区等82项重大项目建设。",
            "全力推进水乡客厅、西岑科创中心等一批重大项目建设。",
            Status.CARRIED_OVER,
        ),
        # Hubei 2025/26 (hb25-010): one of four names again (长江航道整治 is not 汉江航道整治) is not the 3100 projects
        (
            "加快三峡水运新通道、汉江航道整治、汉宜高速扩容、川气东送二线等3100个重大项目建设。",
            "加快长江航道整治、武汉枢纽直通线、高速公路提质扩容、川气东送二线湖北段等重大项目建设。",
            Status.NOT_MENTIONED,
        ),
    ],
)
def test_named_projects_promised_again(plan: str, next_plan: str, status: Status) -> None:
    """A list of named projects is carried over when next year's plan names at least two and half of them by
    the start of their names, under the same head noun."""
    assert verdict(plan, "全年地区生产总值增长5%。", next_plan=next_plan)[0] is status


@pytest.mark.parametrize(
    ("plan", "review", "status", "shown"),
    [
        # lower-bound-meets: the lower bound alone meets the target (national 2021/22, Ningxia 2025/26)
        ("大型商业银行普惠小微企业贷款增长30%以上。", "大型商业银行普惠小微企业贷款增幅超过40%。", Status.MET, "40-50"),
        ("力争普通高中升学率达到73%以上。", "普通高中升学率超过76%。", Status.MET, "76-77%: just past"),
        # lower-bound-straddles: 稳定在N以上 against a target just above N (Fujian 2026, Anhui 2026 reviews)
        ("粮食播种面积稳定在1260万亩以上。", "粮食播种面积稳定在1255万亩以上。", Status.NOT_MENTIONED, "cannot decide"),
        ("公众生态环境满意率达到92%。", "公众生态环境满意率稳定在90%以上。", Status.NOT_MENTIONED, "cannot decide"),
        # just-past: 超N is N多, up to the next step of its last digit, so a target above that step is missed
        # (Yunnan 2026: 旅居人数超550万 against 600万; Qinghai 2026: 装机规模超7900万千瓦 against 8200万千瓦), and a
        # target inside the step stays undecided
        ("力争旅居人数达600万。", "2025年旅居人数超550万。", Status.MISSED, "550万-560万人: just past"),
        ("清洁能源装机突破8200万千瓦。", "清洁能源发电装机规模超7900万千瓦。", Status.MISSED, "7900万-8000万千瓦"),
        ("清洁能源装机突破7950万千瓦。", "清洁能源发电装机规模超7900万千瓦。", Status.NOT_MENTIONED, "cannot decide"),
        ("粮食播种面积达到1300万亩。", "粮食播种面积稳定在1255万亩以上。", Status.NOT_MENTIONED, "cannot decide"),
        # upper-bound: 以内 meets a cap above it (Shanghai 2021 review), and cannot show a floor met
        ("城镇调查失业率控制在5%以内。", "城镇调查失业率稳定在4.4%以内。", Status.MET, "≤ 4.4%"),
        # rough-figure-meets: the whole of 600余 (Ningxia 2025/26) and 200余 (Heilongjiang 2026) meets the target
        ("引进转化科技成果500项以上。", "引进和落地科技成果600余项。", Status.MET, "600-700项"),
        ("攻克关键核心技术200项以上。", "攻克关键核心技术200余项。", Status.MET, "200-300项"),
        # rough-figure-misses: the whole of 5000余户 lies below 8000户; 5500户 lies inside it (Beijing 2026)
        ("建成美丽庭院8000户。", "建成美丽庭院5000余户。", Status.MISSED, "5000-6000户"),
        ("建成美丽庭院5500户。", "建成美丽庭院5000余户。", Status.NOT_MENTIONED, "cannot decide"),
        # near-figure: 近1.9万个 (Beijing 2025) is 1.71万 to 1.9万; 近400亿元 (Fujian 2025) 360亿 to 400亿
        ("新增普惠性托位1万个。", "新增普惠性托位近1.9万个。", Status.MET, "1.71万-1.9万个"),
        ("新增普惠性托位1.8万个。", "新增普惠性托位近1.9万个。", Status.NOT_MENTIONED, "cannot decide"),
        ("新增普惠性托位2万个。", "新增普惠性托位近1.9万个。", Status.MISSED, "1.71万-1.9万个"),
        ("技改融资专项规模300亿元。", "技改融资专项规模扩大至近400亿元。", Status.MET, "360亿-400亿元"),
        # exact-figure: a plain number and one with 左右 decide as before (national 2023, Hubei 2026)
        ("城镇新增就业1100万人以上。", "城镇新增就业1206万人。", Status.MET, "1206万人 ≥"),
        ("粮食产量继续保持560亿斤以上。", "粮食总产量稳定在550亿斤左右。", Status.MISSED, "550亿斤左右 <"),
    ],
)
def test_bounded_outcome(plan: str, review: str, status: Status, shown: str) -> None:
    """A bounded outcome decides only where its whole interval agrees, and the reason shows the interval."""
    got, reason = verdict(plan, review)
    assert got is status, reason
    assert shown in reason


@pytest.mark.parametrize(
    ("plan", "review", "status", "position"),
    [
        # Fujian 2025/26: 5% is the low end of 5.0%—5.5%
        ("全省地区生产总值增长5.0%—5.5%。", "全省地区生产总值60199.45亿元、增长5%。", Status.MET, "within range"),
        # Anhui 2026 and Heilongjiang 2026 targets against other years' outcomes
        ("全省地区生产总值增长5%—5.5%。", "全省地区生产总值增长4.8%。", Status.MISSED, "below range"),
        ("地区生产总值增长4.5-5%。", "地区生产总值增长5.6%。", Status.MET, "above range"),
        ("国内生产总值增长6.5%－7%。", "国内生产总值达到74.4万亿元，增长6.7%。", Status.MET, "within range"),
    ],
)
def test_range_target(plan: str, review: str, status: Status, position: str) -> None:
    """A range target is a band with two ends: a floor is met within or above it, missed below it."""
    got, reason = verdict(plan, review)
    assert got is status and position in reason and "within or above is met" in reason


def test_range_target_keeps_the_whole_range() -> None:
    """A range in the plan is one commitment whose target_text is the whole range (Fujian 2025)."""
    plan = mini_report("主要预期目标是：全省地区生产总值增长5.0%—5.5%，固定资产投资增长5%左右。")
    review = mini_report("新增就业50万人。", review="全省地区生产总值60199.45亿元、增长5%。", year=2026)
    (gdp, _) = audit(plan, review).rows
    assert (gdp["target_text"], gdp["target_value"], gdp["status"]) == ("5.0%—5.5%", 5, "met")


def test_ceiling_range_is_met_at_the_high_end() -> None:
    """A cap written as a range is met within or below it, at its high end, missed above it."""
    plan_doc = parse(mini_report("全省地区生产总值增长5.0%—5.5%。", year=2022))
    (c,) = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    name, test, point = target_rule(attrs.evolve(c, sense=Sense.CEILING))
    assert point == 5.5 and "within or below" in name
    assert decide(5.3, 5.3, point, test) is True and decide(5.8, 5.8, point, test) is False


def test_actual_comparator_column_shows_the_bound() -> None:
    """近 makes the actual an upper bound, 余 a lower one; the column says which (Beijing 2025, 2026)."""
    for review, comparator in (("新增普惠性托位近1.9万个。", "<="), ("新增普惠性托位1.9万余个。", ">=")):
        plan = mini_report("新增普惠性托位1万个。")
        (row,) = audit(plan, mini_report("新增就业50万人。", review=review, year=2026)).rows
        assert (row["status"], row["actual_comparator"]) == ("met", comparator)


_RULE_TESTS = [test for _, test in RULES.values()]
_FINITE = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(st.sampled_from(_RULE_TESTS), _FINITE, _FINITE)
def test_degenerate_interval_agrees_with_exact_verdict(test: Rule, value: float, target: float) -> None:
    """An exact figure is the interval [v, v]: deciding on it gives the rule's own verdict."""
    assert decide(value, value, target, test) is test(value, target)


@given(st.sampled_from(_RULE_TESTS), _FINITE, _FINITE, _FINITE, st.floats(min_value=0, max_value=1), _FINITE)
def test_interval_verdict_holds_for_every_point(
    test: Rule, a: float, b: float, target: float, share: float, _: float
) -> None:
    """When an interval decides, every figure inside it gets the same verdict from the rule."""
    low, high = min(a, b), max(a, b)
    verdict_ = decide(low, high, target, test)
    point = min(high, low + (high - low) * share)  # inside the interval, whatever the rounding
    assert verdict_ is None or test(point, target) is verdict_


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("hainan-province-2025", "hainan-province-2026"),  # CPI微降0.1%
        ("qinghai-province-2025", "qinghai-province-2026"),  # 居民消费价格涨幅基本持平
        ("ningxia-province-2025", "ningxia-province-2026"),  # 居民消费价格指数持平
    ],
)
def test_consumer_prices_flat_or_slightly_down_meet_the_cap(plan: str, review: str) -> None:
    """The CPI cap (涨幅2%左右) is met by a price level flat or slightly down, worded three ways."""
    result = audit(seed(plan), seed(review))
    (row,) = [r for r in result.rows if r["indicator"].startswith("居民消费价格")]
    assert row["status"] == "met" and row["actual_value"] <= 0


def test_a_flat_wish_in_a_plan_is_no_commitment() -> None:
    """与上年基本持平 in a plan carries no number (Shanghai 2020's budget revenue): no row, as PROTOCOL.md says."""
    result = audit(seed("shanghai-municipality-2020"), seed("shanghai-municipality-2021"))
    assert not [r for r in result.rows if "基本持平" in r["commitment"]]


@pytest.mark.parametrize(
    ("plan", "review", "status", "shown"),
    [
        # other-size: Gansu 2025/26 states its grain target in 亿斤, the outcome in 万吨 (252亿斤 = 1260万吨)
        ("粮食产量稳定在252亿斤以上。", "粮食总产量突破1300万吨。", Status.MET, "read as 260亿-280亿斤"),
        # the national 2021 target against the national 2015 review's tonnes: 6.07亿吨 is 1.214万亿斤, short of it
        ("粮食产量保持在1.3万亿斤以上。", "粮食产量达到6.07亿吨。", Status.MISSED, "6.07亿吨 (= 1.214万亿斤) < target"),
        # places-for-people: Hailaer 2014/15 jobs as 个 against people as 人; Liaoning 2025/26 places as 名 and 个
        ("力争年内新增就业岗位5000个。", "实现城镇新增就业5487人。", Status.MET, "5487人 ≥ target 5000个"),
        ("新增优质特色普通高中招生计划万名以上。", "增加优质特色普通高中招生计划1.76万个。", Status.MET, "1.76万个 ≥"),
        # 人次 counts visits, not people (Hainan 2025/26): never the outcome of a count of people
        ("新增技能人才8万人以上。", "新增技能人才39.87万人次。", Status.NOT_MENTIONED, "no outcome"),
    ],
)
def test_outcome_in_another_unit(plan: str, review: str, status: Status, shown: str) -> None:
    """An outcome in another size of the target's unit is converted before it decides, and the reason shows the
    figure in the target's unit; places counted in 个 decide a count of people, visits (人次) never do."""
    got, reason = verdict(plan, review)
    assert got is status, reason
    assert shown in reason


def test_converted_actual_is_written_in_the_target_unit() -> None:
    """The audit row gives an outcome in another size of the unit in the target's unit (PROTOCOL: 1300万吨 -> 斤)."""
    rows = audit(seed("gansu-province-2025"), seed("gansu-province-2026")).rows
    (row,) = [r for r in rows if r["commitment"] == "粮食产量稳定在252亿斤以上"]
    assert (row["status"], row["actual_value"], row["actual_unit"]) == ("met", 26000000000, "斤")


def test_deficit_rate_taken_down_to_a_level() -> None:
    """赤字率下降到1.5％左右 (national 2012) is a cap, met by 财政赤字占国内生产总值的比重…降到去年的1.5%左右, the same
    rate by its long name, stated at the end of a change over several years (national 2013)."""
    a = audit(seed("national-2012"), seed("national-2013"))
    (v,) = [v for v in a.verdicts if v.commitment.text == "赤字率下降到1.5％左右"]
    assert v.commitment.sense is Sense.CEILING
    assert v.status is Status.MET
    assert v.evidence is not None and v.evidence.text.startswith("财政赤字占国内生产总值的比重")


@pytest.mark.parametrize(
    ("name", "long_name"),
    [("national-2013", "财政赤字占国内生产总值的比重"), ("national-2023", "财政赤字率")],
)
def test_deficit_rate_by_its_longer_names(name: str, long_name: str) -> None:
    """The national reports name the 赤字率 also by longer names; both key as the same measure, and a rate of
    another thing over GDP does not."""
    assert long_name in read(seed(name)).text
    assert match_key(long_name) == match_key("赤字率")
    assert match_key("财政性教育经费支出占国内生产总值的比重") != match_key("赤字率")
