"""Part of the report stage: audit rows -> an SQLite database a newsroom keeps, queries and writes again.

Tables are keyed and typed: ``audit.id`` is the primary key, numbers are REAL, years and counts INTEGER, and
a corpus's rows name their pair (``audit.pair`` references ``pairs.pair``). Indexes cover what readers filter
by (status, basis, indicator, pair). Writing again updates in place (:func:`policydiff.output.sqlite_database`):
each row is upserted by id, rows an audit no longer has are deleted, and the tables and columns a reader added
(a ``checked_by`` column, a notes table) stay. :func:`datasette_metadata` describes the tables for Datasette.

It reads plain rows (dicts of the report's columns) and imports only the write path from the package.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from policydiff.errors import OutputError
from policydiff.output import PathArg, sqlite_database, write_atomic

#: Columns holding numbers with a fraction (REAL) and whole numbers (INTEGER); the rest are TEXT.
REAL_COLUMNS: Final = frozenset({"target_value", "actual_value", "margin", "confidence"})
INTEGER_COLUMNS: Final = frozenset({"plan_year", "review_year", "position", "total"})
#: The row's place in plan order (1 for the first commitment): rowids no longer follow it after an update.
POSITION: Final = "position"
#: Audit columns indexed: what a reader filters and facets by.
INDEXED: Final = ("status", "basis", "indicator")
#: Tables this package owns in a database it writes (another program's tables are never touched).
OWN_TABLES: Final = ("audit", "pairs", "errors", "meta")


def write_audit(
    path: PathArg,
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    *,
    schema: str,
    meta: Iterable[tuple[str, Any]],
) -> None:
    """The audit of one pair into ``path``: tables ``audit`` (``columns`` and ``position``, key ``id``) and
    ``meta`` (key, value). Rows of another audit left in the table are deleted: the table is this audit."""
    with sqlite_database(path) as db:
        _claim(db, path, schema)
        _table(db, "audit", [*columns, POSITION], key="id")
        _indexes(db, "audit", INDEXED)
        _upsert(db, "audit", [*columns, POSITION], [_numbered(r, i) for i, r in enumerate(rows, 1)], key="id")
        _keep_only(db, "audit", [r["id"] for r in rows])
        _meta(db, [("schema", schema), *meta])


def write_corpus(
    path: PathArg,
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    *,
    pairs: Sequence[Mapping[str, Any]],
    errors: Sequence[str],
    schema: str,
    meta: Iterable[tuple[str, Any]],
) -> None:
    """A corpus into ``path``: ``pairs`` (key ``pair``), ``audit`` (``columns`` and ``position``, key ``id``,
    ``pair`` referencing ``pairs``), ``errors`` (this run's) and ``meta``. Pairs of an earlier run that this
    one did not audit stay, so that several folders can be collected in one database."""
    pair_columns = list(pairs[0]) if pairs else ["pair"]
    with sqlite_database(path) as db:
        _claim(db, path, schema)
        _table(db, "pairs", pair_columns, key="pair", unique=("government", "plan_year"))
        _upsert(db, "pairs", pair_columns, pairs, key="pair")
        _table(db, "audit", [*columns, POSITION], key="id", references={"pair": "pairs(pair)"})
        _indexes(db, "audit", (*INDEXED, "pair", "government"))
        numbered: list[dict[str, Any]] = []
        for p in pairs:
            mine = [r for r in rows if r["pair"] == p["pair"]]
            numbered.extend(_numbered(r, i) for i, r in enumerate(mine, 1))
        _upsert(db, "audit", [*columns, POSITION], numbered, key="id")
        _keep_only(db, "audit", [r["id"] for r in rows], within=("pair", [p["pair"] for p in pairs]))
        db.execute("CREATE TABLE IF NOT EXISTS errors (message TEXT)")
        db.execute("DELETE FROM errors")
        db.executemany("INSERT INTO errors VALUES (?)", [(e,) for e in errors])
        _meta(db, [("schema", schema), *meta])


def column_type(name: str) -> str:
    """The SQLite type of a column by its name.

    >>> column_type("actual_value"), column_type("plan_year"), column_type("status")
    ('REAL', 'INTEGER', 'TEXT')
    """
    if name in REAL_COLUMNS:
        return "REAL"
    if name in INTEGER_COLUMNS or name in _STATUS_COUNTS:
        return "INTEGER"
    return "TEXT"


#: Count columns of the pairs table (one per status).
_STATUS_COUNTS: Final = frozenset({"met", "missed", "carried_over", "not_mentioned"})


def _numbered(row: Mapping[str, Any], position: int) -> dict[str, Any]:
    return {**row, POSITION: position}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(db: sqlite3.Connection, table: str) -> dict[str, int]:
    """The columns of ``table`` and their place in its primary key (0 when not in it); empty when absent."""
    return {r[1]: r[5] for r in db.execute(f"PRAGMA table_info({_quote(table)})")}


def _claim(db: sqlite3.Connection, path: PathArg, schema: str) -> None:
    """Refuse a database whose tables of our names are not ours of this kind: another program's (no ``meta``
    naming a policydiff schema), or the other kind's (an audit written over a corpus, or the reverse)."""
    ours = [t for t in OWN_TABLES if _columns(db, t)]
    if not ours:
        return
    found = None
    if "meta" in ours and "key" in _columns(db, "meta"):
        found = next((r[0] for r in db.execute("SELECT value FROM meta WHERE key = 'schema'")), None)
    if found is None or not str(found).startswith("policydiff."):
        tables = ", ".join(ours)
        raise OutputError(
            f"cannot write '{path}': it has tables ({tables}) that policydiff did not write "
            "(choose another database file)",
            path=str(path),
        )
    if found != schema:
        raise OutputError(
            f"cannot write '{path}': it holds a {found} database, not {schema} "
            "(write an audit and a corpus to different files)",
            path=str(path),
        )


def _table(
    db: sqlite3.Connection,
    name: str,
    columns: Sequence[str],
    *,
    key: str,
    unique: Sequence[str] = (),
    references: Mapping[str, str] | None = None,
) -> None:
    """Create table ``name`` with ``key`` as its primary key, or add the columns an existing one lacks."""
    have = _columns(db, name)
    refs = references or {}
    if not have:
        parts = [
            f"{_quote(c)} {column_type(c)}"
            + (" PRIMARY KEY" if c == key else "")
            + (f" NOT NULL REFERENCES {refs[c]}" if c in refs else "")
            for c in columns
        ]
        if unique:
            parts.append(f"UNIQUE ({', '.join(map(_quote, unique))})")
        db.execute(f"CREATE TABLE {_quote(name)} ({', '.join(parts)})")
        return
    if have.get(key) != 1:
        _rekey(db, name, columns, key=key, unique=unique, references=refs)
        return
    for c in columns:
        if c not in have:  # a column a newer version writes: old rows get NULL until they are written again
            db.execute(f"ALTER TABLE {_quote(name)} ADD COLUMN {_quote(c)} {column_type(c)}")


def _rekey(
    db: sqlite3.Connection,
    name: str,
    columns: Sequence[str],
    *,
    key: str,
    unique: Sequence[str],
    references: Mapping[str, str],
) -> None:
    """Rebuild a table written without a primary key (by an older version) with ``key`` as its key, keeping
    its rows (the last of each key) and any column a reader added."""
    old = f"{name}_without_key"
    extra = [c for c in _columns(db, name) if c not in columns]
    db.execute(f"ALTER TABLE {_quote(name)} RENAME TO {_quote(old)}")
    _table(db, name, [*columns, *extra], key=key, unique=unique, references=references)
    shared = ", ".join(_quote(c) for c in _columns(db, old) if c in {*columns, *extra})
    db.execute(f"INSERT OR REPLACE INTO {_quote(name)} ({shared}) SELECT {shared} FROM {_quote(old)}")
    db.execute(f"DROP TABLE {_quote(old)}")


def _indexes(db: sqlite3.Connection, table: str, columns: Iterable[str]) -> None:
    for c in columns:
        db.execute(f"CREATE INDEX IF NOT EXISTS {_quote(f'{table}_{c}')} ON {_quote(table)} ({_quote(c)})")


def _upsert(
    db: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterable[Mapping[str, Any]], *, key: str
) -> None:
    """Insert each row, or update the row with its key in place (other columns of that row are kept)."""
    names = ", ".join(map(_quote, columns))
    updates = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in columns if c != key)
    db.executemany(
        f"INSERT INTO {_quote(table)} ({names}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT({_quote(key)}) DO UPDATE SET {updates}",
        [tuple(_sql(r.get(c), real=c in REAL_COLUMNS) for c in columns) for r in rows],
    )


def _keep_only(
    db: sqlite3.Connection, table: str, ids: Sequence[str], *, within: tuple[str, Sequence[str]] | None = None
) -> None:
    """Delete the rows of ``table`` whose id is not among ``ids`` (only those whose ``within`` column holds one
    of the values given, when given)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS keep_ids (id TEXT PRIMARY KEY)")
    db.execute("DELETE FROM keep_ids")
    db.executemany("INSERT OR IGNORE INTO keep_ids VALUES (?)", [(i,) for i in ids])
    sql = f"DELETE FROM {_quote(table)} WHERE id NOT IN (SELECT id FROM keep_ids)"
    if within is None:
        db.execute(sql)
        return
    column, values = within
    db.executemany(f"{sql} AND {_quote(column)} = ?", [(v,) for v in values])


def _meta(db: sqlite3.Connection, items: Iterable[tuple[str, Any]]) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db.executemany(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [(k, None if v is None else str(v)) for k, v in items],
    )


def _sql(value: Any, *, real: bool = False) -> Any:
    """A cell for SQLite: spans as ``start:end``, a number of a REAL column as a float, anything else as it is."""
    if isinstance(value, list):
        return ":".join(str(v) for v in value)
    if real and isinstance(value, int):  # stored as REAL anyway; an int past 64 bits overflows SQLite's INTEGER
        return float(value)
    return value


#: Datasette facets offered on the audit table: the verdict, what it rests on and where its evidence is.
AUDIT_FACETS: Final = ("status", "basis", "evidence_source", "sense")
#: What each column means, shown by Datasette under the table (the rest are described in docs/cli.md).
COLUMN_NOTES: Final = {
    "status": "met, missed, carried_over or not_mentioned",
    "basis": "what the verdict rests on: figure, derived, claim (the government's word, not a check), "
    "qualitative, next_plan, none, reviewer",
    "actual_value": "the outcome in the target's base units",
    "actual_text": "the outcome as the evidence words it",
    "evidence": "the clause of report N+1 that decided the verdict",
    "position": "the commitment's place in the plan, in document order",
}


def datasette_metadata(database: str, *, corpus: bool, title: str) -> dict[str, Any]:
    """The Datasette metadata of a database this module wrote (``database`` is its name: the file name without
    its suffix): facets, plan-order sorting, labels and column notes, with ``meta`` hidden."""
    audit: dict[str, Any] = {
        "facets": [*AUDIT_FACETS, *(("government", "pair") if corpus else ("section",))],
        "sort": "pair" if corpus else POSITION,  # a corpus's positions count within each pair
        "label_column": "indicator",
        "columns": COLUMN_NOTES,
        "description": "One row per quantified commitment of the plan, with its verdict and evidence.",
    }
    tables: dict[str, Any] = {"audit": audit, "meta": {"hidden": True}}
    if corpus:
        tables["pairs"] = {"label_column": "pair", "facets": ["government"], "sort": "pair"}
        tables["errors"] = {"description": "Files or pairs the last run could not audit."}
    return {"title": title, "databases": {database: {"tables": tables}}}


#: The file Datasette reads table settings from (``datasette DB -m metadata.json``), beside the database.
METADATA_NAME: Final = "metadata.json"


def metadata_path(database: PathArg) -> str:
    """The ``metadata.json`` beside ``database``."""
    return os.path.join(os.path.dirname(os.fspath(database)), METADATA_NAME)


def read_metadata(path: PathArg) -> dict[str, Any]:
    """The Datasette metadata in ``path`` (empty when there is none yet). Raises :class:`OutputError` when the
    file exists and is not a JSON object whose ``databases`` is an object: it is not ours to replace."""
    if not os.path.exists(path):
        return {}
    name = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as fh:
            document = json.load(fh)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise OutputError(f"cannot update '{name}': it is not JSON metadata ({exc})", path=name) from None
    if not isinstance(document, dict) or not isinstance(document.get("databases", {}), dict):
        raise OutputError(f"cannot update '{name}': it is not Datasette metadata (a JSON object)", path=name)
    return document


def write_metadata(path: PathArg, database: PathArg, *, corpus: bool) -> None:
    """Write the Datasette metadata of ``database`` to ``path``; the entries of other databases in an existing
    metadata file are kept, so that several databases of one folder share it (see :func:`read_metadata`)."""
    name = os.path.splitext(os.path.basename(os.fspath(database)))[0]
    title = "policydiff: plans against reviews"
    document = read_metadata(path)
    document.setdefault("title", title)
    document.setdefault("databases", {}).update(datasette_metadata(name, corpus=corpus, title=title)["databases"])
    write_atomic(path, json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
