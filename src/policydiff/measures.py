"""Which two figures measure one thing: the same unit, another size of it (252亿斤 against 1300万吨), another
measure word for single things (600部 against 869台), places against the people who fill them (就业岗位5000个
against 城镇新增就业5487人). Input: a commitment and a statement of report N+1; output: whether their figures can be
compared, and the statement's figure in the target's unit. The rules of :mod:`policydiff.rules` are built on it.
"""

from __future__ import annotations

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Statement
from policydiff.quantities import conversion


def _figures(c: Statement, o: Statement) -> bool:
    return c.quantity is not None and o.quantity is not None


def other_unit(c: Statement, o: Statement) -> bool:
    """Figures in units of another dimension (亩 against 个, 人 against 人次) cannot be compared; another size of one
    unit (万吨 for 亿斤, the rule other-size), two measure words for single things (项 and 个, other-classifier) and
    places counted against the people filling them (places-for-people) are only other wordings."""
    if not _figures(c, o):
        return False
    a, b = c.quantity.dimension, o.quantity.dimension  # type: ignore[union-attr]
    return conversion(b, a) is None and not other_classifier(c, o) and not places_for_people(c, o)


def other_size(c: Statement, o: Statement) -> bool:
    """The statement's figure is in another size of the target's unit (1300万吨 for 252亿斤, 公顷 for 亩): compared
    once converted, but a measure a report keeps is seldom written in another unit the next year."""
    if not _figures(c, o):
        return False
    a, b = c.quantity.dimension, o.quantity.dimension  # type: ignore[union-attr]
    return a != b and conversion(b, a) is not None


def places(s: Statement) -> bool:
    """Whether the statement counts places a person fills (就业岗位5000个, 招生计划1.76万个) in 个."""
    q = s.quantity
    return q is not None and q.dimension == lxt.COUNT_UNIT and any(w in s.indicator for w in lxn.PLACE_NOUNS)


def places_for_people(c: Statement, o: Statement) -> bool:
    """Places a person fills counted in 个 against people counted in 人 or 名 (新增就业岗位5000个 / 城镇新增就业5487人,
    招生计划万名 / 招生计划1.76万个): one measure in two measure words. Never 人次 or 户, other counts of people."""
    if not _figures(c, o):
        return False
    a, b = c.quantity.dimension, o.quantity.dimension  # type: ignore[union-attr]
    people = lxn.PEOPLE_UNIT
    return (a == people and places(o)) or (b == people and places(c))


def in_target_unit(c: Statement, o: Statement) -> float | None:
    """The statement's figure written in the target's unit (1300万吨 -> 260亿斤 against 252亿斤), None without
    two figures of one measure."""
    if not _figures(c, o):
        return None
    q, p = c.quantity, o.quantity
    assert q is not None and p is not None
    factor = 1.0 if places_for_people(c, o) else conversion(p.dimension, q.dimension)
    return None if factor is None else p.value * factor


def other_classifier(c: Statement, o: Statement) -> bool:
    """Two different measure words for single things (1200项 技改项目 against 1213个): the same count, worded
    another way, or a count of other things."""
    if not _figures(c, o):
        return False
    a, b = c.quantity.dimension, o.quantity.dimension  # type: ignore[union-attr]
    return a != b and a in lxt.THING_CLASSIFIERS and b in lxt.THING_CLASSIFIERS
