"""Year-over-year plan diff: each target's change and stance, main targets and task quotas, yearly amounts
not repeated against standing targets dropped, and the section-aligned redline."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import mini_report, seed
from policydiff.cli import main
from policydiff.diff import (
    Change,
    Part,
    PlanDiff,
    Stance,
    TargetChange,
    diff_plans,
    main_block,
    names_programme,
    plan_targets,
)
from policydiff.parse import parse
from policydiff.pipeline import read


@pytest.fixture(scope="module")
def national() -> PlanDiff:
    """The national plans 2022 -> 2023, diffed once for the module."""
    return diff_plans(read(seed("national-2022")), read(seed("national-2023")))


def _by_before(d: PlanDiff) -> dict[str, TargetChange]:
    return {t.before.quantity.text: t for t in d.changes if t.before and t.before.quantity}


@pytest.mark.parametrize(
    ("before", "after", "change", "stance"),
    [
        # a floor: a higher number is a higher bar
        ("城镇新增就业1100万人以上。", "城镇新增就业1200万人以上。", Change.RAISED, Stance.STRICTER),
        ("国内生产总值增长6%左右。", "国内生产总值增长5%左右。", Change.LOWERED, Stance.LOOSER),
        # a cap: a lower number is a stricter cap, a higher one a looser
        ("城镇调查失业率5.5%以内。", "城镇调查失业率5%以内。", Change.LOWERED, Stance.STRICTER),
        ("赤字率拟按2.8%左右安排。", "赤字率拟按3%安排。", Change.RAISED, Stance.LOOSER),
        # a number that moved decides by its direction, though 2.1% is "about 2%" to the judge
        ("赤字率按2%左右安排。", "赤字率按2.1%安排。", Change.RAISED, Stance.LOOSER),
        # the same number with another comparator: 以内 binds harder than 左右 (the judge's 5% on ~)
        ("城镇调查失业率5.5%以内。", "城镇调查失业率5.5%左右。", Change.REWORDED, Stance.LOOSER),
        ("粮食产量1.3万亿斤以上。", "粮食产量1.3万亿斤以上。", Change.UNCHANGED, Stance.SAME),
    ],
)
def test_change_and_stance_follow_the_sense(before: str, after: str, change: Change, stance: Stance) -> None:
    """change says what the number did; stance what it means given the sense (floor or cap)."""
    d = diff_plans(parse(mini_report(before, year=2022)), parse(mini_report(after, year=2023)))
    assert [(t.change, t.stance) for t in d.changes] == [(change, stance)]


def test_yearly_amounts_are_not_repeated_and_standing_targets_dropped() -> None:
    """A year's amount the next plan leaves out is not_repeated; a level to hold or a ratio is dropped."""
    before = parse(mini_report("新建公园120座。坚决守住耕地红线18亿亩。民间投资占比60%以上。", year=2022))
    after = parse(mini_report("新增光伏装机30万千瓦。", year=2023))
    changes = sorted((t.change.value, t.indicator) for t in diff_plans(before, after).changes)
    assert [c for c, _ in changes] == ["dropped", "dropped", "new", "not_repeated"]


def test_national_2022_to_2023_targets(national: PlanDiff) -> None:
    """The GDP target is lowered and looser, the deficit ratio raised and looser, grain unchanged; yearly
    amounts (退税减税2.5万亿元, 中央预算内投资6400亿元) are not_repeated, not dropped."""
    rows = _by_before(national)
    gdp, deficit, grain = rows["5.5%左右"], rows["2.8%左右"], rows["1.3万亿斤以上"]
    assert (gdp.change, gdp.stance, gdp.part) == (Change.LOWERED, Stance.LOOSER, Part.MAIN)
    assert gdp.after.quantity.text == "5%左右"
    assert (deficit.change, deficit.stance) == (Change.RAISED, Stance.LOOSER)
    assert deficit.after.quantity.text == "3%"
    assert grain.change is Change.UNCHANGED
    assert rows["2.5万亿元"].change is Change.NOT_REPEATED
    assert rows["6400亿元"].change is Change.NOT_REPEATED
    counts = national.counts()
    assert counts["dropped"] <= 3 and counts["new"] == 0


def test_a_programme_name_is_no_target() -> None:
    """实施新一轮千亿斤粮食产能提升行动 (national 2023) and 千万亩高标准农田改造提升行动 (chongqing 2025) name
    programmes; 新建高标准农田1亿亩 is a target."""
    names = {c.text: names_programme(c) for c, _ in plan_targets(read(seed("national-2023")))}
    assert not any(names.values()) and "千亿斤" not in "".join(names)
    chongqing = [c for c, _ in plan_targets(read(seed("chongqing-municipality-2025")))]
    assert not any("千万亩" in (c.quantity.text if c.quantity else "") for c in chongqing)
    assert any(c.quantity and c.quantity.text == "1亿亩" for c, _ in plan_targets(read(seed("national-2022"))))


@pytest.mark.parametrize(
    ("name", "first", "count"),
    [("national-2022", "国内生产总值增长", 5), ("shanghai-municipality-2022", "生产总值增长", 4)],
)
def test_main_targets_come_from_their_paragraph(name: str, first: str, count: int) -> None:
    """The 主要预期目标 paragraph holds the main targets, on its own line (national) or inside a text
    flattened to one line (Shanghai)."""
    doc = read(seed(name))
    assert main_block(doc) is not None
    main = [c for c, part in plan_targets(doc) if part is Part.MAIN]
    assert main[0].indicator.startswith(first) and len(main) >= count


def test_national_2012_announces_its_targets_on_a_line_of_their_own() -> None:
    """今年经济社会发展的主要预期目标是： alone on a line: the targets are the next paragraph's."""
    main = [c for c, part in plan_targets(read(seed("national-2012"))) if part is Part.MAIN]
    assert [c.quantity.text for c in main[:2] if c.quantity] == ["7.5％", "900万人以上"]


def test_redline_marks_only_what_changed(national: PlanDiff) -> None:
    """In the national redline the main-targets paragraph shows 5.5%左右 -> 5%左右 as one edit, and no printed
    paragraph is unchanged: each holds an edit, or is a count of unchanged ones."""
    page = national.to_html()
    redline = page[page.index('<div class="redline">') :]
    assert "<del>5.5%左右</del><ins>5%左右</ins>" in redline
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", redline, flags=re.DOTALL)
    assert paragraphs and all("<del>" in p or "<ins>" in p or "unchanged" in p for p in paragraphs)
    assert "各位代表！</p>" not in redline  # unchanged in both plans: counted, not printed


def test_sections_pair_by_heading_and_content() -> None:
    """Renamed and reordered sections are paired: Shanghai's 民心工程 section moved from (七) to (十)."""
    d = diff_plans(read(seed("shanghai-municipality-2022")), read(seed("shanghai-municipality-2023")))
    pairs = {(s.before or "")[:3]: (s.after or "")[:3] for s in d.sections if s.before and s.after}
    assert pairs["（七）"] == "（十）"
    assert any(s.renamed for s in d.sections)


def test_frame_and_formats(national: PlanDiff) -> None:
    """The diff as a DataFrame (numbers float64) and as CSV with the same rows."""
    frame = national.to_frame()
    assert len(frame) == len(national.changes) and frame["before_value"].dtype == "float64"
    assert national.to_csv().count("\n") == len(frame) + 1


def test_cli_diff_json_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff diff writes the target changes as JSON, and a self-contained HTML redline with -o."""
    assert main(["diff", seed("hubei-province-2025"), seed("hubei-province-2026"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "policydiff.diff/2"
    gdp = [r for r in doc["rows"] if r["before"] == "6％左右"]
    assert gdp and (gdp[0]["change"], gdp[0]["stance"], gdp[0]["after"]) == ("lowered", "looser", "5.5%左右")
    out = tmp_path / "diff.html"
    assert (
        main(["diff", seed("hubei-province-2025"), seed("hubei-province-2026"), "--format", "html", "-o", str(out)])
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<del>" in page and "<ins>" in page


def test_cli_audit_qualitative(capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff audit --qualitative adds milestone rows (no target value) to the audit."""
    assert (
        main(["audit", seed("anhui-province-2025"), seed("anhui-province-2026"), "--format", "json", "--qualitative"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert any(r["target_value"] is None and r["indicator"] == "安徽百戏城" and r["status"] == "met" for r in rows)
