"""The lexicon: one table keyed by word, the word lists as views of it, and no Chinese literal in stage code."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Final

import pytest

from policydiff import lexicon_zh as lx
from policydiff.lexicon_zh import WORDS, Meaning, alternation, words_meaning

PACKAGE: Final = Path(__file__).resolve().parents[1] / "src" / "policydiff"
#: Modules that may hold Chinese: the lexicon itself, and the rules' quoted examples (data, not code).
ALLOWED: Final = frozenset(
    {"lexicon_zh", "lexicon_zh_text", "lexicon_zh_names", "lexicon_zh_page", "lexicon_zh_years", "rule_examples"}
)
#: A character of Chinese writing: Han ideographs, CJK punctuation and radicals, full-width forms, the curly
#: quotes Chinese quotes with and the Chinese dash (——). The ellipsis … of an English table cell is not one.
CHINESE: Final = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—]")
#: English prose for a reader (a CLI help text, a rule's description, a verdict's reason) may quote Chinese
#: examples: at least this many English words, with spaces between them.
PROSE_WORDS: Final = 3


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants of a module, its classes and its functions."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _prose(text: str) -> bool:
    return " " in text and len(re.findall(r"[A-Za-z]{2,}", text)) >= PROSE_WORDS


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, value) of every string constant holding Chinese, outside docstrings, comments and English prose.

    >>> chinese_literals("'文档'\\nx = '新增'  # 注释\\nhelp = 'the words (新增) of a flow'\\ny = f'{x}年'")
    [(2, '新增'), (4, '年')]
    """
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and CHINESE.search(node.value)
        and not _prose(node.value)
    )


def _stage_modules() -> list[str]:
    return sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in ALLOWED)


@pytest.mark.parametrize("module", _stage_modules())
def test_stage_code_holds_no_chinese_literal(module: str) -> None:
    """Every Chinese word, mark and pattern a stage reads comes from the lexicon, named by what it means."""
    found = chinese_literals((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    assert found == [], f"{module}.py holds Chinese literals (move them to a lexicon_zh module): {found}"


def test_the_scan_sees_marks_and_patterns() -> None:
    """Full-width punctuation, a regex class and the ideographic space count as Chinese; an escape in a raw
    string, the ellipsis and ASCII do not."""
    source = 'a = "，"\nb = r"[、和及与]"\nc = "\\u3000"\nd = r"[\\u4e00-\\u9fff]"\ne = "…"\nf = "%"\n'
    assert [line for line, _ in chinese_literals(source)] == [1, 2, 3]


def test_the_scan_allows_only_the_lexicon_and_the_examples() -> None:
    """The allowed modules exist (a renamed lexicon would otherwise slip out of the scan)."""
    assert {p.stem for p in PACKAGE.glob("*.py")} >= ALLOWED


@pytest.mark.parametrize(
    ("word", "means", "not_means"),
    [
        ("达到", Meaning.LEVEL | Meaning.STOCK | Meaning.STATE | Meaning.COPULA, Meaning.FLOW),
        ("新建", Meaning.FLOW | Meaning.ACTION | Meaning.DELIVERY, Meaning.STOCK),
        ("累计", Meaning.TOTAL | Meaning.LEVEL | Meaning.STOCK | Meaning.COUNT_CUE, Meaning.FLOW),
        ("新增", Meaning.FLOW | Meaning.ACTION, Meaning.LEVEL),
        ("下降", Meaning.RATE | Meaning.REDUCTION | Meaning.DECLINE, Meaning.GROWTH),
    ],
)
def test_one_entry_says_what_a_word_means(word: str, means: Meaning, not_means: Meaning) -> None:
    """达到 is a level and a stock, 新建 an addition in the year, 累计 a running total: one entry each."""
    assert means in WORDS[word].means
    assert not WORDS[word].means & not_means


def test_comparator_words_carry_their_bound() -> None:
    """A comparator's bound is on its entry; a word both before and after the number (以内) has one bound."""
    assert lx.PREFIX_COMPARATORS["不低于"] == ">=" and lx.SUFFIX_COMPARATORS["左右"] == "~"
    assert lx.PREFIX_COMPARATORS["以内"] == lx.SUFFIX_COMPARATORS["以内"] == "<="
    assert all(entry.bound for entry in WORDS.values() if entry.means & (Meaning.BEFORE | Meaning.AFTER))
    assert not any(entry.bound for entry in WORDS.values() if not entry.means & (Meaning.BEFORE | Meaning.AFTER))


def test_word_lists_are_views_of_the_table() -> None:
    """A stage's word list holds exactly the words whose entry has its meaning, once each."""
    assert words_meaning(Meaning.FLOW) == lx.FLOW_WORDS
    assert set(lx.CN_NUMERAL_VERBS) == set(lx.ACTION_VERBS) | set(words_meaning(Meaning.COUNT_CUE))
    assert set(lx.REDUCTION_WORDS) < set(lx.DECLINE_WORDS)
    for view in (lx.ACTION_VERBS, lx.RATE_WORDS, lx.TOTAL_WORDS, lx.STOCK_WORDS):
        assert len(view) == len(set(view))


def test_every_meaning_has_a_word() -> None:
    """No meaning is left without a word (a tag no entry carries is dead weight)."""
    assert all(words_meaning(m) for m in Meaning)


def test_alternation_is_longest_first_and_escaped() -> None:
    """A regex class from the table tries the longest word first and escapes regex characters."""
    assert alternation(["超", "超过", "突破", "超"]) == "超过|突破|超"
    pattern = re.compile(alternation(["PM2.5", "PM"]))
    assert pattern.match("PM2.5")[0] == "PM2.5"  # type: ignore[index]
    assert pattern.match("PM205")[0] == "PM"  # type: ignore[index]
