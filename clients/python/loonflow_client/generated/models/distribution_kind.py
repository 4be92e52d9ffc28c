from enum import StrEnum

class DistributionKind(StrEnum):
    ANY = "any"
    CLAIM = "claim"
    COUNTERSIGN = "countersign"
    DIRECT = "direct"
    RANDOM = "random"

    def __str__(self) -> str:
        return str(self.value)
