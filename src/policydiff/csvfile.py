"""Auxiliary CSV files (reviewers' corrections, gold audits): bytes -> header and rows with their line numbers.

They are decoded as reports are, for the same reasons: Excel saves UTF-8 with a byte-order mark, and a
Chinese Windows saves GBK (read as GB18030, its superset). Each row keeps the line it starts on, so every
problem can be named ``FILE:LINE: problem``.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Mapping
from typing import Final

import attrs

from policydiff.errors import PolicydiffError

#: Bytes looked at for NULs: a CSV never has them (unless UTF-16 with a mark, decoded before the check).
_SNIFF: Final = 8192


@attrs.frozen
class CsvRow:
    """One record of a CSV file: the line it starts on, its fields by column, and how many fields it had."""

    line: int
    fields: Mapping[str, str]
    width: int

    def get(self, column: str) -> str:
        """The field stripped of surrounding blanks, '' when the row is too short to have it."""
        return self.fields.get(column, "").strip()


@attrs.frozen
class CsvTable:
    """A decoded CSV file: its path, its header (names stripped) and its non-blank records."""

    path: str
    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]

    def where(self, line: int) -> str:
        """``FILE:LINE``, the prefix of every problem found in a row."""
        return f"{self.path}:{line}"


def decode_csv(data: bytes, *, path: str, error: type[PolicydiffError]) -> str:
    """The text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or GB18030/GBK."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise error(f"'{path}' has a UTF-16 mark but is not UTF-16 ({exc.reason})", path=path) from None
    if b"\x00" in data[:_SNIFF]:
        raise error(f"'{path}' is a binary file, not a CSV file", path=path)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise error(f"'{path}' is not a CSV file in UTF-8 or GB18030/GBK (the encodings tried)", path=path)


def read_csv(path: str, *, what: str, error: type[PolicydiffError]) -> CsvTable:
    """The header and records of the CSV file ``path``; ``what`` names the file in messages ("gold file").

    Blank lines and rows of empty fields (which spreadsheets leave) are skipped. Raises ``error`` when the
    file is missing, unreadable, not text, not CSV, or has no header.
    """
    try:
        mode = os.stat(path).st_mode  # before opening: opening a FIFO would wait for a writer
        if stat.S_ISDIR(mode):
            raise error(f"{what} '{path}' is a directory, not a CSV file", path=path)
        if not stat.S_ISREG(mode):
            raise error(f"{what} '{path}' is not a regular file (a pipe, socket or device), not a CSV file", path=path)
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise error(f"{what} '{path}' does not exist", path=path) from None
    except OSError as exc:
        raise error(f"{what} '{path}' cannot be read ({exc.strerror})", path=path) from None
    # strict: an unclosed quote is an error, not a field that swallows the rest of the file
    reader = csv.reader(io.StringIO(decode_csv(data, path=path, error=error), newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for record in reader:
            start, end = end + 1, reader.line_num
            if any(field.strip() for field in record):
                records.append((start, record))
    except csv.Error as exc:
        raise error(
            f"{path}:{end + 1}: not valid CSV ({exc}; a field opened with a double quote must close with one)",
            path=path,
        ) from None
    if not records:
        raise error(f"{what} '{path}' is empty (expected a header row)", path=path)
    (_, header), *body = records
    names = tuple(h.strip() for h in header)
    rows = tuple(
        CsvRow(line=line, fields=dict(zip(names, fields, strict=False)), width=len(fields)) for line, fields in body
    )
    return CsvTable(path=path, header=names, rows=rows)
