"""The redline's tokens: numbers with their units and words are never cut, by the diff or its cleanup."""

from __future__ import annotations

from helpers import seed
from policydiff.pipeline import read
from policydiff.redline import blocks, redline, tokens, vocabulary


def test_numbers_with_units_are_atomic_tokens() -> None:
    """7.5% and 1200万人以上 are single tokens; Chinese text without a vocabulary is split into characters."""
    assert tokens("增长7.5%，就业1200万人以上") == ["增", "长", "7.5%", "，", "就", "业", "1200万人以上"]


def test_redline_replaces_whole_numbers() -> None:
    """A change from 7% to 7.5% is one deletion and one insertion, never 7 + .5."""
    ops = redline("地区生产总值增长7%左右。", "地区生产总值增长7.5%左右。")
    assert (-1, "7%左右") in ops and (1, "7.5%左右") in ops
    assert "".join(t for op, t in ops if op <= 0) == "地区生产总值增长7%左右。"


def test_words_are_kept_whole() -> None:
    """推进 -> 推动 is a replaced word, not 进 -> 动, with the words given or found recurring in the texts."""
    before = "加快推进城市更新行动，推进老旧小区改造。"
    after = "加快推动城市更新行动，推进老旧小区改造。"
    for vocab in (None, frozenset({"推进", "推动", "城市", "更新"})):
        ops = redline(before, after, vocab=vocab)
        assert (-1, "推进") in ops and (1, "推动") in ops, ops
        assert [t for op, t in ops if op == 0] == ["加快", "城市更新行动，推进老旧小区改造。"]


def test_vocabulary_skips_runs_around_joining_characters() -> None:
    """发展的 is no word (的 joins), 高质量 is one when it recurs."""
    words = vocabulary(["推动高质量发展的关键。高质量发展的要求。高质量发展的路径。"])
    assert "高质量" in words and "发展的" not in words and "的关键" not in words


def test_the_plan_is_cut_into_its_sections() -> None:
    """National 2022's plan part: the two top sections and the nine tasks of 三, each with its paragraphs;
    a heading on its own line is no paragraph of its section."""
    doc = read(seed("national-2022"))
    found = blocks(doc)
    assert len(found) == 11 and found[2].heading.startswith("（一）")
    assert all(p.slice(doc.text).strip() != found[2].heading for p in found[2].paragraphs)
