"""The carry-over rules of policydiff.carry, on clauses quoted from the reports in seeds/."""

from __future__ import annotations

from helpers import mini_report, seed
from policydiff.align import align
from policydiff.carry import _figures_by_value
from policydiff.extract import clauses, extract
from policydiff.model import Alignment, Commitment, Outcome
from policydiff.parse import parse
from policydiff.pipeline import read


def audited(plan: str, next_plan: str, target: str) -> Alignment:
    """The alignment of the commitment with figure ``target`` in a one-clause plan, against a next plan."""
    plan_doc = parse(mini_report(plan, year=2022))
    review_doc = parse(mini_report(next_plan, review="全年地区生产总值增长5%。", year=2023))
    commitments = [c for c in extract(plan_doc, side="plan") if isinstance(c, Commitment)]
    outcomes = [o for o in extract(review_doc, side="review") if isinstance(o, Outcome)]
    found = [a for a in align(commitments, outcomes, clauses(review_doc)) if a.commitment.quantity]
    return next(a for a in found if a.commitment.quantity is not None and a.commitment.quantity.text == target)


def test_sized_project_named_again_with_another_verb() -> None:
    """sized-project: 实施黑羊站水厂3万吨扩建项目 (hailaer-district-2014.txt) is promised again as 启动实施黑羊站
    水厂改扩建工程 (hailaer-district-2015.txt)."""
    a = audited("实施黑羊站水厂3万吨扩建项目。", "投资1亿元，启动实施黑羊站水厂改扩建工程。", "3万吨")
    assert a.rules == ("sized-project",) and a.outcome is not None and "黑羊站水厂" in a.outcome.text


def test_sized_project_with_the_same_size_in_a_list() -> None:
    """sized-project: the same name and size among other projects (麦多利10万吨大麦芽二期, hailaer 2013)."""
    a = audited(
        "要加快麦多利10万吨大麦芽二期等项目的推进，确保按期开工建设。",
        "加快推进大唐哈克5万千瓦风电、麦多利10万吨大麦芽二期、东电2×35万千瓦热电联产等重点项目前期工作。",
        "10万吨",
    )
    assert a.rules == ("sized-project",)


def test_sized_project_with_another_size_is_another_project() -> None:
    """A project named again with another size of the same kind (黑羊站水厂5万吨) is a new deliverable."""
    a = audited("实施黑羊站水厂3万吨扩建项目。", "实施黑羊站水厂5万吨扩建项目。", "3万吨")
    assert a.outcome is None


def test_quota_without_a_name_is_not_a_sized_project() -> None:
    """A size after a verb alone (新建10公里雨水管网) names no project: promised again, it is a fresh quota."""
    a = audited("新建10公里雨水管网。", "新建10公里雨水管网。", "10公里")
    assert a.outcome is None


def test_named_list_closing_on_a_measured_figure() -> None:
    """named-again: 机场联络线、崇明线、14号线等172公里轨道交通线 (shanghai-municipality-2020.txt) is named again in one
    clause of a sentence whose other clause sets another figure (shanghai-municipality-2021.txt)."""
    a = audited(
        "加快建设机场联络线、崇明线、14号线等172公里轨道交通线。",
        "加快建设崇明线、机场联络线等轨道交通线，建成14号线、18号线部分区段共61公里轨道交通线。",
        "172公里",
    )
    assert a.rules == ("named-again",)


def test_named_list_must_be_the_figures_own() -> None:
    """named-again: a list in another clause than the figure (退耕还林还草、禁牧休牧等工作，完成3万亩…,
    hailaer-district-2016.txt) is not what the figure counts."""
    a = audited(
        "全面推进退耕还林还草、禁牧休牧等工作，完成3万亩退耕还林工程的补植任务。",
        "全面推进河流生态恢复、退耕还林还草、禁牧休牧等生态治理工作。",
        "3万亩",
    )
    assert a.outcome is None


def test_ongoing_set_counted_again_with_a_verb_of_work_under_way() -> None:
    """ongoing-set: 加快建设京沪二通道、雄商等6条高铁 (shandong-province-2025.txt) is counted again as 抓好6条续建高铁
    建设 (shandong-province-2026.txt): the same count of the same noun, 续建 says the work goes on."""
    a = audited(
        "铁路，加快建设京沪二通道、雄商等6条高铁。",
        "抓好6条续建高铁建设，今年建成雄商、济滨高铁，高铁里程突破3400公里。",
        "6条",
    )
    assert a.rules == ("ongoing-set",) and a.outcome is not None and "续建" in a.outcome.text


def test_ongoing_set_verb_on_the_plan_side() -> None:
    """ongoing-set: 加快建设4个万亿级产业基地 (liaoning-province-2025.txt) counted again under another verb, 推动4个
    万亿级产业基地提质升级 (liaoning-province-2026.txt)."""
    a = audited(
        "加快建设4个万亿级产业基地、22个重点产业集群。",
        "推动4个万亿级产业基地提质升级，加快构建具有辽宁特色的“2211”产业体系。",
        "4个",
    )
    assert a.rules == ("ongoing-set",)


def test_ongoing_set_counted_in_another_measure_word() -> None:
    """ongoing-set: 德令哈4座抽水蓄能电站 (qinghai-province-2025.txt) is counted 4个 next year
    (qinghai-province-2026.txt)."""
    a = audited(
        "加快建设哇让、同德、南山口、德令哈4座抽水蓄能电站。",
        "加快建设南山口、哇让、同德、德令哈4个抽水蓄能电站，建成桥头、格尔木支撑调节性火电。",
        "4座",
    )
    assert a.rules == ("ongoing-set",)


def test_ongoing_set_named_again_without_its_count() -> None:
    """ongoing-set: 加快建设10个示范样板区 (shanghai-municipality-2022.txt) named again without a count by 全力打造新城
    中心、产业社区、老城社区等示范样板区 (shanghai-municipality-2023.txt): a long head noun names the programme."""
    a = audited("加快建设10个示范样板区。", "全力打造新城中心、产业社区、老城社区等示范样板区。", "10个")
    assert a.rules == ("ongoing-set",)


def test_same_count_without_work_under_way_is_a_fresh_quota() -> None:
    """The same count of the same noun with no verb of ongoing work (改造22个易积水小区 both years,
    shanghai-municipality-2022.txt and 2023) is a fresh quota, not a carry-over."""
    a = audited("改造22个易积水小区、11条道路积水点。", "改造22个易积水小区、11条道路积水点。", "22个")
    assert a.outcome is None


def test_new_batch_verb_is_never_the_same_set() -> None:
    """A verb of a new batch on either side (新建5个紧密型城市医疗集团, beijing-municipality-2025.txt; 新建 under
    加快建设) makes the same count a fresh quota."""
    a = audited("继续深化分级诊疗，新建5个紧密型城市医疗集团。", "新建5个以上紧密型城市医疗集团。", "5个")
    assert a.outcome is None
    for again in ("新建10个示范样板区。", "再建设10个示范样板区。"):
        assert audited("加快建设10个示范样板区。", again, "10个").outcome is None


def test_short_head_noun_without_its_count_is_not_the_set() -> None:
    """A short head noun named again without its count names a kind, not the set: 加快推进11个煤层气…项目建设
    (guizhou-province-2025.txt) is not promised again by 推动页岩气、煤层气增储上产 (guizhou-province-2026.txt), nor
    6条高铁 by 建成雄商、济滨高铁."""
    a = audited(
        "加快推进11个煤层气、5个页岩气项目建设。", "推动页岩气、煤层气增储上产，非常规天然气产量达7亿立方米。", "11个"
    )
    assert a.outcome is None
    b = audited("铁路，加快建设京沪二通道、雄商等6条高铁。", "今年建成雄商、济滨高铁。", "6条")
    assert b.outcome is None


def test_figures_by_value_is_rebuilt_for_another_plan() -> None:
    """The figures of next year's plan by value (hubei-province-2026.txt, fujian-province-2026.txt) are indexed
    again for another plan of the same length, and reused for the same clauses in another sequence."""
    hubei = clauses(read(seed("hubei-province-2026"), side="review"))
    fujian = clauses(read(seed("fujian-province-2026"), side="review"))[: len(hubei)]
    first = _figures_by_value(hubei)
    assert _figures_by_value(list(hubei)) is first
    other = _figures_by_value(fujian)
    assert other is not first and {o.text for rows in other.values() for o, _, _ in rows} <= {o.text for o in fujian}
    assert all(part in o.text and q.value == value for value, rows in other.items() for o, part, q in rows)
