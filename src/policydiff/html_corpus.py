"""Part of the report stage: a corpus document (``policydiff.corpus/1``) -> one self-contained HTML page.

One file, so that it can be mailed and opened offline like a pair's page: the corpus's counts split by basis
and their bar, a table with a row per pair (its counts, how many of its met rest on a claim) linking to the
pair's audit further down the page (``#pair-<plan file>``), then each pair's audit as on its own page. One
filter form (status, basis, pair, search) applies to every pair's rows. Built from :mod:`policydiff.html`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, Final

from policydiff import html

_STATUSES: Final = tuple(html.STATUS_COLOURS)
_NOT_ID: Final = re.compile(r"[^\w.-]+")


def anchor(pair: Mapping[str, Any]) -> str:
    """The id of a pair's part of the page, from its plan file's name (stable across runs).

    >>> anchor({"plan_file": "national-2022.txt"})
    'pair-national-2022'
    """
    stem = str(pair.get("plan_file") or pair.get("pair") or "").rsplit(".", 1)[0]
    return "pair-" + _NOT_ID.sub("-", stem).strip("-")


def _pairs_table(pairs: Sequence[Mapping[str, Any]]) -> str:
    head = "".join(f"<th>{escape(s)}</th>" for s in (*_STATUSES, "total", "met by claim"))
    lines = []
    for p in pairs:
        s = p["summary"]
        claims = (s.get("by_basis") or {}).get("met", {}).get("claim", 0)
        counts = "".join(f'<td class="n">{int(s.get(k, 0))}</td>' for k in (*_STATUSES, "total"))
        lines.append(
            f'<tr><td><a href="#{escape(anchor(p))}">{escape(str(p["pair"]))}</a></td>'
            f"<td>{escape(str(p['plan_file']))}</td><td>{escape(str(p['review_file']))}</td>"
            f'{counts}<td class="n">{int(claims)}</td></tr>'
        )
    return (
        f'<table class="pairs"><thead><tr><th>pair</th><th>plan</th><th>review</th>{head}</tr></thead>'
        f"<tbody>{''.join(lines)}</tbody></table>"
    )


def render(document: Mapping[str, Any], contexts: Mapping[str, Any] | None = None) -> str:
    """The whole page for a corpus document (the dict of ``Corpus.to_dict()``); ``contexts`` as for
    :func:`policydiff.html.render`, for the rows of every pair."""
    summary, pairs = document["summary"], document["pairs"]
    by_pair: dict[str, list[Mapping[str, Any]]] = {}
    for r in document["rows"]:
        by_pair.setdefault(str(r["pair"]), []).append(r)
    parts = [
        html.head(f"policydiff corpus: {int(summary.get('pairs', 0))} pairs"),
        f"<h1>{int(summary.get('pairs', 0))} report pairs: each plan reviewed a year later</h1>",
        html.font_note(),
        f'<p class="totals">{int(summary.get("total", 0))} commitments</p>',
        html.split_lines(summary),
        html.bar(summary),
        '<p class="note">Each pair links to its audit below. <b>claim</b>: the government\'s blanket claim about a '
        "named list or the budget, its word and not a check; not_mentioned means no evidence either way.</p>",
        _pairs_table(pairs),
    ]
    if document.get("errors"):
        items = "".join(f"<li>{escape(str(e))}</li>" for e in document["errors"])
        parts.append(f'<h2>Not audited</h2><ul class="errors">{items}</ul>')
    parts.append(html.controls(pairs=[str(p["pair"]) for p in pairs]))
    for p in pairs:
        name = str(p["pair"])
        parts += [
            f'<section class="pair" id="{escape(anchor(p))}">',
            f"<h2>{escape(name)}</h2>",
            f'<p class="files">plan: {escape(str(p["plan_file"]))} · review: {escape(str(p["review_file"]))}</p>',
            html.split_lines(p["summary"]),
            html.table(by_pair.get(name, []), contexts or {}, pair=name),
            "</section>",
        ]
    parts.append(html.foot())
    return "\n".join(parts)
