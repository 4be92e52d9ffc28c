from enum import StrEnum

class StateType(StrEnum):
    END = "end"
    INCLUSIVE_JOIN = "inclusive_join"
    INCLUSIVE_SPLIT = "inclusive_split"
    NORMAL = "normal"
    PARALLEL_JOIN = "parallel_join"
    PARALLEL_SPLIT = "parallel_split"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
