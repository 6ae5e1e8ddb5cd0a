"""The load stage: a path, bytes or text -> the report's text.

Text files are decoded from UTF-8 (with or without BOM), UTF-16 (with or without BOM), or GB18030/GBK;
other encodings are guessed with charset-normalizer. ``.html``/``.htm``, ``.docx`` and ``.pdf`` files are
turned into their main text, one paragraph per line (see :mod:`policydiff.formats`); the format is told by
the file's first bytes as well as its suffix. A ``.txt`` report's text is exactly its decoded bytes, so
offsets found later are offsets into the file. Every failure is a one-line :class:`LoadError` naming the file.
"""

from __future__ import annotations

import bisect
import codecs
import math
import os
import re
import stat
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Final, NamedTuple

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_page as lxp
from policydiff import lexicon_zh_text as lxt
from policydiff.errors import LoadError
from policydiff.model import SourceMap

#: Bytes looked at for NULs: text never has them (unless it is UTF-16), binary files nearly always do.
BINARY_SNIFF: Final = 8192
#: Share of control characters (other than tab, line breaks and form feed) above which decoded text is binary.
BINARY_CONTROL_SHARE: Final = 0.01
#: Share of CJK characters a decoded report must have; below it the guess was wrong.
MIN_CJK_SHARE: Final = 0.2
#: Share of private-use characters a GB18030 reading may have; Big5 bytes read as GB18030 are full of them.
MAX_PRIVATE_SHARE: Final = 0.001
#: Bytes in a megabyte, the unit of --max-size.
MB: Final = 1 << 20
#: The largest report file read by default: 5 MB, fifty times the longest real report (about 100 KB of text);
#: a 50 MB text takes about 40 s to audit. ``policydiff ... --max-size MB`` raises it.
MAX_SIZE: Final = 5 * MB
#: A .docx or .pdf may be this many times larger: its images and fonts are not text.
CONTAINER_FACTOR: Final = 10
#: A report's letters are at least this share Chinese characters: real reports have over 99% (a few Latin
#: letters: GDP, PM2.5, 5G); Japanese, with its kana, well under 80%.
MIN_CHINESE_SHARE: Final = 0.8
_TEXT_SUFFIXES: Final = (".txt", ".text", ".md")
_HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml", ".shtml")
_MAX_PATH_LEN: Final = 1024
_SAMPLE: Final = 5000  # characters looked at to judge a decoding
_WIDGET_MAX: Final = 40  # a page widget (字号 bar, breadcrumb) is a short line
_FOLD: Final = str.maketrans(lxt.FOLDED_MARKS)
_WIDGETS: Final = frozenset(w.translate(_FOLD) for w in lxp.WIDGET_LINES)
_WIDGETS_LONGEST_FIRST: Final = sorted(_WIDGETS, key=len, reverse=True)
_WIDGET_PREFIXES: Final = tuple(w.translate(_FOLD) for w in lxp.WIDGET_LINE_PREFIXES)
_TIMESTAMP: Final = re.compile(lxp.TIMESTAMP_PATTERN)
_NOT_CRUMB: Final = f"{lxt.FULL_STOP}{lxt.COMMAS}"
# 首页 > 要闻
_BREADCRUMB: Final = re.compile(rf"[^{_NOT_CRUMB}]{{1,12}}(?:\s*(?:>|&gt;|»|›)\s*[^{_NOT_CRUMB}]{{1,12}})+")
_MAGIC: Final = {
    b"%PDF-": ".pdf",
    b"PK\x03\x04": ".docx",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": ".doc",
}


#: Characters no reader sees, dropped wherever they stand: zero-width spaces and joiners, the word joiner and
#: invisible operators, direction marks, embeddings and isolates, soft hyphens, a byte-order mark inside the
#: text, variation selectors and tags, and combining marks (an underline or an accent laid over a digit).
_INVISIBLE: Final = (
    "\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\U000e0000-\U000e01ef"
)
#: HTML space entities left in a text copied from a page's source: each is read as one space.
_SPACE_ENTITY: Final = "&(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0);"
_HIDDEN: Final = re.compile(f"[{_INVISIBLE}]+|{_SPACE_ENTITY}")
#: Spaces a figure may be set apart from its unit by (5.5 %, 1100 万人, 3% 左右); not tabs, which part cells.
#: (\uff10-\uff19 and \uff05 are the full-width digits and per cent sign, \u3000 the ideographic space.)
_FIGURE_GAP: Final = re.compile(
    rf"(?<=[0-9\uff10-\uff19%\uff05‰])[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+(?=[%\uff05‰{lxt.HAN_RANGE}])"
)
#: A figure written with thousands commas: 11,000万, 1,200,000人 (the commas are dropped, the digits kept).
_THOUSANDS: Final = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d)")
#: A subscript set on a line of its own by a page's markup (广义货币M\n2\n增长13.6%): the breaks around it go.
_SUBSCRIPT_LINE: Final = re.compile(r"(?<=[A-Za-z])\n(?=\d\n)|(?<=[A-Za-z]\n\d)\n")
#: All four at once, led by the characters they open with (lexicon_zh.led): what :func:`clean` looks for first.
_SUSPECT: Final = re.compile(
    lx.led(
        rf"{_INVISIBLE}&\s\d",
        f"{_HIDDEN.pattern}|{_FIGURE_GAP.pattern}|{_THOUSANDS.pattern}|{_SUBSCRIPT_LINE.pattern}",
    )
)


def clean(text: str) -> tuple[str, SourceMap | None]:
    """``text`` without what hides a figure from the stages but not from a reader, and the map of the cleaned
    text's offsets back to ``text`` (None when nothing changed).

    Dropped: invisible characters anywhere, spaces between a figure and its unit, the commas of a figure's
    thousands, the line breaks around a subscript digit set on its own line (M\n2\n); an HTML space entity
    (``&nbsp;``) becomes one space. Every other line break and tab stays.

    >>> from policydiff.model import Span
    >>> cleaned, source_map = clean("增长5.5\u00a0%，新增就业1,100\u200b万人")
    >>> cleaned, source_map.quote(Span(2, len(cleaned)))
    ('增长5.5%，新增就业1100万人', '5.5\xa0%，新增就业1,100\u200b万人')
    """
    if not _SUSPECT.search(text):
        return text, None
    hidden = [(m.start(), m.end(), " " if m[0][0] == "&" else "") for m in _HIDDEN.finditer(text)]
    shown, first = _apply(text, hidden)
    # gaps and commas are found in the text without hidden characters (5\u200b %), then cut from the source
    inside = [(m.start(), m.end()) for m in _FIGURE_GAP.finditer(shown)]
    inside += [(m.start() + i, m.start() + i + 1) for m in _THOUSANDS.finditer(shown) for i in _commas(m[0])]
    inside += [(m.start(), m.end()) for m in _SUBSCRIPT_LINE.finditer(shown)]
    cuts = [(first.offset(a), first.offset(b), "") for a, b in inside]
    covered = _covered(cuts)
    cuts += [c for c in hidden if not covered(c[0])]  # a hidden character inside a gap goes with the gap
    return _apply(text, sorted(cuts))


def _commas(figure: str) -> list[int]:
    return [i for i, ch in enumerate(figure) if ch == ","]


def _covered(cuts: list[tuple[int, int, str]]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of ``cuts``."""
    spans = sorted((a, b) for a, b, _ in cuts)
    starts = [a for a, _ in spans]

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < spans[i][1]

    return inside


def _apply(source: str, cuts: list[tuple[int, int, str]]) -> tuple[str, SourceMap]:
    """``source`` with each ``source[start:end]`` replaced by the cut's string (cuts sorted, not overlapping;
    a replacement is at most one character), and the map of the result's offsets back to ``source``."""
    parts: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    pos = length = 0
    for start, end, new in cuts:
        parts.extend((source[pos:start], new))
        length += start - pos + len(new)
        if starts and starts[-1] == length:  # two cuts side by side: one step
            starts.pop(), shifts.pop()
        starts.append(length)
        shifts.append(end - length)
        pos = end
    parts.append(source[pos:])
    return "".join(parts), SourceMap(source, tuple(starts), tuple(shifts))


def looks_like_path(source: str) -> bool:
    """A short one-line string is a path; anything with a line break or a report's length is text."""
    if "\n" in source or len(source) > _MAX_PATH_LEN:
        return False
    suffixes = (*_TEXT_SUFFIXES, *_HTML_SUFFIXES, ".docx", ".pdf")
    return source.lower().endswith(suffixes) or os.path.exists(source)


def is_widget_line(line: str) -> bool:
    """True for a line of page chrome: 下载, 【字号：加大 还原 减小】, 分享到, 当前位置, a bare timestamp.

    >>> [is_widget_line(s) for s in ("打印", "【字号：加大 还原 减小】", "2026-02-03 09:02:33", "一、2025年工作回顾")]
    [True, True, True, False]
    """
    s = line.translate(_FOLD).strip()
    if not s:
        return False
    if s in _WIDGETS or _TIMESTAMP.fullmatch(s) or _only_widgets(s.replace(" ", "")):
        return True
    if len(s) <= _WIDGET_MAX and (s.startswith(_WIDGET_PREFIXES) or _BREADCRUMB.fullmatch(s)):
        return True
    return not any(ch.isalnum() for ch in s) and len(s) <= 4  # a lone 】 | × >


def _only_widgets(s: str) -> bool:
    """True for a run of widget words written together: 下载打印全屏收藏 (inline links without spaces)."""
    while s:
        word = next((w for w in _WIDGETS_LONGEST_FIRST if len(w) > 1 and s.startswith(w)), None)
        if word is None:
            return False
        s = s[len(word) :]
    return True


def _cjk_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if lxt.HAN_FIRST <= ch <= lxt.HAN_LAST) / len(sample)


def _private_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if "\ue000" <= ch <= "\uf8ff") / len(sample)


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f") / len(sample)


def _fail(name: str, problem: str, side: str | None) -> LoadError:
    return LoadError(f"'{name}' {problem}", path=name, side=side)


def decode(data: bytes, *, name: str = "<bytes>", side: str | None = None) -> str:
    """Decode a report's bytes, trying UTF-8, UTF-16, GB18030, then charset-normalizer's guess.

    >>> decode("各位代表：".encode("gbk"))
    '各位代表：'
    """
    if not data.strip():
        raise _fail(name, "is empty (expected a government work report)", side)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(name, f"has a UTF-8 mark but is not UTF-8 ({exc.reason} at byte {exc.start})", side) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _fail(name, f"has a UTF-16 mark but is not UTF-16 ({exc.reason})", side) from None
    if b"\x00" in data[:BINARY_SNIFF]:
        readings = []  # UTF-16 without a mark has NULs in its ASCII; the right byte order reads as Chinese
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _control_share(text) <= BINARY_CONTROL_SHARE:
                readings.append((_cjk_share(text), text))
        if readings and max(readings)[0] >= MIN_CJK_SHARE:
            return max(readings)[1]
        raise _fail(name, "is a binary file, not text (expected a .txt, .html, .docx or .pdf report)", side)
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" or (_cjk_share(text) >= MIN_CJK_SHARE and _private_share(text) <= MAX_PRIVATE_SHARE):
            return _not_binary(text, name, side)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _cjk_share(str(best)) >= MIN_CJK_SHARE and _private_share(str(best)) <= MAX_PRIVATE_SHARE:
        return _not_binary(str(best), name, side)
    raise _fail(name, "is not in any supported encoding (tried UTF-8, UTF-16, GB18030/GBK and a guess)", side)


def _not_binary(text: str, name: str, side: str | None) -> str:
    if _control_share(text) > BINARY_CONTROL_SHARE:
        raise _fail(name, "is a binary file, not text (expected a .txt, .html, .docx or .pdf report)", side)
    return text


def _format(data: bytes, suffix: str) -> str:
    """The file's real format: its magic bytes first, then its suffix, then a look at the text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if suffix in _HTML_SUFFIXES:
        return ".html"
    if suffix in (".pdf", ".docx"):
        return suffix + "?"  # named so, but without the format's signature
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head:
        return ".html"
    return ".txt"


def to_text(data: bytes, *, name: str = "<bytes>", suffix: str = ".txt", side: str | None = None) -> str:
    """The report text in ``data``: decoded text, or the main text of an HTML, DOCX or PDF file."""
    if not data.strip():
        raise _fail(name, "is empty (expected a government work report)", side)
    kind = _format(data, suffix.lower())
    if kind in (".pdf", ".docx", ".html"):
        from policydiff import formats  # the readers of files that are not plain text, imported for those only
    if kind == ".pdf":
        text = formats.pdf_text(data, name=name, side=side)
    elif kind == ".docx":
        text = formats.docx_text(data, name=name, side=side)
    elif kind == ".html":
        text = formats.html_text(decode_html(data, name=name, side=side))
    elif kind == ".doc":
        raise _fail(name, "is a Word 97-2003 .doc file (binary); save it as .docx or .txt", side)
    elif kind.endswith("?"):
        raise _fail(
            name, f"is not a {kind[1:-1].upper()} file (its first bytes are not a {kind[1:-1]} signature)", side
        )
    else:
        text = decode(data, name=name, side=side)
    if not text.strip():
        problem = "is empty" if kind == ".txt" else "has no report text"
        raise _fail(name, f"{problem} (expected a government work report)", side)
    return text


def decode_html(data: bytes, *, name: str = "<bytes>", side: str | None = None) -> str:
    """An HTML page's text, in the charset its ``<meta>`` declares when that decodes, else as :func:`decode`."""
    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk"):
            declared = "gb18030"  # pages that say gb2312 use GBK's extra characters
        try:
            return data.decode(declared).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name=name, side=side)


class Loaded(NamedTuple):
    """What :func:`load` returns: the report's text and its path (None for a text given directly).

    A tuple, so ``text, path = load(...)`` unpacks it; :func:`policydiff.parse.parse` takes it whole, so the
    stages compose as ``parse(load(path))``.
    """

    text: str
    path: str | None


def load(source: str | os.PathLike[str], *, side: str | None = None, max_size: float | None = MAX_SIZE) -> Loaded:
    """(text, path) of a report given as a path or as its text. Text given directly has path None.

    Only a regular file is read (a FIFO or a device could block for ever), and only up to ``max_size`` bytes
    (:data:`MAX_SIZE`; ten times that for a .docx or .pdf, whose images and fonts take room; None: no limit).
    The text must be Chinese: a report in another language, or with no letters at all, cannot be audited.
    """
    if isinstance(source, str) and not looks_like_path(source):
        if not source.strip():
            raise LoadError("the report text is empty (expected a government work report)", side=side)
        if max_size is not None and len(source) > max_size / 4 and (size := len(source.encode("utf-8"))) > max_size:
            raise LoadError(f"the report text {_too_big(size, max_size)}", side=side)
        _require_chinese(source, "the report text", side)
        return Loaded(source, None)
    path = Path(source)
    name = str(source)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise _fail(name, "does not exist", side) from None
    except OSError as exc:
        raise _fail(name, f"cannot be read ({exc.strerror or exc})", side) from None
    if stat.S_ISDIR(mode):
        raise _fail(name, "is a directory, not a report file", side)
    if not stat.S_ISREG(mode):
        raise _fail(name, f"is {file_kind(mode)}, not a regular file (expected a report file)", side)
    limit = None if max_size is None else int(max_size * CONTAINER_FACTOR)
    if limit is not None and (size := path.stat().st_size) > limit:  # too big whatever its format: not read
        raise _fail(name, _too_big(size, max_size or 0, CONTAINER_FACTOR), side)
    try:
        with path.open("rb") as fh:
            data = fh.read() if limit is None else fh.read(limit + 1)
    except OSError as exc:
        raise _fail(name, f"cannot be read ({exc.strerror or exc})", side) from None
    if max_size is not None:
        factor = CONTAINER_FACTOR if _format(data, path.suffix.lower()) in (".pdf", ".docx") else 1
        if len(data) > max_size * factor:
            raise _fail(name, _too_big(max(path.stat().st_size, len(data)), max_size, factor), side)
    text = to_text(data, name=name, suffix=path.suffix, side=side)
    _require_chinese(text, f"'{name}'", side)
    return Loaded(text, name)


def _too_big(size: int, max_size: float, factor: int = 1) -> str:
    """The message for a report over the size limit, with the --max-size that reads it."""
    needed = max(1, math.ceil(size / factor / MB))
    return (
        f"is {size / MB:.3g} MB, over the {max_size * factor / MB:g} MB a report is read up to (the longest known "
        f"report is about 0.1 MB); give --max-size {needed} (MB) to read it anyway"
    )


_HAN_RUN: Final = re.compile(f"[{lxt.HAN_RANGE}]+")


def cjk(text: str) -> int:
    """The number of Han characters in ``text`` (counted by runs: a list of runs, not of characters)."""
    return sum(map(len, _HAN_RUN.findall(text)))


def letters(text: str) -> tuple[int, int]:
    """(Han characters, other letters) of ``text``: the Han ones cut out in C, the letters among the rest (a fifth
    of a report) counted one distinct character at a time.

    >>> letters("GDP增长5.2%，CPI上涨0.2%")
    (4, 6)
    """
    rest = _HAN_RUN.sub("", text)
    return len(text) - len(rest), sum(n for ch, n in Counter(rest).items() if ch.isalpha())


def _require_chinese(text: str, what: str, side: str | None) -> None:
    """Raise LoadError unless most of the letters of ``text`` are Chinese characters."""
    cjk, other = letters(text)
    if not cjk or cjk < MIN_CHINESE_SHARE * (cjk + other):
        found = f"{cjk / (cjk + other):.0%} of its letters are Chinese" if cjk + other else "it has no letters"
        raise LoadError(
            f"{what} is not a Chinese text ({found}; expected a government work report in Chinese)", side=side
        )


_KINDS: Final = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words.

    >>> file_kind(stat.S_IFIFO | 0o644), file_kind(stat.S_IFREG | 0o644)
    ('a FIFO (named pipe)', 'a regular file')
    """
    return next((kind for test, kind in _KINDS if test(mode)), "a regular file" if stat.S_ISREG(mode) else "special")
