"""The load stage: a path, bytes or text -> the report's text.

Text files are decoded from UTF-8 (with or without BOM), UTF-16 (BOM), or GB18030/GBK; other encodings
are guessed with charset-normalizer. Every failure is a one-line :class:`LoadError` naming the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from policydiff.errors import LoadError

#: Share of NUL bytes above which a file without a UTF-16 BOM is binary.
BINARY_NUL_SHARE: Final = 0.01
#: Share of CJK characters a decoded report must have; below it the guess was wrong.
MIN_CJK_SHARE: Final = 0.2
_TEXT_SUFFIXES: Final = (".txt", ".text", ".md")
_MAX_PATH_LEN: Final = 1024


def looks_like_path(source: str) -> bool:
    """A short one-line string is a path; anything with a line break or a report's length is text."""
    if "\n" in source or len(source) > _MAX_PATH_LEN:
        return False
    return source.lower().endswith((*_TEXT_SUFFIXES, ".html", ".htm", ".docx", ".pdf")) or os.path.exists(source)


def _cjk_share(text: str) -> float:
    sample = text[:5000]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / len(sample)


def decode(data: bytes, *, name: str = "<bytes>", side: str | None = None) -> str:
    """Decode a report's bytes, trying UTF-8, UTF-16, GB18030, then charset-normalizer's guess."""
    if not data.strip():
        raise LoadError(f"'{name}' is empty (expected a government work report)", path=name, side=side)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(
                f"'{name}' has a UTF-16 mark but is not UTF-16 ({exc.reason})", path=name, side=side
            ) from None
    if data.count(b"\x00") > BINARY_NUL_SHARE * len(data):
        raise LoadError(
            f"'{name}' is a binary file, not text (expected a .txt, .html, .docx or .pdf report)", path=name, side=side
        )
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" or _cjk_share(text) >= MIN_CJK_SHARE:
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _cjk_share(str(best)) >= MIN_CJK_SHARE:
        return str(best)
    raise LoadError(f"'{name}' is not in any supported encoding (tried UTF-8, UTF-16, GB18030)", path=name, side=side)


def load(source: str | os.PathLike[str], *, side: str | None = None) -> tuple[str, str | None]:
    """(text, path) of a report given as a path or as its text. Text given directly has path None."""
    if isinstance(source, str) and not looks_like_path(source):
        if not source.strip():
            raise LoadError("the report text is empty (expected a government work report)", side=side)
        return source, None
    path = Path(source)
    name = str(source)
    if not path.exists():
        raise LoadError(f"'{name}' does not exist", path=name, side=side)
    if path.is_dir():
        raise LoadError(f"'{name}' is a directory, not a report file", path=name, side=side)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"'{name}' cannot be read ({exc.strerror})", path=name, side=side) from None
    text = decode(data, name=name, side=side)
    if not text.strip():
        raise LoadError(f"'{name}' is empty (expected a government work report)", path=name, side=side)
    return text, name
