"""Part of the diff stage: the HTML pages of the across-years commands (diff, targets, history).

Each page is one self-contained file: inline CSS, an inline SVG chart where there is one, no script and nothing
fetched. Every piece of report text is escaped. The redline shows only what changed: paragraphs both plans hold
unchanged are counted, not printed, and long unchanged runs inside a changed paragraph are cut to their ends.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

from policydiff.quantities import written
from policydiff.redline import SectionDiff

#: Characters of unchanged text kept on each side of a change inside a paragraph; longer runs are cut.
CONTEXT: Final = 40
#: Size of the history chart, in SVG user units.
CHART_WIDTH: Final = 640
CHART_HEIGHT: Final = 220
_PAD: Final = 40

_STYLE: Final = (
    "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;"
    "max-width:70em;margin:2em auto;padding:0 1em;color:#222}"
    "table{border-collapse:collapse;margin:1em 0}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;"
    "text-align:left;vertical-align:top}del{background:#fdd}ins{background:#dfd;text-decoration:none}"
    ".redline p{line-height:1.8}.muted{color:#777}.cut{color:#999}"
    ".raised,.stricter,.above_last_actual,.met{color:#060}.lowered,.looser,.below_last_actual,.missed{color:#a00}"
    "h3 small{font-weight:normal;color:#777}svg text{font-size:11px}"
)


def esc(value: Any) -> str:
    """Any cell as escaped HTML text; None as a dash."""
    return "-" if value is None else html.escape(str(value))


def page(title: str, body: str) -> str:
    """A complete HTML page around ``body``."""
    return (
        f'<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{esc(title)}</h1>\n{body}\n</body></html>\n"
    )


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, classed: Sequence[str] = ()) -> str:
    """An HTML table of ``rows``; the cells of the ``classed`` columns carry their value as a CSS class."""
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            cls = f' class="{esc(r[c])}"' if c in classed and r[c] is not None else ""
            cells.append(f"<td{cls}>{esc(r[c])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def redline_html(sections: Sequence[SectionDiff], *, before: str, after: str) -> str:
    """The redline, section by section: changed paragraphs with their edits, paragraphs of one plan only
    folded under a count, unchanged paragraphs counted."""
    out = []
    for s in sections:
        changed = [p for p in s.paragraphs if p.changed and p.before is not None and p.after is not None]
        gone = [p for p in s.paragraphs if p.after is None]
        added = [p for p in s.paragraphs if p.before is None]
        same = len(s.paragraphs) - len(changed) - len(gone) - len(added)
        if not (changed or gone or added) and not s.renamed:
            continue
        if s.renamed:
            title = f"<del>{esc(s.before)}</del> <ins>{esc(s.after)}</ins>"
        elif s.after is None:
            title = f"<del>{esc(s.before)}</del> <small>only in {esc(before)}</small>"
        elif s.before is None:
            title = f"<ins>{esc(s.after)}</ins> <small>only in {esc(after)}</small>"
        else:
            title = esc(s.heading)
        parts = [f"<h3>{title}</h3>"]
        parts.extend(f"<p>{_ops(p.ops)}</p>" for p in changed)
        for group, tag, name in ((added, "ins", after), (gone, "del", before)):
            if group:
                paras = "".join(f"<p><{tag}>{esc(p.ops[0][1])}</{tag}></p>" for p in group)
                parts.append(
                    f"<details><summary>{len(group)} paragraph(s) only in {esc(name)}</summary>{paras}</details>"
                )
        if same:
            parts.append(f'<p class="muted">{same} paragraph(s) unchanged</p>')
        out.append("".join(parts))
    return '<div class="redline">' + "\n".join(out) + "</div>"


def _ops(ops: Sequence[tuple[int, str]]) -> str:
    """A paragraph's edits as HTML; unchanged text keeps :data:`CONTEXT` characters next to each change."""
    cut = '<span class="cut">…</span>'
    out = []
    for k, (op, text) in enumerate(ops):
        if op != 0:
            tag = "ins" if op > 0 else "del"
            out.append(f"<{tag}>{esc(text)}</{tag}>")
            continue
        first, last = k == 0, k == len(ops) - 1
        if first and len(text) > CONTEXT:
            out.append(cut + esc(text[-CONTEXT:]))
        elif last and len(text) > CONTEXT:
            out.append(esc(text[:CONTEXT]) + cut)
        elif not first and not last and len(text) > 2 * CONTEXT:
            out.append(esc(text[:CONTEXT]) + cut + esc(text[-CONTEXT:]))
        else:
            out.append(esc(text))
    return "".join(out)


def chart(title: str, points: Sequence[tuple[int, float | None, float | None]], unit: str) -> str:
    """An inline SVG line chart of target (dashed) against outcome (solid) over the years.

    ``points`` are (year, target, actual); a missing value leaves a gap. Empty when nothing can be drawn.
    """
    values = [v for _, t, a in points for v in (t, a) if v is not None and math.isfinite(v)]
    if not points or not values:
        return ""
    years = [y for y, _, _ in points]
    lo, hi = min(0.0, *values), max(values)
    hi = hi if hi > lo else lo + 1
    x0, x1 = min(years), max(years)
    span = max(x1 - x0, 1)

    def x(year: int) -> float:
        return _PAD + (CHART_WIDTH - 2 * _PAD) * (year - x0) / span

    def y(v: float) -> float:
        return CHART_HEIGHT - _PAD + -(CHART_HEIGHT - 2 * _PAD) * (v - lo) / (hi - lo)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" role="img" '
        f'aria-label="{esc(title)}"><title>{esc(title)}</title>',
        f'<line x1="{_PAD}" y1="{y(lo):.1f}" x2="{CHART_WIDTH - _PAD}" y2="{y(lo):.1f}" stroke="#999"/>',
    ]
    for series, colour, dash in ((1, "#36c", "5,4"), (2, "#c60", "")):
        runs: list[list[str]] = [[]]
        last_year: int | None = None
        for p in points:
            v = p[series]
            if v is None or not math.isfinite(v) or (last_year is not None and p[0] - last_year > 1):
                runs.append([])  # a year without a figure, or years without a report: no line across them
            last_year = p[0]
            if v is None or not math.isfinite(v):
                continue
            runs[-1].append(f"{x(p[0]):.1f},{y(v):.1f}")
            parts.append(
                f'<circle cx="{x(p[0]):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"><title>{p[0]}: '
                f"{esc(written(v, unit))}</title></circle>"
            )
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        parts.extend(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dashes} points="{" ".join(r)}"/>'
            for r in runs
            if len(r) > 1
        )
    for year in years:
        parts.append(f'<text x="{x(year):.1f}" y="{CHART_HEIGHT - _PAD + 16}" text-anchor="middle">{year}</text>')
    parts.append(f'<text x="4" y="{y(hi) - 6:.1f}">{esc(written(hi, unit))}</text>')
    parts.append(f'<text x="4" y="{y(lo) - 6:.1f}">{esc(written(lo, unit))}</text>')
    legend = CHART_WIDTH - _PAD - 150
    parts.append(
        f'<line x1="{legend}" y1="14" x2="{legend + 20}" y2="14" stroke="#36c" stroke-dasharray="5,4"/>'
        f'<text x="{legend + 24}" y="18">target</text>'
    )
    parts.append(
        f'<line x1="{legend + 80}" y1="14" x2="{legend + 100}" y2="14" stroke="#c60"/>'
        f'<text x="{legend + 104}" y="18">outcome</text>'
    )
    return "".join(parts) + "</svg>"
