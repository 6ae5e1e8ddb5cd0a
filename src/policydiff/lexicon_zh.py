"""The Chinese lexicon, words by meaning: one table keyed by word says what each verb, modal, time and
comparator word means to the rules (达到 a level reached, 新建 an addition in the year, 累计 a running total), and
the word lists the stages read are views of it.

The other lexicon modules hold the rest of the language's data: :mod:`policydiff.lexicon_zh_text` how Chinese
is written (numerals, units, punctuation), :mod:`policydiff.lexicon_zh_names` names of measures, lists and
things, :mod:`policydiff.lexicon_zh_page` the page and the report's outline. ``docs/lexicon.md`` says how to
add a word. Stage code holds no Chinese literal (``tests/test_lexicon.py``).

>>> [m.name for m in WORDS["达到"].means]
['ACTION', 'LEVEL', 'STOCK', 'STATE', 'COPULA', 'BEFORE']
>>> "累计" in TOTAL_WORDS and "累计" in STOCK_WORDS and "累计" not in FLOW_WORDS
True
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import attrs


class Meaning(enum.Flag):
    """What a word means to the rules; a word may mean several things (累计 is a total, a level and a stock)."""

    #: Makes the number after it a target, and is shared over an enumeration (新建公厕10座、充电桩1000个).
    ACTION = enum.auto()
    #: Before a Chinese numeral, makes it a count beside the action verbs (再两所, 累计五万户, 开展百场).
    COUNT_CUE = enum.auto()
    #: An addition in the year, not a stock (新增, 新建): two years of it do not subtract.
    FLOW = enum.auto()
    #: A level to reach (企业达220家, 稳定在1亿亩), not a year's addition.
    LEVEL = enum.auto()
    #: Makes a count a stock (达到400座, 进入500强): two years of it subtract into the year's addition.
    STOCK = enum.auto()
    #: Right before a number, states a level reached (达到, 增至, 稳定在).
    STATE = enum.auto()
    #: A level reached even where its first character is a flow word (增加到, 提高至).
    TO_LEVEL = enum.auto()
    #: Takes a measure down to a level (赤字率下降到1.5％左右): the figure is a cap to reach, not a cut's size.
    DOWN_TO_LEVEL = enum.auto()
    #: A year's work: a target it governs is an amount to deliver, never decided by a stock reached.
    DELIVERY = enum.auto()
    #: Right before 两 or 二, makes it a count (新增两所), where elsewhere it is a name's part (二期).
    COUNTS_TWO = enum.auto()
    #: Right before a Chinese numeral, makes it a count (实现五万户的…目标), though no target verb of its clause.
    COUNT_BEFORE = enum.auto()
    #: A further round of an addition toward a goal (再推动1万户…，实现五万户的目标).
    AGAIN = enum.auto()
    #: Names a stage of a project; stays in matching keys (开工390个 is not 推进2200个).
    STAGE = enum.auto()
    #: A review's word that a deliverable was done (如期完成 counts as met).
    COMPLETION = enum.auto()
    #: Right before a percentage, makes it a rate of change, not a level (增长6%).
    RATE = enum.auto()
    #: Still makes a percentage a rate with up to two characters between (增长了6%, 下降约3%).
    LOOSE_RATE = enum.auto()
    #: Turns a cap into a target cut: 降低2.5% is a floor on the cut.
    REDUCTION = enum.auto()
    #: Says a figure went down (下降, 回落): a fall reported against a rise promised.
    DECLINE = enum.auto()
    #: A review clause says a measure rose, with no figure (粮食总产连续6年增长).
    GROWTH = enum.auto()
    #: After a baseline (从75%), leads to the target (提高到100%).
    BASELINE_TO = enum.auto()
    #: Right after a rate word, turns it back into a level (提高到30%).
    BACK_TO_LEVEL = enum.auto()
    #: A bare copula: an indicator that is only this word borrows the clause's subject (…，达到120万户).
    COPULA = enum.auto()
    #: After 均, makes it share one figure among the listed subjects (满意率均达100%).
    JUN_SHARED = enum.auto()
    #: Before a round amount named without a digit, makes it a lower bound (突破万亿元).
    THRESHOLD = enum.auto()
    #: Right before a number, a level crossed (突破700亿元, 跨过万亿元): in a look back over several years, the
    #: level stands at the period's end, where an amount done (建成, 完成) adds up over the years.
    CROSSED = enum.auto()
    #: A comparator before the number (不低于, 超过, 约); Word.bound says which.
    BEFORE = enum.auto()
    #: A comparator after the number (以上, 左右, 以内); Word.bound says which.
    AFTER = enum.auto()
    #: Before a number, makes it an upper bound nearly reached (近1500万 is a bit under 1500万).
    NEAR = enum.auto()
    #: Before a review's figure, a bound just passed, written to its last digit as 多 writes it: 超550万 is
    #: 550多万, [550万, 560万]; had the year reached 600万, the review would say so.
    JUST_PAST = enum.auto()
    #: In a number's own clause, makes it a several-year total or average, never one year's outcome.
    TOTAL = enum.auto()
    #: Earlier in a sentence, places it in a several-year stretch (weaker evidence for one year).
    PERIOD = enum.auto()
    #: In a review, pins a statement to the single reviewed year (全年, 去年).
    SINGLE_YEAR = enum.auto()
    #: In a number's own clause, claims the figure for every year of a look back (每年实施20项, 连年): the reviewed
    #: year among them, so the figure is that year's too, never a several-year total.
    EVERY_YEAR = enum.auto()
    #: Work under way on a set already begun (续建, 加快建设): a count it governs, promised again, is the same set.
    ONGOING = enum.auto()
    #: A new batch in the year (新建, 新增, 再建): a count it governs, promised again, is a fresh quota.
    FRESH = enum.auto()


@attrs.frozen
class Word:
    """One entry of :data:`WORDS`: what the word means, and for a comparator the bound it sets."""

    means: Meaning
    #: For a comparator word (BEFORE, AFTER): ">=" at least, "<=" at most, "~" about, "=" exactly.
    bound: str = ""


M: Final = Meaning
# fmt: off
#: Every verb, modal, time and comparator word whose meaning matters to the rules, keyed by the word. The
#: order is the views' order, and it matters where a stage strips words in list order: of two words where one
#: starts or ends the other, the first listed strips first (新建和改造 before 新建, but 实施 before 滚动实施).
#: Put a new word next to the words it starts or ends with, and mind that order.
WORDS: Final[Mapping[str, Word]] = MappingProxyType({
    "新建改扩建": Word(M.ACTION),
    "新改扩建": Word(M.ACTION),
    "新改建": Word(M.ACTION),
    "新建（改）": Word(M.ACTION),
    "新建和改造": Word(M.ACTION | M.DELIVERY),
    "新建改造": Word(M.ACTION | M.DELIVERY),
    "建设筹措": Word(M.ACTION),
    "开工建设": Word(M.ACTION | M.DELIVERY),
    "启动建设": Word(M.ACTION),
    "加快建设": Word(M.ACTION | M.ONGOING),
    "改造提升": Word(M.ACTION),
    "建设提升": Word(M.ACTION),
    "建设改造": Word(M.ACTION),
    "新增": Word(M.ACTION | M.FLOW | M.COUNTS_TWO | M.FRESH),
    "新建": Word(M.ACTION | M.FLOW | M.DELIVERY | M.COUNTS_TWO | M.FRESH),
    "改建": Word(M.ACTION | M.DELIVERY),
    "扩建": Word(M.ACTION | M.DELIVERY),
    "建设": Word(M.ACTION | M.DELIVERY | M.COUNTS_TWO),
    "建成": Word(M.ACTION | M.DELIVERY | M.STAGE),
    "改造": Word(M.ACTION | M.DELIVERY),
    "完成": Word(M.ACTION | M.DELIVERY),
    "实施": Word(M.ACTION | M.DELIVERY),
    "开工": Word(M.ACTION | M.STAGE),
    "打造": Word(M.ACTION),
    "办好": Word(M.ACTION),
    "举办": Word(M.ACTION),
    "引进": Word(M.ACTION),
    "创建": Word(M.ACTION),
    "争创": Word(M.ACTION),
    "新开通": Word(M.ACTION),
    "开通": Word(M.ACTION | M.STAGE),
    "设立": Word(M.ACTION),
    "投放": Word(M.ACTION),
    "整治": Word(M.ACTION | M.DELIVERY),
    "推动": Word(M.ACTION),
    "推进": Word(M.ACTION),
    "支持": Word(M.ACTION),
    "提高": Word(M.ACTION | M.RATE | M.GROWTH | M.BASELINE_TO | M.JUN_SHARED),
    "增长": Word(M.ACTION | M.RATE | M.LOOSE_RATE | M.GROWTH | M.BASELINE_TO),
    "下降": Word(M.ACTION | M.RATE | M.REDUCTION | M.DECLINE | M.LOOSE_RATE | M.BASELINE_TO),
    "降低": Word(M.ACTION | M.RATE | M.REDUCTION | M.DECLINE),
    "减少": Word(M.ACTION | M.RATE | M.REDUCTION | M.DECLINE),
    "达到": Word(M.ACTION | M.LEVEL | M.STOCK | M.STATE | M.COPULA | M.BEFORE, bound="="),
    "突破": Word(M.ACTION | M.LEVEL | M.THRESHOLD | M.CROSSED | M.BEFORE | M.JUST_PAST, bound=">="),
    "超过": Word(M.ACTION | M.JUN_SHARED | M.THRESHOLD | M.BEFORE | M.JUST_PAST, bound=">="),
    "保持": Word(M.ACTION | M.JUN_SHARED),
    "稳定": Word(M.ACTION | M.JUN_SHARED),
    "淘汰": Word(M.ACTION),
    "培训": Word(M.ACTION),
    "形成": Word(M.ACTION),
    "安排": Word(M.ACTION),
    "使用": Word(M.ACTION),
    "发放": Word(M.ACTION),
    "设置优化": Word(M.ACTION),
    "提档升级": Word(M.ACTION),
    "滚动实施": Word(M.ACTION),
    "加快推进": Word(M.ACTION | M.ONGOING),
    "盘活": Word(M.ACTION),
    "招引": Word(M.ACTION),
    "签约": Word(M.ACTION | M.STAGE),
    "落地": Word(M.ACTION),
    "吸纳": Word(M.ACTION),
    "帮扶": Word(M.ACTION),
    "救助": Word(M.ACTION),
    "筹集": Word(M.ACTION),
    "供应": Word(M.ACTION),
    "新开": Word(M.FLOW | M.FRESH),
    "培育": Word(M.ACTION | M.FLOW),
    "新培育": Word(M.ACTION | M.FLOW | M.FRESH),
    "新改": Word(M.FLOW),
    "新开工": Word(M.FLOW | M.FRESH),
    "增加": Word(M.ACTION | M.FLOW | M.RATE | M.GROWTH | M.BASELINE_TO),
    "新认定": Word(M.FLOW | M.FRESH),
    "新设": Word(M.FLOW | M.FRESH),
    "增速": Word(M.RATE | M.LOOSE_RATE),
    "增幅": Word(M.RATE),
    "涨幅": Word(M.RATE | M.LOOSE_RATE),
    "上涨": Word(M.RATE),
    "提升": Word(M.RATE | M.GROWTH | M.BASELINE_TO),
    "降幅": Word(M.RATE | M.REDUCTION | M.DECLINE),
    "回落": Word(M.RATE | M.DECLINE),
    "微降": Word(M.RATE | M.DECLINE),
    "微涨": Word(M.RATE),
    "下跌": Word(M.RATE | M.DECLINE),
    "攀升": Word(M.RATE),
    "扩大": Word(M.RATE),
    "缩小": Word(M.RATE),
    "分别增长": Word(M.RATE),
    "分别下降": Word(M.RATE),
    "分别提高": Word(M.RATE),
    "至少": Word(M.COUNT_CUE | M.BEFORE, bound=">="),
    "再": Word(M.COUNT_CUE | M.AGAIN),
    "平均每年": Word(M.TOTAL),
    "每年都": Word(M.EVERY_YEAR),
    "每年": Word(M.COUNT_CUE | M.EVERY_YEAR),
    "共": Word(M.COUNT_CUE),
    "累计": Word(M.COUNT_CUE | M.LEVEL | M.STOCK | M.TOTAL),
    "开展": Word(M.COUNT_CUE),
    "组织": Word(M.COUNT_CUE),
    "削减": Word(M.REDUCTION | M.DECLINE),
    "压减": Word(M.REDUCTION | M.DECLINE),
    "减排": Word(M.REDUCTION | M.DECLINE),
    "压降": Word(M.REDUCTION | M.DECLINE),
    "上升": Word(M.GROWTH),
    "到": Word(M.BASELINE_TO | M.BACK_TO_LEVEL),
    "至": Word(M.BASELINE_TO | M.BACK_TO_LEVEL),
    "降": Word(M.BASELINE_TO),
    "为": Word(M.BACK_TO_LEVEL | M.STATE | M.COPULA | M.JUN_SHARED),
    "达": Word(M.LEVEL | M.STOCK | M.STATE | M.COPULA | M.JUN_SHARED),
    "稳定在": Word(M.LEVEL | M.STATE),
    "保持在": Word(M.LEVEL | M.STATE),
    "总数": Word(M.LEVEL | M.STOCK),
    "总量": Word(M.LEVEL | M.STOCK),
    "年底": Word(M.LEVEL),  # a figure for the end of the year (年底超过260个) is a level to reach
    "年末": Word(M.LEVEL),
    "增至": Word(M.STOCK | M.STATE | M.TO_LEVEL),
    "增加到": Word(M.STOCK | M.STATE | M.TO_LEVEL),
    "提高到": Word(M.STOCK | M.STATE | M.TO_LEVEL),
    "拥有": Word(M.STOCK),
    "进入": Word(M.STOCK),
    "入选": Word(M.STOCK),
    "上榜": Word(M.STOCK),
    "保有": Word(M.STOCK),
    "提高至": Word(M.STATE | M.TO_LEVEL),
    "提升到": Word(M.STATE | M.TO_LEVEL),
    "提升至": Word(M.STATE | M.TO_LEVEL),
    "增加至": Word(M.TO_LEVEL),
    # longest first, so that an indicator loses 下降到 whole, never leaving 下
    "下降到": Word(M.DOWN_TO_LEVEL),
    "下降至": Word(M.DOWN_TO_LEVEL),
    "降低到": Word(M.DOWN_TO_LEVEL),
    "降低至": Word(M.DOWN_TO_LEVEL),
    "减少到": Word(M.DOWN_TO_LEVEL),
    "减少至": Word(M.DOWN_TO_LEVEL),
    "压减到": Word(M.DOWN_TO_LEVEL),
    "压减至": Word(M.DOWN_TO_LEVEL),
    "压降到": Word(M.DOWN_TO_LEVEL),
    "压降至": Word(M.DOWN_TO_LEVEL),
    "降到": Word(M.DOWN_TO_LEVEL),
    "降至": Word(M.DOWN_TO_LEVEL),
    "是": Word(M.COPULA),
    "超": Word(M.JUN_SHARED | M.THRESHOLD | M.BEFORE | M.JUST_PAST, bound=">="),
    "在": Word(M.JUN_SHARED),
    "高于": Word(M.JUN_SHARED | M.BEFORE, bound=">="),
    "实现": Word(M.JUN_SHARED | M.COUNT_BEFORE),
    "竣工": Word(M.STAGE),
    "投产": Word(M.STAGE),
    "如期完成": Word(M.COMPLETION),
    "全部完成": Word(M.COMPLETION),
    "圆满完成": Word(M.COMPLETION),
    "超额完成": Word(M.COMPLETION),
    "顺利完成": Word(M.COMPLETION),
    "全面完成": Word(M.COMPLETION),
    "提前完成": Word(M.COMPLETION),
    "基本完成": Word(M.COMPLETION),
    "建成投用": Word(M.COMPLETION),
    "建成投产": Word(M.COMPLETION),
    "全部建成": Word(M.COMPLETION),
    "顺利实现": Word(M.COMPLETION),
    "全部实现": Word(M.COMPLETION),
    "如期实现": Word(M.COMPLETION),
    "超额实现": Word(M.COMPLETION),
    "全面落实": Word(M.COMPLETION),
    "续建": Word(M.ONGOING),
    "在建": Word(M.ONGOING),
    "持续推进": Word(M.ONGOING),
    "继续推进": Word(M.ONGOING),
    "深入推进": Word(M.ONGOING),
    "加快实施": Word(M.ONGOING),
    "再建": Word(M.FRESH),
    "新创建": Word(M.FRESH),
    "跨过": Word(M.THRESHOLD | M.CROSSED),
    "迈上": Word(M.THRESHOLD | M.CROSSED),
    "跃上": Word(M.THRESHOLD | M.CROSSED),
    "迈入": Word(M.THRESHOLD | M.CROSSED),
    "站上": Word(M.THRESHOLD | M.CROSSED),
    "不低于": Word(M.BEFORE, bound=">="),
    "不少于": Word(M.BEFORE, bound=">="),
    "多于": Word(M.BEFORE, bound=">="),
    "逾": Word(M.BEFORE | M.JUST_PAST, bound=">="),
    "过": Word(M.BEFORE, bound=">="),
    "不超过": Word(M.BEFORE, bound="<="),
    "不高于": Word(M.BEFORE, bound="<="),
    "控制在": Word(M.BEFORE, bound="<="),
    "低于": Word(M.BEFORE, bound="<="),
    "少于": Word(M.BEFORE, bound="<="),
    "不到": Word(M.BEFORE, bound="<="),
    "以内": Word(M.BEFORE | M.AFTER, bound="<="),
    "约": Word(M.BEFORE, bound="~"),
    "大约": Word(M.BEFORE, bound="~"),
    "近": Word(M.BEFORE | M.NEAR, bound="~"),
    "接近": Word(M.BEFORE | M.NEAR, bound="~"),
    "将近": Word(M.BEFORE | M.NEAR, bound="~"),
    "以上": Word(M.AFTER, bound=">="),
    "之上": Word(M.AFTER, bound=">="),
    "多": Word(M.AFTER, bound=">="),
    "余": Word(M.AFTER, bound=">="),
    "之内": Word(M.AFTER, bound="<="),
    "以下": Word(M.AFTER, bound="<="),
    "左右": Word(M.AFTER, bound="~"),
    "上下": Word(M.AFTER, bound="~"),
    "五年": Word(M.TOTAL),
    "年均": Word(M.TOTAL),
    "总计": Word(M.TOTAL),
    "共计": Word(M.TOTAL),
    "历年": Word(M.TOTAL),
    "先后": Word(M.TOTAL),
    "比五年前": Word(M.TOTAL),
    "较“十三五”": Word(M.TOTAL),
    "较“十四五”": Word(M.TOTAL),
    "十四五": Word(M.PERIOD),
    "十三五": Word(M.PERIOD),
    "十二五": Word(M.PERIOD),
    "以来": Word(M.PERIOD),
    "期间": Word(M.PERIOD),
    "五年来": Word(M.PERIOD),
    "过去五年": Word(M.PERIOD),
    "连续": Word(M.PERIOD),
    "全年": Word(M.SINGLE_YEAR),
    "去年": Word(M.SINGLE_YEAR),
    "过去一年": Word(M.SINGLE_YEAR),
    "一年来": Word(M.SINGLE_YEAR),
    "当年": Word(M.SINGLE_YEAR),
    "连年": Word(M.EVERY_YEAR),
    "年年": Word(M.EVERY_YEAR),
    "今年": Word(M.SINGLE_YEAR),
    "上年": Word(M.SINGLE_YEAR),
})
# fmt: on


def words_meaning(meaning: Meaning) -> tuple[str, ...]:
    """The words of :data:`WORDS` that mean ``meaning`` (any of its flags), in table order.

    >>> words_meaning(Meaning.NEAR)
    ('近', '接近', '将近')
    """
    flags = meaning.value  # the flags' integers: enum.Flag's own & is slow, and this runs for every word list
    return tuple(w for w, entry in WORDS.items() if entry.means.value & flags)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first and escaped, for a stage's pattern.

    >>> alternation(["超", "超过", "突破"])
    '超过|突破|超'
    """
    return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))


def led(first: str, pattern: str) -> str:
    """``pattern`` opened by a lookahead of the characters a match of it can start with (``first``: a character
    class's contents). The same matches, but the regex engine skips in C to the next such character instead of
    trying every branch of ``pattern`` at every position: two to three times faster over a report for a pattern
    that opens with a lookbehind, an optional group or several branches (tests/test_regex_lead.py).

    >>> led("0-9", r"(?<![.])[0-9]+%")
    '(?=[0-9])(?:(?<![.])[0-9]+%)'
    >>> re.findall(led("0-9", r"(?<![.])[0-9]+%"), "增长5%，达到6.5%")
    ['5%']
    """
    return f"(?=[{first}])(?:{pattern})"


def _bounds(meaning: Meaning) -> dict[str, str]:
    return {w: entry.bound for w, entry in WORDS.items() if entry.means & meaning}


# The word lists the stages read, each a view of WORDS.
#: Verbs that make a number a target and are shared across an enumeration (新建公厕10座、充电桩1000个).
ACTION_VERBS: Final = words_meaning(M.ACTION)
#: Verbs before a Chinese-numeral quantity that make it a target (新增两所学校, 举办百场).
CN_NUMERAL_VERBS: Final = words_meaning(M.ACTION | M.COUNT_CUE)
#: Words right before 两 or 二 that make it a count (新增两所学校).
TWO_COUNT_VERBS: Final = words_meaning(M.COUNTS_TWO)
#: Words right before a Chinese numeral that make it a count (the numeral verbs, and 实现).
CN_COUNT_VERBS: Final = words_meaning(M.ACTION | M.COUNT_CUE | M.COUNT_BEFORE)
#: Words of a further round of an addition toward a goal (再).
AGAIN_WORDS: Final = words_meaning(M.AGAIN)
#: Verbs of a flow (an increment in the year) as opposed to a stock.
FLOW_WORDS: Final = words_meaning(M.FLOW)
#: Words that make a target a level to reach (企业达220家, 稳定在1亿亩), not a year's addition.
LEVEL_WORDS: Final = words_meaning(M.LEVEL)
#: Words that make a count a stock (智能化煤矿达到400座, 7家地方国企进入500强): two years of it subtract.
STOCK_WORDS: Final = words_meaning(M.STOCK)
#: Words right before a number that state a level reached (达到, 增至, 稳定在).
STATE_VERBS: Final = words_meaning(M.STATE)
#: Verbs of a level reached even where their first character is a flow word (增加到, 增至).
TO_LEVEL_VERBS: Final = words_meaning(M.TO_LEVEL)
#: Verbs that take a measure down to a level (下降到, 降至): the figure after one is a cap (see senses.down_to).
DOWN_TO_LEVEL_WORDS: Final = words_meaning(M.DOWN_TO_LEVEL)
DOWN_TO_REACH: Final = max(map(len, DOWN_TO_LEVEL_WORDS))
#: Verbs of a year's work: a target they govern is an amount to deliver, never decided by a stock reached.
DELIVERY_VERBS: Final = words_meaning(M.DELIVERY)
#: Verbs naming a stage of a project; they stay in matching keys (开工390个 is not 推进2200个).
STAGE_WORDS: Final = words_meaning(M.STAGE)
#: Review words that state a deliverable was done (如期完成 counts as met).
COMPLETION_WORDS: Final = words_meaning(M.COMPLETION)
#: Words right before a percentage that make it a rate of change, not a level.
RATE_WORDS: Final = words_meaning(M.RATE)
#: Rate words that reach over up to two characters before the percentage (增长了6%).
LOOSE_RATE_WORDS: Final = words_meaning(M.LOOSE_RATE)
#: Action words that turn a cap into a target cut (降低2.5% is a floor on the cut).
REDUCTION_WORDS: Final = words_meaning(M.REDUCTION)
#: Words of a figure that went down (下降, 回落).
DECLINE_WORDS: Final = words_meaning(M.DECLINE)
#: A review clause saying a measure rose, with no figure (粮食播种面积、单产、总产连续6年增长): the verbs.
GROWTH_CLAIM_WORDS: Final = words_meaning(M.GROWTH)
#: The verbs that lead from a baseline (从75%) to the target (提高到100%).
BASELINE_TO_WORDS: Final = words_meaning(M.BASELINE_TO)
#: Words after a rate word that turn it back into a level (提高到 30%).
TO_LEVEL_WORDS: Final = words_meaning(M.BACK_TO_LEVEL)
#: Bare copulas: an indicator that is only one of them borrows the clause's subject.
COPULAS: Final = words_meaning(M.COPULA)
#: Verbs after 均 that make it share one figure among listed subjects (满意率均达100%).
JUN_SHARED_VERBS: Final = words_meaning(M.JUN_SHARED)
#: Verbs before a round amount named without a digit (突破万亿元, 迈上千亿元): at least that amount.
THRESHOLD_VERBS: Final = words_meaning(M.THRESHOLD)
#: Verbs right before a number that say a level was crossed (突破700亿元): a look back's level at the period's end.
CROSSED_VERBS: Final = words_meaning(M.CROSSED)
#: Comparator words before the number (read right to left from the number, nearest first), and their bound.
PREFIX_COMPARATORS: Final = _bounds(M.BEFORE)
#: Comparator words after the number, and their bound.
SUFFIX_COMPARATORS: Final = _bounds(M.AFTER)
#: Share of a number taken as its lower bound after a NEAR word (a cautious reading: a nearer one would decide
#: more targets).
NEAR_SHARE: Final = 0.9
#: Words before a number that make it an upper bound nearly reached, and the share of it taken as the low end.
NEAR_WORDS: Final = {w: NEAR_SHARE for w in words_meaning(M.NEAR)}
#: Words before a number that make it a bound just passed, up to the next step of its last digit (超550万).
JUST_PAST_WORDS: Final = words_meaning(M.JUST_PAST)
#: Words in a number's own clause that make it a several-year total or average, never one year's outcome.
TOTAL_WORDS: Final = words_meaning(M.TOTAL)
#: Words earlier in the sentence that place it in a several-year stretch (weaker evidence for one year).
PERIOD_WORDS: Final = words_meaning(M.PERIOD)
#: Review words that pin a statement to the single reviewed year.
SINGLE_YEAR_WORDS: Final = words_meaning(M.SINGLE_YEAR)
#: Review words that claim a figure for every year of a look back, the reviewed year among them (每年, 连年).
EVERY_YEAR_WORDS: Final = words_meaning(M.EVERY_YEAR)
#: Verbs of work under way on a set already begun (续建高铁, 加快建设4个产业基地).
ONGOING_WORDS: Final = words_meaning(M.ONGOING)
#: Verbs of a new batch in the year (新建公厕1000座, 新增就业): the same count again is a fresh quota.
FRESH_WORDS: Final = words_meaning(M.FRESH)

# fmt: off
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
    "提高到", "提高至", "提升到", "提升至", "增至", "增加到", *DOWN_TO_LEVEL_WORDS, "约", "近", "在", "逾", "过", "是",
    "了", "到", "拟按", "按", "保持", "稳定", "规模", "总量", "、", "，", "的", "目标", "与上年", "同比", "比上年",
    "首次",
)
#: The action a qualitative completion claim (民生实事全部完成) is recorded with.
CLAIM_ACTION: Final = "完成"
#: Words before a later year that set a horizon beyond the plan's year (到2027年, 至2030年).
BY_YEAR_WORDS: Final[tuple[str, ...]] = ("到", "至", "于")
#: A sentence setting a several-year horizon (用3—5年时间, 三年内, 今后五年, 3—5年, “十五五”时期): not this year's plan.
HORIZON_PATTERN: Final = r"用\S{1,5}年时间|[\d一二三四五两]年内|今后\S{1,2}年|\d+—\d+年|十[一二三四五六七八九]五”?时期"
#: A run of years (连续6年, 连续三年) between a measure and the claim that it rose.
RUN_OF_YEARS_PATTERN: Final = r"连续[\d一二三四五六七八九十两]+年"
#: Comparator words after a figure that end the noun after it or open a clause (以上, 左右).
BARE_COMPARATORS: Final[tuple[str, ...]] = ("以上", "以下", "左右", "以内")
#: Comparator words that may follow a figure inside a list of figures (5%左右和6%).
LIST_GAP_COMPARATORS: Final[tuple[str, ...]] = ("左右", "以上", "以内")
#: Comparator words a figure's text drops to be written bare, in this order (五万户以上 -> 五万户).
FIGURE_TAILS: Final[tuple[str, ...]] = ("以上", "左右")
#: Words between a rate word and its percentage (增长了5%, 提高达30%).
RATE_GAP_WORDS: Final[tuple[str, ...]] = ("了", "达")
#: Words after a year that name its end (2025年底, 年末): the year still leads the clause, not its subject.
YEAR_END_WORDS: Final[tuple[str, ...]] = ("底", "末")
#: How each comparator is written after a figure in a verdict's reason (≥ is 以上, ~ is 左右, = nothing).
COMPARATOR_WRITTEN: Final[dict[str, str]] = {">=": "以上", "<=": "以内", "~": "左右", "=": ""}
