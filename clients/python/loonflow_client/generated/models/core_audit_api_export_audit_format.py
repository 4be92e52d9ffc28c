from enum import StrEnum

class CoreAuditApiExportAuditFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
