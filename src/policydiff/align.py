"""The align stage: plan commitments x report N+1 statements -> Alignments.

Candidates are blocked (:func:`why_blocked`): by unit, by rate versus level and by magnitude; a several-year
total is never a one-year outcome; the guards of :mod:`policydiff.guards` keep other measures apart.
Indicators are compared on keys by :func:`policydiff.keys.similarity`, computed for all pairs at once.
Pairs are assigned one-to-one, highest score first; ties go to the earlier commitment, then the earlier
outcome. Commitments left without a review outcome are checked for a blanket claim, then against report
N+1's plan for a carry-over; :mod:`policydiff.derive` then computes figures from several statements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Final

import numpy as np

from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.bounds import boosts, sure_penalties
from policydiff.carry import carry_overs, named_again, ongoing_set, sized_again
from policydiff.compared import compared_claim, comparisons
from policydiff.groups import members_claim, task_claims
from policydiff.guards import (
    collective_head,
    contrasted,
    delivers,
    enumeration,
    joined,
    kinds_listed,
    listed_in,
    narrower,
    stock_reached,
    substituted,
)
from policydiff.keys import assign_lazily, match_key, score_keys, similarity
from policydiff.listclaims import budget_claim, group_claim, hedged, members_task_claim
from policydiff.measures import other_size, places, places_for_people
from policydiff.milestones import find_milestone
from policydiff.model import Alignment, Commitment, Outcome, Statement
from policydiff.qualified import lift_qualified, qualified_measure, qualified_pairs
from policydiff.quantities import measure
from policydiff.rules import (
    BY_NAME,
    CHANGE_LEVEL_RATIO,
    MAGNITUDE_LIMIT,
    Rule,
    blocking,
    counted_first,
    counted_key,
    counted_similarity,
    fired,
    several_year_total,
)
from policydiff.rules import weights as rule_weights
from policydiff.stages import stage_evidence

# The keys and the guards live in their own modules (policydiff.keys, policydiff.guards); their public
# names are also the align stage's.
__all__ = [
    "align",
    "assign",
    "compatible",
    "contrasted",
    "joined",
    "listed_in",
    "match_key",
    "narrower",
    "score_keys",
    "score_matrix",
    "similarity",
    "substituted",
    "why_blocked",
]

#: Below this two indicators are not one measure (规上工业企业数智化转型 vs 规上工业企业: 64).
SCORE_CUTOFF: Final = 70.0
#: A qualitative completion claim must name the commitment more closely than a figure must.
CLAIM_CUTOFF: Final = BY_NAME["completion-claim"].weight
#: An outcome inside a several-year passage is weaker evidence for one year (the rule period-passage).
CUMULATIVE_PENALTY: Final = BY_NAME["period-passage"].weight
#: Candidates kept per commitment for ``--explain``.
CANDIDATE_LIMIT: Final = 5


def score_matrix(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """Pairwise :func:`similarity` of the commitments' and outcomes' indicators."""
    return score_keys([match_key(c.indicator) for c in commitments], [match_key(o.indicator) for o in outcomes])


def compatible(c: Statement, o: Statement) -> bool:
    """Whether two statements' figures can be compared as written: no hard block of :mod:`policydiff.rules`, and
    neither another size of the unit nor places against people (other-size, places-for-people), which only the
    audit's verdicts compare, once converted; a sum or a change of figures never mixes them."""
    if c.quantity is None or o.quantity is None or blocking(c, o) is not None:
        return False
    return not other_size(c, o) and not places_for_people(c, o)


def why_blocked(c: Statement, o: Statement, *, weights: Mapping[str, float] | None = None) -> str | None:
    """Why an outcome can never decide a commitment, or None: a hard block, or penalties that alone
    take a perfect match below the cutoff (see :data:`policydiff.rules.RULES`)."""
    if c.quantity is None or o.quantity is None:
        return "no figure"
    w = rule_weights(weights)
    rules = fired(c, o)
    if rules and rules[-1].effect == "block":
        return f"{rules[-1].name}: {rules[-1].doc}"
    heavy = [r for r in rules if r.effect == "penalty" and w[r.name] > 100.0 - SCORE_CUTOFF]
    if heavy:
        return "; ".join(f"{r.name}: {r.doc}" for r in heavy)
    return None


def adjusted_scores(
    commitments: Sequence[Statement],
    outcomes: Sequence[Statement],
    *,
    cumulative_penalty: float | None = None,
    weights: Mapping[str, float] | None = None,
    score_cutoff: float = SCORE_CUTOFF,
) -> np.ndarray:
    """Similarity with the rules of :mod:`policydiff.rules` applied: blocks (0), penalties and bonuses."""
    scores = score_matrix(commitments, outcomes)
    w = _weights(weights, cumulative_penalty)
    blocked = surely_blocked(commitments, outcomes)
    scores[blocked] = 0.0
    # only the pairs no vectorised block settled reach the rules' own tests, which give their exact score
    for i, j in zip(*np.nonzero(~blocked), strict=True):
        scores[i, j] = _pair_score(commitments[i], outcomes[j], float(scores[i, j]), w, score_cutoff)
    return scores


def _pair_score(
    c: Statement,
    o: Statement,
    raw: float,
    w: Mapping[str, float],
    score_cutoff: float,
    *,
    listable: bool = True,
    collectable: bool = True,
) -> float:
    """One pair's similarity after the rules that fire on it, and the bonus of listed-enumeration or of
    collective-kinds (asked only when ``listable`` or ``collectable``: see :func:`_listable`, :func:`_collectable`)."""
    rules = fired(c, o)
    score = _apply(raw, rules, w, score_cutoff)
    if 0 < score < score_cutoff and listable and _LISTED(c, o):
        score = score_cutoff + w["listed-enumeration"]
    elif 0 < score < score_cutoff and collectable and _COLLECTED(c, o):
        score = score_cutoff + w["collective-kinds"]
    elif 0 < score < score_cutoff and (counted := counted_similarity(c, o)) > raw:
        # the rule counted-first: the thing a statement counts first, scored with the same rules
        score = max(score, _apply(counted - w["counted-first"], rules, w, score_cutoff))
    if 0 < score < score_cutoff and qualified_measure(c, o):  # the rule qualified-measure
        score = max(score, _apply(100.0 - w["qualified-measure"], rules, w, score_cutoff))
    return score


def ranked_scores(
    commitments: Sequence[Statement],
    outcomes: Sequence[Statement],
    *,
    weights: Mapping[str, float],
    score_cutoff: float = SCORE_CUTOFF,
    limit: int = CANDIDATE_LIMIT,
) -> np.ndarray:
    """:func:`adjusted_scores` where :func:`align` reads them: each commitment's ``limit`` best candidates are
    exact, and :func:`assign` gives the assignment it gives on the exact scores; every other entry is exact or 0.

    The rules only lower a similarity, but for the boosts and the bonus of listed-enumeration: a pair's bound is its
    similarity plus every boost that can fire on it (same-figure only where the figures are equal) less every
    penalty that surely fires (:mod:`policydiff.bounds`), and the bonus where both statements hold an enumeration.
    Pairs are scored by the rules in the order of their bounds, and a row stops when no pair left can displace its
    ``limit`` best; of the pairs left that may reach the cutoff, only those the assignment would read are scored
    (:func:`policydiff.keys.assign_lazily`), so a report whose many statements resemble each other costs about one
    pair per commitment more, not one per resembling pair.
    """
    raw = score_matrix(commitments, outcomes)
    if not commitments or not outcomes:
        return raw
    blocked = surely_blocked(commitments, outcomes)
    raw[blocked] = 0.0
    up = boosts(commitments, outcomes, weights)
    up -= sure_penalties(commitments, outcomes, weights)  # penalties that fire whatever else does
    bound = raw + up  # in place from here on, and only where needed: a grown report's matrices are large
    np.minimum(bound, 100.0, out=bound)
    listable = _listable(commitments, outcomes)
    collectable = _collectable(commitments, outcomes)
    for bonus, pairs in (("listed-enumeration", listable), ("collective-kinds", collectable)):
        lifted = pairs & (bound > 0)
        bound[lifted] = np.maximum(bound[lifted], score_cutoff + weights[bonus])
    # counted-first: the similarity to the thing a statement counts first, with the same boosts, bounds that pair too
    counted = _counted_scores(commitments, outcomes)
    counted -= weights["counted-first"]
    lifted = (bound > 0) & (counted > 0)
    bound[lifted] = np.maximum(bound[lifted], np.minimum(counted[lifted] + up[lifted], 100.0))
    lift_qualified(bound, up, qualified_pairs(commitments, outcomes), weights["qualified-measure"])
    del counted, up, lifted
    bound[blocked] = 0.0  # a hard block scores 0 whatever could lift the pair
    del blocked
    out = np.zeros_like(raw)

    def score(i: int, j: int) -> float:
        out[i, j] = _pair_score(
            commitments[i],
            outcomes[j],
            float(raw[i, j]),
            weights,
            score_cutoff,
            listable=bool(listable[i, j]),
            collectable=bool(collectable[i, j]),
        )
        return float(out[i, j])

    # each row's ``limit`` best, ordered as align reads them (score descending, then the earlier outcome)
    pending: list[tuple[float, int, int, int]] = []  # the pairs left whose bound reaches the cutoff
    for i in range(len(commitments)):
        best: list[tuple[float, int]] = []  # (-score, j) of the row's exact positive scores, at most ``limit``
        order = np.argsort(-bound[i], kind="stable").tolist()
        for k, j in enumerate(order):
            b = float(bound[i, j])
            if b <= 0 or (score_cutoff > 0 and len(best) >= limit and (-b, j) > best[-1]):
                rest = np.asarray(order[k:], dtype=np.intp)
                rest = rest[bound[i, rest] >= max(score_cutoff, np.nextafter(0.0, 1.0))]
                pending += [(-v, 0, i, r) for v, r in zip(bound[i, rest].tolist(), rest.tolist(), strict=True)]
                break
            if (s := score(i, j)) > 0:
                best = sorted([*best, (-s, j)])[:limit]
    assign_lazily(score, pending, out, score_cutoff)
    return out


def _counted_scores(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """For each pair, the similarity of the commitment to the thing the statement counts first
    (:func:`policydiff.rules.counted_key`), 0 where the statement does not open with its count."""
    out = np.zeros((len(commitments), len(outcomes)))
    keys = [counted_key(o) for o in outcomes]
    columns = [j for j, k in enumerate(keys) if k]
    if columns and commitments:
        out[:, columns] = score_keys([match_key(c.indicator) for c in commitments], [keys[j] for j in columns])
    return out


def _listable(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """Pairs where listed-enumeration may fire: the commitment lists two items or more, the statement some, under
    head nouns that begin alike (what :func:`policydiff.guards.listed_in` asks before comparing items)."""
    mine = [_enumerated(c.text) for c in commitments]
    theirs = [_enumerated(o.text) for o in outcomes]
    heads = {h: k for k, h in enumerate(sorted({h for n, h in (*mine, *theirs) if n}))}
    a = np.array([heads[h] if n >= 2 else -1 for n, h in mine])
    b = np.array([heads[h] if n >= 1 else -2 for n, h in theirs])
    return np.asarray(a[:, None] == b[None, :])


def _collectable(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """Pairs where collective-kinds may fire: the commitment lists kinds, the statement names a head noun
    collectively (what :func:`policydiff.guards.collected` asks before comparing the two)."""
    mine = np.array([bool(kinds_listed(c.indicator)[0]) for c in commitments])
    theirs = np.array([bool(collective_head(o.indicator)) for o in outcomes])
    return np.asarray(mine[:, None] & theirs[None, :])


@lru_cache(maxsize=16384)
def _enumerated(text: str) -> tuple[int, str]:
    """How many items ``text`` enumerates, and the first two characters of their head noun."""
    items, head = enumeration(text)
    return len(items), head[:2]


def surely_blocked(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """The pairs that a hard block of :mod:`policydiff.rules` settles, found for all pairs at once.

    A pair without two figures, or one that the rules other-unit, rate-vs-level or other-magnitude block, scores 0
    whatever else fires; these tests read only each statement's own figure, so they are outer products of
    per-statement arrays. Every pair marked is blocked by the rules themselves (a test compares this with
    :func:`policydiff.rules.fired` on real pairs); the pairs left are scored by the rules one by one.
    """
    n, m = len(commitments), len(outcomes)
    if not n or not m:
        return np.ones((n, m), dtype=bool)
    cq, oq = [c.quantity for c in commitments], [o.quantity for o in outcomes]
    figures = np.array([q is not None for q in cq])[:, None] & np.array([q is not None for q in oq])[None, :]
    # units of one measure in other sizes (斤, 吨) are one dimension here, their figures converted (other-size)
    cm = [measure(q.dimension) if q else ("", 1.0) for q in cq]
    om = [measure(q.dimension) if q else ("", 1.0) for q in oq]
    dims = {d: k for k, d in enumerate(sorted({m for m, _ in (*cm, *om)}))}
    cd = np.array([dims[m] if q is not None else -1 for q, (m, _) in zip(cq, cm, strict=True)])
    od = np.array([dims[m] if q is not None else -2 for q, (m, _) in zip(oq, om, strict=True)])
    things = np.array(sorted(k for d, k in dims.items() if d in lxt.THING_CLASSIFIERS), dtype=int)
    c_thing, o_thing = np.isin(cd, things), np.isin(od, things)
    c_people, o_people = (np.array([q is not None and q.dimension == lxn.PEOPLE_UNIT for q in qs]) for qs in (cq, oq))
    c_place, o_place = (np.array([places(s) for s in ss]) for ss in (commitments, outcomes))
    # other-unit: another dimension, unless both are measure words for single things (other-classifier) or places
    # against people (places-for-people)
    same_kind = (
        (cd[:, None] == od[None, :])
        | (c_thing[:, None] & o_thing[None, :])
        | (c_people[:, None] & o_place[None, :])
        | (c_place[:, None] & o_people[None, :])
    )
    # other-magnitude: comparable units, no share, both positive, more than MAGNITUDE_LIMIT times apart
    cv = np.array(
        [
            q.value * m[1] if q is not None and q.unit not in lxt.SHARE_UNITS else 0.0
            for q, m in zip(cq, cm, strict=True)
        ]
    )
    ov = np.array([q.value * m[1] if q is not None else 0.0 for q, m in zip(oq, om, strict=True)])
    positive = (cv > 0)[:, None] & (ov > 0)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(positive, ov[None, :] / np.where(cv > 0, cv, 1.0)[:, None], 1.0)
    # rate-vs-level: a change against a level, unless two amounts near each other (change-vs-level, a penalty)
    o_amount = np.array([q is not None and q.unit not in lxt.SHARE_UNITS for q in oq])
    near = positive & o_amount[None, :] & (ratio <= CHANGE_LEVEL_RATIO) & (ratio >= 1 / CHANGE_LEVEL_RATIO)
    rate = (np.array([c.is_rate for c in commitments])[:, None] != np.array([o.is_rate for o in outcomes])[None, :]) & (
        ~near
    )
    magnitude = positive & same_kind & ((ratio > MAGNITUDE_LIMIT) | (ratio < 1 / MAGNITUDE_LIMIT))
    # several-year-total: a several-year total against a commitment that is no cumulative goal; given a total, the
    # rule reads only the commitment, so it is asked once per commitment, of any total
    o_total = np.array([o.total for o in outcomes])
    total = next((o for o in outcomes if o.total), None)
    c_yearly = np.array([total is not None and several_year_total(c, total) for c in commitments])
    several = c_yearly[:, None] & o_total[None, :]
    # work-vs-stock: a year's work against a stock reached, each side read alone
    work = np.array([delivers(c) for c in commitments])[:, None] & np.array([stock_reached(o) for o in outcomes])
    return np.asarray(~figures | (figures & (~same_kind | rate | magnitude | several | work)))


def _weights(weights: Mapping[str, float] | None, cumulative_penalty: float | None) -> dict[str, float]:
    """The rules' weights with overrides; ``cumulative_penalty`` is the weight of the rule period-passage."""
    w = rule_weights(weights)
    if cumulative_penalty is not None:
        w["period-passage"] = cumulative_penalty
    return w


_LISTED: Final = BY_NAME["listed-enumeration"].test or (lambda c, o: False)
_COLLECTED: Final = BY_NAME["collective-kinds"].test or (lambda c, o: False)


def _apply(score: float, rules: Sequence[Rule], w: Mapping[str, float], score_cutoff: float) -> float:
    """A similarity after the rules that fired: 0 on a block, less each penalty's weight."""
    for rule in rules:
        if rule.effect == "block":
            return 0.0
        if rule.effect == "penalty":
            score -= w[rule.name]
        elif rule.effect == "boost":
            score += w[rule.name]
    return min(max(score, 0.0), 100.0)


def fired_names(c: Statement, o: Statement) -> tuple[str, ...]:
    """Names of the pair rules that fire on a commitment and its evidence (shown by ``--explain``)."""
    names = [r.name for r in fired(c, o)]
    if _LISTED(c, o):
        names.append("listed-enumeration")
    if _COLLECTED(c, o):
        names.append("collective-kinds")
    if counted_first(c, o):
        names.append("counted-first")
    return tuple(names)


def assign(scores: np.ndarray, score_cutoff: float) -> dict[int, tuple[int, float]]:
    """One-to-one assignment: highest score first; ties to the lower row, then the lower column."""
    rows, cols = np.nonzero(scores >= score_cutoff)
    pairs = sorted(zip(rows.tolist(), cols.tolist(), strict=True), key=lambda p: (-scores[p], p[0], p[1]))
    chosen: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for i, j in pairs:
        if i not in chosen and j not in taken:
            chosen[i] = (j, float(scores[i, j]))
            taken.add(j)
    return chosen


def align(
    commitments: Sequence[Commitment],
    outcomes: Sequence[Outcome],
    next_plan: Sequence[Outcome] = (),
    review_clauses: Sequence[Outcome] = (),
    *,
    score_cutoff: float = SCORE_CUTOFF,
    cumulative_penalty: float | None = None,
    weights: Mapping[str, float] | None = None,
    limit: int = CANDIDATE_LIMIT,
) -> tuple[Alignment, ...]:
    """One Alignment per commitment, in commitment order (see the module docstring for the rules).

    ``next_plan`` and ``review_clauses`` are every sentence of report N+1's plan and review
    (:func:`policydiff.extract.clauses`): where carry-overs and milestones are looked for. ``weights``
    overrides rule weights by name (:func:`policydiff.rules.weights`); ``cumulative_penalty`` is the weight
    of the rule period-passage.
    """
    w = _weights(weights, cumulative_penalty)
    quantified = [o for o in outcomes if o.quantity is not None]
    claims = [o for o in outcomes if o.quantity is None and o.completed and not hedged(o.text)]
    members = [o for o in outcomes if members_claim(o.text) is not None]  # read once, not once per commitment
    scores = ranked_scores(commitments, quantified, weights=w, score_cutoff=score_cutoff, limit=limit)
    chosen = assign(scores, score_cutoff)
    claim_scores = score_matrix(commitments, claims)
    # a claim that the year's task of a thing was done names a quota, as closely as a figure must (task-claim)
    tasks = np.array([bool(task_claims(o.text)) for o in claims], dtype=bool)
    claim_cutoffs = np.maximum(score_cutoff, np.where(tasks, w["task-claim"], w["completion-claim"]))
    carries = carry_overs(commitments, next_plan)
    compared = comparisons(review_clauses)
    result: list[Alignment] = []
    for i, c in enumerate(commitments):
        order = np.argsort(-scores[i], kind="stable")[:limit].tolist()  # ties to the earlier outcome
        candidates = tuple((quantified[j], round(float(scores[i, j]), 1)) for j in order if scores[i, j] > 0)
        found: tuple[Outcome, float, str, tuple[str, ...]] | None = None
        staged = stage_evidence(c, review_clauses) if c.quantity is not None else None
        if staged is not None and not staged[1] and sized_again(c, next_plan) is not None:
            staged = None  # short of its stage but promised again with its size: the gentler carried_over
        if staged is not None and (i not in chosen or _names_size(c, quantified[chosen[i][0]], staged[0])):
            found = (staged[0], w["project-stage"], "stage", ("project-stage",))
        elif i in chosen:
            o = quantified[chosen[i][0]]
            found = (o, chosen[i][1], "review", fired_names(c, o))
        elif claims and (claimed := claim_scores[i] >= claim_cutoffs).any():
            j = int(np.argmax(np.where(claimed, claim_scores[i], -1.0)))
            rule = "task-claim" if tasks[j] else "completion-claim"
            found = (claims[j], float(claim_scores[i, j]), "review", (rule,))
        elif c.quantity is None:
            milestone = find_milestone(c, review_clauses, next_plan)
            found = None if milestone is None else (*milestone, ("milestone",))
        elif (cmp := compared_claim(c, compared, max(score_cutoff, w["compared-claim"]))) is not None:
            found = (cmp[0].outcome, w["compared-claim"], "compared", ("compared-claim",))
        elif (claim := group_claim(c, outcomes)) is not None:
            found = (claim, w["group-claim"], "group_claim", ("group-claim",))
        elif (claim := budget_claim(c, outcomes)) is not None:
            found = (claim, w["budget-claim"], "budget_claim", ("budget-claim",))
        elif (claim := members_task_claim(c, members)) is not None:
            found = (claim, w["members-claim"], "members_claim", ("members-claim",))
        elif (carry := carries[i]) is not None:
            found = (carry[0], carry[1], "next_plan", ("carry-over",))
        elif (carry := named_again(c, next_plan)) is not None:
            found = (carry[0], carry[1], "next_plan", ("named-again",))
        elif (carry := sized_again(c, next_plan)) is not None:
            found = (carry[0], carry[1], "next_plan", ("sized-project",))
        elif (carry := ongoing_set(c, next_plan)) is not None:
            found = (carry[0], carry[1], "next_plan", ("ongoing-set",))
        if found is None:
            best = candidates[0][1] if candidates else 0.0
            result.append(Alignment(commitment=c, outcome=None, score=best, candidates=candidates))
        else:
            outcome, score, source, names = found
            result.append(
                Alignment(commitment=c, outcome=outcome, score=score, candidates=candidates, source=source, rules=names)
            )
    return tuple(result)


def _names_size(c: Commitment, o: Outcome, staged: Outcome) -> bool:
    """Whether the figure aligned to a project's size only repeats it in the project's name, in the clause that
    says the project's stage (大唐700万吨露天煤矿…等项目前期工作扎实推进): a name, not an outcome."""
    q = o.quantity
    return q is not None and c.quantity is not None and q.text == c.quantity.text and q.text in staged.text
