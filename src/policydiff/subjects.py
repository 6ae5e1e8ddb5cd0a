"""Part of the extract stage: what a figure whose own words name no measure is of, found in its sentence.

A figure of bare verbs (新开工700万套) builds the object of the works clause before it (继续推进保障性安居工程建设);
a bare copula (达到5379亿元) is of the subject of the new high before it (全省进出口总值创历史新高);
a bare measure (项目, 完成投资) is of the sentence's opening topic (公路方面, 深入推进“十百千万”工程); a spending
clause's amount (投资1亿元) pays for the object of the clause after it (启动实施黑羊站水厂改扩建工程).
"""

from __future__ import annotations

import re
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.indicators import (
    INDICATOR_MAX,
    NAME_MIN,
    TRAILING_VERBS,
    WORK_VERBS,
    action_of,
    clean,
    only_verbs,
    strip_words,
)

_TRIM: Final = lxt.INDICATOR_TRIM

#: Longest object a clause without a figure lends to the bare verbs after it (保障性安居工程).
_OBJECT_MAX: Final = 12
_PLAIN_OBJECT: Final = re.compile(f"[{lxt.HAN_RANGE}]{{3,{_OBJECT_MAX}}}")
_OBJECT_LEADS: Final = (*lxn.TOPIC_LEADS, *lxn.MILESTONE_LEADS, *lxn.EFFORT_VERBS, *WORK_VERBS)
_WORKS: Final = re.compile(lx.alternation(lxn.WORKS_VERBS))
# the word lists stripped below, joined once rather than at every call
_NAME_LEADS: Final = (*lxn.MILESTONE_LEADS, *WORK_VERBS, *lx.RATE_WORDS)
_TOPIC_LEADS: Final = (*lxn.TOPIC_LEADS, *lxn.MILESTONE_LEADS, *lxn.EFFORT_VERBS)
_PAID_LEADS: Final = (*lx.INDICATOR_STOP_PREFIXES, *lxn.TOPIC_LEADS, *lxn.EFFORT_VERBS, *WORK_VERBS, *lx.ACTION_VERBS)


def object_of_clause(segment: str) -> str:
    """What a clause without a figure builds (继续推进保障性安居工程建设 -> 保障性安居工程), or "" when it does not
    end on a verb of works (建设, 改造), perhaps with a noun of effort after it (建设力度).

    >>> object_of_clause("加大保障性安居工程建设力度"), object_of_clause("在确保质量的前提下")
    ('保障性安居工程', '')
    """
    if not _WORKS.search(segment):
        return ""  # what is left of the clause is a part of it, so it cannot end on a verb of works not in it
    text = strip_words(clean(segment), _OBJECT_LEADS, lxn.EFFORT_NOUNS)
    if not text.endswith(lxn.WORKS_VERBS):  # 通航能力显著提高: a change, not a work
        return ""
    thing = strip_words(text, (), WORK_VERBS)
    plain = thing != text and _PLAIN_OBJECT.fullmatch(thing) and not re.search(f"[{lxn.LIST_JOINERS}]", thing)
    return thing if plain and not only_verbs(thing) else ""  # a name in quotes or a list is no plain object


#: Longest opening clause that is a sentence's topic (高速公路, 公路方面).
_TOPIC_MAX: Final = 10
_TOPIC: Final = re.compile(f"[{lxt.HAN_RANGE}]{{2,{_TOPIC_MAX}}}")


def names_nothing(indicator: str) -> bool:
    """Whether an indicator without its verbs and time words is too short to name a measure (突破产值, 完成投资,
    建成项目): it needs a subject from elsewhere in its sentence."""
    name = strip_words(clean(indicator), _NAME_LEADS, TRAILING_VERBS)
    return len(name) < NAME_MIN or only_verbs(name)


def topic_of_clause(segment: str) -> str:
    """The topic a sentence's opening clause without a figure names (公路方面 -> 公路; 深入推进“十百千万”工程 ->
    十百千万工程), or "" for any other clause.

    >>> topic_of_clause("公路方面"), topic_of_clause("深入推进“十百千万”工程"), topic_of_clause("抓好产能接续")
    ('公路', '十百千万工程', '')
    """
    whole = re.sub(f"[{_TRIM}]", "", clean(segment))
    text = strip_words(whole, (), lxn.TOPIC_SUFFIXES)
    if text == whole:  # no 方面: a task's name after its verb (推进…工程); a bare clause (初步统计, 五年来) is none
        text = strip_words(whole, _TOPIC_LEADS, ())
        if text == whole or not text.endswith(lxn.GENERIC_TASK_NOUNS):
            return ""
    return text if _TOPIC.fullmatch(text) and not action_of(text) and not only_verbs(text) else ""


#: Longest subject a clause of a new high lends to the figure clause after it (全省进出口总值).
_RECORD_SUBJECT_MAX: Final = 12


def record_subject(segment: str) -> str:
    """The subject of a clause without a figure that says it reached a new high (全省进出口总值创历史新高 ->
    全省进出口总值), for the subjectless figure clause after it (达到5379亿元), or "" for any other clause.

    >>> record_subject("全省进出口总值创历史新高"), record_subject("粮食总产量再上新台阶"), record_subject("创历史新高")
    ('进出口总值', '粮食总产量', '')
    """
    text = clean(segment)
    at = next((text.find(p) for p in lxn.RECORD_PREDICATES if p in text), -1)
    subject = text[:at].strip(_TRIM) if at > 0 else ""
    plain = re.fullmatch(f"[{lxt.HAN_RANGE}]{{2,{_RECORD_SUBJECT_MAX}}}", subject)
    return subject if plain and not only_verbs(subject) and not action_of(subject) else ""


def paid_for(segment: str) -> str:
    """What a spending clause's amount pays for, named by the clause after it (投资10.6亿元，加快推进伊敏河景观改造、
    626小河沿岸环境整治 -> 伊敏河景观改造): its object without the verbs before it, the first item of a list, or "".

    >>> paid_for("加快推进伊敏河景观改造、626小河沿岸环境整治"), paid_for("启动实施黑羊站水厂改扩建工程")
    ('伊敏河景观改造', '黑羊站水厂改扩建工程')
    """
    whole = segment.strip(_TRIM)
    text = clean(strip_words(whole, _PAID_LEADS, ()))
    if text == whole:  # 完成投资55.2亿元，此次工作呈现出…: a clause that does not open on a verb names no object
        return ""
    text = strip_words(text, (lxn.PERFECTIVE,), ())  # 实施了危房改造
    if len(text) <= INDICATOR_MAX and re.fullmatch(f"[{lxt.HAN_RANGE}{lxt.ENUMERATION_MARK}]+", text):
        return text  # 实施桃李中学、三中分校、第五中学扩建工程: a short list is named whole
    first = re.split(f"[{lxn.ITEM_JOINERS}{_TRIM}]", text, maxsplit=1)[0]
    return (
        first if _TOPIC.fullmatch(first[:_TOPIC_MAX]) and len(first) <= INDICATOR_MAX and not only_verbs(first) else ""
    )


def with_object(indicator: str, thing: str) -> str:
    """An indicator of bare verbs of work (基本建成, 新开工) completed by the object an earlier clause names.

    >>> with_object("新开工", "保障性安居工程"), with_object("新建学校", "保障性安居工程")
    ('新开工保障性安居工程', '新建学校')
    """
    return indicator + thing if thing and only_verbs(clean(indicator)) else indicator
