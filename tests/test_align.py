"""Alignment: reworded outcomes found, look-alike programmes and incomparable figures kept apart."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import mini_report, seed
from policydiff import lexicon_zh_names as lxn
from policydiff.align import SCORE_CUTOFF, align, assign, contrasted, match_key, narrower, score_keys, similarity
from policydiff.extract import clauses, extract
from policydiff.model import Commitment, Outcome
from policydiff.parse import parse
from policydiff.pipeline import read


def pair(
    plan: str, review: str, next_plan: str = "新增就业50万人。"
) -> tuple[list[Commitment], list[Outcome], list[Outcome]]:
    plan_doc = parse(mini_report(plan, year=2022))
    review_doc = parse(mini_report(next_plan, review=review, year=2023))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    return commitments, outcomes, list(clauses(review_doc))


def test_reworded_outcome_far_away() -> None:
    """reworded-outcome: 粮食产量1.3万亿斤以上 finds 粮食产量1.37万亿斤 in the national 2023 review."""
    plan, review = read(seed("national-2022")), read(seed("national-2023"))
    commitments = [c for c in extract(plan, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review, side="review") if isinstance(o, Outcome)]
    by_target = {a.commitment.quantity.text: a for a in align(commitments, outcomes) if a.commitment.quantity}
    grain = by_target["1.3万亿斤以上"].outcome
    assert grain is not None and grain.quantity is not None and grain.quantity.value == 1.37e12


def test_unemployment_found_with_other_words() -> None:
    """城镇调查失业率5.5%左右 is matched by 城镇调查失业率平均为5.1% (a level, not a growth rate)."""
    commitments, outcomes, _ = pair("城镇调查失业率5.5%左右。", "全国城镇调查失业率平均为5.1%，物价涨幅2%。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is not None and a.outcome.quantity is not None and a.outcome.quantity.value == 5.1


def test_similar_programmes_do_not_match() -> None:
    """低效建设用地减量 is not 低效产业用地盘活处置."""
    commitments, outcomes, _ = pair("低效建设用地减量15平方公里。", "低效产业用地盘活处置18平方公里。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None
    assert similarity("低效建设用地减量", "低效产业用地盘活处置") < SCORE_CUTOFF


def test_growth_rate_not_compared_with_level() -> None:
    """A growth target (研发投入增长8%) is not judged against a share (研发投入强度2.5%)."""
    commitments, outcomes, _ = pair("全社会研发投入增长8%以上。", "全社会研发投入强度达到2.5%。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_five_year_total_not_one_year_outcome() -> None:
    """A five-year total (五年累计新建高标准农田4.56亿亩) is not the year's outcome."""
    commitments, outcomes, _ = pair("新建高标准农田1亿亩。", "五年累计新建高标准农田4.56亿亩。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_flow_target_not_judged_by_stock() -> None:
    """新增2—3家 (a flow) is not compared with a stock 7家地方国企进入中国企业500强."""
    commitments, outcomes, _ = pair("力争新增2—3家地方国企进入中国企业500强。", "7家地方国企进入中国企业500强。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_carried_over_project() -> None:
    """carried-over-project: next year's plan names the same parks again with no new quota."""
    commitments, outcomes, next_plan = pair(
        "建好福州、厦门、泉州3个省级人工智能产业园。",
        "全年地区生产总值增长5%。",
        next_plan="加快建设福州、厦门、泉州省级人工智能产业园。",
    )
    (a,) = align(commitments, outcomes, next_plan)
    assert a.source == "next_plan" and a.outcome is not None and "人工智能产业园" in a.outcome.text


def test_fresh_quota_is_not_carried_over() -> None:
    """The same quota promised again (低效建设用地减量15平方公里 twice) is a new year's quota."""
    commitments, outcomes, next_plan = pair(
        "低效建设用地减量15平方公里。", "全年地区生产总值增长5%。", next_plan="低效建设用地减量15平方公里。"
    )
    (a,) = align(commitments, outcomes, next_plan)
    assert a.outcome is None


def test_match_key_unifies_synonyms() -> None:
    """GDP has many names: 经济增长, 国内生产总值增长, 全市生产总值增长 share one key."""
    assert match_key("经济增长") == match_key("国内生产总值增长") == match_key("全市生产总值增长")


def test_tie_break_prefers_earlier_commitment_then_earlier_outcome() -> None:
    """Equal scores go to the earlier commitment, then the earlier outcome."""
    scores = np.array([[80.0, 80.0], [80.0, 80.0]])
    assert assign(scores, 70.0) == {0: (0, 80.0), 1: (1, 80.0)}


def _brute_force(scores: np.ndarray, cutoff: float) -> dict[int, tuple[int, float]]:
    chosen: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    while True:
        best = None
        for i in range(scores.shape[0]):
            for j in range(scores.shape[1]):
                if i in chosen or j in taken or scores[i, j] < cutoff:
                    continue
                if best is None or scores[i, j] > scores[best]:
                    best = (i, j)
        if best is None:
            return chosen
        chosen[best[0]] = (best[1], float(scores[best]))
        taken.add(best[1])


@settings(max_examples=200)
@given(
    st.lists(
        st.lists(st.sampled_from([0.0, 50.0, 70.0, 75.0, 90.0, 100.0]), min_size=4, max_size=4), min_size=1, max_size=5
    )
)
def test_assignment_agrees_with_brute_force(rows: list[list[float]]) -> None:
    """The one-to-one assignment equals a slow reference: repeatedly take the best free pair, first in order."""
    scores = np.array(rows)
    assert assign(scores, 70.0) == _brute_force(scores, 70.0)


words = st.text(alphabet=st.sampled_from("城镇新增就业调查失业率粮食产量农田建设"), min_size=1, max_size=8)


@settings(max_examples=100)
@given(st.lists(words, min_size=1, max_size=4), st.lists(words, min_size=1, max_size=4))
def test_vectorised_scores_equal_pairwise(a: list[str], b: list[str]) -> None:
    """The vectorised score matrix equals scoring each pair alone."""
    matrix = score_keys(a, b)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            assert matrix[i, j] == score_keys([x], [y])[0, 0]


def test_five_year_passage_flow_is_a_total() -> None:
    """In a 五年来 passage, 新建高标准农田4.56亿亩 is a five-year total, not 2022's outcome (national 2023)."""
    plan, review = read(seed("national-2022")), read(seed("national-2023"))
    outcomes = [o for o in extract(review, side="review") if isinstance(o, Outcome)]
    farmland = [o for o in outcomes if o.quantity is not None and o.quantity.value == 4.56e8]
    assert farmland and all(o.total for o in farmland)
    commitments = [c for c in extract(plan, side="plan") if isinstance(c, Commitment)]
    (a,) = [a for a in align(commitments, outcomes) if a.commitment.quantity and a.commitment.quantity.value == 1e8]
    assert a.outcome is None


def test_increment_not_judged_by_level() -> None:
    """再提高30元 (an increment) is not compared with 提高到610元 (a level)."""
    commitments, outcomes, _ = pair(
        "城乡居民医保人均财政补助标准再提高30元。", "城乡居民医保人均财政补助标准从580元提高到610元。"
    )
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_bare_key_matches_only_a_bare_key() -> None:
    """A bare key (面积) does not match every longer name containing it (集中供热面积)."""
    commitments, outcomes, _ = pair("完成绿化面积65.2万平方米。", "并入集中供热面积175万平方米。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_reemployment_is_not_new_employment() -> None:
    """新增就业 is matched by 城镇新增就业6128人, not by 再就业2291人 beside it."""
    commitments, outcomes, _ = pair("新增就业5000人。", "城镇新增就业6128人，再就业2291人。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is not None and a.outcome.quantity is not None and a.outcome.quantity.value == 6128


def test_contrasting_modifiers_never_match() -> None:
    """城镇居民收入 is not evidenced by 全体居民收入, however alike the rest of the name."""
    commitments, outcomes, _ = pair("城镇居民人均可支配收入增长5%。", "全体居民人均可支配收入增长6.1%。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_lumped_outcome_is_weak_evidence() -> None:
    """改造老旧小区、抗震宜居农房等23万多户 does not decide 改造老旧小区1.5万户 on its own."""
    commitments, outcomes, _ = pair("改造老旧小区1.5万户。", "改造老旧小区、抗震宜居农房等23万多户。")
    (a,) = align(commitments, outcomes)
    assert a.outcome is None


def test_resident_group_must_be_named() -> None:
    """城镇居民收入增长 is not decided by 居民人均可支配收入 (all residents); 城镇老旧小区 is by 老旧小区改造."""
    commitments, outcomes, _ = pair("城镇居民人均可支配收入增长5%。", "居民人均可支配收入增长5.6%。")
    assert align(commitments, outcomes)[0].outcome is None
    commitments, outcomes, _ = pair("改造城镇老旧小区4.5万户。", "老旧小区改造8.36万户。")
    assert align(commitments, outcomes)[0].outcome is not None


def test_subcategory_is_not_evidence() -> None:
    """规上装备工业增加值 (a sub-category) does not decide 规上工业增加值; an inserted 行动 or 年 does not narrow."""
    commitments, outcomes, _ = pair("规上工业增加值增长5%左右。", "规上装备工业增加值增长8.4%。")
    assert align(commitments, outcomes)[0].outcome is None
    commitments, outcomes, _ = pair("数字经济核心产业营收突破2000亿元。", "数字经济核心产业年营收突破2600亿元。")
    assert align(commitments, outcomes)[0].outcome is not None


def test_threshold_qualifiers_must_agree() -> None:
    """Projects over 1亿元 are not projects over 10亿元."""
    commitments, outcomes, _ = pair("推进200个以上投资超亿元的文旅重大项目。", "引进投资超10亿元重大项目140个。")
    assert align(commitments, outcomes)[0].outcome is None


def test_level_target_not_judged_by_an_addition() -> None:
    """绿色有机食品基地面积稳定在1亿亩以上 (a level) is not decided by 新增…536万亩 (an addition)."""
    commitments, outcomes, _ = pair("绿色有机食品基地面积稳定在1亿亩以上。", "新增绿色有机食品基地面积536万亩。")
    assert align(commitments, outcomes)[0].outcome is None


def test_stage_verbs_stay_in_keys() -> None:
    """统筹推进重大项目2200个 is not decided by 重大项目开工390个."""
    commitments, outcomes, _ = pair("自治区层面统筹推进重大项目2200个以上。", "自治区重大项目开工390个。")
    assert align(commitments, outcomes)[0].outcome is None


def test_counts_in_five_year_passage_are_totals() -> None:
    """In a 五年来 passage, 建成719个精品示范村 adds up five years; 2025年… inside it is the single year."""
    review = mini_report(
        "新增就业50万人。", review="五年来，建成719个精品示范村。2025年建成精品示范村320个。", year=2026
    )
    outcomes = [o for o in extract(parse(review), side="review") if isinstance(o, Outcome)]
    assert [(o.quantity.value, o.total) for o in outcomes if o.quantity] == [(719, True), (320, False)]


def test_new_build_and_new_addition_are_one_flow() -> None:
    """新建绿地1000公顷 is matched by 新增…绿地1031.8公顷; 新增(电动汽车)公共充电桩 is not a sub-category."""
    commitments, outcomes, _ = pair("新建绿地1000公顷。", "新增森林5.1万亩、绿地1031.8公顷。")
    assert align(commitments, outcomes)[0].outcome is not None
    commitments, outcomes, _ = pair("新增1万个公共充电桩。", "新增2万个电动汽车公共充电桩。")
    assert align(commitments, outcomes)[0].outcome is not None


@pytest.mark.parametrize(
    ("target", "evidence", "same"),
    [
        ("建成公厕", "改造新建公厕", True),  # hailaer-district-2016 -> 2017
        ("新建大棚", "建成蔬菜大棚", True),  # hailaer-district-2015 -> 2016 (蔬菜 stays a modifier)
        ("新建和改造排水管网", "新改建城镇供排水管网", True),  # chongqing-municipality-2025 -> 2026
        ("开工建设重大项目", "建成重大项目", False),  # started is not finished
    ],
)
def test_delivery_verbs_share_one_key_word(target: str, evidence: str, same: bool) -> None:
    """same-delivery: 新建 / 建成 / 新改建 name one deliverable added in the year; 开工 stays apart."""
    verb = lxn.INDICATOR_SYNONYMS["建成"]
    assert (verb in match_key(target) and verb in match_key(evidence)) is same


def test_abbreviation_named_in_own_sentence_is_not_narrower() -> None:
    """The plan's 科技型中小企业加计扣除比例 abbreviates the 研发费用 its own sentence names: the review's
    科技型中小企业研发费用加计扣除比例 is the same measure, not a sub-category."""
    target, evidence = match_key("科技型中小企业加计扣除比例"), match_key("科技型中小企业研发费用加计扣除比例")
    assert narrower(target, evidence)
    sentence = "加大研发费用加计扣除政策实施力度，将科技型中小企业加计扣除比例从75%提高到100%"
    assert not narrower(target, evidence, sentence)


def test_plan_framing_is_not_part_of_the_measure() -> None:
    """年度计划投资 (the plan's words) is the 投资 the review reports as 完成投资 (Fujian 2025/26)."""
    assert match_key("省重点项目年度计划投资") == match_key("省重点项目完成投资")


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("自来水普及率达", "农村自来水普及率提升至"),  # Hainan 2025/26 (…普及率分别提升至97.2%、99.8%)
        ("城市生活污水集中收集率达", "城市生活污水集中收集率提升至"),  # Anhui 2025, Chongqing 2026
    ],
)
def test_copula_left_at_a_keys_end_is_not_the_measure(plan: str, review: str) -> None:
    """key-tail: 达 and 提升至 at an indicator's end name no measure; 规模 and 目标 there do."""
    assert match_key(plan).endswith("率") and match_key(review).endswith("率")
    assert similarity(plan, review) >= 85
    assert match_key("算力规模").endswith("规模")


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("重点区域周边环境面貌", "重点区域环境面貌显著提升"),  # Beijing 2025/26 (宛平城等20处重点区域…显著提升)
        ("办好民生实事", "民生实事全面完成"),  # Jilin 2025 (办好20件民生实事), 2026 (20项民生实事全面完成)
        ("重要改革举措", "重要改革举措稳步实施"),  # Fujian 2025 (300多项重要改革举措), 2026 (352项…稳步实施)
        ("实施老旧小区综合整治", "老旧小区改造完工"),  # Beijing 2025 (实施500个…), 2026 (…改造完工1225个)
        ("背街巷道改造", "完成背街巷道的综合改造"),  # Hailaer 2015, 2016 (完成101条背街巷道的综合改造)
    ],
)
def test_adverb_left_at_a_keys_end_is_not_the_measure(plan: str, review: str) -> None:
    """key-tail: 显著, 全面, 稳步, 综合 before a dropped verb name nothing of the measure."""
    assert not match_key(plan).endswith("综合")
    assert not match_key(review).endswith(("显著", "全面", "稳步", "综合"))
    assert similarity(plan, review) >= 80


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("农村户用卫生厕所普及率", "卫生户厕普及率"),  # Shaanxi 2025/26 (农村自来水、卫生户厕普及率超过98％、85％)
        ("农村卫生厕所普及率", "农村卫生户厕普及率"),  # Hainan 2025 (…达99.5%), 2026 (…卫生户厕普及率…99.8%)
    ],
)
def test_sanitary_toilet_abbreviated_is_one_measure(plan: str, review: str) -> None:
    """reworded-outcome: 户用卫生厕所 and 卫生户厕 are the 卫生厕所 of a household; a water tap is not."""
    assert similarity(plan, review) >= 85
    assert similarity(plan, "农村自来水普及率") < 70


@pytest.mark.parametrize(
    ("indicator", "key"),
    [
        ("推动企业实施改造", "企业实施改造"),  # Jiangxi 2025 (推动…1万家企业实施改造), 2026 (1.4万余家企业实施改造)
        ("完成景观改造", "景观改造"),  # Hailaer 2015 (完成景观改造26万平方米)
        ("实施医疗救助", "医疗救助"),  # Fujian 2026 (实施医疗救助613.7万人次)
        ("完成投资", "投资"),  # a leading verb names no measure: the key stays too short to match
        ("投资增长", "投资"),  # nor does a change of a bare noun
    ],
)
def test_verbs_after_a_short_subject_stay_in_its_key(indicator: str, key: str) -> None:
    """short-key: where dropping every verb leaves too short a key, the verbs after the subject stay."""
    assert match_key(indicator) == key


def test_joined_group_is_not_a_sub_category() -> None:
    """县级城市和县城 joins a group to the target's: the evidence is broader, and still decides."""
    from policydiff.align import joined

    assert joined("县级城市黑臭水体消除率", "县级城市和县城黑臭水体消除率")
    assert not joined("规上工业增加值", "规上装备工业增加值")


@pytest.mark.parametrize(
    ("target", "evidence", "context", "narrows"),
    [
        ("进出口总额", "跨境电商进出口总额", "进出口总额增长5%左右", True),  # Liaoning 2025/26
        ("工业投资", "沿边临港产业园区工业投资", "力争工业投资增长5%以上", True),  # Guangxi 2025/26
        # the paragraph's lead names the place: the target abbreviated it (Shanghai 2021/22)
        ("总体方案明确", "深入临港新片区总体方案明确", "加快推进自贸试验区临港新片区建设", False),
        ("城镇新增就业", "开展城镇新增就业", "", False),  # a verb in front narrows nothing
    ],
)
def test_name_in_front_narrows(target: str, evidence: str, context: str, narrows: bool) -> None:
    """A name in front of the whole target makes a sub-category, unless the target's own text names it."""
    assert narrower(target, evidence, context) is narrows


def test_trade_is_not_exports() -> None:
    """进出口 contains 出口 but is not it: 外贸出口总额 does not decide 进出口总额, and 外贸进出口 still does."""
    assert contrasted("进出口总额增长", "外贸出口总额增长")
    assert not contrasted("进出口贸易总额增长", "外贸进出口总额增长")
    assert match_key("进出口总额") == "进出口总额"  # the synonym does not double itself


@pytest.mark.parametrize(
    ("target", "evidence", "contrasts"),
    [
        # national-2013.txt / national-2014.txt: the rural scheme (新农合) and the urban one are the 城乡 scheme
        ("新农合和城镇居民基本医疗保险财政补助标准", "城乡居民基本医保财政补助标准增加到人均", False),
        # national-2012.txt / national-2013.txt
        ("城镇居民医保和新农合补助标准", "城乡居民基本医保财政补助标准", False),
        # negative, fujian-province-2025.txt: one member alone is still not the whole
        ("城镇居民人均可支配收入", "城乡居民人均可支配收入", True),
        # negative, hailaer-district-2016.txt: 新农合 is the rural scheme, not the urban one
        ("新农合参合率", "城镇居民医保参保率", True),
    ],
)
def test_every_member_named_is_the_contraction(target: str, evidence: str, contrasts: bool) -> None:
    """A name holding every member of a contracted group (城镇 and 农村, 新农合 for 农村) is the group (城乡)."""
    assert contrasted(target, evidence) is contrasts


def test_group_joined_before_the_target() -> None:
    """基本养老保险和基本医疗保险参保率 names the target joined after another group (Xinjiang 2025/26)."""
    from policydiff.align import joined

    assert joined("基本医疗保险参保率", "基本养老保险和基本医疗保险参保率")


@pytest.mark.parametrize(
    ("commitment", "outcome"),
    [
        ("新增城镇就业", "城镇新增就业"),  # Hainan and Ningxia 2025/26: word order
        ("清洁能源装机比重", "清洁能源装机占比"),  # 比重, 占比 and 比例 are one word for a share
        ("医保参保率", "基本医疗保险参保率"),
        ("外送能力", "我区外送能力"),  # 我区 is the government speaking, not a sub-category
    ],
)
def test_same_measure_written_differently(commitment: str, outcome: str) -> None:
    """Synonyms found on the unlabelled pairs unify to one key."""
    assert similarity(commitment, outcome) >= SCORE_CUTOFF


def test_share_of_another_numerator_is_another_measure() -> None:
    """财政科技支出占一般公共预算支出比重 is not decided by 民生支出占一般公共预算支出比例 (Gansu 2025/26)."""
    assert contrasted("财政科技支出占一般公共预算支出比重", "民生支出占一般公共预算支出比例")
    assert not contrasted("研发经费支出占生产总值比重", "全社会研发经费支出占生产总值比重")


def test_items_of_a_list_found_in_a_longer_list() -> None:
    """现代化工及能源、现代农产品加工等支柱产业 (Hubei 2025) are both among the review's five 支柱产业 (2026): the
    enumeration decides it though the names differ in length; other heads or a missing item do not."""
    from policydiff.align import listed_in

    evidence = "光电子信息、汽车制造与服务、大健康、现代化工、农产品加工5大支柱产业迈入万亿级规模"
    assert listed_in("推动现代化工及能源、现代农产品加工等支柱产业突破万亿级规模", evidence)
    assert not listed_in("推动现代化工及能源、新材料等支柱产业突破万亿级规模", evidence)
    assert not listed_in("推动现代化工、农产品加工等特色园区突破万亿级规模", evidence)


def test_five_year_passage_ends_where_the_year_begins() -> None:
    """Yunnan 2026: 这五年 opens a five-year passage; 各位代表！刚刚过去的2025年… opens the single year, whose
    counts are that year's again (Gansu, Shanxi and Xinjiang 2026 are written the same way)."""
    review = mini_report(
        "新增就业50万人。",
        review="这五年，我们民生福祉得到新改善。\n城镇新增就业261.6万人。\n"
        "各位代表！刚刚过去的2025年，是重要的一年。\n城镇新增就业52万人。",
        year=2026,
    )
    outcomes = [o for o in extract(parse(review), side="review") if isinstance(o, Outcome)]
    assert [(o.quantity.value, o.total) for o in outcomes if o.quantity] == [(2616000, True), (520000, False)]


@pytest.mark.parametrize(
    ("commitment", "outcome"),
    [
        ("单位地区生产总值能耗降低", "地区生产总值增长"),  # scored 68 against a cutoff of 70 before
        ("环保投入相当于全市生产总值的比例", "全社会研发经费支出相当于全市生产总值的比例"),
    ],
)
def test_intensity_and_share_of_another_numerator(commitment: str, outcome: str) -> None:
    """Energy per unit of output is not output; a share of another numerator is another share."""
    assert contrasted(commitment, outcome)


def test_swapped_modifier_is_another_programme() -> None:
    """国家级优势特色产业集群 is not 国家级中小企业特色产业集群 (Shaanxi 2025/26); 较低安全风险等级 is still
    降至较低风险等级 (the middles share 较低)."""
    from policydiff.align import substituted

    assert substituted(match_key("新增国家级优势特色产业集群"), match_key("新增国家级中小企业特色产业集群"))
    assert not substituted(match_key("化工园区达到较低安全风险等级"), match_key("化工园区降至较低风险等级"))


def test_level_reached_in_five_year_passage_is_the_period_end() -> None:
    """国内生产总值增加到121万亿元 (national 2023, 五年来): 增加到 is a level reached, not five years of additions."""
    review = mini_report("新增就业50万人。", review="五年来，国内生产总值增加到121万亿元。", year=2023)
    (o,) = [o for o in extract(parse(review), side="review") if isinstance(o, Outcome) and o.quantity]
    assert o.cumulative == "period"


@pytest.mark.parametrize(
    ("a", "b", "contrast"),
    [
        ("单位地区生产总值能耗降低", "能耗强度下降", False),  # two names of energy intensity
        ("单位GDP二氧化碳排放降低", "碳排放强度下降", False),
        ("研发经费投入占地区生产总值比重", "研发经费支出占GDP比重", False),  # one numerator, worded twice
        ("新增建设用地占用耕地", "建设占用耕地", False),  # 占用 is occupying, not a share
        ("单位地区生产总值能耗降低", "地区生产总值增长", True),
        ("财政科技支出占一般公共预算支出比重", "民生支出占一般公共预算支出比例", True),
    ],
)
def test_contrast_guards_keep_rewordings(a: str, b: str, contrast: bool) -> None:
    """The per-unit and share guards block other measures, not the same measure named another way."""
    assert contrasted(a, b) is contrast


def test_synonyms_never_double() -> None:
    """外贸进出口总额 and 进出口 both key as 进出口总额; 货物贸易 in front narrows nothing."""
    assert match_key("外贸进出口总额") == match_key("进出口") == "进出口总额"
    assert not narrower(match_key("进出口总额"), match_key("货物贸易进出口总额"))


@pytest.mark.parametrize(
    ("target", "evidence", "same"),
    [
        ("旅游接待人数", "全年接待游客", True),  # hailaer-district-2016 -> 2017
        ("旅游人数力争", "接待游客", True),  # hailaer-district-2012 -> 2013
        ("旅游总收入", "接待游客", False),  # receipts are not arrivals
    ],
)
def test_tourist_arrivals_share_one_key(target: str, evidence: str, same: bool) -> None:
    """tourist-arrivals: 旅游接待人数, 旅游人数 and 接待游客 are one measure; 旅游总收入 is another."""
    assert (similarity(target, evidence) >= SCORE_CUTOFF) is same


@pytest.mark.parametrize(
    ("target", "evidence", "apart"),
    [
        ("新建污水管道", "新增供水管道", True),  # enshi-city-2024: plan and review of the same report
        ("新建和改造供水管网", "新改建城镇供排水管网", True),  # chongqing-2025 -> 2026: the review lumps both
        ("新建和改造排水管网", "新改建城镇供排水管网", False),  # 排水 is named in 供排水
    ],
)
def test_water_networks_are_apart(target: str, evidence: str, apart: bool) -> None:
    """water-contrast: supply, sewage, drainage and storm water pipes are different networks."""
    assert contrasted(target, evidence) is apart


@pytest.mark.parametrize(
    ("target", "evidence", "same"),
    [
        ("能源消耗强度要降低", "能耗强度下降", True),  # national-2014 -> 2015
        ("空气优良天数", "地级及以上城市空气质量优良天数比例", True),  # jilin-province-2025 -> 2026
        ("清洁能源装机", "清洁能源发电装机", True),  # qinghai-province-2025 -> 2026
        ("空气优良天数", "重污染天数", False),
    ],
)
def test_long_and_short_names_of_one_measure(target: str, evidence: str, same: bool) -> None:
    """long-short: 能源消耗 / 能耗, 空气质量优良天数 / 空气优良天数 and a province's 地级及以上城市 are one measure."""
    assert (
        similarity(target, evidence) >= SCORE_CUTOFF and not narrower(match_key(target), match_key(evidence))
    ) is same


@pytest.mark.parametrize(
    ("target", "evidence", "apart"),
    [
        ("新雪季接待游客人次达", "接待游客人次", True),  # jilin-province-2025 -> 2026: a season, not the year
        ("新雪季出游总花费增速达", "出游总花费", True),
        ("上半年完成投资", "完成投资", True),
        ("接待游客人次", "接待游客人次", False),
    ],
)
def test_part_of_the_year_is_not_the_year(target: str, evidence: str, apart: bool) -> None:
    """sub-period: a target set for a season or a quarter is never decided by the whole year's figure."""
    assert contrasted(target, evidence) is apart


@pytest.mark.parametrize(
    ("indicator", "key"),
    [
        ("全年共实施重点工业项目", "重点工业项目"),  # hailaer 2014: 共 before the verb goes with it
        ("已完成种植大树", "种植大树"),  # hailaer 2012
        ("共建首批创新联合体", "共建首批创新联合体"),  # anhui 2025: 共建 is co-building, a word of its own
        ("共享发展水平", "共享发展水平"),  # ningxia 2025
    ],
)
def test_leading_adverb_goes_with_its_verb(indicator: str, key: str) -> None:
    """An adverb opening an indicator before its verb (共实施, 已完成) leaves the key; 共建, 共享 stay."""
    assert match_key(indicator) == key


def test_sectors_are_contrasting_groups() -> None:
    """Farming projects (农牧业项目) are never decided by industrial ones (工业项目); a sector against itself is."""
    assert contrasted("实施重点农牧业项目", "全年实施重点工业项目")
    assert not contrasted("规上工业增加值增长", "全省规上工业增加值增长")


@pytest.mark.parametrize(
    ("plan", "review", "target", "actual"),
    [
        ("liaoning-province-2025", "liaoning-province-2026", "300处", "313处"),
        ("tianjin-municipality-2025", "tianjin-municipality-2026", "10家以上", "12家"),
        ("qinghai-province-2025", "qinghai-province-2026", "60亿立方米以上", "56.5亿立方米"),
    ],
)
def test_near_figure_decides_a_reworded_outcome(plan: str, review: str, target: str, actual: str) -> None:
    """A reworded outcome whose figure is near the target's (建设农村供水工程300处 / 完成农村集中供水工程313处;
    争取再获批10家以上全国重点实验室 / 新增全国重点实验室12家; 天然气产量稳定在60亿立方米以上 / 天然气56.5亿立方米)
    is found with the boost of near-figure, and decides the target either way."""
    plan_doc, review_doc = read(seed(plan)), read(seed(review))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    found = {a.commitment.quantity.text: a for a in align(commitments, outcomes) if a.commitment.quantity}
    assert found[target].outcome is not None and found[target].outcome.quantity is not None
    assert found[target].outcome.quantity.text == actual
    assert "near-figure" in found[target].rules
    no_boost = {
        a.commitment.quantity.text: a
        for a in align(commitments, outcomes, weights={"near-figure": 0})
        if a.commitment.quantity
    }
    assert no_boost[target].outcome is None
