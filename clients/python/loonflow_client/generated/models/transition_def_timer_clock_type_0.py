from enum import StrEnum

class TransitionDefTimerClockType0(StrEnum):
    WALL = "wall"
    WORKING = "working"
    WORKING_DAYS = "working_days"

    def __str__(self) -> str:
        return str(self.value)
