"""The Chinese lexicon, the page and the report's outline: page chrome, heading and section words, time words of
headings and paragraph openings, titles and names of governments. Words by meaning are in
:mod:`policydiff.lexicon_zh`."""

from __future__ import annotations

from typing import Final

# fmt: off

#: Heading words that make a section a review of the past.
REVIEW_HEADING_WORDS: Final[tuple[str, ...]] = (
    "回顾", "总结", "成就", "过去一年", "过去五年", "工作情况", "发展成就", "完成情况",
)
#: Heading words that make a section a plan.
PLAN_HEADING_WORDS: Final[tuple[str, ...]] = (
    "工作安排", "重点工作", "主要任务", "目标任务", "政府工作任务", "总体要求", "预期目标", "主要目标", "建议",
    "工作思路", "重点任务", "目标和", "工作部署", "主要考虑", "重大任务", "战略举措", "重大举措", "工作的主要",
    "发展的主要", "主要工作", "工作任务",
)
#: Heading words that make a section about the government itself.
GOVERNANCE_HEADING_WORDS: Final[tuple[str, ...]] = (
    "政府自身建设", "政府治理", "人民满意的政府", "服务型政府", "政府建设", "转作风",
)
#: Words that mark a paragraph as the main-targets list wherever it sits.
TARGETS_PARAGRAPH_WORDS: Final[tuple[str, ...]] = ("主要预期目标", "主要目标是", "预期目标是", "发展目标是")
#: Markers where trailing page debris starts (licence notices, related links, editor credits).
TAIL_DEBRIS_MARKERS: Final[tuple[str, ...]] = (
    "本作品是中华人民共和国", "相关报道：", "相关报道:", "责任编辑：", "责任编辑:", "（来源：", "(来源：", "【打印】",
    "【关闭】", "扫一扫在手机打开",
)
#: Named periods and the years they cover.
PERIODS: Final[dict[str, tuple[int, int]]] = {
    "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030),
}
#: Heading words for the year before the report / the report year / several past years. A heading that names
#: a time before the report year is a review, whatever its other words (2025年主要工作 in a 2026 report).
LAST_YEAR_WORDS: Final[tuple[str, ...]] = ("过去一年", "过去的一年", "一年来", "去年", "上一年")
THIS_YEAR_WORDS: Final[tuple[str, ...]] = ("今年", "本年")
#: Whole lines that are page widgets or navigation, never report text, wherever they sit.
WIDGET_LINES: Final[frozenset[str]] = frozenset(
    {
        "下载",
        "打印",
        "全屏",
        "收藏",
        "加大",
        "还原",
        "减小",
        "大",
        "中",
        "小",
        "【",
        "】",
        "[",
        "]",
        "|",
        "×",
        ">",
        "首页",
        "分享",
        "分享:",
        "分享：",
        "分享到",
        "分享到:",
        "分享到：",
        "分享到微信",
        "打印本页",
        "关闭窗口",
        "关闭",
        "返回顶部",
        "相关文档：",
        "相关文档:",
        "扫一扫在手机打开当前页",
        "》》点击图片进入专题《《",
    }
)
#: Openings of short lines that are page chrome (font-size bars, breadcrumbs, bylines of the web page).
WIDGET_LINE_PREFIXES: Final[tuple[str, ...]] = (
    "【字号",
    "【字体",
    "[字号",
    "字号：",
    "字体：",
    "【打印",
    "【关闭",
    "分享到",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "发表时间",
    "发布时间",
    "阅读量",
    "浏览次数",
    "扫一扫",
)
#: More markers where trailing page debris starts, beside TAIL_DEBRIS_MARKERS.
TAIL_DEBRIS_MORE: Final[tuple[str, ...]] = (
    "相关文档：",
    "相关文档:",
    "相关新闻：",
    "相关链接：",
    "》》点击",
    "打印本页",
    "关闭窗口",
)
#: The salutation that opens every report; what precedes it is title, dateline and page header.
SALUTATION: Final = "各位代表"
#: Short lines that open the back matter (notes, glossary, appendices) after the closing words.
BACK_MATTER_HEADINGS: Final[tuple[str, ...]] = ("附件", "附录", "附表", "注释", "名词解释", "名词注释", "注解")
#: Appendix titles that list this year's tasks (2025年10件惠民实事): part of the plan.
APPENDIX_PLAN_WORDS: Final[tuple[str, ...]] = ("实事", "惠民工程", "民生项目", "工作安排", "重点工作", "目标任务")
#: More heading words for the government's own section, beside GOVERNANCE_HEADING_WORDS.
GOVERNANCE_HEADING_MORE: Final[tuple[str, ...]] = (
    "满意的政府", "满意政府", "政府现代化", "法治政府", "政府效能", "廉洁政府",
)
#: How a short line naming only a time ends (关于2025年工作, 过去一年的工作): a heading without a kind word.
TIME_HEADING_TAILS: Final[tuple[str, ...]] = ("工作", "成绩", "成效", "成就", "情况")
#: More plan heading words, beside PLAN_HEADING_WORDS (a five-year plan outline is a plan).
PLAN_HEADING_MORE: Final[tuple[str, ...]] = ("规划纲要", "目标纲要", "五年规划", "开好局", "起好步")
#: Long names of the five-year periods (第十四个五年规划) and the years they cover.
PERIODS_LONG: Final[dict[str, tuple[int, int]]] = {
    "第十二个五年": (2011, 2015),
    "第十三个五年": (2016, 2020),
    "第十四个五年": (2021, 2025),
    "第十五个五年": (2026, 2030),
}
#: Heading words that narrow a five-year period to its first year (推动“十五五”开好局 plans 2026 only).
FIRST_YEAR_WORDS: Final[tuple[str, ...]] = ("开好局", "起好步", "开局之年", "开局年")
#: Words for the five years before / after the report. 本届政府 (the government's term so far) is not one of
#: them: in the first years of a term (过去一年是本届政府依法履职的第一年) it covers one year.
PAST_FIVE_YEARS_WORDS: Final[tuple[str, ...]] = ("过去五年", "五年来", "这五年", "过去的五年")
NEXT_FIVE_YEARS_WORDS: Final[tuple[str, ...]] = ("今后五年", "未来五年")
#: Openings of a body paragraph that look back on last year / ahead to this year.
REVIEW_BODY_WORDS: Final[tuple[str, ...]] = ("过去一年", "一年来", "刚刚过去", "去年")
PLAN_BODY_WORDS: Final[tuple[str, ...]] = ("今年", "新的一年", "做好今年")
#: Titles of government offices that follow the government's name (上海市市长, 湖北省人民政府省长).
LEADER_TITLES: Final[tuple[str, ...]] = ("省长", "市长", "主席", "区长", "县长", "州长", "旗长", "盟长")
#: Generic names of a government ("我代表省人民政府") that need the proper name from elsewhere.
GENERIC_GOVERNMENTS: Final[tuple[str, ...]] = ("省", "市", "区", "县", "州", "旗", "盟", "自治区", "自治州", "自治县")
#: Paragraph openings that start a look back over several years, or over the single reviewed year.
MULTI_YEAR_LEADS: Final[tuple[str, ...]] = (
    "五年来", "过去五年", "五年间", "“十四五”时期", "十四五时期", "“十四五”以来", "“十四五”期间", "回顾“十四五”",
    "本届政府", "这五年", "——这五年", "过去的五年",
)
SINGLE_YEAR_LEADS: Final[tuple[str, ...]] = (
    "过去一年", "一年来", "去年", "今年以来", "这一年", "刚刚过去的", "刚过去的",
)
#: Whole lines that title a glossary after the report (名词解释): its terms are no commitments.
GLOSSARY_TITLES: Final[tuple[str, ...]] = ("名词解释", "注释", "《政府工作报告》有关内容名词注释", "有关内容名词注释")
#: The salutation's punctuation, that a paragraph opening drops with it (各位代表！, 各位代表：).
SALUTATION_MARKS: Final = "！!，,:："
#: A chapter number in full-width brackets at a paragraph's start (（三）).
BRACKETED_CN_ORDINAL: Final = "（[一二三四五六七八九十]+）"
#: A page number line of a printed report (- 3 -, 第3页, 3/40页).
PAGE_NUMBER_PATTERN: Final = r"[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4})?(?:\s*页)?[-—–－\s]*"
#: What opens a heading or a numbered paragraph on a printed page (一、, （一）, 第一部分, ——).
HEADING_MARKER_PATTERN: Final = (
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分|——"
)
#: The words every report's title holds (政府工作报告).
REPORT_TITLE_WORD: Final = "工作报告"
#: A web page's publication time (时间:2025-01-20 09:30).
TIMESTAMP_PATTERN: Final = r"(?:时间:)?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
#: The word after a part's ordinal (第一部分).
PART_WORD: Final = "部分"
#: Words joining two subjects in one heading (稳增长和惠民生, 回顾暨安排).
HEADING_JOINERS: Final[tuple[str, ...]] = ("和", "及", "暨", "以及", "与")
#: Endings of a glossary's title among the back matter (名词解释, 有关名词注释).
GLOSSARY_ENDINGS: Final[tuple[str, ...]] = ("名词解释", "名词注释", "注释")
#: An appendix's title line (附件1:, 附录).
APPENDIX_TITLE_PATTERN: Final = r"附(?:件|录)\s*\d*\s*(?::|$)"
#: The span a heading names without a year (五年来, 今后五年).
FIVE_YEARS: Final = "五年"
#: A report's dateline (2025年1月20日, 二〇二五年一月二十日).
DATELINE_PATTERN: Final = (
    r"((?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
)
#: A title with its year (2025年…政府工作报告, 政府工作报告（2025年）).
TITLE_YEAR_PATTERN: Final = r"((?:19|20)\d\d)年[^\n。]{0,24}?工作报告|工作报告\s*[(（]((?:19|20)\d\d)年?[)）]"
#: The level words that end a government's name (湖北省, 上海市, 内蒙古自治区, 呼伦贝尔市).
GOVERNMENT_SUFFIX_PATTERN: Final = r"(?:省|市|自治区|特别行政区|区|县|自治州|州|旗|盟)"
#: Where a government is named, each a template over {name} and {suffix} (a name and its level word): the
#: congress the report is given at (在湖北省第十四届…), the report's title (湖北省政府工作报告).
CONGRESS_GOV_TEMPLATE: Final = r"在(?P<gov>{name}{suffix})(?:第)?[一二三四五六七八九十]{{1,3}}届"
TITLE_GOV_TEMPLATE: Final = r"(?:(?:19|20)\d\d年)?(?P<gov>{name}{suffix})(?:(?:19|20)\d\d年)?(?:人民)?政府工作报告"
#: The speaker naming the government (我代表湖北省人民政府).
SPEAKER_GOV_PATTERN: Final = r"我代表(?P<gov>[\u4e00-\u9fff]{1,14}?)(?:人民政府|政府)"
#: The words that name a government (湖北省人民政府) and the speaker's formula (我代表…).
PEOPLES_GOVERNMENT: Final = "人民政府"
SPEAKER: Final = "我代表"
#: The national government, whose report is the State Council's (我代表国务院).
STATE_COUNCIL: Final = "国务院"
#: Characters after a level word that make it part of a compound (市场, 市民, 省委, 区域, 县城…): not a name's end.
COMPOUND_NEXT: Final = "场民政委级区域容值属直辖县州井内外会长"
#: Characters before a level word that make the stem a common noun or another level (城市, 县市).
COMPOUND_LAST: Final = "城省市区县州乡镇村"
#: First characters of a stem that make it a pronoun or quantifier (全省, 我省, 本市, 各县, 该市), not a name.
NOT_NAME_STARTS: Final = "全我本各该"
#: Headings supplied for a report without any, as templates over the year they name.
FALLBACK_REVIEW_HEADING: Final = "一、{year}年工作回顾"
FALLBACK_PLAN_HEADING: Final = "二、{year}年工作安排"
