from enum import StrEnum

class SlaAction(StrEnum):
    AUTO_TRANSITION = "auto_transition"
    ESCALATE = "escalate"
    REMIND = "remind"

    def __str__(self) -> str:
        return str(self.value)
