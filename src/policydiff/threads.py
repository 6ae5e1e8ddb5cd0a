"""The threads of the numerical libraries (numpy's BLAS): pinned to one by the command line before they load.

An audit's matrix products are small: BLAS threads do not speed them up, and OpenBLAS's threads keep spinning
after each one, taking a core from the Python code around them. The command line starts the libraries with one
thread (:func:`pin_threads`); a library import leaves its caller's threads alone, and the align stage caps them
with threadpoolctl for the time of an audit (:func:`policydiff.keys.one_blas_thread`), unless they were pinned.
"""

from __future__ import annotations

import os
import sys
from typing import Final

#: The environment variables that cap the thread pools of OpenBLAS, MKL, OpenMP and macOS Accelerate.
THREAD_VARIABLES: Final = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")

#: Whether this process's numerical libraries were loaded with one thread (:func:`pin_threads`): nothing left
#: for threadpoolctl to cap, so nobody needs to load it and scan the process for them (30 ms of a command).
pinned = False


def pin_threads() -> bool:
    """Start this process's numerical libraries with one thread each, when none is loaded yet and no thread
    variable is set: the command line calls it first (an audit's products are small, and BLAS threads would
    take a core from the Python around them). A library import never does: it leaves its caller's threads
    alone. True when pinned (then :func:`policydiff.keys.one_blas_thread` and
    :func:`policydiff.cluster.one_thread` have nothing left to cap); a variable the user set, or numpy already
    loaded, leaves everything as it is."""
    global pinned
    if not pinned and "numpy" not in sys.modules and not any(name in os.environ for name in THREAD_VARIABLES):
        for name in THREAD_VARIABLES:
            os.environ[name] = "1"
        pinned = True
    return pinned
