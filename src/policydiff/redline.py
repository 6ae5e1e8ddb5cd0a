"""Part of the diff stage: the redline of two plans, section by section and paragraph by paragraph.

The two plan parts are cut into sections (their own headings, level 2 where there are any) and paragraphs.
Sections are paired by heading and content, renamed and reordered ones included; paragraphs are paired inside
paired sections, then across the rest (a paragraph moved to another section). Each pair of paragraphs is
diffed with diff-match-patch over tokens, not characters (:func:`tokens`): a number with its unit and
comparator (7.5%左右, 1200万人以上) is one token and so is a word, so the semantic cleanup never splits either.
Words are found without a dictionary: runs of two to four Han characters that recur in the two plans
(:func:`vocabulary`), read longest first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import numpy as np
from diff_match_patch import diff_match_patch

from policydiff import lexicon_zh_text as lxt
from policydiff import lexicon_zh_years as lxy
from policydiff.align import assign
from policydiff.extract import regions
from policydiff.model import Document, Section, Span
from policydiff.outline import paragraphs
from policydiff.quantities import normalize, parse_quantities

#: Seconds diff-match-patch may spend on one pair of paragraphs before it settles for a coarser diff.
DIFF_TIMEOUT: Final = 2.0
#: Longest word the segmentation reads (四字 phrases: 高标准农田 is 高标准 + 农田).
WORD_MAX: Final = 4
#: Times a run of characters must occur in the two plans to count as a word: twice is chance, three a habit.
WORD_MIN_COUNT: Final = 3
#: Two sections are one when their similarity (heading, and the overlap of their contents) reaches this.
SECTION_CUTOFF: Final = 0.25
#: Weight of the heading in a section's similarity; the rest is its content.
HEADING_WEIGHT: Final = 0.3
#: Two paragraphs of paired sections are one when their bigram similarity reaches this.
PARAGRAPH_CUTOFF: Final = 0.3
#: Paragraphs left over, from any section, are paired only when this alike (a paragraph moved, not a new one).
MOVED_CUTOFF: Final = 0.5

_HAN_RUN: Final = re.compile(f"[{lxt.HAN_RANGE}]+")
_PLAIN: Final = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?%?|\s+|.", re.DOTALL)


# -- tokens -------------------------------------------------------------------------------------------------


def vocabulary(texts: Iterable[str], *, min_count: int = WORD_MIN_COUNT) -> frozenset[str]:
    """Runs of 2 to :data:`WORD_MAX` Han characters that occur ``min_count`` times in ``texts`` together and
    neither start nor end with a joining character (的, 和): the words of the segmentation.

    >>> words = vocabulary(["新建高标准农田。新建高标准农田。新建高标准农田的"])
    >>> "高标准" in words, "农田的" in words, "农田" in words
    (True, False, True)
    """
    counts: Counter[str] = Counter()
    for text in texts:
        for run in _HAN_RUN.findall(normalize(text)):
            for n in range(2, WORD_MAX + 1):
                counts.update(run[i : i + n] for i in range(len(run) - n + 1))
    return frozenset(
        w
        for w, k in counts.items()
        if k >= min_count and w[0] not in lxy.FUNCTION_CHARS and w[-1] not in lxy.FUNCTION_CHARS
    )


def tokens(text: str, vocab: frozenset[str] = frozenset()) -> list[str]:
    """Quantities (with unit and comparator) and words of ``vocab`` as single tokens; Latin words, digit runs
    and blanks as tokens; any other character alone.

    >>> tokens("增长7.5%，就业1200万人以上")
    ['增', '长', '7.5%', '，', '就', '业', '1200万人以上']
    >>> tokens("城镇新增就业1100万人以上", frozenset({"城镇", "新增", "就业"}))
    ['城镇', '新增', '就业', '1100万人以上']
    """
    out: list[str] = []
    pos = 0
    for q in parse_quantities(text):
        out.extend(_plain_tokens(text[pos : q.span.start], vocab))
        out.append(text[q.span.start : q.span.end])
        pos = q.span.end
    out.extend(_plain_tokens(text[pos:], vocab))
    return out


def _plain_tokens(text: str, vocab: frozenset[str]) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in _HAN_RUN.finditer(text):
        out.extend(_PLAIN.findall(text[pos : m.start()]))
        out.extend(_words(m[0], vocab))
        pos = m.end()
    out.extend(_PLAIN.findall(text[pos:]))
    return out


def _words(run: str, vocab: frozenset[str]) -> list[str]:
    """A run of Han characters cut into the longest words of ``vocab`` from the left, else single characters."""
    out: list[str] = []
    i = 0
    while i < len(run):
        for n in range(min(WORD_MAX, len(run) - i), 0, -1):
            if n == 1 or run[i : i + n] in vocab:
                out.append(run[i : i + n])
                i += n
                break
    return out


def redline(
    before: str, after: str, *, vocab: frozenset[str] | None = None, timeout: float = DIFF_TIMEOUT
) -> tuple[tuple[int, str], ...]:
    """A semantic diff of two texts over :func:`tokens`: (op, text), op -1 deleted, 0 kept, 1 inserted.

    Each distinct token becomes one character, as diff-match-patch's ``diff_linesToChars`` does for lines, so
    neither the diff nor its semantic cleanup can cut a number or a word. ``vocab`` defaults to the words the
    two texts share (:func:`vocabulary`).
    """
    words = vocabulary([before, after]) if vocab is None else vocab
    table: dict[str, str] = {}

    def encode(text: str) -> str:
        return "".join(table.setdefault(t, _private(len(table))) for t in tokens(text, words))

    a, b = encode(before), encode(after)
    decode = {v: k for k, v in table.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return tuple((op, "".join(decode[ch] for ch in chunk)) for op, chunk in diffs)


def _private(n: int) -> str:
    """The n-th character of the private-use areas (6400 in the BMP, then plane 15)."""
    return chr(0xE000 + n) if n < 6400 else chr(0xF0000 + n - 6400)


# -- sections and paragraphs ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ParagraphDiff:
    """A paragraph of either plan with its counterpart, if any, and the token redline between them.

    ``before`` / ``after`` are spans in the two documents' texts; one is None for a paragraph only one plan has.
    """

    before: Span | None
    after: Span | None
    score: float
    ops: tuple[tuple[int, str], ...]

    @property
    def changed(self) -> bool:
        """Whether the paragraph differs between the plans (a paragraph of one plan only always does)."""
        return any(op != 0 for op, _ in self.ops)


@attrs.frozen(kw_only=True)
class SectionDiff:
    """A section of either plan paired with its counterpart (by heading and content), and its paragraphs."""

    before: str | None
    after: str | None
    score: float
    paragraphs: tuple[ParagraphDiff, ...]

    @property
    def heading(self) -> str:
        """The later plan's heading, else the earlier one's."""
        return self.after or self.before or ""

    @property
    def renamed(self) -> bool:
        """Both plans have the section, under different headings."""
        return self.before is not None and self.after is not None and self.before != self.after


@attrs.frozen
class _Block:
    """One section of a plan part: its heading and its paragraphs' spans."""

    heading: str
    paragraphs: tuple[Span, ...]


def blocks(doc: Document) -> list[_Block]:
    """The plan part cut into sections: each paragraph goes to the deepest section holding it; a paragraph
    that is only its section's heading is the heading."""
    norm = normalize(doc.text)
    out: dict[str, list[Span]] = {}
    for region, top in regions(doc, "plan"):
        for para in paragraphs(norm, region.start, region.end):
            section = _deepest(doc.sections, para.start) or top
            if _bare(para.slice(doc.text)) == _bare(section.heading):
                out.setdefault(section.heading, [])
                continue
            out.setdefault(section.heading, []).append(para)
    return [_Block(heading, tuple(spans)) for heading, spans in out.items()]


def _bare(text: str) -> str:
    """A paragraph or heading without blanks and closing punctuation, to see that one is the other."""
    return text.strip().rstrip(lxt.FULL_STOP).strip()


def _deepest(sections: Sequence[Section], at: int) -> Section | None:
    best: Section | None = None
    for s in sections:
        if s.span.start <= at < s.span.end and (best is None or s.level >= best.level):
            best = s
    return best


def bigram_set(text: str) -> frozenset[str]:
    """The character bigrams of a text's Han characters and figures (punctuation and blanks left out)."""
    core = "".join(re.findall(rf"[{lxt.HAN_RANGE}\w.%]", normalize(text)))
    return frozenset(core[i : i + 2] for i in range(len(core) - 1)) or frozenset({core})


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller bigram set found in the other, 0 to 1: a short section inside a long one is alike.

    >>> overlap(bigram_set("扩大国内需求"), bigram_set("坚定实施扩大内需战略，扩大国内需求"))
    1.0
    """
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice similarity of two bigram sets, 0 to 1.

    >>> dice(bigram_set("新建高标准农田"), bigram_set("新建高标准农田"))
    1.0
    """
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _matrix(
    a: Sequence[frozenset[str]],
    b: Sequence[frozenset[str]],
    measure: Callable[[frozenset[str], frozenset[str]], float] = dice,
) -> np.ndarray:
    return np.array([[measure(x, y) for y in b] for x in a], dtype=float).reshape(len(a), len(b))


def diff_sections(
    before: Document, after: Document, *, vocab: frozenset[str] | None = None, timeout: float = DIFF_TIMEOUT
) -> tuple[SectionDiff, ...]:
    """The two plan parts paired section by section and paragraph by paragraph, each pair redlined.

    Sections are paired one-to-one by :data:`HEADING_WEIGHT` x heading similarity plus the rest x content
    similarity, from :data:`SECTION_CUTOFF`; paragraphs inside paired sections from :data:`PARAGRAPH_CUTOFF`,
    then the paragraphs left over anywhere from :data:`MOVED_CUTOFF`. Output follows the later plan's order,
    with what only the earlier plan has after the section (or paragraph) it followed.
    """
    a, b = blocks(before), blocks(after)
    words = vocab if vocab is not None else vocabulary([_plan_text(before), _plan_text(after)])
    texts_a = [[p.slice(before.text) for p in blk.paragraphs] for blk in a]
    texts_b = [[p.slice(after.text) for p in blk.paragraphs] for blk in b]
    grams_a = [[bigram_set(t) for t in ts] for ts in texts_a]
    grams_b = [[bigram_set(t) for t in ts] for ts in texts_b]
    whole_a, whole_b = [frozenset().union(*g) for g in grams_a], [frozenset().union(*g) for g in grams_b]
    # overlap lets a section cut short still find its counterpart; dice keeps a short one from matching anything
    content = (_matrix(whole_a, whole_b, overlap) + _matrix(whole_a, whole_b, dice)) / 2
    heads = _matrix([bigram_set(x.heading) for x in a], [bigram_set(y.heading) for y in b])
    chosen = assign(HEADING_WEIGHT * heads + (1 - HEADING_WEIGHT) * content, SECTION_CUTOFF)
    section_of: dict[int, tuple[int | None, float]] = {j: (i, score) for i, (j, score) in chosen.items()}
    # paragraphs: inside paired sections first, then whatever is left, wherever it stands
    pairs: dict[tuple[int, int], tuple[int, int, float]] = {}  # (section b, paragraph b) -> (section a, para a)
    for i, (j, _) in chosen.items():
        for pi, (pj, score) in assign(_matrix(grams_a[i], grams_b[j]), PARAGRAPH_CUTOFF).items():
            pairs[(j, pj)] = (i, pi, score)
    used = {(i, pi) for i, pi, _ in pairs.values()}
    left_a = [(i, pi) for i in range(len(a)) for pi in range(len(grams_a[i])) if (i, pi) not in used]
    left_b = [(j, pj) for j in range(len(b)) for pj in range(len(grams_b[j])) if (j, pj) not in pairs]
    moved = assign(_matrix([grams_a[i][pi] for i, pi in left_a], [grams_b[j][pj] for j, pj in left_b]), MOVED_CUTOFF)
    for k, (m, score) in moved.items():
        pairs[left_b[m]] = (*left_a[k], score)
    used = {(i, pi) for i, pi, _ in pairs.values()}

    def pdiff(i: int | None, pi: int | None, j: int | None, pj: int | None, score: float) -> ParagraphDiff:
        old = texts_a[i][pi] if i is not None and pi is not None else ""
        new = texts_b[j][pj] if j is not None and pj is not None else ""
        ops = redline(old, new, vocab=words, timeout=timeout) if old and new else ((-1, old) if old else (1, new),)
        return ParagraphDiff(
            before=a[i].paragraphs[pi] if i is not None and pi is not None else None,
            after=b[j].paragraphs[pj] if j is not None and pj is not None else None,
            score=round(score, 3),
            ops=ops,
        )

    out: list[SectionDiff] = []
    placed_a: set[int] = set()
    for j, blk in enumerate(b):
        counterpart, score = section_of.get(j, (None, 0.0))
        paras: list[ParagraphDiff] = []
        for pj in range(len(blk.paragraphs)):
            if (j, pj) in pairs:
                pi_sec, pi, pscore = pairs[(j, pj)]
                paras.append(pdiff(pi_sec, pi, j, pj, pscore))
            else:
                paras.append(pdiff(None, None, j, pj, 0.0))
        if counterpart is not None:  # the earlier section's paragraphs that found no counterpart anywhere
            k = counterpart
            paras.extend(pdiff(k, pi, None, None, 0.0) for pi in range(len(a[k].paragraphs)) if (k, pi) not in used)
            placed_a.add(k)
        out.append(
            SectionDiff(
                before=a[counterpart].heading if counterpart is not None else None,
                after=blk.heading,
                score=round(score, 3),
                paragraphs=tuple(paras),
            )
        )
    for i, blk in enumerate(a):
        if i in placed_a:
            continue
        paras = [pdiff(i, pi, None, None, 0.0) for pi in range(len(blk.paragraphs)) if (i, pi) not in used]
        at = _after_predecessor(out, a, i)
        out.insert(at, SectionDiff(before=blk.heading, after=None, score=0.0, paragraphs=tuple(paras)))
    return tuple(out)


def _after_predecessor(out: list[SectionDiff], a: Sequence[_Block], i: int) -> int:
    """Where a section only the earlier plan has goes: after the section that preceded it there."""
    for k in range(i - 1, -1, -1):
        heading = a[k].heading
        for pos, s in enumerate(out):
            if s.before == heading:
                return pos + 1
    return 0


def _plan_text(doc: Document) -> str:
    return "\n".join(span.slice(doc.text) for span, _ in regions(doc, "plan"))


def plan_text(doc: Document) -> str:
    """The plan part of a report, the sections for its own year."""
    return _plan_text(doc)
