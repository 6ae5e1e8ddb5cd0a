"""Fixtures shared by the test modules: the bundled seed reports and the CLI run in-process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from policydiff.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

#: (exit status, stdout, stderr) of one CLI run.
CliResult = tuple[int, str, str]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``policydiff ARGS...`` in this process and return (exit status, stdout, stderr)."""

    def run(*args: str) -> CliResult:
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own exits
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run
