from enum import StrEnum

class LdapSourceInDepartmentSource(StrEnum):
    ATTRIBUTE = "attribute"
    OU = "ou"

    def __str__(self) -> str:
        return str(self.value)
