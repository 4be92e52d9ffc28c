"""attachment values: lists of {name, url, size, content_type} objects."""

from __future__ import annotations

from typing import Any, TypedDict
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import (
    INVALID_TYPE,
    INVALID_VALUE,
    MAX_ATTACHMENT_CONTENT_TYPE,
    MAX_ATTACHMENT_NAME,
    MAX_ATTACHMENT_URL,
    MAX_LIST_ITEMS,
    UNKNOWN_FIELD,
    ValueProblem,
    raise_problems,
    read_list,
    show,
    under,
    wrong_type,
)
from engine.workflows.definitions.schema import FieldDef

_ATTACHMENT_KEYS = ("name", "url", "size", "content_type")


class Attachment(TypedDict):
    name: str
    url: str
    size: int
    content_type: str


def _key_problems(item: dict[Any, Any]) -> list[ValueProblem]:
    problems = [
        ValueProblem(str(key), _("Not an attribute of an attachment."), UNKNOWN_FIELD)
        for key in item
        if key not in _ATTACHMENT_KEYS
    ]
    problems += [
        ValueProblem(key, _("An attachment needs %(key)s.") % {"key": repr(key)}, INVALID_VALUE)
        for key in _ATTACHMENT_KEYS
        if key not in item
    ]
    return problems


def _name_problem(name: Any) -> ValueProblem | None:
    if not isinstance(name, str) or not name:
        return ValueProblem("name", _("The name must be a non-empty string."), INVALID_VALUE)
    if len(name) > MAX_ATTACHMENT_NAME or "\x00" in name:
        return ValueProblem(
            "name",
            _("The name must be at most %(value)s characters.") % {"value": MAX_ATTACHMENT_NAME},
            INVALID_VALUE,
        )
    return None


def _url_problem(url: Any) -> ValueProblem | None:
    if _is_http_url(url):
        return None
    return ValueProblem(
        "url",
        _("Expected an http(s) URL of at most %(value)s characters.") % {"value": MAX_ATTACHMENT_URL},
        INVALID_VALUE,
    )


def _size_problem(size: Any) -> ValueProblem | None:
    if isinstance(size, int) and not isinstance(size, bool) and size >= 0:
        return None
    return ValueProblem("size", _("The size must be a whole number of bytes (>= 0)."), INVALID_VALUE)


def _content_type_problem(content_type: Any) -> ValueProblem | None:
    if (
        isinstance(content_type, str)
        and len(content_type) <= MAX_ATTACHMENT_CONTENT_TYPE
        and "\x00" not in content_type
    ):
        return None
    return ValueProblem(
        "content_type",
        _("The content type must be a string of at most %(value)s characters.")
        % {"value": MAX_ATTACHMENT_CONTENT_TYPE},
        INVALID_VALUE,
    )


# The check of each attribute's value, in the order problems are reported (only for present keys).
_ATTRIBUTE_CHECKS = (
    ("name", _name_problem),
    ("url", _url_problem),
    ("size", _size_problem),
    ("content_type", _content_type_problem),
)


def _attachment_problems(item: Any) -> list[ValueProblem]:
    if not isinstance(item, dict):
        return [
            ValueProblem(
                "", _("Expected an attachment object, got %(value)s.") % {"value": show(item)}, INVALID_TYPE
            )
        ]
    problems = _key_problems(item)
    for key, check in _ATTRIBUTE_CHECKS:
        if key in item and (problem := check(item[key])) is not None:
            problems.append(problem)
    return problems


def _is_http_url(url: Any) -> bool:
    if (
        not isinstance(url, str)
        or len(url) > MAX_ATTACHMENT_URL
        or not url.isascii()
        or not url.isprintable()
    ):
        return False
    if any(char.isspace() for char in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def read_attachments(field: FieldDef, raw: Any, strict: bool) -> list[Attachment]:
    items = read_list(raw, "a list of attachments", MAX_LIST_ITEMS)
    if strict:
        problems = [
            problem
            for index, item in enumerate(items)
            for problem in under(str(index), _attachment_problems(item))
        ]
        raise_problems(_("Some attachments are not valid."), problems)
    elif not all(isinstance(item, dict) for item in items):
        raise wrong_type("a list of attachment objects", raw)
    return [
        Attachment(
            name=item.get("name"),
            url=item.get("url"),
            size=item.get("size"),
            content_type=item.get("content_type"),
        )
        for item in items
    ]
