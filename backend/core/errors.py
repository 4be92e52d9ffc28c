"""The one application error type and the one JSON error body.

Every failure the API reports has the shape
`{"error": {"code": "<snake_case>", "message": "<human text>", "details": ...}}`.
Services raise `ApplicationError` (or a subclass); the API layer maps it to that body.
"""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class ApplicationError(Exception):
    status = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.details = details
        self.headers = headers or {}  # e.g. Retry-After on a 429


class NotAuthenticated(ApplicationError):
    status = 401
    code = "not_authenticated"


class PermissionDenied(ApplicationError):
    status = 403
    code = "permission_denied"


class NotFound(ApplicationError):
    status = 404
    code = "not_found"


class Conflict(ApplicationError):
    status = 409
    code = "conflict"


class PreconditionFailed(ApplicationError):
    status = 412
    code = "precondition_failed"


class ValidationFailed(ApplicationError):
    status = 422
    code = "validation_failed"


class LimitExceeded(ApplicationError):
    status = 429
    code = "limit_exceeded"


def field_problem(field: str, message: str, type_: str = "invalid") -> dict[str, Any]:
    """One entry of a 422's `details`: where (`loc`, dotted `field`), what (`type`), and a message."""
    return {"loc": ["body", *field.split(".")], "field": field, "type": type_, "message": message}


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    # str(): a lazy translation is written out now, in the request's language.
    return {"error": {"code": code, "message": str(message), "details": details}}


def error_response(status: int, code: str, message: str, details: Any = None) -> JsonResponse:
    return JsonResponse(error_body(code, message, details), status=status)


# The code and message of an error answered without a more specific one (outside the API layer).
# Messages are lazy: written in the language of the request that meets them.
STATUS_ERRORS = {
    400: ("bad_request", gettext_lazy("The request is malformed.")),
    401: ("not_authenticated", gettext_lazy("Authentication is required.")),
    403: ("permission_denied", gettext_lazy("You are not allowed to do this.")),
    404: ("not_found", gettext_lazy("Nothing is here.")),
    405: ("method_not_allowed", gettext_lazy("This method is not allowed here.")),
    413: ("payload_too_large", gettext_lazy("The request body is too large.")),
    500: ("internal_error", gettext_lazy("Something went wrong on our side.")),
}


def status_error_response(status: int) -> JsonResponse:
    """The one error body for a bare status code."""
    if status in STATUS_ERRORS:
        code, message = STATUS_ERRORS[status]
        return error_response(status, code, str(message))
    return error_response(
        status, "error", _("The request failed with status %(status)s.") % {"status": status}
    )


def application_error_response(exc: ApplicationError) -> JsonResponse:
    response = error_response(exc.status, exc.code, exc.message, exc.details)
    for name, value in exc.headers.items():
        response[name] = value
    return response
