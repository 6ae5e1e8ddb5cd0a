"""Part of the corpus stage: where a corpus's tasks run: a pool of processes on this machine, or a Dask cluster.

Each runner maps one function over argument tuples and returns the results in the order of the arguments,
telling a progress callback as tasks finish, so :func:`policydiff.corpus.audit_corpus` gives the same rows
whatever runs it. Process pools and Dask are imported here, only when a corpus asks for them: a single audit
loads neither. Every worker's numerical libraries keep to one thread (:func:`one_thread`): the parallelism is
one task per worker, and BLAS threads on top would only fight over the same cores.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from policydiff import threads
from policydiff.errors import PolicydiffError
from policydiff.threads import THREAD_VARIABLES

Runner = Callable[[Callable[..., Any], Sequence[tuple[Any, ...]], Callable[[int, int], None]], list[Any]]


def one_thread() -> None:
    """Cap this process's numerical thread pools at one thread: the variables for libraries not loaded yet
    (a process started after this), threadpoolctl for those already loaded when it is installed."""
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    if threads.pinned:
        return  # loaded with one thread already
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # without it, the variables above still reach every process started from here
        return
    threadpool_limits(limits=1)


def in_process(
    fn: Callable[..., Any], args: Sequence[tuple[Any, ...]], progress: Callable[[int, int], None]
) -> list[Any]:
    """The tasks one after the other in this process."""
    out = []
    for a in args:
        out.append(fn(*a))
        progress(len(out), len(args))
    return out


def _call(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    return fn(*args)


@contextlib.contextmanager
def process_runner(jobs: int, initializer: Callable[[], None] | None = None) -> Iterator[Runner]:
    """A pool of ``jobs`` processes; where processes cannot be had (a sandbox, a lost worker) the tasks run in
    this process instead. Ctrl-C drops the queued tasks and re-raises."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def init() -> None:
        one_thread()
        if initializer is not None:
            initializer()

    pool: ProcessPoolExecutor | None
    try:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=init)
    except OSError:
        pool = None

    def run(fn: Callable[..., Any], args: Sequence[tuple[Any, ...]], progress: Callable[[int, int], None]) -> list[Any]:
        nonlocal pool
        if pool is not None and len(args) > 1:
            try:
                out: list[Any] = []
                # small chunks keep the workers busy to the end; order is the arguments' order
                for result in pool.map(_call, [fn] * len(args), args, chunksize=max(1, len(args) // (8 * jobs))):
                    out.append(result)
                    progress(len(out), len(args))
                return out
            except KeyboardInterrupt:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            except (OSError, BrokenProcessPool):
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None  # no processes here after all: do the work in this one
        return in_process(fn, args, progress)

    try:
        yield run
    finally:
        if pool is not None:
            pool.shutdown()


@contextlib.contextmanager
def dask_runner(scheduler: str | None, jobs: int = 1) -> Iterator[Runner]:
    """A Dask client: of the cluster whose scheduler is at ``scheduler`` (tcp://host:8786), or of a local
    cluster of ``jobs`` single-threaded worker processes started for this run and stopped after it."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise PolicydiffError(
            "--engine dask needs Dask's distributed scheduler: pip install 'policydiff[dask]'"
        ) from None
    with contextlib.ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(
                LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except OSError as exc:
                raise PolicydiffError(f"no Dask scheduler answers at {scheduler!r} ({exc})") from None

        def run(
            fn: Callable[..., Any], args: Sequence[tuple[Any, ...]], progress: Callable[[int, int], None]
        ) -> list[Any]:
            if not args:
                return []
            # pure=False: two equal argument tuples are still two tasks, and nothing is cached between runs
            futures = [client.submit(_call, fn, a, pure=False) for a in args]
            for done, _ in enumerate(as_completed(futures), 1):
                progress(done, len(futures))
            return list(client.gather(futures))

        yield run
