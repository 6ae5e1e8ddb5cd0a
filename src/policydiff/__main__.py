"""``python -m policydiff``: the command line, exactly as the ``policydiff`` console script."""

from __future__ import annotations

from policydiff.cli import run

if __name__ == "__main__":
    run()
