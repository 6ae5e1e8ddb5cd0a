"""The parse stage: outline, section kinds and years, metadata, page debris and structure errors.

The table below was made by reading each report in ``seeds/`` (its dateline, its 我代表… sentence and its
top-level headings), not by copying the program's output.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from conftest import SEEDS, CliResult
from policydiff.errors import StructureError
from policydiff.load import load
from policydiff.model import Document, Section, SectionKind
from policydiff.outline import _PARA_BREAK, _deepest_path, heading_kind, section_path
from policydiff.parse import content_bounds, parse
from policydiff.quantities import normalize


class Expected(NamedTuple):
    government: str
    report_year: int
    review_years: tuple[int, ...]  # years of the main review part (the first top-level review section)
    plan_year: int  # a top-level plan section speaks about this year alone


def _span(first: int, last: int) -> tuple[int, ...]:
    return tuple(range(first, last + 1))


FIVE_2021_2025 = _span(2021, 2025)

EXPECTED: dict[str, Expected] = {
    "anhui-province-2025": Expected("安徽省", 2025, (2024,), 2025),
    "anhui-province-2026": Expected("安徽省", 2026, FIVE_2021_2025, 2026),  # 2025年工作和“十四五”发展回顾
    "beijing-municipality-2025": Expected("北京市", 2025, (2024,), 2025),
    "beijing-municipality-2026": Expected("北京市", 2026, (2025,), 2026),  # the 十四五 review is in part 二
    "chongqing-municipality-2025": Expected("重庆市", 2025, (2024,), 2025),  # 三、持续提升政府 / 治理效能…: two lines
    "chongqing-municipality-2026": Expected("重庆市", 2026, FIVE_2021_2025, 2026),  # 2025年和“十四五”时期工作回顾
    "enshi-city-2024": Expected("恩施市", 2024, (2023,), 2024),  # 我代表市人民政府: the name comes from the body
    "fujian-province-2025": Expected("福建省", 2025, (2024,), 2025),  # headings without years: 2024年是…
    "fujian-province-2026": Expected("福建省", 2026, FIVE_2021_2025, 2026),  # 2025年是… then 五年来…
    "gansu-province-2025": Expected("甘肃省", 2025, (2024,), 2025),
    "gansu-province-2026": Expected("甘肃省", 2026, FIVE_2021_2025, 2026),  # unnumbered headings
    "guangxi-province-2025": Expected("广西壮族自治区", 2025, (2024,), 2025),  # title says only 广西
    "guangxi-province-2026": Expected("广西壮族自治区", 2026, (2025,), 2026),
    "guizhou-province-2025": Expected("贵州省", 2025, (2024,), 2025),  # 二、2025年主要目标任务
    "guizhou-province-2026": Expected("贵州省", 2026, FIVE_2021_2025, 2026),
    "hailaer-district-2012": Expected("海拉尔区", 2012, (2011,), 2012),  # 一、过去一年工作回顾
    "hailaer-district-2013": Expected("海拉尔区", 2013, (2012,), 2013),
    "hailaer-district-2014": Expected("海拉尔区", 2014, (2013,), 2014),
    "hailaer-district-2015": Expected("海拉尔区", 2015, (2014,), 2015),
    "hailaer-district-2016": Expected("海拉尔区", 2016, _span(2011, 2015), 2016),  # “十二五”时期和2015年工作回顾
    "hailaer-district-2017": Expected("海拉尔区", 2017, (2016,), 2017),
    "hainan-province-2025": Expected("海南省", 2025, (2024,), 2025),
    "hainan-province-2026": Expected("海南省", 2026, FIVE_2021_2025, 2026),
    "hebei-province-2025": Expected("河北省", 2025, (2024,), 2025),  # 二、2025年目标任务和主要工作
    "hebei-province-2026": Expected("河北省", 2026, FIVE_2021_2025, 2026),  # “十四五”时期经济社会发展回顾
    "heilongjiang-province-2025": Expected("黑龙江省", 2025, (2024,), 2025),
    "heilongjiang-province-2026": Expected("黑龙江省", 2026, FIVE_2021_2025, 2026),
    "hubei-province-2025": Expected("湖北省", 2025, (2024,), 2025),
    "hubei-province-2026": Expected("湖北省", 2026, FIVE_2021_2025, 2026),
    "jiangxi-province-2025": Expected("江西省", 2025, (2024,), 2025),
    "jiangxi-province-2026": Expected("江西省", 2026, FIVE_2021_2025, 2026),
    "jilin-province-2025": Expected("吉林省", 2025, (2024,), 2025),  # 我代表省政府 (no 人民)
    "jilin-province-2026": Expected("吉林省", 2026, FIVE_2021_2025, 2026),  # 一、工作回顾; the 2026 plan before 十五五
    "liaoning-province-2025": Expected("辽宁省", 2025, (2024,), 2025),
    "liaoning-province-2026": Expected("辽宁省", 2026, FIVE_2021_2025, 2026),
    "national-2012": Expected("国务院", 2012, (2011,), 2012),  # no dateline: the year from the headings
    "national-2013": Expected("国务院", 2013, _span(2008, 2012), 2013),  # 过去五年工作回顾; 对今年政府工作的建议
    "national-2014": Expected("国务院", 2014, (2013,), 2014),  # 过去一年是本届政府…的第一年: one year
    "national-2015": Expected("国务院", 2015, (2014,), 2015),  # the plan runs over 二…五
    "national-2021": Expected("国务院", 2021, (2020,), 2021),
    "national-2022": Expected("国务院", 2022, (2021,), 2022),
    "national-2023": Expected("国务院", 2023, _span(2018, 2022), 2023),  # 过去一年和五年工作回顾
    "neimenggu-province-2025": Expected("内蒙古自治区", 2025, (2024,), 2025),
    "neimenggu-province-2026": Expected("内蒙古自治区", 2026, FIVE_2021_2025, 2026),  # unnumbered parts over 一、…四、
    "ningxia-province-2025": Expected("宁夏回族自治区", 2025, (2024,), 2025),
    "ningxia-province-2026": Expected("宁夏回族自治区", 2026, FIVE_2021_2025, 2026),
    "qinghai-province-2025": Expected("青海省", 2025, (2024,), 2025),
    "qinghai-province-2026": Expected("青海省", 2026, FIVE_2021_2025, 2026),
    "shaanxi-province-2025": Expected("陕西省", 2025, (2024,), 2025),
    "shaanxi-province-2026": Expected("陕西省", 2026, FIVE_2021_2025, 2026),  # ends with 五年来… paragraph
    "shandong-province-2025": Expected("山东省", 2025, (2024,), 2025),
    "shandong-province-2026": Expected("山东省", 2026, FIVE_2021_2025, 2026),  # 2025年及“十四五”时期工作回顾
    "shanghai-municipality-2020": Expected("上海市", 2020, (2019,), 2020),  # one line, spaces between paragraphs
    "shanghai-municipality-2021": Expected("上海市", 2021, (2020,), 2021),
    "shanghai-municipality-2022": Expected("上海市", 2022, (2021,), 2022),
    "shanghai-municipality-2023": Expected("上海市", 2023, _span(2018, 2022), 2023),  # 过去五年工作回顾
    "shanxi-province-2025": Expected("山西省", 2025, (2024,), 2025),
    "shanxi-province-2026": Expected("山西省", 2026, FIVE_2021_2025, 2026),
    "tianjin-municipality-2025": Expected("天津市", 2025, (2024,), 2025),
    "tianjin-municipality-2026": Expected("天津市", 2026, FIVE_2021_2025, 2026),
    "xinjiang-province-2025": Expected("新疆维吾尔自治区", 2025, (2024,), 2025),
    "xinjiang-province-2026": Expected("新疆维吾尔自治区", 2026, FIVE_2021_2025, 2026),
    "xizang-province-2025": Expected("西藏自治区", 2025, (2024,), 2025),  # unnumbered 2024年工作回顾 / 2025年工作安排
    "xizang-province-2026": Expected("西藏自治区", 2026, FIVE_2021_2025, 2026),
    "yunnan-province-2025": Expected("云南省", 2025, (2024,), 2025),
    "yunnan-province-2026": Expected("云南省", 2026, FIVE_2021_2025, 2026),  # title 2026年政府工作报告 only
}


def doc_of(name: str) -> Document:
    """The parsed seed report ``name``."""
    text, path = load(SEEDS / f"{name}.txt")
    return parse(text, path=path)


def tops(doc: Document) -> list[Section]:
    """The top-level sections, in order."""
    return [s for s in doc.sections if s.level == 1]


def test_the_table_covers_every_seed() -> None:
    """Every report in seeds/ has a row in the table, and every row a report."""
    assert set(EXPECTED) == {p.stem for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_outline_and_metadata(name: str) -> None:
    """Each seed's government, report year, main review part and its years, and its plan part for the year."""
    want = EXPECTED[name]
    doc = doc_of(name)
    assert (doc.government, doc.report_year) == (want.government, want.report_year)
    assert (doc.reviewed_year, doc.plan_year) == (want.report_year - 1, want.plan_year)
    review = [s for s in tops(doc) if s.kind is SectionKind.REVIEW]
    assert review, "no review part"
    assert review[0].years == want.review_years
    assert review[0].multi_year is (len(want.review_years) > 1)
    plans = [s for s in tops(doc) if s.kind is SectionKind.PLAN]
    assert any(s.years == (want.plan_year,) for s in plans), [(s.heading, s.years) for s in plans]
    assert tops(doc)[0].kind is SectionKind.REVIEW, "the report opens with its review"


# --- the known outline problems ---------------------------------------------------------------------------------


def outline(name: str) -> list[tuple[str, str, tuple[int, ...]]]:
    """(heading, kind, years) of the top-level sections of a seed."""
    return [(s.heading, s.kind.value, s.years) for s in tops(doc_of(name))]


def test_fujian_2026_five_year_plan_and_2026_plan_keep_their_own_years() -> None:
    """Fujian 2026: 二 (一张蓝图绘到底) is the 十五五 plan 2026-2030, 三 (推动“十五五”开好局) the 2026 plan."""
    assert outline("fujian-province-2026") == [
        ("一、一年接着一年干，新福建建设持续取得新进展新成效", "review", FIVE_2021_2025),
        ("二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章", "plan", _span(2026, 2030)),
        ("三、一鼓作气勇争先，全力推动“十五五”开好局、起好步", "plan", (2026,)),
        ("四、一以贯之转作风，努力建设人民满意的服务型政府", "governance", ()),
    ]


def test_yunnan_2025_appendix_of_2025_tasks_is_part_of_the_plan() -> None:
    """Yunnan 2025: the glossary is other; the appendix 2025年10件惠民实事 and its items 一、…十、 are the 2025 plan."""
    doc = doc_of("yunnan-province-2025")
    assert outline("yunnan-province-2025") == [
        ("一、2024年工作回顾", "review", (2024,)),
        ("二、2025年总体要求", "plan", (2025,)),
        ("三、2025年重点任务", "plan", (2025,)),
        ("名词解释", "other", ()),
        ("附件", "other", ()),
        ("2025年10件惠民实事", "plan", (2025,)),
    ]
    items = [s for s in doc.sections if s.path[0] == "2025年10件惠民实事" and s.level == 2]
    assert [s.heading for s in items][::9] == ["一、稳定和扩大就业", "十、实施交通惠民工程"]
    assert len(items) == 10 and all(s.kind is SectionKind.PLAN and s.years == (2025,) for s in items)


def test_glossary_entries_are_not_headings() -> None:
    """Numbered glossary entries (1.“两重”：…) after the closing words make no sections."""
    doc = doc_of("jiangxi-province-2026")
    back = [s for s in doc.sections if s.heading == "附件"]
    assert len(back) == 1 and back[0].kind is SectionKind.OTHER
    assert not [s for s in doc.sections if s.span.start > back[0].span.start and s is not back[0]]


def test_national_2021_has_no_section_from_a_running_sentence() -> None:
    """A sentence broken across lines (经济增速是综合性指标，今年预期目标设定 / 为6%以上) is not a heading."""
    doc = doc_of("national-2021")
    assert not [s for s in doc.sections if s.heading.startswith("经济增速")]
    assert outline("national-2021") == [
        ("一、2020年工作回顾", "review", (2020,)),
        ("二、“十三五”时期发展成就和“十四五”时期主要目标任务", "review", _span(2016, 2020)),
        ("“十四五”时期是开启全面建设社会主义现代化国家新", "plan", FIVE_2021_2025),
        ("三、2021年重点工作", "plan", (2021,)),
    ]


@pytest.mark.parametrize(
    ("name", "second"),
    [
        ("beijing-municipality-2026", "“十五五”时期是基本实现社会主义现代化夯实基础"),
        ("guangxi-province-2026", "根据《中国共产党广西壮族自治区委员会关于制定国民"),
    ],
)
def test_achievements_and_five_year_targets_split_into_review_and_plan(name: str, second: str) -> None:
    """“十四五”时期发展成就和“十五五”时期主要目标任务: achievements review 2021-2025, targets plan 2026-2030."""
    sections = tops(doc_of(name))
    at = next(i for i, s in enumerate(sections) if s.heading.startswith("二、"))
    first, then = sections[at], sections[at + 1]
    assert (first.kind, first.years) == (SectionKind.REVIEW, FIVE_2021_2025)
    assert (then.heading, then.kind, then.years) == (second, SectionKind.PLAN, _span(2026, 2030))
    assert first.span.end == then.span.start


def test_five_year_targets_and_this_years_plan_split() -> None:
    """Liaoning 2026 二、“十五五”时期目标任务和2026年工作安排: 2026-2030, then 2026 from 今年是“十五五”开局之年."""
    assert outline("liaoning-province-2026")[1:3] == [
        ("二、“十五五”时期目标任务和2026年工作安排", "plan", _span(2026, 2030)),
        ("今年是“十五五”开局之年", "plan", (2026,)),
    ]
    doc = doc_of("liaoning-province-2026")
    children = [s for s in doc.sections if s.level == 2]
    assert children and all(s.path[0] == "今年是“十五五”开局之年" for s in children[:10])


def test_subsections_inherit_kind_and_years() -> None:
    """（一）… sections take their top-level section's kind and years and carry its heading in their path."""
    doc = doc_of("enshi-city-2024")
    subs = [s for s in doc.sections if s.level == 2]
    assert len(subs) >= 14
    for s in subs:
        parent = next(t for t in tops(doc) if t.heading == s.path[0])
        assert (s.kind, s.years) == (parent.kind, parent.years)
        assert parent.span.start <= s.span.start < s.span.end <= parent.span.end


# --- page debris ------------------------------------------------------------------------------------------------

DEBRIS_HEAD = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"


@pytest.mark.parametrize("name", ["gansu-province-2026", "ningxia-province-2026", "yunnan-province-2026"])
def test_no_section_starts_before_the_salutation(name: str) -> None:
    """Page headers (下载/打印/【字号】, breadcrumbs, bylines) come before 各位代表 and never make a section."""
    doc = doc_of(name)
    opening = doc.text.find("各位代表")
    assert opening > 0
    assert all(s.span.start > opening for s in doc.sections)


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("national-2021", "本作品是中华人民共和国"),
        ("anhui-province-2026", "相关报道"),
        ("ningxia-province-2026", "扫一扫在手机打开"),
        ("yunnan-province-2026", "》》点击图片进入专题《《"),
    ],
)
def test_sections_end_before_trailing_debris(name: str, marker: str) -> None:
    """Licence notices, 相关报道 and share/print widgets after the report are in no section."""
    doc = doc_of(name)
    at = doc.text.rfind(marker)
    assert at > len(doc.text) // 2
    assert all(s.span.end <= at for s in doc.sections)


def test_title_repeated_under_the_report_is_cut() -> None:
    """A page that repeats the title after the text (and a 打印本页 widget) ends the report before them."""
    text = (
        "2025年某市政府工作报告\n各位代表：\n一、2024年工作回顾\n地区生产总值增长6%。\n"
        "二、2025年工作安排\n地区生产总值增长6%左右。\n2025年某市政府工作报告\n【打印本页】\n"
    )
    start, end = content_bounds(normalize(text))
    assert text[start:end].rstrip().endswith("增长6%左右。")


def test_debris_headers_do_not_change_the_outline() -> None:
    """The same report with a page header and footer of debris has the same sections, shifted by the header."""
    clean = (SEEDS / "hubei-province-2025.txt").read_text(encoding="utf-8")
    messy = DEBRIS_HEAD + clean + "相关报道：\n湖北省十四届人大三次会议开幕\n责任编辑：张三\n"
    a, b = parse(clean), parse(messy)
    shift = len(DEBRIS_HEAD)
    assert [(s.heading, s.kind, s.years, s.span.start + shift) for s in a.sections] == [
        (s.heading, s.kind, s.years, s.span.start) for s in b.sections
    ]


# --- headings in other shapes -----------------------------------------------------------------------------------


def test_flattened_text_has_the_same_outline() -> None:
    """A report whose paragraphs are joined by runs of spaces (no line breaks) gives the same sections."""
    text = (SEEDS / "enshi-city-2024.txt").read_text(encoding="utf-8")
    flat = re.sub(r"\n+", lambda m: " " * len(m.group()) if len(m.group()) > 1 else "  ", text)
    flat = flat.replace("\n", " ")
    assert "\n" not in flat
    assert [(s.heading, s.level, s.kind, s.years) for s in parse(flat).sections] == [
        (s.heading, s.level, s.kind, s.years) for s in parse(text).sections
    ]


def test_heading_styles_nest_by_rank() -> None:
    """第一部分 > 一、 > （一） > 1. nest in that order, whatever the document uses."""
    text = (
        "各位代表：\n第一部分 2024年工作回顾\n一、经济运行\n（一）工业\n1.新建工厂。工业增长5%。\n"
        "第二部分 2025年工作安排\n一、主要目标\n（一）稳增长\n1.扩大投资。投资增长6%。\n2.促进消费。消费增长5%。\n"
    )
    doc = parse(text)
    assert [(s.heading, s.level, s.kind.value) for s in doc.sections] == [
        ("第一部分 2024年工作回顾", 1, "review"),
        ("一、经济运行", 2, "review"),
        ("（一）工业", 3, "review"),
        ("1.新建工厂", 4, "review"),
        ("第二部分 2025年工作安排", 1, "plan"),
        ("一、主要目标", 2, "plan"),
        ("（一）稳增长", 3, "plan"),
        ("1.扩大投资", 4, "plan"),
        ("2.促进消费", 4, "plan"),
    ]
    assert doc.sections[3].path == ("第一部分 2024年工作回顾", "一、经济运行", "（一）工业", "1.新建工厂")


def test_unnumbered_headings_are_top_level() -> None:
    """Short lines such as “十四五”时期工作回顾 / 2026年重点工作 are top-level headings with their years."""
    text = "各位代表：\n“十四五”时期工作回顾\n这五年，经济增长5%。\n2026年重点工作\n（一）扩大内需\n投资增长5%。\n"
    doc = parse(text, path="x-2026.txt")
    assert [(s.heading, s.level, s.kind.value, s.years) for s in doc.sections] == [
        ("“十四五”时期工作回顾", 1, "review", FIVE_2021_2025),
        ("2026年重点工作", 1, "plan", (2026,)),
        ("（一）扩大内需", 2, "plan", (2026,)),
    ]


def test_kind_and_years_from_the_body_when_the_heading_has_none() -> None:
    """Headings without years take them from how the body opens: 2024年是… is a review, 今年… a plan."""
    text = (
        "各位代表：\n一、牢记嘱托，砥砺前行\n2024年是极不平凡的一年。地区生产总值增长5%。\n"
        "二、乘势而上，奋勇争先\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
    )
    doc = parse(text, path="report-2025.txt")
    assert [(s.kind.value, s.years) for s in doc.sections] == [("review", (2024,)), ("plan", (2025,))]


# --- a heading about a year before the report's is a review -----------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "report_year", "kind"),
    [
        ("一、2024年工作回顾", 2025, "review"),  # anhui-province-2025
        ("一、2025年工作总结和“十四五”发展成就", 2026, "review"),  # ningxia-province-2026
        ("一、“十四五”时期经济社会发展回顾", 2026, "review"),  # hebei-province-2026
        ("二、2025年目标任务和主要工作", 2025, "plan"),  # hebei-province-2025: this year's plan words
        ("二、2025年目标任务和主要工作", 2026, "review"),  # the same heading one year on reviews it
        ("三、2026年主要工作", 2026, "plan"),  # hebei-province-2026, hainan-province-2026
        ("三、2026年主要工作", 2027, "review"),
        ("二、“十五五”时期主要目标任务", 2026, "plan"),  # guizhou-province-2026
        ("三、2015年主要任务", 2015, "plan"),  # national-2012 shape (三、2012年主要任务)
        # shapes no seed uses, as an unseen province or county might write them
        ("一、2025年主要工作", 2026, "review"),
        ("一、2025年工作总结", 2026, "review"),
        ("一、过去一年的工作", 2026, "review"),
        ("一、去年主要工作", 2026, "review"),
        ("一、一年来的主要工作", 2026, "review"),
        ("一、关于2025年工作", 2026, "review"),
        ("一、2025年和“十四五”工作回顾", 2026, "review"),
        ("一、2025年及“十四五”时期工作回顾", 2026, "review"),
        ("一、2025年重点工作完成情况", 2026, "review"),
        ("一、“十四五”时期主要工作和2025年重点任务", 2026, "review"),
        ("二、今年主要工作", 2026, "plan"),
    ],
)
def test_a_heading_about_past_years_is_a_review_whatever_its_words(heading: str, report_year: int, kind: str) -> None:
    """A heading that names only years before the report year is a review even with plan words (主要工作)."""
    got = heading_kind(normalize(heading), report_year)
    assert got is not None and got.value == kind


REVIEW_HEADING_SHAPES = [
    "一、2025年主要工作",
    "一、2025年工作总结",
    "一、过去一年的工作",
    "一、关于2025年工作",
    "一、2025年主要工作和“十四五”时期发展成就",
    "一、2025年主要工作和取得的成效",
    "2025年主要工作",
    "关于2025年工作",
    "过去一年的工作",
    "2025年经济社会发展主要成绩",
]


@pytest.mark.parametrize(
    ("heading", "plan"),
    [(h, p) for h in REVIEW_HEADING_SHAPES for p in ("2026年重点工作", "今年工作安排") if "2025" in h + p],
)
def test_review_headings_without_review_words_keep_the_review(heading: str, plan: str) -> None:
    """No dateline or file name: 2025年主要工作 before a plan for 2026 or 今年 is the review of a 2026 report."""
    numbered = heading.startswith("一、")
    text = (
        f"各位代表：\n{heading}\n2025年，地区生产总值增长5%。\n"
        f"{'二、' if numbered else ''}{plan}\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
    )
    doc = parse(text)
    review_years = FIVE_2021_2025 if "十四五" in heading else (2025,)
    assert doc.report_year == 2026
    assert [(s.kind.value, s.years) for s in tops(doc)] == [("review", review_years), ("plan", (2026,))]


@pytest.mark.parametrize(
    ("name", "heading", "shape", "years"),
    [
        (
            "hebei-province-2026",
            "一、“十四五”时期经济社会发展回顾",
            "一、2025年主要工作和“十四五”时期发展成就",
            FIVE_2021_2025,
        ),
        ("shanxi-province-2025", "一、2024年工作回顾", "一、2024年主要工作", (2024,)),
        ("jilin-province-2025", "一、2024年工作回顾", "一、2024年主要工作和取得的成效", (2024,)),
    ],
)
def test_real_report_with_a_plan_worded_review_heading_keeps_its_review(
    name: str, heading: str, shape: str, years: tuple[int, ...]
) -> None:
    """A real report whose review heading is reworded with plan words (主要工作) keeps its whole review."""
    text, path = load(SEEDS / f"{name}.txt")
    assert text.count(heading) == 1
    want = [(s.kind, s.years, s.span) for s in tops(parse(text, path=path))]
    got = [(s.kind, s.years, s.span) for s in tops(parse(text.replace(heading, shape), path=path))]
    assert got[0][:2] == (SectionKind.REVIEW, years)
    assert [(k, y) for k, y, _ in got] == [(k, y) for k, y, _ in want]


def test_report_year_from_headings_reads_a_plan_worded_review_as_last_year() -> None:
    """No dateline: 一、2025年主要工作 then 二、2026年重点工作 is a 2026 report; 二、2025年工作总体要求 a 2025 one."""
    review_first = "各位代表：\n一、2025年主要工作\n增长5%。\n二、2026年重点工作\n增长5%左右。\n"
    plans_only = "各位代表：\n一、2024年工作回顾\n增长5%。\n二、2025年工作总体要求\n增长5%左右。\n三、2025年重点工作\n"
    after_untitled = "各位代表：\n一、牢记嘱托\n增长5%。\n二、2025年工作总体要求\n增长5%。\n三、今年重点工作\n"
    assert parse(review_first).report_year == 2026
    assert parse(plans_only).report_year == 2025
    assert parse(after_untitled).report_year == 2025  # not the opening part: 2025年 with plan words is the plan
    assert doc_of("national-2012").report_year == 2012  # no dateline in the national texts


def test_a_plan_in_several_chapters_runs_to_the_governments_part() -> None:
    """National 2015: 三、…五、 are tasks of the 2015 plan (四 has no year or plan word); 六 is governance."""
    assert [(h[:2], k, y) for h, k, y in outline("national-2015")] == [
        ("一、", "review", (2014,)),
        ("二、", "plan", (2015,)),
        ("三、", "plan", (2015,)),
        ("四、", "plan", (2015,)),
        ("五、", "plan", (2015,)),
        ("六、", "governance", ()),
    ]
    text = "各位代表：\n一、2024年工作回顾\n增长5%。\n二、2025年重点工作\n增长5%。\n三、加强政府自身建设\n四、附言\n"
    assert [s.kind.value for s in tops(parse(text))] == ["review", "plan", "governance", "other"]


def test_unnumbered_parts_over_numbered_chapters_nest() -> None:
    """Inner Mongolia 2026: 一、…四、 under “十五五”时期主要目标和2026年重点工作 are its chapters, part of the plan."""
    doc = doc_of("neimenggu-province-2026")
    chapters = [s for s in doc.sections if s.heading.startswith(("一、", "二、", "三、", "四、")) and s.level == 2]
    assert len(chapters) == 4
    assert all(s.kind is SectionKind.PLAN and s.years == (2026,) for s in chapters)
    assert [s.level for s in tops(doc_of("xizang-province-2025"))] == [1, 1]  # unnumbered only: top-level
    text = "各位代表：\n一、2024年工作回顾\n增长5%。\n2025年重点工作\n增长5%。\n二、加强政府自身建设\n"
    assert [s.level for s in parse(text).sections] == [1, 1, 1]  # 一、 before the unnumbered line: one rank


def test_a_short_line_naming_a_time_and_its_work_is_a_heading() -> None:
    """关于2025年工作 on its own line is a heading; 今年是“十五五”开局之年 (a sentence's start) is not."""
    text = "各位代表：\n关于2025年工作\n增长5%。\n今年是“十五五”开局之年\n2026年重点工作\n增长5%左右。\n"
    assert [s.heading for s in parse(text).sections] == ["关于2025年工作", "2026年重点工作"]


def test_report_year_from_a_chinese_numeral_dateline() -> None:
    """——二〇二六年一月二十七日在…会议上 dates the report 2026."""
    dateline = "——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上\n"
    text = dateline + "各位代表：\n一、“十四五”时期工作回顾\n二、今后五年目标任务\n"
    assert parse(text).report_year == 2026


def test_document_without_path_is_named_text() -> None:
    """A text parsed without a path is named <text>, and its government comes from the text."""
    doc = parse((SEEDS / "hubei-province-2025.txt").read_text(encoding="utf-8"))
    assert (doc.name, doc.path, doc.government) == ("<text>", None, "湖北省")


# --- structure errors -------------------------------------------------------------------------------------------

NATIONAL_2022 = (SEEDS / "national-2022.txt").read_text(encoding="utf-8")
PLAN_START = NATIONAL_2022.index("二、2022年经济社会发展总体要求")


def test_no_plan_part_is_a_structure_error() -> None:
    """A report cut before its plan raises StructureError naming the file, what was expected and found."""
    with pytest.raises(StructureError) as info:
        parse(NATIONAL_2022[:PLAN_START], path="cut.txt", side="plan")
    error = info.value
    assert str(error) == (
        "plan: no plan part in 'cut.txt' (expected a heading like 二、2022年工作安排; "
        "found 1 top-level heading: 一、2021年工作回顾)"
    )
    assert (error.path, error.side, error.expected, error.found) == (
        "cut.txt",
        "plan",
        "二、2022年工作安排",
        "1 top-level heading",
    )


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda: NATIONAL_2022[:PLAN_START], r"no plan part in '.*review-only\.txt' \(expected a heading like 二、"),
        (lambda: NATIONAL_2022[PLAN_START:], r"no review part in '.*plan-only\.txt' \(expected a heading like 一、"),
        (
            lambda: "各位代表：\n今天天气很好。\n",
            r"no review part in '.*plan-only\.txt' \(expected a heading like 一、\d{4}年工作回顾; found no headings\)",
        ),
    ],
    ids=["no-plan-part", "no-review-part", "no-headings"],
)
def test_structure_errors_exit_2_with_one_line(
    tmp_path: Path, run_cli: Callable[..., CliResult], make: Callable[[], str], problem: str
) -> None:
    """A report without a review or a plan part makes the CLI print one Error line naming it and exit 2."""
    name = "review-only.txt" if "plan part" in problem else "plan-only.txt"
    path = tmp_path / name
    path.write_text(make(), encoding="utf-8")
    code, out, err = run_cli("outline", str(path))
    assert code == 2 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert re.search(problem, err), err


def test_wrong_order_pair_exits_2_naming_both_years(run_cli: Callable[..., CliResult]) -> None:
    """`policydiff audit national-2023 national-2022` (review older than plan) exits 2 naming 2022 and 2023."""
    code, out, err = run_cli("audit", str(SEEDS / "national-2023.txt"), str(SEEDS / "national-2022.txt"))
    assert code == 2 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert "2022" in err and "2023" in err
    assert "national-2022.txt" in err and "national-2023.txt" in err


def test_outline_json_lists_kinds_and_years(run_cli: Callable[..., CliResult]) -> None:
    """`policydiff outline --format json` gives the report's metadata and each section's kind and years."""
    import json

    code, out, _ = run_cli("outline", str(SEEDS / "fujian-province-2026.txt"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["report"]["government"] == "福建省" and data["report"]["report_year"] == 2026
    assert [(s["kind"], _ends(s)) for s in data["sections"]] == [
        ("review", (2021, 2025)),
        ("plan", (2026, 2030)),
        ("plan", (2026, 2026)),
        ("governance", (None, None)),
    ]


def _ends(node: dict[str, list[int]]) -> tuple[int | None, int | None]:
    years = node["years"]
    return (years[0], years[-1]) if years else (None, None)


# --- speed ------------------------------------------------------------------------------------------------------


def test_loading_and_parsing_a_text_report_takes_milliseconds() -> None:
    """Loading and parsing the largest seed (80 kB) takes well under a tenth of a second."""
    path = max(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    parse(load(path)[0])  # warm the regex caches
    best = min(_timed(lambda: parse(load(path)[0], path=str(path))) for _ in range(3))
    assert best < 0.1, f"{best * 1000:.0f} ms"


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def test_section_path_by_bisection_equals_the_scan() -> None:
    """The section path looked up by bisection is the scan over every section, at every offset of
    hubei-province-2025.txt and shanghai-municipality-2022.txt (nested sections, a text before the first)."""
    for name in ("hubei-province-2025", "shanghai-municipality-2022"):
        doc = parse(load(SEEDS / f"{name}.txt")[0])
        paths = {section_path(doc, at) for at in range(-1, len(doc.text) + 2)}
        assert len(paths) > 5
        for at in range(-1, len(doc.text) + 2):
            assert section_path(doc, at) == _deepest_path(doc.sections, at)


def test_paragraph_breaks_open_with_a_space() -> None:
    """The paragraph-break pattern that opens with a space finds the breaks of the plain alternation (a line
    break, a run of spaces, a space after a full stop) in every report of seeds/, whole and in windows."""
    plain = re.compile(r"\n|\s{2,}|(?<=[。!?])\s")
    for path in sorted(SEEDS.glob("*.txt")):
        norm = normalize(load(path)[0])
        for start in (0, 7, 1000):
            end = len(norm) - start
            assert [m.span() for m in _PARA_BREAK.finditer(norm, start, end)] == [
                m.span() for m in plain.finditer(norm, start, end)
            ], path.name
