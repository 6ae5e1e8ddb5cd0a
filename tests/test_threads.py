"""The command line starts numpy's BLAS with one thread (policydiff.threads.pin_threads), so that no thread pool
spins beside the audit and nothing is left for threadpoolctl to cap; a library import leaves its caller's
threads alone. Each case runs a fresh interpreter: whether numpy is loaded is the point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policydiff.threads import THREAD_VARIABLES

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PAIR = [str(SEEDS / "hubei-province-2025.txt"), str(SEEDS / "hubei-province-2026.txt")]


def python(code: str, **env: str) -> str:
    """What ``code`` prints in a fresh interpreter, with no thread variable set but those in ``env``."""
    clean = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    out = subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_pinned_before_numpy_loads() -> None:
    code = "import os; from policydiff.threads import pin_threads as pin; print(pin(), os.environ['MKL_NUM_THREADS'])"
    assert python(code) == "True 1"


@pytest.mark.parametrize(
    ("code", "env"),
    [
        ("import numpy; from policydiff.threads import pin_threads; print(pin_threads())", {}),  # too late
        ("from policydiff.threads import pin_threads; print(pin_threads())", {"OMP_NUM_THREADS": "4"}),  # the user's
    ],
)
def test_left_alone_when_numpy_is_loaded_or_a_variable_is_set(code: str, env: dict[str, str]) -> None:
    assert python(code, **env) == "False"


def test_a_library_import_sets_no_thread_variable() -> None:
    code = "import os, policydiff; policydiff.audit(*%r); print(any(os.environ.get(v) for v in %r))"
    assert python(code % (PAIR, THREAD_VARIABLES)) == "False"


def test_the_command_audits_without_threadpoolctl() -> None:
    """python -m policydiff audit: the variables set before numpy loads, threadpoolctl never imported, the same
    rows as the library gives."""
    code = (
        "import contextlib, io, os, sys\n"
        "from policydiff.__main__ import main\n"
        f"sys.argv = ['policydiff', 'audit', '--format', 'csv', *{PAIR!r}]\n"
        "out = io.StringIO()\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(out):\n"
        "    main()\n"
        "print(os.environ['OPENBLAS_NUM_THREADS'], 'threadpoolctl' in sys.modules, len(out.getvalue().splitlines()))"
    )
    pinned, loaded, lines = python(code).split()
    assert (pinned, loaded) == ("1", "False")
    import policydiff

    assert int(lines) == len(policydiff.audit(*PAIR).verdicts) + 1  # a header and a row per commitment
