"""Part of the extract stage: a text without the given words at its start and end (:func:`strip_words`), the
primitive the indicator, key and sense helpers trim names with."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from policydiff import lexicon_zh_text as lxt

_TRIM: Final = lxt.INDICATOR_TRIM


def strip_words(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """``text`` with the given leading and trailing words (and punctuation) removed, repeatedly.

    Each pass tries the prefixes in their order, each on what the ones before it left, then the suffixes.
    Only words that begin (end) with the text's first (last) character can match, so a pass looks up those
    by character (:func:`_by_edge`) instead of trying every word: the same result, without the scan.

    >>> strip_words("加快建设新型基础设施", ("加快", "建设"), ("设施",))
    '新型基础'
    """
    starts, ends = _by_edge(prefixes, 0), _by_edge(suffixes, -1)
    changed = True
    while changed and text:
        changed = False
        text = text.strip(_TRIM)
        at = 0  # the next prefix in order that may still be tried in this pass
        while text and (k := _next_word(starts.get(text[0], ()), at, prefixes, text, True)) is not None:
            text, changed, at = text[len(prefixes[k]) :], True, k + 1
        at = 0
        while text and (k := _next_word(ends.get(text[-1], ()), at, suffixes, text, False)) is not None:
            text, changed, at = text[: -len(suffixes[k])], True, k + 1
    return text


@lru_cache(maxsize=256)
def _by_edge(words: tuple[str, ...], edge: int) -> dict[str, tuple[int, ...]]:
    """The positions of ``words`` by their first (``edge`` 0) or last (-1) character, in order."""
    out: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        if w:
            out.setdefault(w[edge], []).append(k)
    return {ch: tuple(ks) for ch, ks in out.items()}


def _next_word(candidates: tuple[int, ...], at: int, words: tuple[str, ...], text: str, front: bool) -> int | None:
    """The first of ``candidates`` from position ``at`` on whose word ``text`` starts (ends) with, leaving more."""
    for k in candidates:
        w = words[k]
        if k >= at and len(text) > len(w) and (text.startswith(w) if front else text.endswith(w)):
            return k
    return None
