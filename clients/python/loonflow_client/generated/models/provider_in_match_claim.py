from enum import StrEnum

class ProviderInMatchClaim(StrEnum):
    EMAIL = "email"
    PREFERRED_USERNAME = "preferred_username"
    SUB = "sub"

    def __str__(self) -> str:
        return str(self.value)
