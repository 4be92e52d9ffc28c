from enum import StrEnum

class WorkflowEvent(StrEnum):
    CLOSED = "closed"
    CREATED = "created"
    FINISHED = "finished"
    SLA_BREACHED = "sla_breached"
    SLA_WARNING = "sla_warning"
    STATE_ENTERED = "state_entered"
    TRANSITION = "transition"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
