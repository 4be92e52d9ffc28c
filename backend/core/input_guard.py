"""Refuse text PostgreSQL cannot store, at the edge, before any view or query sees it.

PostgreSQL refuses NUL (U+0000) in `text` and `jsonb`, and a lone UTF-16 surrogate (`"\\ud800"` in
JSON) cannot be encoded to UTF-8 at all: either one, reaching a query, was a 500. This middleware
answers 422 with the one error body instead, naming where the bad value was (`loc`: query, path,
header, cookie, body + JSON path, form, file), so no endpoint has to think about it.

It is cheap on the hot path: substring scans of the query string, path and headers, and one byte
scan of a JSON body; the body is only parsed to locate the field after the scan found something.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _

from core.errors import error_response

# A NUL byte, a URL-encoded NUL, a JSON-escaped NUL, or a JSON-escaped surrogate (paired ones are
# fine: the parse below tells them apart).
_BODY_SUSPECT = re.compile(rb"\x00|%00|\\u0000|\\u[dD][89a-fA-F]")
_MESSAGE = "Text may not contain NUL characters or unpaired surrogates."

Loc = tuple[str, ...]


def bad_text(value: str) -> bool:
    """True for text PostgreSQL would refuse: a NUL, or a lone surrogate (not encodable as UTF-8)."""
    if "\x00" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _label(value: str) -> str:
    """A key that may itself be bad, made safe to echo back in the error body and logs."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\u0000")


def json_problems(value: Any, loc: Loc = ()) -> Iterator[Loc]:
    """Where, in a parsed JSON document, a key or a string value is bad text."""
    if isinstance(value, str):
        if bad_text(value):
            yield loc
    elif isinstance(value, dict):
        for key, item in value.items():
            if bad_text(key):
                yield (*loc, _label(key))
            else:
                yield from json_problems(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from json_problems(item, (*loc, str(index)))


def _pairs_problems(source: str, pairs: Any) -> Iterator[Loc]:
    """Bad keys or values of a QueryDict-like (query string, form fields, headers, cookies)."""
    for key, values in pairs:
        for value in values if isinstance(values, list) else [values]:
            if bad_text(key) or (isinstance(value, str) and bad_text(value)):
                yield (source, _label(key))
                break


def _body_problems(request: HttpRequest) -> Iterator[Loc]:
    content_type = request.content_type or ""
    if content_type == "multipart/form-data":
        yield from _multipart_problems(request)
        return
    try:
        body = request.body
    except RequestDataTooBig:
        return  # the API answers 413 for this itself
    if not body or _BODY_SUSPECT.search(body) is None:
        return
    if content_type == "application/x-www-form-urlencoded":
        yield from _pairs_problems("form", request.POST.lists())
        return
    yield from _json_body_problems(body)


def _multipart_problems(request: HttpRequest) -> Iterator[Loc]:
    # Upload contents are bytes and never text to the database; field values and file names are.
    yield from _pairs_problems("form", request.POST.lists())
    for field, files in request.FILES.lists():
        if bad_text(field) or any(bad_text(upload.name or "") for upload in files):
            yield ("file", _label(field))


def _json_body_problems(body: bytes) -> Iterator[Loc]:
    try:
        document = json.loads(body)
    except RecursionError:
        return  # nested too deeply to be a document: the body parser answers 422 for it
    except ValueError:
        if b"\x00" in body:  # no parser will make text of it
            yield ("body",)
        return  # not JSON: the API answers 400 for it
    for loc in json_problems(document):
        yield ("body", *loc)


def request_problems(request: HttpRequest, path_params: dict[str, Any]) -> list[Loc]:
    problems: list[Loc] = []
    query = request.META.get("QUERY_STRING", "")
    if "%00" in query or "\x00" in query:
        problems.extend(_pairs_problems("query", request.GET.lists()))
    if "\x00" in request.path_info:
        bad = [name for name, value in path_params.items() if isinstance(value, str) and bad_text(value)]
        problems.extend(("path", name) for name in bad or ["path"])
    for name, value in request.META.items():
        if name.startswith("HTTP_") and isinstance(value, str) and "\x00" in value:
            header = name[5:].replace("_", "-").title()
            problems.append(("cookie",) if header == "Cookie" else ("header", header))
    if request.method in {"POST", "PUT", "PATCH", "DELETE"}:
        # A body Django cannot parse is left to the view, which meets the same error and answers it.
        with contextlib.suppress(MultiPartParserError, SuspiciousOperation):
            problems.extend(_body_problems(request))
    return problems


def problem_details(problems: list[Loc]) -> list[dict[str, Any]]:
    """The same shape as every other 422's details (see core.ninja_api / core.errors.field_problem)."""
    return [
        {
            "loc": list(loc),
            "field": ".".join(loc[1:]) or loc[0],
            "type": "invalid_character",
            "message": _MESSAGE,
        }
        for loc in problems
    ]


class InputGuardMiddleware:
    """Runs as a view middleware: the URL is resolved by then, so a path parameter has its name."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: dict[str, Any]
    ) -> HttpResponse | None:
        if getattr(view, "checks_own_input", False):
            return None  # it answers in its own error shape (integrations.v2compat)
        problems = request_problems(request, kwargs)
        if not problems:
            return None
        return error_response(
            422, "validation_failed", _("The request has invalid values."), problem_details(problems)
        )
