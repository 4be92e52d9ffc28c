from enum import StrEnum

class SimulationOutOutcome(StrEnum):
    FINISHED = "finished"
    NO_BRANCH = "no_branch"
    NO_HANDLERS = "no_handlers"
    TOO_MANY_STEPS = "too_many_steps"
    WAITS = "waits"

    def __str__(self) -> str:
        return str(self.value)
