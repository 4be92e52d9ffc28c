from enum import StrEnum

class ProviderOutDiscoveryStatus(StrEnum):
    FAILED = "failed"
    OK = "ok"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
