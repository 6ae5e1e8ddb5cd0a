"""Fixtures shared by the test modules: the bundled seed reports, their corpus audit and the CLI run in-process.

``pytest --update-snapshot`` rewrites the corpus snapshot (tests/snapshots/) instead of failing on a difference;
``pytest --update-docs`` rewrites the outputs shown in README.md and docs/ from real runs (tests/test_docs.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from policydiff.cli import main
from policydiff.corpus import audit_corpus
from policydiff.report import Corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

#: (exit status, stdout, stderr) of one CLI run.
CliResult = tuple[int, str, str]


def pytest_addoption(parser: pytest.Parser) -> None:
    """--update-snapshot: record the corpus audit as the new snapshot; --update-docs: the docs' outputs."""
    parser.addoption(
        "--update-snapshot",
        action="store_true",
        default=False,
        help="rewrite tests/snapshots/corpus.csv from the current corpus audit instead of comparing",
    )
    parser.addoption(
        "--update-docs",
        action="store_true",
        default=False,
        help="rewrite the outputs shown in README.md and docs/ from real runs instead of comparing",
    )


@pytest.fixture(scope="session")
def corpus_of_seeds() -> Corpus:
    """The bundled reports, every consecutive pair audited once per session, in two processes."""
    return audit_corpus([SEEDS], jobs=2)


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
