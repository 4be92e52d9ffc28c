from enum import StrEnum

class ChecklistItemOutKey(StrEnum):
    APP_TOKEN = "app_token"
    DIRECTORY = "directory"
    WEBHOOK = "webhook"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
