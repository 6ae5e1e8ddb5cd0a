"""Part of the align stage: named projects decided by the stage they reached (前期 < 核准 < 开工 < 主体完工 <
完工 < 投产).

A plan promises a stage of a named project (确保大唐700万吨露天矿一季度完成核准并开工建设); report N+1's review
names the project again and says how far it got (大唐700万吨露天矿完成项目核准). The stage reached decides the
promise: met when it reaches the promised stage, missed when it falls short. Precision first: the name must be a
distinctive run of characters shared by the two clauses (not 项目 or 工程), rare in report N+1's review, and the
stage word explicit; a review that only says the project moves on (进展顺利) decides nothing but a promise to
finish it. A size repeated in the name (大唐700万吨露天煤矿…等项目前期工作扎实推进) is the name, not an outcome.
A cost clause (投资1亿元，启动实施Y工程) promises the stage of the projects the next clause names. A promise that
names no stage (完成沿河5.3公里道路的建设任务) is met only by the project said finished (建成, 完工, 全线贯通),
named with the noun after its size (沿河道路, not a 20万吨级泊位 for a 20万吨级航道), never missed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import attrs

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.memo import Slot, for_the_same
from policydiff.model import Commitment, Outcome, Span
from policydiff.quantities import normalize

__all__ = ["Stage", "decide_stage", "promised_stage", "reached_stage", "shared_name", "stage_evidence", "stages_in"]

#: Fewest characters of a shared name once generic words, figures and stage words are left out (三中分校).
NAME_MIN: Final = 4
#: Most review sentences that may hold a shared name: more, and it is a common phrase, not a project's name.
NAME_MAX_SENTENCES: Final = 2
#: Longest clause after the commitment's that may carry its stage (…等项目的推进，确保按期开工建设).
FOLLOW_MAX: Final = 10
#: Characters of the noun after a project's size that a review naming it by the name before its size must hold.
NOUN_KEY_CHARS: Final = 2
#: Most name characters of such a clause (按期): more, and it names a project of its own.
FOLLOW_NAME_MAX: Final = 2
#: Characters before a stage word searched for a hedge (力争年内开工).
HEDGE_REACH: Final = 4
#: The lowest promised stage decided: a promise of preparation (加快前期工作) is too loose to fall short of.
PROMISE_MIN: Final = 1
_WORDS: Final = sorted(lxn.PROJECT_STAGES, key=len, reverse=True)
_WORD_PATTERNS: Final = [(w, re.compile(re.escape(w))) for w in _WORDS]
_CLAUSE: Final = re.compile(f"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}]")
_GENERIC: Final = re.compile("|".join(map(re.escape, sorted(lxn.STAGE_GENERIC + tuple(_WORDS), key=len, reverse=True))))
_NOT_NAME: Final = re.compile(r"[^\u4e00-\u9fff]")


@attrs.frozen
class Stage:
    """How far a project got (or is promised to get): its rank on the ladder and the word that says it."""

    rank: int
    word: str

    @property
    def name(self) -> str:
        """The stage as a reason names it (开工; under way for a project said only to move on)."""
        return lxn.STAGE_NAMES[self.rank] if self.rank >= 0 else "under way"


def stages_in(text: str, *, hedged: bool = False) -> tuple[Stage, ...]:
    """The stage words of ``text``, longest first at each place; with ``hedged``, none after a hedge (即将建成).

    >>> [s.word for s in stages_in("华润雪花啤酒迁建、亘富200万吨褐煤提质项目主体完工")]
    ['主体完工']
    >>> stages_in("其余2个即将建成", hedged=True)
    ()
    """
    taken = [False] * len(text)
    found: list[tuple[int, Stage]] = []
    for word, pattern in _WORD_PATTERNS:
        if word not in text:
            continue
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * len(word)
            if hedged and any(h in text[max(0, m.start() - HEDGE_REACH) : m.start()] for h in lxn.STAGE_HEDGES):
                continue
            found.append((m.start(), Stage(lxn.PROJECT_STAGES[word], word)))
    return tuple(s for _, s in sorted(found, key=lambda p: p[0]))


def _top(stages: Sequence[Stage]) -> Stage | None:
    return max(stages, key=lambda s: s.rank, default=None)


def _clauses(text: str) -> list[str]:
    return [p for p in _CLAUSE.split(text) if p]


@lru_cache(maxsize=16384)  # each review sentence is cut again for every commitment
def _sentence_clauses(sentence: str) -> tuple[str, ...]:
    return tuple(_clauses(sentence))


def promised_stage(c: Commitment) -> Stage | None:
    """The furthest stage promised in the commitment's clause, from its figure on (完成核准并开工建设: 开工); when
    that names none, in the clauses after it up to one that names no project of its own (…项目的推进，确保按期开工
    建设), not one that does (…扩建工程，确保桃李幼儿园完工)."""
    if c.quantity is None:
        return None
    sentence = normalize(c.sentence) or normalize(c.text)
    at = sentence.find(normalize(c.text))
    parts = _clauses(sentence[max(at, 0) :])
    at = next((k for k, p in enumerate(parts) if c.quantity.text in p), 0)
    top = _top(stages_in(parts[at])) if parts else None
    if top is None and _costs_projects(parts, at):
        top = _top(stages_in(parts[at + 1]))  # 投资1亿元，启动实施黑羊站水厂改扩建工程: the projects' own clause
    for part in parts[at + 1 : at + 3]:
        if top is not None and top.rank >= PROMISE_MIN:
            break
        found = stages_in(part)
        if len(part) <= FOLLOW_MAX and not re.search(r"\d", part) and _name_chars(part) <= FOLLOW_NAME_MAX:
            top = _top([*((top,) if top else ()), *found])
        elif found:
            break  # the stage of another project
    return top if top is not None and top.rank >= PROMISE_MIN else None


def _costs_projects(parts: Sequence[str], at: int) -> bool:
    """Whether clause ``at`` only states a cost (投资1亿元) that the next clause spends on the projects it names."""
    own = parts[at] if at < len(parts) else ""
    return at + 1 < len(parts) and any(own.startswith(w) for w in lxt.CLASS_SIZE_WORDS) and _name_chars(own) == 0


def _name_chars(run: str) -> int:
    """Characters of a run that may name a project: Chinese, not generic, not a stage word."""
    return len(_NOT_NAME.sub("", _GENERIC.sub("", run)))


def _longest_common(a: str, b: str) -> str:
    """The longest run of characters of ``a`` that is also in ``b`` (first on a tie)."""
    best = ""
    for i in range(len(a)):
        j = i + len(best) + 1
        while j <= len(a) and a[i:j] in b:
            best = a[i:j]
            j += 1
    return best


def project_names(c: Commitment) -> tuple[tuple[tuple[str, str, str], ...], ...]:
    """The ways the commitment's project may be named again, one tuple per project: (name, what the shared run
    must hold, what the review clause must also hold); () when its figure names no project.

    A project named with its size (大唐700万吨露天矿, 红星美凯龙6万平方米主力店): the figure's listed item, by a
    run holding the size (a 400万吨 project is not the 200万吨 one), or the proper name written before the size,
    whole, with the head of the noun after it (红星美凯龙…主力店 is not 红星美凯龙…建材城). A project's cost
    (投资3.1亿元，实施桃李中学、三中分校…扩建工程): each item the clause lists. A count (4个医疗中心) or a quota
    (建成高标准农田1169万亩) is no named project.
    """
    q = c.quantity
    if q is None or q.unit in lxt.THING_CLASSIFIERS:
        return ()
    clauses = [p for p in _CLAUSE.split(normalize(c.text)) if q.text in p]
    if not clauses:
        return ()
    items = [i for i in clauses[0].split(lxt.ENUMERATION_MARK) if i]
    own = next(i for i in items if q.text in i) if any(q.text in i for i in items) else clauses[0]
    at = own.find(q.text)
    after = own[at + len(q.text) :]
    if after[:1] and not _NOT_NAME.match(after[:1]) and not _GENERIC.match(after):
        before = own[:at]
        head = re.sub(f"^(?:{'|'.join(map(re.escape, lxn.MILESTONE_LEADS))})+", "", _GENERIC.sub("", before))
        noun = after[:NOUN_KEY_CHARS]
        # the name around the size, joined (沿河5.3公里道路 is named 沿河道路 again)
        named = ((own, q.text, noun), (head, head, noun), (head + noun, head + noun, ""))
        return (tuple(w for w in named if w[0] and not (w[1].startswith(head) and re.search(r"\d", head))),)
    if any(w in own[:at] for w in lxt.CLASS_SIZE_WORDS) and not after.strip():
        text = normalize(c.text)
        rest = _clauses(text[text.find(own) + len(own) :])
        return tuple(((i, "", ""),) for i in rest[0].split(lxt.ENUMERATION_MARK) if i) if rest else ()
    return ()


def shared_name(item: str, clause: str) -> str:
    """The run of ``item`` that ``clause`` repeats, when it can name a project (NAME_MIN name characters), else "".

    >>> shared_name("确保大唐700万吨露天矿一季度完成核准并开工建设", "大唐700万吨露天矿完成项目核准")
    '大唐700万吨露天矿'
    >>> shared_name("实施5个村级卫生室项目", "新建卫生室项目")
    ''
    """
    if _runs(item).isdisjoint(_runs(clause)):
        return ""  # no run of NAME_MIN characters in common, so none with NAME_MIN name characters
    run = _longest_common(item, clause)
    return run if _name_chars(run) >= NAME_MIN else ""


@lru_cache(maxsize=16384)  # every review clause is asked again for each commitment
def _runs(text: str) -> frozenset[str]:
    """Every run of NAME_MIN characters of ``text``: two texts without one in common share no name."""
    return frozenset(text[i : i + NAME_MIN] for i in range(len(text) - NAME_MIN + 1))


def reached_stage(clause: str) -> Stage | None:
    """The furthest stage a review clause says was reached; a project said to move on without a stage word
    (进展顺利) is under way (rank -1: short of 完工, past nothing known)."""
    top = _top(stages_in(clause, hedged=True))
    if top is None and any(w in clause for w in lxn.STAGE_UNDER_WAY):
        word = next(w for w in lxn.STAGE_UNDER_WAY if w in clause)
        return Stage(-1, word)
    return top


def _own_item(clause: str, name: str) -> str:
    """The part of a review clause that says the named project's stage: its own listed item when that says one
    (A完成项目核准、B主体完工), else the clause from the name on (A、B等项目前期工作扎实推进)."""
    at = clause.find(name)
    if at < 0:
        return clause
    rest = clause[at:]
    own = rest.split(lxt.ENUMERATION_MARK)[0]
    return own if stages_in(own) else rest


def decide_stage(promised: Stage, reached: Stage) -> bool | None:
    """True when the stage reached is the promised one or further, False when short, None when it cannot say:
    a project under way is short of a promise to finish it (完工, 投产) and decides no earlier one."""
    if reached.rank < 0:
        return False if promised.rank >= lxn.STAGE_FINISHED else None
    if reached.rank == lxn.STAGE_FINISHED < promised.rank:
        return None  # built (建成) but not said to be in use: readers take it as done, the ladder cannot say
    return reached.rank >= promised.rank


def stage_evidence(c: Commitment, review: Sequence[Outcome]) -> tuple[Outcome, bool, Stage, Stage] | None:
    """(the review clause naming the project, met?, promised stage, stage reached), or None.

    The clause must repeat a distinctive run of the commitment's name that at most NAME_MAX_SENTENCES review
    sentences hold, and say a stage; met needs every project the commitment lists named at that stage or beyond.
    """
    promised = promised_stage(c)
    items = project_names(c)
    if not items:
        return None
    clauses, by_run = _clause_index(review)
    # only the clauses that share a run of NAME_MIN characters with a name can repeat it (see shared_name)
    near = sorted({k for ways in items for item, _, _ in ways for run in _runs(item) for k in by_run.get(run, ())})
    for o, clause in (clauses[k] for k in near):
        names = [
            next(
                (n for item, must, also in ways if (n := shared_name(item, clause)) and must in n and also in clause),
                "",
            )
            for ways in items
        ]
        if not any(names):
            continue
        if any(sum(n in normalize(r.text) for r in review) > NAME_MAX_SENTENCES for n in names if n):
            continue
        reached = reached_stage(_own_item(clause, next(n for n in names if n)))
        if reached is None:
            continue
        # no stage promised: the project itself is the deliverable, done once it is finished (建成, 完工)
        wanted = promised or Stage(lxn.STAGE_FINISHED, "")
        ok = decide_stage(wanted, reached)
        if ok is None or (ok and not all(names)) or (promised is None and not ok):
            continue
        at = o.text.find(clause)
        evidence = o if at < 0 else _clause_outcome(o, clause, at)
        return evidence, ok, wanted, reached
    return None


#: The last review indexed by :func:`_clause_index`, with its index.
_INDEXED: Slot = []


def _clause_index(review: Sequence[Outcome]) -> tuple[list[tuple[Outcome, str]], dict[str, list[int]]]:
    """Every clause of the review with its sentence, in document order, and their positions by run of NAME_MIN
    characters: each commitment reads the clauses that can name its projects, not every clause (at 16 times a
    report's length, a tenth of an audit). Built once for the clauses of one review (the same objects again)."""
    return for_the_same(_INDEXED, review, lambda: _index_clauses(review))


def _index_clauses(review: Sequence[Outcome]) -> tuple[list[tuple[Outcome, str]], dict[str, list[int]]]:
    clauses = [(o, clause) for o in review for clause in _sentence_clauses(normalize(o.text))]
    by_run: dict[str, list[int]] = {}
    for k, (_, clause) in enumerate(clauses):
        for run in _runs(clause):
            by_run.setdefault(run, []).append(k)
    return clauses, by_run


def _clause_outcome(o: Outcome, clause: str, at: int) -> Outcome:
    """The review sentence cut to the clause that decides (its quote and span)."""
    return attrs.evolve(o, text=clause, span=Span(o.span.start + at, o.span.start + at + len(clause)))
