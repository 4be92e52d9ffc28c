from enum import StrEnum

class SubprocessWhenNone(StrEnum):
    CONTINUE = "continue"
    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
