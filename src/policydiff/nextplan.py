"""Part of the extract stage: the facts of report N+1's plan that give year N's figures.

Next year's plan often states where year N ended while it sets its own targets: a running total less the year's
addition (新增1000处信号灯联网、累计达8000处), a figure set against last year's (今年拟安排财政赤字1.62万亿元，比去年
增加2700亿元: :func:`running_totals`), or the level a standard is raised from (补助标准由每人每年320元提高到380元:
:func:`current_levels`). The derive stage reads them; only such sentences are extracted.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.extract import sentence_statements, sentences, statement
from policydiff.indicators import clean
from policydiff.model import Document, Outcome
from policydiff.quantities import normalize, parse_quantities
from policydiff.scope import BASELINE_FROM, BASELINE_TO, FAR_YEAR, horizon_cut

__all__ = ["LAST_YEAR_CHANGE", "current_levels", "running_totals"]

_RUNNING_TOTAL: Final = re.compile(
    f"(?:{lx.alternation(lx.FLOW_WORDS)}).*(?:{lx.alternation(lxn.RUNNING_TOTAL_WORDS)})"
)


#: Words setting a figure of next year's plan against last year's (比去年增加2700亿元, 比上年预算减少): with the
#: figure, last year's. Read here to pick the sentences, and by derive right before the change's figure.
LAST_YEAR_CHANGE: Final = (
    f"(?:{lx.alternation(lxn.LAST_YEAR_COMPARE)})(?:{lx.alternation(lxn.LAST_YEAR_COMPARE_FILLERS)})?"
    f"(?:{lx.alternation(lx.RATE_WORDS)})"
)
_LAST_YEAR_CHANGE: Final = re.compile(LAST_YEAR_CHANGE)


def running_totals(doc: Document) -> tuple[Outcome, ...]:
    """The figures of report N+1's plan sentences that add to a running total (新增1000处信号灯联网、累计达8000处)
    or set this year's figure against last year's (今年拟安排财政赤字1.62万亿元，比去年增加2700亿元): the total less
    the addition is the stock at the end of the year before, the figure less its increase last year's. Only such
    sentences are read."""
    norm = normalize(doc.text)
    seen: dict[tuple[str, float], int] = {}
    out: list[Outcome] = []
    for sentence in sentences(doc, norm, "next_plan"):
        if _RUNNING_TOTAL.search(sentence.slice(norm)) or _LAST_YEAR_CHANGE.search(sentence.slice(norm)):
            for st in sentence_statements(doc, norm, sentence, "next_plan", Outcome, seen):
                if isinstance(st, Outcome) and st.quantity is not None:
                    out.append(st)
    return tuple(out)


def current_levels(doc: Document) -> tuple[Outcome, ...]:
    """The levels report N+1's plan raises from (财政补助标准由每人每年320元提高到380元; 赤字率从去年的2.1%提高到2.3%):
    each is the level at the end of year N. The indicator is the sentence before the baseline, which names the
    measure; sentences with a later year or a several-year horizon are another baseline."""
    norm = normalize(doc.text)
    seen: dict[tuple[str, float], int] = {}
    out: list[Outcome] = []
    for sentence in sentences(doc, norm, "next_plan"):
        text = sentence.slice(norm)
        if not any(p in text for p in lxn.BASELINE_PREFIXES) or FAR_YEAR.search(text) or horizon_cut(text) < len(text):
            continue
        for q in parse_quantities(text, offset=sentence.start):
            before = norm[sentence.start : q.span.start]
            start = BASELINE_FROM.search(before)
            if start is None or not BASELINE_TO.match(norm[q.span.end : sentence.end]):
                continue
            context = before[: start.start()]
            indicator = clean(re.split(f"[{lxt.COMMAS}{lxt.SEMICOLONS}]", context)[-1])
            st = statement(doc, norm, Outcome, "next_plan", sentence, q, indicator, "", False, "", seen)
            assert isinstance(st, Outcome)
            out.append(attrs.evolve(st, sentence=context))  # the words before the baseline, to match on
    return tuple(out)
