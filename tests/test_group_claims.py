"""Named yearly lists of promises (民生实事): which plan commitments belong to the announced list, which review
sentences claim the list was delivered, and the verdicts such a claim gives (quotes from the real reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

import policydiff
from helpers import mini_report, report
from policydiff.extract import extract
from policydiff.groups import claims_members, list_claims, list_of, members_claim, read_name, same_list
from policydiff.judge import Status
from policydiff.parse import parse
from policydiff.pipeline import read


def members(name: str) -> dict[str, str]:
    """Each plan commitment's text and figure -> the list it belongs to, for one report."""
    return {f"{s.text} [{s.quantity.text if s.quantity else ''}]": s.group for s in extract(read(report(name)))}


def group_of(name: str, text: str) -> str:
    """The list of the plan commitment whose text holds ``text`` in one report."""
    found = {s.group for s in extract(read(report(name))) if text in s.text}
    assert len(found) == 1, (text, found)
    return found.pop()


def text_of(name: str) -> str:
    return Path(report(name)).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "item", "group"),
    [
        # the items follow the announcement in its paragraph, numbered 一是, 二是 …
        ("shanxi-province-2025", "配置自动体外除颤器1000台", "15件民生实事"),
        ("shanxi-province-2025", "免费送戏下乡1万场", "15件民生实事"),
        # numbered (1) … (10) after the announcement
        ("guizhou-province-2025", "改造普通公路危桥200座", "十件民生实事"),
        # one sentence of items after 包括：, split by semicolons
        ("chongqing-municipality-2025", "建设100个口袋公园", "15件重点民生实事"),
        # a short topic sentence naming the list, then its items without numbers
        ("jilin-province-2025", "改造客运班线公交化线路120条", "20件民生实事"),
        # a table at the end of the plan part, under its title (2025年10件惠民实事)
        ("yunnan-province-2025", "办理各类法律援助案件8万件", "10件惠民实事"),
        ("neimenggu-province-2026", "建成家庭养老床位7000张", "自治区民生实事"),
        # a change promised in the text (均提高3个百分点) whose level the year's list states (覆盖率达到78%)
        ("yunnan-province-2025", "生活污水治理（管控）率均提高3个百分点", "10件惠民实事"),
        # the count of the list is itself a commitment of the list
        ("shanxi-province-2025", "今年再办好15件民生实事", "15件民生实事"),
    ],
)
def test_commitments_listed_under_an_announced_list(name: str, item: str, group: str) -> None:
    """A commitment the plan lists under its announced list (items, numbered items, semicolons, a table) is a member."""
    assert group_of(name, item) == group


@pytest.mark.parametrize(
    ("name", "item"),
    [
        # a chapter heading naming 民生实事 among its themes announces no list: (六)聚焦民心工程和民生实事，…
        ("shanghai-municipality-2021", "支持培养企业新型学徒1万名"),
        # the chapter's numbered paragraphs after (五)…办好40件…民生实事 are its topics, not the 40 items
        ("ningxia-province-2025", "城镇新增就业8万人以上"),
        # the funding before the list in its sentence is no item: 筹措资金835亿元以上，实施十大为民办实事工程
        ("guangxi-province-2025", "筹措资金835亿元以上"),
        # a change in the text whose measure the year's list does not name stays outside it
        ("yunnan-province-2025", "乡镇通三级公路、30户以上自然村通硬化路的比例分别达70%、78%"),
        # 集中力量办好重要民生实事 in a long chapter opening names no list; the paragraphs after it are the chapter
        ("beijing-municipality-2025", "新建50个养老服务中心"),
    ],
)
def test_commitments_outside_any_list(name: str, item: str) -> None:
    """Chapter themes, a chapter's own topics and the list's funding are not items of the list."""
    assert group_of(name, item) == ""


def test_every_one_is_no_count() -> None:
    """用心用情办好每一件民生实事 names no list: 一件 is no count, and it is no topic sentence."""
    text = text_of("chongqing-municipality-2026")
    at = text.index("我们将用心用情办好每一件民生实事")
    assert list_of(text, at + 12) == ""


@pytest.mark.parametrize(
    ("name", "claim", "list_name"),
    [
        ("shanxi-province-2026", "省政府承诺的15件民生实事全部兑现", "15件民生实事"),
        ("jiangxi-province-2026", "10件民生实事如期兑现", "10件民生实事"),
        ("yunnan-province-2026", "年度10件惠民实事圆满办结", "10件惠民实事"),
        ("hubei-province-2026", "全年10大类55项民生实事项目如期完成", "10大类55项民生实事"),
        ("chongqing-municipality-2025", "15件重点民生实事年度任务如期完成", "15件重点民生实事"),
        # the verb before the name
        ("liaoning-province-2026", "高质量完成20件民生实事", "20件民生实事"),
        ("fujian-province-2025", "全面完成30项省委省政府为民办实事", "30项省委省政府为民办实事"),
        # the verb in the next clause
        ("ningxia-province-2025", "政府承诺投入100亿元办好的35件民生实事，全部高标准完成", "35件民生实事"),
        # every year of a five-year review, year N among them
        ("gansu-province-2026", "每年高质量办成10件为民实事", "10件为民实事"),
        # two lists sharing one verb
        ("shanghai-municipality-2022", "民心工程、民生实事超额完成", "民生实事"),
        ("shanghai-municipality-2022", "民心工程、民生实事超额完成", "民心工程"),
    ],
)
def test_blanket_claims(name: str, claim: str, list_name: str) -> None:
    """A review sentence saying a named list was delivered is a claim, with the list's name as written."""
    text = text_of(name)
    start = text.rfind("。", 0, text.index(claim)) + 1
    sentence = text[start : text.index("。", start) + 1]
    found = {(c.name, c.span.slice(sentence)) for c in list_claims(sentence)}
    assert (list_name, claim) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持民生投入只增不减，每年70%左右财政支出用于民生事业，每年办好十件民生实事。",  # guizhou 2026: 办好
        "民生投入持续加大，每年70%以上的财政支出投入民生领域，连续3年实施十件民生实事。",  # xinjiang 2026
        "持续加强普惠性、基础性、兜底性民生建设，滚动实施15件市级重点民生实事。",  # chongqing 2026: no verb
        "（六）用心用情办好民生实事，民生保障水平得到提升。",  # anhui 2026: a heading, 办好 is a plan's verb
        "财政支出近八成投向民生领域，省级财政累计投入665亿元用于为民办实事项目。",  # fujian 2026: money, no claim
        "坚持把改善民生、凝聚人心作为出发点和落脚点，聚力解决群众急难愁盼问题，十大类45项年度民生实事工程落地见效。",
        "实施省级民生实事人大代表票决制，完成省级民生实事48件，财政民生支出保持在70%以上。",  # hainan 2026
        "（九）民生保障有力有效。民生支出占一般公共预算支出87%。",  # heilongjiang 2026: no list
    ],
)
def test_not_blanket_claims(sentence: str) -> None:
    """Habits of several years, a plan's verbs, money put into the list and 落地见效 claim no year's list delivered."""
    assert list_claims(sentence) == ()


@pytest.mark.parametrize(
    ("plan", "claim", "same"),
    [
        ("15件民生实事", "十五件民生实事", True),
        ("20件民生实事", "20项民生实事", True),  # jilin 2025 -> 2026: 件 and 项 count the same items
        ("15件重点民生实事", "15件市级重点民生实事", True),
        ("十大为民办实事", "为民办实事", True),  # guangxi: a claim without a count
        ("10大类55项民生实事", "10大类52项民生实事", False),  # hubei: last year's list of 52
        ("15件市级重点民生实事", "省级民生实事", False),  # another level of government
        ("20项民生工程", "20件民生实事", False),  # hebei's 民生工程 is another list than 民生实事
        ("10件惠企实事", "10件惠民实事", False),  # yunnan: the list for businesses is not the list for residents
    ],
)
def test_same_list(plan: str, claim: str, same: bool) -> None:
    """A claim names the plan's list when its kind agrees, and its count and level where both give one."""
    a, b = read_name(plan), read_name(claim)
    assert a is not None and b is not None
    assert same_list(a, b) is same


def test_blanket_claim_decides_the_listed_items() -> None:
    """Shanxi 2025 -> 2026: each item of 今年再办好15件民生实事 is met by the claim, which the reason quotes."""
    audit = policydiff.audit(report("shanxi-province-2025"), report("shanxi-province-2026"))
    verdicts = [v for v in audit.verdicts if v.commitment.group == "15件民生实事"]
    assert len(verdicts) >= 15
    for v in verdicts:
        assert v.evidence is not None and v.evidence.text == "省政府承诺的15件民生实事全部兑现"
        if v.commitment.text == "今年再办好15件民生实事":  # the list's own count: the claim restates it
            assert v.status is Status.MET and v.rule == "floor: actual >= target"
            continue
        assert v.status is Status.MET and v.rule == "blanket claim about a named list"
        assert "“省政府承诺的15件民生实事全部兑现”" in v.reason


def test_list_without_a_claim_stays_not_mentioned() -> None:
    """Chongqing 2025 -> 2026: the 2026 review only says it rolled its lists out (滚动实施), so items stay open."""
    audit = policydiff.audit(report("chongqing-municipality-2025"), report("chongqing-municipality-2026"))
    items = [v for v in audit.verdicts if v.commitment.group == "15件重点民生实事"]
    assert items and not any(v.rule == "blanket claim about a named list" for v in items)


def test_a_figure_outranks_the_claim() -> None:
    """An item whose outcome the review states is judged on the figure, missed included, not on the blanket claim."""
    plan = "着眼促进人的现代化，今年再办好15件民生实事。一是新建改造50个社区养老工程。二是配置自动体外除颤器1000台。"
    review = "省政府承诺的15件民生实事全部兑现。全年新建改造社区养老工程40个。"
    audit = policydiff.audit(parse(mini_report(plan, year=2025)), parse(mini_report("", review=review, year=2026)))
    by_text = {v.commitment.quantity.text: v for v in audit.verdicts if v.commitment.quantity}
    assert by_text["50个"].status is Status.MISSED
    assert by_text["1000台"].status is Status.MET and by_text["1000台"].rule == "blanket claim about a named list"


def test_claim_about_another_level_decides_nothing() -> None:
    """A claim about the province's list (海南 省级民生实事圆满完成) is no evidence for a city's 市级 list (重庆)."""
    plan = "今年，我们将接续办好15件市级重点民生实事，包括：完成老旧小区改造600个；治理中心城区交通堵乱点60处。"
    review = "坚持以人民为中心。省级民生实事圆满完成。"
    audit = policydiff.audit(parse(mini_report(plan, year=2025)), parse(mini_report("", review=review, year=2026)))
    assert [v.status for v in audit.verdicts] == [Status.NOT_MENTIONED] * 3
    same_level = review.replace("省级", "市级")
    audit = policydiff.audit(parse(mini_report(plan, year=2025)), parse(mini_report("", review=same_level, year=2026)))
    assert [v.status for v in audit.verdicts] == [Status.MET] * 3


@pytest.mark.parametrize(
    ("segment", "names", "count"),
    [
        ("钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成", ("钢铁", "水泥"), 15),  # national-2015
    ],
)
def test_members_claims(segment: str, names: tuple[str, ...], count: int) -> None:
    """A task claimed done for a counted group named by some members gives the members and the group's count."""
    claim = members_claim(segment)
    assert claim is not None and (claim.names, claim.count) == (names, count)


@pytest.mark.parametrize(
    "segment",
    [
        "钢铁、水泥等15个重点行业淘汰落后产能年度任务基本完成",  # hedged: no modifier of a full claim
        "新疆财经大学阿勒泰校区、新疆工业学院等6所高校实现招生",  # xinjiang-2026: an event, not a task done
        "新生儿免费参加城乡医保等10件民生实事圆满完成",  # one name before 等: a named list's claim (list_claims)
    ],
)
def test_not_members_claims(segment: str) -> None:
    """A hedged claim, a plain event after named members, or a single name before 等 is no members claim."""
    assert members_claim(segment) is None


def test_members_claim_covers_the_listed_items_only() -> None:
    """national 2014: the claim about 钢铁、水泥等15个重点行业 covers the list 淘汰钢铁…、水泥…、平板玻璃…等落后产能
    (its names listed, 3 items within 15), not 淘汰燃煤小锅炉 (no name of it listed)."""
    claim = members_claim("钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成")
    assert claim is not None
    assert claims_members("今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能", "淘汰", claim)
    assert not claims_members("今年要淘汰燃煤小锅炉5万台", "淘汰", claim)
    assert not claims_members("今年要压减钢铁2700万吨、水泥4200万吨等过剩产能", "压减", claim)
