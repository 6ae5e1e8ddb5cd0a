"""audit_corpus(): every consecutive pair of reports in a set of files, audited into one table.

Reports are paired by what they say, not by their file names: the government and the report year read by
:func:`policydiff.parse.parse` (report N is audited against report N+1 of the same government). Each file is
read and parsed once, though most reports serve in two pairs (as N+1 of one, N of the next). A file that
cannot be read, or a pair that cannot be audited, becomes one line in :attr:`Corpus.errors` and the rest
go on: one messy file never costs the other pairs. Each report is also extracted once, whether it serves as
plan, as review or both, and the stages run in this process, in a process pool or on a Dask cluster.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from policydiff.cluster import Runner, in_process
from policydiff.errors import PolicydiffError
from policydiff.load import MAX_SIZE
from policydiff.model import Document
from policydiff.pipeline import Extraction, audit, read
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


def _audit(pair: tuple[Extraction | Document, Extraction | Document], options: Mapping[str, Any]) -> Audit | str:
    plan, review = pair
    where = " -> ".join(p.doc.name if isinstance(p, Extraction) else p.name for p in pair)
    try:
        return audit(plan, review, **options)
    except PolicydiffError as exc:
        return f"{where}: {exc}"
    except Exception as exc:  # as in _read: one pair lost, never the others
        return f"{where}: internal error ({type(exc).__name__}: {exc}); please report it"


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the pool (a worker would print a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


#: How a corpus's work is spread: processes on this machine (``jobs``), or a Dask cluster.
ENGINES: Final = ("processes", "dask")
#: Told of progress: (stage, done, total): files read in stage read, pairs audited in stage audit.
Progress = Callable[[str, int, int], None]


def audit_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    qualitative: bool = False,
    max_size: float | None = MAX_SIZE,
    engine: str = "processes",
    scheduler: str | None = None,
    progress: Progress | None = None,
    skip: Callable[[Document, Document], bool] | None = None,
) -> Corpus:
    """Audit every consecutive pair of reports among ``paths`` (files or folders of them).

    The work runs in two stages, each a set of independent tasks: read every file, then audit the pairs, one
    task for each run of one government's consecutive years, where each report is extracted once whether it
    serves as plan, review or both (:class:`policydiff.pipeline.Extraction`). ``engine``
    "processes" runs them in ``jobs`` processes (1: in this one); "dask" on a Dask cluster (``scheduler``: its
    address; a local cluster of ``jobs`` workers without one; see :mod:`policydiff.cluster`). The rows are the
    same, in the same order, whatever the engine. ``progress`` is told of each finished task; ``skip``
    (report N, report N+1) leaves a pair out (already audited, see :mod:`policydiff.resume`).
    ``max_size`` is the largest file read (see :func:`policydiff.load.load`). Raises :class:`PolicydiffError`
    only when no pair can be formed at all; otherwise problems are listed in :attr:`Corpus.errors`.
    """
    if engine not in ENGINES:
        raise PolicydiffError(f"no engine named {engine!r} (expected one of {', '.join(ENGINES)})")
    files = report_files(paths)
    if not files:
        raise PolicydiffError("no report files given (expected .txt, .html, .docx or .pdf files or folders)")
    with _runner(engine, jobs, scheduler) as run:
        return _audit_files(run, files, qualitative, max_size, progress, skip)


def _audit_files(
    run: Runner,
    files: Sequence[str],
    qualitative: bool,
    max_size: float | None,
    progress: Progress | None,
    skip: Callable[[Document, Document], bool] | None,
) -> Corpus:
    docs: list[Document] = []
    audits: list[Audit] = []
    errors: list[str] = []
    for result in run(_read, [(f, max_size) for f in files], _stage(progress, "read")):
        if isinstance(result, str):
            errors.append(result)
        else:
            docs.append(result)
    pairs, pair_errors, unpaired = pair_documents(docs)
    errors.extend(pair_errors)
    if not pairs:
        detail = "; ".join(errors[:3]) or f"{len(docs)} report(s), no two of one government in consecutive years"
        raise PolicydiffError(f"no consecutive report pairs among {len(files)} file(s): {detail}")
    if skip is not None:
        pairs = [p for p in pairs if not skip(*p)]
    chains = _chains(pairs)
    # the longest runs first, so that no worker starts a long one as the others run out of work; the rows are
    # put back in the runs' order
    order = sorted(range(len(chains)), key=lambda k: -sum(len(p.text) + len(r.text) for p, r in chains[k]))
    sizes = [len(chains[k]) for k in order]
    options = {"qualitative": qualitative}
    done = run(_audit_chain, [(chains[k], options) for k in order], _pairs_done(progress, sizes))
    results = [chain for _, chain in sorted(zip(order, done, strict=True), key=lambda kc: kc[0])]
    for result in (r for chain in results for r in chain):
        if isinstance(result, Audit):
            audits.append(result)
        else:
            errors.append(result)
    return Corpus(audits=tuple(audits), errors=tuple(errors), unpaired=tuple(unpaired))


def _chains(pairs: Sequence[tuple[Document, Document]]) -> list[list[tuple[Document, Document]]]:
    """Pairs in runs where each pair's report N+1 is the next pair's report N (one government's years in a row):
    a task audits one run, so that a report serving as review and then as plan is extracted once."""
    chains: list[list[tuple[Document, Document]]] = []
    for pair in pairs:
        if chains and chains[-1][-1][1] is pair[0]:
            chains[-1].append(pair)
        else:
            chains.append([pair])
    return chains


def _audit_chain(chain: Sequence[tuple[Document, Document]], options: Mapping[str, Any]) -> list[Audit | str]:
    """The audits of a run of pairs, in order, each report's statements extracted once (Extraction)."""
    extractions = {id(d): Extraction(d) for pair in chain for d in pair}
    return [_audit((extractions[id(plan)], extractions[id(review)]), options) for plan, review in chain]


def _pairs_done(progress: Progress | None, sizes: Sequence[int]) -> Callable[[int, int], None]:
    """A task's progress as pairs: ``sizes`` are the tasks' pair counts (tasks finish in order but on Dask)."""
    if progress is None:
        return lambda done, total: None
    total = sum(sizes)
    return lambda done, tasks: progress("audit", sum(sizes[:done]), total)


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int], None]:
    return (lambda done, total: progress(stage, done, total)) if progress else (lambda done, total: None)


@contextlib.contextmanager
def _runner(engine: str, jobs: int, scheduler: str | None) -> Iterator[Runner]:
    """The map of one engine: this process, a process pool, or a Dask client (see :mod:`policydiff.cluster`)."""
    if engine == "dask":
        from policydiff.cluster import dask_runner

        with dask_runner(scheduler, jobs) as run:
            yield run
        return
    if jobs <= 1:
        yield in_process
        return
    from policydiff.cluster import process_runner  # the process pool is imported only when it is used

    with process_runner(jobs, _ignore_interrupts) as run:
        yield run
