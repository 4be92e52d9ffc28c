"""The one error the expression parser raises."""

from __future__ import annotations

from typing import Any


class ConditionSyntaxError(ValueError):
    """A malformed condition expression: what is wrong (`message`) and where (`position`, the
    0-based character offset into the text)."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at position {position})")
        self.message = message
        self.position = position

    def __reduce__(self) -> tuple[Any, ...]:  # keep (message, position) through pickling
        return (type(self), (self.message, self.position))
