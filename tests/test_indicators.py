"""Indicator helpers: strip_words agrees with the plain loop over every word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policydiff import lexicon_zh as lx
from policydiff.indicators import _TRIM, strip_words

WORD = st.text(alphabet="建设新增加快，", min_size=1, max_size=3)


def slow_strip(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """Each pass tries every prefix in order, then every suffix, until nothing changes."""
    changed = True
    while changed and text:
        changed = False
        text = text.strip(_TRIM)
        for p in prefixes:
            if text.startswith(p) and len(text) > len(p):
                text, changed = text[len(p) :], True
        for s in suffixes:
            if text.endswith(s) and len(text) > len(s):
                text, changed = text[: -len(s)], True
    return text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="建设新增加快，农田", max_size=12), st.tuples(*[WORD] * 4), st.tuples(*[WORD] * 3))
def test_strip_words_equals_the_plain_loop(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> None:
    """Looking words up by their edge character strips exactly what trying every word in order strips."""
    assert strip_words(text, prefixes, suffixes) == slow_strip(text, prefixes, suffixes)


def test_strip_words_on_a_real_indicator() -> None:
    """加快建设新型基础设施 (hubei-province-2025.txt) loses its leading verbs, not the words inside."""
    text = "加快建设新型基础设施"
    assert strip_words(text, lx.ACTION_VERBS, ()) == slow_strip(text, lx.ACTION_VERBS, ()) == "新型基础设施"
