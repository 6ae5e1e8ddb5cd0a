"""Indicator helpers: strip_words agrees with the plain loop over every word; every figure's indicator names a
measure (its subject, the object of the works clause before it, its sentence's topic, what its amount pays for)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import mini_report, seed
from policydiff import lexicon_zh as lx
from policydiff.extract import extract
from policydiff.indicators import _TRIM, INDICATOR_MAX, strip_words, window
from policydiff.parse import parse
from policydiff.pipeline import read

WORD = st.text(alphabet="建设新增加快，", min_size=1, max_size=3)


def slow_strip(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """Each pass tries every prefix in order, then every suffix, until nothing changes."""
    changed = True
    while changed and text:
        changed = False
        text = text.strip(_TRIM)
        for p in prefixes:
            if text.startswith(p) and len(text) > len(p):
                text, changed = text[len(p) :], True
        for s in suffixes:
            if text.endswith(s) and len(text) > len(s):
                text, changed = text[: -len(s)], True
    return text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="建设新增加快，农田", max_size=12), st.tuples(*[WORD] * 4), st.tuples(*[WORD] * 3))
def test_strip_words_equals_the_plain_loop(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> None:
    """Looking words up by their edge character strips exactly what trying every word in order strips."""
    assert strip_words(text, prefixes, suffixes) == slow_strip(text, prefixes, suffixes)


def test_strip_words_on_a_real_indicator() -> None:
    """加快建设新型基础设施 (hubei-province-2025.txt) loses its leading verbs, not the words inside."""
    text = "加快建设新型基础设施"
    assert strip_words(text, lx.ACTION_VERBS, ()) == slow_strip(text, lx.ACTION_VERBS, ()) == "新型基础设施"


def _indicators(text: str, side: str = "plan") -> list[str]:
    """The indicators of the figures of a real quote set in a small report, on one side."""
    doc = parse(mini_report(text) if side == "plan" else mini_report("今年继续推进。", review=text))
    return [s.indicator for s in extract(doc, side=side) if s.quantity]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gansu-province-2025.txt, jilin-province-2026.txt: the verb after a short subject is not put before it,
        # and the measure noun it names (规模) stays
        ("力争算力规模突破10万P。", ["算力规模"]),
        ("产业规模突破100亿元。", ["产业规模"]),
        # neimenggu-province-2025.txt, national-2014.txt: nor a verb already in it (开工新开工)
        ("力争营收达到1200亿元。", ["营收"]),
        ("今年新开工700万套以上。", ["新开工"]),
        # negative, fujian-province-2025.txt: a verb shared from an earlier item still goes in front
        ("新建（改）公厕10座、充电桩1000个。", ["新建（改）公厕", "新建（改）充电桩"]),
    ],
)
def test_short_subject_keeps_its_measure_not_its_verb(text: str, expected: list[str]) -> None:
    """A short subject before its verb (算力规模突破10万P) is named as written, not as 突破算力."""
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national-2012.txt: bare verbs build what the works clause before them names
        (
            "继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。",
            ["基本建成保障性安居工程", "新开工保障性安居工程"],
        ),
        # hailaer-district-2013.txt: a noun of effort (力度) after the works verb
        (
            "加大社区平价蔬菜超市建设力度，逐步在成规模的小区全部设置平价蔬菜超市，年内完成20个。",
            ["完成社区平价蔬菜超市"],
        ),
        # shanghai-municipality-2023.txt, hailaer-district-2015.txt: a bare amount right after it is its spending
        ("持续推进重大工程建设，全年完成投资2150亿元。", ["重大工程完成投资"]),
        (
            "继续推进拆炉并网改造，年内投资1.6亿元，完成二期170万平方米供热改造任务。",
            ["拆炉并网投资", "完成二期供热改造任务"],
        ),
        # negative, hailaer-district-2012.txt: a clause of a change (提高), not of works, lends nothing
        ("通航能力显著提高，新开通海拉尔至香港、上海等6条航线。", ["新开通航线"]),
    ],
)
def test_bare_verbs_take_the_object_of_the_works_clause(text: str, expected: list[str]) -> None:
    """新开工700万套 after 继续推进保障性安居工程建设 is 新开工保障性安居工程, not a key of verbs only."""
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # shandong-province-2026.txt: an opening 方面 clause names what the listed projects are
        (
            "公路方面，新开工晏城至表白寺等2个项目，建成通车济南至宁津等5个项目。",
            "plan",
            ["公路开工项目", "公路建成项目"],
        ),
        # jiangxi-province-2025.txt: the task an opening clause pushes (推进…工程) owns a bare 完成投资
        (
            "深入推进“十百千万”工程，实施省大中型项目4600个以上，完成投资1.2万亿元左右。",
            "plan",
            ["实施省大中型项目", "十百千万工程完成投资"],
        ),
        # negative, fujian-province-2025.txt: an opening clause that is no topic lends nothing
        ("初步统计，出口增长5.3%。", "review", ["出口增长"]),
    ],
)
def test_figure_naming_nothing_takes_the_sentence_topic(text: str, side: str, expected: list[str]) -> None:
    """A figure whose words name no measure (项目, 完成投资) is of its sentence's opening topic, if it has one."""
    assert _indicators(text, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # hailaer-district-2015.txt, hailaer-district-2017.txt: the clause after a spending clause names its object
        ("投资1亿元，启动实施黑羊站水厂改扩建工程。", "plan", ["黑羊站水厂改扩建工程投资"]),
        ("投资2.5亿元,实施俄罗斯风情精品街项目。", "plan", ["俄罗斯风情精品街项目投资"]),
        # ningxia-province-2025.txt: in a review too; a short list is named whole
        (
            "投资5.8亿元，启动建设国家重大传染病防治基地和中医疫病防治基地。",
            "review",
            ["国家重大传染病防治基地和中医疫病防治基地投资"],
        ),
        # negative, hailaer-district-2016.txt: a next clause that does not open on a verb names no object
        ("完成投资55.2亿元，此次工作呈现出拉动投资、增加税收等多重综合效应。", "review", ["完成投资"]),
    ],
)
def test_spending_clause_takes_the_object_after_it(text: str, side: str, expected: list[str]) -> None:
    """投资1亿元，启动实施黑羊站水厂改扩建工程: the amount is the works' investment, not a bare 投资."""
    assert _indicators(text, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # hailaer-district-2012.txt: a list whose counts each come before their name, after an item without one
        (
            "要确保城区“六横六纵”绿带、14块绿地布景造园、60个既有小区补绿增绿和5000亩三山绿化等工程按时完工。",
            "plan",
            ["绿地布景造园", "既有小区补绿增绿", "三山绿化"],
        ),
        # fujian-province-2026.txt: the conjunction before the next count ends the name
        ("开展首批9个城乡融合试点和10个城镇化潜力地区试点。", "review", ["开展首批城乡融合试点", "城镇化潜力地区试点"]),
        # hainan-province-2025.txt: the 等 of 一等奖 closes no list
        ("国家科学技术奖获评2个一等奖、3个二等奖。", "review", ["国家科学技术奖获评一等奖", "二等奖"]),
        # negative, fujian-province-2025.txt: names before their figures are not names after them
        ("城镇调查失业率5%左右、居民消费价格涨幅3%左右。", "plan", ["城镇调查失业率", "居民消费价格涨幅"]),
    ],
)
def test_counts_listed_before_their_names(text: str, side: str, expected: list[str]) -> None:
    """14块绿地布景造园、60个既有小区补绿增绿和5000亩三山绿化等工程: each count is of the name right after it."""
    assert _indicators(text, side) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national-2013.txt: a long baseline before the figure no longer pushes the subject's start out
        ("财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右。", ["财政赤字占国内生产总值的比重"]),
        # guizhou-province-2026.txt
        ("常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。", ["常住人口城镇化率"]),
        # hailaer-district-2016.txt: 由 opens the baseline too
        ("社会消费品零售总额由2010年的68亿元增加到2015年的136.3亿元。", ["社会消费品零售总额"]),
        # hebei-province-2026.txt
        ("全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。", ["生产总值"]),
        # negative, hailaer-district-2016.txt: 从 inside a word (从业) opens no baseline
        ("商业从业人员突破6万人。", ["商业从业人员"]),
        # negative, hainan-province-2025.txt: nor does 由 inside a word (自由贸易)
        ("自由贸易账户（FT账户）资金增长87%。", ["自由贸易账户（FT账户）资金增长"]),
    ],
)
def test_baseline_is_cut_before_the_subject_window(text: str, expected: list[str]) -> None:
    """The subject of a figure after a baseline (从2020年的53.2%提升到) is read before the baseline, whole."""
    assert _indicators(text, "review") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neimenggu-province-2026.txt: a name a character longer than the window is kept whole
        (
            "第三轮中央生态环境保护督察交办的群众举报问题办结率98.3%。",
            ["第三轮中央生态环境保护督察交办的群众举报问题办结率"],
        ),
        # shanghai-municipality-2021.txt
        (
            "工业战略性新兴产业总产值占规模以上工业总产值比重提高到40%。",
            ["工业战略性新兴产业总产值占规模以上工业总产值比重"],
        ),
    ],
)
def test_long_name_is_kept_whole_within_slack(text: str, expected: list[str]) -> None:
    """A subject a few characters longer than INDICATOR_MAX keeps its first word (第三轮, not 三轮)."""
    assert _indicators(text, "review") == expected


def test_window_still_cuts_a_clause_far_longer() -> None:
    """A clause far longer than the window is cut to it: its head is context (ningxia-province-2026.txt)."""
    words = "认真吸纳自治区人大稳增长促发展调研成果和政协“金点子”成果"
    assert window(words) == words[-INDICATOR_MAX:]
    assert window("常住人口城镇化率从2020年的53.2%提升到2025年的") == "常住人口城镇化率"  # guizhou-province-2026.txt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hailaer-district-2016.txt: a change counted from a base year is of the measure before it
        (
            "2015年城镇常住居民人均可支配收入完成30788元，比2010年增加13480元。",
            ["城镇常住居民人均可支配收入完成", "城镇常住居民人均可支配收入增加"],
        ),
        # tianjin-municipality-2026.txt: the base year inside the name is dropped
        ("PM2.5年均浓度较2020年下降25%。", ["PM2.5年均浓度下降"]),
        # negative, gansu-province-2026.txt: a year that opens a run (2022年以来) is no base year
        ("经济增速2022年以来连续16个季度高于全国平均水平。", ["经济增速2022年以来连续季度高于全国平均水平"]),
    ],
)
def test_base_year_of_a_change_is_not_its_subject(text: str, expected: list[str]) -> None:
    """比2010年增加13480元: the base year (比/较 a year) is when the change counts from, not what changes."""
    assert _indicators(text, "review") == expected


@pytest.mark.parametrize(
    ("name", "figure", "indicator"),
    [
        ("hubei-province-2025", "50％", "高技术高附加值产品出口占全部出口比重"),
        ("xinjiang-province-2026", "92.8%", "棉花总产占全国"),
        ("hailaer-district-2012", "47.5%", "共投入各类民生资金占地方财政总支出"),
        ("national-2013", "4%", "国家财政性教育经费支出占国内生产总值比例"),
    ],
)
def test_share_of_a_whole_is_the_same_things(name: str, figure: str, indicator: str) -> None:
    """A clause opening on 占 (…，占全国比重…; 2012年占国内生产总值比例达到4%) gives the share of what the clause
    before it measured, without that clause's several-year words (五年累计)."""
    review = extract(read(seed(name)), side="review")
    assert indicator in [s.indicator for s in review if s.quantity and s.quantity.text == figure]


def test_land_taken_is_no_share() -> None:
    """占地 before a figure is the land a project takes, not a share: it borrows nothing."""
    doc = parse(mini_report("新建物流园区3个，占地1000亩。", year=2022))
    land = [s.indicator for s in extract(doc, side="plan") if s.quantity and s.quantity.unit == "亩"]
    assert land and not any(i.startswith("新建物流园区") for i in land)


def test_short_measure_of_the_year_in_a_list() -> None:
    """A list item naming a short measure after its year (粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨,
    yunnan 2026) is the first item's thing's measure, without the first item's verb; a longer item keeps its own."""
    review = extract(read(seed("yunnan-province-2026")), side="review")
    assert [s.indicator for s in review if s.quantity and s.quantity.text == "2000万吨"] == ["粮食产量"]
    doc = parse(mini_report("粮食播种面积稳定在200万亩以上、年度计划投资突破20亿元。", year=2022))
    assert "粮食投资" not in [s.indicator for s in extract(doc, side="plan")]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # chongqing-municipality-2025.txt: the first item's level verb (突破) is said of its own subject
        ("力争高新技术企业突破1万家、科技型企业突破7.5万家。", "plan", ["高新技术企业", "科技型企业"]),
        # beijing-municipality-2026.txt
        ("确保粮食播种面积稳定在100万亩以上、蔬菜产量稳定在200万吨左右。", "plan", ["粮食播种面积", "蔬菜产量"]),
        # xizang-province-2026.txt: the second item has no verb, and still borrows none
        ("应届高校毕业生就业率保持95%以上、市场就业率70%以上。", "plan", ["应届高校毕业生就业率", "市场就业率"]),
        # hubei-province-2026.txt
        ("国家级绿色工厂达到268家、绿色矿山达到53家。", "review", ["国家级绿色工厂", "绿色矿山"]),
        # heilongjiang-province-2026.txt: a verb of work after its object names the first item's work
        ("职业技能培训20万人次以上、创业带动就业5万人次以上。", "plan", ["职业技能培训", "创业带动就业"]),
        # negative, anhui-province-2025.txt, beijing-municipality-2026.txt: a verb before its object is shared
        ("新增高新技术企业3000家、专精特新企业1000家左右。", "plan", ["新增高新技术企业", "新增专精特新企业"]),
        ("新增城市金角银边100处、社区微花园50个。", "plan", ["新增城市金角银边", "新增社区微花园"]),
    ],
)
def test_verb_said_of_a_subject_is_not_shared(text: str, side: str, expected: list[str]) -> None:
    """A list item's level verb after its subject (A突破1万家、B突破7.5万家) is not put before the next item."""
    assert _indicators(text, side) == expected


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # guizhou-province-2025.txt: the item opens on its own verb
        ("新增五星级饭店5家、培育四星级标准饭店40家。", "plan", ["新增五星级饭店", "培育四星级标准饭店"]),
        # fujian-province-2025.txt
        ("推动低效用地上图入库27.8万亩、实施再开发5.6万亩。", "review", ["低效用地上图入库", "实施再开发"]),
        # beijing-municipality-2025.txt: its own subject and level verb (达), though 达 is no action word
        ("新增公园35个、全市公园总数达1100个。", "review", ["新增公园", "公园总数"]),
        # xinjiang-province-2026.txt
        ("城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内。", "plan", ["城镇新增就业", "城镇调查失业率"]),
        # negative, heilongjiang-province-2025.txt, fujian-province-2026.txt: a verb of work after its object is a
        # noun (灵活性改造, 临时救助), and the item still shares the verb before the list
        (
            "完成煤电机组节能降碳改造100万千瓦、灵活性改造60万千瓦。",
            "review",
            ["完成煤电机组节能降碳改造", "完成灵活性改造"],
        ),
        ("实施医疗救助613.7万人次、临时救助19万人次。", "review", ["实施医疗救助", "实施临时救助"]),
    ],
)
def test_item_with_its_own_verb_borrows_none(text: str, side: str, expected: list[str]) -> None:
    """A list item opening on its own verb, or stating its own level (、总数达1100个), borrows no verb before it."""
    assert _indicators(text, side) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hubei-province-2025.txt, gansu-province-2025.txt, shanghai-municipality-2022.txt
        ("新增国家级农业龙头企业16家、总数达到98家。", ["新增国家级农业龙头企业", "国家级农业龙头企业总数"]),
        ("新增新能源装机1258万千瓦、总量达到6437万千瓦。", ["新增新能源装机", "新能源装机总量"]),
        ("新增跨国公司地区总部60家、累计达到831家。", ["新增跨国公司地区总部", "跨国公司地区总部累计"]),
        # beijing-municipality-2025.txt: the whole's word replaces the part's (里程)
        ("新增地铁运营里程43公里、总里程达到879公里。", ["新增地铁运营里程", "地铁运营总里程"]),
        # negative, jiangxi-province-2025.txt: an item naming its own thing keeps it
        ("新改扩建义务教育学校656所、新增学位16.4万个。", ["新改扩建义务教育学校", "新增学位"]),
    ],
)
def test_bare_total_is_of_the_things_added(text: str, expected: list[str]) -> None:
    """新增龙头企业16家、总数达到98家: the total is of the things the item before added, without its verb."""
    assert _indicators(text, "review") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hainan-province-2026.txt, shaanxi-province-2026.txt, anhui-province-2026.txt: a bound before a figure
        ("超70万人次接受补贴性职业技能培训。", ["接受补贴性职业技能培训"]),
        ("超过200家世界500强企业在陕设立分支机构。", ["世界500强企业在陕设立分支机构"]),
        ("近3.3万名工作人员在副中心办公。", ["工作人员在副中心办公"]),
        # negative, shaanxi-province-2026.txt, a made-up line: 突破 takes the thing after the figure as its object
        ("突破重点产业链技术难题761项。", ["突破重点产业链技术难题"]),
        ("突破100项关键核心技术。", ["突破关键核心技术"]),
    ],
)
def test_bound_before_a_figure_is_not_what_is_counted(text: str, expected: list[str]) -> None:
    """超70万人次接受培训: the bound before a count named after it is not part of the indicator; 突破 as a verb is."""
    assert _indicators(text, "review") == expected
