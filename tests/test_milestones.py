"""Milestone promises without a number: extracted from real plans, found in the review or the next plan."""

from __future__ import annotations

import policydiff
from helpers import seed
from policydiff.milestones import milestones
from policydiff.model import Status
from policydiff.parse import parse
from policydiff.pipeline import read


def test_milestone_list_is_split_into_items() -> None:
    """建成安徽百戏城、省文化馆新馆和非遗展示馆 gives three milestones, each 建成."""
    got = [(m.action, m.indicator) for m in milestones(read(seed("anhui-province-2025")))]
    assert ("建成", "安徽百戏城") in got and ("建成", "省文化馆新馆") in got and ("建成", "非遗展示馆") in got


def test_abstract_goal_is_not_a_milestone() -> None:
    """建成X needs a concrete object (a project, a site); 建成全国统一大市场 is a goal, not a milestone."""
    text = "各位代表：\n一、2024年工作回顾\n全年增长5%。\n二、2025年工作安排\n加快建成全国统一大市场。\n"
    assert milestones(parse(text)) == ()


def test_milestone_met_when_review_says_it_happened() -> None:
    """安徽百戏城 promised 建成 in 2025 is met by the 2026 review's 安徽百戏城建成运营."""
    audit = policydiff.audit(seed("anhui-province-2025"), seed("anhui-province-2026"), qualitative=True)
    (row,) = [r for r in audit.rows if r["indicator"] == "安徽百戏城"]
    assert row["status"] == Status.MET.value and "安徽百戏城建成运营" in row["evidence"]
    assert row["target_value"] is None and "milestone" in row["reason"]


def test_milestones_only_on_request() -> None:
    """Without qualitative=True the audit holds quantified commitments only."""
    audit = policydiff.audit(seed("anhui-province-2025"), seed("anhui-province-2026"))
    assert all(r["target_value"] is not None for r in audit.rows)
