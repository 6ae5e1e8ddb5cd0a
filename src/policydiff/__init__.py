"""policydiff: did the government do what it said it would?

Read report N and report N+1 of a Chinese government work report (政府工作报告), extract the
quantified commitments of year N's plan, find what report N+1 says about each, and label it
``met``, ``missed``, ``carried_over`` or ``not_mentioned`` with evidence and a checkable reason.

>>> from policydiff import parse_quantities
>>> [q.value for q in parse_quantities("城镇新增就业1200万人以上")]
[12000000.0]
"""

from __future__ import annotations

from policydiff.errors import LoadError, PairError, PolicydiffError, StructureError
from policydiff.model import Comparator, Sense, Status
from policydiff.quantities import parse_quantities

__all__ = [
    "Comparator",
    "LoadError",
    "PairError",
    "PolicydiffError",
    "Sense",
    "Status",
    "StructureError",
    "audit",
    "extract",
    "load",
    "parse",
    "parse_quantities",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # The pipeline pulls in pandas-free stages only; keep `import policydiff` cheap and side-effect free.
    if name in {"audit", "Audit"}:
        from policydiff import pipeline

        return getattr(pipeline, name)
    if name == "extract":
        from policydiff.extract import extract

        return extract
    if name == "load":
        from policydiff.load import load

        return load
    if name == "parse":
        from policydiff.parse import parse

        return parse
    raise AttributeError(name)
