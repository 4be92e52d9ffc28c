"""What a document's gateways mean as a graph, for validation and for the runtime alike.

A split's *region* is the set of states its branches reach before its join. Reject transitions are
not followed: they leave the region (cancelling the sibling branches) or go back inside it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from engine.workflows.definitions.schema import (
    JOIN_OF_SPLIT,
    StateDef,
    TransitionAttribute,
    TransitionDef,
    WorkflowDocument,
)


def targets(transition: TransitionDef) -> Iterator[str]:
    """Every state a transition may lead to: its target and its branches' targets."""
    yield transition.target
    yield from (branch.target for branch in transition.branches)


def is_split(state: StateDef | None) -> bool:
    return state is not None and state.type in JOIN_OF_SPLIT


def region(document: WorkflowDocument, split: StateDef) -> set[str]:
    """The states the split's branches reach before its join (its join and split not included)."""
    join = split.join or ""
    found: set[str] = set()
    queue = deque(target for t in document.transitions_from(split.key) for target in targets(t))
    while queue:
        key = queue.popleft()
        if key == join or key in found or document.state(key) is None:
            continue
        found.add(key)
        for transition in document.transitions_from(key):
            if transition.attribute != TransitionAttribute.REJECT:
                queue.extend(targets(transition))
    return found
