"""Texts the background workers store for people to read later (flow-log notes, a job's last
error), rendered in the READER's language.

A worker has no reader, so it stores a machine code and its parameters beside the English text
(`columns`); the API renders them when it is read (`render`): the code's template, translated
into the active language, with the parameters put in as values. Parameters from a remote (an
exception text, a hook's answer) are never used as templates; a parameter may itself be a stored
text (`StoredText.as_param`). An unknown code, or a row written before codes existed, shows its
stored text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from ninja import Schema

# code -> template. The codes are stable (clients may switch on them); the English templates may
# be reworded, and old rows follow.
TEMPLATES: dict[str, Promise] = {
    # Hook calls (flow-log notes of `hook_failed`).
    "hook.refused": _("The hook call to %(url)s was refused: %(problem)s"),
    "hook.gave_up": _("The hook call to %(url)s failed %(attempts)s times; giving up. Last error: %(error)s"),
    "hook.unusable_answer": _("The hook at %(url)s answered unusably: %(problem)s"),
    "hook.not_applied": _("The hook's answer was not applied: %(problem)s"),
    # Outbound calls (hook calls, webhook deliveries, chat robots): a job's last error.
    "outbound.refused": _("Refused (%(code)s): %(reason)s"),
    "outbound.failed": _("Failed: %(reason)s"),
    "outbound.unexpected": _("Unexpected error: %(problem)s"),
    "outbound.http_status": _("HTTP %(status)s"),
    "outbound.http_status_body": _("HTTP %(status)s: %(body)s"),
    "outbound.robot_error": _("%(kind)s answered %(key)s=%(value)s: %(detail)s"),
    "webhook.inactive": _("The webhook is inactive."),
    "webhook.secret_unreadable": _("The webhook's secret cannot be decrypted; rotate it."),
    "webhook.lost": _("Lost: the worker did not report back (stopped or timed out)."),
    # Script runs (flow-log notes of `script_failed`, a run's last error).
    "script.unknown": _("unknown script '%(script)s'"),
    "script.could_not_start": _("The script '%(script)s' could not be started: %(problem)s"),
    "script.switched_off": _("The script '%(script)s' is switched off; switch it on and retry."),
    "script.failed": _("Script '%(script)s' failed (%(outcome)s): %(problem)s"),
    "script.not_applied": _("The result of script '%(script)s' was not applied: %(problem)s"),
    "script.timeout": _("script did not finish within %(seconds)s s"),
    "script.output_limit": _("script wrote more than %(bytes)s bytes to %(stream)s"),
    "script.left_processes": _("script left processes running when it ended; they were killed"),
    "script.cpu_limit": _("script used more than %(seconds)s s of CPU time"),
    "script.memory_limit": _("script exceeded its memory limit of %(mib)s MiB"),
    "script.no_output": _("script printed nothing to stdout; expected one JSON object"),
    "script.not_json": _("stdout is not one JSON object: %(problem)s"),
    "script.not_object": _("stdout must be a JSON object, got %(type)s"),
    "script.unknown_keys": _("unknown keys in the script result: %(keys)s"),
    "script.bad_fields": _('"fields" must be a JSON object'),
    "script.bad_transition": _('"transition" must be a non-empty string or null'),
    "script.stalled": _("The worker stopped while running the script; retry it by hand."),
    # Timers (flow-log notes).
    "timer.failed": _("The timer could not act: %(problem)s"),
    "sla.breached": _("SLA breached."),
    # Notifications and channel tests (a job's last error).
    "notification.channel_inactive": _("The channel is inactive."),
    "notification.secret_unreadable": _("The channel's secret cannot be decrypted; set it again."),
    "notification.url_unreadable": _("The channel's URL cannot be decrypted; set it again."),
    "notification.no_email": _("None of the recipients has an email address."),
    "notification.unexpected": _("unexpected error: %(problem)s"),
    "channel_test.expired": _("The test did not run in time; try again later."),
    "channel_test.unexpected": _("The test failed unexpectedly."),
}

STORED_LANGUAGE = "en"  # the stored text: what old readers and unknown codes show


@dataclass(frozen=True)
class StoredText:
    """A text for a later reader: `code` (a key of TEMPLATES) and its `params` (JSON values)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English text (stored beside the code)."""
        with translation.override(STORED_LANGUAGE):
            return render(self.code, self.params, "")

    def as_param(self) -> dict[str, Any]:
        """This text as another one's parameter (rendered in the reader's language too)."""
        return {"code": self.code, "params": dict(self.params), "text": self.text}

    def __str__(self) -> str:
        return self.text


Text = str | StoredText


def text_of(value: Text) -> str:
    return value.text if isinstance(value, StoredText) else value


def columns(name: str, value: Text, *, limit: int | None = None) -> dict[str, Any]:
    """The columns a text is stored in: `name` (the English text, cut to `limit`), `name_code` and
    `name_params` ("" and {} for a plain text, such as a person's comment)."""
    text = text_of(value).replace("\x00", "")
    code = value.code if isinstance(value, StoredText) else ""
    params = _json(dict(value.params)) if isinstance(value, StoredText) else {}
    return {name: text[:limit] if limit else text, f"{name}_code": code, f"{name}_params": params}


def render(code: str | None, params: Any, stored: str) -> str:
    """The text in the active language: the template of `code` with `params`, else `stored`."""
    template = TEMPLATES.get(code or "")
    if template is None or not isinstance(params, dict):
        return stored
    try:
        return str(template) % {key: _value(value) for key, value in params.items()}
    except (KeyError, TypeError, ValueError):
        return stored  # a template reworded beyond its old parameters


def _value(value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("code"), str):
        return render(value["code"], value.get("params"), str(value.get("text", "")))
    return str(value)


def _json(value: Any) -> Any:
    """`value` as JSON that PostgreSQL stores (no NUL characters; texts for anything else)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, StoredText):
        return _json(value.as_param())
    if isinstance(value, dict):
        return {str(key): _json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return _json(str(value))


def shown(row: Any, name: str) -> str:
    """A row's stored text `name` in the active language (the reader's)."""
    return render(getattr(row, f"{name}_code", ""), getattr(row, f"{name}_params", None), getattr(row, name))


def code_of(row: Any, name: str) -> str | None:
    """The machine code of a row's stored text `name` (None: a plain text, or an old row)."""
    return getattr(row, f"{name}_code", "") or None


CODE_DOC = (
    "The machine code of the text beside it (null: a plain text, such as a remote's own words, or a "
    "row written before codes existed); the text is in the reader's language."
)


class LastErrorResolvers(Schema):
    """For a job's out-schema with `last_error: str` and `last_error_code: str | None` (scripts' runs,
    webhook deliveries, notifications): the text in the reader's language and its machine code."""

    @staticmethod
    def resolve_last_error(row: Any) -> str:
        return shown(row, "last_error")

    @staticmethod
    def resolve_last_error_code(row: Any) -> str | None:
        return code_of(row, "last_error")
