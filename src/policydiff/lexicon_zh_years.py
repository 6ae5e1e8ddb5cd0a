"""The Chinese lexicon of the across-years commands (diff, targets, history): how a redline cuts words, which
figures name a programme rather than set a target. Words by meaning are in :mod:`policydiff.lexicon_zh`."""

from __future__ import annotations

from typing import Final

# fmt: off

#: Characters that join words rather than start or end one (的, 和, 等): a run of characters that begins or ends
#: with one is no word for the redline's segmentation (发展的 is 发展 + 的).
FUNCTION_CHARS: Final = "的和及与在是了等对为把将以并或其之于从向由被就也都而且"
#: The digits of a round order of magnitude written in words (千亿斤, 百万吨, 千万亩): before a noun such a figure
#: names a programme (实施新一轮千亿斤粮食产能提升行动, 千万吨炼化基地), it is no target of the year.
ROUND_MAGNITUDE_CHARS: Final = "十百千万亿"
#: Words that make a figure a level to hold year after year (守住耕地红线18亿亩, 稳定在1.3万亿斤以上): a plan
#: that no longer states it has dropped it, unlike a year's amount that is simply not repeated.
STANDING_WORDS: Final[tuple[str, ...]] = ("守住", "红线", "稳定在", "保持在", "保持", "不低于", "不少于", "控制在")
