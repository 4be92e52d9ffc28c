"""Countersign decisions: every small tally against a brute-force oracle, then properties.

The oracle decides differently from the implementation: the threshold by searching the smallest
agreeing share with exact fractions, reachability by enumerating every way the handlers still to
vote could vote.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.tickets.runtime.countersign import Outcome, countersign_outcome, required_agreements
from engine.workflows.definitions.schema import Countersign, CountersignMode

MAX_N = 8


def all_settings() -> list[Countersign]:
    """Every mode and threshold that matters for up to MAX_N handlers, with and without veto."""
    found: list[Countersign] = []
    for veto in (True, False):
        found.append(Countersign(mode=CountersignMode.ALL, veto_on_reject=veto))
        found += [
            Countersign(mode=CountersignMode.COUNT, count=count, veto_on_reject=veto)
            for count in range(1, MAX_N + 3)
        ]
        found += [
            Countersign(mode=CountersignMode.PERCENT, percent=percent, veto_on_reject=veto)
            for percent in range(1, 101)
        ]
    return found


def oracle_required(settings: Countersign, n: int) -> int:
    if settings.mode == CountersignMode.ALL:
        return n
    if settings.mode == CountersignMode.COUNT:
        assert settings.count is not None
        return settings.count
    assert settings.percent is not None
    share = Fraction(settings.percent, 100)
    # The fewest agreements that make at least `percent` of the handlers, and never zero.
    return next(k for k in range(1, n + 1) if Fraction(k, n) >= share)


def oracle_outcome(settings: Countersign, n: int, agrees: int, rejects: int) -> Outcome:
    required = oracle_required(settings, n)
    if agrees >= required:
        return Outcome.AGREED
    if settings.veto_on_reject and rejects > 0:
        return Outcome.REJECTED
    still_to_vote = n - agrees - rejects
    futures = itertools.product((True, False), repeat=still_to_vote)
    if any(agrees + sum(future) >= required for future in futures):
        return Outcome.PENDING
    return Outcome.REJECTED


SETTINGS = all_settings()


@pytest.mark.parametrize("n", range(1, MAX_N + 1))
def test_every_tally_matches_the_oracle(n: int) -> None:
    checked = 0
    for settings in SETTINGS:
        assert required_agreements(settings, n) == oracle_required(settings, n), (settings, n)
        for agrees in range(n + 1):
            for rejects in range(n + 1 - agrees):
                got = countersign_outcome(settings, handler_count=n, agrees=agrees, rejects=rejects)
                assert got == oracle_outcome(settings, n, agrees, rejects), (settings, n, agrees, rejects)
                checked += 1
    assert checked == len(SETTINGS) * (n + 1) * (n + 2) // 2


@pytest.mark.parametrize("n", range(1, MAX_N + 1))
def test_a_finished_vote_is_never_pending(n: int) -> None:
    for settings in SETTINGS:
        for agrees in range(n + 1):
            outcome = countersign_outcome(settings, handler_count=n, agrees=agrees, rejects=n - agrees)
            assert outcome != Outcome.PENDING, (settings, n, agrees)


@pytest.mark.parametrize(
    ("settings", "n", "expected"),
    [
        (Countersign(mode=CountersignMode.ALL), 5, 5),
        (Countersign(mode=CountersignMode.ALL), 0, 0),
        (Countersign(mode=CountersignMode.COUNT, count=2), 5, 2),
        (Countersign(mode=CountersignMode.COUNT, count=7), 5, 7),  # impossible: kept, not lowered
        (Countersign(mode=CountersignMode.PERCENT, percent=50), 5, 3),
        (Countersign(mode=CountersignMode.PERCENT, percent=50), 4, 2),
        (Countersign(mode=CountersignMode.PERCENT, percent=1), 3, 1),
        (Countersign(mode=CountersignMode.PERCENT, percent=100), 7, 7),
        (Countersign(mode=CountersignMode.PERCENT, percent=34), 3, 2),
        (Countersign(mode=CountersignMode.PERCENT, percent=33), 3, 1),
        (Countersign(mode=CountersignMode.PERCENT, percent=60), 0, 0),
    ],
)
def test_required_agreements(settings: Countersign, n: int, expected: int) -> None:
    assert required_agreements(settings, n) == expected


def test_examples() -> None:
    two_of_three = Countersign(mode=CountersignMode.COUNT, count=2, veto_on_reject=False)
    assert countersign_outcome(two_of_three, handler_count=3, agrees=0, rejects=0) == Outcome.PENDING
    assert countersign_outcome(two_of_three, handler_count=3, agrees=1, rejects=1) == Outcome.PENDING
    assert countersign_outcome(two_of_three, handler_count=3, agrees=2, rejects=1) == Outcome.AGREED
    assert countersign_outcome(two_of_three, handler_count=3, agrees=0, rejects=2) == Outcome.REJECTED
    vetoed = Countersign(mode=CountersignMode.COUNT, count=2)
    assert countersign_outcome(vetoed, handler_count=3, agrees=1, rejects=1) == Outcome.REJECTED
    assert countersign_outcome(vetoed, handler_count=3, agrees=2, rejects=0) == Outcome.AGREED
    everyone = Countersign(mode=CountersignMode.ALL, veto_on_reject=False)
    assert countersign_outcome(everyone, handler_count=2, agrees=1, rejects=1) == Outcome.REJECTED
    impossible = Countersign(mode=CountersignMode.COUNT, count=4, veto_on_reject=False)
    assert countersign_outcome(impossible, handler_count=3, agrees=0, rejects=0) == Outcome.REJECTED


def test_enough_agreements_win_over_a_veto_in_the_same_tally() -> None:
    # Cannot arise when evaluated after every vote; documented precedence for a combined tally.
    settings = Countersign(mode=CountersignMode.PERCENT, percent=50)
    assert countersign_outcome(settings, handler_count=4, agrees=2, rejects=1) == Outcome.AGREED


@pytest.mark.parametrize(
    ("n", "agrees", "rejects"),
    [(3, 2, 2), (1, 1, 1), (2, -1, 0), (2, 0, -1), (0, 0, 0), (-1, 0, 0)],
)
def test_impossible_tallies_are_refused(n: int, agrees: int, rejects: int) -> None:
    with pytest.raises(ValueError):
        countersign_outcome(Countersign(), handler_count=n, agrees=agrees, rejects=rejects)


def test_missing_thresholds_and_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        required_agreements(Countersign(mode=CountersignMode.COUNT), 3)
    with pytest.raises(ValueError, match="percent"):
        required_agreements(Countersign(mode=CountersignMode.PERCENT), 3)
    with pytest.raises(ValueError, match="negative"):
        required_agreements(Countersign(), -1)


# ---- properties -----------------------------------------------------------------------------------

settings_strategy = st.one_of(
    st.builds(Countersign, mode=st.just(CountersignMode.ALL), veto_on_reject=st.booleans()),
    st.builds(
        Countersign,
        mode=st.just(CountersignMode.COUNT),
        count=st.integers(1, 10_000),
        veto_on_reject=st.booleans(),
    ),
    st.builds(
        Countersign,
        mode=st.just(CountersignMode.PERCENT),
        percent=st.integers(1, 100),
        veto_on_reject=st.booleans(),
    ),
)


@given(settings=settings_strategy, n=st.integers(1, 10_000))
def test_the_percent_threshold_is_the_smallest_enough_share(settings: Countersign, n: int) -> None:
    required = required_agreements(settings, n)
    if settings.mode == CountersignMode.PERCENT:
        assert settings.percent is not None
        assert 1 <= required <= n
        assert required * 100 >= n * settings.percent
        assert required == 1 or (required - 1) * 100 < n * settings.percent
    elif settings.mode == CountersignMode.ALL:
        assert required == n
    else:
        assert required == settings.count


@given(settings=settings_strategy, n=st.integers(1, 60), data=st.data())
def test_voting_in_any_order_settles_once_and_stays_settled(
    settings: Countersign, n: int, data: st.DataObject
) -> None:
    """Play the votes one by one: once decided the outcome never changes, and it is decided by the end."""
    votes = data.draw(st.lists(st.booleans(), min_size=n, max_size=n), label="votes")
    agrees = rejects = 0
    settled: Outcome | None = None
    first = countersign_outcome(settings, handler_count=n, agrees=0, rejects=0)
    if first != Outcome.PENDING:
        settled = first
    for agree in votes:
        if agree:
            agrees += 1
        else:
            rejects += 1
        outcome = countersign_outcome(settings, handler_count=n, agrees=agrees, rejects=rejects)
        if settled is None:
            if outcome != Outcome.PENDING:
                settled = outcome
        elif outcome != settled:
            # Only the documented combined tally may flip a rejection: enough agreements after a veto.
            assert (settled, outcome) == (Outcome.REJECTED, Outcome.AGREED)
            assert settings.veto_on_reject
    assert settled is not None
    final = countersign_outcome(settings, handler_count=n, agrees=agrees, rejects=rejects)
    assert final != Outcome.PENDING
    assert (final == Outcome.AGREED) == (agrees >= required_agreements(settings, n))


@given(
    settings=settings_strategy,
    n=st.integers(1, 200),
    data=st.data(),
)
def test_pending_means_both_endings_are_still_possible(
    settings: Countersign, n: int, data: st.DataObject
) -> None:
    agrees = data.draw(st.integers(0, n), label="agrees")
    rejects = data.draw(st.integers(0, n - agrees), label="rejects")
    outcome = countersign_outcome(settings, handler_count=n, agrees=agrees, rejects=rejects)
    left = n - agrees - rejects
    if outcome == Outcome.PENDING:
        assert left >= 1
        everyone_agrees = countersign_outcome(
            settings, handler_count=n, agrees=agrees + left, rejects=rejects
        )
        everyone_rejects = countersign_outcome(
            settings, handler_count=n, agrees=agrees, rejects=rejects + left
        )
        assert everyone_agrees == Outcome.AGREED
        assert everyone_rejects == Outcome.REJECTED
