"""Part of the extract stage: the indicator and action of a number in a clause (its sense and rate: :mod:`senses`).

Given a comma segment and its kept quantities, name what each number measures: the words before it
(城镇新增就业1100万人), the noun after it (新建17所中小学), a shared verb over a list (新建公厕10座、充电桩1000个),
a 分别 or 均 list, or the subject of the sentence's previous number (地区生产总值60199亿元、增长5%).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Quantity, Span
from policydiff.words import strip_words as strip_words  # other stages import it from here too

_TRIM: Final = lxt.INDICATOR_TRIM
_NOUN_STOP: Final = re.compile(
    rf"[{lxt.COMMAS}{lxt.FULL_STOP}{lxt.SEMICOLONS}{lxt.ENUMERATION_MARK}{lxt.COLONS}{lxt.OPEN_BRACKETS}]"
    rf"|{lx.alternation(lx.BARE_COMPARATORS)}"
)
_FROM: Final = "".join(lxn.BASELINE_PREFIXES)
#: A baseline before a figure (比重从2009年的2.8%降到去年的, 支出由11.66亿元增加到): 从 or 由 with a figure after it,
#: or right before the figure; not 从 or 由 inside a word (从业人员, 自由贸易账户), which names no baseline.
_BASELINE_TAIL: Final = re.compile(rf"[{_FROM}](?=[^{_FROM}]*\d|$)[^{_FROM}]*$")
_BASELINE_LIST: Final = re.compile(rf"[{''.join(lxn.BASELINE_PREFIXES)}][\d.{lxt.PERCENT_SIGNS}{lxn.FIGURE_JOINERS}]+")
#: A base year a change is counted from (比2010年增加13480元, 较2020年下降11.7%): when the change is, not what changes.
_COMPARED_YEAR: Final = re.compile(
    rf"[{lxn.COMPARED_MARKS}](?:19|20)\d\d{lxt.YEAR_MARK}(?:{lx.alternation(lx.YEAR_END_WORDS)})?"
)
_YEAR_HEAD: Final = re.compile(rf"^(?:19|20)\d\d{lxt.YEAR_MARK}(?:{lx.alternation(lx.YEAR_END_WORDS)})?")
_LEAD_COMPARATOR: Final = re.compile(rf"^(?:{lx.alternation(lx.BARE_COMPARATORS)})?{lxt.POSSESSIVE}?")
#: Shortest noun after a share that names what the share is of (50%以上面积达到海绵城市建设标准).
_SHARE_NOUN_MIN: Final = 4
_SHARED_JUN: Final = re.compile(
    rf"(?<![{''.join(lxn.JUN_NOT_SHARED_BEFORE)}]){lxn.JUN}(?={lx.alternation(lx.JUN_SHARED_VERBS)})"
)
_DISTRIBUTIVE: Final = re.compile("|".join(lxn.DISTRIBUTIVE_WORDS))
_SHARED_VERBS: Final = (*lx.JUN_SHARED_VERBS, *lx.RATE_WORDS, *lx.ACTION_VERBS)
_CLOSER: Final = re.compile(rf"(?<![{lxn.NOT_LIST_CLOSER_BEFORE}]){lxn.LIST_CLOSER}")
_CONJUNCTION: Final = re.compile("|".join(lxn.LIST_CONJUNCTIONS))
#: What may stand between two listed figures (5%、7%; 5%左右和6%).
_LIST_GAP: Final = re.compile(rf"^(?:{lx.alternation(lx.LIST_GAP_COMPARATORS)})?[{lxn.ITEM_JOINERS}]$")
#: Units of a rate or share: listed subjects each have it, where counts and amounts add up.
_NON_ADDITIVE_UNITS: Final = lxt.NON_ADDITIVE_UNITS
#: Words a clause may end with between a list's subjects and its figure (增长, 达到, 保持在).
_VERB_TAIL: Final = (*lx.RATE_WORDS, *lx.INDICATOR_STOP_SUFFIXES, *lxn.DISTRIBUTIVE_MODALS)
#: How far from the other items' length a head word (排放, 常住居民) may start the last item's shared tail.
_TAIL_SHIFT: Final = 4
_EXAMPLES: Final = re.compile(
    rf"^[^{lxt.COMMAS}{lxt.SEMICOLONS}]*{lxt.ENUMERATION_MARK}[^{lxt.ENUMERATION_MARK}{lxt.COMMAS}{lxt.SEMICOLONS}]*"
    rf"{lxn.LIST_CLOSER}(?=[{lxt.HAN_RANGE}]{{2}})"
)
#: A noun after a count names the thing counted (…1411条背街小巷); a per-unit tail (微克每立方米) does not.
_THING: Final = re.compile(rf"(?!{lx.alternation(lxn.THRESHOLD_NOUNS)})[{lxt.HAN_RANGE}](?<![{lxt.PER_UNIT_MARKS}])")
_TIME_ONLY: Final = re.compile(f"{lxt.TIME_POINT}+")
_TIME_HEAD: Final = re.compile(f"^{lxt.TIME_POINT}+")
_PERIOD_LEAD: Final = re.compile(rf"^\w?(?:{lx.alternation(lxn.SUB_PERIODS)})")
INDICATOR_MAX: Final = 24  # the subject of a number sits right before it; longer prefixes are context
#: How many characters past INDICATOR_MAX a clause's words may run and still be kept whole: a long name cut a
#: character or two from its start loses the word it opens with (第三轮, 工业战略性).
WINDOW_SLACK: Final = 4


#: The stop suffixes that are not nouns of a measure (规模, 总量 name one): copulas, comparators, time words.
_VERB_SUFFIXES: Final = tuple(w for w in lx.INDICATOR_STOP_SUFFIXES if w not in lxn.MEASURE_NOUNS)


@lru_cache(maxsize=16384)  # asked again of the same clause texts by the passes of extract (about half are repeats)
def clean(text: str, *, keep_measure: bool = False) -> str:
    """An indicator without baselines (从75%…), time and modal words, copulas and comparators; with
    ``keep_measure``, a trailing noun of a measure (算力规模) stays."""
    text = without_baseline(text)  # a baseline's words: 比例从75%(提高到)
    text = _YEAR_HEAD.sub("", text.strip(_TRIM))  # 2022年预计达到4.45万亿元: the year is not the subject
    text = _COMPARED_YEAR.sub("", text) or text  # 比2010年增加: the base year is not the subject either
    return strip_words(text, lx.INDICATOR_STOP_PREFIXES, _VERB_SUFFIXES if keep_measure else lx.INDICATOR_STOP_SUFFIXES)


def without_baseline(text: str) -> str:
    """The words before a figure without the baseline they end with (地区生产总值由2010年的162.4亿元增加到 ->
    地区生产总值), or all of them when that leaves nothing.

    >>> without_baseline("财政赤字占国内生产总值的比重从2009年的2.8%降到去年的"), without_baseline("商业从业人员突破")
    ('财政赤字占国内生产总值的比重', '商业从业人员突破')
    """
    return _BASELINE_TAIL.sub("", text) or text


def window(text: str) -> str:
    """The words before a figure that may name its subject: the last :data:`INDICATOR_MAX` characters once the
    baseline is cut, so that a long baseline (从2020年的53.2%提升到2025年的) does not push the subject's first
    characters out (常住人口城镇化率, not 镇化率); all of them when only a few more (:data:`WINDOW_SLACK`) would be
    cut (第三轮中央生态环境保护督察交办的群众举报问题办结率, not 三轮…)."""
    words = without_baseline(text)
    return words if len(words) <= INDICATOR_MAX + WINDOW_SLACK else words[-INDICATOR_MAX:]


_ACTION_OR_RATE: Final = lx.ACTION_VERBS + lx.RATE_WORDS
#: The verbs longest first: a regex's first match is the leftmost verb, and the longest of those starting there.
_FIRST_VERB: Final = re.compile(
    "|".join(re.escape(v) for v in sorted(set(_ACTION_OR_RATE), key=lambda v: (-len(v), v)))
)


def action_of(text: str) -> str:
    """The first action or rate verb in ``text`` (新建, 增长), the longest of those starting there, or ""."""
    text = text.replace(lxn.VALUE_ADDED, "\0" * len(lxn.VALUE_ADDED))  # value added, not the verb 增加
    m = _FIRST_VERB.search(text)
    return m[0] if m else ""


def noun_after(norm: str, q: Quantity, end: int) -> str:
    """The noun right after a quantity (17所中小学 -> 中小学), up to the next punctuation or comparator."""
    rest = _LEAD_COMPARATOR.sub("", norm[q.span.end : end])  # 50%以上面积…, 94%的农村人口
    m = _NOUN_STOP.search(rest)
    return clean(rest[: m.start()] if m else rest)[:INDICATOR_MAX]


#: Only a list mark between two figures (3800户、58万平方米): nothing of the first one's own.
_LIST_GAP_ONLY: Final = re.compile(rf"\s*[{lxn.LIST_JOINERS}]\s*")
WORK_VERBS: Final = tuple(sorted({*lx.ACTION_VERBS, *lx.STAGE_WORDS, *lx.FLOW_WORDS}, key=lambda w: (-len(w), w)))
# the word lists the helpers below strip, joined once rather than at every call
_LEADS_AND_WORK: Final = (*lxn.MILESTONE_LEADS, *WORK_VERBS)
_WORK_AND_LEADS: Final = (*WORK_VERBS, *lxn.MILESTONE_LEADS)
_WORK_AND_STATE: Final = (*WORK_VERBS, *lx.STATE_VERBS)


def only_verbs(core: str) -> bool:
    """Whether a clause's words before its number are only verbs of work and their adverbs (基本建成, 开工)."""
    rest = strip_words(core, _LEADS_AND_WORK, WORK_VERBS)
    return rest in WORK_VERBS or core in WORK_VERBS


def _object_of(subject: str) -> str:
    """What a previous clause's subject names without its verbs (新开工保障性安居工程 -> 保障性安居工程), or ""."""
    thing = strip_words(subject, _LEADS_AND_WORK, ())
    return thing if thing != subject and len(thing) >= 2 else ""


#: Fewest characters of an indicator without its verbs that name a measure (the align stage's KEY_MIN).
NAME_MIN: Final = 3


def _thing_of(indicator: str) -> str:
    """What an indicator counts without the verbs of work around it (城镇保障性住房基本建成 -> 城镇保障性住房), or ""
    when nothing but verbs is left."""
    thing = strip_words(indicator, _LEADS_AND_WORK, _WORK_AND_LEADS)
    return thing if thing != indicator and len(thing) >= 2 and not only_verbs(thing) else ""


def _bare_measure(core: str) -> str:
    """A clause's words before its number when they are only a short measure and its verbs (产量达到 -> 产量)."""
    measure = strip_words(core, (), _WORK_AND_STATE)
    return measure if measure in lxn.SHORT_MEASURES else ""


def _short_measure(core: str) -> str:
    """A two-character measure a list item names alone (产量), maybe after the year it is of (年度产量), or ""."""
    core = strip_words(core, lxn.YEAR_OF_MEASURE, ())
    return core if len(core) == 2 and core in lxn.SHORT_MEASURES else ""


def _share_of(core: str) -> bool:
    """Whether a clause's words open on the share of a whole (占全国比重, 2012年占国内生产总值比例), naming no thing."""
    core = _YEAR_HEAD.sub("", core)
    return (
        core.startswith(lxn.SHARE_OF)
        and core not in (lxn.SHARE_OF, lxn.LAND_TAKEN)
        and not core.startswith(lxn.NOT_SHARE_OF)
    )


def _owner(context: str) -> str:
    """Whose measure the previous clause gave (地产蔬菜种植面积 -> 地产蔬菜), or "" when it names no short measure."""
    for measure in sorted(lxn.SHORT_MEASURES, key=len, reverse=True):
        at = context.rfind(measure)
        if at >= 2:
            owner = strip_words(context[:at], (), lxn.MEASURE_PREFIXES)
            return owner if len(owner) >= 2 else ""
    return ""


def _short_subject(left: str, core: str, verb: str) -> str:
    """A short subject of a number with its clause's verb: the verb of an earlier item in front (新建公厕10座、
    充电桩1000个: 新建充电桩), but a subject's own verb, after it or in it, not again (算力规模突破10万P: 算力规模,
    not 突破算力; 新开工700万套: 新开工, not 开工新开工), and the measure noun it names kept."""
    at = left.rfind(core) if core else -1
    if not verb or verb in core or (at >= 0 and left.find(verb, at + len(core)) >= 0):
        named = clean(left, keep_measure=True)
        return named if len(named) > len(core) and named.endswith(lxn.MEASURE_NOUNS) else core
    return verb + core


#: Rate and action verbs, longest first (a stable sort: equal lengths keep the lexicon's order).
TRAILING_VERBS: Final = tuple(sorted(lx.RATE_WORDS + lx.ACTION_VERBS, key=len, reverse=True))
_TRAILING_BY_LAST: Final = {w[-1]: tuple(v for v in TRAILING_VERBS if v.endswith(w[-1])) for w in TRAILING_VERBS}


@lru_cache(maxsize=16384)
def subject_of(indicator: str) -> str:
    """The indicator without its trailing verb: 地区生产总值增长 -> 地区生产总值."""
    for word in _TRAILING_BY_LAST.get(indicator[-1:], ()):  # only these can end it, in the same order
        if indicator.endswith(word) and len(indicator) > len(word) + 1:
            return indicator[: -len(word)]
    return indicator


def indicators(
    text: str, seg: Span, qs: list[Quantity], context: str = "", subjects: Sequence[str] = ()
) -> list[tuple[Quantity, str, str]]:
    """(quantity, indicator, action) for each kept quantity of a segment.

    A 分别 list gives each number its own subject; a 均 list (参保率均达97%) gives one number to each
    subject; ``context`` is the subject of the sentence's previous number, for a bare "增长5%";
    ``subjects`` are the previous clause's listed subjects, for a 均 without its own list
    (办理人大代表建议71件、政协提案90件，满意率均达100%).
    """
    segtext = seg.slice(text)  # indicators are cut from the source text, so they read as written
    head = segtext[: qs[0].span.start - seg.start]
    jun = _SHARED_JUN.search(head)  # 均达, not 人均, 年均 or 均值
    if jun and len(qs) == 1 and len(subjects) > 1 and not re.search(f"[{lxn.ITEM_JOINERS}]", head[: jun.start()]):
        measure = clean(head[: jun.start()])
        return [(qs[0], subject + measure, action_of(head[jun.start() :])) for subject in subjects]
    gaps = [text[a.span.end : b.span.start] for a, b in itertools.pairwise(qs)]
    listed = distributed(head, qs, gaps, subjects)
    if listed:
        return listed
    first = clean(window(head))
    names_after = False
    number_first = (
        len(first) <= 3
        or (
            first.endswith(lx.ACTION_VERBS)
            and bool(noun_after(text, qs[0], qs[1].span.start if len(qs) > 1 else seg.end))
        )
        or (names_after := _names_after(gaps))
    )
    out: list[tuple[Quantity, str, str]] = []
    shared, said = "", False
    prev_end = seg.start
    for i, q in enumerate(qs):
        end = qs[i + 1].span.start if i + 1 < len(qs) else seg.end
        left = text[prev_end : q.span.start]
        continuation = i > 0 and bool(re.match(rf"^[{lxn.LIST_JOINERS}]|^\s*$", left))
        if number_first and i > 0:
            continuation = bool(re.search(rf"[{lxn.LIST_JOINERS}]\s*$", left))  # 17所中小学、13所幼儿园
        left = window(_own_item(left))
        core = _EXAMPLES.sub("", clean(left))  # 大数据、集成电路等数字经济核心产业: the examples name the class
        if len(re.sub(rf"\d+(?:\.\d+)?\S?{lxn.KIND_MEASURE}?", "", core)) <= 3:
            core = re.sub(
                rf"\d+(?:\.\d+)?\S?{lxn.KIND_MEASURE}?$", "", core
            )  # 实施10大类55项民生实事: 10大类 qualifies the list
        action = action_of(left) or shared
        if i == 0 or not continuation:
            shared, said = action or shared, not number_first and _said_of(left, action)
        # a verb said of the item before's subject (A突破1万家、B…) or an item's own verb (、实施再开发5.6万亩) is not
        # lent; an item of verbs only (、新开工42个) needs the item before's words
        lent = not (said or _own_verb(left)) or number_first or only_verbs(core)
        lend = shared if lent or not continuation else ""
        noun = noun_after(text, q, end) if number_first or len(core) <= 3 else ""
        if names_after:
            # 14块绿地布景造园、60个既有小区补绿增绿和5000亩三山绿化等工程: each name ends at the list's mark
            noun = noun.rstrip(lxn.ITEM_JOINERS)
            named = noun.split(lxn.LIST_CLOSER)[0]
            noun = named if len(named) >= 2 else noun  # 等 of 一等奖 closes no list
            core = "" if i == 0 and re.search(rf"[{lxn.ITEM_JOINERS}]$", left) else core
        if number_first and not noun and i + 1 < len(qs) and _LIST_GAP_ONLY.fullmatch(text[q.span.end : end]):
            # 完成3800户、58万平方米棚户区改造: the last figure's noun is every figure's
            noun = noun_after(text, qs[-1], seg.end)
        if not noun and q.unit == "%" and len(share_of := noun_after(text, q, end)) >= _SHARE_NOUN_MIN:
            core += share_of  # 城市建成区50%以上面积达到海绵城市建设标准: the share is of the 面积 that…
        if i > 0 and out and _TIME_ONLY.fullmatch(core):
            indicator = _TIME_HEAD.sub("", out[-1][1]) or out[-1][1]  # 4月…超过200个、年底超过260个: the same measure
        elif (_copula(core, noun) or not (core or noun) or _crossed_only(core, noun)) and context:
            indicator = context  # 地区生产总值增长20%，达到282亿元 (or 突破1600亿斤大关): the same thing's level
        elif (
            i == 0
            and not noun
            and context
            and core not in lx.RATE_WORDS
            and only_verbs(core)
            and (thing := _object_of(context))
        ):
            indicator = core + thing  # 新开工保障性安居工程666万套，基本建成544万套: the same things, further on
        elif (
            core
            and context
            and (bare := strip_words(core, lxn.MEAN_RATE_PREFIXES, ())) == action_of(bare)
            and bare in lx.RATE_WORDS
        ):
            indicator = context + core  # 地区生产总值60199亿元、(年均)增长5%: the growth of the same thing
        elif context and not noun and _share_of(core):
            # 国家财政性教育经费支出五年累计…，2012年占国内生产总值比例达到4%: the same thing's share
            indicator = strip_words(context, (), lx.TOTAL_WORDS) + core
        elif core in lxn.BARE_SHARES and context and not noun:
            indicator = context + core  # 新能源和清洁能源装机…达到9048万千瓦，占比55.1%: the share of the same thing
        elif core.endswith(lxn.LIST_CLOSER) and (examples := noun_after(text, q, end)):
            # 省联投、省交投等6家地方国企进入中国企业500强: the names are examples; a short kind (建成临沂至滕州等15个
            # 项目) keeps its verb
            indicator = examples if len(examples) >= NAME_MIN or action in examples else action + examples
        elif continuation and out and (short := _short_measure(core)) and not noun:
            indicator = out[-1][1][:2] + short  # 粮食播种面积1266.6万亩、(年度)产量514.4万吨: 粮食产量
        elif i == 0 and context and not noun and (owner := _owner(context)) and _bare_measure(core):
            indicator = owner + _bare_measure(core)  # 蔬菜种植面积达到2万亩，产量达到15万吨: 蔬菜产量
        elif continuation and out and q.unit == lxt.MONEY_UNIT and out[-1][0].unit in lxt.COUNT_UNITS and len(core) > 1:
            # 实施省重点项目1550个、年度计划投资7150亿元: the amount is the projects'
            things = strip_words(out[-1][1], lx.ACTION_VERBS, ())
            indicator = core if things in core else things + core
        elif number_first and continuation and noun:
            indicator = lend + noun  # 培养引进10名战略科学家、100名科技领军人才
        elif continuation and out and not noun and (whole := _whole_of(out[-1], q, core)):
            indicator = whole  # 新增国家级农业龙头企业16家、总数达到98家: 国家级农业龙头企业总数
        elif continuation and out and not noun and only_verbs(core) and (thing := _thing_of(out[-1][1])):
            indicator = thing + core  # 城镇保障性住房基本建成470万套、新开工630万套: the same things, another stage
        elif len(core) <= 3 or (number_first and i == 0 and noun):
            base = core if core and core != action else ""
            if number_first and i == 0:
                base = "" if _bound_only(core) else core  # 超70万人次接受培训: a bound, not what is counted
            indicator = (lend if continuation else "") + base + noun if noun else _short_subject(left, core, lend)
        else:
            indicator = (lend if continuation and lend not in core else "") + core
            tail = noun_after(text, q, end)
            if q.unit not in _NON_ADDITIVE_UNITS and len(tail) >= 2 and _THING.match(tail):
                indicator += tail  # the thing counted follows its number (治理1411条背街小巷)
        out.append((q, indicator or core or q.unit, action))
        context = subject_of(out[-1][1])
        prev_end = q.span.end
    return out


_HAN: Final = re.compile(r"[\u4e00-\u9fff]+")


_ITEM_LEADS: Final = (*lxn.MILESTONE_LEADS, *lx.ACTION_VERBS)
#: Longest list item that is only a name sharing the next item's verb (奋斗镇、建设办建成蔬菜大棚700亩).
_NAME_ONLY_MAX: Final = 3


def _own_item(left: str) -> str:
    """The words before a figure from the list item that holds it, when that item opens on its own verb and names its
    own measure (做实打响“旅居云南”新品牌、力争旅居人数达600万: 力争旅居人数达; 开通3条地铁新线、新增运营里程30公里:
    新增运营里程): the words before the list mark are another item's. Verbs sharing one object (新建、改造高标准农田),
    names sharing one verb (奋斗镇、建设办建成) and a bare measure that needs the item before (推进2000个省级重点项目、
    完成投资9800亿元) keep the whole.

    >>> _own_item("做实打响“旅居云南”新品牌、力争旅居人数达"), _own_item("新建、改造高标准农田")
    ('力争旅居人数达', '新建、改造高标准农田')
    >>> _own_item("推进省级重点项目、完成投资")
    '推进省级重点项目、完成投资'
    """
    head, mark, item = left.rpartition(lxt.ENUMERATION_MARK)
    if not (mark and item.startswith(_ITEM_LEADS)) or len(other := clean(head)) <= _NAME_ONLY_MAX or only_verbs(other):
        return left
    thing = strip_words(clean(item), _LEADS_AND_WORK, WORK_VERBS)
    return item if len(thing) >= NAME_MIN and not only_verbs(thing) else left


def _whole_of(before: tuple[Quantity, str, str], q: Quantity, core: str) -> str:
    """The total of the things the list item before added (新增新能源装机1258万千瓦、总量达到6437万千瓦: 新能源装机总量;
    新增地铁运营里程43公里、总里程达到879公里: 地铁运营总里程) when an item names only a whole, or ""."""
    things = strip_words(before[1], _LEADS_AND_WORK, ())
    if core not in lxn.BARE_TOTALS or before[0].dimension != q.dimension or things == before[1] or len(things) < 2:
        return ""
    part = lxn.WHOLE_WORDS.get(core, "")
    return (things.removesuffix(part) if part and len(things) > len(part) + 1 else things) + core


def _bound_only(core: str) -> bool:
    """Whether the words before a figure are only its bound (超, 近, 约), not a verb taking the thing after it."""
    return core in lx.PREFIX_COMPARATORS and core not in lxn.OBJECT_COMPARATORS


def _said_of(left: str, verb: str) -> bool:
    """Whether a list item's verb comes after the words it is said of, right before its figure (高新技术企业突破1万家,
    粮食播种面积稳定在100万亩, 职业技能培训20万人次): that item's own, which the next item, naming its own thing, does
    not borrow; a verb before its object (新建公厕10座、充电桩1000个) is the items' shared verb."""
    words = strip_words(left, lx.INDICATOR_STOP_PREFIXES, ())
    at = words.rfind(verb) if verb else -1
    rest = words[at + len(verb) :].strip(_TRIM)
    return at >= NAME_MIN - 1 and (not rest or strip_words(rest, (), lx.INDICATOR_STOP_SUFFIXES) in _STOP_SUFFIX_SET)


def _own_verb(left: str) -> bool:
    """Whether a list item's words have a verb of their own: opening them (实施再开发), or a level or change said of
    their subject right before the figure (总量达到), not a verb of work after its object (无障碍改造), a noun."""
    own = action_of(left)
    words = strip_words(left, lx.INDICATOR_STOP_PREFIXES, ())
    if words.endswith(_LEVEL_VERBS) and len(words) - max(len(w) for w in _LEVEL_VERBS if words.endswith(w)) >= 2:
        return True  # 全市公园总数达: its own subject and level verb, whether or not an action word
    return bool(own) and (words.startswith((own, *WORK_VERBS)) or (own in _PREDICATE_VERBS and _said_of(left, own)))


_STOP_SUFFIX_SET: Final = frozenset(("", *lx.INDICATOR_STOP_SUFFIXES))
#: Verbs stating a level reached or crossed, right before a figure (达, 稳定在, 突破).
_LEVEL_VERBS: Final = tuple(dict.fromkeys((*lx.STATE_VERBS, *lx.PREFIX_COMPARATORS)))
#: Verbs of a level or a change, said of a measure (突破, 稳定, 增长), not of work done to a thing (改造, 救助).
_PREDICATE_VERBS: Final = frozenset(
    (*lx.RATE_WORDS, *lx.JUN_SHARED_VERBS, *lx.LEVEL_WORDS, *lx.THRESHOLD_VERBS, *lx.STATE_VERBS)
)


#: Copulas that are also the "for" of whom or what a task serves (为380个老旧小区引入物业服务).
_FOR: Final = tuple(w for w in lx.COPULAS if w in lxn.SERVED_PEOPLE_MARKS)


def _copula(core: str, noun: str) -> bool:
    """Whether a figure's clause is only a copula (…，达到282亿元; 失业率为3.79%): not 为 before a figure with the
    thing counted after it, which is whom a task serves (为380个老旧小区引入物业服务)."""
    return core in lx.COPULAS and not (core in _FOR and noun)


def _crossed_only(core: str, noun: str) -> bool:
    """Whether a figure's clause is only a level crossed (突破1600亿斤大关), naming no measure of its own."""
    return core in lx.CROSSED_VERBS and (not noun or noun in lxn.THRESHOLD_NOUNS)


def _names_after(gaps: Sequence[str]) -> bool:
    """Whether figures listed one after another each name their thing after them: every gap between two
    figures is a name, then a list mark (14块绿地布景造园、60个既有小区补绿增绿和5000亩三山绿化), never a mark, then
    a name (城镇新增就业10万人、城镇调查失业率5.5%).

    >>> _names_after(["绿地布景造园、", "既有小区补绿增绿和"]), _names_after(["、城镇调查失业率"])
    (True, False)
    """
    named = [g.strip() for g in gaps]
    return bool(named) and all(
        len(g) > 2 and g[-1] in lxn.ITEM_JOINERS and g[0] not in lxn.LIST_JOINERS and _HAN.fullmatch(g[:-1])
        for g in named
    )


def split_list(text: str) -> list[str]:
    """The items of an enumeration: split at 、, and the last item at a conjunction (A、B和C); a list
    without 、 splits at its conjunction (城镇和农村). A conjunction inside a word (普及率) splits nothing.

    >>> split_list("海洋药物和生物制品、海洋电力、海洋旅游")
    ['海洋药物和生物制品', '海洋电力', '海洋旅游']
    >>> split_list("农村生活污水治理率、自来水普及率和覆盖率")
    ['农村生活污水治理率', '自来水普及率', '覆盖率']
    """
    items = [p for p in text.split(lxt.ENUMERATION_MARK) if p]
    if not items:
        return []
    masked = items[-1]
    for word in lxn.CONJUNCTION_WORDS:
        masked = masked.replace(word, "\0" * len(word))
    m = _CONJUNCTION.search(masked)
    if m is not None and m.start() > 0 and m.end() < len(masked):
        items[-1:] = [items[-1][: m.start()], items[-1][m.end() :]]
    return items


def _marker(head: str) -> re.Match[str] | None:
    """The word that hands the figure to each listed subject (分别, a 均 or 都 before its verb), if any."""
    for m in _DISTRIBUTIVE.finditer(head):
        word = m.group()
        if m.start() and head[m.start() - 1] in lxn.DISTRIBUTIVE_WORDS[word]:
            continue  # 人均, 年均, 首都: part of another word
        after = strip_words(head[m.end() :], lxn.DISTRIBUTIVE_MODALS, ())
        if word == lxn.RESPECTIVELY or not after or after.startswith(_SHARED_VERBS):
            return m
    return None


def distributed(
    head: str, qs: list[Quantity], gaps: Sequence[str] = (), subjects: Sequence[str] = ()
) -> list[tuple[Quantity, str, str]]:
    """One statement per listed subject, or [] when the clause is not such a list.

    A marked list (A、B均增长8%; A、B分别增长6%、8%; A、B排放量都要减少2%) gives each subject its figure;
    an unmarked list gives each subject a shared rate or share (A、B增长4%左右), never a shared count,
    which is the items' sum (新建A、B工厂100家); a contracted subject (城乡) listed with one figure per
    member is expanded (城乡居民收入增长5%、7%). ``gaps`` are the texts between consecutive figures;
    ``subjects`` the previous clause's listed subjects, for a 分别 without its own list.

    >>> [ind for _, ind, _ in distributed("二氧化硫、化学需氧量排放量都要减少", [_pct(2)])]
    ['二氧化硫排放量减少', '化学需氧量排放量减少']
    """
    m = _marker(head)
    if m is not None and clean(head[: m.start()]):
        subject, verb = head[: m.start()], head[m.end() :]
    elif m is None:
        subject = strip_words(head, (), _VERB_TAIL)  # 社会消费品零售总额、固定资产投资 | 增长
        verb = head[len(subject) :] if head.startswith(subject) else ""
    elif len(subjects) == len(qs) > 1:
        # 原煤、原油、天然气产量达到…，分别增长9.3%、7.3%、21.2%: the subjects of the clause before
        verb = clean(head[m.end() :])
        return [(q, clean(s) + verb, action_of(verb)) for q, s in zip(qs, subjects, strict=True)]
    else:
        return []
    bare = _BASELINE_LIST.sub("", verb)  # 分别从50%、75%提高至100%: the baselines differ, the target is shared
    one_number = len(qs) == 1 and not re.search(r"\d", bare)
    listed_numbers = len(qs) > 1 and all(_LIST_GAP.match(g) for g in gaps)
    parts = split_list(subject)
    if len(qs) > 1 and len(parts) == len(qs) + 1 and len(subject.split(lxt.ENUMERATION_MARK)) == len(qs):
        parts = subject.split(
            lxt.ENUMERATION_MARK
        )  # 新型研发机构、研发与转化功能型平台分别达到17家、15家: 与 inside a name
    if m is None and not (listed_numbers and len(parts) == len(qs)) and not _shares_rate(subject, verb, parts, qs):
        parts = []
    if m is None and any(re.search(r"\d", p) for p in parts):
        parts = []
    if len(parts) > 1 and (len(parts) == len(qs) or one_number):
        pairs = _distribute(parts, bare)
        quantities = qs if len(qs) == len(parts) else qs * len(parts)
        return [(q, ind, act) for q, (ind, act) in zip(quantities, pairs, strict=True)]
    if (m is not None and m.group() == lxn.RESPECTIVELY and len(qs) > 1) or (m is None and listed_numbers):
        # 城乡居民人均可支配收入分别增长5%和7%: a contracted subject (城乡 = 城镇, 农村) is expanded;
        # otherwise, after 分别, each number keeps the whole name
        name, verb = clean(subject), _verb_of(verb)
        for short, full in lxn.CONTRACTIONS.items():
            if short in name and len(full) == len(qs):
                return [(q, name.replace(short, f, 1) + verb, action_of(verb)) for q, f in zip(qs, full, strict=True)]
        if m is not None:
            return [(q, name + verb, action_of(verb)) for q in qs]
    return []


def _verb_of(words: str) -> str:
    """The verb of listed figures after 分别 (提高到), or only its action when a baseline stands in it (分别从2020年的
    645元/月、4318元/年提高到2025年的: 提高), which names no part of the measure."""
    verb = clean(words)
    return action_of(words) if re.search(r"\d", verb) else verb


def _shares_rate(subject: str, verb: str, parts: list[str], qs: list[Quantity]) -> bool:
    """Whether an unmarked list shares one rate or share (社会消费品零售总额、固定资产投资增长4%左右).

    A count or amount after a list is the items' sum (新建A、B工厂100家), and so is a share of the group
    (水电、风电、光伏发电量占比达43.3%); the list must name a measure (总额, 参保率, 增速).
    """
    if len(qs) != 1 or qs[0].unit not in _NON_ADDITIVE_UNITS or lxt.ENUMERATION_MARK not in subject or not verb:
        return False
    if any(w in subject + verb for w in lxn.LIST_WHOLE_WORDS) or action_of(parts[0] if parts else ""):
        return False
    measures = (*lxn.MEASURE_NOUNS, *lxn.LIST_ITEM_MEASURES)
    return any(clean(p).endswith(measures) for p in parts) or verb.startswith(lxn.LIST_ITEM_MEASURES)


def _pct(value: float) -> Quantity:
    """A bare percentage, for the examples."""
    return Quantity(value=value, unit="%", dimension="%", text=f"{value}%", span=Span(0, 0))


def _distribute(parts: list[str], verb: str) -> list[tuple[str, str]]:
    """城镇、农村常住居民人均可支配收入 分别 增长 -> 城镇常住居民…增长, 农村常住居民…增长.

    The last item carries the measure they share unless the others name one too (接待游客人次、旅游总花费);
    it starts at a known head word (排放, 常住居民) nearest the others' length, else at their length.
    """
    last = parts[-1]
    # the other items show the length of an item's own name, without a verb the first may carry
    # (改造老旧供热、燃气、排水管网)
    own = [len(strip_words(p, lx.ACTION_VERBS, ())) for p in parts[:-1]]
    width = max(1, round(sum(own) / len(own)))
    starts = [
        at
        for w in lxn.LIST_TAIL_HEADS
        if (at := last.find(w)) > 0 and abs(at - width) <= _TAIL_SHIFT and not any(w in p for p in parts[:-1])
    ]
    if not starts and last.endswith(lxn.RATE_SUFFIX) and len(last) > lxn.RATE_NOUN_LEN + 1:
        starts = [len(last) - lxn.RATE_NOUN_LEN]  # 城市生活垃圾和建筑垃圾利用率: the others are as long or longer
    closer = _CLOSER.search(last, 1)
    if any(clean(p).endswith((*lxn.MEASURE_NOUNS, *lxn.LIST_ITEM_MEASURES)) for p in parts[:-1]):
        width = len(last)  # the items name their own measures (A、B覆盖率和C治理率): the last shares none
    elif closer is not None:
        width = closer.start()  # 均衡性转移支付、县级…奖补资金等增幅: the examples share 等增幅
    elif starts:
        width = min(starts, key=lambda at: (abs(at - width), at))
    tail = last[width:] if len(last) > width + 1 else ""
    heads = [clean(p) for p in parts[:-1]] + [clean(last[:width] if tail else last)]
    if period := _PERIOD_LEAD.match(heads[0]):  # 新雪季接待游客人次、出游总花费: the season is the whole list's
        heads = [h if h.startswith(period.group()) else period.group() + h for h in heads]
    verb = clean(verb)
    return [(f"{h}{tail}{verb}", action_of(verb)) for h in heads]
