"""Shared test helpers: paths to the bundled reports and a way to wrap a real quote into a small report."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
#: The shared corpus next to the project, for the gold pairs whose reports are not (yet) bundled in seeds/.
CORPUS = ROOT.parent / "shared" / "corpus"


def seed(name: str) -> str:
    """The path of a bundled report, e.g. seed("national-2022")."""
    return str(SEEDS / f"{name}.txt")


def report(name: str) -> str:
    """The path of a report in seeds/, else in ../shared/corpus, e.g. report("hailaer-district-2016")."""
    bundled = SEEDS / f"{name}.txt"
    return str(bundled if bundled.exists() or not (CORPUS / f"{name}.txt").exists() else CORPUS / f"{name}.txt")


def mini_report(plan: str, review: str = "全年地区生产总值增长5%。", year: int = 2025) -> str:
    """A two-part report around real quotes: review of year-1, plan for year."""
    return f"各位代表：\n一、{year - 1}年工作回顾\n{review}\n二、{year}年工作安排\n{plan}\n"
