"""Quantities: numerals, multipliers, units, comparators, and what is not a quantity."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import seed
from policydiff import lexicon_zh_text as lxt
from policydiff.model import Comparator, Quantity, Span
from policydiff.quantities import chinese_int, conversion, measure, normalize, parse_quantities
from policydiff.senses import is_rate


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


INF = float("inf")


@pytest.mark.parametrize(
    ("text", "seed_file", "low", "high"),
    [
        # rough-figure: 多 or 余 after the number (or between it and 万) reaches the next step of its last digit
        ("惠及310多万户", "hubei-province-2026", 3_100_000, 3_200_000),
        ("累计向金门供水3800多万吨", "fujian-province-2025", 38_000_000, 39_000_000),
        ("建成美丽庭院5000余户", "beijing-municipality-2026", 5000, 6000),
        ("攻克关键核心技术200余项", "heilongjiang-province-2026", 200, 300),
        ("中心城区新增机动车停车位5万余个", "beijing-municipality-2026", 50_000, 60_000),
        # near-figure: 近 is a bit under the number
        ("新增普惠性托位近1.9万个", "beijing-municipality-2025", pytest.approx(17_100), 19_000),
        ("技改融资专项规模扩大至近400亿元", "fujian-province-2025", pytest.approx(3.6e10), 4e10),
        # just-past: 突破, 超过, 超 before the number read as 多 after it, up to the next step of its last digit
        ("高速公路通车总里程突破7000公里", "anhui-province-2026", 7000, 8000),
        ("全市国家级高新技术企业数量突破3万家", "beijing-municipality-2026", 30_000, 40_000),
        ("大型商业银行普惠小微企业贷款增幅超过40%", "national-2022", 40, 50),
        ("2025年旅居人数超550万", "yunnan-province-2026", 5_500_000, 5_600_000),
        ("清洁能源发电装机规模超7900万千瓦", "qinghai-province-2026", 79_000_000, 80_000_000),
        # lower-bound: 以上 and the floors before a number (不低于, 至少) keep no top: a level held, not a rounding
        ("粮食播种面积稳定在1255万亩以上", "fujian-province-2026", 12_550_000, INF),
        ("运体系村民小组覆盖率不低于98%", "guizhou-province-2026", 98, INF),
        # upper-bound: 以内
        ("城镇调查失业率稳定在4.4%以内", "shanghai-municipality-2021", -INF, 4.4),
        # exact-figure: a plain number, and one with 左右 (read as exact for an actual, PROTOCOL.md)
        ("粮食总产量稳定在550亿斤左右", "hubei-province-2026", 55_000_000_000, 55_000_000_000),
        ("城镇新增就业1206万人", "national-2023", 12_060_000, 12_060_000),
        # written-range: the two ends of a range target
        ("全省地区生产总值增长5.0%—5.5%", "fujian-province-2025", 5.0, 5.5),
        ("地区生产总值增长4.5-5%", "heilongjiang-province-2026", 4.5, 5.0),
        ("全省地区生产总值增长5%—5.5%", "anhui-province-2026", 5.0, 5.5),
    ],
)
def test_interval_a_figure_stands_for(text: str, seed_file: str, low: float, high: float) -> None:
    """Each figure carries the interval its words give it, on real quotes from the bundled reports."""
    assert text in Path(seed(seed_file)).read_text(encoding="utf-8")
    (q,) = parse_quantities(text)
    assert (q.low, q.high) == (low, high)
    assert q.exact is (low == high)


@pytest.mark.parametrize("dash", ["-", "－", "—", "——", "―", "‐", "−", "–", "~", "～", "至", "到", "－－"])
def test_range_dashes(dash: str) -> None:
    """Every way reports join a range's two ends (national 6.5%－7%, provincial 5%—5.5%) gives one range."""
    (q,) = parse_quantities(f"国内生产总值增长6.5%{dash}7%")
    assert (q.value, q.upper, q.low, q.high) == (6.5, 7.0, 6.5, 7.0)
    assert q.text == f"6.5%{dash}7%"


def test_rough_figure_between_number_and_multiplier() -> None:
    """20多万公里 and 500多万套 are figures (多 before 万), not skipped; 二十多万 reads the same."""
    for text, low, high in (("20多万公里", 2e5, 3e5), ("500多万套", 5e6, 6e6), ("二十多万人", 2e5, 3e5)):
        (q,) = parse_quantities(f"新建改造各类管网{text}")
        assert (q.value, q.low, q.high, q.comparator) == (low, low, high, Comparator.GE)


def test_quantity_bounds_default_from_comparator() -> None:
    """A Quantity built without bounds takes them from its comparator and range: old callers keep working."""
    span = Span(0, 1)
    assert Quantity(value=5.0, unit="%", dimension="%", text="5%", span=span).exact
    ge = Quantity(value=90.0, unit="%", dimension="%", text="基本消除", span=span, comparator=Comparator.GE)
    assert (ge.low, ge.high) == (90.0, INF)
    rng = Quantity(value=5.0, unit="%", dimension="%", text="5%-6%", span=span, comparator=Comparator.GE, upper=6.0)
    assert (rng.low, rng.high) == (5.0, 6.0)


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["多", "余"]), st.sampled_from(["", "万", "亿"]))
def test_rough_figure_reaches_next_step(n: int, word: str, mult: str) -> None:
    """N多万个 is at least N万 and below the next step of N's last non-zero digit (20多 -> 30, 1500多 -> 1600)."""
    (q,) = parse_quantities(f"新建{n}{word}{mult}个")
    factor = {"": 1, "万": 10**4, "亿": 10**8}[mult]
    step = 10 ** (len(str(n)) - len(str(n).rstrip("0")))
    assert (q.low, q.high) == (n * factor, (n + step) * factor)
    (exact,) = parse_quantities(f"新建{n}{mult}个")
    assert exact.exact and exact.low == n * factor


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("为200万中小学生开展心理健康测评", [(2_000_000.0, "人")]),  # chongqing-municipality-2025
        ("为70万妇女免费开展“两癌”筛查", [(700_000.0, "人")]),  # chongqing-municipality-2026
        ("还有63万失能老人、158万残疾人、40万3岁以下婴幼儿", []),  # neimenggu-province-2025: a population
        # a count of people opening its clause, with a result for them after it
        ("；6600多万农村人口饮水安全问题得到解决", [(66_000_000.0, "人")]),  # national-2015
        ("，3700多万学生受益", [(37_000_000.0, "人")]),  # national-2022
        ("，10.62万群众远离了危险", [(106_200.0, "人")]),  # gansu-province-2025: 群众 is no 人群
        ("，100多万群众住上了安全房", [(1_000_000.0, "人")]),  # ningxia-province-2026
        ("我区每年新增30万老年人", []),  # no clause opening, no result: a population
        ("，2000万农村人口", []),  # no result for them
    ],
)
def test_people_served_without_a_measure_word(quote: str, expected: list[tuple[float, str]]) -> None:
    """people-served: 为200万中小学生 counts people with no 人 or 名 written, and so does 6600多万农村人口…得到解决 (a
    count opening its clause, a result after it); a population described is none."""
    assert [(q.value, q.unit) for q in parse_quantities(quote)] == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("专项转移支付项目比上年减少1/3以上", [(100 / 3, ">=")]),  # national-2015
        ("其中新能源占比近1/3", [(100 / 3, "~")]),  # xinjiang-province-2025
        ("苹果、猕猴桃产量稳定在全国1/4、1/3", [(25.0, "="), (100 / 3, "=")]),  # shaanxi-province-2026
        ("2025/2026赛季", []),  # no share: the numerator is not below the denominator
        ("地铁3/4号线", []),  # a name
    ],
)
def test_fraction_written_with_a_slash(quote: str, expected: list[tuple[float, str]]) -> None:
    """slash-fraction: 1/3 is a share like 三分之一, the same value to the last digit (减少三分之一 is met by
    减少1/3以上); a pair that is no share (2025/2026, 3/4号线) is none."""
    found = parse_quantities(quote)
    assert [(pytest.approx(q.value), q.comparator.value) for q in found] == expected
    assert all(q.unit == "%" for q in found)
    assert parse_quantities("减少1/3")[0].value == parse_quantities("减少三分之一")[0].value


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("2025年医疗旅游人次86.5万、收入83.9亿元", [(865_000.0, "人次"), (8.39e9, "元")]),  # hainan-province-2026
        ("冰雪运动参与人次超630万", [(6_300_000.0, "人次")]),  # beijing-municipality-2025
        ("实名用户数超6195万", [(61_950_000.0, "户")]),  # shanghai-municipality-2022
        ("2025年旅居人数超550万", [(5_500_000.0, "人")]),  # yunnan-province-2026
        ("物联网终端用户数达50万户", [(500_000.0, "户")]),  # enshi-city-2024: a unit after the figure wins
        ("医疗旅游人次86", []),  # no multiplier: a bare number, no count
    ],
)
def test_count_noun_names_the_unit_before_the_figure(quote: str, expected: list[tuple[float, str]]) -> None:
    """count-noun-unit: 医疗旅游人次86.5万 counts 人次, 实名用户数超6195万 counts 户, with no measure word after."""
    assert [(q.value, q.unit) for q in parse_quantities(quote)] == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("继续保持千亿级投资强度", [(1e11, "元")]),  # beijing-municipality-2025: a size of investment
        ("保持千亿级投资规模", [(1e11, "元")]),  # beijing-municipality-2026
        ("聚焦绿色能源等重点产业谋划打造一批新的万亿级产业集群", []),  # beijing-municipality-2025: a class of thing
        ("实施千亿级生态特色产业培育行动", []),  # chongqing-municipality-2025
    ],
)
def test_class_amount_is_a_size_only_before_a_size_word(quote: str, expected: list[tuple[float, str]]) -> None:
    """class-size: 千亿级 before 投资 or 规模 is an amount; before an industry it names a class of thing."""
    assert [(q.value, q.unit) for q in parse_quantities(quote)] == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("居民消费价格涨幅基本持平", "基本持平"),  # qinghai 2026
        ("居民消费价格指数持平", "指数持平"),  # ningxia 2026
        ("居民消费价格与上年持平", "与上年持平"),  # fujian 2026
    ],
)
def test_flat_prices_are_a_change_of_zero(text: str, figure: str) -> None:
    """A flat price level (基本持平, 指数持平) is a change of 0%; 支持平潭 is no such phrase."""
    (q,) = parse_quantities(text)
    assert (q.text, q.value, q.unit) == (figure, 0.0, "%")
    assert parse_quantities("支持平潭新一轮开发") == ()


@pytest.mark.parametrize(
    ("text", "seed_file", "figure", "value"),
    [
        ("今年自治区财政科技投入再翻一番", "xizang-province-2025", "翻一番", 100.0),  # a plan's doubling
        ("实现算力总规模翻番", "jilin-province-2025", "翻番", 100.0),
        ("生态渔业产值突破350亿元、实现倍增", "jilin-province-2026", "倍增", 100.0),  # a review's
        ("每千人口托位数较2020年翻两番", "tianjin-municipality-2026", "翻两番", 300.0),  # four times: 300% more
    ],
)
def test_doubling_is_a_growth_of_100_percent(text: str, seed_file: str, figure: str, value: float) -> None:
    """A doubling (翻番, 翻一番, 倍增) is a change of 100%, read as a rate; 倍增计划 names a programme instead."""
    assert text in Path(seed(seed_file)).read_text(encoding="utf-8")
    qs = parse_quantities(text)
    assert (qs[-1].text, qs[-1].value, qs[-1].unit) == (figure, value, "%")
    assert is_rate(normalize(text), qs[-1])
    assert "实施生态渔业倍增计划" in Path(seed("jilin-province-2025")).read_text(encoding="utf-8")
    assert parse_quantities("实施生态渔业倍增计划") == ()


@pytest.mark.parametrize(
    ("text", "seed_file"),
    [
        ("接待国内游客人次、出游总花费均保持两位数增长", "jilin-province-2025"),  # a plan's target
        ("数字经济核心产业收入保持两位数增长", "beijing-municipality-2025"),  # a review's outcome
        ("企业研发投入保持两位数增长", "national-2023"),
    ],
)
def test_two_digit_growth_is_at_least_ten_percent(text: str, seed_file: str) -> None:
    """两位数增长 is a growth of 10% or more, a rate with no top; 院士突破两位数 (a count of people) is no figure."""
    assert text in Path(seed(seed_file)).read_text(encoding="utf-8")
    (q,) = parse_quantities(text)
    assert (q.value, q.unit, q.low, q.high) == (10.0, "%", 10.0, float("inf"))
    assert is_rate(normalize(text), q)
    assert "在晋两院院士突破两位数" in Path(seed("shanxi-province-2026")).read_text(encoding="utf-8")
    assert parse_quantities("在晋两院院士突破两位数") == ()


@pytest.mark.parametrize(
    ("quote", "seed_file", "to", "expected"),
    [
        ("粮食总产量突破1300万吨", "gansu-province-2026", "斤", 2.6e10),  # against 252亿斤 (Gansu 2025 plan)
        ("粮食产量达到6.07亿吨", "national-2015", "斤", 1.214e12),  # against 1.3万亿斤 (national 2021 plan)
        ("新增绿地800公顷", "heilongjiang-province-2026", "亩", 1.2e4),
        ("“以大换小”新增500兆瓦", "jilin-province-2025", "千瓦", 5e5),
    ],
)
def test_figure_in_another_size_of_its_unit(quote: str, seed_file: str, to: str, expected: float) -> None:
    """A figure converts to another size of its unit (万吨 to 斤, 公顷 to 亩, 兆瓦 to 千瓦) by the lexicon's table."""
    assert quote in Path(seed(seed_file)).read_text(encoding="utf-8")
    q = parse_quantities(quote)[-1]
    factor = conversion(q.dimension, to)
    assert factor is not None and math.isclose(q.value * factor, expected)


@pytest.mark.parametrize(("unit", "to"), [("人", "人次"), ("户", "人"), ("亩", "个"), ("吨", "千瓦"), ("公里", "亩")])
def test_other_measures_do_not_convert(unit: str, to: str) -> None:
    """Units of different measures, and different counts of people (人 / 人次 / 户), have no conversion."""
    assert conversion(unit, to) is None and conversion(to, unit) is None


def test_unit_sizes_are_base_units_of_one_measure() -> None:
    """Every unit of the size table is a base unit the parser gives, and each measure's own unit has size 1."""
    for unit, (base, size) in lxt.UNIT_SIZES.items():
        assert unit in lxt.UNITS.values() and base in lxt.UNITS.values() and size > 0
        assert measure(base) == (base, 1.0)


@given(st.sampled_from(sorted(lxt.UNIT_SIZES)), st.sampled_from(sorted(lxt.UNIT_SIZES)))
def test_conversion_round_trips(a: str, b: str) -> None:
    """Converting there and back gives the figure again; units of one measure convert both ways or neither."""
    there, back = conversion(a, b), conversion(b, a)
    assert (there is None) is (back is None)
    assert there is None or back is None or math.isclose(there * back, 1.0)
