from enum import StrEnum

class Variable(StrEnum):
    CREATOR = "creator"
    CREATOR_DEPARTMENT_APPROVER = "creator_department_approver"
    CREATOR_DEPARTMENT_LEADER = "creator_department_leader"

    def __str__(self) -> str:
        return str(self.value)
