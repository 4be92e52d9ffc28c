from enum import StrEnum

class SubprocessContinueOn(StrEnum):
    ALL_FINISHED = "all_finished"
    FIRST_REJECTION = "first_rejection"

    def __str__(self) -> str:
        return str(self.value)
