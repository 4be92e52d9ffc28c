"""Notification templates and channels: pure functions plus a real SMTP server on loopback."""

from __future__ import annotations

import base64
import hashlib
import hmac
from email import message_from_bytes
from email.message import EmailMessage as ParsedEmail
from email.policy import default as default_policy
from urllib.parse import parse_qs, quote_plus, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import free_port
from integrations.conftest import SmtpServer
from integrations.notifications.channels import (
    ChannelError,
    ChannelRefused,
    Message,
    check,
    dingtalk_signed_url,
    feishu_sign,
    placeholders,
    render,
    robot_payload,
    send_email,
    validate_config,
)
from integrations.notifications.channels.templates import MAX_OUTPUT

# --- templates ----------------------------------------------------------------------------


def test_render_fills_simple_and_nested_fields() -> None:
    values = {"title": "VPN access", "ticket": {"serial": "IT-42", "state": {"name": "Review"}}}
    out = render("{title} ({ticket.serial}) is in {ticket.state.name}", values)
    assert out == "VPN access (IT-42) is in Review"


def test_render_value_conversions() -> None:
    values: dict[str, object] = {
        "n": 3,
        "none": None,
        "tags": ["a", "b", None, 4],
        "meta": {"k": "中文", "n": 1},
        "flag": True,
    }
    assert render("{n}|{none}|{tags}|{flag}", values) == "3||a, b, , 4|True"
    assert render("{meta}", values) == '{"k": "中文", "n": 1}'


def test_render_unknown_fields_are_empty() -> None:
    assert render("[{missing}] [{ticket.nope}] [{title.sub}]", {"ticket": {}, "title": "x"}) == "[] [] []"


def test_nested_lookup_uses_dict_keys_only() -> None:
    class Obj:
        secret = "leak"

    assert render("{obj.secret}", {"obj": Obj()}) == ""
    assert render("{s.upper}", {"s": "text"}) == ""


def test_double_braces_are_literal() -> None:
    assert render("{{title}} = {{{title}}}", {"title": "T"}) == "{title} = {T}"
    assert check("{{not a field}}") == []
    assert placeholders("{{x}} {y}") == ["y"]


def test_placeholders_in_order_once() -> None:
    assert placeholders("{b} {a.c} {b} {bad!r} {a.c}") == ["b", "a.c"]


@pytest.mark.parametrize(
    "template",
    [
        "{0.__class__}",
        "{a.__globals__}",
        "{__class__}",
        "{x!r}",
        "{x:>999999}",
        "{x[0]}",
        "{}",
        "{ x }",
        "{a..b}",
    ],
)
def test_format_tricks_are_inert_and_rejected(template: str) -> None:
    values = {"x": "v", "a": {"b": "v"}}
    # Rendered verbatim: no attribute access, no padding, no conversion.
    assert render(template, values) == template
    assert placeholders(template) == []
    problems = check(template)
    assert len(problems) == 1
    assert "invalid placeholder" in problems[0]


def test_dunder_key_in_values_still_not_a_field() -> None:
    assert render("{a.__globals__}", {"a": {"__globals__": "x"}}) == "{a.__globals__}"


@pytest.mark.parametrize(("template", "fragment"), [("oops {", "'{'"), ("oops }", "'}'"), ("{a{b}}", "'{'")])
def test_check_reports_unbalanced_braces(template: str, fragment: str) -> None:
    problems = check(template)
    assert problems
    assert all("unmatched" in p or "invalid" in p for p in problems)
    assert any(fragment in p for p in problems)


def test_check_accepts_good_templates() -> None:
    assert check("Ticket {ticket.serial}: {title} — {{literal}}") == []
    assert check("x" * (MAX_OUTPUT + 1))


def test_render_output_is_capped() -> None:
    huge = "x" * (MAX_OUTPUT * 3)
    assert len(render("{a}{a}{a}", {"a": huge})) == MAX_OUTPUT
    assert len(render("ab" * MAX_OUTPUT, {})) == MAX_OUTPUT


@given(st.text(max_size=200))
def test_escaped_text_round_trips(text: str) -> None:
    escaped = text.replace("{", "{{").replace("}", "}}")
    assert check(escaped) == []
    assert placeholders(escaped) == []
    assert render(escaped, {"x": 1}) == text


@given(st.text(alphabet="{}ab._!:0 ", max_size=60))
def test_render_never_raises(template: str) -> None:
    assert len(render(template, {"a": {"b": "v"}})) <= MAX_OUTPUT
    check(template)


# --- robot payloads -----------------------------------------------------------------------

MSG = Message(subject="Ticket IT-42 approved", body="Alice approved **VPN** access.", recipients=[])


def test_wecom_markdown_and_text_with_mentions() -> None:
    assert robot_payload("wecom", MSG) == {
        "msgtype": "markdown",
        "markdown": {"content": "**Ticket IT-42 approved**\nAlice approved **VPN** access."},
    }
    mentioned = Message(MSG.subject, MSG.body, [], mentions=["13800138000", "zhangsan", "@all"])
    assert robot_payload("wecom", mentioned) == {
        "msgtype": "text",
        "text": {
            "content": "Ticket IT-42 approved\nAlice approved **VPN** access.",
            "mentioned_mobile_list": ["13800138000", "@all"],
            "mentioned_list": ["zhangsan"],
        },
    }


def test_wecom_content_is_clipped_to_byte_limit() -> None:
    payload = robot_payload("wecom", Message("s", "审批" * 5000, []))
    content = payload["markdown"]["content"]  # type: ignore[index]
    assert len(content.encode()) <= 4096


def test_dingtalk_markdown_with_at() -> None:
    mentioned = Message(MSG.subject, MSG.body, [], mentions=["+86 138-0013-8000"])
    assert robot_payload("dingtalk", mentioned) == {
        "msgtype": "markdown",
        "markdown": {
            "title": "Ticket IT-42 approved",
            "text": "### Ticket IT-42 approved\nAlice approved **VPN** access.\n@+8613800138000",
        },
        "at": {"atMobiles": ["+8613800138000"], "isAtAll": False},
    }
    everyone = robot_payload("dingtalk", Message("s", "b", [], mentions=["@all"]))
    assert everyone["at"] == {"atMobiles": [], "isAtAll": True}


def test_feishu_text_and_signature() -> None:
    assert robot_payload("feishu", MSG) == {
        "msg_type": "text",
        "content": {"text": "Ticket IT-42 approved\nAlice approved **VPN** access."},
    }
    signed = robot_payload("feishu", MSG, secret="s3cret", now=1_700_000_000)
    assert signed["timestamp"] == "1700000000"
    assert signed["sign"] == feishu_sign("s3cret", 1_700_000_000)
    assert signed["msg_type"] == "text"


def test_feishu_mentions_drop_unsafe_ids() -> None:
    msg = Message("s", "b", [], mentions=["ou_abc123", '"><script>', "@all"])
    text = robot_payload("feishu", msg)["content"]["text"]  # type: ignore[index]
    assert text == 's\nb\n<at user_id="ou_abc123"></at><at user_id="all"></at>'


def test_slack_escapes_control_characters() -> None:
    msg = Message("A & B <x>", "if a < b && c > d: <!channel>", [])
    payload = robot_payload("slack", msg)
    assert payload == {
        "text": "A &amp; B &lt;x&gt;\nif a &lt; b &amp;&amp; c &gt; d: &lt;!channel&gt;",
        "blocks": [
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": "*A &amp; B &lt;x&gt;*\nif a &lt; b &amp;&amp; c &gt; d: &lt;!channel&gt;",
                },
            }
        ],
    }


def test_generic_webhook_payload() -> None:
    msg = Message("s", "b", ["a@example.com"], data={"event": "ticket.created", "id": 7})
    assert robot_payload("webhook", msg) == {
        "subject": "s",
        "body": "b",
        "recipients": ["a@example.com"],
        "data": {"event": "ticket.created", "id": 7},
    }


def test_robot_payload_rejects_email_and_unknown() -> None:
    for kind in ("email", "sms"):
        with pytest.raises(ValueError, match="not a robot"):
            robot_payload(kind, MSG)


def test_signatures_are_deterministic_and_match_the_spec() -> None:
    secret, ts_ms = "SEC000", 1_700_000_000_123
    url = dingtalk_signed_url("https://oapi.dingtalk.com/robot/send?access_token=t", secret, ts_ms)
    assert url == dingtalk_signed_url("https://oapi.dingtalk.com/robot/send?access_token=t", secret, ts_ms)
    query = parse_qs(urlsplit(url).query)
    expected = hmac.new(secret.encode(), f"{ts_ms}\n{secret}".encode(), hashlib.sha256).digest()
    assert query == {
        "access_token": ["t"],
        "timestamp": [str(ts_ms)],
        "sign": [base64.b64encode(expected).decode()],
    }
    assert url.endswith("&sign=" + quote_plus(base64.b64encode(expected).decode()))  # url-encoded
    feishu_expected = hmac.new(f"1700000000\n{secret}".encode(), b"", hashlib.sha256).digest()
    assert feishu_sign(secret, 1_700_000_000) == base64.b64encode(feishu_expected).decode()
    assert feishu_sign(secret, 1_700_000_000) != feishu_sign(secret, 1_700_000_001)


# --- config validation --------------------------------------------------------------------


def test_validate_config() -> None:
    assert validate_config("email", {"host": "smtp.example.com", "from_email": "n@example.com"}) == []
    assert validate_config("slack", {"url": "https://hooks.slack.com/services/x"}) == []
    assert validate_config("sms", {}) == [
        "unknown channel kind 'sms'; expected one of "
        + ", ".join(["email", "webhook", "wecom", "dingtalk", "feishu", "slack"])
    ]
    problems = validate_config("email", {"port": 70000, "use_tls": True, "use_ssl": True})
    assert any("host" in p for p in problems)
    assert any("from_email" in p for p in problems)
    assert any("port" in p for p in problems)
    assert any("mutually exclusive" in p for p in problems)
    assert validate_config("email", {"host": "h", "from_email": "not-an-address", "port": "25"}) == [
        "email: from_email is not a valid address",
        "email: port must be an integer between 1 and 65535",
    ]
    assert validate_config("wecom", {}) == ["wecom: url is required"]
    assert validate_config("dingtalk", {"url": "ftp://x/y"}) == [
        "dingtalk: url must be an absolute http(s) url"
    ]
    assert validate_config("feishu", {"url": "javascript:alert(1)"})


# --- email over a real SMTP server ----------------------------------------------------------


def test_send_email_delivers(smtp: SmtpServer) -> None:
    handler, port = smtp.mailbox, smtp.port
    config = {"host": "127.0.0.1", "port": port, "from_email": "loonflow@example.com", "timeout": 5}
    message = Message(
        subject="工单 IT-42 已批准\n(injected: header)",
        body="张三批准了 VPN 申请。\nSecond line.",
        recipients=["alice@example.com", "bob@example.com"],
    )
    send_email(config, message, allow=["127.0.0.1/32"])  # loopback, opened as the platform admin would

    assert len(handler.envelopes) == 1
    envelope = handler.envelopes[0]
    assert envelope.mail_from == "loonflow@example.com"
    assert envelope.rcpt_tos == ["alice@example.com", "bob@example.com"]
    parsed = message_from_bytes(envelope.content, policy=default_policy)
    assert isinstance(parsed, ParsedEmail)
    assert parsed["Subject"] == "工单 IT-42 已批准 (injected: header)"
    assert parsed["From"] == "loonflow@example.com"
    assert parsed["To"] == "alice@example.com, bob@example.com"
    # SMTP carries CRLF line endings.
    assert parsed.get_content().replace("\r\n", "\n").rstrip("\n") == "张三批准了 VPN 申请。\nSecond line."


def test_send_email_server_down_raises_channel_error() -> None:
    config = {"host": "127.0.0.1", "port": free_port(), "from_email": "n@example.com", "timeout": 2}
    with pytest.raises(ChannelError, match=r"^SMTP: could not connect to the server$"):
        send_email(config, Message("s", "b", ["a@example.com"]), allow=["127.0.0.1/32"])


def test_send_email_refuses_a_loopback_server_that_is_not_opened(smtp: SmtpServer) -> None:
    """Regression (issue item 4): SMTP bypassed the outbound guard."""
    handler, port = smtp.mailbox, smtp.port
    config = {"host": "127.0.0.1", "port": port, "from_email": "loonflow@example.com", "timeout": 5}
    with pytest.raises(ChannelRefused, match="not a public address"):
        send_email(config, Message("s", "b", ["a@example.com"]))
    assert handler.envelopes == []


def test_send_email_rejects_bad_config_and_empty_recipients() -> None:
    with pytest.raises(ValueError, match="host"):
        send_email({"from_email": "n@example.com"}, Message("s", "b", ["a@example.com"]))
    with pytest.raises(ValueError, match="no recipients"):
        send_email({"host": "127.0.0.1", "from_email": "n@example.com"}, Message("s", "b", []))
