"""Notification rendering and sending, free of database access: templates and channels."""

from __future__ import annotations

from integrations.notifications.channels.kinds import (
    KINDS,
    ROBOT_KINDS,
    ChannelError,
    ChannelRefused,
    Message,
    dingtalk_signed_url,
    feishu_sign,
    robot_payload,
    send_email,
    validate_config,
)
from integrations.notifications.channels.templates import check, placeholders, render

__all__ = [
    "KINDS",
    "ROBOT_KINDS",
    "ChannelError",
    "ChannelRefused",
    "Message",
    "check",
    "dingtalk_signed_url",
    "feishu_sign",
    "placeholders",
    "render",
    "robot_payload",
    "send_email",
    "validate_config",
]
