from enum import StrEnum

class InboxItemOutKind(StrEnum):
    COMMENT = "comment"
    CONSULT = "consult"
    MENTION = "mention"
    MOVED = "moved"
    SLA = "sla"
    TURN = "turn"

    def __str__(self) -> str:
        return str(self.value)
