"""Matching keys: the lookups by a word's first or last character find what trying every word in order finds; one
pair's score is the matrix's."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import seed
from policydiff.align import SCORE_CUTOFF, assign
from policydiff.extract import extract
from policydiff.keys import (
    _KEY_DROP,
    _KEY_TAIL,
    KEY_MIN,
    _drop,
    _strip_tail,
    assign_lazily,
    match_key,
    pair_score,
    score_keys,
    similarity,
)
from policydiff.pipeline import read

#: Characters of the dropped words and tails, so that generated texts hold many of them.
_ALPHABET = "".join(sorted({ch for w in _KEY_DROP[:40] + _KEY_TAIL[:20] for ch in w})) + "农田率"


def slow_drop(text: str, words: tuple[str, ...]) -> str:
    """Every word in order removed wherever it occurs, while the text stays longer than it by two."""
    key = text
    for word in words:
        if len(key) > len(word) + 1:
            key = key.replace(word, "")
    return re.sub(r"[^\w]", "", key) or text


def slow_strip_tail(key: str) -> str:
    """The first tail in order that ends the key and leaves KEY_MIN characters, cut until none does."""
    while tail := next((w for w in _KEY_TAIL if key.endswith(w) and len(key) - len(w) >= KEY_MIN), ""):
        key = key[: -len(tail)]
    return key


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=16))
def test_drop_equals_the_plain_loop(text: str) -> None:
    """Trying only the words whose first character is in the text drops what trying every word drops."""
    assert _drop(text, _KEY_DROP) == slow_drop(text, _KEY_DROP)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=16))
def test_strip_tail_equals_the_plain_scan(text: str) -> None:
    """Trying only the tails that end with the key's last character cuts what scanning every tail cuts."""
    assert _strip_tail(text) == slow_strip_tail(text)


def test_drop_on_real_indicators() -> None:
    """农村自来水普及率提高到 (guangxi-province-2025.txt), 农村卫生厕所普及率达到 (ningxia-province-2025.txt) and
    全年城镇新增就业 (hailaer-district-2012.txt) lose the same words either way."""
    for text in ("农村自来水普及率提高到", "农村卫生厕所普及率达到", "全年城镇新增就业"):
        assert _drop(text, _KEY_DROP) == slow_drop(text, _KEY_DROP)
        assert _strip_tail(text) == slow_strip_tail(text)


def test_pair_score_equals_the_matrix_on_real_keys() -> None:
    """pair_score gives score_keys' figure bit for bit on every pair of keys of hubei-province-2025.txt's plan and
    review and fujian-province-2026.txt's review (the series keys derive compares), short keys and bonuses
    included."""
    keys: set[str] = set()
    for name, side in (
        ("hubei-province-2025", "plan"),
        ("hubei-province-2025", "review"),
        ("fujian-province-2026", "review"),
    ):
        doc = read(seed(name), side=side)
        keys |= {match_key(s.indicator) for s in extract(doc, side=side)}
    ordered = sorted(keys)
    matrix = score_keys(ordered, ordered)
    assert len(ordered) > 300 and 0 < int((matrix >= 85).sum()) < matrix.size
    for i, a in enumerate(ordered):
        for j, b in enumerate(ordered):
            assert pair_score(a, b) == matrix[i, j], (a, b)


def test_every_year_words_are_no_part_of_the_measure() -> None:
    """城镇新增就业每年 (hubei 2026) and 外贸进出口总额连续两年 (shanghai 2023) name the measure the plan names; 年均
    (an average, another number) stays in the key."""
    assert match_key("城镇新增就业每年") == match_key("每年城镇新增就业") == match_key("城镇新增就业")
    assert match_key("外贸进出口总额连续两年") == match_key("外贸进出口总额")
    assert match_key("公共文化机构年均服务群众") != match_key("公共文化机构服务群众")


def test_a_unit_ending_the_measure_is_no_part_of_its_name() -> None:
    """医疗旅游人次86.5万 (hainan 2026) counts the 医疗旅游 of the plan's 接待医疗旅游50万人次; a key too short
    without it (游客人次) keeps it."""
    assert match_key("医疗旅游人次") == "医疗旅游"
    assert match_key("接待游客人次") == match_key("接待游客")
    assert match_key("游客人次") == "游客人次"


def test_a_plans_framing_is_no_part_of_the_measure() -> None:
    """广义货币M2预期增长目标拟定为13%左右 (national 2013) names the M2 增长 the review reports (广义货币M2增长13.6%);
    a goal named as such (节能减排目标) keeps its 目标."""
    assert match_key("广义货币M2预期增长目标拟定") == match_key("广义货币M2增长")
    assert match_key("进出口总额预期增长") == match_key("进出口总额增长")
    assert match_key("节能减排目标") == "节能减排目标"


def test_a_short_key_matches_only_itself_and_never_a_generic_word() -> None:
    """完成置换60万亩 (guizhou 2025) is 完成置换63万亩 (guizhou 2026), 造林120万亩 (xinjiang 2025) 完成造林309万亩
    (xinjiang 2026): a two-character task names its measure, matched only by the same key. 投资 is every project's:
    全年计划投资3亿元 (hailaer 2013) is not decided by 全年完成投资1.7亿元 (hailaer 2014) of some other work."""
    for plan, review in (("完成置换", "完成置换"), ("造林", "完成造林"), ("计划投资", "全年完成投资")):
        assert plan in seed_text(plan_file[plan]) and review in seed_text(review_file[plan])
    assert pair_score(match_key("完成置换"), match_key("完成置换")) == 100.0
    assert pair_score(match_key("造林"), match_key("完成造林")) == 100.0
    assert pair_score(match_key("造林"), match_key("植树造林")) == 0.0
    assert pair_score(match_key("计划投资"), match_key("全年完成投资")) == 0.0
    keys = [match_key(x) for x in ("完成置换", "造林", "计划投资")]
    others = [match_key(x) for x in ("完成置换", "完成造林", "全年完成投资")]
    assert np.diag(score_keys(keys, others)).tolist() == [100.0, 100.0, 0.0]


#: (plan report, plan's indicator, review report, review's indicator) written in other words for one deliverable.
_REWORDED: list[tuple[str, str, str, str]] = [
    # vocational training, counted as the training the government subsidises
    ("liaoning-province-2025", "开展职业技能培训", "liaoning-province-2026", "开展补贴性技能培训"),
    ("qinghai-province-2026", "全年开展职业技能培训", "qinghai-province-2025", "完成补贴性职业技能培训"),
    # a designation created (创建) is one added in the year, as one built (建成)
    ("qinghai-province-2025", "建成绿色工厂", "qinghai-province-2026", "创建省级以上绿色工厂"),
    ("shaanxi-province-2025", "创建“千万工程”示范村", "shaanxi-province-2026", "建成“千万工程”示范村"),
    # an expressway named short (3条高速, 台黑4条高速)
    ("shaanxi-province-2025", "高速", "shaanxi-province-2026", "高速公路建成通车"),
    ("liaoning-province-2025", "台黑4条高速公路提前建成通车", "liaoning-province-2026", "台黑4条高速提前建成通车"),
]


@pytest.mark.parametrize(("plan", "target", "review", "evidence"), _REWORDED)
def test_reworded_deliverable_shares_a_key(plan: str, target: str, review: str, evidence: str) -> None:
    """reworded-outcome: 补贴性(职业)技能培训 is the 职业技能培训 a plan counts, 创建 adds a designation as 建成
    does, 高速 is 高速公路: the review's words name the plan's deliverable (both quoted from the reports)."""
    assert target in seed_text(plan) and evidence in seed_text(review)
    assert similarity(target, evidence) >= SCORE_CUTOFF


@pytest.mark.parametrize(
    ("plan", "target", "review", "evidence"),
    [
        # skilled workers certified are not trainees
        ("hainan-province-2025", "开展补贴性职业技能培训", "hainan-province-2026", "新增技能人才"),
        ("guizhou-province-2025", "高铁通车里程", "guizhou-province-2026", "高速公路通车里程"),  # rail is no road
        ("national-2014", "高速铁路运营里程", "national-2014", "高速公路"),  # 高速铁路 is 高铁, never 高速公路铁路
        ("shaanxi-province-2025", "高速", "shaanxi-province-2026", "高铁加快建设"),
    ],
)
def test_reworded_names_keep_other_things_apart(plan: str, target: str, review: str, evidence: str) -> None:
    """reworded-outcome: the synonyms stop at their deliverable: skilled workers are not trainees, a railway is
    not an expressway."""
    assert target in seed_text(plan) and evidence in seed_text(review)
    assert similarity(target, evidence) < SCORE_CUTOFF


plan_file = {"完成置换": "guizhou-province-2025", "造林": "xinjiang-province-2025", "计划投资": "hailaer-district-2013"}
review_file = {k: v[:-1] + str(int(v[-1]) + 1) for k, v in plan_file.items()}


def seed_text(name: str) -> str:
    with open(seed(name), encoding="utf-8") as f:
        return f.read()


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 6).flatmap(
        lambda n: st.tuples(
            st.lists(
                st.lists(st.sampled_from([0.0, 60.0, 70.0, 75.0, 80.0]), min_size=5, max_size=5), min_size=n, max_size=n
            ),
            st.lists(st.lists(st.sampled_from([0.0, 5.0, 10.0]), min_size=5, max_size=5), min_size=n, max_size=n),
            st.lists(st.lists(st.booleans(), min_size=5, max_size=5), min_size=n, max_size=n),
        )
    )
)
def test_assign_lazily_reads_what_assign_reads(
    case: tuple[list[list[float]], list[list[float]], list[list[bool]]],
) -> None:
    """Scoring lazily, bounds first, gives the assignment of every score, with ties and loose bounds."""
    exact, slack, known = (np.array(m) for m in case)
    out = np.where(known, exact, 0.0)
    pending = [(-float(exact[i, j] + slack[i, j]), 0, i, j) for i, j in zip(*np.nonzero(~known), strict=True)]
    pending = [p for p in pending if -p[0] >= 70.0]

    def score(i: int, j: int) -> float:
        out[i, j] = exact[i, j]
        return float(exact[i, j])

    assign_lazily(score, pending, out, 70.0)
    assert assign(out, 70.0) == assign(exact, 70.0)
