"""Which figures measure one thing: another size of a unit converted, places against people, other counts apart."""

from __future__ import annotations

import math
from functools import cache

import pytest

from helpers import seed
from policydiff.extract import extract
from policydiff.measures import in_target_unit, other_size, other_unit, places_for_people
from policydiff.model import Statement
from policydiff.pipeline import read


@cache
def statements(name: str, side: str) -> tuple[Statement, ...]:
    return extract(read(seed(name)), side=side)  # type: ignore[arg-type]


def statement(name: str, side: str, quote: str, figure: str) -> Statement:
    (found,) = [s for s in statements(name, side) if s.text == quote and s.quantity and s.quantity.text == figure]
    return found


#: (plan report, plan quote, target, review report, review quote, actual, the actual in the target's unit or None)
CASES = [
    # another size of the unit: Gansu's grain target in 亿斤, its outcome in 万吨
    ("gansu-province-2025", "粮食产量稳定在252亿斤以上", "252亿斤以上", "gansu-province-2026", "粮食总产量突破1300万吨",
     "1300万吨", 2.6e10),
    # places against people: jobs as 个 and people as 人 (Hailaer), a quota as 名 and 个 (Liaoning)
    ("hailaer-district-2014", "力争年内新增就业岗位5000个", "5000个", "hailaer-district-2015", "实现城镇新增就业5487人",
     "5487人", 5487.0),
    ("liaoning-province-2025", "新增优质特色普通高中招生计划万名以上", "万名以上", "liaoning-province-2026",
     "增加优质特色普通高中招生计划1.76万个", "1.76万个", 17600.0),
    # visits are not people (Hainan); workshops are not jobs (Yunnan)
    ("hainan-province-2025", "年度开展补贴性职业技能培训10万人次以上、新增技能人才8万人以上", "8万人以上",
     "hainan-province-2026", "新增技能人才39.87万人次", "39.87万人次", None),
    ("yunnan-province-2025", "城镇新增就业50万人以上", "50万人以上", "yunnan-province-2026",
     "建成就业“幸福里”社区106个、就业帮扶车间2448个", "2448个", None),
]  # fmt: skip


@pytest.mark.parametrize(("plan", "quote", "target", "review", "evidence", "actual", "expected"), CASES)
def test_figure_in_the_target_unit(
    plan: str, quote: str, target: str, review: str, evidence: str, actual: str, expected: float | None
) -> None:
    """The statement's figure is written in the target's unit where the two measure one thing, else blocked."""
    c = statement(plan, "plan", quote, target)
    o = statement(review, "review", evidence, actual)
    got = in_target_unit(c, o)
    assert (got is None) is (expected is None) and other_unit(c, o) is (expected is None)
    assert got is None or expected is None or math.isclose(got, expected)


def test_places_for_people_either_way_round() -> None:
    """Places against people is one measure whichever side counts the places; other-size is another rule."""
    c = statement("hailaer-district-2014", "plan", "力争年内新增就业岗位5000个", "5000个")
    o = statement("hailaer-district-2015", "review", "实现城镇新增就业5487人", "5487人")
    assert places_for_people(c, o) and places_for_people(o, c) and not other_size(c, o)
