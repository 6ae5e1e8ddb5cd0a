"""Part of the align stage: the rules that weigh a plan commitment against a statement of report N+1, as data.

A rule is a row of :data:`RULES`: a name, the stage it acts in, its effect, its weight and the phenomenon it
encodes, with positive and negative examples quoted from at least two different reports (file and quote).
``tests/test_rules.py`` runs every example. Effects:

- ``block``: the two figures can never be compared (another unit, a change against a level, a several-year
  total against one year, mutually exclusive groups). Kept hard only where a comparison would be meaningless.
- ``penalty``: the statement is probably about another measure; its similarity loses ``weight`` points.
- ``bonus``: the statement names the commitment in another way; it is raised to the cutoff plus ``weight``.
- ``claim``, ``carry``, ``derive``: how a commitment without a matching figure is still decided (a blanket
  claim, a promise repeated in next year's plan, arithmetic on stated figures); ``weight`` is the score the
  finding is given, where it has one.

Weights are defaults that leave-one-pair-out fitting on the gold audits does not improve on (``tools/fit.py``,
``docs/accuracy.md``); :func:`weights` gives them by name, and ``align(weights=...)`` overrides them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Final, Literal

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.guards import (
    collected,
    contrasted,
    delivers,
    flow_statement,
    is_level,
    joined,
    listed_in,
    lumps_list,
    names_a_size,
    narrowing,
    stock_reached,
    substituted,
)
from policydiff.keys import KEY_MIN, match_key, score_keys
from policydiff.measures import in_target_unit, other_classifier, other_size, other_unit, places_for_people
from policydiff.model import Example, Statement
from policydiff.qualified import qualified_measure
from policydiff.rule_examples import EXAMPLES

Stage = Literal["extract", "align", "derive", "judge"]
Effect = Literal["block", "penalty", "boost", "bonus", "claim", "carry", "derive", "skip", "keep"]


PairTest = Callable[[Statement, Statement], bool]


@attrs.frozen(kw_only=True)
class Rule:
    """One piece of knowledge about how reports are written, with its effect and evidence."""

    name: str
    stage: Stage
    effect: Effect
    weight: float
    doc: str
    #: For pair rules: whether the rule fires on (commitment, statement). None for the stage rules, which
    #: their examples check end to end (the rule's name among the alignment's fired rules).
    test: PairTest | None = None
    positive: tuple[Example, ...] = ()
    negative: tuple[Example, ...] = ()


# --- pair tests: each answers one question about a commitment and a statement with figures ---------------------


def _figures(c: Statement, o: Statement) -> bool:
    return c.quantity is not None and o.quantity is not None


#: A change and a level of an amount further apart than this are surely two numbers (再提高5元 / 提高到84元).
CHANGE_LEVEL_RATIO: Final = 3.0


def rate_against_level(c: Statement, o: Statement) -> bool:
    """A change (增长5%) and a level (达到5%) are different numbers, where either is a share or the two amounts
    are more than CHANGE_LEVEL_RATIO times apart."""
    return c.is_rate != o.is_rate and not _change_near_level(c, o)


def change_against_level(c: Statement, o: Statement) -> bool:
    """A change and a level of an amount within CHANGE_LEVEL_RATIO of each other (减少1232万人 / 再减少农村贫困人口
    1000万人, where the verb stands before the noun and the number reads as a level): probably different numbers,
    but an amount's change is often written either way."""
    return c.is_rate != o.is_rate and _change_near_level(c, o)


def _change_near_level(c: Statement, o: Statement) -> bool:
    q, p = c.quantity, o.quantity
    if q is None or p is None or q.unit in lxt.SHARE_UNITS or p.unit in lxt.SHARE_UNITS:
        return False
    actual = in_target_unit(c, o)
    value = p.value if actual is None else actual
    return q.value > 0 and value > 0 and max(q.value, value) <= CHANGE_LEVEL_RATIO * min(q.value, value)


#: Outcomes more than this many times larger or smaller than the target are another series.
MAGNITUDE_LIMIT: Final = 20.0


def other_magnitude(c: Statement, o: Statement) -> bool:
    """Counts or amounts more than MAGNITUDE_LIMIT times apart measure different things."""
    if not _figures(c, o) or other_unit(c, o):
        return False
    q, p = c.quantity, o.quantity
    assert q is not None and p is not None
    actual = in_target_unit(c, o)  # None for two measure words for single things, compared as written
    if q.unit in lxt.SHARE_UNITS or q.value <= 0 or p.value <= 0:
        return False
    ratio = (p.value if actual is None else actual) / q.value
    return ratio > MAGNITUDE_LIMIT or ratio < 1 / MAGNITUDE_LIMIT


def several_year_total(c: Statement, o: Statement) -> bool:
    """A several-year total or average decides only a cumulative goal, never one year's amount."""
    if not o.total:
        return False
    goal = is_level(c) or any(w in c.text for w in lxn.GOAL_WORDS)
    return not goal or c.indicator.endswith(lxn.ANNUAL_AMOUNTS)


def contrasting(c: Statement, o: Statement) -> bool:
    """Mutually exclusive groups (城镇/农村, 进出口/出口), another numerator of a share, or a per-unit measure."""
    return contrasted(c.indicator, o.indicator)


def addition_against_stock(c: Statement, o: Statement) -> bool:
    """A target named as an addition (新增2家) against a statement that reads as a stock (7家进入500强)."""
    return c.indicator.startswith(lx.FLOW_WORDS) and maybe_stock(c, o)


def level_against_addition(c: Statement, o: Statement) -> bool:
    """A level to reach (达到220家) against a year's addition (新增30家)."""
    return not flow_statement(c) and o.indicator.startswith(lx.FLOW_WORDS) and is_level(c)


def work_against_stock(c: Statement, o: Statement) -> bool:
    """A year's work (建设高标准农田300万亩) against a stock reached (高标准农田达到4808万亩)."""
    return delivers(c) and stock_reached(o)


def _narrowing(c: Statement, o: Statement) -> str:
    return _narrowing_of(c.indicator, o.indicator, c.sentence + c.lead)


@lru_cache(maxsize=65536)
def _narrowing_of(target: str, evidence: str, context: str) -> str:
    """How the evidence's name narrows the target's (see :func:`policydiff.guards.narrowing`), unless it joins
    another group to it; named-in-front and words-inserted both ask, so it is worked out once a pair."""
    kind = narrowing(match_key(target), match_key(evidence), context)
    return "" if not kind or joined(target, evidence) else kind


def named_in_front(c: Statement, o: Statement) -> bool:
    """The statement puts a name in front of the whole measure (跨境电商进出口总额 for 进出口总额): a part."""
    return _narrowing(c, o) == "front"


def words_inserted(c: Statement, o: Statement) -> bool:
    """The statement inserts words inside the measure's name (规上装备工业增加值 for 规上工业增加值)."""
    return _narrowing(c, o) == "inserted"


def swapped_modifier(c: Statement, o: Statement) -> bool:
    """The statement swaps the measure's modifier for another (国家级优势特色产业集群 / 国家级中小企业特色产业集群)."""
    return substituted(match_key(c.indicator), match_key(o.indicator))


def period_passage(c: Statement, o: Statement) -> bool:
    """The statement stands in a several-year passage: weaker evidence for one year."""
    return bool(o.cumulative)


def lumped_list(c: Statement, o: Statement) -> bool:
    """The statement lumps a list together (改造老旧小区、抗震宜居农房等23万户; 交通、能源、水利完成投资5400多亿元):
    one figure for several subjects is weak evidence for one of them."""
    return lumps(o) and not lumps(c)


def lumps(st: Statement) -> bool:
    return lumps_list(st.indicator, closed=False)


def named_selection(c: Statement, o: Statement) -> bool:
    """An addition (新增1个国家级优势特色产业集群) against names counted before a verb of selection
    (延安苹果、汉中中药材入选国家级优势特色产业集群): the year's batch, read as at least as many as are named."""
    return flow_statement(c) and o.action in lxn.NAMED_COUNT_VERBS and o.quantity is not None


def maybe_stock(c: Statement, o: Statement) -> bool:
    """An addition (建设2家) against a statement that does not say it is one, nor that work was done on what it
    counts (改造农村户厕2.1万座, 整治…: the year's work): it may be a stock."""
    return flow_statement(c) and may_be_stock(o)


def may_be_stock(o: Statement) -> bool:
    return not flow_statement(o) and not flow_statement(o, text=True) and o.action not in lxn.WORK_DONE_VERBS


#: Smallest figure whose exact repetition is a sign of the same deliverable: 1 or 2 of a thing recur by chance.
SAME_FIGURE_MIN: Final = 10.0


def same_thing_unit(a: str, b: str) -> bool:
    """Whether two dimensions count alike: the same, or two measure words for single things (3.5万套 / 3.5万户)."""
    return a == b or (a in lxt.THING_CLASSIFIERS and b in lxt.THING_CLASSIFIERS)


def same_figure(c: Statement, o: Statement) -> bool:
    """The statement gives exactly the target's figure in its unit (新建50个养老服务中心 / 新建50个区域养老服务中心),
    or with another measure word for single things (改造3.5万套 / 3.5万户): a report often says a task was done by
    restating its number. Shares and small counts recur by chance, and a
    project's size in its name (700万吨露天矿) recurs whenever the project is named."""
    if not _figures(c, o):
        return False
    q, p = c.quantity, o.quantity
    assert q is not None and p is not None
    actual = in_target_unit(c, o)  # None for two measure words for single things, compared as written
    return (
        (q.value == p.value if actual is None else math.isclose(q.value, actual))
        and (actual is not None or same_thing_unit(q.dimension, p.dimension))
        and q.unit not in lxt.SHARE_UNITS
        and q.value >= SAME_FIGURE_MIN
        and not names_a_size(c)
        and not names_a_size(o)
    )


#: Ratios of the statement's figure to the target's within which it is "near" (the rule near-figure).
NEAR_FIGURE_RANGE: Final = (0.75, 1.5)


def near_figure(c: Statement, o: Statement) -> bool:
    """The statement's figure is near the target's in the same unit, not equal (新建农村供水工程300处 / 完成
    313处), or in another measure word for single things, compared as written, as same-figure compares it
    (技改项目1200项 / 1213个): outcomes are mostly set close to their targets, so a figure near it is likelier the
    outcome than one far off. Shares and small counts are near by chance, and a size in a project's name is no
    outcome."""
    if not _figures(c, o):
        return False
    q, p = c.quantity, o.quantity
    assert q is not None and p is not None
    actual = in_target_unit(c, o)
    if actual is None and same_thing_unit(q.dimension, p.dimension):
        actual = p.value
    return (
        actual is not None
        and not math.isclose(q.value, actual)
        and q.value >= SAME_FIGURE_MIN
        and q.unit not in lxt.SHARE_UNITS
        and NEAR_FIGURE_RANGE[0] <= actual / q.value <= NEAR_FIGURE_RANGE[1]
        and not names_a_size(c)
        and not names_a_size(o)
    )


def listed(c: Statement, o: Statement) -> bool:
    """The statement's enumeration holds every item the commitment lists (…5大支柱产业)."""
    return listed_in(c.text, o.text)


def collective_kinds(c: Statement, o: Statement) -> bool:
    """The statement names collectively the kinds of a thing the commitment lists (改造排水、供水、供热、燃气管网 /
    改造水热气等管网 / 新建改造城镇地下管网)."""
    return collected(c.indicator, o.indicator)


#: Words that end the counted thing after a statement's opening count: a verb of its action, or 等 closing a list.
_THING_ENDS: Final = tuple(
    sorted(
        {*lx.words_meaning(lx.Meaning.ACTION | lx.Meaning.STAGE | lx.Meaning.STOCK | lx.Meaning.COMPLETION)}
        | set(lxn.COUNTED_THING_ENDS),
        key=lambda w: (-len(w), w),
    )
)
_THING_END: Final = re.compile("|".join(re.escape(w) for w in _THING_ENDS))


_CLAUSE_MARKS: Final = f"{lxt.COMMAS}{lxt.COLONS}"


@lru_cache(maxsize=16384)
def counted_thing(text: str, figure: str) -> str:
    """The thing a statement counts when its figure opens its clause and goes on to an action (4911名科技特派员开展入企
    服务 -> 科技特派员; 完成投资2.8万亿元，3920个新投产项目增加产值 -> 新投产项目): the words between the figure and
    the action's verb; "" when it does not open so.

    >>> counted_thing("4911名科技特派员开展入企服务", "4911名"), counted_thing("新增口袋公园318个", "318个")
    ('科技特派员', '')
    """
    at = text.find(figure) if figure else -1
    while at > 0 and text[at - 1] not in _CLAUSE_MARKS:
        at = text.find(figure, at + 1)
    if at < 0:
        return ""
    rest = text[at + len(figure) :]
    start = len(lxn.NEW_MODIFIER) if rest.startswith(lxn.NEW_MODIFIER) else 0
    end = _THING_END.search(rest, start + 1) if start else _THING_END.search(rest)
    thing = rest[: end.start()] if end and end.start() > 0 else ""
    return "" if re.search(rf"[\d{lxn.LIST_JOINERS}]", thing) else thing  # 10所学校、12个专业群: a list, no one thing


def counted_key(o: Statement) -> str:
    """The matching key of the thing ``o`` counts first (:func:`counted_thing`), "" without one. A share that opens
    its clause (90%的化工园区达到…) counts nothing: the measure is the whole clause."""
    q = o.quantity
    if q is None or q.unit in lxt.SHARE_UNITS:
        return ""
    thing = counted_thing(o.text, q.text)
    key = match_key(thing) if thing else ""
    return key if len(key) >= KEY_MIN else ""


def counted_similarity(c: Statement, o: Statement) -> float:
    """How closely the thing ``o`` counts first (:func:`counted_key`) names the commitment; 0 without one, and 0
    where the commitment names a stage (建成投运4个国家区域医疗中心) the statement's action does not reach (4个国家级
    区域医疗中心建设进展顺利): cut off its action, the thing would claim the stage."""
    key = counted_key(o)
    if not key or any(w in c.indicator and w not in o.text for w in lx.STAGE_WORDS):
        return 0.0
    return float(score_keys([match_key(c.indicator)], [key])[0, 0])


def counted_first(c: Statement, o: Statement) -> bool:
    """The statement opens with its count and names the counted thing right after it, where the plan names it
    before its figure (选派企业科技特派员3000名以上 / 4911名科技特派员开展入企服务): that thing names the commitment
    more closely than the whole statement, its action included, does."""
    if not _figures(c, o):
        return False
    return counted_similarity(c, o) > float(score_keys([match_key(c.indicator)], [match_key(o.indicator)])[0, 0])


# fmt: off
_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        name="other-unit", stage="align", effect="block", weight=100.0, test=other_unit,
        doc="figures in units of another dimension cannot be compared",
    ),
    Rule(
        name="other-classifier", stage="align", effect="penalty", weight=10.0, test=other_classifier,
        doc="another measure word for single things (项/个, 部/台, 家/个): the same count or a count of others",
    ),
    Rule(
        name="other-size", stage="align", effect="penalty", weight=5.0, test=other_size,
        doc="another size of the target's unit (万吨 for 亿斤, 公顷 for 亩): compared once converted",
    ),
    Rule(
        name="places-for-people", stage="align", effect="penalty", weight=5.0, test=places_for_people,
        doc="places a person fills counted in 个 (就业岗位, 招生计划) against people counted in 人 or 名",
    ),
    Rule(
        name="rate-vs-level", stage="align", effect="block", weight=100.0, test=rate_against_level,
        doc="a change (增长5%) and a level (达到5%) are different numbers (amounts: more than 3 times apart)",
    ),
    Rule(
        name="change-vs-level", stage="align", effect="penalty", weight=20.0, test=change_against_level,
        doc="a change and a level of an amount near each other (减少1232万人 / 减少贫困人口1000万人)",
    ),
    Rule(
        name="other-magnitude", stage="align", effect="block", weight=100.0, test=other_magnitude,
        doc=f"amounts more than {MAGNITUDE_LIMIT:g} times apart are another series",
    ),
    Rule(
        name="several-year-total", stage="align", effect="block", weight=100.0, test=several_year_total,
        doc="a several-year total or average never decides one year's amount",
    ),
    Rule(
        name="contrasting-groups", stage="align", effect="block", weight=100.0, test=contrasting,
        doc="mutually exclusive groups (城镇/农村, 进出口/出口), another numerator of a share, a per-unit measure",
    ),
    Rule(
        name="addition-vs-stock", stage="align", effect="penalty", weight=20.0, test=addition_against_stock,
        doc="a target named as an addition against a statement that reads as a stock",
    ),
    Rule(
        name="level-vs-addition", stage="align", effect="block", weight=100.0, test=level_against_addition,
        doc="a level to reach against a year's addition",
    ),
    Rule(
        name="work-vs-stock", stage="align", effect="block", weight=100.0, test=work_against_stock,
        doc="a year's work against a stock reached",
    ),
    Rule(
        name="named-in-front", stage="align", effect="penalty", weight=40.0, test=named_in_front,
        doc="the statement puts a name in front of the whole measure: a part of it",
    ),
    Rule(
        name="words-inserted", stage="align", effect="penalty", weight=20.0, test=words_inserted,
        doc="the statement inserts words inside the measure's name: probably a sub-category",
    ),
    Rule(
        name="swapped-modifier", stage="align", effect="penalty", weight=20.0, test=swapped_modifier,
        doc="the statement swaps the measure's modifier for another",
    ),
    Rule(
        name="period-passage", stage="align", effect="penalty", weight=5.0, test=period_passage,
        doc="a statement in a several-year passage is weaker evidence for one year",
    ),
    Rule(
        name="lumped-list", stage="align", effect="penalty", weight=20.0, test=lumped_list,
        doc="a figure that lumps a list together is weak evidence for one of its items",
    ),
    Rule(
        name="named-count", stage="align", effect="bonus", weight=0.0, test=named_selection,
        doc="names listed before a verb of selection (A、B入选X) count the year's X, at least; never a list with 等",
    ),
    Rule(
        name="maybe-stock", stage="align", effect="penalty", weight=10.0, test=maybe_stock,
        doc="an addition against a statement that does not say it is one, nor that work was done (改造, 整治)",
    ),
    Rule(
        name="same-figure", stage="align", effect="boost", weight=40.0, test=same_figure,
        doc="the statement restates the target's figure exactly (not a share, a small count or a size in a name)",
    ),
    Rule(
        name="near-figure", stage="align", effect="boost", weight=15.0, test=near_figure,
        doc="the statement's figure is near the target's (from 3/4 to 3/2 of it; 项 and 个 compared as written): "
        "likelier its outcome",
    ),
    Rule(
        name="listed-enumeration", stage="align", effect="bonus", weight=5.0, test=listed,
        doc="the statement's enumeration holds every item the commitment lists, under the same head noun",
    ),
    Rule(
        name="collective-kinds", stage="align", effect="bonus", weight=5.0, test=collective_kinds,
        doc="the statement names collectively (水热气等管网, 城镇地下管网) the kinds the commitment lists",
    ),
    Rule(
        name="counted-first", stage="align", effect="bonus", weight=0.0, test=counted_first,
        doc="a statement opening with its count (4911名科技特派员开展…) is also scored on the thing it counts, "
        "less this weight",
    ),
    Rule(
        name="qualified-measure", stage="align", effect="bonus", weight=25.0, test=qualified_measure,
        doc="the commitment qualifies a measure (a group, place or kind in front) the statement states alone: "
        "scored on the measure, less this weight",
    ),
    Rule(
        name="completion-claim", stage="align", effect="claim", weight=85.0,
        doc="a review clause says the deliverable was done (如期完成), naming it at least this closely",
    ),
    Rule(
        name="task-claim", stage="align", effect="claim", weight=75.0,
        doc="a review clause says the year's task of a thing was done (完成年度“四类管线”改造任务), no figure: a "
        "claim about the year's quota, naming it at least this closely",
    ),
    Rule(
        name="compared-claim", stage="align", effect="claim", weight=70.0,
        doc="a review clause compares the measure with the year's target, no figure (失业率明显低于年初预期目标): "
        "below meets a cap, above a floor; naming it at least this closely",
    ),
    Rule(
        name="group-claim", stage="align", effect="claim", weight=50.0,
        doc="a blanket claim (15件民生实事全部兑现) about the year's list the plan announced the commitment in",
    ),
    Rule(
        name="members-claim", stage="align", effect="claim", weight=50.0,
        doc="a task claimed done for a counted group named by some members (钢铁、水泥等15个重点行业…如期完成) that "
        "the commitment's list names, with the same verb and noun",
    ),
    Rule(
        name="budget-claim", stage="align", effect="claim", weight=50.0,
        doc="the review says the budget was executed as passed, for the budget's own arrangements",
    ),
    Rule(
        name="main-targets-claim", stage="judge", effect="claim", weight=50.0,
        doc="the review claims, unhedged and for the one year, that the year's main targets were achieved "
        "(全年主要目标任务顺利完成): each main target no figure decided is met, unless one is missed by its figure",
    ),
    Rule(
        name="project-stage", stage="align", effect="claim", weight=80.0,
        doc="the review names a project again and the stage it reached (前期 < 核准 < 开工 < 主体完工 < 完工 < 投产)",
    ),
    Rule(
        name="milestone", stage="align", effect="claim", weight=0.0,
        doc="a milestone without a number (建成X) that the review says happened",
    ),
    Rule(
        name="carry-over", stage="align", effect="carry", weight=0.0,
        doc="next year's plan promises the same deliverable again, with no fresh quota",
    ),
    Rule(
        name="named-again", stage="align", effect="carry", weight=0.0,
        doc="next year's plan names again at least half of the projects the commitment listed",
    ),
    Rule(
        name="sized-project", stage="align", effect="carry", weight=0.0,
        doc="next year's plan names again a project the commitment named with its size, giving it no other size",
    ),
    Rule(
        name="ongoing-set", stage="align", effect="carry", weight=0.0,
        doc="next year's plan counts again the same set under the same head noun, with work under way, no new batch",
    ),
    Rule(
        name="derive-goal", stage="derive", effect="derive", weight=0.0,
        doc="an addition is met exactly when the goal it completes is met",
    ),
    Rule(
        name="derive-sum", stage="derive", effect="derive", weight=0.0,
        doc="two figures in one sentence, each naming half of the commitment, add up",
    ),
    Rule(
        name="derive-change", stage="derive", effect="derive", weight=0.0,
        doc="this year's stock minus last year's, from the plan report's own review",
    ),
    Rule(
        name="derive-growth", stage="derive", effect="derive", weight=0.0,
        doc="this year's level (or the level a five-year review reached, 首次突破700亿元) over last year's",
    ),
    Rule(
        name="derive-grew", stage="derive", effect="derive", weight=0.0,
        doc="the review says the measure rose, and last year's level was already above the target",
    ),
    Rule(
        name="derive-running-total", stage="derive", effect="derive", weight=0.0,
        doc="a stock target <- next year's plan's running total less the addition it plans (累计达8000处 - 新增1000处)",
    ),
    Rule(
        name="derive-current-level", stage="derive", effect="derive", weight=0.0,
        doc="a level target <- the level next year's plan raises from (补助标准由每人每年320元提高到380元)",
    ),
    Rule(
        name="derive-plan-share", stage="derive", effect="derive", weight=0.0,
        doc="an amount target <- the review's share of the year's plan done (完成年计划的118.2%)",
    ),
    Rule(
        name="derive-period-total", stage="derive", effect="derive", weight=0.0,
        doc="an addition <- at least the five-year review's total less last year's stock (232个 - 达到190个)",
    ),
    Rule(
        name="derive-last-year", stage="derive", effect="derive", weight=0.0,
        doc="an amount <- next year's plan's figure less its change over last year (1.62万亿元 - 比去年增加2700亿元)",
    ),
    Rule(
        name="derive-level-change", stage="derive", effect="derive", weight=0.0,
        doc="a change over last year beside its level (1.2万亿元，比去年预算增加4000亿元) <- the level's outcome less"
        " the level less the change",
    ),
)
# fmt: on


def _with_examples(rule: Rule) -> Rule:
    positive, negative = EXAMPLES.get(rule.name, ((), ()))
    return attrs.evolve(rule, positive=positive, negative=negative)


#: Every rule, with its quoted examples (:mod:`policydiff.rule_examples`).
RULES: Final[tuple[Rule, ...]] = tuple(_with_examples(r) for r in _RULES)
#: The rules by name.
BY_NAME: Final[dict[str, Rule]] = {r.name: r for r in RULES}
#: The pair rules of the align stage, hard blocks first (the cheapest reason to stop).
PAIR_RULES: Final[tuple[Rule, ...]] = tuple(
    sorted((r for r in RULES if r.effect in ("block", "penalty", "boost")), key=lambda r: r.effect != "block")
)


def weights(overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Every rule's weight by name, with ``overrides`` applied (unknown names are an error)."""
    out = {r.name: r.weight for r in RULES}
    for name, value in (overrides or {}).items():
        if name not in out:
            raise KeyError(f"no rule named {name!r}")
        out[name] = float(value)
    return out


def blocking(c: Statement, o: Statement) -> Rule | None:
    """The first hard block that keeps ``o`` from ever deciding ``c``, or None."""
    for rule in PAIR_RULES:
        if rule.effect != "block":
            break
        assert rule.test is not None
        if rule.test(c, o):
            return rule
    return None


def fired(c: Statement, o: Statement) -> tuple[Rule, ...]:
    """Every pair rule that fires on (commitment, statement); a hard block ends the list."""
    out: list[Rule] = []
    for rule in PAIR_RULES:
        assert rule.test is not None
        if rule.test(c, o):
            out.append(rule)
            if rule.effect == "block":
                break
    return tuple(out)
