"""tools/fuzz.py, the fuzz target outside the default run: a smoke run of a few inputs, and its own checks."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from helpers import ROOT, seed


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "tools" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = module
    spec.loader.exec_module(module)
    return module


fuzz = _load()


@pytest.fixture(scope="module")
def corpus() -> Any:
    """Two consecutive national reports, enough to make inputs of both targets."""
    return fuzz.Corpus([Path(seed("national-2022")), Path(seed("national-2023"))])


def test_smoke_run_finds_nothing(corpus: Any, tmp_path: Path) -> None:
    """A few dozen extraction inputs and a few audit inputs run without a failure, and most reach extraction."""
    extract = fuzz.run_chunk("extract", list(range(40)), 7, str(tmp_path), 30.0, corpus)
    audit = fuzz.run_chunk("audit", list(range(4)), 7, str(tmp_path), 30.0, corpus)
    assert extract["failures"] == [] and audit["failures"] == []
    assert extract["outcomes"]["extracted"] > 20
    assert sum(audit["outcomes"].values()) == 4
    assert not list(tmp_path.iterdir())


def test_inputs_are_reproducible(corpus: Any) -> None:
    """Input i of a seed is the same on every run (so --replay finds it), and differs from input i+1."""
    assert fuzz.extract_input(5, 1, corpus) == fuzz.extract_input(5, 1, corpus)
    assert fuzz.extract_input(5, 1, corpus) != fuzz.extract_input(6, 1, corpus)
    assert fuzz.audit_input(3, 1, corpus) == fuzz.audit_input(3, 1, corpus)


def test_the_checks_can_fail(corpus: Any, tmp_path: Path) -> None:
    """A NaN in JSON and a crash inside a stage are failures, saved with their traceback."""
    with pytest.raises(fuzz.Failure, match="not strict JSON"):
        fuzz.strict_json(json.dumps({"x": float("nan")}), "json")

    def crash(text: str) -> str:
        raise KeyError("boom")

    original = fuzz.run_extract
    fuzz.run_extract = crash
    try:
        result = fuzz.run_chunk("extract", [0], 7, str(tmp_path), 30.0, corpus)
    finally:
        fuzz.run_extract = original
    assert result["failures"] == [(0, "KeyError: 'boom'")]
    assert (tmp_path / "extract-0.traceback").read_text().count("boom") >= 1


def test_finding_a_figure_past_64_bits_reaches_sqlite(tmp_path: Path) -> None:
    """Fuzz finding (audit:214): a target of 10^25 people wrote to SQLite as an int and overflowed INTEGER."""
    import sqlite3

    import policydiff
    from helpers import mini_report

    plan = mini_report("城镇新增就业1000000000000000000000万人以上。", year=2025)
    review = mini_report("继续做好就业工作。", review="城镇新增就业2000000000000000000000万人。", year=2026)
    result = policydiff.audit(plan, review)
    result.to_sqlite(str(tmp_path / "a.sqlite"))
    with sqlite3.connect(tmp_path / "a.sqlite") as db:
        assert db.execute("SELECT target_value, actual_value, status FROM audit").fetchall() == [(1e25, 2e25, "met")]
