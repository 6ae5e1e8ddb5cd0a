"""Part of the report stage: an audit document (``policydiff.audit/1``) -> one self-contained HTML page.

The page is self-contained: inline CSS, no scripts, no external assets, so it can be mailed, archived or
opened offline. Every piece of text from the reports is escaped. It reads only the plain dict of
:meth:`policydiff.report.Audit.to_dict` and imports nothing from the package.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, Final

#: Order and colours of the status badges: green, red, amber, grey (colour-blind safe with the text label).
STATUS_COLOURS: Final = {
    "met": "#1a7f37",
    "missed": "#cf222e",
    "carried_over": "#9a6700",
    "not_mentioned": "#6e7781",
}
_CSS: Final = """
body { font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.files { color: #57606a; margin-top: 0; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.summary li { border: 1px solid #d0d7de; border-radius: 6px; padding: .3rem .7rem; }
.note { color: #57606a; font-size: .9rem; }
.row { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem 1rem; margin: .8rem 0; }
.row h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
.badge { display: inline-block; color: #fff; border-radius: 1rem; padding: 0 .6rem; font-size: .8rem;
         font-weight: 600; vertical-align: middle; margin-right: .4rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0; }
dt { color: #57606a; }
dd { margin: 0; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 4px solid #d0d7de; background: #f6f8fa; }
blockquote footer { color: #57606a; font-size: .85rem; }
.id { color: #57606a; font-family: ui-monospace, monospace; font-size: .8rem; float: right; }
"""
_EMPTY: Final = "–"


def badge(status: str) -> str:
    """The coloured label of one status.

    >>> badge("met")
    '<span class="badge" style="background:#1a7f37">met</span>'
    """
    colour = STATUS_COLOURS.get(status, "#6e7781")
    return f'<span class="badge" style="background:{colour}">{escape(status)}</span>'


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


def _text(value: Any) -> str:
    if value is None or value == "":
        return _EMPTY
    return escape(str(value))


def _side(info: Mapping[str, Any]) -> str:
    name = str(info.get("path") or "<text>").replace("\\", "/").rsplit("/", 1)[-1]
    return f"{escape(name)} ({_text(info.get('government'))}, report {_text(info.get('report_year'))})"


def _span(span: Sequence[int] | None) -> str:
    return f"characters {span[0]}–{span[1]}" if span else ""


def _quote(label: str, text: str | None, section: str | None, span: Sequence[int] | None) -> str:
    if not text:
        return ""
    where = " · ".join(p for p in (escape(section or ""), _span(span)) if p)
    return f"<blockquote><p>{escape(text)}</p><footer>{escape(label)}: {where}</footer></blockquote>"


def _row(row: Mapping[str, Any]) -> str:
    target = " ".join(p for p in (_text(row.get("comparator")), _text(row.get("sense"))) if p != _EMPTY)
    actual = figure(row.get("actual_value"), row.get("actual_unit"))
    source = "review" if row.get("evidence_source") != "next_plan" else "next year's plan"
    parts = [
        f'<section class="row" id="{escape(str(row.get("id", "")))}">',
        f'<span class="id">{_text(row.get("id"))}</span>',
        f"<h2>{badge(str(row.get('status', '')))}{_text(row.get('indicator'))}</h2>",
        "<dl>",
        f"<dt>target</dt><dd>{_text(row.get('target_text'))} ({target})</dd>",
        f"<dt>actual</dt><dd>{actual}</dd>",
        f"<dt>reason</dt><dd>{_text(row.get('reason'))}</dd>",
        "</dl>",
        _quote("plan", row.get("commitment"), row.get("section"), row.get("plan_span")),
        _quote(source, row.get("evidence"), row.get("evidence_section"), row.get("evidence_span")),
        _quote("last year's report (plan file)", row.get("baseline"), None, row.get("baseline_span")),
        "</section>",
    ]
    return "\n".join(p for p in parts if p)


def render(document: Mapping[str, Any]) -> str:
    """The whole page for one audit document (the dict of ``Audit.to_dict()``)."""
    plan, review, summary = document["plan"], document["review"], document["summary"]
    title = f"policydiff audit: {_side(plan)} → {_side(review)}"
    counts = "".join(f"<li>{badge(s)} {int(summary.get(s, 0))}</li>" for s in STATUS_COLOURS)
    head = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hans">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>Plan for {_text(plan.get('year'))} reviewed a year later</h1>",
        f'<p class="files">plan: {_side(plan)} · review: {_side(review)}</p>',
        f"<p><strong>{int(summary.get('total', 0))} commitments</strong></p>",
        f'<ul class="summary">{counts}</ul>',
        '<p class="note">not_mentioned means the review gives no evidence either way; it is not missed. '
        "Spans are character offsets into each file's text.</p>",
    ]
    rows = [_row(r) for r in document["rows"]]
    return "\n".join([*head, *rows, "</body>", "</html>"]) + "\n"
