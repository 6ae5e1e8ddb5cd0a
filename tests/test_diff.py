"""Year-over-year plan diff: targets raised, lowered, new, dropped; a redline with atomic numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import mini_report, seed
from policydiff.cli import main
from policydiff.diff import Change, diff_plans, redline, tokens
from policydiff.parse import parse
from policydiff.pipeline import read


def test_numbers_with_units_are_atomic_tokens() -> None:
    """7.5% and 1200万人以上 are single tokens; Chinese text is split into characters."""
    assert tokens("增长7.5%，就业1200万人以上") == ["增", "长", "7.5%", "，", "就", "业", "1200万人以上"]


def test_redline_replaces_whole_numbers() -> None:
    """A change from 7% to 7.5% is one deletion and one insertion, never 7 + .5."""
    ops = redline("地区生产总值增长7%左右。", "地区生产总值增长7.5%左右。")
    assert (-1, "7%左右") in ops and (1, "7.5%左右") in ops
    assert "".join(t for op, t in ops if op <= 0) == "地区生产总值增长7%左右。"


def test_raised_and_lowered_follow_the_sense() -> None:
    """A higher floor is raised; a lower cap (失业率 5.5% -> 5%) is raised too; a lower floor is lowered."""
    before = parse(mini_report("城镇新增就业1100万人以上；城镇调查失业率5.5%以内；国内生产总值增长6%左右。", year=2022))
    after = parse(mini_report("城镇新增就业1200万人以上；城镇调查失业率5%以内；国内生产总值增长5%左右。", year=2023))
    changes = {t.indicator: t.change for t in diff_plans(before, after).changes}
    assert changes == {
        "城镇新增就业": Change.RAISED,
        "城镇调查失业率": Change.RAISED,
        "国内生产总值增长": Change.LOWERED,
    }


def test_new_and_dropped_targets() -> None:
    """A target only in the later plan is new; one only in the earlier plan is dropped."""
    before = parse(mini_report("新建公园120座。", year=2022))
    after = parse(mini_report("新增光伏装机30万千瓦。", year=2023))
    assert sorted(t.change.value for t in diff_plans(before, after).changes) == ["dropped", "new"]


def test_national_plans_2022_to_2023() -> None:
    """On the real national plans the GDP target is lowered from 5.5% to 5% and grain stays at 1.3万亿斤."""
    d = diff_plans(read(seed("national-2022")), read(seed("national-2023")))
    by_target = {(t.before.quantity.text if t.before and t.before.quantity else ""): t for t in d.changes}
    assert by_target["5.5%左右"].change is Change.LOWERED
    assert by_target["1.3万亿斤以上"].change is Change.UNCHANGED
    assert "<del>" in d.redline_html() and "<ins>" in d.redline_html()


def test_cli_diff_json_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """policydiff diff writes the target changes as JSON, and a self-contained HTML redline with -o."""
    assert main(["diff", seed("hubei-province-2025"), seed("hubei-province-2026"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "policydiff.diff/1"
    gdp = [r for r in doc["rows"] if r["before"] == "6％左右"]
    assert gdp and gdp[0]["change"] == "lowered" and gdp[0]["after"] == "5.5%左右"
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
