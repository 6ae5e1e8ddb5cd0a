"""The corpus: every consecutive pair in seeds/ (37 pairs) as `policydiff corpus`, with --jobs 1 and --jobs 2,
and on a local Dask cluster (whose rows must be those of --jobs 1). A command each time, as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPUS = [sys.executable, "-m", "policydiff", "corpus", str(SEEDS), "--format", "csv", "--quiet"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_corpus_jobs(benchmark: Any, jobs: int) -> None:
    """Wall time of the whole corpus in ``jobs`` processes."""
    out = benchmark.pedantic(subprocess.run, args=([*CORPUS, "--jobs", str(jobs)],),
                             kwargs={"capture_output": True, "check": True}, rounds=3)  # fmt: skip
    assert out.stdout.count(b"\n") > 1000


def test_corpus_dask_same_rows(benchmark: Any) -> None:
    """The corpus on a local Dask cluster of two workers: its CSV is --jobs 1's, byte for byte."""
    pytest.importorskip("dask.distributed")
    one = subprocess.run([*CORPUS, "--jobs", "1"], capture_output=True, check=True).stdout
    out = benchmark.pedantic(subprocess.run, args=([*CORPUS, "--engine", "dask", "--jobs", "2"],),
                             kwargs={"capture_output": True, "check": True}, rounds=1)  # fmt: skip
    assert out.stdout == one
