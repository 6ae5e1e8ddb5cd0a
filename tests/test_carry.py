"""The carry-over rules of policydiff.carry, on clauses quoted from the reports in seeds/."""

from __future__ import annotations

from helpers import mini_report
from policydiff.align import align
from policydiff.extract import clauses, extract
from policydiff.model import Alignment, Commitment, Outcome
from policydiff.parse import parse


def audited(plan: str, next_plan: str, target: str) -> Alignment:
    """The alignment of the commitment with figure ``target`` in a one-clause plan, against a next plan."""
    plan_doc = parse(mini_report(plan, year=2022))
    review_doc = parse(mini_report(next_plan, review="全年地区生产总值增长5%。", year=2023))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    found = [a for a in align(commitments, outcomes, clauses(review_doc)) if a.commitment.quantity]
    return next(a for a in found if a.commitment.quantity is not None and a.commitment.quantity.text == target)


def test_sized_project_named_again_with_another_verb() -> None:
    """sized-project: 实施黑羊站水厂3万吨扩建项目 (hailaer-district-2014.txt) is promised again as 启动实施黑羊站
    水厂改扩建工程 (hailaer-district-2015.txt)."""
    a = audited("实施黑羊站水厂3万吨扩建项目。", "投资1亿元，启动实施黑羊站水厂改扩建工程。", "3万吨")
    assert a.rules == ("sized-project",) and a.outcome is not None and "黑羊站水厂" in a.outcome.text


def test_sized_project_with_the_same_size_in_a_list() -> None:
    """sized-project: the same name and size among other projects (麦多利10万吨大麦芽二期, hailaer 2013)."""
    a = audited(
        "要加快麦多利10万吨大麦芽二期等项目的推进。",
        "加快推进大唐哈克5万千瓦风电、麦多利10万吨大麦芽二期、东电2×35万千瓦热电联产等重点项目前期工作。",
        "10万吨",
    )
    assert a.rules == ("sized-project",)


def test_sized_project_with_another_size_is_another_project() -> None:
    """A project named again with another size of the same kind (黑羊站水厂5万吨) is a new deliverable."""
    a = audited("实施黑羊站水厂3万吨扩建项目。", "实施黑羊站水厂5万吨扩建项目。", "3万吨")
    assert a.outcome is None


def test_quota_without_a_name_is_not_a_sized_project() -> None:
    """A size after a verb alone (新建10公里雨水管网) names no project: promised again, it is a fresh quota."""
    a = audited("新建10公里雨水管网。", "新建10公里雨水管网。", "10公里")
    assert a.outcome is None


def test_named_list_closing_on_a_measured_figure() -> None:
    """named-again: 机场联络线、崇明线、14号线等172公里轨道交通线 (shanghai-municipality-2020.txt) is named again in one
    clause of a sentence whose other clause sets another figure (shanghai-municipality-2021.txt)."""
    a = audited(
        "加快建设机场联络线、崇明线、14号线等172公里轨道交通线。",
        "加快建设崇明线、机场联络线等轨道交通线，建成14号线、18号线部分区段共61公里轨道交通线。",
        "172公里",
    )
    assert a.rules == ("named-again",)


def test_named_list_must_be_the_figures_own() -> None:
    """named-again: a list in another clause than the figure (退耕还林还草、禁牧休牧等工作，完成3万亩…,
    hailaer-district-2016.txt) is not what the figure counts."""
    a = audited(
        "全面推进退耕还林还草、禁牧休牧等工作，完成3万亩退耕还林工程的补植任务。",
        "全面推进河流生态恢复、退耕还林还草、禁牧休牧等生态治理工作。",
        "3万亩",
    )
    assert a.outcome is None
