"""Benchmarks import their naive peers and the report grower from this folder; commands run byte-compiled."""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session", autouse=True)
def compiled_package() -> None:
    """The package's modules byte-compiled next to their sources, as ``pip install`` leaves them.

    An editable install has no bytecode until a module is imported, and with PYTHONDONTWRITEBYTECODE set (as on
    the shared development machine) none is ever written: every ``policydiff`` command would compile all of the
    package's sources again, about 150 ms, which no installed copy pays. The naive peer's modules (rapidfuzz) are
    compiled by their installation; its script, like any script, is compiled at each run either way.
    """
    import policydiff

    compileall.compile_dir(Path(policydiff.__file__).parent, quiet=1)
