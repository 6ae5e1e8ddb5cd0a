"""The align stage: plan commitments x report N+1 statements -> Alignments.

Candidates are blocked by unit, by rate versus level and by magnitude; a several-year total is never
a one-year outcome. Indicators are compared on keys (verbs and time words dropped, synonyms unified)
by :func:`similarity`, computed for all pairs at once: character-bigram coverage of the commitment
(a sparse matrix product) blended with rapidfuzz's ``ratio`` from ``process.cdist``. Pairs are assigned
one-to-one, highest score first; ties go to the earlier commitment, then the earlier outcome.
Commitments left without a review outcome are checked against report N+1's plan for a carry-over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Final

import numpy as np
from rapidfuzz import fuzz, process

from policydiff import lexicon_zh as lx
from policydiff.extract import is_flow
from policydiff.indicators import clean
from policydiff.milestones import find_milestone
from policydiff.model import Alignment, Commitment, Outcome, Quantity, Statement
from policydiff.quantities import parse_quantities

#: A name this long in front of a target's whole key (跨境电商进出口总额) makes the evidence a sub-category.
PREFIX_MIN: Final = 4
#: Below this two indicators are not one measure (规上工业企业数智化转型 vs 规上工业企业: 64).
SCORE_CUTOFF: Final = 70.0
#: A qualitative completion claim must name the commitment more closely than a figure must.
CLAIM_CUTOFF: Final = 85.0
#: An outcome inside a several-year passage is weaker evidence for one year.
CUMULATIVE_PENALTY: Final = 5.0
#: A flow target (新增, 新建) read against a stock (企业达426家) is probably another measure.
FLOW_PENALTY: Final = 10.0
#: Two indicators that end alike name the same kind of thing (…水质比例 / …水质比例).
HEAD_BONUS: Final = 8.0
#: An outcome that lumps a list together (A、B等) is weak evidence for one of its items.
AGGREGATE_PENALTY: Final = 20.0
#: Outcomes more than this many times larger or smaller than the target are another series.
MAGNITUDE_LIMIT: Final = 20.0
#: Share of the commitment's words that next year's plan must repeat for a carry-over.
CARRY_MIN_SHARE: Final = 0.7
#: Fewest repeated characters for a carry-over, however short the commitment (a name, not a word).
CARRY_MIN_CHARS: Final = 8
#: Bigram coverage below which a clause cannot repeat CARRY_MIN_SHARE of the words (a cheap screen).
CARRY_SCREEN: Final = 0.5
#: A percentage target this high is an end state (100%使用清洁电力): promised again, it is the same goal.
END_STATE_SHARE: Final = 90.0
#: Shortest repeated run of characters that counts towards that share (a name, not a particle).
CARRY_MIN_RUN: Final = 4
#: Confidence given to a blanket claim about a named list (十件民生实事全部完成): not a figure.
GROUP_CLAIM_SCORE: Final = 50.0
#: Score given above the cutoff to an outcome whose enumeration holds every item the commitment lists.
LIST_MARGIN: Final = 5.0
#: Candidates kept per commitment for ``--explain``.
CANDIDATE_LIMIT: Final = 5
#: Weight of bigram coverage of the commitment key, of the outcome key, and of rapidfuzz's ratio.
WEIGHTS: Final = (0.6, 0.2, 0.2)

# Verbs and time words are dropped from keys; flow words (新增, 新建) stay: 新增就业 is not 再就业.
_KEY_DROP: Final = tuple(
    sorted(
        set(lx.ACTION_VERBS + lx.RATE_WORDS + lx.INDICATOR_STOP_PREFIXES + lx.KEY_NOISE_WORDS)
        - set(lx.FLOW_WORDS + lx.STAGE_WORDS),
        key=len,
        reverse=True,
    )
)
#: A commitment key shorter than this (面积, 投资) names no measure by itself: it matches nothing, rather than
#: every statement that mentions 投资.
KEY_MIN: Final = 3
_SYNONYMS: Final = sorted(lx.INDICATOR_SYNONYMS.items(), key=lambda kv: -len(kv[0]))


def _synonym_pattern(word: str, canonical: str) -> re.Pattern[str]:
    """``word`` and, if the text goes on with the rest of ``canonical``, that rest too: 外贸进出口(总额) and
    进出口(总额) both become 进出口总额, never 进出口总额总额."""
    overlap = max((n for n in range(1, min(len(word), len(canonical)) + 1) if word.endswith(canonical[:n])), default=0)
    rest = canonical[overlap:]
    return re.compile(re.escape(word) + (f"(?:{re.escape(rest)})?" if rest and overlap else ""))


_SYNONYM_PATTERNS: Final = [(_synonym_pattern(w, c), c) for w, c in _SYNONYMS]
_DIGITS: Final = re.compile(r"[\d.,%％]+")


@lru_cache(maxsize=4096)
def match_key(indicator: str) -> str:
    """The indicator with verbs, time words and punctuation removed and synonyms unified.

    >>> match_key("全年国内生产总值增长"), match_key("经济增长")
    ('地区生产总值', '地区生产总值')
    """
    base = _DIGITS.sub("", indicator)
    for pattern, canonical in _SYNONYM_PATTERNS:
        base = pattern.sub(canonical, base)
    key = _drop(base, _KEY_DROP)
    return lx.INDICATOR_SYNONYMS.get(key, "地区生产总值" if key in lx.ECONOMY_WORDS else key)


def _drop(text: str, words: tuple[str, ...]) -> str:
    key = text
    for word in words:
        if len(key) > len(word) + 1:
            key = key.replace(word, "")
    return re.sub(r"[^\w]", "", key) or text


def _grams(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)} or {key}


def _coverage(a: Sequence[str], b: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Shares of each key's bigrams found in the other key, for all pairs (sparse product)."""
    ga, gb = [_grams(k) for k in a], [_grams(k) for k in b]
    # only bigrams of ``a`` can be shared, so they alone need a column: the product stays small
    vocab = {g: i for i, g in enumerate(sorted(set().union(*ga)))}
    ma = np.zeros((len(a), len(vocab)), dtype=np.float32)
    mb = np.zeros((len(b), len(vocab)), dtype=np.float32)
    for i, grams in enumerate(ga):
        ma[i, [vocab[g] for g in grams]] = 1.0
    for j, grams in enumerate(gb):
        mb[j, [vocab[g] for g in grams if g in vocab]] = 1.0
    shared = (ma @ mb.T).astype(float)
    sizes_b = np.array([len(g) for g in gb], dtype=float)
    return shared / ma.sum(axis=1, keepdims=True), shared / sizes_b[None, :]


def score_keys(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Similarity 0-100 of every key in ``a`` to every key in ``b`` (see :data:`WEIGHTS`)."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    cover_a, cover_b = _coverage(a, b)
    ratio = process.cdist(a, b, scorer=fuzz.ratio, processor=None, workers=1)
    wa, wb, wr = WEIGHTS
    heads = np.array([[x[-2:] == y[-2:] for y in b] for x in a], dtype=float)
    score = 100.0 * (wa * cover_a + wb * cover_b) + wr * ratio + HEAD_BONUS * heads
    short = np.array([len(x) < KEY_MIN for x in a])
    score[short] = 0.0
    return np.asarray(np.minimum(score, 100.0), dtype=float)


def similarity(a: str, b: str) -> float:
    """How alike two indicators are, 0-100, mostly how much of ``a`` is found in ``b``.

    >>> similarity("城镇调查失业率", "年末城镇调查失业率") > 90
    True
    >>> similarity("低效建设用地减量", "低效产业用地盘活处置") < SCORE_CUTOFF
    True
    """
    return float(score_keys([match_key(a)], [match_key(b)])[0, 0])


def score_matrix(commitments: Sequence[Statement], outcomes: Sequence[Statement]) -> np.ndarray:
    """Pairwise :func:`similarity` of the commitments' and outcomes' indicators."""
    return score_keys([match_key(c.indicator) for c in commitments], [match_key(o.indicator) for o in outcomes])


_THRESHOLD: Final = re.compile(r"(\d+(?:\.\d+)?)?(万亿|亿|千万|万)元")


def _threshold(match: tuple[str, str]) -> float:
    number, multiplier = match
    return float(number or 1) * lx.MULTIPLIERS[multiplier]


def contrasted(a: str, b: str) -> bool:
    """Whether two indicators differ by mutually exclusive modifiers (城镇 vs 全体, 一产 vs 二产).

    >>> contrasted("城镇居民人均可支配收入", "全体居民人均可支配收入"), contrasted("二产增加值", "二产增加值增长")
    (True, False)
    >>> contrasted("投资超亿元的文旅重大项目", "引进投资超10亿元重大项目")
    True
    >>> contrasted("财政科技支出占一般公共预算支出比重", "民生支出占一般公共预算支出比例")
    True
    >>> contrasted("单位地区生产总值能耗降低", "地区生产总值增长")
    True
    """
    for word in lx.SHARE_OF_WORDS:
        if _share_of(a, word) and _share_of(b, word) and _numerators_differ(a, b, word):
            return True  # 财政科技支出占…比重 is not 民生支出占…比重: a share of what
    if _intensity(a) != _intensity(b):
        return True  # 单位地区生产总值能耗 (per unit of output) is not 地区生产总值
    (ta, ma), (tb, mb) = _modifiers(a), _modifiers(b)
    if ta and tb and ta.isdisjoint(tb):
        return True  # 超亿元 projects are not 超10亿元 projects
    for group, mine, theirs in zip(lx.CONTRASTS, ma, mb, strict=True):
        required = group in lx.CONTRASTS_REQUIRED and lx.CONTRASTS_REQUIRED[group] in a
        if mine and not mine & theirs and (theirs or required):
            return True
    return False


def _intensity(text: str) -> bool:
    """Whether an indicator is per unit of something (单位地区生产总值能耗, 每万人口…)."""
    return bool(_INTENSITY.search(text))


_INTENSITY: Final = re.compile("|".join(lx.INTENSITY_MARKS))


def _share_of(text: str, word: str) -> bool:
    """Whether ``text`` is a share X占Y (not 占用, 占地: occupying)."""
    at = text.find(word)
    return at > 0 and not text.startswith(lx.NOT_SHARE_AFTER, at + len(word))


def _numerators_differ(a: str, b: str, word: str = "占") -> bool:
    """Whether two shares (X占Y比重, X相当于Y的比例) measure different numerators X: neither names the other's
    head (财政科技支出 vs 民生支出 differ; 研发经费投入 vs 全社会研发经费支出 do not)."""
    x, y = match_key(a.split(word, 1)[0]), match_key(b.split(word, 1)[0])
    return bool(x and y) and x[:2] not in y and y[:2] not in x


@lru_cache(maxsize=4096)
def _modifiers(text: str) -> tuple[frozenset[float], tuple[frozenset[str], ...]]:
    """The money thresholds named in an indicator, and its members of each contrast group."""
    thresholds = frozenset(_threshold(t) for t in _THRESHOLD.findall(text))
    return thresholds, tuple(_members(group, text) for group in lx.CONTRASTS)


def _members(group: tuple[str, ...], text: str) -> frozenset[str]:
    """The group's words in ``text``, longest first, each consuming its characters (进出口 is not 出口)."""
    found: set[str] = set()
    for word in sorted(group, key=len, reverse=True):
        if word in text:
            found.add(word)
            text = text.replace(word, "\0")
    return frozenset(found)


def compatible(c: Statement, o: Statement) -> bool:
    """Blocking: same unit, rate with rate and level with level, one year, magnitudes of one order,
    no contrasting modifiers."""
    return _incompatibility(c, o) is None


def _incompatibility(c: Statement, o: Statement) -> str | None:
    """Why two statements' figures cannot be compared, or None (see :func:`compatible`)."""
    if c.quantity is None or o.quantity is None:
        return "no figure"
    # the cheap tests first: most pairs fail on the unit
    if c.quantity.dimension != o.quantity.dimension:
        return "another unit"
    if c.is_rate != o.is_rate:
        return "a change against a level"
    if c.quantity.unit not in ("%", "百分点") and c.quantity.value > 0 and o.quantity.value > 0:
        ratio = o.quantity.value / c.quantity.value
        if ratio > MAGNITUDE_LIMIT or ratio < 1 / MAGNITUDE_LIMIT:
            return "another order of magnitude"
    if o.total and (not (_is_level(c) or "目标" in c.text) or c.indicator.endswith(lx.ANNUAL_AMOUNTS)):
        return "a several-year total"  # it decides only a cumulative goal (实现五万户的集中居住目标)
    if contrasted(c.indicator, o.indicator):
        return "contrasting groups or measures (城镇/全体, 进出口/出口, another numerator, per unit)"
    return None


def why_blocked(c: Statement, o: Statement) -> str | None:
    """Why an outcome can never decide a commitment, or None: the hard blocks of :func:`adjusted_scores`."""
    reason = _incompatibility(c, o)
    if reason is not None:
        return reason
    key_c, key_o = match_key(c.indicator), match_key(o.indicator)
    flow = _is_flow(c)
    if flow and not _is_flow(o) and not is_flow(o.text) and c.indicator.startswith(lx.FLOW_WORDS):
        return "an addition (新增2家) against a stock (7家进入500强)"
    if not flow and o.indicator.startswith(lx.FLOW_WORDS) and _is_level(c):
        return "a level to reach against a year's addition"
    if _delivers(c) and _stock_reached(o):
        return "a year's work against a stock reached"
    if narrower(key_c, key_o, c.sentence + c.lead) and not joined(c.indicator, o.indicator):
        return "a sub-category"
    if substituted(key_c, key_o):
        return "another programme (a swapped modifier)"
    return None


def _is_flow(st: Statement) -> bool:
    return is_flow(st.indicator) or is_flow(st.action)


def adjusted_scores(
    commitments: Sequence[Statement], outcomes: Sequence[Statement], *, cumulative_penalty: float
) -> np.ndarray:
    """Similarity with blocking (0) and penalties applied."""
    scores = score_matrix(commitments, outcomes)
    for i, c in enumerate(commitments):
        flow = _is_flow(c)
        for j, o in enumerate(outcomes):
            if why_blocked(c, o) is not None:
                scores[i, j] = 0.0
                continue
            if o.cumulative:
                scores[i, j] -= cumulative_penalty
            if "等" in o.indicator and "、" in o.indicator and "、" not in c.indicator:
                scores[i, j] -= AGGREGATE_PENALTY  # 改造老旧小区、抗震宜居农房等23万户 lumps several things
            if flow and not _is_flow(o) and not is_flow(o.text):
                scores[i, j] -= FLOW_PENALTY  # an addition (建设2家) against what may be a stock
            if 0 < scores[i, j] < SCORE_CUTOFF and listed_in(c.text, o.text):
                scores[i, j] = SCORE_CUTOFF + LIST_MARGIN
    return scores


def _list(text: str) -> tuple[list[str], str]:
    """The items of an enumeration (A、B等X, A、B5大X) and the head noun after it."""
    m = _ENUMERATION.search(text)
    if m is None:
        return [], ""
    items = [clean(p) for p in re.split(r"[、，,]", m["items"]) if clean(p)]
    return items, m["head"]


_ENUMERATION: Final = re.compile(
    r"(?P<items>[^，,。；]*、[^，,。；]*?)(?:等|\d+大|[一二三四五六七八九十]+大)(?P<head>[\u4e00-\u9fff]{2,4})"
)


def listed_in(target: str, evidence: str) -> bool:
    """Whether every item the target lists is among the evidence's items, under the same head noun.

    >>> listed_in("现代化工及能源、现代农产品加工等支柱产业", "大健康、现代化工、农产品加工5大支柱产业迈入万亿级")
    True
    """
    mine, head = _list(target)
    theirs, their_head = _list(evidence)
    if len(mine) < 2 or not theirs or head[:2] != their_head[:2]:
        return False
    return all(any(min(len(a), len(b)) >= 3 and (a in b or b in a) for b in theirs) for a in mine)


def _delivers(c: Statement) -> bool:
    """Whether a target is an amount of work to do this year (建设高标准农田300万亩), not a level."""
    q = c.quantity
    return c.action in lx.DELIVERY_VERBS and q is not None and q.unit not in ("%", "百分点") and not _is_level(c)


def _stock_reached(o: Statement) -> bool:
    """Whether an outcome states a stock reached (高标准农田达到4808万亩) rather than work done."""
    q = o.quantity
    if q is None or o.action in lx.DELIVERY_VERBS or any(v in o.indicator for v in lx.DELIVERY_VERBS):
        return False
    head = o.text[: max(0, o.text.find(q.text))]
    return head.endswith(lx.STATE_VERBS)


def _is_level(st: Statement) -> bool:
    """Whether a target is a level to reach (企业达220家, 稳定在1亿亩), not a year's addition."""
    return any(w in st.text for w in lx.LEVEL_WORDS)


def narrower(target: str, evidence: str, context: str = "") -> bool:
    """Whether the evidence names a sub-category: the target's key with words inserted inside it.

    Words the target's own sentence or paragraph lead names (``context``) are not a sub-category: the
    target abbreviated them (加大研发费用加计扣除政策实施力度，将科技型中小企业加计扣除比例…).

    A name of PREFIX_MIN characters or more in front of the whole target (跨境电商进出口总额) narrows it
    too, unless it opens with a verb (开展, 建成) or the target's sentence names it.

    >>> narrower("规上工业增加值", "规上装备工业增加值"), narrower("城镇调查失业率", "年末城镇调查失业率")
    (True, False)
    >>> narrower("进出口总额", "跨境电商进出口总额")
    True
    """
    if len(evidence) <= len(target):
        return False
    if target in evidence:
        prefix = evidence[: evidence.find(target)]
        verb = prefix.startswith(lx.ACTION_VERBS + lx.FLOW_WORDS + lx.STAGE_WORDS + lx.BROAD_PREFIXES)
        named = any(prefix[i : i + PREFIX_MIN] in context for i in range(len(prefix) - PREFIX_MIN + 1))
        return len(prefix) >= PREFIX_MIN and not verb and not named
    head = _common(target, evidence)
    tail = _common(target[::-1], evidence[::-1])
    inserted = evidence[head : len(evidence) - tail]
    content_head = target[:head] not in lx.FLOW_WORDS  # 新增(电动汽车)公共充电桩: only the verb is shared in front
    if not (content_head and head >= 2 and tail >= 2 and head + tail >= len(target)):
        return False
    return inserted not in lx.FILLER_WORDS and inserted not in context


def substituted(target: str, evidence: str) -> bool:
    """Whether the evidence swaps the target's modifier for another (国家级优势特色产业集群 vs
    国家级中小企业特色产业集群): same start and end, middles of two or more characters sharing no pair of them.

    >>> substituted("新增国家级优势特色产业集群", "新增国家级中小企业特色产业集群")
    True
    >>> substituted("化工园区较低安全风险等级", "化工园区降至较低风险等级")
    False
    """
    head = _common(target, evidence)
    tail = _common(target[head:][::-1], evidence[head:][::-1])
    mine, theirs = target[head : len(target) - tail], evidence[head : len(evidence) - tail]
    if head < 2 or tail < 2 or len(mine) < 2 or len(theirs) < 2 or {mine, theirs} & set(lx.FILLER_WORDS):
        return False
    return not _grams(mine) & _grams(theirs)


def joined(target: str, evidence: str) -> bool:
    """Whether the evidence names the target joined with another group (县级城市和县城…): broader, not narrower.

    >>> joined("县级城市黑臭水体消除率", "县级城市和县城黑臭水体消除率")
    True
    """
    key = match_key(target)
    for m in re.finditer(r"[和及与、]", evidence):
        before, after = evidence[: m.start()], evidence[m.end() :]
        if match_key(after) == key:
            return True  # 基本养老保险和基本医疗保险参保率
        for n in range(1, 7):
            if key in (match_key(before + after[n:]), match_key(before[:-n] + after)):
                return True
    return False


def _common(a: str, b: str) -> int:
    """Length of the common prefix of two strings."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


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
    cumulative_penalty: float = CUMULATIVE_PENALTY,
    limit: int = CANDIDATE_LIMIT,
) -> tuple[Alignment, ...]:
    """One Alignment per commitment, in commitment order (see the module docstring for the rules).

    ``next_plan`` and ``review_clauses`` are every sentence of report N+1's plan and review
    (:func:`policydiff.extract.clauses`): where carry-overs and milestones are looked for.
    """
    quantified = [o for o in outcomes if o.quantity is not None]
    claims = [o for o in outcomes if o.quantity is None and o.completed]
    scores = adjusted_scores(commitments, quantified, cumulative_penalty=cumulative_penalty)
    chosen = assign(scores, score_cutoff)
    claim_scores = score_matrix(commitments, claims)
    carries = carry_overs(commitments, next_plan)
    result: list[Alignment] = []
    for i, c in enumerate(commitments):
        order = sorted(range(len(quantified)), key=lambda j: (-scores[i, j], j))[:limit]
        candidates = tuple((quantified[j], round(float(scores[i, j]), 1)) for j in order if scores[i, j] > 0)
        found: tuple[Outcome, float, str] | None = None
        if i in chosen:
            found = (quantified[chosen[i][0]], chosen[i][1], "review")
        elif claims and float(claim_scores[i].max()) >= max(score_cutoff, CLAIM_CUTOFF):
            j = int(np.argmax(claim_scores[i]))
            found = (claims[j], float(claim_scores[i, j]), "review")
        elif c.quantity is None:
            found = find_milestone(c, review_clauses, next_plan)
        elif (claim := group_claim(c, outcomes)) is not None:
            found = (claim, GROUP_CLAIM_SCORE, "group_claim")
        elif (claim := budget_claim(c, outcomes)) is not None:
            found = (claim, GROUP_CLAIM_SCORE, "budget_claim")
        elif (carry := carries[i]) is not None:
            found = (carry[0], carry[1], "next_plan")
        if found is None:
            best = candidates[0][1] if candidates else 0.0
            result.append(Alignment(commitment=c, outcome=None, score=best, candidates=candidates))
        else:
            result.append(
                Alignment(commitment=c, outcome=found[0], score=found[1], candidates=candidates, source=found[2])
            )
    return tuple(result)


def group_claim(c: Commitment, outcomes: Sequence[Outcome]) -> Outcome | None:
    """The review's blanket completion claim about the named list the commitment was promised in.

    "20件民生实事全部完成" decides each commitment the plan listed under 民生实事, as the government's claim.
    """
    if not c.group:
        return None
    for o in outcomes:
        if o.completed and c.group in o.text:
            return o
    return None


def budget_claim(c: Commitment, outcomes: Sequence[Outcome]) -> Outcome | None:
    """The review's claim that the budget was executed as passed, for a budget arrangement of the plan.

    "中央财政收支符合预算" decides "今年安排中央本级支出增长3.9%": the arrangement (安排) is the budget's,
    and the fiscal level (中央) agrees. It is the government's claim, not a figure.
    """
    if "安排" not in c.text or not any(w in c.indicator for w in lx.BUDGET_WORDS):
        return None
    levels = {w for w in lx.FISCAL_LEVELS if w in c.text}
    for o in outcomes:
        if o.completed and any(w in o.text for w in lx.BUDGET_CLAIM_WORDS):
            theirs = {w for w in lx.FISCAL_LEVELS if w in o.text}
            if not theirs or levels & theirs:
                return o
    return None


def _fresh_quota(target: Quantity, other: Quantity, *, rate: bool) -> bool:
    """A number in next year's plan that makes it a new quota, not the same deliverable again.

    Another number in the same kind of unit is a new quota; so is the same count or rate again. Only
    the same end-state share (a coverage or completion rate of END_STATE_SHARE or more) is the same goal.
    A count or amount in another unit is another deliverable (搬迁2.14万户 -> 在…搬迁集中安置点建设300个…).
    """
    if lx.UNIT_FAMILIES.get(other.dimension, other.dimension) != lx.UNIT_FAMILIES.get(
        target.dimension, target.dimension
    ):
        return other.unit not in ("%", "百分点")
    end_state = target.unit == "%" and not rate and target.value >= END_STATE_SHARE
    return other.value != target.value or not end_state


def _words(text: str) -> str:
    return _DIGITS.sub("", re.sub(r"[^\w%％.]", "", text))


def carry_overs(commitments: Sequence[Commitment], next_plan: Sequence[Outcome]) -> list[tuple[Outcome, float] | None]:
    """For each commitment, the clause of report N+1's plan that promises the same deliverable again.

    Same deliverable: runs of at least CARRY_MIN_RUN characters covering CARRY_MIN_SHARE of the
    commitment's words (and CARRY_MIN_CHARS at least), and no fresh quota (see :func:`_fresh_quota`).
    Clauses are first screened for all pairs at once by bigram coverage; only the few that pass are
    compared run by run.
    """
    out: list[tuple[Outcome, float] | None] = [None] * len(commitments)
    words = [_words(c.text) for c in commitments]
    others = [_words(o.text) for o in next_plan]
    if not commitments or not next_plan:
        return out
    cover, _ = _coverage(words, others)
    quantities: dict[int, tuple[Quantity, ...]] = {}
    for i, c in enumerate(commitments):
        if c.quantity is None or len(words[i]) < 2 * CARRY_MIN_RUN:
            continue
        best: tuple[Outcome, float] | None = None
        for j in np.nonzero(cover[i] >= CARRY_SCREEN)[0].tolist():
            blocks = SequenceMatcher(None, words[i], others[j], autojunk=False).get_matching_blocks()
            repeated = sum(b.size for b in blocks if b.size >= CARRY_MIN_RUN)
            share = repeated / len(words[i])
            if share < CARRY_MIN_SHARE or repeated < CARRY_MIN_CHARS or (best is not None and share * 100 <= best[1]):
                continue
            if j not in quantities:
                quantities[j] = parse_quantities(next_plan[j].text)
            if any(_fresh_quota(c.quantity, q, rate=c.is_rate) for q in quantities[j]):
                continue
            if any(w in next_plan[j].text for w in lx.WRAP_UP_WORDS):
                continue  # 开展…避险搬迁一期工程总结评估: reviewing finished work is not promising it again
            best = (next_plan[j], round(share * 100, 1))
        out[i] = best
    return out
