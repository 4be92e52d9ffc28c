from enum import StrEnum

class PreferencesInChannelsAdditionalPropertyItem(StrEnum):
    CHAT = "chat"
    EMAIL = "email"
    IN_APP = "in_app"

    def __str__(self) -> str:
        return str(self.value)
