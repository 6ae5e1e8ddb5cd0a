"""Statements of one series across the two reports (policydiff.series) on real report pairs: the bigram index
derive reads candidates from (in_series) keeps every statement of a commitment's series, in order, and the
baselines of last year's review are read only when asked for (Levels)."""

from __future__ import annotations

import pytest

from helpers import seed
from policydiff.extract import extract
from policydiff.model import Commitment, Outcome
from policydiff.pipeline import read
from policydiff.series import Levels, in_series, same_series

PAIRS = [
    ("hubei-province-2025", "hubei-province-2026"),
    ("shanghai-municipality-2022", "shanghai-municipality-2023"),
    ("national-2013", "national-2014"),
]


@pytest.mark.parametrize(("plan", "review"), PAIRS)
def test_in_series_keeps_every_statement_of_the_series_in_order(plan: str, review: str) -> None:
    cs = [c for c in extract(read(seed(plan)), side="plan") if isinstance(c, Commitment)]
    os = tuple(o for o in extract(read(seed(review)), side="review") if isinstance(o, Outcome))
    kept = 0
    for c in cs:
        near = in_series(c, os)
        assert [o for o in near if same_series(c, o)] == [o for o in os if same_series(c, o)]
        assert [os.index(o) for o in near] == sorted(os.index(o) for o in near)  # document order
        kept += len(near)
    assert 0 < kept < len(cs) * len(os) / 4  # a real filter: most pairs share no bigram of their keys


def test_levels_are_read_once_and_only_when_asked() -> None:
    calls: list[int] = []
    os = tuple(o for o in extract(read(seed("hubei-province-2025")), side="review") if isinstance(o, Outcome))

    def source() -> tuple[Outcome, ...]:
        calls.append(1)
        return os

    levels = Levels(source, lambda o: o.quantity is not None)
    assert calls == [] and repr(levels) == "Levels(not read yet)"
    assert list(levels) == [o for o in os if o.quantity is not None] and levels[0] is levels.items[0]
    assert len(levels) == len(levels.items) and calls == [1]
    assert repr(levels) == f"Levels({len(levels)} read)"
