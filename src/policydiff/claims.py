"""Part of the judge stage: the review's blanket claim that the year's main targets were achieved.

Report N+1 often opens its review with a claim about year N's main targets as a whole (全年主要目标任务顺利完成,
全面实现年初确定的主要目标). By the protocol, an unhedged claim decides each main target of year N's plan (the
主要预期目标 paragraph, :func:`main_block`) that no figure decided, as the government's word, not a check. It
decides none when the review shows a main target missed by its figure (the report contradicts itself), when it
is hedged (较好完成, 基本完成) or bare (完成了全年主要目标任务), or when it is about several years
(“十四五”规划主要目标顺利完成).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.extract import regions
from policydiff.judge import judge_one
from policydiff.model import Alignment, Commitment, Document, Outcome, Span, Status
from policydiff.outline import paragraphs
from policydiff.quantities import normalize
from policydiff.rules import BY_NAME

#: After the 主要预期目标 words, a paragraph holding fewer characters than this only announces the targets
#: (今年经济社会发展的主要预期目标是：): they follow in the next paragraph.
ANNOUNCE_MAX: Final = 12
#: The name of the rule (:data:`policydiff.rules.RULES`) and the alignment source of such a verdict.
RULE: Final = "main-targets-claim"
SOURCE: Final = "main_claim"

_MAIN_WORDS: Final = re.compile("|".join(map(re.escape, (normalize(w) for w in lxp.TARGETS_PARAGRAPH_WORDS))))
_NOUN: Final = "(?:" + "|".join(lxn.MAIN_CLAIM_NOUNS) + ")"
_VERB: Final = "(?:" + "|".join(lxn.MAIN_CLAIM_VERBS) + ")"
_ADVERBS: Final = "(?:" + "|".join(lxn.MAIN_CLAIM_ADVERBS) + ")+"
_CLAUSE_MARKS: Final = lxt.COMMAS + lxt.SEMICOLONS + lxt.FULL_STOP + lxt.EXCLAMATIONS + lxt.QUESTIONS + lxt.COLONS
#: 顺利完成全年主要目标任务 (adverb, verb, at most a few words, the noun) or 主要目标任务顺利完成 (the noun first).
_CLAIM: Final = re.compile(
    rf"{_ADVERBS}{_VERB}{lxn.PERFECTIVE}?[^{_CLAUSE_MARKS}]{{0,{lxn.MAIN_CLAIM_GAP}}}?{_NOUN}|{_NOUN}{_ADVERBS}{_VERB}"
)
_CLAUSE: Final = re.compile(rf"[^{_CLAUSE_MARKS}\n]+")
_PERIOD_WORDS: Final = (*lxp.PERIODS, *lxn.MAIN_CLAIM_PERIOD_WORDS)


def main_block(doc: Document) -> Span | None:
    """The span of the plan's main targets: from the 主要预期目标 words to the end of their paragraph (the next
    paragraph too when theirs only announces them)."""
    norm = normalize(doc.text)
    for region, _ in regions(doc, "plan"):
        paras = paragraphs(norm, region.start, region.end)
        for k, para in enumerate(paras):
            m = _MAIN_WORDS.search(norm, para.start, para.end)
            if m is None:
                continue
            end = para.end
            if para.end - m.end() < ANNOUNCE_MAX and k + 1 < len(paras):
                end = paras[k + 1].end
            return Span(m.start(), end)
    return None


def claim_clause(sentence: str) -> Span | None:
    """The clause of ``sentence`` that claims the year's main targets achieved, unhedged and about one year.

    >>> s = "统筹推进稳增长、提质效、抓改革、防风险、惠民生各项工作，全年主要目标任务顺利完成。"
    >>> claim_clause(s).slice(s)
    '全年主要目标任务顺利完成'
    >>> claim_clause("全年主要目标任务较好完成"), claim_clause("“十四五”规划主要目标顺利完成")
    (None, None)
    """
    norm = normalize(sentence)
    for clause in _CLAUSE.finditer(norm):
        text = clause[0]
        if _CLAIM.search(text) is None:
            continue
        if any(w in text for w in (*lxn.CLAIM_HEDGES, *_PERIOD_WORDS)):
            continue
        lead = len(text) - len(text.lstrip())
        return Span(clause.start() + lead, clause.end())
    return None


def main_claim(review: Sequence[Outcome]) -> Outcome | None:
    """The first review statement claiming year N's main targets achieved, cut to the claim's clause."""
    for o in review:
        sentence = o.sentence or o.text
        span = claim_clause(sentence)
        if span is None:
            continue
        at = o.span.start - max(0, sentence.find(o.text)) + span.start
        return attrs.evolve(o, text=span.slice(sentence), span=Span(at, at + span.end - span.start), quantity=None)
    return None


def claim_main_targets(
    alignments: Sequence[Alignment], plan: Document, review: Sequence[Outcome]
) -> tuple[Alignment, ...]:
    """The alignments, each main target that no figure decided resting on the review's claim that the main targets
    were achieved (see the module docstring); unchanged when there is no such claim or a main target is missed."""
    block = main_block(plan)
    if block is None:
        return tuple(alignments)
    main = [
        i
        for i, a in enumerate(alignments)
        if isinstance(a.commitment, Commitment)
        and a.commitment.quantity is not None
        and block.start <= a.commitment.span.start < block.end
    ]
    statuses = {i: judge_one(alignments[i]).status for i in main}
    if not main or Status.MISSED in statuses.values():
        return tuple(alignments)
    claim = main_claim(review)
    if claim is None:
        return tuple(alignments)
    weight = BY_NAME[RULE].weight
    out = list(alignments)
    for i in main:
        if statuses[i] is Status.NOT_MENTIONED:
            out[i] = attrs.evolve(out[i], outcome=claim, score=weight, source=SOURCE, rules=(RULE,))
    return tuple(out)
