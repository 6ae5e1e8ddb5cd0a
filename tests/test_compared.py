"""Comparisons with the year's target without a figure (compared-claim), on real review sentences."""

from __future__ import annotations

import pytest

from helpers import seed
from policydiff.compared import compared_claim, comparisons, decides
from policydiff.extract import clauses, extract
from policydiff.model import Commitment, Outcome, Sense
from policydiff.pipeline import read

JIANGXI = "去年固定资产投资、社会消费品零售总额、城乡居民人均可支配收入增速和CPI涨幅也未达年初预期"
SHANGHAI = "城镇调查失业率明显低于年初预期目标"


def review_comparisons(name: str) -> dict[str, tuple[tuple[str, ...], str]]:
    doc = read(seed(name))
    return {c.outcome.text: (c.measures, c.direction) for c in comparisons(clauses(doc, side="review"))}


def test_the_measures_compared_and_the_side_they_ended_on() -> None:
    """Each measure listed before the comparison is compared (Jiangxi 2026); one measure alone (Shanghai 2022)."""
    jiangxi = review_comparisons("jiangxi-province-2026")
    measures, direction = jiangxi[JIANGXI]
    assert direction == "below"
    assert measures[-1] == "CPI涨幅" and "社会消费品零售总额" in measures
    assert review_comparisons("shanghai-municipality-2022")[SHANGHAI] == (("城镇调查失业率",), "below")


def test_only_the_years_target_is_compared_with() -> None:
    """低于全国平均 compares with another place's level: no comparison with the year's target in Hebei's or
    Anhui's 2026 reviews, which say how far their measures stand above the national average."""
    for name in ("hebei-province-2026", "anhui-province-2026"):
        assert all("全国" not in text for text in review_comparisons(name))


@pytest.mark.parametrize(
    ("sense", "direction", "met"),
    [
        (Sense.CEILING, "below", True),  # 失业率低于年初预期目标
        (Sense.CEILING, "above", False),
        (Sense.FLOOR, "below", False),  # 收入增速未达年初预期
        (Sense.FLOOR, "above", True),
        (Sense.FLOOR, "better", True),  # 好于年度目标
        (Sense.CEILING, "better", True),
    ],
)
def test_the_sense_decides_which_side_meets(sense: Sense, direction: str, met: bool) -> None:
    assert decides(sense, direction) is met  # type: ignore[arg-type]


def test_a_contrasting_group_is_never_the_measure_compared() -> None:
    """城乡居民人均可支配收入增速 is not the 城镇 target's measure (Jiangxi 2025 plan, 2026 review); CPI涨幅 is the
    居民消费价格涨幅 target's."""
    plan = read(seed("jiangxi-province-2025"))
    found = comparisons(clauses(read(seed("jiangxi-province-2026")), side="review"))
    commitments = [c for c in extract(plan, side="plan") if isinstance(c, Commitment)]
    cpi = next(c for c in commitments if c.text.startswith("居民消费价格涨幅2%"))
    claim = compared_claim(cpi, found, 70.0)
    assert claim is not None and claim[1] == "CPI涨幅"
    urban = next(c for c in commitments if c.quantity is not None and c.indicator.startswith("城镇居民人均"))
    claim = compared_claim(urban, found, 70.0)
    assert claim is None or not claim[1].startswith("城乡")
    assert all(isinstance(c.outcome, Outcome) for c in found)
