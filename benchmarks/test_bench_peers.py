"""policydiff beside its two naive peers, in the same session so that their ratio means something on a shared
machine: the naive rapidfuzz script (naive_rapidfuzz.py) and an all-pairs difflib alignment (naive_difflib.py).

Each is timed in process on hubei 2025 -> 2026 and fujian 2025 -> 2026, and as a command (a fresh Python process,
imports included). Compare medians within one run (docs/performance.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import naive_difflib
import naive_rapidfuzz
import pytest
from caches import cold

from policydiff.pipeline import audit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HERE = Path(__file__).resolve().parent
PAIRS = {
    "hubei-2025-2026": ("hubei-province-2025.txt", "hubei-province-2026.txt"),
    "fujian-2025-2026": ("fujian-province-2025.txt", "fujian-province-2026.txt"),
}
POLICYDIFF = [sys.executable, "-m", "policydiff", "audit", "--format", "csv"]
NAIVE = [sys.executable, str(HERE / "naive_rapidfuzz.py")]


@pytest.fixture(params=list(PAIRS))
def paths(request: pytest.FixtureRequest) -> tuple[Path, Path]:
    """A bundled report pair (hubei or fujian, 2025 -> 2026)."""
    plan, review = PAIRS[request.param]
    return SEEDS / plan, SEEDS / review


def test_policydiff_audit(benchmark: Any, paths: tuple[Path, Path]) -> None:
    """policydiff.audit on the two files: load, parse, extract, align, derive, judge (caches emptied each round,
    as in a process that audits once: see caches.py)."""

    def setup() -> tuple[tuple[Path, Path], dict[str, Any]]:
        cold()
        return paths, {}

    result = benchmark.pedantic(audit, setup=setup, rounds=15, warmup_rounds=1)
    assert result.summary["total"] > 0


def test_policydiff_audit_warm(benchmark: Any, paths: tuple[Path, Path]) -> None:
    """The same audit repeated with the caches of the rounds before (a notebook auditing one pair again)."""
    result = benchmark(audit, *paths)
    assert result.summary["total"] > 0


def test_naive_rapidfuzz(benchmark: Any, paths: tuple[Path, Path]) -> None:
    """The naive script's audit on the same two files."""
    rows = benchmark(lambda: naive_rapidfuzz.audit(*(naive_rapidfuzz.read(p) for p in paths)))
    assert rows


def test_naive_difflib(benchmark: Any, paths: tuple[Path, Path]) -> None:
    """Every plan figure's clause against every review clause with difflib.SequenceMatcher."""
    rows = benchmark(naive_difflib.audit_files, *paths)
    assert rows


def test_command_policydiff(benchmark: Any, paths: tuple[Path, Path]) -> None:
    """`policydiff audit PLAN REVIEW --format csv` as a command: a new process, imports included."""
    out = benchmark.pedantic(subprocess.run, args=([*POLICYDIFF, *map(str, paths)],),
                             kwargs={"capture_output": True, "check": True}, rounds=5, warmup_rounds=1)  # fmt: skip
    assert out.stdout


def test_command_naive(benchmark: Any, paths: tuple[Path, Path]) -> None:
    """The naive script as a command on the same files."""
    out = benchmark.pedantic(subprocess.run, args=([*NAIVE, *map(str, paths)],),
                             kwargs={"capture_output": True, "check": True}, rounds=5, warmup_rounds=1)  # fmt: skip
    assert out.stdout
