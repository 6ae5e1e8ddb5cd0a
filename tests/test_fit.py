"""tools/fit.py: knob settings applied and restored, memoised audits equal to plain ones, the descent's choice."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import ClassVar

import pytest

from helpers import ROOT, seed
from policydiff import align, derive, judge, rules
from policydiff.pipeline import audit, read


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit", ROOT / "tools" / "fit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit"] = module
    spec.loader.exec_module(module)
    return module


fit = _load()


def test_a_setting_is_applied_everywhere_and_restored() -> None:
    """A cutoff reaches every module that imported it, a rule weight every rules table; both come back after."""
    before = (align.SCORE_CUTOFF, rules.RULES, rules.BY_NAME, rules.weights()["maybe-stock"])
    with fit.applied({"score-cutoff": 60.0, "maybe-stock": 25.0, "period-passage": 0.0}) as keywords:
        assert align.SCORE_CUTOFF == judge.SCORE_CUTOFF == derive.SCORE_CUTOFF == 60.0
        assert rules.weights()["maybe-stock"] == rules.BY_NAME["maybe-stock"].weight == 25.0
        assert {r.name: r.weight for r in rules.PAIR_RULES}["maybe-stock"] == 25.0
        assert keywords == {"score_cutoff": 60.0, "cumulative_penalty": 0.0}
    assert (align.SCORE_CUTOFF, rules.RULES, rules.BY_NAME, rules.weights()["maybe-stock"]) == before
    assert judge.SCORE_CUTOFF is align.SCORE_CUTOFF


def test_unknown_rule_is_an_error() -> None:
    """A knob naming a rule that policydiff.rules does not have fails loudly instead of tuning nothing."""
    knob = fit.Knob(name="x", grid=(1.0,), rule="no-such-rule")
    with pytest.raises(KeyError, match="no-such-rule"), fit.applied({"x": 1.0}, (knob,)):
        pass


def test_memoised_audit_equals_plain_audit() -> None:
    """On national 2022 -> 2023, audits through the memoised stages (filled, then read) give the plain
    audit's rows with the cutoff and penalties moved."""
    plan, review = read(seed("national-2022"), side="plan"), read(seed("national-2023"), side="review")
    with fit.applied({"score-cutoff": 60.0, "maybe-stock": 0.0, "words-inserted": 10.0}) as keywords:
        plain = audit(plan, review, **keywords).rows
        with fit.memoised():
            first = audit(plan, review, **keywords).rows
            second = audit(plan, review, **keywords).rows
    assert plain == first == second
    assert fit.pipeline.extract.__name__ == "extract"  # restored


@pytest.mark.parametrize(("precision_at_1", "chosen"), [(0.9, 2.0), (1.0, 1.0)])
def test_descent_moves_only_on_a_feasible_strict_improvement(precision_at_1: float, chosen: float) -> None:
    """Coordinate descent keeps the default on a tie (3 scores as 2) and takes a better value (1) only when
    every training pair keeps verdict_precision >= 0.97."""

    class Fake:
        knobs = (fit.Knob(name="a", grid=(1.0, 2.0, 3.0), attribute=("policydiff.align", "SCORE_CUTOFF")),)
        defaults: ClassVar[dict[str, float]] = {"a": 2.0}

        def scores(self, setting: dict[str, float]) -> dict[str, dict[str, float]]:
            a = setting.get("a", 2.0)
            good = {1.0: 0.9, 2.0: 0.8, 3.0: 0.8}[a]
            precision = precision_at_1 if a == 1.0 else 1.0
            return {"p": {"status_acc": good, "verdict_recall": good, "verdict_precision": precision}}

    assert fit.descend(Fake(), ["p"], rounds=2) == {"a": chosen}
