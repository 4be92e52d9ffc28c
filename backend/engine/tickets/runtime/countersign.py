"""How countersign votes decide: all / N of M / a percentage must agree; one reject may veto.

Pure functions over a tally. The caller counts each person's vote once (a second vote by the same
person is refused before it gets here) and evaluates the tally after every vote, so the first
decisive vote decides. For a tally where both would hold (enough agreements *and* a veto — it
cannot arise when evaluated after every vote), AGREED wins.

- `all`: every handler must agree.
- `count`: `count` handlers must agree. A count above the number of handlers is kept as is, so
  the threshold is unreachable and the outcome is REJECTED from the start: the caller sees it
  rather than a silently lowered bar (publish validation flags it where it can).
- `percent`: `ceil(handlers * percent / 100)` must agree, at least one.
"""

from __future__ import annotations

from enum import StrEnum

from engine.workflows.definitions.schema import Countersign, CountersignMode

__all__ = ["Outcome", "countersign_outcome", "required_agreements"]


class Outcome(StrEnum):
    PENDING = "pending"
    AGREED = "agreed"
    REJECTED = "rejected"


def required_agreements(settings: Countersign, handler_count: int) -> int:
    """How many agreements carry the vote among `handler_count` handlers (may exceed it for `count`)."""
    if handler_count < 0:
        raise ValueError(f"handler_count must not be negative, got {handler_count}")
    mode = settings.mode
    if mode == CountersignMode.ALL:
        return handler_count
    if mode == CountersignMode.COUNT:
        if settings.count is None:
            raise ValueError("countersign by count needs a count")
        return settings.count
    if mode == CountersignMode.PERCENT:
        if settings.percent is None:
            raise ValueError("countersign by percentage needs a percent")
        if handler_count == 0:
            return 0
        # Integer ceiling: exact, no float rounding.
        return max(1, -(-handler_count * settings.percent // 100))
    raise ValueError(f"unknown countersign mode {mode!r}")


def countersign_outcome(settings: Countersign, *, handler_count: int, agrees: int, rejects: int) -> Outcome:
    """The state of the vote after `agrees` agreements and `rejects` rejections by distinct handlers.

    AGREED once the agreements reach the threshold; REJECTED on a reject when `veto_on_reject`, or
    once the threshold is out of reach of the handlers still to vote; PENDING otherwise. A vote
    among nobody is a caller error (a state with no handlers is never entered).
    """
    if handler_count < 1:
        raise ValueError(f"a countersign needs at least one handler, got {handler_count}")
    if agrees < 0 or rejects < 0:
        raise ValueError(f"votes must not be negative, got agrees={agrees} rejects={rejects}")
    if agrees + rejects > handler_count:
        raise ValueError(f"{agrees} agrees + {rejects} rejects exceed the {handler_count} handlers")
    required = required_agreements(settings, handler_count)
    if agrees >= required:
        return Outcome.AGREED
    if settings.veto_on_reject and rejects >= 1:
        return Outcome.REJECTED
    undecided = handler_count - agrees - rejects
    if agrees + undecided < required:
        return Outcome.REJECTED
    return Outcome.PENDING
