"""The rule table: every rule is a named row with its effect and weight, and every quoted example holds on the real
reports (a positive example fires the rule, a negative one does not)."""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

import pytest

import policydiff
from helpers import ROOT
from policydiff.extract import extract
from policydiff.model import Alignment, Commitment, Example, Outcome, Statement
from policydiff.pipeline import read
from policydiff.report import Audit
from policydiff.rules import BY_NAME, PAIR_RULES, RULES, Rule, counted_thing, weights

SHARED = ROOT.parent / "shared" / "corpus"


def report_path(name: str) -> Path:
    """A report of the examples: bundled in seeds/, or in ../shared/corpus."""
    for folder in (ROOT / "seeds", SHARED):
        if (folder / name).is_file():
            return folder / name
    raise AssertionError(f"report {name} is neither in seeds/ nor in ../shared/corpus")


@cache
def statements(name: str, side: str) -> tuple[Statement, ...]:
    return extract(read(str(report_path(name))), side=side)  # type: ignore[arg-type]


@cache
def audited(plan: str, review: str) -> Audit:
    return policydiff.audit(report_path(plan), report_path(review))


def find(items: tuple[Statement, ...], quote: str, figure: str) -> Statement:
    found = [s for s in items if s.text == quote and (not figure or (s.quantity and s.quantity.text == figure))]
    assert found, f"no statement {quote!r} [{figure}]"
    return found[0]


def government(name: str) -> str:
    return re.sub(r"-\d{4}\.txt$", "", name)


CASES = [(r.name, kind, i) for r in RULES for kind in ("positive", "negative") for i in range(len(getattr(r, kind)))]


def test_rules_are_named_rows_with_an_effect_and_a_weight() -> None:
    """Rule names are unique; hard blocks weigh 100; every weight is finite and not negative."""
    assert len(BY_NAME) == len(RULES)
    for rule in RULES:
        assert math.isfinite(rule.weight) and rule.weight >= 0, rule.name
        assert rule.effect != "block" or rule.weight == 100.0, rule.name
        assert (rule.test is not None) == (rule.effect in ("block", "penalty", "boost", "bonus")), rule.name
    assert [r.effect for r in PAIR_RULES] == sorted((r.effect for r in PAIR_RULES), key=lambda e: e != "block")


def test_every_rule_is_proven_on_two_reports() -> None:
    """Every rule has a positive and a negative example, and its examples come from at least two governments."""
    for rule in RULES:
        if rule.name in UNPROVEN:
            continue
        assert rule.positive and rule.negative, f"{rule.name}: needs positive and negative examples"
        governments = {government(e.plan_file) for e in rule.positive + rule.negative}
        assert len(governments) >= 2, f"{rule.name}: examples from {governments} only"


#: Rules whose examples the bundled reports cannot give yet, and why (each a known gap, not a pass).
UNPROVEN: dict[str, str] = {
    "milestone": "milestones are audited only with --qualitative; their cases are in tests/test_milestones.py",
}


def test_weights_take_overrides_by_name() -> None:
    """weights() gives every rule's weight and applies overrides; an unknown name is an error."""
    assert weights({"period-passage": 7})["period-passage"] == 7.0
    with pytest.raises(KeyError):
        weights({"no-such-rule": 1})


@pytest.mark.parametrize(("name", "kind", "index"), CASES, ids=[f"{n}-{k}-{i}" for n, k, i in CASES])
def test_rule_example(name: str, kind: str, index: int) -> None:
    """A positive example fires the rule on the quoted statements of the real reports; a negative one does not."""
    rule: Rule = BY_NAME[name]
    example: Example = getattr(rule, kind)[index]
    for file, quote in ((example.plan_file, example.plan_quote), (example.review_file, example.review_quote)):
        if quote:
            assert quote in report_path(file).read_text(encoding="utf-8"), f"{quote!r} is not in {file}"
    if rule.test is not None:
        c = find(statements(example.plan_file, "plan"), example.plan_quote, example.target)
        o = find(statements(example.review_file, "review"), example.review_quote, example.actual)
        assert rule.test(c, o) is (kind == "positive")
    else:
        alignment = alignment_of(example)
        assert (name in alignment.rules) is (kind == "positive"), alignment.rules


def alignment_of(example: Example) -> Alignment:
    audit = audited(example.plan_file, example.review_file)
    found = [
        a
        for a in audit.alignments
        if isinstance(a.commitment, Commitment)
        and a.commitment.text == example.plan_quote
        and (not example.target or (a.commitment.quantity and a.commitment.quantity.text == example.target))
    ]
    assert found, f"no commitment {example.plan_quote!r} in the audit"
    return found[0]


def test_explain_names_the_rules_that_fired() -> None:
    """Each alignment names the rules that fired on its evidence; a figure's evidence has none of the claim rules."""
    audit = audited("hubei-province-2025.txt", "hubei-province-2026.txt")
    decided = [a for a in audit.alignments if a.outcome is not None]
    assert decided
    assert all(isinstance(a.outcome, Outcome) for a in decided)
    assert any(a.rules for a in audit.alignments)


def test_rules_command_lists_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    """`policydiff rules --format json` lists every rule with its effect, weight and examples."""
    import json

    from policydiff.cli import main

    assert main(["rules", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "policydiff.rules/1"
    assert [r["name"] for r in data["rules"]] == [r.name for r in RULES]
    blocks = [r for r in data["rules"] if r["effect"] == "block"]
    assert blocks and all(r["weight"] == 100 for r in blocks)
    assert main(["rules"]) == 0 and "named-in-front" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "quote", "figure", "thing"),
    [
        ("fujian-province-2025.txt", "支持“两重”等项目建设，1593个省重点项目完成投资7295亿元", "1593个", "省重点项目"),
        (
            "shandong-province-2026.txt",
            "省市县重点项目完成投资2.8万亿元，3920个新投产项目增加产值5100多亿元",
            "3920个",
            "新投产项目",
        ),
        ("liaoning-province-2026.txt", "4911名科技特派员开展入企服务", "4911名", "科技特派员"),
        # a list of counted things, or a figure inside its clause, counts no one thing
        ("shanghai-municipality-2022.txt", "50家企业总部、62家研发中心签约落户新城", "50家", ""),
        ("xizang-province-2026.txt", "173名个人和6个科技创新团队入选“珠峰英才”计划", "173名", ""),
        ("shandong-province-2026.txt", "交通、能源、水利完成投资5400多亿元", "5400多亿元", ""),
    ],
)
def test_counted_thing_opens_its_own_clause(name: str, quote: str, figure: str, thing: str) -> None:
    """counted-first: a count opening its own clause, even after another clause of the statement, counts the words
    up to its action (3920个新投产项目增加产值: 新投产项目, 新 making 投产 part of the thing); a list counts no one
    thing."""
    assert quote in report_path(name).read_text(encoding="utf-8")
    assert counted_thing(quote, figure) == thing
