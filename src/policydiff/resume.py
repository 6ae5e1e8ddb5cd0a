"""Part of the corpus stage: resuming into an SQLite file, where unchanged pairs are not audited again.

A table ``pairs_done`` (plan_hash, review_hash, plan_file, review_file, options) records every pair the file
holds, by the SHA-256 of its two input files and the options it was audited with. On the next run into the same
file, :func:`done` gives those hashes, the corpus skips those pairs, and the writer
(:func:`policydiff.database.write_corpus`) updates the file in place: the pairs audited again are upserted, the
others stay. :func:`record_done` then records the new pairs and counts the summary again over every pair.

Kept apart from the writer on purpose: this reads and writes only ``pairs_done`` and the summary in ``meta``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from policydiff import __version__
from policydiff.errors import PolicydiffError
from policydiff.model import Document, Status
from policydiff.report import Corpus

TABLE: Final = "pairs_done"
_CREATE: Final = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (plan_hash TEXT NOT NULL, review_hash TEXT NOT NULL, "
    "plan_file TEXT, review_file TEXT, options TEXT NOT NULL, PRIMARY KEY (plan_hash, review_hash, options))"
)

Done = frozenset[tuple[str, str]]


def file_hash(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def done(path: str | os.PathLike[str] | None, options: str) -> Done:
    """The (plan_hash, review_hash) pairs the database at ``path`` holds for ``options``; none when it does not
    exist or has no ``pairs_done`` table (a file written without resuming, or by another program)."""
    if path is None or not Path(path).is_file():
        return frozenset()
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            rows = db.execute(f"SELECT plan_hash, review_hash FROM {TABLE} WHERE options = ?", (options,)).fetchall()
    except sqlite3.Error:
        return frozenset()
    return frozenset((a, b) for a, b in rows)


def record_done(corpus: Corpus, path: str, hashes: Mapping[str, str], options: str) -> None:
    """Record the pairs of ``corpus`` (just written into ``path``) as done with ``options``; ``hashes`` are the
    input files' by path. A pair audited again replaces its old record, made from the files as they were."""
    rows = [
        (hashes[a.plan.path or ""], hashes[a.review.path or ""], a.plan.name, a.review.name, options)
        for a in corpus.audits
    ]
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(_CREATE)
        db.executemany(
            f"DELETE FROM {TABLE} WHERE plan_file = ? AND review_file = ? AND options = ?",
            [(r[2], r[3], options) for r in rows],
        )
        db.executemany(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?, ?, ?, ?)", rows)
        _summary(db)


class Resume:
    """A resumed run into the SQLite file ``output`` over report ``files``: which pairs to skip, then what to
    record. A pair is done for the options that change an audit and this version of policydiff."""

    def __init__(self, output: str, files: Sequence[str], *, qualitative: bool = False) -> None:
        self.output = output
        self.options = json.dumps({"qualitative": qualitative, "version": __version__}, sort_keys=True)
        self.hashes = {str(Path(f)): file_hash(f) for f in files if Path(f).is_file()}
        self.finished = done(output, self.options)
        self.kept = 0

    def unchanged(self, plan: Document, review: Document) -> bool:
        """Whether the file already holds this pair, audited from the same two files with the same options."""
        if (
            not self.finished
            or (self.hashes.get(plan.path or ""), self.hashes.get(review.path or "")) not in self.finished
        ):
            return False
        self.kept += 1
        return True

    def record(self, corpus: Corpus) -> None:
        """Record the pairs just written; say how many were kept from the run before."""
        try:
            record_done(corpus, self.output, self.hashes, self.options)
        except (OSError, sqlite3.Error) as exc:
            why = getattr(exc, "strerror", None) or exc
            raise PolicydiffError(f"cannot write '{self.output}' ({why})", path=self.output) from None
        if self.finished:
            print(f"resumed: {self.kept} pair(s) already in '{self.output}' and unchanged", file=sys.stderr)


def _summary(db: sqlite3.Connection) -> None:
    """The meta table's summary line counted again over every pair the file holds, not only this run's."""
    have = {r[1] for r in db.execute("PRAGMA table_info(pairs)")}
    statuses = [st.value for st in Status]
    if not {*statuses, "total"} <= have:
        return
    sums = db.execute(f"SELECT COUNT(*), {', '.join(f'SUM({s})' for s in [*statuses, 'total'])} FROM pairs").fetchone()
    pairs, *counts, total = (int(x or 0) for x in sums)
    line = f"{pairs} pairs, {total} commitments: " + ", ".join(
        f"{n} {s}" for n, s in zip(counts, statuses, strict=True)
    )
    db.execute("UPDATE meta SET value = ? WHERE key = 'summary'", (line,))
