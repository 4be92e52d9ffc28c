from enum import StrEnum

class CountersignMode(StrEnum):
    ALL = "all"
    COUNT = "count"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)
