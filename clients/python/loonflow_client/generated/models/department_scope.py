from enum import StrEnum

class DepartmentScope(StrEnum):
    APPROVER = "approver"
    LEADER = "leader"
    MEMBERS = "members"

    def __str__(self) -> str:
        return str(self.value)
