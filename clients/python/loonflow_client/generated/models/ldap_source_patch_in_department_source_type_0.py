from enum import StrEnum

class LdapSourcePatchInDepartmentSourceType0(StrEnum):
    ATTRIBUTE = "attribute"
    OU = "ou"

    def __str__(self) -> str:
        return str(self.value)
