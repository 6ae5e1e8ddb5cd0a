"""``--explain ID``: one commitment's verdict, candidates and blocks, as text or as JSON (policydiff.explain/1)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from conftest import CliResult
from helpers import seed
from policydiff.explain import SCHEMA, explain_text, explanation
from policydiff.pipeline import audit
from policydiff.report import COLUMNS, Audit

PLAN, REVIEW = seed("national-2022"), seed("national-2023")
GDP = "c-6fcaa6c5ec36"  # national-2022.txt: 国内生产总值增长5.5%左右, missed (3%)

_STATEMENT = {
    "type": "object",
    "required": ["id", "text", "section", "indicator", "value", "unit", "value_text", "cumulative", "span"],
    "properties": {
        "text": {"type": "string", "minLength": 1},
        "value": {"type": ["number", "null"]},
        "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
    },
}
EXPLAIN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["schema", "plan", "review", "commitment", "row", "rules_fired", "candidates", "blocked", "derived"],
    "properties": {
        "schema": {"const": SCHEMA},
        "commitment": {"allOf": [_STATEMENT, {"required": ["comparator", "sense", "is_rate"]}]},
        "row": {"type": "object", "required": list(COLUMNS)},
        "rules_fired": {"type": "array", "items": {"type": "string"}},
        "candidates": {
            "type": "array",
            "items": {"allOf": [_STATEMENT, {"required": ["score", "chosen"]}]},
        },
        "blocked": {"type": "array", "items": {"allOf": [_STATEMENT, {"required": ["score", "why"]}]}},
        "derived": {
            "oneOf": [
                {"type": "null"},
                {"type": "object", "required": ["rule", "formula", "value", "unit", "comparator", "parts"]},
            ]
        },
    },
}


@pytest.fixture(scope="module")
def national() -> Audit:
    """The national 2022 -> 2023 audit."""
    return audit(PLAN, REVIEW)


def _strict(text: str) -> Any:
    def refuse(name: str) -> None:
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def test_explain_json_follows_its_schema(run_cli: Callable[..., CliResult], national: Audit) -> None:
    """--explain ID --format json prints one strict JSON object of schema policydiff.explain/1, exit 0."""
    code, out, err = run_cli("audit", PLAN, REVIEW, "--explain", GDP, "--format", "json")
    assert (code, err) == (0, "")
    doc = _strict(out)
    jsonschema.validate(doc, EXPLAIN_SCHEMA)
    assert doc["commitment"]["text"] == "国内生产总值增长5.5%左右"
    (row,) = [r for r in national.rows if r["id"] == GDP]
    assert doc["row"] == row


def test_explain_json_says_what_the_text_says(national: Audit) -> None:
    """Every commitment's JSON names the chosen candidate the text marks with '*', and the same blocks."""
    for row in national.rows:
        e = explanation(national, row["id"])
        text = explain_text(national, row["id"])
        chosen = [c for c in e["candidates"] if c["chosen"]]
        assert len(chosen) <= 1
        assert text.count("\n   * ") == len(chosen)
        if chosen and row["status"] in ("met", "missed") and not row["baseline"]:
            assert row["evidence"] == chosen[0]["text"]
        assert all(b["why"] in text for b in e["blocked"])


def test_explain_json_of_a_derived_figure() -> None:
    """Hubei 2025/26: a derived figure's JSON has the formula and each part with the report it comes from."""
    result = audit(seed("hubei-province-2025"), seed("hubei-province-2026"))
    derived = [r["id"] for r in result.rows if r["baseline"]]
    assert derived, "the pair should have a figure derived with last year's report"
    e = explanation(result, derived[0])
    assert e["derived"]["formula"]
    assert {p["report"] for p in e["derived"]["parts"]} == {"plan", "review"}
    for part in e["derived"]["parts"]:
        doc = result.plan if part["report"] == "plan" else result.review
        assert doc.text[slice(*part["span"])] == part["text"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--explain", ""), "Error: --explain needs a commitment id"),
        (("--explain", "  "), "Error: --explain needs a commitment id"),
        (("--explain", GDP, "--format", "csv"), "Error: --explain writes text or --format json, not --format csv"),
        (("--explain", "c-000000000000", "--format", "json"), "Error: no commitment with id 'c-000000000000'"),
    ],
    ids=["empty", "blank", "csv", "unknown-id-json"],
)
def test_bad_explain(run_cli: Callable[..., CliResult], args: tuple[str, ...], message: str) -> None:
    """An empty id, a format --explain does not write, or an unknown id: one Error line, exit 2, no output."""
    code, out, err = run_cli("audit", PLAN, REVIEW, *args)
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1
