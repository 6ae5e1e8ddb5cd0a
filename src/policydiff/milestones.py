"""Milestone commitments: promises without a number (建成X, 开工建设X, 创建X) and what became of them.

Extraction: a plan clause that opens with a milestone verb and names a concrete object (a project, a
site, an institution) becomes a qualitative Commitment. Lookup: report N+1's review naming the same
object with a word saying it happened (建成, 投用, 开工, 获批) makes it met; its plan naming the object
again makes it carried over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Final

import attrs

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.extract import SENTENCE_END, regions, split, statement
from policydiff.model import Commitment, Document, Outcome, Span
from policydiff.quantities import normalize, parse_quantities

#: Shortest and longest object name worth tracking (shorter is a word, longer a whole programme).
OBJECT_MIN: Final = 4
OBJECT_MAX: Final = 40
#: Share of the object's characters that must appear again, in runs of at least MATCH_RUN characters.
MATCH_SHARE: Final = 0.7
MATCH_RUN: Final = 3
_VERBS: Final = sorted(lxn.MILESTONE_VERBS, key=len, reverse=True)
_SEGMENT: Final = re.compile(f"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.COLONS}]")
_LEADING: Final = lxn.MILESTONE_LEADS


def milestones(doc: Document) -> tuple[Commitment, ...]:
    """The qualitative milestone commitments of ``doc``'s plan for its report year."""
    norm = normalize(doc.text)
    seen: dict[tuple[str, float], int] = {}
    out: list[Commitment] = []
    for region in regions(doc, "plan"):
        for sentence in split(norm, region, SENTENCE_END):
            for seg in split(norm, (sentence, region[1]), _SEGMENT):
                found = _milestone(norm, seg)
                if found is None:
                    continue
                verb, objects = found
                for obj in objects:
                    st = statement(doc, norm, Commitment, "plan", seg, None, obj, verb, False, "", seen)
                    assert isinstance(st, Commitment)
                    out.append(st)
    return tuple(out)


def _milestone(norm: str, seg: Span) -> tuple[str, list[str]] | None:
    """(verb, objects) of a milestone clause: 建成A、B和C等项目 gives A, B and C."""
    text = seg.slice(norm).strip()
    if parse_quantities(text):
        return None
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead) :]
    verb = next((v for v in _VERBS if text.startswith(v)), None)
    if verb is None:
        return None
    obj = text[len(verb) :].strip(f"{lxt.DOUBLE_QUOTES}{lxt.ENUMERATION_MARK} ")
    if not (OBJECT_MIN <= len(obj) <= OBJECT_MAX) or not obj.endswith(lxn.MILESTONE_OBJECTS):
        return None
    obj = re.sub(lxn.MILESTONE_CLOSER_PATTERN, "", obj)
    items = [i.strip(f"{lxt.DOUBLE_QUOTES} ") for i in re.split(f"[{lxn.ITEM_JOINERS}]", obj)]
    items = [i for i in items if len(i) >= OBJECT_MIN]
    return (verb, items) if items else None


def _share(obj: str, text: str) -> float:
    blocks = SequenceMatcher(None, obj, text, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= MATCH_RUN) / max(1, len(obj))


def find_milestone(
    c: Commitment, review: Sequence[Outcome], next_plan: Sequence[Outcome]
) -> tuple[Outcome, float, str] | None:
    """(evidence, score, source): the review sentence saying it happened, else the next plan naming it again."""
    if c.quantity is not None:
        return None
    done = lxn.MILESTONE_VERBS.get(c.action, ())
    obj = c.indicator
    for o in review:
        share = _share(obj, o.text)
        if share >= MATCH_SHARE and any(w in o.text for w in done):
            return attrs.evolve(o, completed=True), round(100 * share, 1), "review"
    for o in next_plan:
        share = _share(obj, o.text)
        if share >= MATCH_SHARE:
            return o, round(100 * share, 1), "next_plan"
    return None
