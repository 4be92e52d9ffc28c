from enum import StrEnum

class TransitionKind(StrEnum):
    AUTO = "auto"
    HOOK = "hook"
    MANUAL = "manual"
    SUBTICKETS = "subtickets"
    TIMER = "timer"

    def __str__(self) -> str:
        return str(self.value)
