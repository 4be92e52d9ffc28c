"""Channel kinds: robot JSON bodies, robot signatures, SMTP email and config checks.

Nothing here touches the database or performs HTTP (SMTP goes through `channels.smtp`, with the
outbound guard's address checks); callers POST `robot_payload(...)` to the
channel's url themselves (for DingTalk, to `dingtalk_signed_url(...)` when a secret is set).

Payload shapes (what each robot accepts):

- wecom: `markdown` (subject in bold), or `text` with `mentioned_list` / `mentioned_mobile_list`
  when there are mentions, since WeCom's markdown messages cannot @mention anyone.
- dingtalk: `markdown` plus `at`; mentioned phones also appear in the text, which DingTalk requires.
- feishu: `text` (subject line, then body) with `<at user_id=...>` tags; `timestamp`/`sign` keys
  are added when a secret is configured.
- slack: mrkdwn `section` block plus a plain `text` fallback, with &, <, > escaped.
- webhook: `{"subject", "body", "recipients", "data"}`.

Mentions are phone numbers (`+86 138...` style digits), user ids, or "@all" for everyone; ids
with characters outside a conservative set are dropped so they can't inject markup.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import smtplib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeGuard
from urllib.parse import quote_plus, urlsplit

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from integrations.common import outbound
from integrations.notifications.channels.smtp import PinnedEmailBackend

logger = logging.getLogger(__name__)

ROBOT_KINDS = ("webhook", "wecom", "dingtalk", "feishu", "slack")
KINDS = ("email", *ROBOT_KINDS)
DEFAULT_TIMEOUT = 10
EVERYONE = "@all"

# WeCom rejects markdown over 4096 bytes and text over 2048; Slack section text stops at 3000 chars.
WECOM_MARKDOWN_BYTES = 4096
WECOM_TEXT_BYTES = 2048
SLACK_SECTION_CHARS = 3000

_PHONE = re.compile(r"\+?[0-9][0-9 -]{4,19}")
_USER_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")


class ChannelError(Exception):
    """Delivery failed for a transient reason (network, SMTP): the caller may retry."""


class ChannelRefused(Exception):
    """The channel's server is not an allowed destination (private address): nothing was sent."""


@dataclass(frozen=True)
class Message:
    subject: str
    body: str
    recipients: Sequence[str]  # email addresses; empty for robots
    mentions: Sequence[str] = ()  # phones / user ids to @mention in robots, or "@all"
    data: Mapping[str, object] = field(default_factory=dict)  # event payload for generic webhooks


class _Mentions(NamedTuple):
    mobiles: list[str]
    user_ids: list[str]
    everyone: bool


def _split_mentions(mentions: Sequence[str]) -> _Mentions:
    result = _Mentions([], [], everyone=False)
    for raw in mentions:
        mention = raw.strip()
        if mention == EVERYONE:
            result = result._replace(everyone=True)
        elif _PHONE.fullmatch(mention):
            result.mobiles.append(re.sub(r"[ -]", "", mention))
        elif _USER_ID.fullmatch(mention):
            result.user_ids.append(mention)
    return result


def _clip_bytes(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` UTF-8 bytes without splitting a character."""
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode(errors="ignore") + "…"


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


# --- signatures ---------------------------------------------------------------------------


def _hmac_b64(key: str, message: str) -> str:
    digest = hmac.new(key.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def dingtalk_signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    """DingTalk's "加签" security: append `timestamp` (ms) and the url-encoded HMAC `sign`."""
    sign = _hmac_b64(secret, f"{timestamp_ms}\n{secret}")
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}timestamp={timestamp_ms}&sign={quote_plus(sign)}"


def feishu_sign(secret: str, timestamp: int) -> str:
    """Feishu/Lark custom-bot signature: the key is "timestamp\\nsecret", the message is empty."""
    return _hmac_b64(f"{timestamp}\n{secret}", "")


# --- robot payloads -----------------------------------------------------------------------


def _wecom(message: Message) -> dict[str, object]:
    mentions = _split_mentions(message.mentions)
    if not (mentions.mobiles or mentions.user_ids or mentions.everyone):
        content = _lines(f"**{message.subject}**" if message.subject else "", message.body)
        return {"msgtype": "markdown", "markdown": {"content": _clip_bytes(content, WECOM_MARKDOWN_BYTES)}}
    text: dict[str, object] = {
        "content": _clip_bytes(_lines(message.subject, message.body), WECOM_TEXT_BYTES),
        "mentioned_mobile_list": mentions.mobiles + ([EVERYONE] if mentions.everyone else []),
    }
    if mentions.user_ids:
        text["mentioned_list"] = mentions.user_ids
    return {"msgtype": "text", "text": text}


def _dingtalk(message: Message) -> dict[str, object]:
    mentions = _split_mentions(message.mentions)
    tags = " ".join(f"@{who}" for who in mentions.mobiles + mentions.user_ids)
    text = _lines(f"### {message.subject}" if message.subject else "", message.body, tags)
    at: dict[str, object] = {"atMobiles": mentions.mobiles, "isAtAll": mentions.everyone}
    if mentions.user_ids:
        at["atUserIds"] = mentions.user_ids
    return {
        "msgtype": "markdown",
        "markdown": {"title": message.subject or message.body[:64], "text": text},
        "at": at,
    }


def _feishu(message: Message) -> dict[str, object]:
    mentions = _split_mentions(message.mentions)
    ids = mentions.user_ids + (["all"] if mentions.everyone else [])
    tags = "".join(f'<at user_id="{uid}"></at>' for uid in ids)
    return {"msg_type": "text", "content": {"text": _lines(message.subject, message.body, tags)}}


def slack_escape(text: str) -> str:
    """Slack's control characters; everything else (mrkdwn *bold* etc.) passes through."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack(message: Message) -> dict[str, object]:
    mentions = _split_mentions(message.mentions)
    tags = " ".join(
        [f"<@{uid}>" for uid in mentions.user_ids] + (["<!channel>"] if mentions.everyone else [])
    )
    subject, body = slack_escape(message.subject), slack_escape(message.body)
    section = _lines(f"*{subject}*" if subject else "", body, tags)
    if len(section) > SLACK_SECTION_CHARS:
        section = section[: SLACK_SECTION_CHARS - 1] + "…"
    return {
        "text": _lines(subject, body, tags),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": section}}],
    }


def _webhook(message: Message) -> dict[str, object]:
    return {
        "subject": message.subject,
        "body": message.body,
        "recipients": list(message.recipients),
        "data": dict(message.data),
    }


_BUILDERS: dict[str, Callable[[Message], dict[str, object]]] = {
    "webhook": _webhook,
    "wecom": _wecom,
    "dingtalk": _dingtalk,
    "feishu": _feishu,
    "slack": _slack,
}


def robot_payload(
    kind: str, message: Message, *, secret: str | None = None, now: int | None = None
) -> dict[str, object]:
    """The JSON body to POST for a robot/webhook channel.

    `secret` signs Feishu bodies (`timestamp` in seconds from `now`, default the current time).
    DingTalk signs the url instead (see `dingtalk_signed_url`), so its body ignores `secret`.
    """
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise ValueError(f"{kind!r} is not a robot channel kind")
    payload = builder(message)
    if kind == "feishu" and secret:
        timestamp = int(time.time()) if now is None else now
        payload = {"timestamp": str(timestamp), "sign": feishu_sign(secret, timestamp), **payload}
    return payload


# --- email --------------------------------------------------------------------------------


def _default_port(config: Mapping[str, object]) -> int:
    if config.get("use_ssl"):
        return 465
    return 587 if config.get("use_tls") else 25


def send_email(
    config: Mapping[str, object],
    message: Message,
    *,
    allow: outbound.Allow = (),
    resolver: outbound.Resolver | None = None,
) -> None:
    """Send `message` through the SMTP server in `config`, through the outbound guard (`allow`:
    the private ranges the tenant may reach). Transient failures raise ChannelError, a server
    whose address is not allowed raises ChannelRefused.

    A config that fails `validate_config` or a message without recipients raises ValueError,
    since retrying would not help. Every failure to get through has one message
    (`outbound.CONNECT_FAILED`); only the server's refusals after a good connection say more.
    """
    problems = validate_config("email", config)
    if problems:
        raise ValueError("; ".join(problems))
    if not message.recipients:
        raise ValueError(_("The email message has no recipients."))
    host = str(config["host"]).strip()
    port = int(config.get("port") or _default_port(config))  # type: ignore[call-overload]
    timeout = outbound.clamp_timeout(config.get("timeout") or DEFAULT_TIMEOUT)  # type: ignore[arg-type]
    deadline = time.monotonic() + timeout
    try:
        addresses = outbound.resolve_host(host, port, allow=allow, resolver=resolver)
    except outbound.OutboundRefused as exc:
        raise ChannelRefused(_("The SMTP server is not allowed: %(reason)s") % {"reason": exc}) from exc
    except outbound.OutboundFailed as exc:
        raise ChannelError(_("SMTP: %(problem)s") % {"problem": _(outbound.CONNECT_FAILED)}) from exc
    connection = PinnedEmailBackend(
        addresses=addresses,
        deadline=deadline,
        fail_silently=False,
        host=host,
        port=port,
        username=config.get("username") or "",
        password=config.get("password") or "",
        use_tls=bool(config.get("use_tls")),
        use_ssl=bool(config.get("use_ssl")),
        timeout=timeout,
    )
    email = EmailMessage(
        # A rendered subject may contain newlines, which Django rejects as header injection.
        subject=" ".join(message.subject.split()),
        body=message.body,
        from_email=str(config["from_email"]),
        to=list(message.recipients),
        connection=connection,
    )
    try:
        email.send()
    except (smtplib.SMTPException, OSError) as exc:  # OSError covers socket, timeout and SSL errors
        logger.info("SMTP delivery to %s:%s failed: %r", host, port, exc)
        raise ChannelError(_("SMTP: %(problem)s") % {"problem": _smtp_problem(exc)}) from exc


def _smtp_problem(exc: BaseException) -> str:
    """What the admin may see: the server's refusals after a working session are specific;
    everything else (refused, reset, timed out, TLS, not an SMTP server) is the one message."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _("the server refused the login (%(code)s)") % {"code": exc.smtp_code}
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _("the server refused the recipients")
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _("the server refused the sender (%(code)s)") % {"code": exc.smtp_code}
    if isinstance(exc, smtplib.SMTPDataError):
        return _("the server refused the message (%(code)s)") % {"code": exc.smtp_code}
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return _("the server does not support what the channel asks for (STARTTLS or login)")
    return _(outbound.CONNECT_FAILED)


# --- config validation --------------------------------------------------------------------


def _is_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _email_problems(config: Mapping[str, object]) -> list[str]:
    problems = _email_sender_problems(config)
    port = config.get("port")
    if port is not None and not _is_port(port):
        problems.append(_("email: port must be an integer between 1 and 65535"))
    timeout = config.get("timeout")
    if timeout is not None and not _is_timeout(timeout):
        problems.append(_("email: timeout must be a positive number of seconds"))
    for key in ("use_tls", "use_ssl"):
        if not isinstance(config.get(key, False), bool):
            problems.append(_("email: %(key)s must be true or false") % {"key": key})
    if config.get("use_tls") is True and config.get("use_ssl") is True:
        problems.append(_("email: use_tls and use_ssl are mutually exclusive"))
    for key in ("username", "password"):
        if not isinstance(config.get(key, ""), str):
            problems.append(_("email: %(key)s must be a string") % {"key": key})
    return problems


def _email_sender_problems(config: Mapping[str, object]) -> list[str]:
    """The server and the sender's address, both required."""
    problems: list[str] = []
    if not _is_text(config.get("host")):
        problems.append(_("email: host is required"))
    from_email = config.get("from_email")
    if _is_text(from_email):
        try:
            validate_email(from_email)
        except ValidationError:
            problems.append(_("email: from_email is not a valid address"))
    else:
        problems.append(_("email: from_email is required"))
    return problems


def _is_port(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536


def _is_timeout(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _robot_problems(kind: str, config: Mapping[str, object]) -> list[str]:
    url = config.get("url")
    if not _is_text(url):
        return [_("%(kind)s: url is required") % {"kind": kind}]
    parts = urlsplit(url.strip())
    problems = []
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(_("%(kind)s: url must be an absolute http(s) url") % {"kind": kind})
    if not isinstance(config.get("secret") or "", str):
        problems.append(_("%(kind)s: secret must be a string") % {"kind": kind})
    return problems


def validate_config(kind: str, config: Mapping[str, object]) -> list[str]:
    """Problems with a channel's config (empty when it is usable), for a 422 on save."""
    if kind == "email":
        return _email_problems(config)
    if kind in ROBOT_KINDS:
        return _robot_problems(kind, config)
    return [
        _("unknown channel kind %(kind)s; expected one of %(kinds)s")
        % {"kind": repr(kind), "kinds": ", ".join(KINDS)}
    ]
