"""Reports grown for the scaling benchmarks: every section's paragraphs repeated with new numbers.

``grow(text, 4)`` keeps each top-level heading (一、…) once and writes the paragraphs under it four times, every
number in the copies changed (a copy k adds k to each whole number), so the copies are new commitments and
outcomes that an aligner must compare with everything else, not duplicates it could skip.
"""

from __future__ import annotations

import itertools
import re

HEADING = re.compile(r"^[一二三四五六七八九十]+、", re.MULTILINE)
NUMBER = re.compile(r"(?<![\d.])\d+(?![\d.])")
YEAR = re.compile(r"^(?:19|20)\d\d$")


def _renumbered(paragraphs: str, k: int) -> str:
    def new(m: re.Match[str]) -> str:
        text = m.group(0)
        return text if YEAR.match(text) else str(int(text) + k)  # years stay: they place a statement in time

    return NUMBER.sub(new, paragraphs)


def grow(text: str, times: int) -> str:
    """``text`` with the paragraphs of each top-level section written ``times`` times (see the module doc)."""
    if times <= 1:
        return text
    cuts = [m.start() for m in HEADING.finditer(text)] + [len(text)]
    out = [text[: cuts[0]]]
    for start, end in itertools.pairwise(cuts):
        section = text[start:end]
        head, _, body = section.partition("\n")
        out.append(head + "\n" + body + "".join(_renumbered(body, k) for k in range(1, times)))
    return "".join(out)
