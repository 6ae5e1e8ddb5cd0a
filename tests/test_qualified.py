"""The rule qualified-measure: a commitment qualifying a measure the review states alone."""

from __future__ import annotations

import pytest

from helpers import ROOT
from policydiff.extract import extract
from policydiff.pipeline import read
from policydiff.qualified import _qualifies, qualified_measure, qualified_pairs

SEEDS = ROOT / "seeds"


@pytest.mark.parametrize(
    ("plan_key", "review_key", "unit", "expected"),
    [
        ("下岗失业人员困难人员再就业", "再就业", "人", True),  # a group in front of the measure
        ("新增蔬菜大棚", "新增大棚", "亩", True),  # a kind after a leading word both share
        ("地级城市再生水利用率", "利用率", "%", False),  # a share: the words in front name its subject
        ("再就业", "再就业", "人", False),  # the same key is no qualifier
        ("城镇失业人员再就业", "新增就业", "人", False),  # the review's key does not end the commitment's
        ("新增重点项目", "新增项目", "个", False),  # the measure left is a generic word
    ],
)
def test_qualifies_reads_the_keys(plan_key: str, review_key: str, unit: str, expected: bool) -> None:
    """The review's key must end the commitment's, after a shared leading word, and name a measure alone."""
    assert _qualifies(plan_key, review_key, unit) is expected


def test_qualified_pairs_agree_with_the_pair_test() -> None:
    """The matrix of a real district pair marks exactly the pairs qualified_measure accepts."""
    plan = [s for s in extract(read(str(SEEDS / "hailaer-district-2014.txt")), side="plan") if s.quantity]
    review = [s for s in extract(read(str(SEEDS / "hailaer-district-2015.txt")), side="review") if s.quantity]
    pairs = qualified_pairs(plan, review)
    expected = [[qualified_measure(c, o) for o in review] for c in plan]
    assert pairs.tolist() == expected
    assert pairs.any()
