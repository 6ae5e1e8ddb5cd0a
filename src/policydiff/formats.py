"""Part of the load stage: HTML, DOCX and PDF files -> the report's main text, one paragraph per line.

The parsing is left to well-kept libraries (Beautiful Soup with the standard library's parser, python-docx,
pypdf); this module only chooses what is report text. HTML: scripts, styles, navigation and page widgets
(下载 / 打印 / 【字号：加大 还原 减小】 / 分享到) are dropped and the element holding most of the text is
kept. DOCX: body paragraphs and table rows in document order. PDF: the text layer, page numbers and running
headers dropped, lines wrapped by the page joined back into paragraphs.

The libraries are imported when a file of their format is read, so importing policydiff stays cheap.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Final

from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.errors import LoadError
from policydiff.load import is_widget_line

if TYPE_CHECKING:
    from bs4.element import Tag

_DROP_TAGS: Final = (
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "svg",
    "object",
)
_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr"}
)
_CELL_TAGS: Final = frozenset(("td", "th"))
_SPACES: Final = re.compile(r"[ \t\r\n\f\v]+")
_CELL: Final = "\t"  # table cells of one row share a line, a tab apart
#: Chinese is written without spaces: one next to a CJK character is source wrapping or an extractor's gap.
_CJK: Final = lxt.CJK_RANGES
_CJK_GAP: Final = re.compile(rf"(?<=[{_CJK}]) +| +(?=[{_CJK}])")
#: The article body is the innermost element holding this share of the page's CJK text (widgets not counted).
_MAIN_SHARE: Final = 0.8
_PAGE_NUMBER: Final = re.compile(lxp.PAGE_NUMBER_PATTERN)
_SENTENCE_END: Final = f"{lxt.FULL_STOP}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}"
_MARKER: Final = re.compile(lxp.HEADING_MARKER_PATTERN)
_FULL_RANK: Final = 0.75  # the width of a full line: this quantile of the line widths
_SHORT_LINE: Final = 0.75  # a line under this share of the page width ends its paragraph
_FULL_SLACK: Final = 0.08  # share of the width a full line may fall short by (line-breaking rules, font widths)
_RUNNING_MIN_PAGES: Final = 3  # a line on this many page edges is a running header or footer


def _cjk(text: str) -> int:
    return sum(1 for ch in text if lxt.HAN_FIRST <= ch <= lxt.HAN_LAST)


def _clean_line(line: str) -> str:
    cells = (_CJK_GAP.sub("", _SPACES.sub(" ", cell)).strip(lxt.CELL_BLANKS) for cell in line.split(_CELL))
    return _CELL.join(c for c in cells if c)


def _keep(lines: list[str]) -> str:
    out = [c for line in lines if (c := _clean_line(line)) and not is_widget_line(c)]
    return "\n".join(out) + ("\n" if out else "")


# --- HTML -------------------------------------------------------------------------------------------------


def html_text(markup: str) -> str:
    """The main text of an HTML page, one paragraph per line.

    >>> html_text("<nav>首页 > 要闻</nav><div><p>各位代表：</p><p>现在，我代表<b>市人民政府</b>报告工作。</p></div>")
    '各位代表：\\n现在，我代表市人民政府报告工作。\\n'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = _main_element(soup)
    lines = _block_lines(root)
    first = next((_clean_line(x) for x in lines if _clean_line(x)), "")
    if lxp.REPORT_TITLE_WORD not in first[:60]:
        heading = soup.find(["h1", "h2"])
        label = heading.get_text(" ", strip=True) if heading is not None else ""
        if lxp.REPORT_TITLE_WORD in label and label not in "".join(lines[:3]):
            lines.insert(0, label)  # the page title sits outside the article body
    return _keep(lines)


def _main_element(soup: Tag) -> Tag:
    """The innermost element holding most of the page's CJK text (the article body, however it is split)."""
    from bs4.element import NavigableString, Tag

    held: Counter[int] = Counter()
    depth: dict[int, int] = {}
    elements: dict[int, Tag] = {}
    total = 0
    for node in soup.find_all(string=True):
        if type(node) is not NavigableString:
            continue  # comments, CDATA, doctype
        count = _cjk(node)
        if not count or is_widget_line(node):
            continue
        total += count
        chain = [p for p in node.parents if isinstance(p, Tag)]
        for level, element in enumerate(reversed(chain)):
            held[id(element)] += count
            depth[id(element)] = level
            elements[id(element)] = element
    body = soup.body if isinstance(soup.body, Tag) else soup
    main = [key for key, n in held.items() if n >= _MAIN_SHARE * total]
    if not main:
        return body
    return elements[max(main, key=lambda key: depth[key])]


def _block_lines(root: Tag) -> list[str]:
    from bs4.element import NavigableString, Tag

    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                elif child.name in _BLOCK_TAGS:
                    parts.append("\n")
                    walk(child)
                    parts.append("\n")
                elif child.name in _CELL_TAGS:
                    walk(child)
                    parts.append(_CELL)
                else:
                    walk(child)
            elif type(child) is NavigableString:
                parts.append(_SPACES.sub(" ", str(child)))

    walk(root)
    return "".join(parts).split("\n")


# --- DOCX -------------------------------------------------------------------------------------------------


def docx_text(data: bytes, *, name: str = "<bytes>", side: str | None = None) -> str:
    """The body text of a .docx file: paragraphs and table rows in document order, one per line."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(f"'{name}' is not a readable .docx file ({exc})", path=name, side=side) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    if not cells or cell.text != cells[-1]:  # a merged cell repeats
                        cells.append(cell.text)
                lines.append(_CELL.join(cells))
        else:
            lines.extend(block.text.split("\n"))
    return _keep(lines)


# --- PDF --------------------------------------------------------------------------------------------------


def pdf_text(data: bytes, *, name: str = "<bytes>", side: str | None = None) -> str:
    """The text layer of a PDF, wrapped lines joined into paragraphs, page numbers and running heads dropped."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # malformed-but-readable files warn on every page
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(f"'{name}' is an encrypted PDF (a password is needed)", path=name, side=side)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise LoadError(f"'{name}' is not a readable PDF file ({exc})", path=name, side=side) from None
    finally:
        logger.setLevel(level)
    if not any(_cjk(p) for p in pages):
        raise LoadError(
            f"'{name}' has no Chinese text layer (a scanned PDF? run OCR on it first)", path=name, side=side
        )
    return _keep(join_pdf_lines([p.split("\n") for p in pages]))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines that recur at the top or bottom of many pages: running headers and footers."""
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = [s for s in (x.strip() for x in lines) if s]
        for s in {*edge[:2], *edge[-2:]}:
            seen[re.sub(r"\d+", "#", s)] += 1
    limit = max(_RUNNING_MIN_PAGES, len(pages) // 2)
    return {s for s, n in seen.items() if n >= limit}


def join_pdf_lines(pages: list[list[str]]) -> list[str]:
    """Paragraphs from the lines of each page.

    A line ends its paragraph when the next one is indented or opens with a heading marker, when it ends a
    sentence short of the right margin, or when it is clearly short (a heading, a last line).

    >>> page = ["  各位代表：", "  现在，我代表市人民政府向大会报告", "工作，请予审议。", "  一、2023年工作回顾"]
    >>> join_pdf_lines([[*page, "- 1 -"]])
    ['各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', '一、2023年工作回顾']
    """
    running = _running_lines(pages)
    lines: list[str] = []
    for page in pages:
        for raw in page:
            s = raw.strip()
            if not s or _PAGE_NUMBER.fullmatch(s) or re.sub(r"\d+", "#", s) in running:
                continue
            lines.append(raw.rstrip())
    widths = sorted(_width(x.strip()) for x in lines)
    full = widths[int(_FULL_RANK * (len(widths) - 1))] if widths else 0  # most lines of a report run full
    paras: list[str] = []
    current = ""
    for i, raw in enumerate(lines):
        s = _clean_line(raw)
        current = _glue(current, s)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        width = _width(s)
        ends = (
            not nxt
            or nxt[:1] in lxt.INDENT_BLANKS
            or _MARKER.match(nxt.strip()) is not None
            or (s[-1:] in _SENTENCE_END and width < (1 - _FULL_SLACK) * full)
            or width < _SHORT_LINE * full
        )
        if ends:
            paras.append(current)
            current = ""
    return [p for p in paras if p]


def _glue(left: str, right: str) -> str:
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return f"{left} {right}"
    return left + right
