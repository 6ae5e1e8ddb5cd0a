"""audit_corpus(): every consecutive pair of reports in a set of files, audited into one table.

Reports are paired by what they say, not by their file names: the government and the report year read by
:func:`policydiff.parse.parse` (report N is audited against report N+1 of the same government). Each file is
read and parsed once, though most reports serve in two pairs (as N+1 of one, N of the next). A file that
cannot be read, or a pair that cannot be audited, becomes one line in :attr:`Corpus.errors` and the rest
go on: one messy file never costs the other pairs.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Final

from policydiff.errors import PolicydiffError
from policydiff.load import MAX_SIZE
from policydiff.model import Document
from policydiff.pipeline import audit, read
from policydiff.report import Audit, Corpus

#: File name endings read from a folder (load understands each).
SUFFIXES: Final = (".txt", ".html", ".htm", ".docx", ".pdf")


def report_files(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The report files named, and those in the folders named (not recursing), sorted; a missing path is
    kept, so that reading it reports it."""
    found: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(str(f) for f in sorted(p.iterdir()) if f.suffix.lower() in SUFFIXES and f.is_file())
        else:
            found.append(str(p))
    return found


def pair_documents(docs: Sequence[Document]) -> tuple[list[tuple[Document, Document]], list[str], list[str]]:
    """Consecutive (report N, report N+1) pairs of the same government; duplicate and unpaired files."""
    by_key: dict[tuple[str, int], Document] = {}
    errors: list[str] = []
    for d in docs:
        if d.report_year is None:
            errors.append(f"{d.name}: no report year found in its headings or title; it cannot be paired")
            continue
        key = (d.government, d.report_year)
        if key in by_key:
            errors.append(
                f"{d.name}: a second {d.government} {d.report_year} report (after {by_key[key].name}); skipped"
            )
            continue
        by_key[key] = d
    pairs = [(d, by_key[(g, y + 1)]) for (g, y), d in sorted(by_key.items()) if (g, y + 1) in by_key]
    paired = {id(d) for pair in pairs for d in pair}
    unpaired = [d.name for d in by_key.values() if id(d) not in paired]
    return pairs, errors, unpaired


def _read(path: str, max_size: float | None = MAX_SIZE) -> Document | str:
    name = Path(path).name
    try:
        return read(Path(path), max_size=max_size)  # a Path, so that a missing file is an error and not text
    except PolicydiffError as exc:
        return f"{name}: {exc.message}"
    except Exception as exc:  # a bug must cost one file, not the corpus: report it and go on
        return f"{name}: internal error ({type(exc).__name__}: {exc}); please report it"


def _audit(pair: tuple[Document, Document], options: Mapping[str, Any]) -> Audit | str:
    where = f"{pair[0].name} -> {pair[1].name}"
    try:
        return audit(pair[0], pair[1], **options)
    except PolicydiffError as exc:
        return f"{where}: {exc}"
    except Exception as exc:  # as in _read: one pair lost, never the others
        return f"{where}: internal error ({type(exc).__name__}: {exc}); please report it"


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the pool (a worker would print a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def audit_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    qualitative: bool = False,
    max_size: float | None = MAX_SIZE,
) -> Corpus:
    """Audit every consecutive pair of reports among ``paths`` (files or folders of them).

    ``jobs`` > 1 audits pairs in that many processes; ``max_size`` is the largest file read (see
    :func:`policydiff.load.load`). Raises :class:`PolicydiffError` only when no pair can
    be formed at all; otherwise problems are listed in :attr:`Corpus.errors`.
    """
    files = report_files(paths)
    if not files:
        raise PolicydiffError("no report files given (expected .txt, .html, .docx or .pdf files or folders)")
    docs: list[Document] = []
    errors: list[str] = []
    for result in (_read(f, max_size) for f in files):
        if isinstance(result, str):
            errors.append(result)
        else:
            docs.append(result)
    pairs, pair_errors, unpaired = pair_documents(docs)
    errors.extend(pair_errors)
    if not pairs:
        detail = "; ".join(errors[:3]) or f"{len(docs)} report(s), no two of one government in consecutive years"
        raise PolicydiffError(f"no consecutive report pairs among {len(files)} file(s): {detail}")
    options = {"qualitative": qualitative}
    results: list[Audit | str] = []
    if jobs > 1 and len(pairs) > 1:
        try:
            with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts) as pool:
                try:
                    results = list(pool.map(_audit, pairs, [options] * len(pairs)))
                except KeyboardInterrupt:  # drop the queued pairs; the workers end after their current one
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
        except (OSError, BrokenProcessPool):
            results = []  # no processes here (a sandbox, a lost worker): do the work in this one
    if not results:
        results = [_audit(pair, options) for pair in pairs]
    audits = tuple(r for r in results if isinstance(r, Audit))
    errors.extend(r for r in results if isinstance(r, str))
    return Corpus(audits=audits, errors=tuple(errors), unpaired=tuple(unpaired))
