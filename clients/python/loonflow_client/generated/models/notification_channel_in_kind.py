from enum import StrEnum

class NotificationChannelInKind(StrEnum):
    DINGTALK = "dingtalk"
    EMAIL = "email"
    FEISHU = "feishu"
    SLACK = "slack"
    WEBHOOK = "webhook"
    WECOM = "wecom"

    def __str__(self) -> str:
        return str(self.value)
