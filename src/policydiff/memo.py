"""Indexes built once for the statements an audit asks about again and again: kept by the identity of those
statements, not by their value (hashing every statement of a report on each call would cost what the index saves).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
#: Where :func:`for_the_same` keeps its one entry: the items, and what was built for them.
Slot = list[tuple[tuple[Any, ...], Any]]
#: Where :func:`for_this` keeps its entries: by the sequence's id, the sequence, its length and what was built.
Kept = dict[int, tuple[Any, int, Any]]


def for_the_same(slot: Slot, items: Sequence[Any], build: Callable[[], T]) -> T:
    """``build()``, kept in ``slot`` (one entry) and given again while ``items`` are the same objects in the same
    order, in whatever sequence they come: the last report's clauses, asked about for every commitment."""
    if slot and len(slot[0][0]) == len(items) and all(map(operator.is_, slot[0][0], items)):
        result: T = slot[0][1]
        return result
    result = build()
    slot[:] = [(tuple(items), result)]
    return result


def for_this(cache: Kept, seq: Sequence[Any], build: Callable[[], T], kept: int) -> T:
    """``build()``, kept in ``cache`` for this very sequence object while its length stays (derive weighs every
    commitment against a few lists of one audit: ``kept`` of them at once, the cache emptied when more come)."""
    found = cache.get(id(seq))
    if found is None or found[0] is not seq or found[1] != len(seq):
        if len(cache) >= kept:
            cache.clear()
        found = cache[id(seq)] = (seq, len(seq), build())
    result: T = found[2]
    return result
