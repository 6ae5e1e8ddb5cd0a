"""Leave-one-pair-out fitting of the aligner's knobs on the gold audits.

usage: python tools/fit.py [--knobs NAME,...] [--pairs NAME,...] [--rounds N] [--json OUT.json] [--markdown]
                          [--no-check]

Every gold audit in ``tests/gold/`` (``<gov>-<N>-<N+1>.csv``) is audited in this process with
:func:`policydiff.audit` under each knob setting tried, and scored with :mod:`policydiff.evaluate` (the
figures of ``../shared/tools/score.py``). Then, leaving one pair out at a time, the setting that does best on
the other pairs is chosen by coordinate descent over the knobs (:data:`KNOBS`, each with a grid) and the
held-out pair is scored with it. The mean held-out figures say how a fitted setting does on a pair it has
not seen, which is what the held-out report pairs will ask of it.

Objective on a training set: the mean over its pairs of (status_acc + verdict_recall) / 2, among the settings
with verdict_precision >= :data:`MIN_VERDICT_PRECISION` on every training pair (a wrong met or missed is worse
than an honest not_mentioned, so precision is a constraint, not a term to trade). A knob moves only on a
strict improvement; among equal values the one nearest its default wins.

Extraction does not depend on the knobs, so it is done once per report (the pipeline's ``extract`` and
``clauses`` are memoised while fitting); so are the align stage's knob-free parts (indicator similarities, the
carry-over search, which pair rules fire: their tests do not read the weights). Profiled on the nine pairs,
this takes an audit under a new setting from about 0.35 s to 0.1 s. Before fitting, the memoised audits are
checked against plain ones under the defaults and the grids' extremes (``--no-check`` skips it).
The knobs are module constants patched where they were imported, rule weights of
:data:`policydiff.rules.RULES` set with :func:`attrs.evolve`, and keywords of :func:`policydiff.audit`; all
are restored afterwards. judge.APPROX_TOLERANCE is the protocol's 5% and never a knob.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from policydiff import pipeline
from policydiff.evaluate import read_gold, score_audit
from policydiff.model import Document
from policydiff.pipeline import audit, read

ROOT: Final = Path(__file__).resolve().parents[1]
GOLD: Final = ROOT / "tests" / "gold"
#: Pairs labelled blind for development (tests/devgold/README.md), fitted on with --dev.
DEVGOLD: Final = ROOT / "tests" / "devgold"
#: Where reports are looked for, in order: the bundled seeds, then the shared corpus next to the project.
REPORT_DIRS: Final = (ROOT / "seeds", ROOT.parent / "shared" / "corpus")
#: The constraint on every training pair: a setting that decides wrongly more often than this is not chosen.
MIN_VERDICT_PRECISION: Final = 0.97
#: The figures reported per pair.
METRICS: Final = ("status_acc", "verdict_recall", "verdict_precision")

Setting = tuple[tuple[str, float], ...]


@attrs.frozen(kw_only=True)
class Knob:
    """A tunable value: its default, the grid tried, and where it goes (any of the three)."""

    name: str
    grid: tuple[float, ...]
    #: A weight of policydiff.rules.RULES, set with attrs.evolve.
    rule: str | None = None
    #: A module constant (module, name), replaced in every policydiff module that imported it.
    attribute: tuple[str, str] | None = None
    #: A keyword of policydiff.audit() that carries the value (its default is bound at definition).
    keyword: str | None = None

    @property
    def default(self) -> float:
        """The value in the code now."""
        if self.rule is not None:
            from policydiff import rules

            return float(rules.BY_NAME[self.rule].weight)
        assert self.attribute is not None
        module, name = self.attribute
        return float(getattr(sys.modules[module] if module in sys.modules else _import(module), name))


def _import(module: str) -> Any:
    import importlib

    return importlib.import_module(module)


#: Knobs that are not rule weights, visited first. Extend by adding a row: a module constant (attribute=...)
#: and/or an audit() keyword (keyword=...).
CONSTANT_KNOBS: Final[tuple[Knob, ...]] = (
    Knob(
        name="score-cutoff",
        grid=(60.0, 65.0, 70.0, 75.0, 80.0),
        attribute=("policydiff.align", "SCORE_CUTOFF"),
        keyword="score_cutoff",
    ),
)
#: Rule effects whose weights are tuned; hard blocks stay hard (they mark comparisons without meaning).
TUNED_EFFECTS: Final = ("penalty", "boost", "bonus", "claim")
#: The grid of a rule's weight by its effect; a claim's weight is a cutoff or a score, tried around its value.
EFFECT_GRIDS: Final[dict[str, tuple[float, ...]]] = {
    "penalty": (0.0, 10.0, 20.0, 30.0, 50.0, 100.0),
    "boost": (0.0, 10.0, 20.0, 30.0, 40.0),
    "bonus": (0.0, 5.0, 10.0),
    "claim": (-10.0, -5.0, 0.0, 5.0, 10.0),  # offsets from the current weight
}
#: Grids of particular rules, where the effect's grid does not fit.
RULE_GRIDS: Final[dict[str, tuple[float, ...]]] = {"period-passage": (0.0, 5.0, 10.0, 20.0)}
#: audit() keywords that also carry a rule's weight (audit passes its own default for them to align).
RULE_KEYWORDS: Final[dict[str, str]] = {"period-passage": "cumulative_penalty"}


def rule_knobs() -> tuple[Knob, ...]:
    """A knob per weighted rule of policydiff.rules.RULES with a tuned effect, in the table's order.

    The grid always holds the rule's current weight, so the descent can stay where it starts.
    """
    from policydiff import rules

    out = []
    for r in rules.RULES:
        if r.effect not in TUNED_EFFECTS or r.weight <= 0:
            continue
        if r.name in RULE_GRIDS:
            grid = RULE_GRIDS[r.name]
        elif r.effect == "claim":
            grid = tuple(r.weight + d for d in EFFECT_GRIDS["claim"])
        else:
            grid = EFFECT_GRIDS[r.effect]
        out.append(
            Knob(name=r.name, grid=tuple(sorted({*grid, r.weight})), rule=r.name, keyword=RULE_KEYWORDS.get(r.name))
        )
    return tuple(out)


#: The knobs, in the order coordinate descent visits them.
KNOBS: Final[tuple[Knob, ...]] = CONSTANT_KNOBS + rule_knobs()


# --- applying a setting --------------------------------------------------------------------------------------


def _replace_everywhere(stack: contextlib.ExitStack, name: str, old: object, new: object) -> None:
    """Set ``name`` to ``new`` in every loaded policydiff module where it is ``old`` (imported by name)."""
    for module in [m for n, m in sys.modules.items() if n == "policydiff" or n.startswith("policydiff.")]:
        if getattr(module, name, None) is old:
            stack.enter_context(_setattr(module, name, new))


@contextlib.contextmanager
def _setattr(obj: object, name: str, value: object) -> Iterator[None]:
    saved = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, saved)


def _set_weights(stack: contextlib.ExitStack, weights: Mapping[str, float]) -> None:
    """Rule weights set with attrs.evolve: RULES, BY_NAME and PAIR_RULES rebuilt wherever they were imported."""
    from policydiff import rules

    old_rules, old_by_name, old_pair = rules.RULES, rules.BY_NAME, rules.PAIR_RULES
    unknown = set(weights) - set(old_by_name)
    if unknown:
        raise KeyError(f"no rule named {', '.join(sorted(unknown))} in policydiff.rules.RULES")
    new_rules = tuple(attrs.evolve(r, weight=weights[r.name]) if r.name in weights else r for r in old_rules)
    new_by_name = {r.name: r for r in new_rules}
    new_pair = tuple(new_by_name[r.name] for r in old_pair)
    for name, old, new in (
        ("RULES", old_rules, new_rules),
        ("BY_NAME", old_by_name, new_by_name),
        ("PAIR_RULES", old_pair, new_pair),
    ):
        _replace_everywhere(stack, name, old, new)


@contextlib.contextmanager
def applied(setting: Mapping[str, float], knobs: Sequence[Knob] = KNOBS) -> Iterator[dict[str, Any]]:
    """Apply a setting (knob name -> value) for the duration; yields the keywords for audit()."""
    by_name = {k.name: k for k in knobs}
    keywords: dict[str, Any] = {}
    weights: dict[str, float] = {}
    with contextlib.ExitStack() as stack:
        for name, value in setting.items():
            knob = by_name[name]
            if knob.rule is not None:
                weights[knob.rule] = value
            if knob.attribute is not None:
                module, attr = knob.attribute
                _replace_everywhere(stack, attr, getattr(_import(module), attr), value)
            if knob.keyword is not None:
                keywords[knob.keyword] = value
        if weights:
            _set_weights(stack, weights)
        yield keywords


# --- memoised stages --------------------------------------------------------------------------------------


#: Functions of the align stage that read no knob: (name, how a result is copied before it is handed out).
_PURE_ALIGN: Final = (
    ("score_matrix", lambda m: m.copy()),  # adjusted_scores writes into its matrix
    ("carry_overs", list),
    ("named_again", lambda r: r),
)


def _key(value: Any) -> Any:
    """An identity key for an argument: a sequence by its items' ids, anything else by its own id."""
    if isinstance(value, tuple | list):
        return tuple(id(v) for v in value)
    return id(value)


@contextlib.contextmanager
def memoised() -> Iterator[None]:
    """The knob-free work of an audit done once per input: extraction (pipeline.extract, pipeline.clauses),
    the indicator similarities, the carry-over search and which pair rules fire.

    Keys are object ids; the cache holds the objects, so ids are not reused while it lives. Fired rules are
    kept by name and looked up in the current rules table, so a patched weight is always the one seen.
    """
    from policydiff import align, rules

    keep: list[object] = []
    cache: dict[Any, Any] = {}

    def memo(fn: Callable[..., Any], copy: Callable[[Any], Any] = lambda r: r) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            key = (fn, tuple(_key(a) for a in args), tuple(sorted(kwargs.items())))
            if key not in cache:
                keep.append(args)
                cache[key] = fn(*args, **kwargs)
            return copy(cache[key])

        return wrapper

    fired = getattr(align, "fired")  # noqa: B009 (imported there from policydiff.rules, patched there)
    current: dict[int, dict[str, Any]] = {}

    def fired_memo(c: Any, o: Any) -> Any:
        key = ("fired", id(c), id(o))
        if key not in cache:
            keep.append((c, o))
            cache[key] = tuple(r.name for r in fired(c, o))
        table = rules.PAIR_RULES
        if id(table) not in current:
            current.clear()
            current[id(table)] = {r.name: r for r in table}
        by_name = current[id(table)]
        return tuple(by_name[n] for n in cache[key])

    with contextlib.ExitStack() as stack:
        for name in ("extract", "clauses"):  # the names the pipeline calls, imported from policydiff.extract
            stack.enter_context(_setattr(pipeline, name, memo(getattr(pipeline, name))))
        for name, copy in _PURE_ALIGN:
            stack.enter_context(_setattr(align, name, memo(getattr(align, name), copy)))
        stack.enter_context(_setattr(align, "fired", fired_memo))
        yield


# --- gold pairs and their scores ---------------------------------------------------------------------------


@attrs.frozen
class Pair:
    """A gold audit and its two reports, read once."""

    name: str
    gold: tuple[Mapping[str, str], ...]
    plan: Document
    review: Document


def report_path(government: str, year: str) -> Path | None:
    """The report of a government and year: seeds/ first, then ../shared/corpus (as score_all.py looks)."""
    for folder in REPORT_DIRS:
        if folder.is_dir():
            for f in sorted(folder.iterdir()):
                if f.name.startswith(government + "-") and f.name.endswith(f"-{year}.txt"):
                    return f
    return None


def gold_pairs(names: Sequence[str] = (), *, dev: bool = False) -> list[Pair]:
    """Every gold audit in tests/gold (and with ``dev`` tests/devgold) with both reports found (or those named)."""
    pairs = []
    paths = sorted(GOLD.glob("*.csv")) + (sorted(DEVGOLD.glob("*.csv")) if dev else [])
    for path in paths:
        m = re.fullmatch(r"([a-z]+)-(\d{4})-(\d{4})", path.stem)
        if not m or (names and path.stem not in names):
            continue
        plan, review = report_path(m[1], m[2]), report_path(m[1], m[3])
        if plan is None or review is None:
            print(f"skipped {path.stem}: report not found", file=sys.stderr)
            continue
        gold = tuple(read_gold(str(path)))
        pairs.append(Pair(path.stem, gold, read(plan, side="plan"), read(review, side="review")))
    return pairs


class Scorer:
    """The figures of every pair under a setting, computed once per (setting, pair)."""

    def __init__(self, pairs: Sequence[Pair], knobs: Sequence[Knob]) -> None:
        self.pairs = pairs
        self.knobs = knobs
        self.defaults: dict[str, float] = {k.name: k.default for k in knobs}
        self.cache: dict[Setting, dict[str, dict[str, Any]]] = {}
        self.audits = 0

    def key(self, setting: Mapping[str, float]) -> Setting:
        """The cache key: every knob's value, defaults filled in."""
        full = {**self.defaults, **setting}
        return tuple((k.name, full[k.name]) for k in self.knobs)

    def scores(self, setting: Mapping[str, float]) -> dict[str, dict[str, Any]]:
        """pair name -> metrics (of policydiff.evaluate.score_audit) under the setting."""
        key = self.key(setting)
        if key not in self.cache:
            with applied(dict(key), self.knobs) as keywords:
                self.cache[key] = {p.name: self._score(p, keywords) for p in self.pairs}
        return self.cache[key]

    def _score(self, pair: Pair, keywords: Mapping[str, Any]) -> dict[str, Any]:
        self.audits += 1
        result = score_audit(pair.gold, audit(pair.plan, pair.review, **keywords).rows)
        return {m: result[m] for m in METRICS}


def objective(scores: Mapping[str, Mapping[str, Any]], names: Sequence[str]) -> tuple[bool, float]:
    """(feasible, mean of (status_acc + verdict_recall) / 2) over the named pairs; see the module docstring."""
    feasible = all((scores[n]["verdict_precision"] or 1.0) >= MIN_VERDICT_PRECISION for n in names)
    values = []
    for n in names:
        parts = [scores[n][m] for m in ("status_acc", "verdict_recall") if scores[n][m] is not None]
        values.append(sum(parts) / len(parts))
    return feasible, sum(values) / len(values)


def descend(scorer: Scorer, train: Sequence[str], *, rounds: int) -> dict[str, float]:
    """Coordinate descent from the defaults: each knob in turn takes its best grid value on ``train``."""
    current = dict(scorer.defaults)
    best = objective(scorer.scores(current), train)
    for _ in range(rounds):
        moved = False
        for knob in scorer.knobs:
            default = scorer.defaults[knob.name]
            for value in sorted(knob.grid, key=lambda v: (abs(v - default), v)):
                if value == current[knob.name]:
                    continue
                trial = {**current, knob.name: value}
                got = objective(scorer.scores(trial), train)
                if got[0] > best[0] or (got[0] == best[0] and got[1] > best[1] + 1e-9):
                    current, best, moved = trial, got, True
        if not moved:
            break
    return current


# --- the run ----------------------------------------------------------------------------------------------


def check(scorer: Scorer, settings: Sequence[Mapping[str, float]]) -> None:
    """Memoised audits give the same rows as plain ones (raises AssertionError otherwise)."""
    for setting in settings:
        for pair in scorer.pairs:
            with applied({**scorer.defaults, **setting}, scorer.knobs) as keywords:
                plain = audit(pair.plan, pair.review, **keywords).rows
                with memoised():
                    audit(pair.plan, pair.review, **keywords)  # fill the cache, then read from it
                    fast = audit(pair.plan, pair.review, **keywords).rows
            assert plain == fast, f"{pair.name}: memoised audit differs under {setting}"


def fit(pairs: Sequence[Pair], knobs: Sequence[Knob], *, rounds: int) -> dict[str, Any]:
    """Leave-one-pair-out folds, the fit on every pair, and the defaults' figures."""
    scorer = Scorer(pairs, knobs)
    names = [p.name for p in pairs]
    started = time.perf_counter()
    with memoised():
        defaults = scorer.scores({})
        folds: list[dict[str, Any]] = []
        for held in names:
            train = [n for n in names if n != held]
            chosen = descend(scorer, train, rounds=rounds)
            folds.append(
                {
                    "held_out": held,
                    "chosen": {k: v for k, v in chosen.items() if v != scorer.defaults[k]},
                    "train_objective": round(objective(scorer.scores(chosen), train)[1], 4),
                    "held_out_scores": scorer.scores(chosen)[held],
                    "default_scores": defaults[held],
                }
            )
        everything = descend(scorer, names, rounds=rounds)
        sensitivity = {
            k.name: {v: _means(list(scorer.scores({k.name: v}).values())) for v in sorted({*k.grid, k.default})}
            for k in knobs
        }
    return {
        "knobs": {k.name: {"default": scorer.defaults[k.name], "grid": list(k.grid)} for k in knobs},
        "min_verdict_precision": MIN_VERDICT_PRECISION,
        "folds": folds,
        "held_out_mean": _means([f["held_out_scores"] for f in folds]),
        "default_mean": _means(list(defaults.values())),
        "fit_on_all": {k: v for k, v in everything.items() if v != scorer.defaults[k]},
        "fit_on_all_scores": _means(list(scorer.scores(everything).values())),
        # each knob alone moved over its grid, the others at their defaults: means over every pair
        "sensitivity": sensitivity,
        "settings_audited": len(scorer.cache),
        "audits": scorer.audits,
        "seconds": round(time.perf_counter() - started, 1),
    }


def _means(rows: Sequence[Mapping[str, Any]]) -> dict[str, float | None]:
    """Mean of each metric over pairs; verdict_precision also as its minimum (the constraint's view)."""
    out: dict[str, float | None] = {}
    for m in METRICS:
        values = [r[m] for r in rows if r[m] is not None]
        out[m] = round(sum(values) / len(values), 3) if values else None
    precisions = [r["verdict_precision"] for r in rows if r["verdict_precision"] is not None]
    out["min_verdict_precision"] = min(precisions) if precisions else None
    return out


def markdown(result: Mapping[str, Any]) -> str:
    """The folds as a Markdown table, then the means."""

    def fmt(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    def values(chosen: Mapping[str, float]) -> str:
        return ", ".join(f"{k} {v:g}" for k, v in chosen.items()) or "defaults"

    out = [
        "| held-out pair | chosen (other knobs at their defaults) | status_acc | verdict_recall | verdict_precision |",
        "|---|---|---:|---:|---:|",
    ]
    for f in result["folds"]:
        s, d = f["held_out_scores"], f["default_scores"]
        cells = [f"{fmt(s[m])} ({fmt(d[m])})" if s[m] != d[m] else fmt(s[m]) for m in METRICS]
        out.append(f"| {f['held_out']} | {values(f['chosen'])} | {' | '.join(cells)} |")
    h, d = result["held_out_mean"], result["default_mean"]
    out.append(f"| **mean held-out** | | {' | '.join(fmt(h[m]) for m in METRICS)} |")
    out.append(f"| mean with the defaults | | {' | '.join(fmt(d[m]) for m in METRICS)} |")
    out.append("")
    out.append(
        f"Fitted on all {len(result['folds'])} pairs: {values(result['fit_on_all'])} "
        f"(in-sample {', '.join(f'{m} {fmt(v)}' for m, v in result['fit_on_all_scores'].items())})."
    )
    out += [
        "",
        "Each knob alone over its grid, the others at their defaults (means over every pair; the default in bold):",
        "",
    ]
    out += ["| knob | value: status_acc / verdict_recall / min verdict_precision |", "|---|---|"]
    for name, by_value in result["sensitivity"].items():
        default = result["knobs"][name]["default"]
        base = by_value.get(default)
        if all(v == base for v in by_value.values()):
            out.append(f"| {name} | no effect on the gold pairs over {', '.join(f'{v:g}' for v in by_value)} |")
            continue
        cells = []
        for value, m in by_value.items():
            text = f"{value:g}: {fmt(m['status_acc'])} / {fmt(m['verdict_recall'])} / {fmt(m['min_verdict_precision'])}"
            cells.append(f"**{text}**" if value == default else text)
        out.append(f"| {name} | {'; '.join(cells)} |")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the folds and print them (JSON lines of progress to stderr, the result to stdout)."""
    parser = argparse.ArgumentParser(prog="python tools/fit.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--knobs", help="comma-separated knob names (default: all of KNOBS)")
    parser.add_argument("--pairs", help="comma-separated gold audit names (default: every one in tests/gold)")
    parser.add_argument("--dev", action="store_true", help="also fit on the pairs labelled blind in tests/devgold")
    parser.add_argument("--rounds", type=int, default=2, help="coordinate descent rounds per fold (default 2)")
    parser.add_argument("--json", metavar="PATH", help="also write the full result as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the Markdown table for docs/accuracy.md")
    parser.add_argument("--no-check", action="store_true", help="skip checking memoised audits against plain ones")
    args = parser.parse_args(argv)
    knobs = KNOBS
    if args.knobs:
        wanted = args.knobs.split(",")
        unknown = set(wanted) - {k.name for k in KNOBS}
        if unknown:
            parser.error(f"unknown knobs: {', '.join(sorted(unknown))} (known: {', '.join(k.name for k in KNOBS)})")
        knobs = tuple(k for k in KNOBS if k.name in wanted)
    pairs = gold_pairs(args.pairs.split(",") if args.pairs else (), dev=args.dev)
    if not args.no_check:
        scorer = Scorer(pairs, knobs)
        check(scorer, [{}, {k.name: min(k.grid) for k in knobs}, {k.name: max(k.grid) for k in knobs}])
        print("check: memoised audits equal plain ones", file=sys.stderr)
    result = fit(pairs, knobs, rounds=args.rounds)
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(markdown(result) if args.markdown else json.dumps(result, ensure_ascii=False, indent=2))
    print(
        f"{result['settings_audited']} settings, {result['audits']} pair audits, {result['seconds']} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
