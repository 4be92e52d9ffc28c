"""Writes for notification channels: create, edit, delete (configs checked, secrets encrypted)."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.errors import Conflict, ValidationFailed, field_problem
from core.secrets import decrypt_secret, encrypt_secret, mask_url
from integrations.common import outbound
from integrations.common.settings import outbound_allow
from integrations.notifications.channels import (
    ROBOT_KINDS,
    validate_config,
)
from integrations.notifications.models import NotificationChannel

Kind = NotificationChannel.Kind

EMAIL_KEYS = frozenset({"host", "port", "username", "from_email", "use_tls", "use_ssl", "timeout"})

ROBOT_KEYS = frozenset({"url"})

SECRET_KEYS = frozenset({"password", "secret"})

MAX_CONFIG_CHARS = 4000


def _checked_config(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """The config to store, or ValidationFailed listing every problem (422)."""
    allowed = EMAIL_KEYS if kind == Kind.EMAIL else ROBOT_KEYS
    problems = []
    if len(json.dumps(config, default=str)) > MAX_CONFIG_CHARS:
        problems.append(
            field_problem(
                "config", _("The config is longer than %(value)s characters.") % {"value": MAX_CONFIG_CHARS}
            )
        )
    for key in config:
        if key in SECRET_KEYS:
            problems.append(
                field_problem(f"config.{key}", _("Put passwords and secrets in `secret`: it is never shown."))
            )
        elif key not in allowed:
            problems.append(
                field_problem(f"config.{key}", _("Unknown setting for a %(kind)s channel.") % {"kind": kind})
            )
    problems += [field_problem("config", problem) for problem in validate_config(kind, config)]
    cleaned = dict(config)
    if kind == Kind.EMAIL and not problems:
        problems += _email_target_problems(cleaned)
    if kind in ROBOT_KINDS and not problems:
        cleaned["url"] = str(config["url"]).strip()
        try:
            outbound.check_url(cleaned["url"], allow=outbound_allow())
        except outbound.OutboundRefused as exc:
            problems.append(field_problem("config.url", str(exc)))
    if problems:
        raise ValidationFailed(_("The channel configuration is invalid."), details=problems)
    return cleaned


def _email_target_problems(config: dict[str, Any]) -> list[dict[str, Any]]:
    """The SMTP server must be a destination the guard allows (a literal private address or
    localhost is refused now; a name is checked again at every send, as DNS can change), and its
    timeout within the deployment's cap."""
    problems = []
    config["host"] = str(config["host"]).strip()
    try:
        outbound.check_host(config["host"], allow=outbound_allow())
    except outbound.OutboundRefused as exc:
        problems.append(field_problem("config.host", str(exc)))
    cap = settings.OUTBOUND_TIMEOUT_MAX_SECONDS
    timeout = config.get("timeout")
    if timeout is not None and timeout > cap:
        problems.append(field_problem("config.timeout", _("At most %(cap)s seconds.") % {"cap": cap}))
    return problems


def _set_config(channel: NotificationChannel, config: dict[str, Any]) -> None:
    """Check `config` for the channel's kind and store it, a robot's URL encrypted and masked.
    A robot config without `url`, or with the masked URL the API showed, keeps the stored one."""
    config = dict(config)
    if channel.kind in ROBOT_KINDS and channel.url_encrypted:
        stored = decrypt_secret(channel.url_encrypted)
        if stored and config.get("url") in (None, mask_url(stored)):
            config["url"] = stored
    cleaned = _checked_config(channel.kind, config)
    if channel.kind in ROBOT_KINDS:
        channel.url_encrypted = encrypt_secret(cleaned["url"])
        cleaned["url"] = mask_url(cleaned["url"])
    else:
        channel.url_encrypted = ""
    channel.config = cleaned


def _save(channel: NotificationChannel) -> NotificationChannel:
    try:
        with transaction.atomic():
            channel.save()
    except IntegrityError:
        raise Conflict(
            _("A channel with code %(code)s exists.") % {"code": repr(channel.code)},
            code="channel_code_taken",
        ) from None
    return channel


def channel_create(
    *,
    code: str,
    name: str,
    kind: str,
    config: dict[str, Any],
    secret: str | None = None,
    is_default: bool = False,
    is_active: bool = True,
) -> NotificationChannel:
    channel = NotificationChannel(
        code=code,
        name=name,
        kind=kind,
        secret_encrypted=encrypt_secret(secret) if secret else "",
        is_default=is_default,
        is_active=is_active,
    )
    _set_config(channel, config)
    return _save(channel)


def channel_update(*, channel: NotificationChannel, changes: dict[str, Any]) -> NotificationChannel:
    """Apply the given fields; `secret` "" clears it, an absent or null secret keeps it."""
    for field in ("code", "name", "kind", "is_default", "is_active"):
        if changes.get(field) is not None:
            setattr(channel, field, changes[field])
    if "kind" in changes or changes.get("config") is not None:
        config = changes.get("config")
        _set_config(channel, channel.config if config is None else config)
    secret = changes.get("secret")
    if secret is not None:
        channel.secret_encrypted = encrypt_secret(secret) if secret else ""
    return _save(channel)


def channel_delete(*, channel: NotificationChannel) -> None:
    channel.delete()
