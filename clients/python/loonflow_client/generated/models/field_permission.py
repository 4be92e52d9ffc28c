from enum import StrEnum

class FieldPermission(StrEnum):
    HIDDEN = "hidden"
    OPTIONAL = "optional"
    READ_ONLY = "read_only"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
