"""Frozen value objects shared by every stage: Span, Section, Document, Quantity, Statement
(Commitment on the plan side, Outcome on the review side), Alignment and Verdict.

Collections are tuples; changes go through ``attrs.evolve``. Nothing here knows about tables.
"""

from __future__ import annotations

import bisect
import enum

import attrs


class Comparator(enum.Enum):
    """How the stated number binds: 以上 (at least), 以内 (at most), 左右 (about), or plain."""

    GE = ">="
    LE = "<="
    APPROX = "~"
    EQ = "="


class Sense(enum.Enum):
    """Which direction is better for the stated number."""

    FLOOR = "floor"
    CEILING = "ceiling"
    BAND = "band"


class Status(enum.Enum):
    """The verdict on one commitment; values are the strings of the audit table."""

    MET = "met"
    MISSED = "missed"
    CARRIED_OVER = "carried_over"
    NOT_MENTIONED = "not_mentioned"


class SectionKind(enum.Enum):
    """What a part of a report talks about."""

    REVIEW = "review"
    PLAN = "plan"
    GOVERNANCE = "governance"
    OTHER = "other"


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The text this span covers.

        >>> Span(2, 4).slice("各位代表")
        '代表'
        """
        return text[self.start : self.end]


@attrs.frozen(kw_only=True)
class Section:
    """One heading and the text under it, up to the next heading of the same or higher level."""

    heading: str
    level: int
    kind: SectionKind
    years: tuple[int, ...]
    span: Span
    path: tuple[str, ...]

    @property
    def multi_year(self) -> bool:
        """True when the section speaks about several years (a five-year review or plan)."""
        return len(self.years) > 1


@attrs.frozen
class SourceMap:
    """Where the characters of a cleaned text stand in the text it was cleaned from.

    From offset ``starts[i]`` of the cleaned text on, the source is ``shifts[i]`` characters further on
    (characters were dropped, or an entity became one space, before it); before ``starts[0]`` nothing moved.

    >>> m = SourceMap("增长5.5\u200b%", starts=(4,), shifts=(1,))   # cleaned: 增长5.5%
    >>> m.offset(4), m.span(Span(2, 6)), m.quote(Span(2, 6))
    (5, Span(start=2, end=7), '5.5\u200b%')
    """

    source: str
    starts: tuple[int, ...]
    shifts: tuple[int, ...]

    def offset(self, at: int) -> int:
        """The source offset of the cleaned text's offset ``at``."""
        i = bisect.bisect_right(self.starts, at) - 1
        return at + (self.shifts[i] if i >= 0 else 0)

    def span(self, span: Span) -> Span:
        """The source span of a span of the cleaned text (with any dropped characters inside it)."""
        return Span(self.offset(span.start), self.offset(span.end))

    def quote(self, span: Span) -> str:
        """The source text of a span of the cleaned text."""
        return self.span(span).slice(self.source)


@attrs.frozen(kw_only=True)
class Document:
    """A report's text with its outline and metadata.

    ``text`` is the decoded source, cleaned of what hides a figure from a reader of the text but not from a
    person (zero-width and direction marks, combining marks, a space inside 5.5 %, a thousands comma; see
    :func:`policydiff.load.clean`). Spans index ``text``; where cleaning changed anything, ``source_map``
    maps them back to the source, and :meth:`source_span` and :meth:`quote` give what the file says.
    """

    path: str | None
    text: str
    government: str
    report_year: int | None
    sections: tuple[Section, ...]
    source_map: SourceMap | None = attrs.field(default=None, repr=False)

    @property
    def source(self) -> str:
        """The text as decoded, before cleaning: what spans from :meth:`source_span` index."""
        return self.text if self.source_map is None else self.source_map.source

    def source_span(self, span: Span) -> Span:
        """A span of :attr:`text` as a span of :attr:`source`."""
        return span if self.source_map is None else self.source_map.span(span)

    def quote(self, text: str, span: Span) -> str:
        """``text`` found at ``span`` of :attr:`text`, as the source writes it (``text`` itself when it is not
        that slice, e.g. a derived figure's wording)."""
        if self.source_map is None or span.slice(self.text) != text:
            return text
        return self.source_map.quote(span)

    @property
    def name(self) -> str:
        """The file name, or ``<text>`` for a document given as a string."""
        if self.path is None:
            return "<text>"
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def review_years(self) -> tuple[int, ...]:
        """The years the review part speaks about, sorted."""
        years = {y for s in self.sections if s.kind is SectionKind.REVIEW for y in s.years}
        return tuple(sorted(years))

    @property
    def reviewed_year(self) -> int | None:
        """The single year this report looks back on (report year - 1)."""
        return self.report_year - 1 if self.report_year else None

    @property
    def plan_year(self) -> int | None:
        """The year this report plans for (the report year)."""
        return self.report_year

    def sections_of(self, kind: SectionKind) -> tuple[Section, ...]:
        """The leaf-most sections of one kind, in document order."""
        return tuple(s for s in self.sections if s.kind is kind)


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with its unit as stated: 1200万人以上 -> 12000000 人, comparator >=.

    ``value`` is in canonical base units (万 and 亿 multiplied out, % kept as percent points).
    ``upper`` holds the top of a range (5%-6% -> value 5, upper 6).
    ``low`` and ``high`` bound what the figure stands for, as its words say: 1500万以上 is [1500万, inf),
    超过1500万 (up to the next step of its last digit, as 多) [1500万, 1600万], 20多万 [20万, 30万],
    近1500万 [1350万, 1500万], 4.4%以内 [-inf, 4.4], a range 5%-6% [5, 6]; a plain number, and one with 约 or
    左右 (read as exact, PROTOCOL.md), is [value, value].

    >>> q = Quantity(value=1.5e7, unit="人", dimension="人", text="1500万人以上", span=Span(0, 7),
    ...              comparator=Comparator.GE)
    >>> (q.low, q.high, q.exact)
    (15000000.0, inf, False)
    """

    value: float
    unit: str
    dimension: str
    text: str
    span: Span
    comparator: Comparator = Comparator.EQ
    upper: float | None = None
    low: float = attrs.field(default=attrs.Factory(lambda self: _interval(self)[0], takes_self=True))
    high: float = attrs.field(default=attrs.Factory(lambda self: _interval(self)[1], takes_self=True))

    @property
    def exact(self) -> bool:
        """True when the figure stands for one number, not an interval."""
        return self.low == self.high


def _interval(q: Quantity) -> tuple[float, float]:
    """The interval a quantity stands for from its comparator and range alone (no 多 or 近 word known)."""
    if q.upper is not None:
        return q.value, q.upper
    return comparator_interval(q.value, q.comparator)


def comparator_interval(value: float, comparator: Comparator) -> tuple[float, float]:
    """The interval a figure stands for by its comparator: 超过3.4万亿 (GE) is [3.4万亿, inf), 以内 (LE)
    (-inf, value], anything else the value itself."""
    if comparator is Comparator.GE:
        return value, float("inf")
    if comparator is Comparator.LE:
        return float("-inf"), value
    return value, value


@attrs.frozen(kw_only=True)
class Statement:
    """A quantified (or milestone) clause of a report, with provenance."""

    id: str
    section: str
    section_kind: SectionKind
    text: str
    span: Span
    indicator: str
    action: str
    quantity: Quantity | None
    comparator: Comparator
    sense: Sense
    #: The number is a change (增长5%, 再提高30元), not a level (达到5%, 提高到84元).
    is_rate: bool = False
    #: "" for one year, "period" inside a several-year passage, "total" for a several-year total or average.
    completed: bool = False
    cumulative: str = ""
    #: The named list the statement belongs to (民生实事), from its paragraph's lead or its heading.
    group: str = ""
    #: The whole sentence the clause stands in: context a reader (and the aligner) may need.
    sentence: str = ""
    #: The first sentence of its paragraph: the topic (加快推进自贸试验区临港新片区建设).
    lead: str = ""

    @property
    def total(self) -> bool:
        """True for a several-year total or average (五年累计, 年均): never one year's outcome."""
        return self.cumulative == "total"

    @property
    def qualitative(self) -> bool:
        """True for a milestone without a number (建成X, 启动X)."""
        return self.quantity is None


@attrs.frozen(kw_only=True)
class Commitment(Statement):
    """A promise in year N's plan."""


@attrs.frozen(kw_only=True)
class Outcome(Statement):
    """A statement in report N+1: an outcome in its review, or a re-promise in its plan."""


@attrs.frozen(kw_only=True)
class Derivation:
    """An actual figure computed from stated ones, with the arithmetic a fact-checker can redo.

    ``comparator`` is GE when the result is only a lower bound (the parts said 超过), LE for an upper bound.
    ``parts`` are the statements used, report N+1's first; ``formula`` shows the sum as written.
    ``baseline`` is the part taken from report N (last year's level, or the plan's own goal), if any.
    ``low`` and ``high`` bound what the actual figure can be (a lower bound has ``high`` infinite; a growth
    worked out from two rounded levels has a range); the judge decides only where the whole range agrees.
    """

    value: float
    unit: str
    comparator: Comparator
    formula: str
    rule: str
    parts: tuple[Statement, ...]
    baseline: Statement | None = None
    low: float = attrs.field(default=attrs.Factory(lambda self: _bounds(self)[0], takes_self=True))
    high: float = attrs.field(default=attrs.Factory(lambda self: _bounds(self)[1], takes_self=True))


def _bounds(d: Derivation) -> tuple[float, float]:
    """The range a derived figure stands for, from its comparator: 超过3.4万亿 is [3.4万亿, inf)."""
    return comparator_interval(d.value, d.comparator)


@attrs.frozen(kw_only=True)
class Alignment:
    """The best review (or next-plan) statement found for one commitment, with the runners-up."""

    commitment: Commitment
    outcome: Outcome | None
    score: float
    candidates: tuple[tuple[Outcome, float], ...] = ()
    source: str | None = None
    #: Set when the actual figure is computed from several statements (source "derived").
    derived: Derivation | None = None
    #: Names of the rules (:data:`policydiff.rules.RULES`) that fired on the evidence chosen.
    rules: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Verdict:
    """The status of one commitment, the evidence that decided it and why."""

    commitment: Commitment
    status: Status
    evidence: Outcome | None
    reason: str
    confidence: float
    rule: str
    margin: float | None = None
    #: A reviewer's correction that replaced the machine's status: (the machine's status, the reviewer's note).
    correction: tuple[Status, str] | None = None


@attrs.frozen
class Example:
    """A quoted case of a rule: the plan clause (and, for a pair rule, the statement of report N+1) it is about.

    Quotes are exact substrings of the named reports; ``target`` and ``actual`` are the figures as written,
    which pick the statement where a clause holds several.
    """

    plan_file: str
    plan_quote: str
    review_file: str = ""
    review_quote: str = ""
    target: str = ""
    actual: str = ""
