from enum import StrEnum

class EngineCalendarsApiCalendarDueClock(StrEnum):
    WALL = "wall"
    WORKING = "working"
    WORKING_DAYS = "working_days"

    def __str__(self) -> str:
        return str(self.value)
