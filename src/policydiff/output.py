"""Part of the report stage: the one path every output file takes.

An output file is written whole or not at all: into a temporary file beside its target, then renamed over it
(:func:`atomic_path`), so that a failure or an interrupt never leaves half a file. A symlink is written through
to the file it points to (the link stays a link). Anything that is neither a regular file nor a new path (a
directory, a device, a FIFO, a socket) is refused before a byte is written (:func:`output_target`), and so is
an output that is one of the run's input files (:func:`check_output`). An SQLite database that exists already
is updated in place instead, in one transaction that SQLite commits whole or not at all
(:func:`sqlite_database`), so that the tables and columns a reader added, and open readers, survive a re-run.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterable, Iterator
from typing import Final

from policydiff.errors import OutputError
from policydiff.load import file_kind

PathArg = str | os.PathLike[str]


def _refuse(name: str, problem: str) -> OutputError:
    return OutputError(f"cannot write '{name}': {problem}", path=name)


def output_target(path: PathArg) -> str:
    """The file a write to ``path`` replaces, symlinks followed.

    Raises :class:`OutputError` unless that is a regular file or a new name in an existing folder.
    """
    name = os.fspath(path)
    if not name:
        raise _refuse(name, "the path is empty")
    target = os.path.realpath(name)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        folder = os.path.dirname(target)
        if not os.path.isdir(folder):
            raise _refuse(name, f"its folder '{os.path.dirname(name) or '.'}' does not exist") from None
        return target
    except OSError as exc:
        raise _refuse(name, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(mode):
        raise _refuse(name, f"it is {file_kind(mode)}, not a regular file")
    if not os.access(target, os.W_OK):  # a rename would replace it all the same; `>` would refuse
        raise _refuse(name, "it is read-only (permission denied)")
    return target


def same_file(a: PathArg, b: PathArg) -> bool:
    """True when ``a`` and ``b`` name one file (through links, hard links, ``..``), existing or not."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output(
    path: PathArg,
    *,
    inputs: Iterable[PathArg] = (),
    folders: Iterable[PathArg] = (),
    suffixes: tuple[str, ...] = (),
) -> str:
    """The file to write (:func:`output_target`), refused when it is one of ``inputs``, or when it would land
    in one of ``folders`` read for files ending in ``suffixes`` (the next run would read it as an input)."""
    name = os.fspath(path)
    target = output_target(name)
    for source in inputs:
        if same_file(target, source):
            raise _refuse(name, f"it is the input '{os.fspath(source)}' (choose another output file)")
    if target.lower().endswith(suffixes):
        for folder in folders:
            if os.path.isdir(folder) and same_file(os.path.dirname(target), folder):
                raise _refuse(
                    name,
                    f"it would be read as a report the next time '{os.fspath(folder)}' is read "
                    "(choose another folder or suffix)",
                )
    return target


def write_atomic(path: PathArg, content: str) -> None:
    """Write ``content`` as UTF-8 to ``path`` via a temporary file and a rename: never a half-written file."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(content)


@contextlib.contextmanager
def atomic_path(path: PathArg) -> Iterator[str]:
    """A temporary path beside the file ``path`` names, renamed over it when the block succeeds and removed
    when it fails or is interrupted.

    Symlinks are followed, so a link keeps pointing at the new content. The file keeps the mode (and, where
    allowed, the owner) of the file it replaces, or gets the mode an ordinary ``open`` would give it (not
    ``mkstemp``'s owner-only 0600). Raises
    :class:`OutputError` for a target that is not a regular file (see :func:`output_target`).
    """
    target = output_target(path)
    fd, tmp = tempfile.mkstemp(prefix=".policydiff-", dir=os.path.dirname(target))
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, _file_mode(target))
        _keep_owner(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _keep_owner(tmp: str, target: str) -> None:
    """Give the new file the owner and group of the one it replaces, where this process may (root may)."""
    with contextlib.suppress(OSError):
        st = os.stat(target)
        if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
            os.chown(tmp, st.st_uid, st.st_gid)


def _file_mode(target: str) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0o022)  # reading the umask means setting it; put it straight back
        os.umask(umask)
        return 0o666 & ~umask


#: The first bytes of every SQLite 3 database file.
SQLITE_MAGIC: Final = b"SQLite format 3\x00"


def is_sqlite(path: PathArg) -> bool:
    """True when ``path`` is an existing SQLite 3 database file."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


@contextlib.contextmanager
def sqlite_database(path: PathArg) -> Iterator[sqlite3.Connection]:
    """A connection to the database ``path`` names, inside one transaction committed when the block succeeds
    and rolled back when it fails or is interrupted.

    An existing SQLite database is updated in place (SQLite's own journal makes the transaction atomic); any
    other path gets a new database, built in a temporary file and renamed over it as :func:`atomic_path` does.
    Raises :class:`OutputError` for a target that is not a regular file (see :func:`output_target`).
    """
    target = output_target(path)
    if is_sqlite(target):
        with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as db:
            db.execute("BEGIN IMMEDIATE")  # take the write lock now: a reader never sees half an update
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        return
    with atomic_path(path) as tmp, contextlib.closing(sqlite3.connect(tmp)) as db, db:
        yield db
