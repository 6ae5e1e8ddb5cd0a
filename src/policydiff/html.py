"""Part of the report stage: an audit document (``policydiff.audit/1``) -> one self-contained HTML page.

The page is self-contained and fetches nothing (its Content-Security-Policy forbids it): inline CSS and a small
inline script (:mod:`policydiff.html_assets`), no external asset, so it can be mailed, archived or opened
offline. On top, the counts split by basis and a bar of them (inline SVG); then a table of one row per
commitment that can be filtered by status, basis and section, searched and sorted, each row opening
(``<details>``) to the reason, the figures, and the plan and evidence quotes in their paragraph with the
numbers highlighted. Without the script every row is shown and still opens. Text from the reports is escaped.
It reads only plain dicts (:meth:`policydiff.report.Audit.to_dict` and the quotes' contexts) and imports
nothing from the package but its assets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, Final

from policydiff import html_assets

#: Order and colours of the statuses: green, red, amber, grey (colour-blind safe with the text label).
STATUS_COLOURS: Final = {
    "met": "#1a7f37",
    "missed": "#cf222e",
    "carried_over": "#9a6700",
    "not_mentioned": "#6e7781",
}
#: The bases in display order, and the opacity of their share of a status's bar segment: a figure full, a
#: claim faint (the government's word, not a check).
BASIS_SHADES: Final = {
    "figure": 1.0,
    "derived": 0.8,
    "reviewer": 0.8,
    "qualitative": 0.6,
    "claim": 0.35,
    "next_plan": 1.0,
    "none": 1.0,
}
_EMPTY: Final = "–"
#: A figure in a quote: digits with a decimal part, a multiplier and a per cent sign (1.37万亿, 5.5%, 3%).
_NUMBER: Final = re.compile(r"\d+(?:[.\uff0e]\d+)?(?:\u4e07\u4ebf|\u4ebf|\u5343\u4e07|\u4e07)?[%\uff05\u2030]?")


def badge(status: str) -> str:
    """The coloured label of one status.

    >>> badge("met")
    '<span class="badge s-met">met</span>'
    """
    name = status if status in STATUS_COLOURS else "not_mentioned"
    return f'<span class="badge s-{name}">{escape(status)}</span>'


def figure(value: float | None, unit: str | None) -> str:
    """A value in base units for reading: thousands separated, the unit after it.

    >>> figure(12060000, "人"), figure(5.5, "%"), figure(None, None)
    ('12,060,000 人', '5.5%', '–')
    """
    if value is None:
        return _EMPTY
    number = f"{value:,}" if abs(value) >= 10_000 else f"{value:g}"
    if not unit:
        return escape(number)
    return escape(f"{number}{unit}" if unit in ("%", "‰") else f"{number} {unit}")


def numbers(text: str) -> str:
    """``text`` escaped, with its figures marked.

    >>> numbers("增长5.5%，<b>")
    '增长<span class="num">5.5%</span>，&lt;b&gt;'
    """
    out, at = [], 0
    for m in _NUMBER.finditer(text):
        out.append(escape(text[at : m.start()]))
        out.append(f'<span class="num">{escape(m[0])}</span>')
        at = m.end()
    out.append(escape(text[at:]))
    return "".join(out)


def _text(value: Any) -> str:
    if value is None or value == "":
        return _EMPTY
    return escape(str(value))


def _side(info: Mapping[str, Any]) -> str:
    name = str(info.get("path") or "<text>").replace("\\", "/").rsplit("/", 1)[-1]
    return f"{escape(name)} ({_text(info.get('government'))}, report {_text(info.get('report_year'))})"


def _span(span: Sequence[int] | None) -> str:
    return f"characters {span[0]}–{span[1]}" if span else ""


def _quote(
    label: str, css: str, text: str | None, section: str | None, span: Sequence[int] | None, around: Any = None
) -> str:
    """A quote in its paragraph (``around`` = [before, quote, after]) with the quote marked and figures shown."""
    if not text:
        return ""
    if around and len(around) == 3 and around[1]:
        body = f"{numbers(around[0])}<mark>{numbers(around[1])}</mark>{numbers(around[2])}"
    else:
        body = f"<mark>{numbers(text)}</mark>"
    where = " · ".join(p for p in (escape(section or ""), _span(span)) if p)
    return f'<blockquote class="{css}"><p>{body}</p><footer>{escape(label)}: {where}</footer></blockquote>'


def _data(name: str, value: Any) -> str:
    return "" if value is None else f' data-{name}="{escape(str(value))}"'


def row(r: Mapping[str, Any], position: int, context: Mapping[str, Any] | None = None, pair: str | None = None) -> str:
    """One commitment: a summary line of cells that opens to its reason, figures and quotes."""
    context = context or {}
    status, basis = str(r.get("status", "")), str(r.get("basis", ""))
    target = " ".join(p for p in (_text(r.get("comparator")), _text(r.get("sense"))) if p != _EMPTY)
    source = "review" if r.get("evidence_source") != "next_plan" else "next year's plan"
    attrs = "".join(
        _data(k, v)
        for k, v in (
            ("status", status),
            ("basis", basis),
            ("section", r.get("section") or ""),
            ("pair", pair),
            ("position", position),
            ("indicator", r.get("indicator")),
            ("target", r.get("target_value")),
            ("actual", r.get("actual_value")),
            ("confidence", r.get("confidence")),
        )
    )
    cells = [
        f'<span class="c-pos">{position}</span>',
        f'<span class="c-status">{badge(status)}</span>',
        f'<span class="c-basis"><span class="basis b-{escape(basis)}">{escape(basis)}</span></span>',
        f'<span class="c-ind">{_text(r.get("indicator"))}</span>',
        f'<span class="c-target">{_text(r.get("target_text"))}</span>',
        f'<span class="c-actual">{_text(r.get("actual_text"))}</span>',
        f'<span class="c-section" title="{escape(r.get("section") or "")}">{_text(r.get("section"))}</span>',
    ]
    actual = figure(r.get("actual_value"), r.get("actual_unit"))
    parts = [
        f'<details class="row" id="{escape(str(r.get("id", "")))}"{attrs}>',
        f'<summary class="grid">{"".join(cells)}</summary>',
        '<div class="more">',
        f'<p class="reason"><strong>Reason:</strong> {_text(r.get("reason"))}</p>',
        "<dl>",
        f"<dt>target</dt><dd>{_text(r.get('target_text'))} ({target})</dd>",
        f"<dt>actual</dt><dd>{_text(r.get('actual_text'))} = {actual}</dd>" if r.get("actual_text") else "",
        f"<dt>basis</dt><dd>{escape(basis)}{_BASIS_NOTES.get(basis, '')}</dd>",
        f"<dt>rule</dt><dd>{_text(r.get('rule'))} (confidence {_text(r.get('confidence'))})</dd>",
        f'<dt>id</dt><dd class="id">{_text(r.get("id"))}</dd>',
        "</dl>",
        _quote("plan", "plan", r.get("commitment"), r.get("section"), r.get("plan_span"), context.get("plan")),
        _quote(
            source,
            "evidence",
            r.get("evidence"),
            r.get("evidence_section"),
            r.get("evidence_span"),
            context.get("evidence"),
        ),
        _quote("last year's report (plan file)", "baseline", r.get("baseline"), None, r.get("baseline_span")),
        "</div>",
        "</details>",
    ]
    return "\n".join(p for p in parts if p)


_BASIS_NOTES: Final = {
    "claim": " — the government's blanket claim, not a checked figure",
    "derived": " — computed from stated figures (see the reason)",
    "qualitative": " — said to be done, no figure",
}


def split_lines(summary: Mapping[str, Any]) -> str:
    """Each status's count and its split by basis, as a list: ``70 met: 9 by figure, 61 by claim``."""
    by_basis = summary.get("by_basis") or {}
    items = []
    for status in STATUS_COLOURS:
        n = int(summary.get(status, 0))
        bases = by_basis.get(status) or {}
        split = ", ".join(f"{k} by {escape(b)}" for b, k in bases.items())
        items.append(f"<li>{badge(status)} {n}{': ' + split if n and split else ''}</li>")
    return f'<ul class="split">{"".join(items)}</ul>'


def bar(summary: Mapping[str, Any]) -> str:
    """An inline SVG bar of the statuses, each split by basis (a claim drawn faint), with a legend."""
    total = int(summary.get("total", 0)) or 1
    by_basis = summary.get("by_basis") or {}
    segments, legend, x = [], [], 0.0
    for status, colour in STATUS_COLOURS.items():
        for basis, n in (by_basis.get(status) or {}).items():
            width = 1000 * n / total
            label = f"{n} {status} by {basis}"
            segments.append(
                f'<rect x="{x:.2f}" y="0" width="{width:.2f}" height="40" fill="{colour}" '
                f'fill-opacity="{BASIS_SHADES.get(basis, 1.0)}"><title>{escape(label)}</title></rect>'
            )
            swatch = (
                f'<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" '
                f'fill="{colour}" fill-opacity="{BASIS_SHADES.get(basis, 1.0)}"/></svg>'
            )
            legend.append(f"<li>{swatch}{escape(label)}</li>")
            x += width
    svg = (
        '<svg class="bar" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" '
        f'aria-label="statuses split by basis">{"".join(segments)}</svg>'
    )
    return svg + f'<ul class="legend">{"".join(legend)}</ul>'


def controls(*, sections: Sequence[str] = (), pairs: Sequence[str] = ()) -> str:
    """The filter form (status, basis, section or pair, search), hidden until the script shows it."""

    def select(name: str, label: str, options: Sequence[str]) -> str:
        opts = "".join(f'<option value="{escape(o)}">{escape(o[:60])}</option>' for o in options)
        return f'<label>{label}<select name="{name}"><option value="">all</option>{opts}</select></label>'

    parts = [
        '<form id="controls" hidden>',
        select("status", "status", list(STATUS_COLOURS)),
        select("basis", "basis", list(BASIS_SHADES)),
        select("section", "section", sections) if sections else "",
        select("pair", "pair", pairs) if pairs else "",
        '<label>search<input type="search" name="q" placeholder="words in the row or its quotes"></label>',
        '<span id="count" class="count" role="status"></span>',
        "</form>",
    ]
    return "".join(parts)


def table(rows: Sequence[Mapping[str, Any]], contexts: Mapping[str, Any], pair: str | None = None) -> str:
    """The table: a header of sort buttons, then one :func:`row` per commitment in plan order."""
    heads = (
        ("position", "#"),
        ("status", "status"),
        ("basis", "basis"),
        ("indicator", "indicator"),
        ("target", "target"),
        ("actual", "actual"),
        ("section", "section"),
    )
    head = "".join(f'<button type="button" data-key="{k}">{label}</button>' for k, label in heads)
    body = "\n".join(row(r, i, contexts.get(str(r.get("id"))), pair) for i, r in enumerate(rows, 1))
    return f'<div class="thead grid" role="row">{head}</div>\n<div class="rows">\n{body}\n</div>'


def head(title: str) -> str:
    """The document head: charset, the policy that forbids every fetch, the title and the style sheet."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="zh-Hans">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{html_assets.csp()}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{title}</title>",
            f"<style>{html_assets.CSS}</style>",
            "</head>",
            "<body>",
        ]
    )


def font_note() -> str:
    """The note the script shows when none of the Chinese fonts of the style sheet is installed."""
    fonts = "|".join(html_assets.CJK_FONTS)
    return (
        f'<p id="font-note" hidden data-fonts="{escape(fonts)}">No Chinese font was found, so Chinese may show '
        "as boxes. Install Noto Sans CJK SC (Debian and Ubuntu: <code>apt install fonts-noto-cjk</code>; "
        "Fedora: <code>google-noto-sans-cjk-fonts</code>); Windows has Microsoft YaHei and macOS PingFang SC.</p>"
    )


def foot() -> str:
    """The end of the page: the script, then the closing tags."""
    return f"<script>{html_assets.JS}</script>\n</body>\n</html>\n"


def render(document: Mapping[str, Any], contexts: Mapping[str, Any] | None = None) -> str:
    """The whole page for one audit document (the dict of ``Audit.to_dict()``); ``contexts`` maps a row id to
    ``{"plan": [before, quote, after], "evidence": [...]}``, the quotes' paragraphs."""
    plan, review, summary = document["plan"], document["review"], document["summary"]
    rows = document["rows"]
    sections = list(dict.fromkeys(str(r.get("section") or "") for r in rows))
    parts = [
        head(f"policydiff audit: {_side(plan)} → {_side(review)}"),
        f"<h1>Plan for {_text(plan.get('year'))} reviewed a year later</h1>",
        f'<p class="files">plan: {_side(plan)} · review: {_side(review)}</p>',
        font_note(),
        f'<p class="totals">{int(summary.get("total", 0))} commitments</p>',
        split_lines(summary),
        bar(summary),
        '<p class="note">Basis: <b>figure</b> a stated number compared with the target; <b>derived</b> arithmetic '
        "on stated numbers; <b>claim</b> the government's blanket claim about a named list or the budget, its "
        "word and not a check; <b>qualitative</b> said to be done, no number; <b>next_plan</b> promised again next "
        "year; <b>none</b> no evidence. not_mentioned means the review gives no evidence either way; it is not "
        "missed. Spans are character offsets into each file's text. Click a row to see its quotes.</p>",
        controls(sections=sections),
        table(rows, contexts or {}),
        foot(),
    ]
    return "\n".join(parts)
