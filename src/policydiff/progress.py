"""Part of the corpus stage: a progress bar for ``policydiff corpus`` on a terminal.

One tqdm bar per stage (read, audit).

Quiet when standard error is not a terminal (a pipe, a log file, CI) or when asked; tqdm is imported only
when a bar is shown.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from policydiff.corpus import Progress

#: What each stage's bar says.
LABELS = {"read": "reading reports", "audit": "auditing pairs"}


@contextlib.contextmanager
def terminal_progress(*, quiet: bool = False, stream: TextIO | None = None) -> Iterator[Progress | None]:
    """A progress callback drawing on ``stream`` (standard error), or None when there is nothing to draw."""
    out = stream if stream is not None else sys.stderr
    if quiet or not out.isatty():
        yield None
        return
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            for other in bars.values():
                other.close()
            bar = bars[stage] = tqdm(total=total, desc=LABELS.get(stage, stage), unit="", file=out, leave=False)
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.close()
