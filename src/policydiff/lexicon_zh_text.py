"""The Chinese lexicon, how the language is written: numerals, multipliers, units and measure words, and the
marks and characters that cut and classify text. Words by meaning are in :mod:`policydiff.lexicon_zh`."""

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
    "小时": "小时", "年": "年", "次": "次", "种": "种", "份": "份", "块": "块", "P": "P",
}
#: Units of one measure in different sizes (base units of UNITS): unit -> (the unit they are compared in, how much
#: of it one makes). A review may state a target's outcome in another size (a plan in 亿斤, its review in 万吨:
#: 252亿斤 is 1260万吨); units of one measure are compared after conversion, never by their raw numbers.
UNIT_SIZES: Final[dict[str, tuple[str, float]]] = {
    "斤": ("吨", 0.0005), "公斤": ("吨", 0.001), "吨": ("吨", 1.0),
    "亩": ("亩", 1.0), "公顷": ("亩", 15.0), "平方公里": ("亩", 1500.0), "平方米": ("亩", 0.0015),
    "米": ("公里", 0.001), "公里": ("公里", 1.0),
    "千瓦": ("千瓦", 1.0), "兆瓦": ("千瓦", 1000.0),
}
#: Units that only count as quantities after an Arabic number (一方 / 千方百计 / 一片 are idioms).
ARABIC_ONLY_UNITS: Final[frozenset[str]] = frozenset({
    "次", "方", "片", "口", "分", "天", "小时", "年", "度", "位", "类", "层", "支", "部", "列", "班", "只", "头",
    "处", "间", "种", "份", "块",
})
#: Units that never make a target on their own (durations, ages); kept so they are not misread.
NON_TARGET_UNITS: Final[frozenset[str]] = frozenset({"年", "天", "小时", "分"})
#: A unit character followed by one of these starts a longer word, not a unit (三方面, 所有, 位于, 人才).
UNIT_FALSE_FOLLOWERS: Final[dict[str, str]] = {
    "方": "面案式向针位法", "所": "有以在属得", "位": "于居列次置", "处": "理置于", "度": "过", "头": "部",
    "间": "隔", "家": "庭乡园", "条": "件例", "台": "阶", "米": "粮", "个": "人体性", "名": "单牌称",
    "人": "才民员群", "部": "门署分", "批": "次准", "场": "景所地",
    "种": "植子业类养苗源质", "份": "额", "块": "状",
}
#: A multiplier that alone is a number before a measure word and a comparator (招生计划万名以上), the measure words it
#: counts, and the characters before it that make it a word (每万人, 上万家, 近万家, 千家万户) or a bigger numeral.
BARE_MULTIPLIER: Final = "万"
BARE_MULTIPLIER_UNITS: Final[tuple[str, ...]] = ("名", "人", "户", "家", "个", "人次")
BARE_MULTIPLIER_NOT_AFTER: Final = "每上近数几千百十"
#: Special quantity phrases without digits.
PHRASES: Final[dict[str, tuple[float, str]]] = {
    "一半": (50.0, "%"), "过半": (50.0, "%"), "万亿级": (1e12, "元"), "千亿级": (1e11, "元"),
    "与上年持平": (0.0, "%"), "同比持平": (0.0, "%"), "基本持平": (0.0, "%"), "指数持平": (0.0, "%"),
    # tenths (八成以上 is 80% or more); 一成 is left out for the idiom 一成不变
    "两成": (20.0, "%"), "三成": (30.0, "%"), "四成": (40.0, "%"), "五成": (50.0, "%"), "六成": (60.0, "%"),
    "七成": (70.0, "%"), "八成": (80.0, "%"), "九成": (90.0, "%"),
    # doublings, a growth of 100% (翻两番: four times, 300%); 倍增 before 计划 or 行动 names a programme
    "翻一番": (100.0, "%"), "翻两番": (300.0, "%"), "翻三番": (700.0, "%"), "翻番": (100.0, "%"),
    "倍增": (100.0, "%"),
    # a growth of two digits: 10% or more
    "两位数增长": (10.0, "%"),
}
#: Phrases above that state a rate of change (持平: no change), not a level.
RATE_PHRASES: Final[tuple[str, ...]] = ("持平", "翻一番", "翻两番", "翻三番", "翻番", "倍增", "两位数增长")
#: Phrases above that state a lower bound (两位数增长: at least 10%), not a point.
FLOOR_PHRASES: Final[tuple[str, ...]] = ("两位数增长",)
#: Phrases above that say no change: in a plan, a wish without a number (与上年基本持平), no commitment.
NO_CHANGE_PHRASES: Final[tuple[str, ...]] = ("持平",)
#: Words right after 倍增 that make it a programme's name (生态渔业倍增计划), not a doubling.
DOUBLING_NAME_FOLLOWERS: Final[tuple[str, ...]] = ("计划", "行动", "工程", "专项", "方案")
#: Words right after a number (or between it and 万/亿) that make it a round figure with more to it: 20多万 is
#: at least 20万 and below 30万, 3000余个 at least 3000 and below 4000 (the next step of its last digit).
ROUGH_WORDS: Final[tuple[str, ...]] = ("多", "余")
#: Marks joining the two ends of a written range (6.5%－7%, 4.5%—5%, 4.5%――5%), one or two of them, after
#: full-width forms are folded to half-width (－ and ～ become - and ~): dashes, hyphens, minus, tilde.
RANGE_MARKS: Final = "—―–‐−-~"
#: Words joining the two ends of a range (1至2个, 41.7%到86.7%).
RANGE_WORDS: Final[tuple[str, ...]] = ("至", "到")
#: Measure words of events: 百场 and 千场 count them when the clause has a target verb (推进…百场对接活动).
CN_EVENT_MEASURES: Final = "场次期"
#: Units that count the same kind of thing (a quota in 人次 renews a quota in 人).
UNIT_FAMILIES: Final[dict[str, str]] = {"人次": "人", "家次": "家", "场次": "场", "套": "户"}
#: Nouns after a Chinese-numeral count that make it a figure of speech (四个方面), not a deliverable.
CN_COUNT_FIGURES: Final[tuple[str, ...]] = (
    "方面", "领域", "环节", "维度", "层面", "途径", "渠道", "重点", "问题", "基本任务", "任务", "工作", "原则", "要求",
    "关系", "目标", "步", "阶段", "关键", "机制", "大事",
)
#: Words above that are adjectives when a noun follows: 66个重点项目 counts projects, 四个重点 is a figure
#: (100项关键核心技术 counts technologies, 四个关键 is a figure).
FIGURE_ADJECTIVES: Final[tuple[str, ...]] = ("重点", "关键")
#: Words after 项 or 件 that make the count a figure of speech (三项机制, 两件大事); after 个, all of CN_COUNT_FIGURES
#: do (3项工作获省政府表彰 counts works honoured).
ITEM_FIGURES: Final[tuple[str, ...]] = ("关键", "机制", "大事")
#: By measure word, the words after it that make a count a figure of speech.
FIGURES_AFTER: Final[dict[str, tuple[str, ...]]] = {"个": CN_COUNT_FIGURES, "项": ITEM_FIGURES, "件": ITEM_FIGURES}
#: Units counting things (项目1550个): a money figure listed after such a count is the things' amount.
COUNT_UNITS: Final[tuple[str, ...]] = ("个", "项", "家", "座", "所", "处", "条")
#: Units of a share or a change in it: compared as they are, never by magnitude.
SHARE_UNITS: Final[tuple[str, ...]] = ("%", "百分点")
COUNT_MEASURES: Final = "项个家座条所"
CN_DIGITS: Final = "一二三四五六七八九十"
#: The mark between the items of an enumeration (A、B).
ENUMERATION_MARK: Final = "、"
#: A year written before a figure (比2020年下降13.5%, 2021—2025年, 从2019年的…) that is further back than the
#: year before the one it speaks of makes the figure a change over several years; 比上年 / 比2024年 in a review of
#: 2025 is the year's own change.
BASE_YEAR: Final = r"(?<!\d)((?:19|20)\d\d)(?=年|[—\-–至到]\s*(?:19|20)?\d\d)"
#: Words that open a per-unit tail after a number (35微克每立方米): the tail is the unit's, not a thing counted.
PER_UNIT_MARKS: Final = "每"
#: Measure words that count single things (项目1200项 / 1213个, 电梯600部 / 869台, 企业80户 / 85家): a count
#: in one of them may be worded in another. Counts of people (人, 人次) and areas or lengths are not among them.
THING_CLASSIFIERS: Final[frozenset[str]] = frozenset({
    "个", "处", "座", "所", "家", "条", "项", "件", "台", "部", "辆", "套", "间", "户", "栋", "幢", "艘", "架", "宗",
})
#: Units of a share, a per-mille or a change in them: levels and rates, never amounts.
RATIO_UNITS: Final[tuple[str, ...]] = ("%", "‰", "百分点")
#: The unit of a change in a rate or share (提高3个百分点): over several years the changes add up, as totals do.
POINT_UNIT: Final = "百分点"
#: Units whose figures never add up across items (shares, changes of shares, multiples).
NON_ADDITIVE_UNITS: Final[tuple[str, ...]] = ("%", "百分点", "倍")
#: The unit of money.
MONEY_UNIT: Final = "元"
#: The unit counting things one by one (5个, 9个方面).
COUNT_UNIT: Final = "个"
#: A mass per volume written in two parts (微克 … 每立方米): the mass unit, the per-volume words, the joined unit.
MASS_UNIT: Final = "微克"
PER_CUBIC_METRE: Final = "每立方米"
CONCENTRATION_UNIT: Final = "微克/立方米"
#: Multipliers an amount is written with (5亿元, 1.2万亿元), read back from a figure's text.
AMOUNT_MULTIPLIERS: Final[tuple[str, ...]] = ("万亿", "亿", "千万", "万")
#: Multipliers a figure is written back with, largest first, and their size (1500万人, 2.4万亿元).
WRITTEN_MULTIPLIERS: Final[tuple[tuple[str, float], ...]] = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
#: Multipliers that make a Chinese numeral spelled out as a number, not a word (一千二百万).
SPELLED_MULTIPLIERS: Final[tuple[str, ...]] = ("万", "亿", "万亿")
#: Round amounts named by a multiplier alone after a threshold verb (突破万亿元).
ROUND_AMOUNTS: Final[tuple[str, ...]] = ("万亿", "千亿", "百亿")
#: Characters after a round amount that make it a class of thing (万亿级, 千亿的), not a size.
ROUND_AMOUNT_NOT_BEFORE: Final = "级的"
#: The suffix of a class of thing (万亿级汽车走廊), and the words after it that make it a size (万亿级规模, 千亿级投资).
CLASS_SUFFIX: Final = "级"
CLASS_SIZE_WORDS: Final[tuple[str, ...]] = ("规模", "投资")
#: Zero digits, which add nothing inside a Chinese numeral (一千零五).
ZERO_DIGITS: Final[tuple[str, ...]] = ("零", "〇")
#: The characters of a Chinese numeral below 万 (一千二百, 两).
CN_NUMERAL_CHARS: Final = "零〇一二两三四五六七八九十百千"
#: The words of a fraction (三分之一) and of a percentage written out (百分之五).
FRACTION_WORD: Final = "分之"
#: The mark of a fraction written with digits (减少1/3以上, 占比近1/3), and the largest denominator read as one
#: (a bigger one is a code or a ratio of counts, not a share).
FRACTION_SLASHES: Final = "/／"
FRACTION_DENOMINATOR_MAX: Final = 100
#: Characters right after such a pair that make it a name (地铁3/4号线), not a fraction.
FRACTION_NAME_FOLLOWERS: Final = "号"
PERCENT_WORD: Final = "百分之"
#: The ordinal prefix (第一, 第3): a number after it is a rank, not a quantity.
ORDINAL_PREFIX: Final = "第"
#: The numeral that alone is an article (一批, 一个), not a count.
CN_ONE: Final = "一"
#: Numerals for two that count only right after a target verb (新增两所, 建设二期 is not a count).
CN_TWOS: Final[tuple[str, ...]] = ("两", "二")
#: Round numerals that count events further from their verb (百场对接活动).
CN_ROUNDS: Final[tuple[str, ...]] = ("百", "千")
#: Marks before a numeral that make it part of a quoted name or an ordinal (“三个”, 第三).
CN_NUMERAL_NOT_AFTER: Final = '第“"'
#: Chinese digits of a chapter number, with two (一二三四五六七八九十两).
CN_COUNT_DIGITS: Final = "一二三四五六七八九十两"
#: Digits of a year written in Chinese (二〇二五年) and their values.
CN_YEAR_DIGITS: Final = "〇零一二三四五六七八九"
CN_YEAR_VALUES: Final = "00123456789"

# Characters of Chinese script and typesetting.
#: The first and last character of the CJK Unified Ideographs block: a character between them is a Han one.
HAN_FIRST: Final = "\u4e00"
HAN_LAST: Final = "\u9fff"
#: The same range inside a regex character class.
HAN_RANGE: Final = f"{HAN_FIRST}-{HAN_LAST}"
#: Ranges of Chinese writing in a character class: CJK punctuation, Han characters, full-width forms, quotes.
CJK_RANGES: Final = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"
#: The ideographic (full-width) space.
WIDE_SPACE: Final = "\u3000"
#: Every blank of a Chinese web page: ASCII whitespace, the ideographic space, no-break, en, em, thin and
#: zero-width spaces, joiners and the byte-order mark.
BLANKS: Final = " \t\r\n\f\v\u3000\xa0\u2002\u2003\u2009\u200b\u200c\u200d\ufeff"
#: Blanks stripped from a table cell.
CELL_BLANKS: Final = " \u3000\xa0\u200b\ufeff"
#: Blanks that open an indented continuation line.
INDENT_BLANKS: Final = " \u3000\t"
#: Full-width marks folded to their ASCII form before page chrome is compared (：（）, spaces).
FOLDED_MARKS: Final[dict[str, str]] = {"：": ":", "（": "(", "）": ")", "　": " ", "\xa0": " "}

# Punctuation, full-width and ASCII forms side by side.
FULL_STOP: Final = "。"
COMMAS: Final = "，,"
SEMICOLONS: Final = "；;"
COLONS: Final = "：:"
EXCLAMATIONS: Final = "！!"
QUESTIONS: Final = "？?"
#: The full-width forms alone, for classes that never held the ASCII form.
FULL_COMMA: Final = "，"
FULL_SEMICOLON: Final = "；"
FULL_COLON: Final = "："
FULL_EXCLAMATION: Final = "！"
#: Percent signs, ASCII and full-width.
PERCENT_SIGNS: Final = "%％"
#: Brackets, full-width and ASCII.
OPEN_BRACKETS: Final = "（("
CLOSE_BRACKETS: Final = "）)"
#: Marks that quote a name or a title (“…”, "…", 《…》).
QUOTE_MARKS: Final = "“”\"'《》"
#: Double quotation marks, curly and straight; the opening and closing ones alone.
DOUBLE_QUOTES: Final = '“”"'
OPENING_QUOTES: Final = '“"'
CLOSING_QUOTES: Final = '”"'
CLOSING_QUOTE: Final = "”"
#: The Chinese dash (破折号) that opens a sub-heading or an aside.
CN_DASH: Final = "——"
#: Dashes around a page number (- 3 -, —3—).
PAGE_DASHES: Final = "-—–－"
#: Characters trimmed from the ends of an indicator: enumeration marks, punctuation, brackets, quotes, dashes.
INDICATOR_TRIM: Final = "、，,：:；;（）()“”\"'《》 \t—-"
#: The opening curly quotation mark.
OPENING_QUOTE: Final = "“"
#: The character after a year's digits (2025年), and the words of months and days (3月5日).
YEAR_MARK: Final = "年"
#: What stands between a year's digits and a figure dated by them (到2015年的136.3亿元, 2025年底达到80%): the
#: figure is that year's level, however many years the sentence spans.
YEAR_POINT_TAILS: Final[tuple[str, ...]] = ("年", "年的", "年底", "年末", "年底的", "年末的", "年底达到", "年末达到")
#: The particle between a figure and what it qualifies or sizes (7%左右的速度, 16.9万平方米的绿化任务).
POSSESSIVE: Final = "的"
#: After 年, makes it the year as a period of work (2025年度).
ANNUAL_TAIL: Final = "度"
#: After a Chinese ordinal, opens an item of a list (一是, 二是).
ORDINAL_IS: Final = "是"
#: After an ordinal, closes a heading number (一、, 1、).
ORDINAL_MARK: Final = "、"
#: Points in the year a milestone list steps through (4月…超过200个、年底超过260个): a list item named only by
#: one of them keeps the measure of the item before it.
TIME_POINT: Final = r"(?:今年|年底|年末|年中|年内|上半年|下半年|全年|\d{1,2}月(?:底|末|份)?)"
