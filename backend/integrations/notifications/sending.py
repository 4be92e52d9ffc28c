"""Talking to a channel: email through the pinned SMTP backend, chat robots and plain webhooks
through the outbound guard."""

from __future__ import annotations

import json
import time

from core.secrets import decrypt_secret
from core.stored_text import StoredText, Text
from integrations.common import outbound
from integrations.common.settings import outbound_allow
from integrations.notifications.channels import (
    ChannelError,
    ChannelRefused,
    Message,
    dingtalk_signed_url,
    robot_payload,
    send_email,
)
from integrations.notifications.models import NotificationChannel

Kind = NotificationChannel.Kind

ROBOT_TIMEOUT = 10.0


class DeliveryError(Exception):
    """Sending failed; `retryable` says whether another attempt may succeed."""

    def __init__(self, message: Text, *, retryable: bool) -> None:
        super().__init__(message)
        self.text = message  # shown in its reader's language when a StoredText
        self.retryable = retryable


def transmit(channel: NotificationChannel, message: Message) -> None:
    """Send `message` through `channel` now; raises DeliveryError."""
    secret = channel_secret(channel)
    if channel.kind == Kind.EMAIL:
        config = {**channel.config, **({"password": secret} if secret else {})}
        try:
            send_email(config, message, allow=outbound_allow())
        except ChannelRefused as exc:  # DNS may have changed since the save: checked at every send
            raise DeliveryError(str(exc), retryable=False) from exc
        except ChannelError as exc:
            raise DeliveryError(str(exc), retryable=True) from exc
        except ValueError as exc:  # bad config or no recipients: another try would not help
            raise DeliveryError(str(exc), retryable=False) from exc
        return
    _post_robot(channel, message, secret)


def channel_secret(channel: NotificationChannel) -> str:
    if not channel.secret_encrypted:
        return ""
    secret = decrypt_secret(channel.secret_encrypted)
    if secret is None:
        raise DeliveryError(StoredText("notification.secret_unreadable"), retryable=False)
    return secret


def channel_url(channel: NotificationChannel) -> str:
    """A robot channel's URL (stored encrypted: it carries the robot's token)."""
    if not channel.url_encrypted:
        return str(channel.config.get("url") or "").strip()
    url = decrypt_secret(channel.url_encrypted)
    if url is None:
        raise DeliveryError(StoredText("notification.url_unreadable"), retryable=False)
    return url


def _post_robot(channel: NotificationChannel, message: Message, secret: str) -> None:
    url = channel_url(channel)
    if channel.kind == Kind.DINGTALK and secret:
        url = dingtalk_signed_url(url, secret, int(time.time() * 1000))
    try:
        payload = robot_payload(channel.kind, message, secret=secret or None)
    except ValueError as exc:
        raise DeliveryError(str(exc), retryable=False) from exc
    body = json.dumps(payload, ensure_ascii=False).encode()
    try:
        response = outbound.post_json(url, body, headers={}, allow=outbound_allow(), timeout=ROBOT_TIMEOUT)
    except outbound.OutboundRefused as exc:
        refused = StoredText("outbound.refused", {"code": exc.code, "reason": str(exc)})
        raise DeliveryError(refused, retryable=False) from exc
    except outbound.OutboundFailed as exc:
        raise DeliveryError(StoredText("outbound.failed", {"reason": str(exc)}), retryable=True) from exc
    if not 200 <= response.status < 300:
        answer = {"status": response.status, "body": response.excerpt[:500]}
        raise DeliveryError(StoredText("outbound.http_status_body", answer), retryable=True)
    problem = _robot_error(channel.kind, response.body)
    if problem:
        raise DeliveryError(problem, retryable=True)


def _robot_error(kind: str, body: bytes) -> StoredText | None:
    """WeCom, DingTalk and Feishu answer 200 with an error code in the JSON body."""
    if kind not in (Kind.WECOM, Kind.DINGTALK, Kind.FEISHU):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for key in ("errcode", "code", "StatusCode"):
        value = data.get(key)
        if value is not None and value != 0:
            detail = data.get("errmsg") or data.get("msg") or data.get("StatusMessage") or ""
            answer = {"kind": kind, "key": key, "value": str(value)[:100], "detail": str(detail)[:300]}
            return StoredText("outbound.robot_error", answer)
    return None
