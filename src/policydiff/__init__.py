"""policydiff: did the government do what it said it would?

Read report N and report N+1 of a Chinese government work report (政府工作报告), extract the
quantified commitments of year N's plan, find what report N+1 says about each, and label it
``met``, ``missed``, ``carried_over`` or ``not_mentioned`` with evidence and a checkable reason.

>>> from policydiff import parse_quantities
>>> [q.value for q in parse_quantities("城镇新增就业1200万人以上")]
[12000000.0]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Final

from policydiff.errors import LoadError, PairError, PolicydiffError, StructureError

# Binding the stage functions here, after their modules are imported, keeps the package names the
# functions: importing a submodule later does not rebind them. None of these imports pandas.
from policydiff.extract import extract
from policydiff.load import load
from policydiff.model import Comparator, Sense, Status
from policydiff.parse import parse
from policydiff.quantities import parse_quantities

if TYPE_CHECKING:
    from policydiff.corpus import audit_corpus
    from policydiff.pipeline import Audit, audit
    from policydiff.report import Corpus

__all__ = [
    "Audit",
    "Comparator",
    "Corpus",
    "LoadError",
    "PairError",
    "PolicydiffError",
    "Sense",
    "Status",
    "StructureError",
    "audit",
    "audit_corpus",
    "extract",
    "load",
    "parse",
    "parse_quantities",
]
__version__ = "0.1.0"


#: The later stages' modules, imported on first use as ``policydiff.align``, ``policydiff.judge``, ...
#: (importing them eagerly would bring report's writers and pandas with ``import policydiff``).
_STAGES: Final = ("align", "judge", "derive", "diff", "report", "pipeline", "corpus", "evaluate", "corrections")


def __getattr__(name: str) -> object:
    # audit() brings the later stages (and report's writers); load them on first use only.
    if name in {"audit", "Audit"}:
        from policydiff import pipeline

        return getattr(pipeline, name)
    if name in {"audit_corpus", "Corpus"}:
        from policydiff import corpus

        return getattr(corpus, name)
    if name in _STAGES:
        return importlib.import_module(f"policydiff.{name}")
    raise AttributeError(f"module 'policydiff' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names, the lazily loaded ones (audit, audit_corpus, ...) and the stage modules included."""
    return sorted({*globals(), *__all__, *_STAGES})
