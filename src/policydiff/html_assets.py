"""Part of the report stage: the style sheet and the script of the HTML pages (:mod:`policydiff.html`).

Both are inlined in every page, which fetches nothing: its Content-Security-Policy allows exactly these two
(by their SHA-256 hashes, :func:`csp`) and nothing else. The script only filters, sorts and searches rows that
are all in the page already, and says which font to install when no Chinese font is found; without it the page
shows every row, and each row still opens (``<details>``).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Final

#: Chinese fonts by system, tried in order: Windows, macOS, then the Linux families (Noto and Source Han are
#: one design; WenQuanYi and Droid are older distributions' fallbacks).
CJK_FONTS: Final = (
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
FONT_STACK: Final = ", ".join(["system-ui", "-apple-system", "Segoe UI", *(f'"{f}"' for f in CJK_FONTS), "sans-serif"])

CSS: Final = (
    """
:root { --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; }
body { font-family: FONT_STACK; margin: 1.5rem auto; max-width: 78rem; padding: 0 1rem; color: var(--fg);
       line-height: 1.5; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .3rem; }
.files, .note, .count { color: var(--muted); }
.note { font-size: .9rem; }
#font-note { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: .4rem .8rem; }
.totals { font-weight: 600; margin: .4rem 0; }
.split { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
svg.bar { width: 100%; height: 2rem; display: block; border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .2rem 1rem; padding: 0; list-style: none; font-size: .85rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -1px;
          margin-right: .3rem; }
#controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0 .5rem;
            padding: .6rem .8rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
#controls label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
#controls select, #controls input { font: inherit; font-size: .9rem; max-width: 22rem; }
.grid { display: grid; grid-template-columns: 2.5rem 8.5rem 7rem minmax(9rem, 2fr) 8rem 8rem minmax(8rem, 1.2fr);
        gap: 0 .6rem; align-items: baseline; }
.thead { font-size: .8rem; color: var(--muted); border-bottom: 2px solid var(--line); padding: .2rem .6rem; }
.thead button { font: inherit; background: none; border: 0; padding: 0; color: inherit; cursor: pointer;
                text-align: left; }
.thead button[aria-sort="ascending"]::after { content: " \\25B2"; }
.thead button[aria-sort="descending"]::after { content: " \\25BC"; }
details.row { border-bottom: 1px solid var(--line); }
details.row > summary { cursor: pointer; padding: .35rem .6rem; list-style: none; }
details.row > summary::-webkit-details-marker { display: none; }
details.row[open] > summary { background: var(--soft); }
details.row > summary:hover { background: #eef1f4; }
.c-pos, .c-section { color: var(--muted); font-size: .8rem; }
.c-section { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.more { padding: .3rem 1rem .8rem 3rem; }
.badge { display: inline-block; color: #fff; border-radius: 1rem; padding: 0 .6rem; font-size: .8rem;
         font-weight: 600; }
.s-met { background: #1a7f37; } .s-missed { background: #cf222e; }
.s-carried_over { background: #9a6700; } .s-not_mentioned { background: #6e7781; }
.basis { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 .4rem;
         font-size: .8rem; }
.b-claim { border-color: #9a6700; background: #fff8c5; }
.b-figure { border-color: #1a7f37; } .b-derived { border-color: #0969da; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0; }
dt { color: var(--muted); }
dd { margin: 0; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 4px solid var(--line); background: var(--soft); }
blockquote.evidence { border-left-color: #0969da; }
blockquote footer { color: var(--muted); font-size: .85rem; }
mark { background: #fff3b0; padding: 0 .1rem; }
.num { font-weight: 700; color: #0550ae; }
.id { font-family: ui-monospace, monospace; font-size: .8rem; }
table.pairs { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.pairs th, table.pairs td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; }
table.pairs td.n { text-align: right; font-variant-numeric: tabular-nums; }
@media (max-width: 50rem) {
  .grid { grid-template-columns: 2rem 7.5rem 1fr; }
  .c-basis, .c-section, .c-target, .c-actual { grid-column: auto; }
  .thead { display: none; }
}
@media print { #controls { display: none; } details.row > .more { display: block; } }
""".replace("FONT_STACK", FONT_STACK).strip()
    + "\n"
)

#: The page's script. Filters come from the form #controls and from the URL hash (#status=met&basis=claim&q=...),
#: which it keeps in step, so that a filtered view can be linked to; a hash without "=" is an ordinary anchor.
JS: Final = r"""
(function () {
  "use strict";
  var form = document.getElementById("controls");
  var rows = Array.prototype.slice.call(document.querySelectorAll("details.row"));
  var count = document.getElementById("count");
  var KEYS = ["status", "basis", "section", "pair", "q"];
  if (!form) { return; }
  form.hidden = false;
  function field(name) { return form.elements.namedItem(name); }
  function values() {
    var out = {};
    KEYS.forEach(function (k) { var el = field(k); if (el && el.value) { out[k] = el.value; } });
    return out;
  }
  function apply(keepHash) {
    var f = values(), q = (f.q || "").trim().toLowerCase(), shown = 0;
    rows.forEach(function (r) {
      var d = r.dataset;
      var ok = (!f.status || d.status === f.status) && (!f.basis || d.basis === f.basis) &&
        (!f.section || d.section === f.section) && (!f.pair || d.pair === f.pair) &&
        (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (count) { count.textContent = shown + " of " + rows.length + " rows shown"; }
    if (keepHash) { return; }
    var parts = Object.keys(f).map(function (k) { return k + "=" + encodeURIComponent(f[k]); });
    try {
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    } catch (e) { /* a page opened where history cannot change: the filters still apply */ }
  }
  function fromHash() {
    var h = location.hash.slice(1);
    if (h.indexOf("=") < 0) {
      var target = h ? document.getElementById(decodeURIComponent(h)) : null;
      if (target && target.tagName === "DETAILS") { target.open = true; }  // a link to one row opens it
      return false;
    }
    KEYS.forEach(function (k) { var el = field(k); if (el) { el.value = ""; } });
    h.split("&").forEach(function (kv) {
      var at = kv.indexOf("="), el = field(kv.slice(0, at));
      if (at > 0 && el) { try { el.value = decodeURIComponent(kv.slice(at + 1)); } catch (e) { el.value = ""; } }
    });
    return true;
  }
  form.addEventListener("input", function () { apply(false); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(false); });
  window.addEventListener("hashchange", function () { if (fromHash()) { apply(true); } });
  apply(!fromHash());

  var STATUS = {met: 0, missed: 1, carried_over: 2, not_mentioned: 3};
  function key(r, k) {
    var v = r.dataset[k];
    if (k === "status") { return STATUS[v]; }
    if (k === "position" || k === "target" || k === "actual" || k === "confidence") {
      return v === undefined || v === "" ? null : parseFloat(v);
    }
    return v || "";
  }
  Array.prototype.slice.call(document.querySelectorAll(".thead button[data-key]")).forEach(function (b) {
    b.addEventListener("click", function () {
      var k = b.dataset.key, down = b.getAttribute("aria-sort") === "ascending";
      Array.prototype.slice.call(document.querySelectorAll(".thead button")).forEach(function (o) {
        o.removeAttribute("aria-sort");
      });
      b.setAttribute("aria-sort", down ? "descending" : "ascending");
      Array.prototype.slice.call(document.querySelectorAll(".rows")).forEach(function (box) {
        var items = Array.prototype.slice.call(box.querySelectorAll("details.row"));
        items.sort(function (x, y) {
          var a = key(x, k), c = key(y, k), out;
          if (a === null || c === null) { out = a === c ? 0 : (a === null ? 1 : -1); return out; }
          out = typeof a === "number" ? a - c : String(a).localeCompare(String(c), "zh");
          if (out === 0) { out = key(x, "position") - key(y, "position"); }
          return down ? -out : out;
        });
        items.forEach(function (r) { box.appendChild(r); });
      });
    });
  });

  // Chinese shows as boxes when no font has its glyphs: two different characters then draw the same box.
  function drawn(ch, family) {
    var c = document.createElement("canvas");
    c.width = 48; c.height = 48;
    var ctx = c.getContext("2d");
    if (!ctx) { return ch; }
    ctx.font = "40px " + family;
    ctx.fillText(ch, 4, 40);
    try { return Array.prototype.join.call(ctx.getImageData(0, 0, 48, 48).data, ""); } catch (e) { return ch; }
  }
  // Whether one named font is installed: Latin text in it is wider or narrower than in a generic family.
  function installed(font) {
    var ctx = document.createElement("canvas").getContext("2d"), sample = "mmmmmmmmmmlli WWW 0123";
    if (!ctx) { return false; }
    return ["monospace", "serif"].some(function (base) {
      ctx.font = "72px " + base;
      var plain = ctx.measureText(sample).width;
      ctx.font = "72px \"" + font + "\", " + base;
      return ctx.measureText(sample).width !== plain;
    });
  }
  var note = document.getElementById("font-note");
  if (note) {
    var family = window.getComputedStyle(document.body).fontFamily;
    var boxes = drawn("\u4e2d", family) === drawn("\u6587", family);
    var found = (note.dataset.fonts || "").split("|").filter(installed);
    note.hidden = !boxes;
    document.documentElement.dataset.cjkFont = boxes ? "none" : (found[0] || "another");
  }
})();
""".strip()


def csp() -> str:
    """The page's Content-Security-Policy: nothing from anywhere, except this style sheet and this script.

    >>> csp().startswith("default-src 'none'; style-src 'sha256-")
    True
    """
    return (
        f"default-src 'none'; style-src '{_sha256(CSS)}'; script-src '{_sha256(JS)}'; "
        "img-src 'none'; form-action 'none'; base-uri 'none'"
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
