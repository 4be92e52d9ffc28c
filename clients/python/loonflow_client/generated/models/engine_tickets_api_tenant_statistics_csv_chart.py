from enum import StrEnum

class EngineTicketsApiTenantStatisticsCsvChart(StrEnum):
    BACKLOG_BY_PERSON = "backlog_by_person"
    BACKLOG_BY_STATE = "backlog_by_state"
    PER_DAY = "per_day"
    SLA_BREACHES = "sla_breaches"
    SLOWEST_STATES = "slowest_states"

    def __str__(self) -> str:
        return str(self.value)
