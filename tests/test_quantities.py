"""Quantities: numerals, multipliers, units, comparators, and what is not a quantity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydiff.model import Comparator
from policydiff.quantities import chinese_int, normalize, parse_quantities


def one(text: str) -> tuple[float, str, str]:
    (q,) = parse_quantities(text)
    return q.value, q.unit, q.comparator.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城镇新增就业1200万人以上", (12_000_000, "人", ">=")),
        ("2.59亿元", (259_000_000, "元", "=")),
        ("粮食产量保持在1.3万亿斤以上", (1_300_000_000_000, "斤", ">=")),
        ("城镇调查失业率5.5%左右", (5.5, "%", "~")),
        ("城镇调查失业率全年控制在5.5%以内", (5.5, "%", "<=")),
        ("提高3个百分点", (3, "百分点", "=")),
        ("新增光伏装机30万千瓦", (300_000, "千瓦", "=")),
        ("新增两所学校", (2, "所", "=")),
        ("举办百场产业链供应链对接大会", (100, "场", "=")),
        ("全市一半以上的幼儿园开设托班", (50, "%", ">=")),
        ("百分之五", (5, "%", "=")),
        ("三分之一", (pytest.approx(33.3333, rel=1e-4), "%", "=")),
        ("集中整治各类乱象10万余处", (100_000, "处", ">=")),
        ("规模近9.8万亿元", (9_800_000_000_000, "元", "~")),
        ("超1.5万家", (15_000, "家", ">=")),
        ("１２００万人", (12_000_000, "人", "=")),
    ],
)
def test_quantity_values(text: str, expected: tuple[float, str, str]) -> None:
    """Each written form gives the canonical value, base unit and comparator."""
    assert one(text) == expected


def test_range_keeps_lower_bound_and_upper() -> None:
    """A range 5.0%—5.5% is a floor at its lower bound with the upper bound kept."""
    (q,) = parse_quantities("全省地区生产总值增长5.0%—5.5%")
    assert (q.value, q.upper, q.comparator) == (5.0, 5.5, Comparator.GE)
    (q,) = parse_quantities("力争新增2—3家地方国企进入中国企业500强")
    assert (q.value, q.upper, q.unit) == (2.0, 3.0, "家")


@pytest.mark.parametrize(
    "text",
    [
        "2024年",
        "“十四五”时期",
        "G351国道",
        "5G基站",
        "中国企业500强",
        "“1+5+N”",
        "（5）",
        "二十大",
        "千万工程",
        "千方百计",
        "支持建设一批海外仓",
        "PM2.5",
        "第3次",
        "四擂三抓",
        "统一零售价",
    ],
)
def test_not_quantities(text: str) -> None:
    """Years, codes, names, footnote markers, ordinals and idioms are not quantities."""
    assert parse_quantities(text) == ()


def test_unit_per_cubic_metre() -> None:
    """每立方米20微克 is a concentration in 微克/立方米, capped by 以下."""
    assert one("PM2.5平均浓度每立方米20微克以下") == (20, "微克/立方米", "<=")


def test_spans_index_the_original_text() -> None:
    """Spans point at the original characters, full-width digits included."""
    text = "城镇新增就业１１００万人以上，"
    (q,) = parse_quantities(text, offset=10)
    assert text[q.span.start - 10 : q.span.end - 10] == "１１００万人以上" == q.text


def test_chinese_int() -> None:
    """Chinese numerals below 万; malformed ones are None."""
    assert [chinese_int(s) for s in ("一千二百", "一千零五", "十五", "二十", "两", "十四五", "一零")] == [
        1200,
        1005,
        15,
        20,
        2,
        None,
        None,
    ]


_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """Write 1..9999 the way a report does (一千二百, 十五, 一千零五)."""
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            if zero and out:
                out += "零"
            out += ("" if (unit == 10 and d == 1 and not out) else _CN_DIGITS[d]) + name
            zero = False
        elif out:
            zero = True
    return out


@given(st.integers(min_value=2, max_value=9999))
def test_numbers_round_trip_across_forms(n: int) -> None:
    """N万人 written as 1200万, 一千二百万 and 12,000,000 gives one value."""
    arabic = parse_quantities(f"新增{n}万人")[0].value
    chinese = parse_quantities(f"新增{_chinese(n)}万人")[0].value
    separated = parse_quantities(f"新增{n * 10000:,}人")[0].value
    assert arabic == chinese == separated == n * 10000


@given(st.text())
def test_normalize_is_idempotent_and_keeps_length(text: str) -> None:
    """normalize twice equals once, and never moves an offset."""
    once = normalize(text)
    assert normalize(once) == once
    assert len(once) == len(text)


@given(
    st.text(alphabet=st.sampled_from("0123456789.,%％万亿千百十一二两三五个人元以上左右约近超过—-至分之第“”（）年 "))
)
def test_parser_never_crashes(text: str) -> None:
    """No string crashes the quantity parser, and every span lies inside the text."""
    for q in parse_quantities(text):
        assert 0 <= q.span.start < q.span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("推进海洋经济高质量发展百场（项目）对接活动", [100]),  # Fujian 2025: the gold counts it (fj25-035)
        ("开展百场招聘会", [100]),
        ("组织千场活动", [1000]),
        ("百县千镇万村", []),  # a slogan
        ("实施千万工程", []),  # a name
    ],
)
def test_round_count_of_events(text: str, values: list[float]) -> None:
    """百场, 千场 count events when the clause has a target verb, even one further back; slogans do not count."""
    assert [q.value for q in parse_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("进出口总额突破万亿元、增速居全国第5位", [1e12]),  # Anhui 2026: at least 1万亿元
        ("营收突破千亿元", [1e11]),  # read once, not twice
        ("推进200个以上投资超亿元的文旅重大项目", [200]),  # 超亿元 qualifies the projects
        ("打造万亿元级产业", []),  # names a class of industry
    ],
)
def test_round_amount_without_a_digit(text: str, values: list[float]) -> None:
    """突破万亿元 is a lower bound of 1万亿元; a round threshold that qualifies something is not a figure."""
    got = parse_quantities(text)
    assert [q.value for q in got] == values
    assert all(q.comparator is Comparator.GE for q in got if q.value >= 1e11)
