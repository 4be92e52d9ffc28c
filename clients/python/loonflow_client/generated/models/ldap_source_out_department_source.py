from enum import StrEnum

class LdapSourceOutDepartmentSource(StrEnum):
    ATTRIBUTE = "attribute"
    OU = "ou"

    def __str__(self) -> str:
        return str(self.value)
