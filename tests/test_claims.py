"""The review's blanket claim that the year's main targets were achieved (claims.py), on real report text."""

from __future__ import annotations

from functools import cache

import pytest

import policydiff
from helpers import ROOT
from policydiff.claims import SOURCE, claim_clause, main_block
from policydiff.model import Status
from policydiff.pipeline import read
from policydiff.report import Audit

SEEDS = ROOT / "seeds"


@cache
def audited(plan: str, review: str) -> Audit:
    return policydiff.audit(SEEDS / plan, SEEDS / review)


def sentence_with(file: str, quote: str) -> str:
    """The sentence of a bundled report that holds ``quote``."""
    text = (SEEDS / file).read_text(encoding="utf-8")
    at = text.index(quote)
    start = max(text.rfind(m, 0, at) for m in "。\n") + 1
    return text[start : text.index("。", at) + 1]


@pytest.mark.parametrize(
    ("file", "quote"),
    [
        ("shandong-province-2026.txt", "全年主要目标任务顺利完成"),
        ("national-2013.txt", "全面实现年初确定的主要目标"),
        ("national-2014.txt", "圆满实现全年经济社会发展主要预期目标"),
        ("jiangxi-province-2026.txt", "顺利完成全年经济社会发展主要目标"),
        ("hubei-province-2026.txt", "省十四届人大三次会议确定的主要目标顺利实现"),
    ],
)
def test_claim_clause_finds_an_unhedged_claim(file: str, quote: str) -> None:
    """An adverb of full achievement with 完成 or 实现, before or after the main targets, is the claim's clause."""
    sentence = sentence_with(file, quote)
    span = claim_clause(sentence)
    assert span is not None and span.slice(sentence) == quote


@pytest.mark.parametrize(
    ("file", "quote"),
    [
        ("national-2022.txt", "全年主要目标任务较好完成"),  # hedged
        ("national-2023.txt", "基本完成全年发展主要目标任务"),  # hedged
        ("national-2015.txt", "完成了全年经济社会发展主要目标任务"),  # bare: the opening's formula
        ("hubei-province-2026.txt", "胜利完成“十四五”主要目标任务"),  # several years
        ("anhui-province-2026.txt", "“十四五”规划主要目标顺利完成"),  # several years
    ],
)
def test_claim_clause_refuses_hedged_bare_and_period_claims(file: str, quote: str) -> None:
    """A hedged (较好, 基本), bare (完成了) or several-year (十四五, 规划) claim is no claim about year N's targets."""
    sentence = sentence_with(file, quote)
    span = claim_clause(sentence)
    assert span is None or quote not in span.slice(sentence)


def test_main_targets_without_figures_rest_on_the_claim() -> None:
    """shandong 2025: revenue and unemployment have no 2025 figure; the uncontradicted claim makes them met."""
    audit = audited("shandong-province-2025.txt", "shandong-province-2026.txt")
    claimed = {
        a.commitment.text: v for a, v in zip(audit.alignments, audit.verdicts, strict=True) if a.source == SOURCE
    }
    assert set(claimed) == {"一般公共预算收入增长3%", "城镇调查失业率5.5%左右"}
    assert all(v.status is Status.MET and v.evidence.text == "全年主要目标任务顺利完成" for v in claimed.values())


def test_a_main_target_missed_by_its_figure_voids_the_claim() -> None:
    """hubei 2025: growth 6%左右 is missed by its figure, so 主要目标顺利实现 decides no other main target."""
    audit = audited("hubei-province-2025.txt", "hubei-province-2026.txt")
    block = main_block(audit.plan)
    assert block is not None
    main = [v for v in audit.verdicts if block.start <= v.commitment.span.start < block.end]
    assert Status.MISSED in {v.status for v in main}
    assert Status.NOT_MENTIONED in {v.status for v in main}
    assert not any(a.source == SOURCE for a in audit.alignments)


def test_main_block_is_the_targets_paragraph() -> None:
    """national 2012: the main targets block holds the registered unemployment target and not the deficit."""
    doc = read(str(SEEDS / "national-2012.txt"))
    block = main_block(doc)
    assert block is not None
    text = block.slice(doc.text)
    assert "城镇登记失业率控制在4.6％以内" in text and "财政赤字8000亿元" not in text
