"""The Chinese lexicon: numerals, multipliers, units, comparators, verbs and section words, as data.

Every stage reads its words from here, so adding a language means adding a module of the same shape.
"""

from __future__ import annotations

from typing import Final

# fmt: off

#: Chinese digits and their values; 两 is a counting 2.
DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: Small multipliers inside a Chinese numeral (一千二百).
SMALL_UNITS: Final[dict[str, int]] = {"十": 10, "百": 100, "千": 1000}
#: Multipliers written after a number (1.3万亿, 1200万, 3千).
MULTIPLIERS: Final[dict[str, int]] = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8, "千万": 10**7, "百万": 10**6, "十万": 10**5,
    "万": 10**4, "千": 10**3, "百": 100, "十": 10,
}

#: Unit as written -> canonical base unit. Units not listed here do not make a quantity.
UNITS: Final[dict[str, str]] = {
    "%": "%", "‰": "‰", "个百分点": "百分点", "百分点": "百分点", "倍": "倍", "元": "元", "美元": "美元",
    "元/亩": "元/亩", "斤": "斤", "公斤": "公斤", "吨": "吨", "吨标准煤": "吨标准煤", "标准煤": "吨标准煤",
    "亩": "亩", "公顷": "公顷", "平方公里": "平方公里", "平方千米": "平方公里", "平方米": "平方米", "公里": "公里",
    "千米": "公里", "米": "米", "延米": "米", "立方米": "立方米", "方": "立方米", "标箱": "标箱", "标准箱": "标箱",
    "千瓦": "千瓦", "千瓦时": "千瓦时", "度": "千瓦时", "兆瓦": "兆瓦", "个": "个", "家": "家", "座": "座",
    "所": "所", "条": "条", "套": "套", "间": "间", "套（间）": "套", "户": "户", "人次": "人次", "人": "人",
    "名": "人", "位": "人", "件": "件", "项": "项", "场": "场", "场次": "场", "辆": "辆", "台": "台", "张": "张",
    "处": "处", "株": "株", "头": "头", "只": "只", "批": "批", "部": "部", "艘": "艘", "架": "架", "列": "列",
    "口": "口", "盏": "盏", "片": "片", "宗": "宗", "笔": "笔", "支": "支", "类": "类", "家次": "家次", "班": "班",
    "趟": "趟", "层": "层", "栋": "栋", "幢": "幢", "床": "张", "微克": "微克", "分": "分", "天": "天",
    "小时": "小时", "年": "年", "次": "次",
}
#: Units that only count as quantities after an Arabic number (一方 / 千方百计 / 一片 are idioms).
ARABIC_ONLY_UNITS: Final[frozenset[str]] = frozenset({
    "次", "方", "片", "口", "分", "天", "小时", "年", "度", "位", "类", "层", "支", "部", "列", "班", "只", "头",
    "处", "间",
})
#: Units that never make a target on their own (durations, ages); kept so they are not misread.
NON_TARGET_UNITS: Final[frozenset[str]] = frozenset({"年", "天", "小时", "分"})

#: A unit character followed by one of these starts a longer word, not a unit (三方面, 所有, 位于, 人才).
UNIT_FALSE_FOLLOWERS: Final[dict[str, str]] = {
    "方": "面案式向针位法", "所": "有以在属得", "位": "于居列次置", "处": "理置于", "度": "过", "头": "部",
    "间": "隔", "家": "庭乡园", "条": "件例", "台": "阶", "米": "粮", "个": "人体性", "名": "单牌称",
    "人": "才民员群", "部": "门署分", "批": "次准", "场": "景所地",
}
#: Special quantity phrases without digits.
PHRASES: Final[dict[str, tuple[float, str]]] = {
    "一半": (50.0, "%"), "过半": (50.0, "%"), "万亿级": (1e12, "元"), "千亿级": (1e11, "元"),
    "与上年持平": (0.0, "%"), "同比持平": (0.0, "%"),
}
#: Verbs before a round amount named without a digit (突破万亿元, 迈上千亿元): at least that amount.
THRESHOLD_VERBS: Final[tuple[str, ...]] = ("突破", "超过", "超", "跨过", "迈上", "跃上", "迈入", "站上")
#: Phrases above that state a rate of change (持平: no change), not a level.
RATE_PHRASES: Final[tuple[str, ...]] = ("持平",)

#: Comparator words after the number.
SUFFIX_COMPARATORS: Final[dict[str, str]] = {
    "以上": ">=", "之上": ">=", "多": ">=", "余": ">=", "以内": "<=", "之内": "<=", "以下": "<=", "左右": "~",
    "上下": "~",
}
#: Words right after a number (or between it and 万/亿) that make it a round figure with more to it: 20多万 is
#: at least 20万 and below 30万, 3000余个 at least 3000 and below 4000 (the next step of its last digit).
ROUGH_WORDS: Final[tuple[str, ...]] = ("多", "余")
#: Words before a number that make it an upper bound nearly reached: 近1500万 is a bit under 1500万. Word -> the
#: share of the number taken as its lower bound (a cautious reading: a nearer one would decide more targets).
NEAR_WORDS: Final[dict[str, float]] = {"近": 0.9, "接近": 0.9, "将近": 0.9}
#: Marks joining the two ends of a written range (6.5%－7%, 4.5%—5%, 4.5%――5%), one or two of them, after
#: full-width forms are folded to half-width (－ and ～ become - and ~): dashes, hyphens, minus, tilde.
RANGE_MARKS: Final = "—―–‐−-~"
#: Words joining the two ends of a range (1至2个, 41.7%到86.7%).
RANGE_WORDS: Final[tuple[str, ...]] = ("至", "到")
#: Comparator words before the number (read right to left from the number, nearest first).
PREFIX_COMPARATORS: Final[dict[str, str]] = {
    "不低于": ">=", "不少于": ">=", "至少": ">=", "超过": ">=", "超": ">=", "突破": ">=", "高于": ">=", "多于": ">=",
    "逾": ">=", "过": ">=", "达到": "=", "不超过": "<=", "不高于": "<=", "控制在": "<=", "低于": "<=", "少于": "<=",
    "不到": "<=", "以内": "<=", "约": "~", "大约": "~", "近": "~", "接近": "~", "将近": "~",
}

#: Words that make the stated number a cap (less is better). Matched against the indicator.
CEILING_WORDS: Final[tuple[str, ...]] = (
    "失业率", "居民消费价格", "物价", "CPI", "赤字", "债务", "负债率", "能耗", "能源消耗", "碳排放", "排放强度",
    "排放量", "事故", "死亡", "浓度", "发生率", "死亡率", "杠杆率", "不良率", "PM2.5", "专项债", "支出增长", "用水量",
)
#: Action words that turn a cap into a target cut (降低2.5% is a floor on the cut).
REDUCTION_WORDS: Final[tuple[str, ...]] = ("下降", "降低", "减少", "削减", "压减", "减排", "降幅", "压降")

#: Words right before a percentage that make it a rate of change, not a level.
RATE_WORDS: Final[tuple[str, ...]] = (
    "增长", "增速", "增幅", "涨幅", "上涨", "下降", "降低", "减少", "提高", "提升", "增加", "降幅", "回落", "下跌",
    "攀升", "扩大", "缩小", "分别增长", "分别下降", "分别提高",
)
#: Words after a rate word that turn it back into a level (提高到 30%).
TO_LEVEL_WORDS: Final[tuple[str, ...]] = ("到", "至", "为")

#: Leading words stripped from an indicator: time, modality, exhortation.
INDICATOR_STOP_PREFIXES: Final[tuple[str, ...]] = (
    "今年", "全年", "年内", "明年", "力争", "确保", "努力", "争取实现", "全力", "加快", "推动", "推进", "进一步",
    "持续", "继续", "要", "将", "拟", "并", "同比", "比上年", "同时", "其中", "全省", "全市", "全区", "全州", "全国",
    "全县", "我区", "我省", "我市", "我州", "我县",
    "实现", "以上", "左右", "以内", "和", "及", "与", "、", "，", "：", "“", "”", "（", "）", "的", "预计",
)
#: Trailing words stripped from an indicator: copulas and comparator prefixes.
INDICATOR_STOP_SUFFIXES: Final[tuple[str, ...]] = (
    "达到", "达", "为", "保持在", "稳定在", "控制在", "突破", "超过", "超", "不低于", "不少于", "至少", "不超过",
    "提高到", "提高至", "提升到", "提升至", "增至", "增加到", "降到", "降至", "约", "近", "在", "逾", "过", "是",
    "了", "到", "拟按", "按", "保持", "稳定", "规模", "总量", "、", "，", "的", "目标", "与上年", "同比", "比上年",
)

#: Verbs that make a number a target and are shared across an enumeration (新建公厕10座、充电桩1000个).
ACTION_VERBS: Final[tuple[str, ...]] = (
    "新建改扩建", "新改扩建", "新改建", "新建（改）", "新建和改造", "新建改造", "建设筹措", "开工建设", "启动建设",
    "加快建设", "改造提升", "建设提升", "建设改造", "新增", "新建", "改建", "扩建", "建设", "建成", "改造", "完成",
    "实施", "开工", "培育", "打造", "办好", "举办", "引进", "创建", "争创", "新开通", "开通", "设立", "投放", "整治",
    "推动", "推进", "支持", "提高", "增加", "增长", "下降", "降低", "减少", "达到", "突破", "超过", "保持", "稳定",
    "淘汰", "培训", "形成", "安排", "使用", "发放", "新培育", "设置优化", "提档升级", "滚动实施", "加快推进", "盘活",
    "招引", "签约", "落地", "吸纳", "帮扶", "救助", "筹集", "供应",
)
#: Verbs before a Chinese-numeral quantity that make it a target (新增两所学校, 举办百场).
CN_NUMERAL_VERBS: Final[tuple[str, ...]] = (*ACTION_VERBS, "至少", "再", "每年", "共", "累计", "开展", "组织")
#: Measure words of events: 百场 and 千场 count them when the clause has a target verb (推进…百场对接活动).
CN_EVENT_MEASURES: Final = "场次期"

#: Comparison words before 去年 after a figure (增幅明显高于去年): the figure is still this year's.
COMPARED_TO_WORDS: Final[tuple[str, ...]] = ("高于", "低于", "大于", "小于", "多于", "少于", "快于", "超过")
LAST_YEAR: Final = "去年"
#: Clause words that make a plan number a forecast or a baseline, not a commitment.
FORECAST_WORDS: Final[tuple[str, ...]] = ("预计今年", "预测", "据测算")
#: Words that open a baseline before a number (从75%提高到100%), and the verbs that then lead to the target.
BASELINE_PREFIXES: Final[tuple[str, ...]] = ("从", "由")
BASELINE_TO_WORDS: Final[tuple[str, ...]] = ("到", "至", "提高", "增加", "增长", "提升", "下降", "降")

#: Review words that state a deliverable was done (如期完成 counts as met).
COMPLETION_WORDS: Final[tuple[str, ...]] = (
    "如期完成", "全部完成", "圆满完成", "超额完成", "顺利完成", "全面完成", "提前完成", "基本完成", "建成投用",
    "建成投产", "全部建成", "顺利实现", "全部实现", "如期实现", "超额实现", "全面落实",
)
#: A review's claim that the budget was executed as passed (中央财政收支符合预算): it decides the budget's
#: own arrangements (安排中央本级支出增长3.9%), as the government's claim.
BUDGET_CLAIM_WORDS: Final[tuple[str, ...]] = ("收支符合预算", "支出符合预算", "预算执行良好", "完成预算")
#: Words that make a plan clause an arrangement of the budget's revenue or spending (收支), and the fiscal
#: levels that must agree with the claim. 预算内投资 is a programme, not the budget's 收支.
BUDGET_WORDS: Final[tuple[str, ...]] = ("支出", "收入")
FISCAL_LEVELS: Final[tuple[str, ...]] = ("中央", "地方", "省级", "市级", "县级", "本级", "全省", "全市", "全县")
#: Words in a number's own clause that make it a several-year total or average, never one year's outcome.
TOTAL_WORDS: Final[tuple[str, ...]] = (
    "五年", "年均", "累计", "总计", "共计", "历年", "先后", "比五年前", "较“十三五”", "较“十四五”", "每年",
)
#: Words earlier in the sentence that place it in a several-year stretch (weaker evidence for one year).
PERIOD_WORDS: Final[tuple[str, ...]] = ("十四五", "十三五", "十二五", "以来", "期间", "五年来", "过去五年", "连续")
#: Verbs of a flow (an increment in the year) as opposed to a stock.
FLOW_WORDS: Final[tuple[str, ...]] = (
    "新增", "新建", "新开", "新培育", "培育", "新改", "新开工", "增加", "新认定", "新设",
)
#: Names of one measure written differently in plan and review (matched after verbs are dropped).
INDICATOR_SYNONYMS: Final[dict[str, str]] = {
    "国内生产总值": "地区生产总值", "全市生产总值": "地区生产总值", "全省生产总值": "地区生产总值",
    "经济增速": "地区生产总值", "GDP": "地区生产总值", "规模以上工业": "规上工业", "乡村": "农村",
    "农村牧区": "农村",
    "居民消费价格涨幅": "居民消费价格", "物价涨幅": "居民消费价格", "CPI": "居民消费价格", "PM_2.5": "PM2.5",
    "细颗粒物": "PM2.5", "总产量": "产量", "粮食总产": "粮食产量", "社零额": "社会消费品零售总额",
    "外贸进出口": "进出口总额", "进出口": "进出口总额", "新建": "新增", "新开工": "新增", "新培育": "新增",
    "新增城镇就业": "城镇新增就业", "占比": "比重", "比例": "比重", "基本医疗保险": "医保", "医疗保险": "医保",
    "原煤产量": "煤炭产量",
}
#: Marks of a measure per unit of something (单位地区生产总值能耗, 能耗强度): not the measure it is per.
INTENSITY_MARKS: Final[tuple[str, ...]] = (
    "单位地区生产总值", "单位国内生产总值", "单位生产总值", "单位GDP", "万元GDP", "万元地区生产总值", "每万人",
    "每万元", "能耗强度", "碳排放强度", "二氧化碳排放强度", "能源消耗强度",
)
#: After 占, words that make it "occupy" rather than "be a share of" (建设占用耕地, 占地面积).
NOT_SHARE_AFTER: Final[tuple[str, ...]] = ("用", "地")
#: Names in front of a measure that do not narrow it (货物贸易进出口总额 is the 进出口总额 of a province).
BROAD_PREFIXES: Final[tuple[str, ...]] = ("货物贸易", "全社会", "全口径", "全市域", "全省域")
#: Words between a share's numerator and denominator (X占Y比重, X相当于Y的比例): shares of other X differ.
SHARE_OF_WORDS: Final[tuple[str, ...]] = ("占", "相当于")
#: A share named without its subject (…，占比55.1%): the subject is the sentence's previous figure's.
BARE_SHARES: Final[tuple[str, ...]] = ("占比", "比重", "比例")
#: An indicator that is only this word means the economy's output (经济增长6%左右).
ECONOMY_WORDS: Final[tuple[str, ...]] = ("经济", "经济总量")
#: Words of a sentence that explains a target already set (…7%左右，考虑了需要和可能，符合发展规律): the figure
#: it repeats is the same commitment.
EXPLANATION_WORDS: Final[tuple[str, ...]] = (
    "考虑了", "充分考虑", "综合考虑了", "符合发展规律", "符合客观实际", "相衔接", "相适应", "作出的选择", "表明我们",
    "留有余地", "留有空间", "兼顾了",
)
#: Words after "<figure>的" that make the figure a qualifier of the target itself (7%左右的速度, 5.5%左右的预期
#:增长目标), not a share of things (90%的煤矿).
TARGET_NOUNS: Final[tuple[str, ...]] = ("目标", "速度", "增速", "增长", "预期")
#: Nouns after "<figure>的" that make the figure the size of a task (16.9万平方米的绿化任务, 54亿元的投资计划,
#: 3万人的饮水问题), not a qualifier of a thing (过2000万元的工业新增长点).
TASK_NOUNS: Final[tuple[str, ...]] = ("目标", "任务", "计划", "问题")
#: Words that frame a restated target without changing what it measures (提出…, 把…控制在, 预期).
RESTATEMENT_FRAMING: Final[tuple[str, ...]] = ("提出", "把", "将", "今年", "全年", "预期", "目标", "预计")
#: Review words that pin a statement to the single reviewed year.
SINGLE_YEAR_WORDS: Final[tuple[str, ...]] = ("全年", "去年", "过去一年", "一年来", "当年", "今年", "上年")

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

# --- Outline: page debris, back matter and period words (load and parse stages) ---

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

#: Names of a government's own yearly list of promises, each with the kind of list it names: a blanket claim
#: about the list (十五件民生实事全部兑现) covers the items the plan listed under it, when the claim names a list
#: of the same kind (为民办实事项目 and 惠民实事 are 民生实事 by another name; 民心工程 is another list).
GROUP_WORDS: Final[dict[str, str]] = {
    "民生实事": "实事", "惠民实事": "实事", "为民办实事": "实事", "为民实事": "实事", "实事项目": "实事",
    "民生工程": "民生工程", "民心工程": "民心工程",
}
#: The bare noun that names such a list only after its count (办好10件实事).
GROUP_COUNTED_WORD: Final = "实事"
#: Measure words of a list's count and what they count: 件 and 项 count items (15件 = 15项), 大类 and 方面
#: count kinds (10大类55项, 十大为民办实事工程).
GROUP_COUNT_MEASURES: Final[dict[str, str]] = {
    "大类": "kinds", "方面": "kinds", "类": "kinds", "大": "kinds", "件": "items", "项": "items",
}
#: Levels of government a list may name (省级民生实事, 15件市级重点民生实事): a claim about another level's
#: list is no evidence for this one.
GROUP_LEVELS: Final[dict[str, str]] = {
    "省级": "省", "省委省政府": "省", "省政府": "省", "自治区": "省", "市级": "市", "市委市政府": "市", "市政府": "市",
    "县级": "县", "区级": "区",
}
#: Words right after a list's name that open its items in the same sentence (…15件重点民生实事，包括：A；B).
GROUP_LIST_OPENERS: Final[tuple[str, ...]] = ("包括", "主要是", "分别是", "具体是", "：", ":")
#: Ordinal markers that open the items of a list ({cn}: a Chinese ordinal, {ar}: an Arabic one, {circled}: ①),
#: in text whose full-width brackets are normalised: 一是, (1), ①, 1., 1、, 一、, 第一.
GROUP_ITEM_MARKERS: Final[tuple[str, ...]] = ("{cn}是", "({ar})", "{circled}", "{ar}.", "{ar}、", "{cn}、", "第{cn}")
#: Longest label of a table's field line inside a list (年度目标：…, 主办单位：…).
GROUP_FIELD_LABEL_MAX: Final = 6
#: Longest topic sentence that names a paragraph as the list (扎实办好民生实事。…).
GROUP_TOPIC_MAX: Final = 16
#: Longest run of qualifiers between a list's count and its name (40件群众急难愁盼民生实事).
GROUP_QUALIFIER_MAX: Final = 10
#: A claim that a list was delivered: one or more modifiers, then a verb (全部兑现, 全部高标准完成, 圆满办结).
#: 基本完成 (mostly done) is no claim about every item; 办好 and 实施 are a plan's words.
GROUP_CLAIM_MODIFIERS: Final[tuple[str, ...]] = (
    "全部", "全面", "圆满", "如期", "顺利", "超额", "提前", "均已", "已经", "均", "已", "高质量", "高标准",
)
GROUP_CLAIM_VERBS: Final[tuple[str, ...]] = ("完成", "兑现", "办结", "办成", "交账", "落实")
#: Words between a list's name and the claim's verb (民生实事项目全部完成, 15件重点民生实事年度任务如期完成).
GROUP_CLAIM_FILLERS: Final[tuple[str, ...]] = ("工程项目", "年度任务", "项目", "工程", "任务")
#: Words that make a clause about a list a habit of several years (每年办好十件民生实事, 连续3年实施), not the
#: claim about year N's list.
GROUP_CLAIM_PERIOD_WORDS: Final[tuple[str, ...]] = ("每年", "连续", "累计", "五年", "历年", "年均", "滚动")
#: Units that count the same kind of thing (a quota in 人次 renews a quota in 人).
UNIT_FAMILIES: Final[dict[str, str]] = {"人次": "人", "家次": "家", "场次": "场", "套": "户"}
#: Nouns after a Chinese-numeral count that make it a figure of speech (四个方面), not a deliverable.
CN_COUNT_FIGURES: Final[tuple[str, ...]] = (
    "方面", "领域", "环节", "维度", "层面", "途径", "渠道", "重点", "问题", "基本任务", "任务", "工作", "原则", "要求",
    "关系", "目标", "步", "阶段",
)
#: Words above that are adjectives when a noun follows: 66个重点项目 counts projects, 四个重点 is a figure.
FIGURE_ADJECTIVES: Final[tuple[str, ...]] = ("重点",)
#: Verbs of a milestone promise without a number (建成X, 开工建设X), and the review words that say it happened.
MILESTONE_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "建成投用": ("建成", "投用", "投运", "投产", "通车", "竣工", "运营", "开通"),
    "建成": ("建成", "投用", "投运", "投产", "通车", "竣工", "运营", "开通"),
    "开工建设": ("开工", "建成", "投用", "通车"),
    "启动建设": ("启动", "开工", "建成"),
    "开工": ("开工", "建成", "投用"),
    "启动": ("启动", "开工", "建成", "实施"),
    "创建": ("获批", "成功创建", "创建成功", "获评", "入选", "通过验收", "获得"),
    "争创": ("获批", "成功创建", "获评", "入选", "获得"),
}
#: How a milestone's object ends: a named project, site or institution, not an abstract goal.
MILESTONE_OBJECTS: Final[tuple[str, ...]] = (
    "工程", "项目", "基地", "中心", "园", "园区", "线", "桥", "大桥", "站", "港", "机场", "铁路", "高速", "高速公路",
    "医院", "学校", "大学", "馆", "示范区", "试验区", "实验室", "平台", "枢纽", "水库", "电站", "隧道", "通道",
)
#: Paragraph openings that start a look back over several years, or over the single reviewed year.
MULTI_YEAR_LEADS: Final[tuple[str, ...]] = (
    "五年来", "过去五年", "五年间", "“十四五”时期", "十四五时期", "“十四五”以来", "“十四五”期间", "回顾“十四五”",
    "本届政府", "这五年", "——这五年", "过去的五年",
)
SINGLE_YEAR_LEADS: Final[tuple[str, ...]] = (
    "过去一年", "一年来", "去年", "今年以来", "这一年", "刚刚过去的", "刚过去的",
)
#: Contracted subjects of a 分别 list (城乡居民收入分别增长5%和7%: urban 5%, rural 7%).
CONTRACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "城乡": ("城镇", "农村"), "中小学": ("中学", "小学"), "进出口": ("进口", "出口"), "中外": ("中方", "外方"),
}
#: Mutually exclusive modifiers: an indicator about one member is never evidence for another
#: (城镇居民收入 is not 全体居民收入; 二产增加值 is not 一产增加值).
CONTRASTS: Final[tuple[tuple[str, ...], ...]] = (
    ("城镇", "农村", "全体", "城乡"), ("一产", "二产", "三产"), ("进出口", "进口", "出口"),
    ("国家级", "省级", "市级", "县级"),
    ("本科", "专科"), ("高中", "初中", "小学"), ("城市", "农村"), ("户籍", "常住"),
)
#: Groups whose member must also be named by the evidence, in indicators about the given subject:
#: 城镇居民收入 is not decided by 居民收入 (all residents), but 城镇老旧小区 is by 老旧小区.
CONTRASTS_REQUIRED: Final[dict[tuple[str, ...], str]] = {
    ("城镇", "农村", "全体", "城乡"): "居民", ("一产", "二产", "三产"): "", ("进出口", "进口", "出口"): "",
    ("户籍", "常住"): "城镇化",
}
#: Verbs naming a stage of a project; they stay in matching keys (开工390个 is not 推进2200个).
STAGE_WORDS: Final[tuple[str, ...]] = ("开工", "竣工", "建成", "投产", "签约", "开通")
#: Words inserted into a name that do not narrow it (乡村建设品质提升行动完成投资 is 乡村建设品质提升投资).
FILLER_WORDS: Final[tuple[str, ...]] = (
    "行动", "工程", "计划", "项目", "完成", "实现", "工作", "总", "年度", "全年", "年",
)
#: Words that make a target a level to reach (企业达220家, 稳定在1亿亩), not a year's addition.
LEVEL_WORDS: Final[tuple[str, ...]] = ("达到", "达", "稳定在", "保持在", "突破", "总数", "累计", "总量")
#: Words right before a number that state a level reached (达到, 增至, 稳定在), and nouns naming a level.
#: Verbs of a level reached even where their first character is a flow word (增加到, 增至).
TO_LEVEL_VERBS: Final[tuple[str, ...]] = ("增加到", "增加至", "增至", "提高到", "提高至", "提升到", "提升至")
STATE_VERBS: Final[tuple[str, ...]] = (
    "达到", "达", "增至", "增加到", "提高到", "提高至", "提升到", "提升至", "稳定在", "保持在", "为",
)
STATE_NOUNS: Final[tuple[str, ...]] = (
    "率", "比例", "比重", "浓度", "产量", "总产", "总额", "规模", "收入", "增加值", "总量", "营收", "价格", "人数",
    "数量", "播种面积", "耕地面积", "森林面积", "湿地面积", "绿地面积",
)
#: A review clause saying a measure rose, with no figure (粮食播种面积、单产、总产连续6年增长): the verbs, and
#: the words that may stand between subject and verb.
GROWTH_CLAIM_WORDS: Final[tuple[str, ...]] = ("增长", "提高", "增加", "提升", "上升")
GROWTH_CLAIM_MODIFIERS: Final[tuple[str, ...]] = ("稳步", "持续", "逐年", "均", "实现", "不断", "明显", "大幅", "净")
#: Words that turn a rise into a wish or a shortfall (依法行政能力有待提升).
GROWTH_CLAIM_NEGATIONS: Final[tuple[str, ...]] = ("有待", "亟待", "仍需", "需要", "不足", "不够", "未")
#: Words that make a count a stock (智能化煤矿达到400座, 7家地方国企进入500强): two years of it subtract.
STOCK_WORDS: Final[tuple[str, ...]] = (
    "达到", "达", "增至", "增加到", "提高到", "总数", "总量", "拥有", "进入", "入选", "上榜", "保有", "累计",
)
#: Review words that state a share without a figure, by the official convention (黑臭水体基本消除: at least 90%
#: eliminated): word -> (the measure it completes, the share it states, in %).
IMPLIED_SHARES: Final[dict[str, tuple[str, float]]] = {
    "基本消除": ("消除率", 90.0), "全面消除": ("消除率", 100.0), "全部消除": ("消除率", 100.0),
    "动态清零": ("消除率", 100.0), "实现全覆盖": ("覆盖率", 100.0),
}
#: Measures that are one year's amount even when the target says 达 (技术合同成交额达70亿元): a several-year
#: total (累计达260亿元) never decides them.
ANNUAL_AMOUNTS: Final[tuple[str, ...]] = ("成交额", "销售额", "营业额", "营收", "收入", "产值", "投资", "增加值")
#: Verbs of a year's work: a target they govern is an amount to deliver, never decided by a stock reached.
DELIVERY_VERBS: Final[tuple[str, ...]] = (
    "建设", "建成", "改造", "完成", "实施", "新建", "开工建设", "新建和改造", "新建改造", "改建", "扩建", "整治",
)
#: Words in next year's plan that look back on finished work (总结评估, 验收): no carry-over.
WRAP_UP_WORDS: Final[tuple[str, ...]] = ("总结评估", "总结", "验收", "后评估", "评估")
#: Measures whose growth targets are real (at constant prices): growth worked out from two nominal levels
#: decides them only when no plausible price change could turn the verdict.
REAL_GROWTH_WORDS: Final[tuple[str, ...]] = ("生产总值", "增加值", "GDP", "经济")
#: Words of a plan's framing, dropped from keys anywhere: 年度计划投资 (plan) is the 投资 the review reports.
KEY_NOISE_WORDS: Final[tuple[str, ...]] = ("年度计划", "年度", "计划")
#: Units counting things (项目1550个): a money figure listed after such a count is the things' amount.
COUNT_UNITS: Final[tuple[str, ...]] = ("个", "项", "家", "座", "所", "处", "条")
#: 均 shares one figure among listed subjects only before a verb (满意率均达100%); after 人, 年, 平, 亩, 日 or 月
#: it is part of a word (人均, 年均, 平均, 亩均).
JUN_SHARED_VERBS: Final[tuple[str, ...]] = ("达", "为", "超过", "超", "在", "保持", "稳定", "高于", "实现", "提高")
JUN_NOT_SHARED_BEFORE: Final = "人年平亩日月户"
#: Words that hand one figure (or one figure each) to every subject listed before them (A、B均增长8%; A、B排放量
#: 都要减少2%; A、B、C各1个; A、B分别增长6%、8%), with the characters that, right before the word, make it part
#: of another word (人均, 首都) instead. 均, 都 and 各 share only before a verb or a number.
DISTRIBUTIVE_WORDS: Final[dict[str, str]] = {"分别": "", "均": JUN_NOT_SHARED_BEFORE, "都": "首成京古国", "各": ""}
#: Words allowed between 均, 都 or 各 and the verb it shares (都要减少, 均将达到).
DISTRIBUTIVE_MODALS: Final[tuple[str, ...]] = ("要", "将", "可", "能", "已")
#: Conjunctions that join the last item of a list (A、B和C; 城镇和农村), and words they are part of (普及率, 和美).
LIST_CONJUNCTIONS: Final[tuple[str, ...]] = ("以及", "和", "及", "与")
CONJUNCTION_WORDS: Final[tuple[str, ...]] = (
    "普及", "涉及", "惠及", "波及", "及时", "及早", "以及", "和美", "和谐", "共和", "和平", "平和", "饱和", "温和",
    "参与", "给与", "及以上", "及以下",
)
#: Words after a list that make the figure the whole group's, not each item's (A、B、C合计产值; “新三样”出口;
#: 水电、风电、光伏发电量占比: one share of all three).
LIST_WHOLE_WORDS: Final[tuple[str, ...]] = (
    "合计", "总计", "共计", "总和", "整体", "“", '"', "等", "占", "比重", "大产业", "大行业", "大领域",
)
#: Endings that make each listed item name its own measure (接待游客人次、旅游总花费; 每千人床位数、医师数).
LIST_ITEM_MEASURES: Final[tuple[str, ...]] = (
    "数", "额", "人次", "花费", "排放量", "产量", "销量", "数量", "增速", "增幅", "涨幅", "降幅",
)
#: Characters before 等 that make it part of a word (高等, 平等), not the close of a list of examples.
NOT_LIST_CLOSER_BEFORE: Final = "高中初平同对均相"
#: Where the shared measure of a list starts in its last item (城镇、农村常住居民人均可支配收入: 常住居民…;
#: 二氧化硫、化学需氧量排放量: 排放量): the head before it is the item's own name.
LIST_TAIL_HEADS: Final[tuple[str, ...]] = (
    "常住居民", "居民", "排放", "增加值", "产值", "营业收入", "产业链", "产业", "行业", "播种面积", "参保率",
    "覆盖率", "普及率", "产量", "企业",
)
#: The word closing an enumeration of examples (A、B等X), the measure words of a count after it (等82项), and the
#: Chinese digits of a count of kinds (5大支柱产业, 五大支柱产业).
LIST_CLOSER: Final = "等"
#: The mark between the items of an enumeration (A、B).
ENUMERATION_MARK: Final = "、"
#: Units of a share or a change in it: compared as they are, never by magnitude.
SHARE_UNITS: Final[tuple[str, ...]] = ("%", "百分点")
#: Words that make a target a goal to complete (实现五万户的集中居住目标): a several-year total may decide it.
GOAL_WORDS: Final[tuple[str, ...]] = ("目标",)
COUNT_MEASURES: Final = "项个家座条所"
CN_DIGITS: Final = "一二三四五六七八九十"
#: Two-character measures that, listed after another figure (粮食播种面积…、产量…), share its subject.
SHORT_MEASURES: Final[tuple[str, ...]] = ("产量", "面积", "单产", "总产", "产值", "规模", "总额")
#: Nouns that name what a number measures: a clause ending in one (提高企业研发费用加计扣除比例) lends it to
#: the subjects of the next clause (将制造业企业、科技型中小企业分别…提高至100%).
MEASURE_NOUNS: Final[tuple[str, ...]] = (*STATE_NOUNS, "标准", "水平", "指数", "费率", "税率", "限额")
#: Words that open a per-unit tail after a number (35微克每立方米): the tail is the unit's, not a thing counted.
PER_UNIT_MARKS: Final = "每"
#: Nouns after an amount that name a threshold passed (突破4万亿元大关, 跨上千亿元台阶), not a thing counted.
THRESHOLD_NOUNS: Final[tuple[str, ...]] = ("大关", "关口", "台阶")
#: Measure words that count single things (项目1200项 / 1213个, 电梯600部 / 869台, 企业80户 / 85家): a count
#: in one of them may be worded in another. Counts of people (人, 人次) and areas or lengths are not among them.
THING_CLASSIFIERS: Final[frozenset[str]] = frozenset({
    "个", "处", "座", "所", "家", "条", "项", "件", "台", "部", "辆", "套", "间", "户", "栋", "幢", "艘", "架", "宗",
})
#: A year written before a figure (比2020年下降13.5%, 2021—2025年, 从2019年的…) that is further back than the
#: year before the one it speaks of makes the figure a change over several years; 比上年 / 比2024年 in a review of
#: 2025 is the year's own change.
BASE_YEAR: Final = r"(?<!\d)((?:19|20)\d\d)(?=年|[—\-–至到]\s*(?:19|20)?\d\d)"
