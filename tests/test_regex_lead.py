"""Patterns led by the characters their matches open with (lexicon_zh.led) find exactly what the plain pattern
finds, spans and groups, in every report of seeds/: raw (load's cleaning reads the file as written), normalised,
sentence by sentence and in windows that cut a sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policydiff import lexicon_zh as lx
from policydiff.extract import SENTENCE_END
from policydiff.load import _SUSPECT, cjk
from policydiff.quantities import _BARE_TEN_THOUSAND, _PATTERN, _ROUND_AMOUNT, normalize

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
LED = {
    "quantities": _PATTERN,
    "round amounts": _ROUND_AMOUNT,
    "bare ten thousand": _BARE_TEN_THOUSAND,
    "sentence ends": SENTENCE_END,
    "what load cleans": _SUSPECT,
}


def plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its lead: what lexicon_zh.led was given."""
    lead, sep, body = pattern.pattern.partition("])(?:")
    assert lead.startswith("(?=[") and sep and body.endswith(")"), pattern.pattern[:40]
    return re.compile(body[:-1], pattern.flags)


def found(pattern: re.Pattern[str], text: str, start: int = 0, end: int = -1) -> list[object]:
    end = len(text) if end < 0 else end
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text, start, end)]


def test_led_matches_only_where_the_plain_pattern_does() -> None:
    """A lead of the wrong characters would lose matches: the example of the docstring, and a pattern whose
    matches open with a character left out of its lead."""
    assert re.findall(lx.led("0-9", r"(?<![.])[0-9]+%"), "增长5%，达到6.5%") == ["5%"]
    assert re.findall(lx.led("0-9", r"[0-9]+%|百分之[0-9]+"), "增长百分之5") == []  # 百 left out: lost
    assert re.findall(lx.led("0-9百", r"[0-9]+%|百分之[0-9]+"), "增长百分之5") == ["百分之5"]


@pytest.mark.parametrize("name", list(LED))
def test_led_pattern_finds_what_the_plain_one_finds(name: str) -> None:
    led = LED[name]
    bare = plain(led)
    total = 0
    for text in TEXTS:
        norm = normalize(text)
        for source in (text, norm):
            assert found(led, source) == found(bare, source)
            assert found(led, source, 5, len(source) // 2) == found(bare, source, 5, len(source) // 2)
            total += len(found(led, source))
        for sentence in re.split("[。；\n]", norm):
            assert found(led, sentence) == found(bare, sentence)
    assert total > 0  # every pattern matches in the seeds: the comparison is not of empty lists only


def test_cjk_counts_every_han_character() -> None:
    for text in TEXTS[:10]:
        for sentence in re.split("[。\n]", text):
            assert cjk(sentence) == sum("\u4e00" <= ch <= "\u9fff" for ch in sentence)
    assert cjk("GDP增长5.2%，CPI上涨0.2%") == 4
