"""Extraction scope: which figures of a plan are commitments and what quote each row carries (real report text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import mini_report, seed
from policydiff.extract import extract
from policydiff.parse import parse
from policydiff.pipeline import read
from policydiff.quantities import parse_quantities


def plan_rows(plan_text: str) -> list[tuple[float, str, str]]:
    """(value, unit, commitment text) of each quantified plan statement of ``plan_text``."""
    doc = parse(mini_report(plan_text))
    return [(s.quantity.value, s.quantity.unit, s.text) for s in extract(doc, side="plan") if s.quantity]


@pytest.mark.parametrize(
    ("plan", "growth_text"),
    [
        # hailaer-district-2012
        ("地区生产总值达到240亿元，同比增长21%。", "地区生产总值达到240亿元，同比增长21%"),
        # hailaer-district-2014
        ("年末规模以上企业销售收入达到81亿元，同比增长16%。", "年末规模以上企业销售收入达到81亿元，同比增长16%"),
        # hailaer-district-2012: a distributive word names no subject either
        ("旅游收入达到38亿元，分别增长20%。", "旅游收入达到38亿元，分别增长20%"),
        # national-2014: an increase compared with last year
        ("今年拟安排财政赤字13500亿元，比上年增加1500亿元。", "今年拟安排财政赤字13500亿元，比上年增加1500亿元"),
    ],
)
def test_subjectless_change_quotes_its_subject(plan: str, growth_text: str) -> None:
    """subjectless-change: a clause of only 同比/比上年/分别 and a rate verb quotes the clause naming its subject."""
    assert plan_rows(plan)[-1][2] == growth_text


def test_change_with_its_own_subject_keeps_its_clause() -> None:
    """A change clause naming its own subject (工业投资增长10%左右, guizhou-province-2026) is not extended."""
    rows = plan_rows("推动一批重大项目落地建设，工业投资增长10%左右。")
    assert rows == [(10, "%", "工业投资增长10%左右")]


@pytest.mark.parametrize(
    "clause",
    [
        "投资1亿元，启动实施黑羊站水厂改扩建工程",  # hailaer-district-2015
        "全年计划投资12.7亿元，实施重点商贸流通项目17个",  # hailaer-district-2012
        "安排资金136亿元，办好34项民生实事",  # xizang-province-2026
        "筹措资金835亿元以上，实施十大为民办实事工程",  # guangxi-province-2025
    ],
)
def test_spending_clause_quotes_what_it_pays_for(clause: str) -> None:
    """spending-object-next: an amount spent whose clause names no object quotes the next clause, which does."""
    assert plan_rows(clause + "。")[0][2] == clause


def test_spending_with_its_object_keeps_its_clause() -> None:
    """力争完成交通投资800亿元 (guizhou-province-2026) names what is invested in: its clause alone."""
    assert plan_rows("力争完成交通投资800亿元，水利投资300亿元。")[0][2] == "力争完成交通投资800亿元"


@pytest.mark.parametrize(
    ("plan", "value", "unit"),
    [
        ("启动投资1.3亿元的海拉尔河、伊敏河堤防工程。", 1.3e8, "元"),  # hailaer-district-2014
        ("确保投资5500万元的污泥处置工程年内完工。", 5.5e7, "元"),  # hailaer-district-2015
        ("确保红星美凯龙5.7万平方米主力店正式运营，23万平方米的建材城完工。", 2.3e5, "平方米"),  # hailaer-2015
        ("今年再解决6000万农村人口的饮水安全问题。", 6e7, "人"),  # national-2014
    ],
)
def test_figure_before_de_is_the_size_of_the_thing_promised(plan: str, value: float, unit: str) -> None:
    """size-before-de: a plan's lone figure before 的 is the size of the project or task it names."""
    assert (value, unit) in [(v, u) for v, u, _ in plan_rows(plan)]


@pytest.mark.parametrize(
    ("plan", "value"),
    [
        ("培育过2000万元的工业新增长点10个。", 2e7),  # a threshold (过) qualifies the things counted
        ("我们一定要下力气也完全有能力保障好14亿人的粮食安全。", 1.4e9),  # national-2021: a population
        ("加快推进…等12个百亿元、70个30亿元以上项目建设。", 1e10),  # guizhou-province-2026: each project's size
    ],
)
def test_qualifying_figure_before_de_is_no_commitment(plan: str, value: float) -> None:
    """A threshold, a population or a per-item size before 的 or a noun is no commitment of its own."""
    assert value not in [v for v, _, _ in plan_rows(plan)]


def test_two_totals_back_to_back_are_two_rows() -> None:
    """新开工改造老旧小区716个26.95万户 (jiangxi-province-2025): estates and households, two commitments."""
    assert [(v, u) for v, u, _ in plan_rows("新开工改造老旧小区716个26.95万户。")] == [(716, "个"), (269500, "户")]


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        ("加快格尔木、德令哈3座35万千瓦光热电站和光热产业科技创新中心建设。", [(3, "座")]),  # qinghai-2026
        ("对全省957个50户以上农村木质房屋连片村寨实施改造。", [(957, "个")]),  # guizhou-province-2025
    ],
)
def test_size_of_each_thing_counted_is_no_row(plan: str, expected: list[tuple[float, str]]) -> None:
    """per-item-size: a figure right after a count and before the things' name is the size of each, not a row."""
    assert [(v, u) for v, u, _ in plan_rows(plan)] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("力争算力规模突破10万P", 1e5, "P"),  # gansu-province-2025
        ("新增智能算力1.7万P", 1.7e4, "P"),  # anhui-province-2026
        ("博鳌乐城新引进特许药械产品40种", 40, "种"),  # hainan-province-2025
        ("全面开展儿童白血病等20种重大疾病保障试点工作", 20, "种"),  # national-2013
        ("发布可共享利用的农作物种质资源1000份以上", 1000, "份"),  # hainan-province-2025
        ("14块绿地布景造园", 14, "块"),  # hailaer-district-2012
        ("保障科技人员八成以上工作时间用于科研学术活动", 80, "%"),  # jiangxi-province-2025
        ("新增优质特色普通高中招生计划万名以上", 1e4, "人"),  # liaoning-province-2025
        ("力争旅居人数达600万", 6e6, "人"),  # yunnan-province-2025
    ],
)
def test_units_and_numerals_read(text: str, value: float, unit: str) -> None:
    """Computing power in P, kinds (种), copies (份), plots (块), tenths (八成), a bare 万 and a count of people."""
    assert [(q.value, q.unit) for q in parse_quantities(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "开展民间投资项目推介和“千企万户大走访”活动",  # chongqing: a slogan
        "每万人口高价值发明专利拥有量",  # a per-capita measure
        "惠及近万家企业",  # a near figure without a comparator after it
        "坚持一成不变",  # the idiom
        "推进P2P网贷风险处置",  # a code
        "种植业和畜牧业",  # 种 starting a word
    ],
)
def test_words_are_not_quantities(text: str) -> None:
    """A bare 万 without a comparator, the idiom 一成 and letters or words around units are not quantities."""
    assert parse_quantities(text) == ()


def test_five_year_period_is_a_horizon() -> None:
    """“十五五”时期…新增人口100万 (guizhou-province-2026) is a five-year goal, not this year's commitment."""
    assert plan_rows("“十五五”时期市（州）中心城市新增人口100万、县城新增人口100万。") == []


@pytest.mark.parametrize(
    "plan",
    [
        # national-2022
        "今年高校毕业生超过1000万人，要加强就业创业指导、政策支持和不断线服务。",
        # national-2014
        "今年高校毕业生将达727万人，要开发更多就业岗位，实施不间断的就业创业服务，提高大学生就业创业比例。",
        # national-2013
        "目前我国年度财政性教育经费支出总额已经超过2万亿元，今后还要继续增加，必须把这些钱用好，让人民满意。",
        # neimenggu-province-2025
        "我区有20个对外开放口岸，要着力提升口岸功能，建设好中蒙二连浩特—扎门乌德经济合作区。",
        # neimenggu-province-2025
        "我区每年接待游客近3亿人次，这些送上门来的消费还有很大潜力可挖，要开发更多带有“内蒙古味道”的服装服饰。",
    ],
)
def test_fact_a_sentence_acts_upon_is_no_commitment(plan: str) -> None:
    """premise-figure: a figure in the clause a sentence opens with, stated without intent or work, before a clause
    opening with a duty word (要, 今后还要), is the fact the duty acts on, not a target."""
    assert plan_rows(plan) == []


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        # national-2014: the clause promises its own figure (要减少)
        ("专项转移支付项目要减少三分之一，今后还要进一步减少。", "专项转移支付项目要减少三分之一"),
        # national-2014: work done this year (再解决) before a duty for two years
        (
            "今年再解决6000万农村人口的饮水安全问题，经过今明两年努力，要让所有农村居民都能喝上干净的水。",
            "今年再解决6000万农村人口的饮水安全问题",
        ),
        # hailaer-district-2012: an amount spent on work
        (
            "投资1.3亿元实施自来水管网改造工程，要确保16公里自来水主管网复线、68公里二级和三级管网改造等工程按时完工。",
            "投资1.3亿元实施自来水管网改造工程",
        ),
    ],
)
def test_promise_before_a_duty_clause_is_kept(plan: str, expected: str) -> None:
    """A clause that promises or spends (要减少, 再解决, 投资) is a commitment though a duty clause follows it."""
    assert expected in [text for _, _, text in plan_rows(plan)]


def test_fact_leaves_the_target_it_sets_up() -> None:
    """neimenggu-province-2025: 我区每年接待游客近3亿人次, a fact, is no row; 力争游客数量突破3亿人次 is."""
    texts = [s.text for s in extract(read(seed("neimenggu-province-2025")), side="plan") if s.quantity]
    assert "力争游客数量突破3亿人次" in texts
    assert not any("每年接待游客" in t or "对外开放口岸" in t for t in texts)


@pytest.mark.parametrize(
    "plan",
    [
        "实施千万亩高标准农田改造提升行动。",  # chongqing-municipality-2025
        "落实国家新一轮千亿斤粮食产能提升行动，推进高标准农田整区域建设。",  # jiangxi-province-2025
        "支持泰安打造千万千瓦级储能之都。",  # shandong-province-2025
        "实施百项革命文物保护利用工程，更好发挥红色文化资源育人功能及旅游价值。",  # anhui-province-2025
    ],
)
def test_round_figure_opening_a_programme_name_is_no_row(plan: str) -> None:
    """round-name: a round figure in words (千万亩, 千亿斤, 百项) at the head of a programme's name is no target."""
    assert plan_rows(plan) == []


@pytest.mark.parametrize(
    ("plan", "value"),
    [
        ("力争煤化工产业链产值稳定在千亿元以上。", 1e11),  # neimenggu-province-2025: a floor on a level
        ("推动现代化工及能源、现代农产品加工等支柱产业突破万亿级规模。", 1e12),  # hubei-province-2025: a size
        ("举办百场产业链供应链对接大会，促进资源共享、融通发展。", 100),  # fujian-province-2025: events, no programme
        ("完成30项市级疏堵工程。", 30),  # beijing-municipality-2025: a count in digits before a programme noun
    ],
)
def test_round_figure_as_a_target_is_kept(plan: str, value: float) -> None:
    """A round figure in words that is a level, a size or a count of events, and any figure in digits, stays a row."""
    assert [v for v, _, _ in plan_rows(plan)] == [value]


@pytest.mark.parametrize(
    ("sentence", "seed_file", "kept"),
    [
        # a class of berth or channel (万吨级) is never a figure
        ("推进防城港30万吨级进港航道、北海铁山港20万吨级航道、桂江航道等水运项目。", "guangxi-province-2025", []),
        ("开工湛海高铁、国投洋浦港10万吨级公共粮油码头、八所港高排港区一期等项目。", "hainan-province-2025", []),
        # a capacity naming a project with no stage promised in the year
        (
            "加快推进大唐哈克5万千瓦风电、麦多利10万吨大麦芽二期、东电2×35万千瓦热电联产等重点项目前期工作。",
            "hailaer-district-2013",
            [],
        ),
        # a stage promised, the project's completion, its implementation or connection: a commitment
        ("实施黑羊站水厂3万吨扩建项目。", "hailaer-district-2014", [30000]),
        ("完成日处理3万吨水厂改扩建。", "hailaer-district-2016", [30000]),
        ("推动200万千瓦风电全容量并网。", "qinghai-province-2025", [2000000]),
        # the figure as the target (…储能60万千瓦目标), not a size
        (
            "实现新增煤炭产能800万吨、火电装机130万千瓦、风电光伏装机2060万千瓦、储能60万千瓦目标。",
            "ningxia-province-2025",
            [8000000, 1300000, 20600000, 600000],
        ),
    ],
)
def test_a_projects_size_is_no_commitment_unless_something_is_promised(
    sentence: str, seed_file: str, kept: list[float]
) -> None:
    """plant-size: 30万吨级 (a class) and 大唐700万吨露天矿 in 加快推进…前期工作 (a size, nothing to deliver) are no
    rows (Guangxi, Hainan 2025; Hailar 2013, 2016; Xinjiang 2025); a stage promised (完成核准, 开工, 完成, 实施, 并网)
    keeps the sized project a commitment (Hailar 2012, 2014, 2016 gold; Qinghai 2025)."""
    assert sentence.rstrip("。") in Path(seed(seed_file)).read_text(encoding="utf-8")
    assert [v for v, _, _ in plan_rows(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "seed_file"),
    [
        ("低空经济要抓住低空飞行器制造、低空飞行服务保障、低空多元应用三个关键领域。", "neimenggu-province-2025"),
        ("建立健全多种力量协同、分流化解、责任倒查三项机制。", "xizang-province-2025"),
        ("抓住消费、投资两个关键。", "qinghai-province-2025"),
    ],
)
def test_a_count_of_abstract_things_is_a_figure_of_speech(sentence: str, seed_file: str) -> None:
    """Counts of 关键, 机制 and 大事 after 个, 项 or 件 are figures of speech (Neimenggu, Xizang, Qinghai 2025);
    100项关键核心技术 (Shaanxi 2025) counts technologies."""
    assert sentence.rstrip("。") in Path(seed(seed_file)).read_text(encoding="utf-8")
    assert plan_rows(sentence) == []
    assert "靶向攻关100项关键核心技术" in Path(seed("shaanxi-province-2025")).read_text(encoding="utf-8")
    assert [v for v, _, _ in plan_rows("靶向攻关100项关键核心技术。")] == [100]
