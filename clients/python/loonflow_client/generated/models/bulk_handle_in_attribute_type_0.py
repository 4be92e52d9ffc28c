from enum import StrEnum

class BulkHandleInAttributeType0(StrEnum):
    AGREE = "agree"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
