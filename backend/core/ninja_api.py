"""django-ninja plumbing shared by the tenant and platform APIs: one error body for everything."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from core.errors import ApplicationError, application_error_response, error_response, status_error_response

logger = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    422: "validation_failed",
    429: "limit_exceeded",
}


def _field_problems(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pydantic errors, reduced to what a client can use: where, what, and a message."""
    problems = []
    for error in errors:
        loc = [part for part in error.get("loc", ()) if part not in {"body", "payload", "data"}]
        problems.append(
            {
                "loc": [str(part) for part in error.get("loc", ())],
                "field": ".".join(str(part) for part in loc),
                "type": str(error.get("type", "invalid")),
                "message": str(error.get("msg", "Invalid value.")),
            }
        )
    return problems


def build_api(*, title: str, version: str, urls_namespace: str, description: str, auth: Any) -> NinjaAPI:
    api = NinjaAPI(
        title=title,
        version=version,
        description=description,
        urls_namespace=urls_namespace,
        auth=auth,
        docs_url="/docs",
        openapi_url="/openapi.json",
    )

    @api.exception_handler(ApplicationError)
    def on_application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
        return application_error_response(exc)

    @api.exception_handler(ValidationError)
    def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return error_response(
            422, "validation_failed", "The request has invalid values.", _field_problems(exc.errors)
        )

    @api.exception_handler(AuthenticationError)
    def on_authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(401, "not_authenticated", "Authentication is required.")

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        code = _HTTP_CODES.get(exc.status_code, "error")
        if exc.status_code == 400:
            return error_response(400, "malformed_request", "The request body is not valid JSON.")
        if exc.status_code == 403 and "CSRF" in exc.message:
            return error_response(403, "csrf_failed", "CSRF verification failed.")
        return error_response(exc.status_code, code, exc.message)

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return status_error_response(404)

    @api.exception_handler(DjangoPermissionDenied)
    def on_permission_denied(request: HttpRequest, exc: DjangoPermissionDenied) -> HttpResponse:
        return error_response(403, "permission_denied", "You are not allowed to do this.")

    @api.exception_handler(RequestDataTooBig)
    def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return error_response(413, "payload_too_large", "The request body is too large.")

    @api.exception_handler(SuspiciousOperation)
    def on_suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
        return error_response(400, "bad_request", "The request is malformed.")

    @api.exception_handler(Exception)
    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "Something went wrong on our side.")

    return api
