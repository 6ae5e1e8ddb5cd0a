"""Errors raised by policydiff. Imports nothing from the package.

Every expected failure is a :class:`PolicydiffError`; the CLI prints its message on one line as
``Error: ...`` and exits with status 2. Messages name the side, the file, what was expected and what
was found.
"""

from __future__ import annotations


class PolicydiffError(Exception):
    """Base class of every error policydiff raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None, side: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.side = side

    def __str__(self) -> str:
        prefix = f"{self.side}: " if self.side else ""
        return prefix + self.message


class LoadError(PolicydiffError, ValueError):
    """Raised when a report cannot be read: missing, empty, binary, or in no supported encoding."""


class StructureError(PolicydiffError, ValueError):
    """Raised when a report has no recognisable review part or plan part."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        side: str | None = None,
        expected: str = "",
        found: str = "",
    ) -> None:
        super().__init__(message, path=path, side=side)
        self.expected = expected
        self.found = found


class PairError(PolicydiffError, ValueError):
    """Raised when PLAN and REVIEW do not form a plan -> review pair (wrong order, other years)."""


class AuxiliaryFileError(PolicydiffError, ValueError):
    """Raised when an auxiliary CSV file (corrections, gold) is unreadable or malformed; ``line`` is the row's line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message, path=path)
        self.line = line


class GoldError(AuxiliaryFileError):
    """Raised when a gold CSV given to ``policydiff eval`` is unreadable, malformed (a column, a field, a status,
    a number, a quote) or written for another pair of reports."""


class CorrectionError(AuxiliaryFileError):
    """Raised when a corrections CSV is missing, unreadable, lacks columns, has a row without an id or a status,
    names an unknown status, or gives one id two different statuses."""


class OutputError(PolicydiffError, OSError):
    """Raised before anything is written when an output path cannot take the output: it is a directory, a
    device, a FIFO or a socket, its folder is missing, or it is one of the run's input files."""
