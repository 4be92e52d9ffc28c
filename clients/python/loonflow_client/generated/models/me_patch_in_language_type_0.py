from enum import StrEnum

class MePatchInLanguageType0(StrEnum):
    EN = "en"
    VALUE_0 = ""
    ZH_HANS = "zh-hans"

    def __str__(self) -> str:
        return str(self.value)
