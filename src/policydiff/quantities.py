"""Quantities: Chinese and Arabic numerals, 万/亿 multipliers, units and comparators.

Input: a string (usually one clause). Output: :class:`~policydiff.model.Quantity` objects whose spans are
offsets into that string (plus ``offset``). Text is never rewritten in a way that moves offsets:
:func:`normalize` maps character for character.

>>> [(q.value, q.unit, q.comparator.value) for q in parse_quantities("粮食产量保持在1.3万亿斤以上")]
[(1300000000000.0, '斤', '>=')]
>>> [(q.value, q.unit) for q in parse_quantities("城镇新增就业一千二百万人")]
[(12000000.0, '人')]
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Comparator, Quantity, Span

_FULLWIDTH: Final[dict[int, int]] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20})
#: The characters :data:`_FULLWIDTH` maps, found by a regex: a report's few of them replaced one by one cost a
#: fraction of str.translate's lookup of every character.
_MAPPED: Final = {chr(k): chr(v) for k, v in _FULLWIDTH.items()}
_WIDE: Final = re.compile(f"[{''.join(sorted(_MAPPED))}]")


@lru_cache(maxsize=4096)  # a report's text is normalised by every stage that reads it: once is enough
def normalize(text: str) -> str:
    """Map full-width digits, letters, ％ and spaces to half-width, one character for one.

    The result has the same length as the input, so offsets found in it are offsets in the source.

    >>> normalize("增长６．５％")
    '增长6.5%'
    """
    return _WIDE.sub(lambda m: _MAPPED[m[0]], text)


def chinese_int(numeral: str) -> int | None:
    """The value of a Chinese numeral below 万, or None if it is not one (十四五, 一零).

    >>> chinese_int("一千二百"), chinese_int("十五"), chinese_int("两"), chinese_int("十四五")
    (1200, 15, 2, None)
    """
    total = 0
    digit: int | None = None
    last_unit = 10**9
    for ch in numeral:
        if ch in lxt.ZERO_DIGITS:
            if digit is not None:
                return None
            continue
        if ch in lxt.DIGITS:
            if digit is not None:
                return None
            digit = lxt.DIGITS[ch]
        elif ch in lxt.SMALL_UNITS:
            unit = lxt.SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            last_unit = unit
            digit = None
        else:
            return None
    return total + (digit or 0)


_AR: Final = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN: Final = f"[{lxt.CN_NUMERAL_CHARS}]+"
_NUM: Final = rf"(?:{_AR}|{_CN})"
_MULT: Final = "|".join(sorted(lxt.MULTIPLIERS, key=len, reverse=True))
_UNIT: Final = "|".join(re.escape(u) for u in sorted(lxt.UNITS, key=len, reverse=True))
_DASH: Final = f"(?:[{re.escape(lxt.RANGE_MARKS)}]{{1,2}}|{'|'.join(lxt.RANGE_WORDS)})"
_ROUGH: Final = "|".join(lxt.ROUGH_WORDS)
#: Every branch opens with a digit or a numeral (百分之 with 百): led by them (see :func:`lexicon_zh.led`).
_PATTERN: Final = re.compile(
    lx.led(
        rf"\d{lxt.CN_NUMERAL_CHARS}",
        rf"(?P<frac>(?P<den>{_NUM}){lxt.FRACTION_WORD}(?P<numr>{_NUM}))"
        rf"|(?P<sfrac>(?P<snumr>\d+)[{lxt.FRACTION_SLASHES}](?P<sden>\d+)(?![\d.]))"
        rf"|(?P<pctpre>{lxt.PERCENT_WORD})?(?P<num>{_NUM})"
        rf"(?:(?P<mult1>{_MULT})?(?P<unit1>{_UNIT})?\s?{_DASH}\s?(?P<num2>{_AR}|{_CN}))?"
        rf"(?P<rough1>{_ROUGH})?(?P<mult>{_MULT})?(?P<about>{_ROUGH})?(?P<unit>{_UNIT})?",
    )
)
_PHRASE: Final = re.compile("|".join(sorted(lxt.PHRASES, key=len, reverse=True)))
_ROUND_AMOUNT: Final = re.compile(
    lx.led(
        "".join(sorted({w[0] for w in lx.THRESHOLD_VERBS})),
        rf"(?<![\d.])(?:{lx.alternation(lx.THRESHOLD_VERBS)})"
        rf"(?P<amount>(?P<mult>{'|'.join(lxt.ROUND_AMOUNTS)}){lxt.MONEY_UNIT})(?![{lxt.ROUND_AMOUNT_NOT_BEFORE}])",
    )
)
#: A noun of people and a level word right before a figure that has a multiplier but no measure word.
_PEOPLE_BEFORE: Final = re.compile(
    rf"(?P<noun>{lx.alternation(lxn.PEOPLE_NOUNS + tuple(lxn.COUNT_NOUN_UNITS))})"
    rf"(?:{lx.alternation(lx.STATE_VERBS + lx.THRESHOLD_VERBS + tuple(lx.PREFIX_COMPARATORS))})?$"
)
#: A bare 万 before a measure word and a comparator (招生计划万名以上): ten thousand, written without a digit.
_BARE_TEN_THOUSAND: Final = re.compile(
    lx.led(
        lxt.BARE_MULTIPLIER,
        rf"(?<![\d{lxt.CN_NUMERAL_CHARS}{lxt.BARE_MULTIPLIER_NOT_AFTER}])(?P<mult>{lxt.BARE_MULTIPLIER})"
        rf"(?P<unit>{lx.alternation(lxt.BARE_MULTIPLIER_UNITS)})(?={lx.alternation(lx.BARE_COMPARATORS)})",
    )
)
_SUFFIX: Final = tuple(sorted(lx.SUFFIX_COMPARATORS, key=len, reverse=True))
_PREFIX: Final = tuple(sorted(lx.PREFIX_COMPARATORS, key=len, reverse=True))


def _number(text: str) -> Decimal | None:
    if text[0].isdigit():
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    value = chinese_int(text)
    return None if value is None else Decimal(value)


#: Multipliers a figure is written with, largest first: 1500万人, 2.4万亿元.
_WRITTEN: Final = lxt.WRITTEN_MULTIPLIERS


def written(value: float, unit: str) -> str:
    """A canonical value written back the way reports write it.

    >>> written(15000000.0, "人"), written(2.4e12, "元"), written(6.5, "%"), written(17100.0, "个")
    ('1500万人', '2.4万亿元', '6.5%', '1.71万个')
    """
    for word, size in _WRITTEN:
        if abs(value) >= size and unit not in lxt.RATIO_UNITS:
            return f"{value / size:.6g}{word}{unit}"
    return f"{value:.6g}{unit}"


def measure(unit: str) -> tuple[str, float]:
    """The unit a figure in ``unit`` is compared in, and how much of it one ``unit`` makes (lexicon UNIT_SIZES).

    >>> measure("斤"), measure("公顷"), measure("人")
    (('吨', 0.0005), ('亩', 15.0), ('人', 1.0))
    """
    return lxt.UNIT_SIZES.get(unit, (unit, 1.0))


def conversion(unit: str, to: str) -> float | None:
    """The factor that writes a figure in ``unit`` in ``to`` instead: 1.0 for the same unit, None when the two
    measure different things (亩 and 个, 人 and 人次).

    >>> conversion("吨", "斤"), conversion("平方公里", "亩"), conversion("亩", "个"), conversion("人", "人")
    (2000.0, 1500.0, None, 1.0)
    """
    if unit == to:
        return 1.0
    (a, size_a), (b, size_b) = measure(unit), measure(to)
    return size_a / size_b if a == b else None


def _comparator(text: str, start: int, end: int) -> tuple[Comparator, int, str]:
    """The comparator around ``text[start:end]``, the end of the suffix word if any, and the word."""
    rest = text[end : end + 3]
    if rest.startswith(_SUFFIX):  # most figures have no comparator: one test for all the words first
        word = next(w for w in _SUFFIX if rest.startswith(w))
        return Comparator(lx.SUFFIX_COMPARATORS[word]), end + len(word), word
    head = text[max(0, start - 4) : start]
    if head.endswith(_PREFIX):
        word = next(w for w in _PREFIX if head.endswith(w))
        return Comparator(lx.PREFIX_COMPARATORS[word]), end, word
    return Comparator.EQ, end, ""


def step_of(number: Decimal) -> Decimal:
    """The place value of a number's last non-zero digit: how far a 多 or 余 after it can reach.

    >>> [str(step_of(Decimal(n))) for n in ("20", "3000", "1.2", "15")]
    ['1E+1', '1E+3', '0.1', '1']
    """
    exponent = number.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def _interval(
    value: Decimal, upper: Decimal | None, comparator: Comparator, word: str, step: Decimal | None
) -> tuple[float, float]:
    """What the figure stands for: 20多万 [20万, 30万], 近1500万 [1350万, 1500万], 超过550万 as 550多万
    [550万, 560万], 以上 [N, inf)."""
    if upper is not None:
        return float(value), float(upper)
    if step is None and word in lx.JUST_PAST_WORDS:
        step = step_of(value)
    if step is not None:
        return float(value), float(value + step)
    if word in lx.NEAR_WORDS:
        return float(value) * lx.NEAR_WORDS[word], float(value)
    if comparator is Comparator.GE:
        return float(value), float("inf")
    if comparator is Comparator.LE:
        return float("-inf"), float(value)
    return float(value), float(value)


def parse_quantities(text: str, *, offset: int = 0, norm: str | None = None) -> tuple[Quantity, ...]:
    """Every number-with-unit in ``text``, with canonical value, unit and comparator.

    Years, dates, codes (G351, 5G, PM2.5), footnote markers, bare numbers and numbers beyond the float range
    are not quantities.
    Spans are ``offset`` plus positions in ``text``. Never raises on any string. ``norm``: ``normalize(text)``
    when the caller has it already (a slice of its normalised report).

    >>> [(q.value, q.unit, q.upper) for q in parse_quantities("全省地区生产总值增长5.0%—5.5%")]
    [(5.0, '%', 5.5)]
    >>> parse_quantities("G351国道、5G基站、2024年、“十四五”、（5）")
    ()
    """
    norm = normalize(text) if norm is None else norm
    found: list[Quantity] = []
    for m in _PATTERN.finditer(norm):
        q = _quantity(norm, text, m, offset)
        if q is not None:
            found.append(q)
    for m in _PHRASE.finditer(norm):
        value, unit = lxt.PHRASES[m.group()]
        if m.group().endswith(lxt.CLASS_SUFFIX) and not norm.startswith(lxt.CLASS_SIZE_WORDS, m.end()):
            continue  # 万亿级汽车走廊 names a class of thing; 突破万亿级规模 is a size
        if m.group() in lxt.RATE_PHRASES and norm.startswith(lxt.DOUBLING_NAME_FOLLOWERS, m.end()):
            continue  # 生态渔业倍增计划: a programme's name
        comparator, end, _ = _comparator(norm, m.start(), m.end())
        if m.group() in lxt.FLOOR_PHRASES:
            comparator = Comparator.GE  # 保持两位数增长: 10% or more
        span = Span(offset + m.start(), offset + end)
        found.append(
            Quantity(
                value=value, unit=unit, dimension=unit, text=text[m.start() : end], span=span, comparator=comparator
            )
        )
    for m in _ROUND_AMOUNT.finditer(norm):
        # 进出口总额突破万亿元: a round amount named without a digit, a lower bound
        start, end = m.start("amount"), m.end()
        if any(q.span.start - offset < end and start < q.span.end - offset for q in found):
            continue  # 突破千亿元: 千亿 is read as a numeral already
        value = lxt.MULTIPLIERS[m.group("mult")]
        found.append(
            Quantity(
                value=value,
                unit=lxt.MONEY_UNIT,
                dimension=lxt.MONEY_UNIT,
                text=text[start:end],
                span=Span(offset + start, offset + end),
                comparator=Comparator.GE,
            )
        )
    for m in _BARE_TEN_THOUSAND.finditer(norm):
        comparator, end, _ = _comparator(norm, m.start(), m.end())
        unit = lxt.UNITS[m.group("unit")]
        value = float(lxt.MULTIPLIERS[m.group("mult")])
        found.append(
            Quantity(
                value=value,
                unit=unit,
                dimension=unit,
                text=text[m.start() : end],
                span=Span(offset + m.start(), offset + end),
                comparator=comparator,
            )
        )
    found.sort(key=lambda q: q.span.start)
    return tuple(found)


def _quantity(norm: str, text: str, m: re.Match[str], offset: int) -> Quantity | None:
    start, end = m.start(), m.end()
    before = norm[start - 1] if start else ""
    if before == lxt.ORDINAL_PREFIX or (before and (before.isascii() and (before.isalnum() or before in ".+"))):
        return None  # G351, PM2.5, 1+5+N
    if m.group("sfrac"):
        below, above = Decimal(m.group("sden")), Decimal(m.group("snumr"))
        if not 0 < above < below <= lxt.FRACTION_DENOMINATOR_MAX or norm.startswith(lxt.FRACTION_NAME_FOLLOWERS, end):
            return None  # 2025/2026, 10/3, 3/4号线: no share
        value, unit, upper, step = above / below * 100, "%", None, None  # as 三分之一 reads
    elif m.group("frac"):
        den, numr = _number(m.group("den")), _number(m.group("numr"))
        if not den or numr is None:
            return None
        value, unit, upper, step = numr / den * 100, "%", None, None
    else:
        num = m.group("num")
        unit = m.group("unit") or ""
        pct = bool(m.group("pctpre"))
        if pct:
            unit = "%"
        if (
            not unit
            and num[0].isdigit()
            and norm.startswith(lxn.PEOPLE_NOUNS, end)
            and (norm.endswith(lxn.SERVED_PEOPLE_MARKS, 0, start) or _people_served_after(norm, start, end))
        ):
            unit = lxn.PEOPLE_UNIT  # 为200万中小学生开展测评: a number of people without a measure word
        if not unit and m.group("mult") and not m.group("num2") and (named := _PEOPLE_BEFORE.search(norm, 0, start)):
            # 旅居人数达600万, 入境游客111万, 医疗旅游人次86.5万: counted by the noun before, in its unit
            unit = lxn.COUNT_NOUN_UNITS.get(named["noun"], lxn.PEOPLE_UNIT)
        if not unit or (m.group("num2") and not unit):
            return None
        is_cn = not num[0].isdigit()
        spelled_out = len(num) >= 3 or m.group("mult") in lxt.SPELLED_MULTIPLIERS  # 一千二百万: a number, not a word
        if is_cn and (unit in lxt.ARABIC_ONLY_UNITS or not (spelled_out or _cn_target_context(norm, start, num))):
            return None
        if unit in lxt.NON_TARGET_UNITS:
            return None
        after = norm[end : end + 1]
        if after and after.isascii() and after.isalpha():
            return None  # 5G, 10kV
        if after and after in lxt.UNIT_FALSE_FOLLOWERS.get(unit, "") and m.group("unit"):
            return None  # 人群: a written unit that is a word's first character; an inferred one (10万群众) is not
        figures = lxt.FIGURES_AFTER.get(unit, ())
        if figures and norm.startswith(figures, end) and not _counted_thing(norm, end):
            return None  # 9个方面: a figure of speech, not a count of deliverables
        first = _number(num)
        if first is None:
            return None
        factor = Decimal(lxt.MULTIPLIERS[m.group("mult")]) if m.group("mult") else Decimal(1)
        value = first * factor
        upper = None
        # 20多万, 3000余个: up to the next step of the last digit written
        step = step_of(first) * factor if m.group("rough1") or m.group("about") else None
        if m.group("num2"):
            second = _number(m.group("num2"))
            if second is None:
                return None
            factor1 = Decimal(lxt.MULTIPLIERS[m.group("mult1")]) if m.group("mult1") else factor
            value, upper = first * factor1, second * factor
            if upper < value:
                return None
    if not (_finite(value) and (upper is None or _finite(upper))):
        return None  # a figure beyond the float range (a runaway string of digits) is no quantity a report means
    base = lxt.UNITS.get(unit, unit)
    if base == lxt.MASS_UNIT and lxt.PER_CUBIC_METRE in norm[max(0, start - 8) : start]:
        base = lxt.CONCENTRATION_UNIT
    comparator, end, word = _comparator(norm, start, end)
    if step is not None:
        comparator = Comparator.GE  # 10万余处, 100多家: more than the number
    if upper is not None and comparator is Comparator.EQ:
        comparator = Comparator.GE
    low, high = _interval(value, upper, comparator, word, step)
    return Quantity(
        value=float(value),
        unit=base,
        dimension=base,
        text=text[start:end],
        span=Span(offset + start, offset + end),
        comparator=comparator,
        upper=None if upper is None else float(upper),
        low=low,
        high=high,
    )


def _finite(number: Decimal) -> bool:
    """True when ``number`` is a finite float (not beyond about 1.8e308)."""
    return math.isfinite(float(number))


_CLAUSE_OPENS: Final = f"{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}{lxt.COLONS}\n"
_CLAUSE_END: Final = re.compile(f"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}{lxt.COLONS}\n]")


def _people_served_after(norm: str, start: int, end: int) -> bool:
    """Whether a number of people opens its clause and a result for them follows in it (6600多万农村人口饮水安全
    问题得到解决, 3700多万学生受益): the people served, where 还有158万残疾人 describes a population."""
    if start > 0 and norm[start - 1] not in _CLAUSE_OPENS:
        return False
    stop = _CLAUSE_END.search(norm, end)
    clause = norm[end : stop.start() if stop else len(norm)]
    return any(w in clause for w in lxn.PEOPLE_RESULT_WORDS)


def _counted_thing(norm: str, end: int) -> bool:
    """Whether a figure-of-speech word after 个 is an adjective of the thing counted (66个重点项目), not the
    figure itself (四个重点)."""
    word = next((w for w in lxt.FIGURE_ADJECTIVES if norm.startswith(w, end)), "")
    after = norm[end + len(word) : end + len(word) + 1]
    return bool(word) and lxt.HAN_FIRST <= after <= lxt.HAN_LAST


def _cn_target_context(norm: str, start: int, numeral: str) -> bool:
    """A Chinese numeral is a target only right after a target verb (新增两所, 举办百场), never 一 alone."""
    if numeral == lxt.CN_ONE:
        return False  # 一批, 一个: an article, not a count
    value = chinese_int(numeral)
    if start and norm[start - 1] in lxt.CLOSING_QUOTES:
        return False  # “项目哪里来、投到哪里去、怎么发展好”三个: counting the parts of a slogan
    clause = re.split(rf"[{lxt.COMMAS}{lxt.FULL_STOP}{lxt.SEMICOLONS}{lxt.COLONS}]", norm[max(0, start - 40) : start])[
        -1
    ]
    if value and lxt.ENUMERATION_MARK in clause and len(re.split(f"[{lxn.FIGURE_JOINERS}]", clause)) == value:
        return not norm.startswith(
            lxt.CN_COUNT_FIGURES, start + len(numeral) + 1
        )  # 松江、奉贤两个试点: the number counts the names before it
    if start and norm[start - 1] == lxn.LIST_CLOSER:
        # 金星村等四个村, 住房保障、创业服务等十条措施: a count closing a list of names counts what it names
        return not norm.startswith(lxt.CN_COUNT_FIGURES, start + len(numeral) + 1)
    if numeral in lxt.CN_TWOS and not norm[max(0, start - 2) : start].endswith(lx.TWO_COUNT_VERBS):
        return False
    if start and norm[start - 1] in lxt.CN_NUMERAL_NOT_AFTER:
        return False
    head = norm[max(0, start - 6) : start]
    if any(head.endswith(v) for v in lx.CN_COUNT_VERBS):
        return True
    # 推进海洋经济高质量发展百场（项目）对接活动: a round count of events, its verb further back in the clause
    after = norm[start + len(numeral) : start + len(numeral) + 1]
    return numeral in lxt.CN_ROUNDS and after in lxt.CN_EVENT_MEASURES and any(v in clause for v in lx.CN_NUMERAL_VERBS)
