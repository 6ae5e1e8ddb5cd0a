"""The pipeline on the real national 2022 -> 2023 pair: ``policydiff.audit`` from paths or texts, each stage
called alone, the stages composed by hand, and the frozen objects the Audit holds."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import policydiff
from policydiff import align, judge
from policydiff.derive import derive
from policydiff.errors import LoadError, PairError, PolicydiffError, StructureError
from policydiff.extract import clauses, extract
from policydiff.load import load
from policydiff.model import (
    Alignment,
    Commitment,
    Document,
    Outcome,
    SectionKind,
    Status,
    Verdict,
)
from policydiff.parse import parse
from policydiff.report import Audit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PLAN = SEEDS / "national-2022.txt"
REVIEW = SEEDS / "national-2023.txt"


def text_of(path: Path) -> str:
    """A seed report's text, decoded as the library does (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def audit() -> Audit:
    """The audit of the pair from its two paths."""
    return policydiff.audit(PLAN, REVIEW)


@pytest.fixture(scope="module")
def plan_doc() -> Document:
    """Report 2022, loaded and parsed stage by stage."""
    text, path = load(PLAN)
    return parse(text, path=path)


@pytest.fixture(scope="module")
def review_doc() -> Document:
    """Report 2023, loaded and parsed stage by stage."""
    text, path = load(REVIEW)
    return parse(text, path=path)


# -- the whole pipeline --------------------------------------------------------------------------------------


def test_paths_and_texts_give_the_same_rows(audit: Audit) -> None:
    """audit(text, text) gives exactly the rows of audit(path, path), ids included."""
    from_texts = policydiff.audit(text_of(PLAN), text_of(REVIEW))
    assert from_texts.rows == audit.rows
    assert (from_texts.plan.path, from_texts.review.path) == (None, None)
    assert (from_texts.plan.report_year, from_texts.review.report_year) == (2022, 2023)


def test_pathlib_and_str_paths_agree(audit: Audit) -> None:
    """A str path and a pathlib.Path give the same audit."""
    assert policydiff.audit(str(PLAN), str(REVIEW)).rows == audit.rows


def test_audit_accepts_parsed_documents(audit: Audit, plan_doc: Document, review_doc: Document) -> None:
    """Already parsed Documents can be passed instead of paths, with the same result."""
    assert policydiff.audit(plan_doc, review_doc).rows == audit.rows


def test_audit_is_deterministic(audit: Audit) -> None:
    """Two audits of the same pair are equal, verdict for verdict."""
    again = policydiff.audit(PLAN, REVIEW)
    assert again.verdicts == audit.verdicts
    assert again.alignments == audit.alignments


def test_audit_keeps_both_documents_whole(audit: Audit) -> None:
    """The Audit's documents hold each file's exact text and the years of the pair."""
    assert audit.plan.text == text_of(PLAN)
    assert audit.review.text == text_of(REVIEW)
    assert (audit.plan.plan_year, audit.review.reviewed_year) == (2022, 2022)


def test_audit_finds_the_employment_target_met(audit: Audit) -> None:
    """The 1100万人以上 urban jobs target is met on the review's 1206万人."""
    [v] = [v for v in audit.verdicts if v.commitment.quantity and v.commitment.quantity.text == "1100万人以上"]
    assert v.commitment.quantity is not None and v.commitment.quantity.value == 11_000_000
    assert v.status is Status.MET
    assert v.evidence is not None and "1206万人" in v.evidence.text


def test_wrong_order_raises_pair_error() -> None:
    """audit(report 2023, report 2022) raises PairError, a ValueError naming the review side."""
    with pytest.raises(PairError) as info:
        policydiff.audit(REVIEW, PLAN)
    assert isinstance(info.value, ValueError)
    assert info.value.side == "review"
    assert "national-2022.txt" in str(info.value) and "national-2023.txt" in str(info.value)


def test_missing_file_raises_load_error(tmp_path: Path) -> None:
    """A missing plan file raises LoadError naming the plan side and the path."""
    missing = tmp_path / "missing.txt"
    with pytest.raises(LoadError) as info:
        policydiff.audit(missing, REVIEW)
    assert (info.value.side, info.value.path) == ("plan", str(missing))


# -- each stage alone ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["load", "parse", "extract"])
def test_package_names_stay_the_stage_functions(audit: Audit, name: str) -> None:
    """policydiff.load, .parse and .extract are the stage functions, also after an audit imported the stages."""
    first = getattr(policydiff, name)
    assert callable(first) and getattr(policydiff, name) is first


def test_load_alone_returns_text_and_path() -> None:
    """load(path) returns the decoded text and the path; load(text) returns the text and None."""
    text, path = load(PLAN)
    assert (text, path) == (text_of(PLAN), str(PLAN))
    assert load(text) == (text, None)


def test_parse_alone_builds_the_outline(plan_doc: Document) -> None:
    """parse() finds the government, the report year and both a review part (2021) and a plan part (2022)."""
    assert (plan_doc.government, plan_doc.report_year) == ("国务院", 2022)
    review, plan = plan_doc.sections_of(SectionKind.REVIEW), plan_doc.sections_of(SectionKind.PLAN)
    assert review and plan
    assert review[0].heading == "一、2021年工作回顾"
    assert 2021 in plan_doc.review_years
    assert all(s.span.slice(plan_doc.text).startswith(s.heading) for s in (review[0], plan[0]))


def test_parse_alone_rejects_a_text_without_a_plan() -> None:
    """parse() of the review part alone raises StructureError, a PolicydiffError and a ValueError."""
    text = text_of(PLAN)
    with pytest.raises(StructureError) as info:
        parse(text[: text.index("二、2022年")], side="plan")
    assert isinstance(info.value, PolicydiffError) and isinstance(info.value, ValueError)


def test_extract_alone_gives_commitments_with_provenance(plan_doc: Document) -> None:
    """extract(side='plan') gives Commitments in document order whose spans cut their text out of the report."""
    commitments = extract(plan_doc, side="plan")
    assert commitments and all(isinstance(c, Commitment) for c in commitments)
    assert all(c.span.slice(plan_doc.text) == c.text for c in commitments)
    assert [c.span for c in commitments] == sorted(c.span for c in commitments)
    assert any(c.quantity is not None and c.quantity.text == "1100万人以上" for c in commitments)


def test_extract_alone_gives_outcomes_of_the_review(review_doc: Document) -> None:
    """extract(side='review') gives Outcomes from the review part, among them 城镇新增就业1206万人."""
    outcomes = extract(review_doc, side="review")
    assert outcomes and all(isinstance(o, Outcome) for o in outcomes)
    assert all(o.section_kind is SectionKind.REVIEW for o in outcomes)
    assert all(o.span.slice(review_doc.text) == o.text for o in outcomes)
    assert any("1206万人" in o.text for o in outcomes)


def test_align_alone_gives_one_alignment_per_commitment(plan_doc: Document, review_doc: Document) -> None:
    """align.align() returns one Alignment per commitment, in commitment order, each outcome from report N+1."""
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    alignments = align.align(commitments, outcomes, clauses(review_doc, side="next_plan"))
    assert all(isinstance(a, Alignment) for a in alignments)
    assert [a.commitment for a in alignments] == commitments
    for a in alignments:
        if a.outcome is not None:
            assert a.outcome.span.slice(review_doc.text) == a.outcome.text


def test_judge_alone_gives_one_verdict_per_alignment(audit: Audit) -> None:
    """judge.judge() returns one Verdict per Alignment, in order, each with a status and a reason."""
    verdicts = judge.judge(audit.alignments)
    assert all(isinstance(v, Verdict) for v in verdicts)
    assert [v.commitment for v in verdicts] == [a.commitment for a in audit.alignments]
    assert all(v.reason and 0 <= v.confidence <= 1 for v in verdicts)


def test_stages_composed_by_hand_equal_the_pipeline(audit: Audit) -> None:
    """load -> parse -> extract -> align (with derive) -> judge, called one by one, gives the pipeline's verdicts."""
    docs = []
    for path, side in ((PLAN, "plan"), (REVIEW, "review")):
        text, name = load(path, side=side)
        docs.append(parse(text, path=name, side=side))
    plan, review = docs
    commitments = tuple(c for c in extract(plan, side="plan") if isinstance(c, Commitment))
    outcomes = tuple(o for o in extract(review, side="review") if isinstance(o, Outcome))
    baselines = tuple(o for o in extract(plan, side="review") if isinstance(o, Outcome))
    alignments = derive(align.align(commitments, outcomes, clauses(review, side="next_plan")), outcomes, baselines)
    assert judge.judge(alignments) == audit.verdicts


@pytest.mark.parametrize(
    ("plan", "review", "read"),
    [
        ("hubei-province-2025.txt", "hubei-province-2026.txt", True),  # 城镇新增就业 and two more derive from 2024
        ("fujian-province-2025.txt", "fujian-province-2026.txt", True),
        ("anhui-province-2025.txt", "anhui-province-2026.txt", False),  # nothing left to derive from 2024
        ("national-2021.txt", "national-2022.txt", False),
    ],
)
def test_last_years_figures_are_read_only_when_a_derivation_asks(plan: str, review: str, read: bool) -> None:
    """Report N's own review (year N-1's figures) is extracted only when derive needs a baseline; reading it
    before the audit changes no verdict."""
    mine, theirs = (policydiff.pipeline.Extraction(policydiff.pipeline.read(SEEDS / f)) for f in (plan, review))
    lazy = policydiff.audit(mine, theirs)
    assert ("outcomes" in mine._sides) is read
    mine.side("outcomes")
    assert policydiff.audit(mine, theirs).verdicts == lazy.verdicts


# -- frozen values -------------------------------------------------------------------------------------------


def test_audit_is_frozen(audit: Audit) -> None:
    """Assigning to an Audit attribute raises FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        audit.verdicts = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("pick", "name", "value"),
    [
        (lambda a: a.plan, "text", ""),
        (lambda a: a.plan.sections[0], "heading", ""),
        (lambda a: a.verdicts[0], "status", Status.MISSED),
        (lambda a: a.verdicts[0].commitment, "text", ""),
        (lambda a: a.verdicts[0].commitment.span, "start", 0),
        (lambda a: a.alignments[0], "score", 0.0),
    ],
    ids=["document", "section", "verdict", "commitment", "span", "alignment"],
)
def test_held_objects_are_frozen(audit: Audit, pick: object, name: str, value: object) -> None:
    """Every value object the Audit holds refuses assignment with FrozenInstanceError."""
    target = pick(audit)  # type: ignore[operator]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(target, name, value)


def test_collections_are_tuples(audit: Audit) -> None:
    """The Audit's and its Documents' collections are tuples, so they cannot be changed in place either."""
    assert isinstance(audit.verdicts, tuple) and isinstance(audit.alignments, tuple)
    assert isinstance(audit.plan.sections, tuple) and isinstance(audit.review.sections, tuple)
    assert all(isinstance(a.candidates, tuple) for a in audit.alignments)


def test_evolve_makes_a_changed_copy(audit: Audit) -> None:
    """attrs.evolve gives a changed copy and leaves the verdict held by the Audit as it was."""
    v = audit.verdicts[0]
    changed = attrs.evolve(v, reason="checked by hand")
    assert changed.reason == "checked by hand" and changed.commitment is v.commitment
    assert audit.verdicts[0] is v and v.reason != "checked by hand"


def test_stages_compose_as_the_readme_shows() -> None:
    """parse(load(path)) keeps the path; extract, align.align and judge.judge chain on its output."""
    plan = policydiff.parse(policydiff.load(str(PLAN)), side="plan")
    review = policydiff.parse(policydiff.load(str(REVIEW)), side="review")
    assert plan.path == str(PLAN) and plan.report_year == 2022
    commitments = [c for c in policydiff.extract(plan, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in policydiff.extract(review, side="review") if isinstance(o, Outcome)]
    verdicts = policydiff.judge.judge(policydiff.align.align(commitments, outcomes))
    assert len(verdicts) == len(commitments) > 0
    text, path = policydiff.load(str(PLAN))  # still a (text, path) pair
    assert (text, path) == (plan.text, plan.path)


def test_dir_lists_the_lazy_names() -> None:
    """dir(policydiff) lists every name of __all__ (audit and audit_corpus are loaded on first use)."""
    names = dir(policydiff)
    assert set(policydiff.__all__) <= set(names)
    assert {"audit", "audit_corpus", "align", "judge"} <= set(names)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = policydiff.nope  # type: ignore[attr-defined]
