"""The Chinese lexicon, names of measures, lists and things: what an indicator names and what narrows it, how a
list of subjects shares its figures, named lists of promises, milestones. Words by meaning are in
:mod:`policydiff.lexicon_zh`."""

from __future__ import annotations

from typing import Final, Literal

# fmt: off

#: Words that make the stated number a cap (less is better). Matched against the indicator.
CEILING_WORDS: Final[tuple[str, ...]] = (
    "失业率", "居民消费价格", "物价", "CPI", "赤字", "债务", "负债率", "能耗", "能源消耗", "碳排放", "排放强度",
    "排放量", "事故", "死亡", "浓度", "发生率", "死亡率", "杠杆率", "不良率", "PM2.5", "专项债", "支出增长", "用水量",
)
#: Comparison words before 去年 after a figure (增幅明显高于去年): the figure is still this year's.
COMPARED_TO_WORDS: Final[tuple[str, ...]] = ("高于", "低于", "大于", "小于", "多于", "少于", "快于", "超过")
LAST_YEAR: Final = "去年"
#: Comparators before a figure that are also verbs taking the thing after it (突破100项关键核心技术): kept in its
#: indicator, where a bare bound (超80%的项目, 近3.3万名工作人员) is not part of what is counted.
OBJECT_COMPARATORS: Final[tuple[str, ...]] = ("突破",)
#: Words dating the end of a change over several years to last year (从2009年的2.8%降到去年的1.5%左右).
TO_LAST_YEAR: Final[tuple[str, ...]] = ("到去年", "至去年", "到上年", "至上年")
#: Words of next year's plan that set a figure against last year's (今年拟安排财政赤字1.62万亿元，比去年增加2700亿元),
#: with what may stand between them and the verb (比去年预算增加4000亿元).
LAST_YEAR_COMPARE: Final[tuple[str, ...]] = ("比去年", "比上年")
LAST_YEAR_COMPARE_FILLERS: Final[tuple[str, ...]] = ("预算", "执行数")
#: Clause words that make a plan number a forecast or a baseline, not a commitment.
FORECAST_WORDS: Final[tuple[str, ...]] = ("预计今年", "预测", "据测算")
#: Words opening a later clause of a sentence with what is to be done (今年高校毕业生超过1000万人，要加强就业创业指导;
#: …已经超过2万亿元，今后还要继续增加): a figure in the clause the sentence opens with is then its premise, a fact.
DUTY_OPENERS: Final[tuple[str, ...]] = ("要", "还要", "也要", "今后还要", "关键要", "必须")
#: What 要 opens as a word of its own, not as a duty (要素保障更加有力, 要点).
DUTY_FALSE_FOLLOWERS: Final[tuple[str, ...]] = ("素", "点", "害", "闻", "件")
#: Words before a premise's figure that make it a promise after all: intent (要减少三分之一, 力争, 确保) or a
#: change done this year (今年再解决6000万农村人口的饮水安全问题).
PREMISE_PROMISE_WORDS: Final[tuple[str, ...]] = ("要", "力争", "争取", "确保", "计划", "拟", "再", "新增")
#: Nouns that close a programme's name (千万亩高标准农田改造提升行动, 百项革命文物保护利用工程, 千万千瓦级储能之都): a
#: round figure in words at the head of such a name is part of the name, no target of the year.
PROGRAMME_NOUNS: Final[tuple[str, ...]] = ("行动", "工程", "之都")
#: Words that open a baseline before a number (从75%提高到100%), and the verbs that then lead to the target.
BASELINE_PREFIXES: Final[tuple[str, ...]] = ("从", "由")
#: A review's claim that the budget was executed as passed (中央财政收支符合预算): it decides the budget's
#: own arrangements (安排中央本级支出增长3.9%), as the government's claim.
BUDGET_CLAIM_WORDS: Final[tuple[str, ...]] = ("收支符合预算", "支出符合预算", "预算执行良好", "完成预算")
#: Words that make a plan clause an arrangement of the budget's revenue or spending (收支), and the fiscal
#: levels that must agree with the claim. 预算内投资 is a programme, not the budget's 收支.
BUDGET_WORDS: Final[tuple[str, ...]] = ("支出", "收入")
FISCAL_LEVELS: Final[tuple[str, ...]] = ("中央", "地方", "省级", "市级", "县级", "本级", "全省", "全市", "全县")
#: Names of one measure written differently in plan and review (matched after verbs are dropped).
INDICATOR_SYNONYMS: Final[dict[str, str]] = {
    "国内生产总值": "地区生产总值", "全市生产总值": "地区生产总值", "全省生产总值": "地区生产总值",
    "经济增速": "地区生产总值", "GDP": "地区生产总值", "规模以上工业": "规上工业", "乡村": "农村",
    "农村牧区": "农村",
    "居民消费价格涨幅": "居民消费价格", "物价涨幅": "居民消费价格", "CPI": "居民消费价格", "PM_2.5": "PM2.5",
    "细颗粒物": "PM2.5", "总产量": "产量", "粮食总产": "粮食产量", "社零额": "社会消费品零售总额",
    "外贸进出口": "进出口总额", "进出口": "进出口总额", "外贸进出口总值": "进出口总额", "外贸进出口额": "进出口总额",
    "新建": "新增", "新开工": "新增", "新培育": "新增",
    "新增城镇就业": "城镇新增就业", "占比": "比重", "比例": "比重", "基本医疗保险": "医保", "医疗保险": "医保",
    "原煤产量": "煤炭产量",
    # 城镇化率 is the resident population's unless it says 户籍 (CONTRAST_DEFAULTS)
    "常住人口城镇化率": "城镇化率",
    # the deficit over output, named as a rate or as a share of GDP
    "财政赤字占国内生产总值的比重": "赤字率", "财政赤字占国内生产总值比重": "赤字率", "财政赤字率": "赤字率",
    # one deliverable added in the year, whatever the verb (新建公厕 / 建成公厕 / 改造新建公厕); 开工 stays apart
    "新建成": "新增", "建成": "新增", "新改建": "新增", "新（改）建": "新增", "新建（改）": "新增",
    # a designation created in the year (创建省级以上绿色工厂20家) is one added, as one built (建成绿色工厂8家)
    "创建": "新增",
    # tourist arrivals, named by the visitors or by the count
    "旅游接待人数": "接待游客", "旅游接待人次": "接待游客", "游客接待量": "接待游客", "旅游人数": "接待游客",
    "游客数量": "接待游客", "接待国内外游客": "接待游客",
    # the same measure written long or short
    "能源消耗": "能耗", "发电装机": "装机", "空气质量优良天数": "空气优良天数",
    # R&D spending over output, by its long name, its abbreviation or as a share of GDP
    "研究与试验发展经费投入强度": "研发投入强度", "研发经费投入强度": "研发投入强度", "R&D经费投入强度": "研发投入强度",
    "R＆D经费投入强度": "研发投入强度", "R&D经费支出占GDP比重": "研发投入强度", "R＆D经费支出占GDP比重": "研发投入强度",
    "研发经费支出占地区生产总值比重": "研发投入强度", "研发经费投入占地区生产总值比重": "研发投入强度",
    # the social-housing programme, named by its houses or by the works (national reports use both)
    "保障性安居工程": "保障性住房", "城镇保障性安居工程": "保障性住房", "城镇保障性住房": "保障性住房",
    # a household's sanitary toilet, written in full or abbreviated
    "户用卫生厕所": "卫生厕所", "卫生户厕": "卫生厕所",
    # vocational training is counted as the training the government subsidises: a plan's 职业技能培训 is reviewed
    # as 补贴性(职业)技能培训, and a review's 补贴性 figure is planned again as 职业技能培训
    "补贴性职业技能培训": "职业技能培训", "补贴性技能培训": "职业技能培训", "补贴性培训": "职业技能培训",
    # an expressway named short after its name or count (麟法等3条高速, 台黑4条高速); a high-speed railway is 高铁
    "高速": "高速公路", "高速铁路": "高铁",
}
#: Marks of a measure per unit of something (单位地区生产总值能耗, 能耗强度): not the measure it is per.
INTENSITY_MARKS: Final[tuple[str, ...]] = (
    "单位地区生产总值", "单位国内生产总值", "单位生产总值", "单位GDP", "万元GDP", "万元地区生产总值", "每万人",
    "每万元", "能耗强度", "碳排放强度", "二氧化碳排放强度", "能源消耗强度",
)
#: After 占, words that make it "occupy" rather than "be a share of" (建设占用耕地, 占地面积).
NOT_SHARE_AFTER: Final[tuple[str, ...]] = ("用", "地")
#: After 占, words that start like those but name the whole a share is of (占地区生产总值的比重).
SHARE_AFTER_ANYWAY: Final[tuple[str, ...]] = ("地区",)
#: Names in front of a measure that do not narrow it (货物贸易进出口总额 is the 进出口总额 of a province; air quality
#: is reported for the 地级及以上城市 of a province, 及以上 dropped in a key).
BROAD_PREFIXES: Final[tuple[str, ...]] = (
    "货物贸易", "全社会", "全口径", "全市域", "全省域", "地级及以上城市", "地级城市",
)
#: Words between a share's numerator and denominator (X占Y比重, X相当于Y的比例): shares of other X differ.
SHARE_OF_WORDS: Final[tuple[str, ...]] = ("占", "相当于")
#: A share named without its subject (…，占比55.1%): the subject is the sentence's previous figure's.
BARE_SHARES: Final[tuple[str, ...]] = ("占比", "比重", "比例")
#: The verb of a share of a whole (占全国比重, 占国内生产总值比例), and the words it begins that are no share
#: (占地面积; 占地 alone before its figure, while 占地方财政总支出 is a share of local spending).
SHARE_OF: Final = "占"
NOT_SHARE_OF: Final[tuple[str, ...]] = ("占地面积", "占用", "占有", "占领", "占据", "占补")
LAND_TAKEN: Final = "占地"
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
#: Verbs and words that end the counted thing of a statement opening with its count (4911名科技特派员开展入企服务,
#: 6家组织获得…提名奖, 85个口袋公园等建成开放), beside the action, stage, stock and completion words.
COUNTED_THING_ENDS: Final[tuple[str, ...]] = ("开展", "获得", "上线", "等")
#: Before a verb right after a count, makes the verb part of the thing counted (3920个新投产项目增加产值: the new
#: projects put into production), not the action.
NEW_MODIFIER: Final = "新"
#: Words that hedge a completion word right after them (基本完成, 初步建成): the claim decides nothing.
CLAIM_HEDGES: Final[tuple[str, ...]] = ("基本", "初步", "较好", "大部分")
#: A perfective completion verb that opens a clause and claims each object listed after it done
#: (完成了出口道路、住宅小区和三山绿化); the bare 完成 (完成投资) claims nothing by itself.
LEADING_CLAIM_WORDS: Final[tuple[str, ...]] = ("完成了",)
#: Longest lead before such a verb (我们, 2012年): a longer one makes the verb no opening.
LEADING_CLAIM_LEAD_MAX: Final = 6
#: The noun of a review's claim that the year's task of one thing was done (完成年度“四类管线”改造任务, 温暖工程
#: 年度任务全面完成), and the words that make the task the year's: without them (完成市级政府机构改革任务) the
#: claim is an ordinary completion claim, if it has a completion word.
TASK_CLAIM_NOUN: Final = "任务"
TASK_CLAIM_YEAR_WORDS: Final[tuple[str, ...]] = ("年度", "全年")
#: Words of such a claim that name nothing done (年度目标任务, 年度攻坚任务, 超额完成, 全年经济社会发展主要目标
#:任务: the year as a whole, :mod:`policydiff.claims`): the rest names the thing.
TASK_CLAIM_FILLERS: Final[tuple[str, ...]] = (
    "经济社会发展", "主要", "预期", "目标", "攻坚", "各项", "全面", "圆满", "顺利", "如期", "超额", "胜利",
)
#: Words that make such a clause a duty or a wish, not a claim (确保完成, 全力完成, 努力完成).
TASK_CLAIM_INTENT: Final[tuple[str, ...]] = ("确保", "全力", "努力", "力争", "奋力", "坚决", "争取", "推动")
#: Verbs of selection after a list of proper names (延安苹果、汉中中药材入选国家级优势特色产业集群): the names
#: count the things of the head noun after the verb.
NAMED_COUNT_VERBS: Final[tuple[str, ...]] = ("入选", "获批", "获评")
#: Adverbs between the last name and such a verb (成功入选, 先后入选): not part of the name.
NAMED_COUNT_ADVERBS: Final[tuple[str, ...]] = ("成功", "先后", "相继", "均")
#: Words that make a name list no count of the year's selections: 分别 pairs names with several heads; 已 says a
#: standing (已入选, a stock); a hedge or a lead of intent says the selection is not done (即将, 力争).
NAMED_COUNT_BLOCKERS: Final[tuple[str, ...]] = (
    "分别", "已", "即将", "正在", "力争", "争取", "推动", "确保", "支持",
)
#: Shortest head noun after the verb (国家物流枢纽): a shorter one (获批上市, 获批开工) names no counted thing.
NAMED_COUNT_HEAD_MIN: Final = 4
#: Longest single name of such a list.
NAMED_COUNT_NAME_MAX: Final = 24
GROUP_CLAIM_VERBS: Final[tuple[str, ...]] = ("完成", "兑现", "办结", "办成", "交账", "落实")
#: Words between a list's name and the claim's verb (民生实事项目全部完成, 15件重点民生实事年度任务如期完成).
GROUP_CLAIM_FILLERS: Final[tuple[str, ...]] = ("工程项目", "年度任务", "项目", "工程", "任务")
#: One year's mean of a measure (PM2.5年均浓度): its 年均 averages over the days of the year, not over several years.
ANNUAL_MEAN_WORDS: Final[tuple[str, ...]] = ("年均浓度", "年均值")
#: Words that make a growth rate a mean over years (年均增长21.58%): still the growth of the clause's subject.
MEAN_RATE_PREFIXES: Final[tuple[str, ...]] = ("年均", "平均每年", "每年平均")
#: Words that make a clause about a list a several-year sum (累计, 五年, 滚动实施), not the claim about year N's
#: list; 每年 and 连续 claim every year of the passage, year N among them (每年高质量办成10件为民实事).
GROUP_CLAIM_PERIOD_WORDS: Final[tuple[str, ...]] = ("累计", "五年", "历年", "年均", "滚动")
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
#: The stages of a named project, in order: a stage reached implies the ones before it. Each word names the
#: stage it says was reached; at one place the longest word wins (主体完工 over 完工, 核准程序 over 核准).
#: 0 preparation < 1 approval < 2 works started < 3 main works done < 4 built < 5 in use.
PROJECT_STAGES: Final[dict[str, int]] = {
    "前期工作": 0, "前期": 0, "核准程序": 0, "可研": 0, "选址": 0,
    "完成核准": 1, "完成项目核准": 1, "核准": 1, "获批": 1, "立项": 1, "批复": 1,
    "开工": 2, "动工": 2, "启动建设": 2, "启动实施": 2, "开建": 2,
    "主体完工": 3, "主体竣工": 3, "主体工程完工": 3, "主体工程竣工": 3, "主体封顶": 3, "封顶": 3,
    "完工": 4, "建成": 4, "竣工": 4, "全线贯通": 4,
    "投产": 5, "投入使用": 5, "投用": 5, "投运": 5, "投入运营": 5, "运营": 5, "通车": 5, "开业": 5, "营业": 5,
}
#: Words that promise a project something in the year: a stage past preparation, or its completion (完成…改扩建).
PROMISED_STAGE_WORDS: Final[tuple[str, ...]] = (
    *(w for w, rank in PROJECT_STAGES.items() if rank >= 1), "完成", "实施", "并网",
)
#: What each stage is called in a verdict's reason.
STAGE_NAMES: Final[tuple[str, ...]] = ("前期", "核准", "开工", "主体完工", "完工", "投产")
#: Words before a review's stage word that make it a plan or a hope, not a stage reached (即将建成, 尚未开工,
#: 力争开工).
STAGE_HEDGES: Final[tuple[str, ...]] = ("即将", "尚未", "未", "力争", "争取", "加快", "确保", "计划", "拟", "待")
#: Words of a review saying a project moves on without naming its stage (进展顺利, 加快推进): under way, short
#: of being built; it decides only a promise to finish.
STAGE_UNDER_WAY: Final[tuple[str, ...]] = ("进展顺利", "顺利推进", "扎实推进", "有序推进", "加快推进", "稳步推进")
#: The first stage of a finished project (完工): a project under way is short of it.
STAGE_FINISHED: Final = 4
#: Words of a project's name too common to identify it (项目, 工程): a shared name must hold other characters.
STAGE_GENERIC: Final[tuple[str, ...]] = (
    "项目", "工程", "建设", "重点", "推进", "加快", "完成", "实施", "确保", "年内", "全面", "投资", "万元", "亿元",
    "工作", "一期", "二期", "三期", "改造", "扩建", "新建", "中心", "等",
)
#: How a milestone's object ends: a named project, site or institution, not an abstract goal.
MILESTONE_OBJECTS: Final[tuple[str, ...]] = (
    "工程", "项目", "基地", "中心", "园", "园区", "线", "桥", "大桥", "站", "港", "机场", "铁路", "高速", "高速公路",
    "医院", "学校", "大学", "馆", "示范区", "试验区", "实验室", "平台", "枢纽", "水库", "电站", "隧道", "通道",
)
#: Contracted subjects of a 分别 list (城乡居民收入分别增长5%和7%: urban 5%, rural 7%).
CONTRACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "城乡": ("城镇", "农村"), "中小学": ("中学", "小学"), "进出口": ("进口", "出口"), "中外": ("中方", "外方"),
}
#: Names that stand for one member of a contrast group (新农合, the rural cooperative medical scheme: 农村).
MEMBER_NAMES: Final[dict[str, str]] = {"新农合": "农村"}
#: Mutually exclusive modifiers: an indicator about one member is never evidence for another
#: (城镇居民收入 is not 全体居民收入; 二产增加值 is not 一产增加值).
#: Parts of the year a target may be set for (新雪季接待游客人次增长20%): a whole-year figure never decides it.
SUB_PERIODS: Final[tuple[str, ...]] = ("雪季", "一季度", "上半年", "下半年", "暑期", "汛期", "旺季", "淡季")
CONTRASTS: Final[tuple[tuple[str, ...], ...]] = (
    ("城镇", "农村", "全体", "城乡"), ("一产", "二产", "三产"), ("进出口", "进口", "出口"),
    ("国家级", "省级", "市级", "县级", "国家"),
    ("本科", "专科"), ("高中", "初中", "小学"), ("城市", "农村"), ("户籍", "常住"), ("供水", "污水", "排水", "雨水"),
    ("农业", "农牧业", "工业", "服务业"),
    SUB_PERIODS,
)
#: Groups whose member must also be named by the evidence, in indicators about the given subject:
#: 城镇居民收入 is not decided by 居民收入 (all residents), but 城镇老旧小区 is by 老旧小区.
CONTRASTS_REQUIRED: Final[dict[tuple[str, ...], str]] = {
    ("城镇", "农村", "全体", "城乡"): "居民", ("一产", "二产", "三产"): "", ("进出口", "进口", "出口"): "",
    ("户籍", "常住"): "城镇化", SUB_PERIODS: "",
}
#: The member an unqualified name stands for, in official statistics: 城镇化率 is 常住人口城镇化率, so it decides a
#: target on 常住 but never one on 户籍.
CONTRAST_DEFAULTS: Final[dict[tuple[str, ...], str]] = {("户籍", "常住"): "常住"}
#: Words inserted into a name that do not narrow it (乡村建设品质提升行动完成投资 is 乡村建设品质提升投资).
FILLER_WORDS: Final[tuple[str, ...]] = (
    "行动", "工程", "计划", "项目", "完成", "实现", "工作", "总", "年度", "全年", "年", "推广",
    # a report singles out the items it tracks as 重点 in one year and not the next (技改项目 / 重点技改项目)
    "重点",
)
STATE_NOUNS: Final[tuple[str, ...]] = (
    "率", "比例", "比重", "浓度", "产量", "总产", "总额", "规模", "收入", "增加值", "总量", "营收", "价格", "人数",
    "数量", "播种面积", "耕地面积", "森林面积", "湿地面积", "绿地面积",
)
GROWTH_CLAIM_MODIFIERS: Final[tuple[str, ...]] = ("稳步", "持续", "逐年", "均", "实现", "不断", "明显", "大幅", "净")
#: Words that turn a rise into a wish or a shortfall (依法行政能力有待提升).
GROWTH_CLAIM_NEGATIONS: Final[tuple[str, ...]] = ("有待", "亟待", "仍需", "需要", "不足", "不够", "未")
#: Review words that state a share without a figure, by the official convention (黑臭水体基本消除: at least 90%
#: eliminated): word -> (the measure it completes, the share it states, in %).
IMPLIED_SHARES: Final[dict[str, tuple[str, float]]] = {
    "基本消除": ("消除率", 90.0), "全面消除": ("消除率", 100.0), "全部消除": ("消除率", 100.0),
    "动态清零": ("消除率", 100.0), "全覆盖": ("覆盖率", 100.0),
}
#: Words of IMPLIED_SHARES that state a result only after a verb of result earlier in their clause, the words
#: between naming what is covered (建制镇实现生活污水处理设施全覆盖; 推动…全覆盖 is a task, not a result).
IMPLIED_SHARE_VERBS: Final[dict[str, str]] = {"全覆盖": "实现"}
#: Words right before that verb that hedge the result or make it a wish (基本实现…全覆盖 states no share).
IMPLIED_SHARE_HEDGES: Final[tuple[str, ...]] = ("基本", "力争", "争取", "努力", "加快", "逐步", "推动")
#: Measures that are one year's amount even when the target says 达 (技术合同成交额达70亿元): a several-year
#: total (累计达260亿元) never decides them.
ANNUAL_AMOUNTS: Final[tuple[str, ...]] = ("成交额", "销售额", "营业额", "营收", "收入", "产值", "投资", "增加值")
#: Words in next year's plan that look back on finished work (总结评估, 验收): no carry-over.
WRAP_UP_WORDS: Final[tuple[str, ...]] = ("总结评估", "总结", "验收", "后评估", "评估")
#: Units of a facility's size or capacity (麦多利10万吨大麦芽二期, 红星美凯龙5.7万平方米主力店): a figure in one of
#: them between a project's name and its noun is the project's size, not a quota. Land areas (亩, 公顷) are left
#: out: 守住18亿亩耕地红线 and 1万亩节水灌溉 are quotas and red lines, not one project's size.
SIZE_UNITS: Final[frozenset[str]] = frozenset({
    "吨", "平方米", "平方公里", "公里", "米", "千瓦", "兆瓦", "立方米", "标箱",
})
#: Units of a plant's capacity (700万吨露天矿, 70万千瓦热电项目): before a name, the size of a project, not work.
CAPACITY_UNITS: Final[frozenset[str]] = frozenset({"吨", "千瓦", "兆瓦", "标箱"})
#: The particle that may join a size to the noun it measures (23万平方米的建材城).
SIZE_LINK: Final = "的"
#: Measures whose growth targets are real (at constant prices): growth worked out from two nominal levels
#: decides them only when no plausible price change could turn the verdict.
REAL_GROWTH_WORDS: Final[tuple[str, ...]] = ("生产总值", "增加值", "GDP", "经济")
#: A unit written as a measure's last word (医疗旅游人次86.5万, 接待游客人次): what is counted is named before it, as in
#: the plan's 接待医疗旅游50万人次; dropped from a key's end like a copula.
KEY_UNIT_TAILS: Final[tuple[str, ...]] = ("人次",)
#: Words of a plan's framing, dropped from keys anywhere: 年度计划投资 (plan) is the 投资 the review reports, and
#: 广义货币M2预期增长目标拟定为13%左右 the M2 增长 the review reports.
KEY_NOISE_WORDS: Final[tuple[str, ...]] = ("年度计划", "年度", "计划", "预期", "目标拟定", "目标设定", "目标定")
#: A review's words for the year's plan, before a percentage of it (城镇新增就业完成年计划的118.2%): the outcome as a
#: share of the target.
PLAN_SHARE_WORDS: Final[tuple[str, ...]] = (
    "完成年度目标任务", "完成全年目标任务", "完成年度计划", "完成全年计划", "完成年度任务", "完成全年任务",
    "完成年计划",
)
#: Words opening a statement of what already exists (已建成和美乡村300个): a stock, whatever its verb.
ALREADY_WORDS: Final[tuple[str, ...]] = ("已建成", "已建", "已有", "现有")
#: Adverbs of manner before a verb (全面完成, 显著提升, 稳步推进, 综合整治): at a key's end once the verb is gone,
#: they name nothing of the measure (重点区域环境面貌显著提升 is the 重点区域环境面貌).
KEY_TRAILING_ADVERBS: Final[tuple[str, ...]] = (
    "全面", "稳步", "显著", "明显", "大幅", "基本", "有效", "不断", "综合", "再",
)
#: Two-character keys that name no measure by themselves (完成投资 is every project's 投资): they match nothing.
GENERIC_SHORT_KEYS: Final[tuple[str, ...]] = (
    "投资", "资金", "项目", "面积", "金额", "规模", "总量", "总额", "数量", "收入", "支出", "产值", "企业", "工程",
)
#: A review's words comparing a measure with the year's target, without a figure (城镇调查失业率明显低于年初预期目标),
#: and the side of the target each puts it on: above, below, or better (好于: met whatever the sense).
COMPARED_WORDS: Final[dict[str, Literal["above", "below", "better"]]] = {
    "高于": "above", "超过": "above", "超出": "above", "低于": "below", "未达到": "below", "未达": "below",
    "不及": "below", "好于": "better", "优于": "better",
}
#: The year's target as such a comparison names it (not 全国平均, another place's level).
COMPARED_TARGETS: Final[tuple[str, ...]] = ("年初预期目标", "年初预期", "预期目标", "年度目标", "年初目标")
#: Adverbs between the measures and the comparison (也未达, 明显低于).
COMPARED_ADVERBS: Final[tuple[str, ...]] = ("也", "均", "都", "明显", "显著", "大幅", "略", "稍", "仍", "还")
#: Words joining the measures compared (城乡居民人均可支配收入增速和CPI涨幅).
COMPARED_JOINERS: Final[tuple[str, ...]] = ("以及", "和", "及")
#: Phrases of a record since records began (创有监测记录以来最好水平): their 以来 frames no several years.
SINCE_RECORDS: Final[tuple[str, ...]] = (
    "有监测记录以来", "有气象记录以来", "有水文记录以来", "有记录以来", "有统计以来", "有统计记录以来",
)
#: Verbs of a review that say work was done on what they count (改造农村户厕2.1万座): the year's work, not a stock;
#: 建成 and 建设 may count what stands (建成5G基站10万个), so they are not here.
WORK_DONE_VERBS: Final[tuple[str, ...]] = ("改造", "改建", "扩建", "整治", "新建和改造", "新建改造")
#: Verbs left at a key's end before a figure without a unit of its own (财政科技投入实现翻番 -> 财政科技投入实现):
#: not part of the measure's name.
KEY_TRAILING_VERBS: Final[tuple[str, ...]] = ("实现",)
#: Adverbs that open a key once its verb is gone (全年共实施重点项目28个 -> 共重点项目): dropped at the start only,
#: for inside a word they are its part (公共, 共享).
KEY_LEADING_ADVERBS: Final[tuple[str, ...]] = ("共", "已", "又")
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
#: Words that make a target a goal to complete (实现五万户的集中居住目标): a several-year total may decide it.
GOAL_WORDS: Final[tuple[str, ...]] = ("目标",)
#: Two-character measures that, listed after another figure (粮食播种面积…、产量…), share its subject.
SHORT_MEASURES: Final[tuple[str, ...]] = ("产量", "面积", "单产", "总产", "产值", "规模", "总额")
#: Words before a short measure that say which year's it is (年度产量, 全年产值), not whose.
YEAR_OF_MEASURE: Final[tuple[str, ...]] = ("年度", "全年", "当年")
#: Words in front of a short measure that say how it is measured, not whose it is (种植面积, 播种面积).
MEASURE_PREFIXES: Final[tuple[str, ...]] = ("种植", "播种", "养殖", "总")
#: Nouns that name what a number measures: a clause ending in one (提高企业研发费用加计扣除比例) lends it to
#: the subjects of the next clause (将制造业企业、科技型中小企业分别…提高至100%).
MEASURE_NOUNS: Final[tuple[str, ...]] = (*STATE_NOUNS, "标准", "水平", "指数", "费率", "税率", "限额")
#: Predicates of a clause without a figure saying its subject reached a new high (进出口总值创历史新高): the subjectless
#: figure clause after it (达到5379亿元) gives that subject's level. Longest first.
RECORD_PREDICATES: Final[tuple[str, ...]] = (
    "再创历史新高", "创历史新高", "再创新高", "创新高", "再上新台阶", "跃上新台阶", "迈上新台阶", "上新台阶",
)
#: Nouns after an amount that name a threshold passed (突破4万亿元大关, 跨上千亿元台阶), not a thing counted.
THRESHOLD_NOUNS: Final[tuple[str, ...]] = ("大关", "关口", "台阶")
#: Marks and conjunctions that join the items of a list (A、B和C, A及B, A与B).
LIST_JOINERS: Final = "、和及与"
#: The same without 与, which also joins words inside one name (研发与转化功能型平台).
ITEM_JOINERS: Final = "、和及"
#: What joins listed figures (5%、7%; 5%和7%).
FIGURE_JOINERS: Final = "、和"
#: Value added: it holds the flow verb 增加 but names a level of output.
VALUE_ADDED: Final = "增加值"
#: The canonical name of the economy's output, that every name of it is unified to.
ECONOMY_MEASURE: Final = "地区生产总值"
#: Marks of a comparison right before 去年 (比去年, 较去年): the figure is this year's.
COMPARED_MARKS: Final = "比较"
#: Words right after a figure that make it qualify the next figure (5亿元以上的项目10个, 3年内).
QUALIFIER_LINKS: Final[tuple[str, ...]] = ("的", "内")
#: Words right after a figure that make it qualify a thing (过2000万元的工业新增长点, 50%部分).
QUALIFIER_AFTER: Final[tuple[str, ...]] = ("的", "部分")
#: Words right before a figure after a count that make it the counted things' qualifier (64个预增产值过10亿元).
QUALIFIER_OVER: Final[tuple[str, ...]] = ("过", "超")
#: Words before a figure that name no subject of it: a comparison base or a distributive (…达到240亿元，同比增长21%;
#: …，分别增长20%). A clause holding only these and a rate verb takes its subject from the clause before.
SUBJECTLESS_HEAD_WORDS: Final[tuple[str, ...]] = ("同比", "比上年", "较上年", "比去年", "较去年", "分别")
#: Spending verbs whose object is the clause after the amount (投资1亿元，启动实施黑羊站水厂改扩建工程;
#: 安排资金136亿元，办好34项民生实事): a clause of only one of these and the amount has its object in the next clause.
SPENDING_HEADS: Final[tuple[str, ...]] = (
    "投资", "计划投资", "完成投资", "计划完成投资", "年度计划完成投资", "投入", "投入资金", "安排资金", "投入引导资金",
    "政府投入引导资金", "筹措资金",
)
#: The distributive words that hand one figure each (分别) or one figure to all (均) to the listed subjects.
RESPECTIVELY: Final = "分别"
JUN: Final = "均"
#: The measure word of a count of kinds (10大类55项).
KIND_MEASURE: Final = "类"
#: The measure words of GROUP_COUNT_MEASURES that count items (件, 项), as one character class.
GROUP_ITEM_MEASURES: Final = "".join(w for w, kind in GROUP_COUNT_MEASURES.items() if kind == "items")
#: The word of a share X占Y, where the share's numerator X ends (X占Y比重).
SHARE_MARK: Final = "占"
#: The word that marks a budget's arrangement of its spending (今年安排中央本级支出…).
BUDGET_ARRANGEMENT: Final = "安排"
#: Modal and time words before a milestone verb, stripped in this order (力争年内建成…).
MILESTONE_LEADS: Final[tuple[str, ...]] = (
    "加快", "全力", "确保", "力争", "推动", "全面", "基本", "年内", "今年", "年底前", "争取",
)
#: Verbs and nouns of effort around a task's object (加大保障性安居工程建设力度, 加快老旧小区改造步伐): a clause of
#: them names the object that the bare verbs of the next figures (新开工700万套) build.
EFFORT_VERBS: Final[tuple[str, ...]] = ("加大", "加快", "继续", "持续", "推进", "做好", "抓好", "启动")
EFFORT_NOUNS: Final[tuple[str, ...]] = ("力度", "步伐", "进度")
#: Verbs of works that close such a clause (继续推进拆炉并网改造): what comes before them is the object built.
WORKS_VERBS: Final[tuple[str, ...]] = ("建设", "改造", "整治", "治理")
#: Words closing a sentence's opening topic (公路方面，新开工…等2个项目): what the figures after it are of.
TOPIC_SUFFIXES: Final[tuple[str, ...]] = ("方面", "领域")
#: Adverbs before the verb of a sentence's opening topic (深入推进“十百千万”工程).
TOPIC_LEADS: Final[tuple[str, ...]] = ("深入", "大力", "着力", "扎实", "重点", "高质量", "稳步")
#: The particle after a verb of a thing done (实施了危房改造).
PERFECTIVE: Final = "了"
#: How a milestone's list of objects closes on the kind of thing they are (A、B等一批重点项目).
MILESTONE_CLOSER_PATTERN: Final = r"等(?:一批)?(?:重点|重大)?(?:项目|工程)$"
#: After a count, makes it a count of kinds that closes a list (A、B5大支柱产业, 十大工程).
KIND_COUNT_MARK: Final = "大"
#: A rate named at the end of a list's last item (A和B利用率均达60%) is a word of two characters and 率 (利用率,
#: 覆盖率, 达标率) that every item shares, whatever the items' lengths.
RATE_SUFFIX: Final = "率"
RATE_NOUN_LEN: Final = 3
#: Nouns of people that count as the unit of a number written right before them (为200万中小学生开展心理健康
#: 测评, 为70万妇女免费开展筛查): the figure is a number of people, though no measure word is written.
PEOPLE_NOUNS: Final[tuple[str, ...]] = (
    "中小学生", "大学生", "学生", "高校毕业生", "毕业生", "妇女", "儿童", "老年人", "老人", "群众", "农民工", "农民",
    "居民", "人口", "农村人口", "农村贫困人口", "贫困人口", "职工", "患者", "残疾人", "劳动力", "青年", "游客",
)
#: Nouns of a count that name its unit before the figure (旅居人数达600万, 医疗旅游人次86.5万, 实名用户数超6195万): a
#: figure with a multiplier right after one counts in that unit, though no measure word follows it.
COUNT_NOUN_UNITS: Final[dict[str, str]] = {"人数": "人", "人次": "人次", "户数": "户"}
#: The unit such a figure takes.
PEOPLE_UNIT: Final = "人"
#: Nouns of places a person fills (就业岗位, 招生计划, 名额): a count of them in 个 and a count of people in 人 or 名
#: are one measure (新增就业岗位5000个 / 城镇新增就业5487人; 招生计划万名 / 招生计划1.76万个). Not 学位, which is
#: also a degree (学位授予单位), nor 托位 or 床位, places whose users are counted otherwise.
PLACE_NOUNS: Final[tuple[str, ...]] = ("岗位", "招生计划", "名额")
#: Words right before such a figure that make the people the ones a task serves (为, 惠及, 培训); without one the
#: figure describes a population (还有158万残疾人), not a target.
SERVED_PEOPLE_MARKS: Final[tuple[str, ...]] = (
    "为", "对", "向", "惠及", "帮扶", "培训", "救助", "资助", "服务", "解决",
)
#: Words of a result for the people a figure opening its clause counts (6600多万农村人口饮水安全问题得到解决, 5575万
#: 农村贫困人口实现脱贫, 3700多万学生受益): with one later in the clause, the figure is a number of people served.
PEOPLE_RESULT_WORDS: Final[tuple[str, ...]] = (
    "得到解决", "解决", "脱贫", "受益", "享受", "住上", "用上", "喝上", "远离", "搬迁", "搬出",
)
#: Nouns that name only a kind of task (项目, 工程): a figure of them needs the topic it stands under.
GENERIC_TASK_NOUNS: Final[tuple[str, ...]] = ("项目", "工程", "任务", "事项", "行动")
#: Words that close a running total after a year's addition (新增1000处、累计达8000处).
RUNNING_TOTAL_WORDS: Final[tuple[str, ...]] = ("累计达", "累计建成", "累计", "总数达", "总量达")
#: Words that make a measure a whole (公路通车总里程, 企业总数), with the word its parts use: any name of
#: WHOLE_PREFIX_MIN characters in front of the part's measure (高速公路通车里程) is a part, never the whole.
WHOLE_WORDS: Final[dict[str, str]] = {"总里程": "里程", "总规模": "规模", "总数": "数"}
WHOLE_PREFIX_MIN: Final = 2
#: A list item naming only a whole after the year's addition (新增龙头企业16家、总数达到98家): the same things' total.
BARE_TOTALS: Final[tuple[str, ...]] = (*WHOLE_WORDS, "总量", "累计")
#: Words in front of a kind of thing that name all of its kinds at once (城镇地下管网), not one of them (燃气管网):
#: such a name decides a target that lists the kinds (排水、供水、燃气管网).
COLLECTIVE_MODIFIERS: Final[tuple[str, ...]] = ("城镇", "城市", "市政", "地下", "老旧", "各类", "各种")
#: Shortest and longest head noun shared by a list of kinds (管网 of 排水、燃气管网).
KIND_HEAD_LEN: Final = (2, 4)
#: Names of a measure that is itself a change (居民消费价格涨幅, 增加值增速): a figure a few words after one is a
#: rate, even where a verb before it reads as reaching a level (涨幅回落到2.6%, 增速保持在10%以上); a growth target set
#: at a figure (M2预期增长目标拟定为13%左右, 经济增长目标设定为6％左右) is a change too.
RATE_NOUNS: Final[tuple[str, ...]] = ("涨幅", "增速", "增幅", "降幅", "增长目标", "增长预期目标")
#: Most characters between such a name and its figure (涨幅分别控制在).
RATE_NOUN_GAP: Final = 5
#: The noun of a review's claim about the year's main targets as a whole (全年主要目标任务顺利完成,
#: 全面实现年初确定的主要目标, 圆满实现全年经济社会发展主要预期目标).
MAIN_CLAIM_NOUNS: Final[tuple[str, ...]] = ("主要预期目标", "主要目标任务", "主要目标")
#: Its verbs: the targets were achieved (实现) or completed (完成).
MAIN_CLAIM_VERBS: Final[tuple[str, ...]] = ("完成", "实现")
#: Adverbs of full achievement such a claim needs (顺利完成, 全面实现, 圆满完成了, 如期完成): a bare 完成 in the
#: opening formula (完成了全年主要目标任务, 主要目标的完成标志着…) asserts no more than that the year ended;
#: 较好 and 基本 hedge it (:data:`CLAIM_HEDGES`).
MAIN_CLAIM_ADVERBS: Final[tuple[str, ...]] = ("全面", "圆满", "顺利", "如期", "胜利", "超额")
#: Most characters between a leading verb and the noun (全年经济社会发展, 年初确定的, 市十五届人大二次会议确定的).
MAIN_CLAIM_GAP: Final = 16
#: Words that make such a claim one about several years (“十四五”规划主要目标顺利完成, 五年来), beside the
#: names of five-year periods.
MAIN_CLAIM_PERIOD_WORDS: Final[tuple[str, ...]] = ("规划", "五年", "时期", "历年", "累计")
#: Measure words of the count after a group's named members (钢铁、水泥等15个重点行业, 等10大类, 等8项).
MEMBERS_COUNT_MEASURES: Final[tuple[str, ...]] = ("大类", "类", "个", "项", "家", "大")
