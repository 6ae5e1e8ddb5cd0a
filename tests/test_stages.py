"""Named projects decided by their stage (policydiff.stages), on clauses quoted from the reports in seeds/."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import mini_report
from policydiff.align import align
from policydiff.extract import clauses, extract
from policydiff.judge import judge_one
from policydiff.model import Commitment, Outcome, Status, Verdict
from policydiff.parse import parse
from policydiff.stages import (
    NAME_MIN,
    Stage,
    _longest_common,
    _name_chars,
    decide_stage,
    reached_stage,
    shared_name,
    stages_in,
)


def verdict(plan: str, review: str, target: str, next_plan: str = "") -> Verdict:
    """The verdict on the commitment with figure ``target`` of a one-clause plan, against a review (and plan)."""
    plan_doc = parse(mini_report(plan, year=2014))
    review_doc = parse(mini_report(next_plan or "全年地区生产总值增长8%。", review=review, year=2015))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    found = align(commitments, outcomes, clauses(review_doc), clauses(review_doc, side="review"))
    a = next(a for a in found if a.commitment.quantity is not None and a.commitment.quantity.text == target)
    return judge_one(a)


def test_approval_is_short_of_a_start() -> None:
    """确保大唐700万吨露天矿一季度完成核准并开工建设 <- 大唐700万吨露天矿完成项目核准 (hailaer 2014/2015): missed."""
    v = verdict(
        "确保大唐700万吨露天矿一季度完成核准并开工建设。",
        "重点项目推进顺利，大唐700万吨露天矿完成项目核准。",
        "700万吨",
    )
    assert v.status is Status.MISSED and "核准" in v.reason and "开工" in v.reason
    assert v.evidence is not None and v.evidence.text == "大唐700万吨露天矿完成项目核准"


def test_a_repeated_size_is_the_name_not_an_outcome() -> None:
    """大唐700万吨露天煤矿…等项目前期工作扎实推进 (hailaer 2013) repeats the size in the name: 前期 < 开工, missed."""
    v = verdict(
        "要加快大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目的推进，确保按期开工建设。",
        "大唐700万吨露天煤矿、400万吨褐煤提质、5万千瓦风电等项目前期工作扎实推进。",
        "700万吨",
    )
    assert v.status is Status.MISSED and "前期" in v.reason


def test_a_stage_reached_is_met() -> None:
    """A review at the promised stage or beyond is met (亘富200万吨褐煤提质项目 开工 <- 主体完工)."""
    v = verdict(
        "亘富200万吨褐煤提质项目年内开工建设。", "华润雪花啤酒迁建、亘富200万吨褐煤提质项目主体完工。", "200万吨"
    )
    assert v.status is Status.MET


def test_another_size_is_another_project() -> None:
    """400万吨褐煤提质 (hailaer 2013) is not decided by 亘富200万吨褐煤提质一期工程完工 (hailaer 2014)."""
    v = verdict("400万吨褐煤提质建成投产。", "亘富200万吨褐煤提质一期工程完工。", "400万吨")
    assert v.status is Status.NOT_MENTIONED


def test_a_count_is_no_named_project() -> None:
    """建成投运4个国家区域医疗中心 (gansu 2025) counts centres: a stage decides no count."""
    v = verdict("建成投运4个国家区域医疗中心。", "4个国家级区域医疗中心建设进展顺利。", "4个")
    assert v.status is Status.NOT_MENTIONED


def test_the_ladder_and_its_hedges() -> None:
    """主体完工 outranks 开工; 即将建成 reaches nothing; under way decides only a promise to finish."""
    assert [s.rank for s in stages_in("已进入国家核准程序，主体完工")] == [0, 3]
    assert reached_stage("其余2个即将建成") is None
    under_way = reached_stage("公共服务项目进展顺利")
    assert under_way is not None and under_way.rank < 0
    assert decide_stage(Stage(5, "投产"), under_way) is False
    assert decide_stage(Stage(2, "开工"), under_way) is None
    assert decide_stage(Stage(5, "投产"), Stage(4, "建成")) is None  # built, not said to be in use


def test_a_cost_clause_promises_the_stage_of_the_projects_after_it() -> None:
    """投资1亿元，启动实施黑羊站水厂改扩建工程 <- …改扩建工程开工建设 (hailaer 2015/2016): the start promised, met."""
    v = verdict(
        "投资1亿元，启动实施黑羊站水厂改扩建工程。",
        "投资1.15亿元的黑羊站水厂改扩建工程开工建设。",
        "1亿元",
    )
    assert v.status is Status.MET and "启动实施" in v.reason


def test_a_finished_project_meets_a_promise_without_a_stage() -> None:
    """沿河5.3公里道路的建设任务 <- 伊敏河沿河道路工程实现全线贯通 (hailaer 2015/2016): named around its size."""
    v = verdict(
        "完成景观改造26万平方米、沿河5.3公里道路的建设任务。",
        "投资4500万元的伊敏河沿河道路工程实现全线贯通。",
        "5.3公里",
    )
    assert v.status is Status.MET and "全线贯通" in v.reason


def test_a_project_under_way_decides_no_promise_without_a_stage() -> None:
    """Without a promised stage, a review only saying the project moves on (进展顺利) decides nothing."""
    v = verdict(
        "完成景观改造26万平方米、沿河5.3公里道路的建设任务。",
        "投资4500万元的伊敏河沿河道路工程进展顺利。",
        "5.3公里",
    )
    assert v.status is Status.NOT_MENTIONED


def test_a_class_of_channel_is_no_commitment() -> None:
    """北海铁山港20万吨级航道 (guangxi 2025) is a class of channel, no figure to deliver: it cannot be decided by
    …20万吨级散货泊位…建成运营 (guangxi 2026), a berth of the same class."""
    with pytest.raises(StopIteration):
        verdict(
            "推进防城港30万吨级进港航道、北海铁山港20万吨级航道、桂江航道等水运项目。",
            "北海铁山港20万吨级散货泊位等7个港航项目建成运营。",
            "20万吨",
        )


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="大唐露天矿项目建设工程卫生室村级7万吨", max_size=24),
    st.text(alphabet="大唐露天矿项目建设工程卫生室村级7万吨", max_size=24),
)
def test_shared_name_prefilter_changes_nothing(item: str, clause: str) -> None:
    """Skipping texts without a run of NAME_MIN characters in common finds the names the longest common run finds."""
    run = _longest_common(item, clause)
    assert shared_name(item, clause) == (run if _name_chars(run) >= NAME_MIN else "")


@pytest.mark.parametrize(
    ("plan", "review", "found"),
    [
        ("hailaer-district-2015", "hailaer-district-2016", True),
        ("hailaer-district-2012", "hailaer-district-2013", True),
        ("hailaer-district-2014", "hailaer-district-2015", True),
        ("neimenggu-province-2025", "neimenggu-province-2026", False),
        ("shanghai-municipality-2022", "shanghai-municipality-2023", False),
    ],
)
def test_stage_evidence_reads_the_clauses_an_index_finds_as_a_scan_would(
    plan: str, review: str, found: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stage_evidence reads only the review clauses sharing a run of NAME_MIN characters with a project's name;
    with every clause offered, as the scan over the whole review was, each commitment (figures and milestones)
    gets the same evidence, verdict and stages (in the district's reports, some get one)."""
    from helpers import seed
    from policydiff import stages
    from policydiff.milestones import milestones
    from policydiff.pipeline import read

    plan_doc, review_doc = read(seed(plan)), read(seed(review))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    commitments += list(milestones(plan_doc))
    review_clauses = clauses(review_doc, side="review")
    indexed = [stages.stage_evidence(c, review_clauses) for c in commitments]
    every_clause = stages._clause_index(review_clauses)[0]

    def scan(review: object) -> tuple[list[tuple[Outcome, str]], dict[str, list[int]]]:
        return every_clause, _AllRuns(len(every_clause))

    monkeypatch.setattr(stages, "_clause_index", scan)
    assert [stages.stage_evidence(c, review_clauses) for c in commitments] == indexed
    assert any(e is not None for e in indexed) is found


class _AllRuns(dict[str, list[int]]):
    """An index that offers every clause for any run: the scan over the whole review."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def get(self, key: str, default: object = None) -> list[int]:  # type: ignore[override]
        return list(range(self.n))
