from enum import StrEnum

class ParticipantKind(StrEnum):
    DEPARTMENTS = "departments"
    FIELD = "field"
    HOOK = "hook"
    NONE = "none"
    PARENT_FIELD = "parent_field"
    ROLES = "roles"
    SCRIPT = "script"
    USERS = "users"
    VARIABLE = "variable"

    def __str__(self) -> str:
        return str(self.value)
