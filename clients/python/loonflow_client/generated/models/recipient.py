from enum import StrEnum

class Recipient(StrEnum):
    CREATOR = "creator"
    HANDLERS = "handlers"
    PARTICIPANTS = "participants"

    def __str__(self) -> str:
        return str(self.value)
