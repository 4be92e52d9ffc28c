from enum import StrEnum

class LinkTransitionOutAttribute(StrEnum):
    AGREE = "agree"
    OTHER = "other"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
