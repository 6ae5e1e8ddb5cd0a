"""Extraction: each phenomenon on a real quote, and whole real reports."""

from __future__ import annotations

import csv

import pytest

from helpers import GOLD, mini_report, seed
from policydiff.extract import extract
from policydiff.groups import listed_claims, named_count, task_claims
from policydiff.model import Comparator, Sense
from policydiff.parse import parse
from policydiff.pipeline import read


def plan_rows(plan_text: str) -> list[tuple[float, str, str]]:
    doc = parse(mini_report(plan_text))
    return [(s.quantity.value, s.quantity.unit, s.indicator) for s in extract(doc, side="plan") if s.quantity]


def test_shared_verb_enumeration() -> None:
    """shared-verb-enumeration: 新建（改）公厕10座、充电桩1000个、停车位3000个 is three commitments, each 新建（改）."""
    rows = plan_rows("新建（改）公厕10座、充电桩1000个、停车位3000个。")
    assert [(v, u) for v, u, _ in rows] == [(10, "座"), (1000, "个"), (3000, "个")]
    assert [ind for _, _, ind in rows] == ["新建（改）公厕", "新建（改）充电桩", "新建（改）停车位"]


def test_distributive_fenbie() -> None:
    """distributive-fenbie: 城镇、农村…分别增长6%、8.3% gives each number its own subject."""
    rows = plan_rows("城镇、农村常住居民人均可支配收入分别增长6%、8.3%。")
    assert rows == [(6, "%", "城镇常住居民人均可支配收入增长"), (8.3, "%", "农村常住居民人均可支配收入增长")]


def test_number_first_enumeration() -> None:
    """number-first-enumeration: 新建17所中小学、13所幼儿园 names each count by the noun after it."""
    rows = plan_rows("新建17所中小学、13所幼儿园。")
    assert [ind for _, _, ind in rows] == ["新建中小学", "新建幼儿园"]


def test_qualifier_not_target() -> None:
    """qualifier-not-target: 亿元以上 and 5亿元以上 qualify the object; the target is the count."""
    rows = plan_rows("开工建设亿元以上重点项目110个，实施5亿元以上重大项目10个。")
    assert [(v, u) for v, u, _ in rows] == [(110, "个"), (10, "个")]
    assert "亿元以上重点项目" in rows[0][2]


def test_qualifier_after_count() -> None:
    """A threshold after a count (64个预增产值过10亿元、2334个过2000万元的…) is not a target."""
    rows = plan_rows("盯紧抓实64个预增产值过10亿元、2334个过2000万元的工业新增长点。")
    assert [v for v, _, _ in rows] == [64, 2334]


def test_baseline_not_target() -> None:
    """A baseline (从75%) is not a target; the level it is raised to is."""
    rows = plan_rows("将科技型中小企业加计扣除比例从75%提高到100%。")
    assert [(v, ind) for v, _, ind in rows] == [(100, "科技型中小企业加计扣除比例")]


def test_forecast_and_horizon_not_targets() -> None:
    """Forecasts (预计今年…) and several-year horizons (用3—5年时间) are not this year's commitments."""
    assert plan_rows("预计今年高校毕业生超过1170万人。") == []
    assert plan_rows("用3—5年时间，培养引进10名战略科学家、100名科技领军人才。") == []


def test_a_horizon_frames_its_clause_and_those_after_it_only() -> None:
    """The clauses before a several-year horizon are the year's plan (ningxia-province-2025, two sentences); the
    horizon's own clause and those after it are not."""
    text = read(seed("ningxia-province-2025")).text
    for sentence, kept in (
        ("开展城中村改造专项行动，年内完成6000套改造计划，力争3年内全部启动五市市辖区城中村1.2万套改造任务。", [6000]),
        (
            "深入实施城市安全韧性提升行动，更新改造“四类管线”2000公里，加快提升城市生活污水集中收集率、排水管网"
            "雨污分流率，力争3年内完成城市老旧管网改造任务。",
            [2000],
        ),
    ):
        assert sentence in text
        assert [v for v, _, _ in plan_rows(sentence)] == kept
    assert plan_rows("力争3年内新建公厕1000座，全面完成改造任务。") == []


def test_ceiling_and_reduction_senses() -> None:
    """ceiling-target: unemployment and CPI are caps; a cut (降低2.5%) is a floor on the cut."""
    doc = parse(mini_report("城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；单位国内生产总值能耗降低2.5%左右。"))
    got = [(s.sense, s.comparator, s.is_rate) for s in extract(doc, side="plan")]
    assert got == [
        (Sense.CEILING, Comparator.APPROX, False),
        (Sense.CEILING, Comparator.APPROX, True),
        (Sense.FLOOR, Comparator.APPROX, True),
    ]


def test_bare_growth_takes_sentence_subject() -> None:
    """A bare 增长5% after 地区生产总值60199.45亿元 is the growth of 地区生产总值."""
    doc = parse(mini_report("新增就业50万人。", review="全省地区生产总值60199.45亿元、增长5%。"))
    growth = [s for s in extract(doc, side="review") if s.is_rate]
    assert [(s.quantity.value, s.indicator) for s in growth if s.quantity] == [(5, "地区生产总值增长")]


def test_completion_claim_is_an_outcome() -> None:
    """A clause saying a deliverable was done, without a number, is extracted as a completed outcome."""
    doc = parse(mini_report("新增就业50万人。", review="城镇新增就业超额完成全年任务。"))
    (claim,) = extract(doc, side="review")
    assert claim.quantity is None and claim.completed and claim.indicator == "城镇新增就业"


def test_spans_slice_the_source() -> None:
    """Every statement's span slices the source text to exactly its text."""
    doc = read(seed("national-2022"))
    statements = extract(doc, side="plan")
    assert statements
    for s in statements:
        assert doc.text[s.span.start : s.span.end] == s.text


def test_ids_are_stable_and_unique() -> None:
    """Ids depend only on the input: two runs agree, and no two commitments share one."""
    first = [s.id for s in extract(read(seed("hubei-province-2025")), side="plan")]
    second = [s.id for s in extract(read(seed("hubei-province-2025")), side="plan")]
    assert first == second and len(set(first)) == len(first)


def _gold_values(name: str, key: str) -> list[float]:
    with open(GOLD / name, encoding="utf-8", newline="") as fh:
        return sorted(float(r[key]) for r in csv.DictReader(fh))


def test_enshi_plan_extracts_every_gold_target() -> None:
    """The founding report's 2024 plan gives exactly the hand-labelled targets' values."""
    got = sorted(s.quantity.value for s in extract(read(seed("enshi-city-2024")), side="plan") if s.quantity)
    assert got == pytest.approx(_gold_values("enshi-2024-plan.csv", "target_value"))


def test_collapsed_paragraphs() -> None:
    """collapsed-paragraphs: a one-line report (Shanghai 2022) still yields its plan targets."""
    doc = read(seed("shanghai-municipality-2022"))
    assert "\n" not in doc.text.strip()
    values = {(s.quantity.value, s.quantity.unit) for s in extract(doc, side="plan") if s.quantity}
    assert {(5.5, "%"), (500, "家"), (17, "所"), (13, "所")} <= values


def test_chinese_numeral_counting_names() -> None:
    """A Chinese count of the names before it (松江、奉贤两个试点) is a target; 四个方面 is not."""
    assert [v for v, _, _ in plan_rows("完成松江、奉贤两个国家级农村宅基地改革试点任务。")] == [2]
    assert plan_rows("从创新政策、创新平台、创新氛围和创新服务四个方面统筹发力。") == []


def test_chinese_count_closing_a_list() -> None:
    """A Chinese count after 等 counts the things named before it (hailaer-district-2016.txt: 金星村等四个村;
    xinjiang-province-2025.txt: 科技文体惠民等十件民生实事); 等四个方面 stays a figure of speech."""
    assert [v for v, _, _ in plan_rows("陆续启动建设街道办事处金星村等四个村的棚户区改造工作。")] == [4]
    assert [v for v, _, _ in plan_rows("实施城乡老旧基础设施更新改造、科技文体惠民等十件民生实事。")] == [10]
    assert plan_rows("从创新政策、创新平台等四个方面统筹发力。") == []


def test_group_of_a_statement() -> None:
    """A commitment in a paragraph led by 民生实事 belongs to that named list."""
    doc = parse(mini_report("用情用力做好民生实事。新建改建幼儿园20所。"))
    (c,) = extract(doc, side="plan")
    assert c.group == "民生实事"


def test_target_restated_in_a_list_is_the_lists() -> None:
    """A target restated in an annex list (yunnan-province-2025.txt: 城镇新增就业50万人以上 in the main targets, again
    under 2025年10件惠民实事) is one commitment, an item of that list; the same amount spent on other works
    (hailaer-district-2015.txt: 全年投资1.6亿元，重点实施“菜篮子”工程 then 民生工程…继续推进拆炉并网改造，
    年内投资1.6亿元) is another commitment, and lends the first no list."""
    by_text = {s.text: s.group for s in extract(read(seed("yunnan-province-2025")), side="plan")}
    assert by_text["城镇新增就业50万人以上"] == "10件惠民实事"
    assert by_text["农村劳动力转移就业1500万人以上"] == "10件惠民实事"
    hailaer = [s for s in extract(read(seed("hailaer-district-2015")), side="plan") if "1.6亿元" in s.text]
    assert [(s.indicator, s.group) for s in hailaer] == [("菜篮子投资", ""), ("拆炉并网投资", "民生工程")]


def test_glossary_is_not_a_plan() -> None:
    """Definitions in a 名词解释 appendix (沪滇“16+16”园区共建：上海16个区…) are not commitments."""
    doc = read(seed("yunnan-province-2025"))
    texts = [s.text for s in extract(doc, side="plan")]
    assert texts and not any("16+16" in t for t in texts)


def test_copula_continuation_keeps_subject() -> None:
    """地区生产总值增长20%，达到282亿元: the level belongs to 地区生产总值 too."""
    rows = plan_rows("地区生产总值增长20%，达到282亿元。")
    assert [ind for _, _, ind in rows] == ["地区生产总值增长", "地区生产总值"]


@pytest.mark.parametrize(
    ("name", "quote", "figure", "indicator"),
    [
        ("shaanxi-province-2026", "全省进出口总值创历史新高，达到5379亿元、增长18.5％", "5379亿元", "进出口总值"),
        ("shaanxi-province-2026", "全省进出口总值创历史新高，达到5379亿元、增长18.5％", "18.5％", "进出口总值增长"),
        ("hailaer-district-2012", "新农合参合率再创新高，达到98.5%", "98.5%", "新农合参合率"),
        ("heilongjiang-province-2025", "粮食总产量再上新台阶，突破1600亿斤大关", "1600亿斤", "粮食总产量"),
        ("neimenggu-province-2025", "预计地区生产总值增长6%左右、突破2.6万亿元", "2.6万亿元", "地区生产总值"),
    ],
)
def test_new_high_lends_its_subject_to_the_next_figure(name: str, quote: str, figure: str, indicator: str) -> None:
    """全省进出口总值创历史新高，达到5379亿元: the clause of a new high names what the bare level after it
    (达到, 突破…大关) measures, not the subject of the sentence's previous figure (东盟进出口)."""
    found = [s for s in extract(read(seed(name)), side="review") if s.text == quote and s.quantity.text == figure]
    assert found and found[0].indicator == indicator


def test_a_crossed_level_naming_its_measure_keeps_it() -> None:
    """技术合同成交额超过百亿元 (xinjiang 2025) names its own measure after the clause before: it keeps it."""
    review = extract(read(seed("xinjiang-province-2025")), side="review")
    found = [s for s in review if s.text == "技术合同成交额超过百亿元"]
    assert found and found[0].indicator == "技术合同成交额"


@pytest.mark.parametrize(
    ("name", "side", "quote", "indicator"),
    [
        ("yunnan-province-2025", "plan", "做实打响“旅居云南”新品牌、力争旅居人数达600万", "旅居人数"),
        (
            "beijing-municipality-2026",
            "review",
            "深化交通综合治理，开通3条地铁新线、新增运营里程30公里",
            "新增运营里程",
        ),
        # verbs sharing one object, names sharing one verb, a bare measure needing the item before: the whole
        ("anhui-province-2025", "review", "新建、改造高标准农田454.6万亩", "新建、改造高标准农田"),
        ("hailaer-district-2015", "review", "奋斗镇、建设办建成蔬菜大棚700亩", "奋斗镇、建设办建成蔬菜大棚"),
        ("shandong-province-2026", "plan", "推进2000个省级重点项目、完成投资9800亿元以上", "省级重点项目、完成投资"),
    ],
)
def test_list_item_with_its_own_verb_names_its_own_measure(name: str, side: str, quote: str, indicator: str) -> None:
    """做实打响“旅居云南”新品牌、力争旅居人数达600万: the item after the list mark opens on its own verb and names its
    own measure (旅居人数), so the words of the item before are not part of it."""
    found = [s.indicator for s in extract(read(seed(name)), side=side) if s.text == quote and s.quantity]  # type: ignore[arg-type]
    assert found and found[-1] == indicator


@pytest.mark.parametrize(
    ("name", "side", "quote", "figure", "indicator"),
    [
        (
            "beijing-municipality-2026",
            "review",
            "生活垃圾回收利用率达43%，为380个老旧小区引入物业服务",
            "380个",
            "为老旧小区引入物业服务",
        ),
        (
            "qinghai-province-2025",
            "review",
            "新改建农村互助幸福院104个，为2298户困难老人家庭实施适老化改造",
            "2298户",
            "为困难老人家庭实施适老化改造",
        ),
        (
            "guizhou-province-2025",
            "plan",
            "打造30个标准化养老机构，为2万名特殊困难老年人提供居家上门服务",
            "2万名",
            "为特殊困难老年人提供居家上门服务",
        ),
        # 为 as a copula: the figure is the level of the clause before
        ("hailaer-district-2015", "review", "城镇登记失业率为3.79%", "3.79%", "城镇登记失业率"),
    ],
)
def test_wei_before_the_thing_counted_is_for_whom(
    name: str, side: str, quote: str, figure: str, indicator: str
) -> None:
    """为380个老旧小区引入物业服务: 为 before a figure and the thing it counts is whom the task serves, not a copula
    giving the level of the clause before (生活垃圾回收利用率达43%)."""
    found = [s for s in extract(read(seed(name)), side=side) if s.text == quote and s.quantity.text == figure]  # type: ignore[arg-type]
    assert found and found[0].indicator == indicator


def test_figure_of_speech_count() -> None:
    """具体要抓好9个方面的工作 is not a count of deliverables."""
    assert plan_rows("具体要抓好9个方面的工作。") == []


def test_contracted_subject_is_expanded() -> None:
    """城乡居民人均可支配收入分别增长5%和7%: 城乡 expands to 城镇 (5%) and 农村 (7%)."""
    rows = plan_rows("城乡居民人均可支配收入分别增长5%和7%左右。")
    assert [(v, ind) for v, _, ind in rows] == [(5, "城镇居民人均可支配收入增长"), (7, "农村居民人均可支配收入增长")]


def test_count_of_a_quoted_list_qualifies() -> None:
    """“牛羊菜果薯药粮种”8个产业集群…产值突破6100亿元: the target is the 6100亿元, not the 8 clusters."""
    rows = plan_rows("“牛羊菜果薯药粮种”8个产业集群全产业链产值突破6100亿元。")
    assert [v for v, _, _ in rows] == [610_000_000_000]


def test_listed_rates_share_the_verb() -> None:
    """一产、二产、三产增加值分别增长5.5%左右、6%左右、5%左右: all three are growth rates."""
    doc = parse(mini_report("一产、二产、三产增加值分别增长5.5%左右、6%左右、5%左右。"))
    assert [(s.indicator, s.is_rate) for s in extract(doc, side="plan")] == [
        ("一产增加值增长", True),
        ("二产增加值增长", True),
        ("三产增加值增长", True),
    ]


def test_listed_baselines_share_one_new_level() -> None:
    """分别从50%、75%提高至100%: the listed numbers are baselines, 100% is each subject's new level, and the
    clause before lends its measure (研发费用加计扣除比例) to the subjects (national 2023 report)."""
    doc = parse(
        mini_report(
            "今年继续推进。",
            review="不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%。",
        )
    )
    rows = [(s.quantity.value, s.indicator) for s in extract(doc, side="review") if s.quantity]
    assert rows == [(100, "制造业企业研发费用加计扣除比例"), (100, "科技型中小企业研发费用加计扣除比例")]
    assert all(s.sentence.startswith("不断提高") for s in extract(doc, side="review"))


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # a year and 预计 are not the subject: the figure is the level of the sentence's subject
        ("全市生产总值突破4万亿元大关，2022年预计达到4.45万亿元。", (4.45e12, "生产总值")),
        # names before 等 are examples: the count is of the noun after it
        ("省联投、省交投、省文旅集团等6家地方国企进入中国企业500强。", (6, "地方国企进入中国企业500强")),
        # a two-character measure listed after another figure shares its subject
        ("粮食播种面积1266.6万亩、产量514.4万吨。", (5144000, "粮食产量")),
    ],
)
def test_review_subjects_from_context(review: str, expected: tuple[float, str]) -> None:
    """Baseline figures a later derivation needs keep their subject (Shanghai 2023, Hubei and Fujian 2025)."""
    doc = parse(mini_report("今年继续推进。", review=review))
    rows = [(s.quantity.value, s.indicator) for s in extract(doc, side="review") if s.quantity]
    assert rows[-1][1] == expected[1] and rows[-1][0] == pytest.approx(expected[0])


def test_amount_listed_after_a_count_is_the_things_amount() -> None:
    """实施省重点项目1550个、年度计划投资7150亿元 (Fujian 2025): the 7150亿元 is the projects' investment."""
    rows = plan_rows("实施省重点项目1550个、年度计划投资7150亿元。")
    assert [ind for _, _, ind in rows] == ["实施省重点项目", "省重点项目年度计划投资"]


def test_share_names_what_it_is_a_share_of() -> None:
    """力争城市建成区50%以上面积达到海绵城市建设标准 (Jiangxi 2025): the share is of the area meeting the standard,
    so it cannot be read against 城市建成区园林绿化覆盖率."""
    rows = plan_rows("力争城市建成区50%以上面积达到海绵城市建设标准。")
    assert rows == [(50, "%", "城市建成区面积达到海绵城市建设标准")]


def test_listed_increases_with_units_are_changes() -> None:
    """分别再提高30元和5元 (national 2022): the verb before the first number makes both changes, not levels."""
    doc = parse(mini_report("居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。"))
    assert [(s.quantity.value, s.is_rate) for s in extract(doc, side="plan") if s.quantity] == [(30, True), (5, True)]


@pytest.mark.parametrize(
    ("review", "indicator"),
    [
        # Shanxi 2026: a bare 占比 is the share of the figure before it
        ("新能源和清洁能源装机达到9048万千瓦，占比55.1%。", "新能源和清洁能源装机占比"),
        # examples before 等 name the class that follows
        ("推动大数据、集成电路、智能终端等数字经济核心产业增长10%以上。", "数字经济核心产业增长"),
    ],
)
def test_subject_of_a_bare_share_and_of_examples(review: str, indicator: str) -> None:
    """The indicator names the measure, not a bare 占比 or a list of examples."""
    doc = parse(mini_report("今年继续推进。", review=review))
    assert [s.indicator for s in extract(doc, side="review") if s.quantity][-1] == indicator


def test_target_restated_across_a_line_break_is_one_commitment() -> None:
    """National 2021: 国内生产总值增长6%以上, then 今年预期目标设定为6%以上 across a zero-width line: one row."""
    rows = plan_rows("国内生产总值增长6%以上。今年预期目标设定\n\u200b\n为6%以上，考虑了经济运行恢复情况。")
    assert [(v, ind) for v, _, ind in rows] == [(6, "国内生产总值增长")]


def test_jun_after_a_listed_clause_gives_each_subject_the_number() -> None:
    """办理人大代表建议71件、政协提案90件，满意率均达100% (Enshi 2024): a 满意率 of 100% for each of the two."""
    doc = parse(mini_report("今年继续推进。", review="办理人大代表建议71件、政协提案90件，满意率均达100%。"))
    rows = [(s.quantity.value, s.indicator) for s in extract(doc, side="review") if s.quantity]
    assert rows[-2:] == [(100, "办理人大代表建议满意率"), (100, "政协提案满意率")]


@pytest.mark.parametrize(
    ("quote", "indicator"),
    [
        ("精细化治理1411条背街小巷。", "精细化治理背街小巷"),  # beijing-municipality-2026
        ("归集发布不少于10万个高校毕业生就业岗位。", "归集发布高校毕业生就业岗位"),  # beijing-municipality-2025
        ("国务院各部门全年取消和下放246项行政审批事项。", "国务院各部门全年取消和下放行政审批事项"),  # national-2015
        # negatives: no noun after the number, or a per-unit tail
        ("城镇新增就业1200万人以上。", "城镇新增就业"),  # national-2022
        ("全省PM2.5平均浓度不超过35微克每立方米。", "PM2.5平均浓度不"),  # shaanxi-province-2025
        ("全市生产总值突破4万亿元大关。", "生产总值"),  # shanghai-municipality-2022 (a threshold passed)
    ],
)
def test_thing_counted_after_number(quote: str, indicator: str) -> None:
    """thing-after-count: the noun after a count (治理1411条背街小巷) is what it counts; a unit tail is not."""
    assert [ind for _, _, ind in plan_rows(quote)] == [indicator]


@pytest.mark.parametrize(
    ("quote", "indicators"),
    [
        # ningxia-province-2026: the first item is longer than the last, whose rate all share
        ("城市生活垃圾和建筑垃圾利用率均达60%以上。", ["城市生活垃圾利用率达", "建筑垃圾利用率达"]),
        # hailaer-district-2013
        (
            "确保城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上。",
            ["城乡居民参加养老保险参保率保持", "基本医疗保险参保率保持"],
        ),
        # negative, yunnan-province-2025: items naming their own rates share no tail, not even the last's 控）率
        (
            "农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率均提高3个百分点。",
            ["农村卫生户厕提高", "生活垃圾处理设施覆盖率提高", "生活污水治理（管控）率提高"],
        ),
        # negative: each item names its own rate
        (
            "农村卫生厕所普及率、生活垃圾分类行政村覆盖率、生活污水治理率分别提高到88%、83.6%、87.5%。",
            ["农村卫生厕所普及率提高", "生活垃圾分类行政村覆盖率提高", "生活污水治理率提高"],
        ),
    ],
)
def test_shared_rate_after_a_list(quote: str, indicators: list[str]) -> None:
    """shared-rate: the rate at the end of a list's last item (…利用率均达60%) belongs to every item."""
    assert [ind for _, _, ind in plan_rows(quote)] == indicators


@pytest.mark.parametrize(
    ("quote", "indicators"),
    [
        # national-2014 and national-2015: the second clause names only its stage
        ("新开工保障性安居工程666万套，基本建成544万套。", ["新开工保障性安居工程", "基本建成保障性安居工程"]),
        ("新开工保障性安居工程740万套，基本建成511万套。", ["新开工保障性安居工程", "基本建成保障性安居工程"]),
        # negatives: a rate of the same subject, and a clause naming its own measure
        ("地区生产总值增长20%，达到282亿元。", ["地区生产总值增长", "地区生产总值"]),
        ("城镇新增就业1200万人以上，城镇调查失业率5.5%左右。", ["城镇新增就业", "城镇调查失业率"]),
    ],
)
def test_stage_clause_names_the_same_things(quote: str, indicators: list[str]) -> None:
    """stage-clause: a clause of only a verb (基本建成511万套) counts the things the clause before it named."""
    assert [ind for _, _, ind in plan_rows(quote)] == indicators


@pytest.mark.parametrize(
    ("quote", "indicators"),
    [
        # chongqing-municipality-2025: milestones through the year share the measure
        ("力争今年4月贯通实战应用超过200个、年底超过260个。", ["4月贯通实战应用", "贯通实战应用"]),
        # negative (hailaer-district-2012): a deadline before the list names no item
        (
            "6月底前要全面完成3.4万平方米草坪、120万株花草种植和13.5万株大树大苗的植树任务。",
            ["6月底前要全面完成草坪", "完成花草种植和", "完成大树大苗的植树任务"],
        ),
    ],
)
def test_time_point_item_keeps_the_measure(quote: str, indicators: list[str]) -> None:
    """time-point: a list item named only by a point in the year (年底超过260个) keeps the measure before it."""
    assert [ind for _, _, ind in plan_rows(quote)] == indicators


def test_season_leads_the_whole_list() -> None:
    """sub-period: 新雪季 before a list of measures qualifies each of them (jilin-province-2025)."""
    rows = plan_rows("实现新雪季接待游客人次、出游总花费增速均达到20％以上。")
    assert [ind for _, _, ind in rows] == ["新雪季接待游客人次达", "新雪季出游总花费增速达"]


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("tianjin-municipality-2026", "PM2.5年均浓度36.2微克/立方米、同比下降5%"),
        ("beijing-municipality-2026", "细颗粒物年均浓度27微克/立方米、下降11.5%"),
    ],
)
def test_annual_mean_is_one_year(name: str, quote: str) -> None:
    """年均浓度 (the year's mean concentration) is one year's level, not a several-year average like 年均增长."""
    found = [s for s in extract(read(seed(name)), side="review") if s.text == quote]
    assert found and all(s.cumulative == "" for s in found)
    review = extract(read(seed("tianjin-municipality-2026")), side="review")
    average = [s for s in review if "较2020年下降25%" in s.text]
    assert average and average[0].cumulative == "total"


def test_verb_only_list_item_counts_the_previous_items_things() -> None:
    """城镇保障性住房基本建成470万套、新开工630万套 (national 2013): the second item starts the same houses."""
    found = {s.quantity.text: s for s in extract(read(seed("national-2013")), side="plan") if s.quantity}
    assert found["630万套"].indicator == "城镇保障性住房新开工"
    assert found["470万套"].indicator == "城镇保障性住房基本建成"


@pytest.mark.parametrize(
    ("name", "figure", "indicator"),
    [
        # number-first lists: the noun after the last figure is every figure's
        ("shanghai-municipality-2020", "55万平方米", "完成中心城区成片二级旧里"),
        ("hailaer-district-2013", "3800户", "完成棚户区改造"),
        # a short measure after a clause giving another measure of the same thing
        ("hailaer-district-2014", "15万吨", "地产蔬菜产量"),
        ("hailaer-district-2014", "2.5亿元", "马铃薯产值"),
    ],
)
def test_a_figure_without_its_own_noun_borrows_its_neighbours(name: str, figure: str, indicator: str) -> None:
    """完成55万平方米、2.8万户中心城区成片二级旧里以下房屋改造 and 地产蔬菜种植面积达到2万亩，产量达到15万吨: the
    figure's name comes from the list's last noun, or from the owner of the measure in the clause before."""
    found = [s.indicator for s in extract(read(seed(name)), side="plan") if s.quantity and s.quantity.text == figure]
    assert indicator in found


def test_a_sentence_opened_by_the_year_is_about_that_year() -> None:
    """In a five-year review, 2012年，…城镇新增就业1266万人 (national 2013) is 2012's figure, not a
    several-year total; 五年来…累计新增城镇就业5870万人 stays one."""
    review = extract(read(seed("national-2013")), side="review")
    jobs = [s for s in review if s.quantity and s.quantity.text == "1266万人"]
    assert jobs and jobs[0].cumulative == ""
    total = [s for s in review if s.quantity and s.quantity.text == "5870万人"]
    assert total and total[0].cumulative == "total"


@pytest.mark.parametrize(
    ("name", "quote", "figure"),
    [
        ("shandong-province-2026", "每年实施20项重点民生实事", "20项"),
        ("hubei-province-2026", "城镇新增就业每年超过90万人", "90万人"),
        ("shaanxi-province-2026", "每年城镇新增就业40万人以上", "40万人以上"),
        ("shanghai-municipality-2023", "外贸进出口总额连续两年超过4万亿元", "4万亿元"),
    ],
)
def test_a_figure_claimed_for_every_year_is_the_reviewed_years(name: str, quote: str, figure: str) -> None:
    """In a five-year review, 每年实施20项 or 连续两年超过4万亿元 claims the figure for every year, the reviewed
    year among them: it is that year's figure, not a several-year total."""
    found = [s for s in extract(read(seed(name)), side="review") if s.text == quote and s.quantity.text == figure]
    assert found and found[0].cumulative == ""


@pytest.mark.parametrize(
    ("name", "quote", "figure"),
    [
        ("chongqing-municipality-2026", "公共文化机构年均服务群众超过9000万人次", "9000万人次"),  # an average
        ("ningxia-province-2026", "利用率达94.5%、连续5年保持西北第一，建成8个绿电园区项目", "8个"),  # another clause's
    ],
)
def test_an_average_or_another_clauses_run_of_years_is_no_every_year_claim(name: str, quote: str, figure: str) -> None:
    """年均 averages over the years, and 连续5年 in the clause before governs that clause only: the figure stays a
    several-year total."""
    found = [s for s in extract(read(seed(name)), side="review") if s.text == quote and s.quantity.text == figure]
    assert found and found[0].cumulative == "total"


@pytest.mark.parametrize(
    ("name", "quote", "figure"),
    [
        ("gansu-province-2026", "外贸进出口总值首次突破700亿元、年均增长13.2%", "700亿元"),
        ("jiangxi-province-2026", "高速公路通车里程突破7000公里", "7000公里"),
        ("hubei-province-2026", "地区生产总值迈上6万亿元台阶", "6万亿元"),
    ],
)
def test_a_level_crossed_in_a_look_back_is_the_periods_end(name: str, quote: str, figure: str) -> None:
    """In a five-year review, a level crossed (突破700亿元, 迈上6万亿元台阶) stands at the period's end ("period"),
    where work done over the years adds up ("total")."""
    found = [s for s in extract(read(seed(name)), side="review") if s.text == quote and s.quantity.text == figure]
    assert found and found[0].cumulative == "period"


@pytest.mark.parametrize(
    ("name", "quote", "figure"),
    [
        ("gansu-province-2026", "森林覆盖率提高1.64个百分点", "1.64个百分点"),
        ("liaoning-province-2026", "优良天数比例提高6.1个百分点", "6.1个百分点"),
        (
            "yunnan-province-2026",
            "农村卫生户厕覆盖率、污水治理（管控）率、生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点",
            "54个百分点",
        ),
    ],
)
def test_a_change_in_points_in_a_look_back_adds_up(name: str, quote: str, figure: str) -> None:
    """In a five-year review, a rate raised by some points (提高1.64个百分点) is the years' changes added up
    ("total"), not the level at the period's end."""
    found = [s for s in extract(read(seed(name)), side="review") if s.text == quote and s.quantity.text == figure]
    assert found and found[0].cumulative == "total"


def test_a_total_word_still_makes_a_crossed_level_a_total() -> None:
    """地区生产总值五年跨过3个万亿级关口、突破10万亿元 (chongqing 2026): 五年 governs the figures after it."""
    review = extract(read(seed("chongqing-municipality-2026")), side="review")
    found = [s for s in review if s.quantity and s.quantity.text == "10万亿元" and "五年跨过" in s.text]
    assert found and found[0].cumulative == "total"


@pytest.mark.parametrize(
    ("name", "figure"),
    [
        ("hailaer-district-2016", "136.3亿元"),  # 社会消费品零售总额由2010年的68亿元增加到2015年的136.3亿元
        ("guizhou-province-2026", "57.7%"),  # 常住人口城镇化率从2020年的53.2%提升到2025年的57.7%
        ("national-2013", "17.63万亿元"),  # 涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元
    ],
)
def test_a_figure_dated_by_the_reviewed_year_is_that_years(name: str, figure: str) -> None:
    """由2010年的68亿元增加到2015年的136.3亿元: the figure after the reviewed year's own date is that year's level,
    though the sentence spans five years; the change since the base year (比2010年增加13480元) stays a total."""
    review = extract(read(seed(name)), side="review")
    found = [s for s in review if s.quantity and s.quantity.text == figure]
    assert found and found[0].cumulative == ""
    if name == "hailaer-district-2016":
        change = [s for s in review if s.quantity and s.quantity.text == "13480元"]
        assert change and change[0].cumulative == "total"


@pytest.mark.parametrize(
    ("name", "side", "quote"),
    [
        ("national-2013", "review", "居民消费价格涨幅回落到2.6%"),  # the 4％左右 cap of 2012 was on the same change
        ("xinjiang-province-2025", "plan", "居民消费价格涨幅保持在2%左右"),
        ("liaoning-province-2026", "plan", "海洋药物和生物制品、海洋电力、海洋旅游增速保持在10%以上"),
        ("national-2013", "plan", "广义货币M2预期增长目标拟定为13%左右"),  # a growth target set at a figure
    ],
)
def test_a_measure_named_as_a_change_is_a_rate(name: str, side: str, quote: str) -> None:
    """rate-noun: a figure of a 涨幅, 增速 or 增长目标 is a change, though a verb before it (回落到, 保持在, 拟定为)
    reads as a level."""
    found = [s for s in extract(read(seed(name)), side=side) if s.text == quote and s.quantity]  # type: ignore[arg-type]
    assert found and all(s.is_rate for s in found)


def test_a_rate_noun_of_another_listed_subject_makes_no_rate() -> None:
    """城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内: the 涨幅 is the CPI's, the jobless rate stays a level."""
    found = {
        s.quantity.text: s.is_rate
        for s in extract(read(seed("xizang-province-2025")), side="plan")
        if s.text == "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内" and s.quantity
    }
    assert found == {"5%": False, "3%以内": True}


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        # hailaer-district-2013.txt: a perfective 完成了 before a list claims each object done
        ("完成了出口道路、城区主干道路、住宅小区和三山绿化", ["出口道路", "城区主干道路", "住宅小区", "三山绿化"]),
        # jiangxi-province-2025.txt: so does a completion word
        ("全面完成工业噪声、工业固体废物排污许可管理", ["工业噪声", "工业固体废物排污许可管理"]),
        # negative, anhui-province-2026.txt, hailaer-district-2015.txt: a hedged verb claims nothing
        ("基本完成水泥、焦化行业超低排放改造", []),
        ("较好地完成了年初确定的各项目标任务", []),
        # negative, national-2021.txt: one object is no list (the claim of the whole clause stands)
        ("完成了消除绝对贫困的艰巨任务", []),
    ],
)
def test_completion_verb_before_a_list(segment: str, expected: list[str]) -> None:
    """完成了A、B和C: a completion verb opening a clause claims each listed object done, unless hedged."""
    assert listed_claims(segment) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        # ningxia-province-2026.txt, jiangxi-province-2026.txt: 完成 the year's task of a thing
        ("完成年度“四类管线”改造任务", ["“四类管线”改造"]),
        ("完成城中村、城镇老旧小区、城市危旧房改造年度任务", ["城中村、城镇老旧小区、城市危旧房改造"]),
        # neimenggu-province-2025.txt, heilongjiang-province-2025.txt: the task first, a completion word after it
        ("温暖工程年度任务全面完成", ["温暖工程"]),
        ("国企改革深化提升行动超额完成年度目标任务", ["国企改革深化提升行动"]),
        # negative, hainan-province-2025.txt: hedged
        ("保交房较好完成年度任务", []),
        # negative, beijing-municipality-2025.txt: not named as the year's task
        ("完成市级政府机构改革任务", []),
        # negative, tianjin-municipality-2025.txt, hebei-province-2025.txt: the year's targets as a whole name nothing
        ("全面完成年度任务", []),
        ("较好完成全年经济社会发展目标任务", []),
        # negative, hainan-province-2026.txt: a duty in a plan, not a claim
        ("确保生态环境主要指标完成国家下达任务", []),
    ],
)
def test_the_years_task_claimed_done(segment: str, expected: list[str]) -> None:
    """完成年度X任务, X年度任务全面完成: the year's task of X claimed done; never hedged, a duty or the whole year."""
    assert task_claims(segment) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        # shaanxi-province-2026.txt: two proper names before 入选 count the head noun after it
        ("延安苹果、汉中中药材入选国家级优势特色产业集群", (2, "入选", "入选国家级优势特色产业集群")),
        # gansu-province-2025.txt, anhui-province-2026.txt: the same with three names, or with 获批
        ("兰州、嘉峪关、庆阳入选国家再生水试点", (3, "入选", "入选国家再生水试点")),
        ("马鞍山、宿州获批国家物流枢纽承载城市", (2, "获批", "获批国家物流枢纽承载城市")),
        # negative, guangxi-province-2026.txt: a list ending in 等 may be only examples
        ("北海涠洲岛、防城港“蓝色海湾”、柳江柳州市段等获评全国生态保护典型案例", None),
        # negative, hainan-province-2025.txt: a 等 inside the list too
        ("增值电信、医疗、保健食品和特殊医学用途配方食品等领域进一步获批扩大对外开放", None),
        # negative, shanxi-province-2026.txt: 分别 pairs the names with several heads
        ("长治、临汾分别入选国家公立医院改革与高质量发展、中医药传承创新发展示范城市", None),
        # negative, neimenggu-province-2025.txt: 已入选 is a standing, not the year's selection
        ("我区乳业、稀土新材料、现代煤化工已入选国家级先进制造业集群", None),
        # negative, chongqing-municipality-2026.txt: counted by figures already
        ("10所学校、12个专业群入选国家第二期“双高建设计划”", None),
        # negative, liaoning-province-2026.txt: a verb with no counted head (获批上市)
        ("全国首台光子计数CT、全球首创心脏冷冻消融系统获批上市", None),
    ],
)
def test_names_before_a_verb_of_selection_count_its_head(segment: str, expected: tuple[int, str, str] | None) -> None:
    """A、B入选X: the names count the year's X (at least); never a list with 等, 分别, 已 or figures."""
    assert named_count(segment) == expected


def test_named_count_is_a_lower_bound_in_the_review() -> None:
    """shaanxi-province-2026.txt: the names give an outcome of at least 2个 for the verb and head noun."""
    found = [s for s in extract(read(seed("shaanxi-province-2026")), side="review") if s.action == "入选"]
    assert [(s.indicator, s.quantity.value, s.comparator) for s in found if s.quantity] == [
        ("入选国家级优势特色产业集群", 2, Comparator.GE)
    ]


@pytest.mark.parametrize(
    ("name", "quote", "indicator"),
    [
        ("national-2012", "赤字率下降到1.5％左右", "赤字率"),
        ("guizhou-province-2025", "比重下降至14.2%", "社会物流总费用占地区生产总值的比重"),
    ],
)
def test_down_to_a_level_is_a_cap(name: str, quote: str, indicator: str) -> None:
    """A measure taken down to a level (下降到, 下降至) is a cap on the level, with the verb out of its name."""
    found = [s for s in extract(read(seed(name)), side="plan") if s.text.endswith(quote)]
    assert [(s.indicator, s.sense) for s in found] == [(indicator, Sense.CEILING)]


def test_a_cut_by_a_figure_stays_a_floor() -> None:
    """A cut by a figure (能源消耗强度要降低3.9%以上, national 2014) is a floor on the cut, not a cap."""
    plan = extract(read(seed("national-2014")), side="plan")
    found = [s for s in plan if s.quantity and s.quantity.text == "3.9%以上" and "能源消耗强度" in s.indicator]
    assert found and {s.sense for s in found} == {Sense.FLOOR}


def test_level_reached_last_year_is_the_years() -> None:
    """A change over several years ending at last year's level (降到去年的1.5%左右) gives the reviewed year's level;
    the starting figure stays a several-year one."""
    review = extract(read(seed("national-2013")), side="review")
    ended = [s for s in review if s.quantity and s.quantity.text == "1.5%左右" and "2009年" in s.text]
    assert ended and all(s.cumulative == "" for s in ended)
