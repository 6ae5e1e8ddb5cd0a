"""Cold caches for the benchmarks: every lru_cache of the package emptied, as in a process that audits once.

pytest-benchmark repeats a function in one process, where the package's caches (normalised texts, matching keys,
indicator names) would keep what the previous round computed on the same reports: a warm audit is faster than
any user's first one. The benchmarks that compare policydiff with a peer or with itself at other lengths call
:func:`cold` before each round.
"""

from __future__ import annotations

import sys


def cold() -> None:
    """Empty every functools cache of every loaded policydiff module."""
    for name, module in list(sys.modules.items()):
        if name == "policydiff" or name.startswith("policydiff."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                    value.cache_clear()
