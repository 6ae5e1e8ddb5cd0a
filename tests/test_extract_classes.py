"""Extraction error classes found on reports nobody tuned to: running totals, shared figures of a list,
restated targets, and figures dropped as qualifiers. Every case quotes a corpus report (file named)."""

from __future__ import annotations

import pytest

from helpers import mini_report, seed
from policydiff.extract import extract
from policydiff.model import Statement
from policydiff.parse import parse
from policydiff.pipeline import read


def statements(text: str, *, side: str = "plan") -> list[Statement]:
    doc = parse(mini_report(text) if side == "plan" else mini_report("城镇新增就业1100万人。", review=text))
    return [s for s in extract(doc, side="plan" if side == "plan" else "review") if s.quantity]


def rows(text: str, *, side: str = "plan") -> list[tuple[float, str]]:
    return [(s.quantity.value, s.indicator) for s in statements(text, side=side) if s.quantity]


# --- a running total after the year's figure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "flags"),
    [
        # shanghai-municipality-2022.txt (review)
        ("新增跨国公司地区总部60家、累计达到831家。", "review", ["", "total"]),
        ("推广应用新能源汽车25.4万辆、累计达到67.7万辆。", "review", ["", "total"]),
        # beijing-municipality-2026.txt (plan)
        ("新建充电桩3万个，新增1000处信号灯联网、累计达8000处。", "plan", ["", "", "total"]),
        # chongqing-municipality-2026.txt: 累计 before a list governs every figure after it
        ("累计建成三甲医院55家、区县域卫生次中心32家。", "review", ["total", "total"]),
    ],
)
def test_total_word_governs_only_the_figures_after_it(text: str, side: str, flags: list[str]) -> None:
    """running-total-after-year: 累计 marks the figures after it as totals, never the year's figure before it."""
    assert [s.cumulative for s in statements(text, side=side)] == flags


def test_single_year_clause_is_not_framed_by_a_period_word() -> None:
    """A clause pinned to one year (全年…) in a sentence opened by 以来 is that year's figure (national-2012.txt)."""
    text = "“十一五”以来累计新增就业5771万人，全年人均增加1680元。"
    assert [s.cumulative for s in statements(text, side="review")] == ["total", ""]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # anhui-province-2026.txt: a record since records began, then the year's work
        (
            "PM_2.5平均浓度创有监测记录以来最好水平，完成人工造林21.7万亩、湿地保护修复工程12处，修复废弃矿山375个。",
            ["", "", ""],
        ),
        # 以来 after an event does frame the clause after it (shanghai-municipality-2021.txt)
        ("疫情发生以来，上海口岸进境航班4.7万架次、进境人员190万人次。", ["total", "total"]),
    ],
)
def test_a_record_since_records_began_frames_no_period(text: str, flags: list[str]) -> None:
    """since-records: 有监测记录以来, 有统计以来 (Anhui, Beijing, Shanxi 2026; national 2023) name a record, not a
    look back over several years: the figures after them are the year's."""
    assert [s.cumulative for s in statements(text, side="review")] == flags


# --- one figure shared by listed subjects --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hailaer-district-2016.txt: 均 after a list whose items hold 人均
        (
            "城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%。",
            [(8, "城镇常住居民人均可支配收入增长"), (8, "农村常住居民人均可支配收入增长")],
        ),
        # national-2014.txt and national-2015.txt: 都 shares the cut, the measure sits on the last item
        ("二氧化硫、化学需氧量排放量都要减少2%。", [(2, "二氧化硫排放量减少"), (2, "化学需氧量排放量减少")]),
        ("化学需氧量、氨氮排放都要减少2%左右。", [(2, "化学需氧量排放减少"), (2, "氨氮排放减少")]),
        # heilongjiang-province-2026.txt: an unmarked list shares a rate
        ("社会消费品零售总额、固定资产投资增长4%左右。", [(4, "社会消费品零售总额增长"), (4, "固定资产投资增长")]),
        # shanxi-province-2026.txt: 各 gives each its count
        (
            "新建省重点实验室、省技术创新中心、省工程研究中心各20家。",
            [(20, "新建省重点实验室"), (20, "省技术创新中心"), (20, "省工程研究中心")],
        ),
        # hainan-province-2025.txt: 普及率 holds 及 but is one item
        (
            "农村生活污水治理率、自来水普及率、生活垃圾分类屋（亭）行政村覆盖率分别达90%、96%、100%。",
            [(90, "农村生活污水治理率达"), (96, "自来水普及率达"), (100, "生活垃圾分类屋（亭）行政村覆盖率达")],
        ),
    ],
)
def test_listed_subjects_each_get_the_figure(text: str, expected: list[tuple[float, str]]) -> None:
    """distributive-list: A、B均/都/各/分别… or an unmarked list sharing a rate gives one commitment per subject."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # national-2021.txt: 平均 is not a distributive 均; the two fees are one commitment (gold nat21-013)
        "中小企业宽带和专线平均资费再降10%。",
        # shanxi-province-2026.txt: a quoted group name makes the figure the group's
        "电动汽车、锂电池、光伏产品“新三样”出口年均增长18%。",
        # yunnan-province-2026.txt: 合计 is the sum of the list
        "绿色铝、硅光伏、新能源电池合计产值年均增长30.4%。",
        # guizhou-province-2026.txt: one share of the three together
        "水电、风电、光伏发电量占比达43.3%。",
        # beijing-municipality-2025.txt: a count after a list is the items' sum
        "规范建设零工市场、零工驿站100个。",
    ],
)
def test_whole_group_figures_stay_one_statement(text: str) -> None:
    """A figure of the whole list (合计, a quoted group, a share, a count) is one statement, not one per item."""
    assert len(rows(text, side="review")) == 1


def test_contracted_subject_expands_without_fenbie() -> None:
    """城乡…增长5.3%、8.1% (xinjiang-province-2026.txt, shaanxi-province-2026.txt) is urban, then rural."""
    assert [ind for _, ind in rows("城乡居民人均可支配收入年均增长5.3%、8.1%。", side="review")] == [
        "城镇居民人均可支配收入年均增长",
        "农村居民人均可支配收入年均增长",
    ]
    assert [ind for _, ind in rows("城乡低保标准提高到每月815元和615元。", side="review")] == [
        "城镇低保标准提高到每月",
        "农村低保标准提高到每月",
    ]


def test_fenbie_without_its_own_list_takes_the_clause_before() -> None:
    """原煤、原油、天然气产量达到…，分别增长… (gansu-province-2025.txt): each rate is one product's."""
    text = "原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。"
    assert [ind for _, ind in rows(text, side="review")] == [
        "原煤产量达",
        "原油产量达",
        "天然气产量达",
        "原煤产量增长",
        "原油产量增长",
        "天然气产量增长",
    ]


# --- a target restated in an explanatory sentence -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # national-2015.txt: 经济增长预期 restates 国内生产总值增长, and the sentence explains it
        "国内生产总值增长7%左右。经济增长预期7%左右，考虑了需要和可能，符合发展规律，符合客观实际。",
        # national-2014.txt: 把…控制在 restates the CPI target
        "居民消费价格涨幅控制在3.5%左右。把居民消费价格涨幅控制在3.5%左右，考虑了去年涨价翘尾影响和今年新涨价因素。",
        # national-2012.txt
        "居民消费价格涨幅控制在4％左右。提出居民消费价格涨幅控制在4％左右，综合考虑了输入性通胀因素。",
    ],
)
def test_restated_target_is_one_commitment(text: str) -> None:
    """A target repeated to explain it (考虑了…, 把…控制在) is the same commitment, not a second row."""
    assert len(statements(text)) == 1


def test_same_share_of_other_things_is_not_a_restatement() -> None:
    """90%的化工园区、90%的煤矿 (ningxia-province-2025.txt) are two targets with the same figure."""
    text = "确保全区90%的化工园区达到较低安全风险等级、90%的煤矿达到安全生产标准化二级以上水平。"
    assert len(statements(text)) == 2


# --- figures dropped as qualifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # hailaer-district-2016.txt: the count of 重点项目 and the size of a task after 的
        ("就是要全力完成今年66个重点项目54亿元的投资计划。", [66, 5.4e9]),
        ("年内完成16.9万平方米的绿化任务。", [169000]),
        # beijing-municipality-2025.txt
        ("改善宛平城等12个重点区域周边环境面貌。", [12]),
        # heilongjiang-province-2025.txt
        ("实施1000个重点产业项目。", [1000]),
        # national-2021.txt: a comparison with last year after the figure
        ("对地方一般性转移支付增长7.8%、增幅明显高于去年。", [7.8]),
        ("将2.8万亿元中央财政资金纳入直达机制、规模明显大于去年。", [2.8e12]),
    ],
)
def test_task_sizes_and_counts_are_kept(text: str, values: list[float]) -> None:
    """N个重点X counts things, <figure>的<task> is the task's size, …高于去年 compares this year's figure."""
    assert [v for v, _ in rows(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        # national-2013.txt: last year's figure in a plan clause
        "去年居民消费价格涨幅回落到2.6%。",
        # a figure of speech
        "抓好四个重点，推动高质量发展。",
        # hainan-province-2025.txt style qualifier: 过…的 is still a qualifier
        "培育过2000万元的工业新增长点。",
    ],
)
def test_baselines_and_figures_of_speech_stay_out(text: str) -> None:
    """Last year's figure, 四个重点 and 过2000万元的… are not commitments."""
    assert rows(text) == []


def test_count_naming_whose_share_is_dropped() -> None:
    """45个重点开发区…占…比重达84% (guizhou-province-2025.txt, yunnan-province-2025.txt): one share, no count."""
    for text in (
        "45个重点开发区规模以上工业总产值占全省开发区的比重达84%。",
        "89个开发区规上工业总产值占全省比重达78%。",
    ):
        assert [s.quantity.unit for s in statements(text, side="review") if s.quantity] == ["%"]


@pytest.mark.parametrize(
    ("name", "quote", "figure", "flag"),
    [
        ("national-2013", "比2007年增加15.5辆", "15.5辆", "total"),  # five years back from the reviewed 2012
        ("tianjin-municipality-2026", "PM2.5年均浓度较2020年下降25%", "25%", "total"),
        # the figure dated by the reviewed year (到2015年的287.9亿元) is that year's level, not the change
        ("hailaer-district-2016", "地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元", "287.9亿元", ""),
        ("national-2013", "2012年占国内生产总值比例达到4%", "4%", ""),  # the reviewed year itself
    ],
)
def test_base_year_makes_a_several_year_change(name: str, quote: str, figure: str, flag: str) -> None:
    """base-year: a year before the one preceding the reviewed year (比2007年, 较2020年) makes a several-year change."""
    found = [
        s.cumulative
        for s in extract(read(seed(name)), side="review")
        if s.quantity and s.text == quote and s.quantity.text == figure
    ]
    assert found == [flag]


@pytest.mark.parametrize(
    ("name", "quote", "indicator"),
    [
        ("chongqing-municipality-2025", "实施城中村改造攻坚行动。滚动推进163个项目", "城中村改造攻坚行动滚动推进项目"),
        ("jilin-province-2025", "强化项目建设力度。实施重大项目2500个以上", "强化项目建设力度实施重大项目"),
        ("hailaer-district-2015", "新城区建设要全面加快。完成望城路等15条道路工程", "新城区建设要全面加快道路工程"),
    ],
)
def test_generic_task_takes_the_title_before_it(name: str, quote: str, indicator: str) -> None:
    """title-topic: a count of generic tasks (163个项目) after a short title sentence quotes and names the title."""
    found = [s.indicator for s in extract(read(seed(name)), side="plan") if s.text == quote]
    assert found == [indicator]


def test_named_measure_keeps_its_own_name_after_a_title() -> None:
    """title-topic negative: 粮食产量 names its own measure and takes no title (national-2021)."""
    plans = [s for s in extract(read(seed("national-2021")), side="plan") if s.quantity and "粮食产量" in s.indicator]
    assert plans and all("。" not in s.text for s in plans)
