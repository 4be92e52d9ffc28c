"""django-ninja plumbing shared by the tenant and platform APIs: one error body for everything."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema
from ninja.operation import Operation
from ninja.parser import Parser

from core.errors import (
    STATUS_ERRORS,
    ApplicationError,
    application_error_response,
    error_response,
    status_error_response,
)
from core.i18n_validation import problem_message

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
                "message": problem_message(error),
            }
        )
    return problems


def absent_or_value(*names: str) -> Callable[[dict[str, Any]], None]:
    """`json_schema_extra` for PATCH fields that may be absent but not null (a validator refuses null):
    the OpenAPI document then says so instead of offering null."""

    def edit(schema: dict[str, Any]) -> None:
        for name in names:
            field = schema["properties"][name]
            values = [variant for variant in field.get("anyOf", []) if variant.get("type") != "null"]
            if len(values) == 1:
                del field["anyOf"]
                field.update(values[0])

    return edit


# ---- the error answers every operation documents ------------------------------------------------


class ErrorBody(Schema):
    code: str
    message: str
    # null, a list of field problems ({loc, field, type, message}) for a 422, or an object.
    details: Any = None


class ErrorOut(Schema):
    error: ErrorBody


def _if_match(*, required: bool) -> dict[str, Any]:
    return {
        "parameters": [
            {
                "in": "header",
                "name": "If-Match",
                "required": required,
                "description": "The ETag (row version) you last read; 412 when it is stale.",
                "schema": {"type": "string"},
            }
        ]
    }


# `openapi_extra` of an operation that reads If-Match (412 when stale; 428 when it is required).
IF_MATCH = _if_match(required=False)
IF_MATCH_REQUIRED = _if_match(required=True)

_WRITES = {"post", "put", "patch", "delete"}
_ERROR_DESCRIPTIONS = {
    400: "Malformed request (body not JSON, bad Idempotency-Key or cursor)",
    401: "Not authenticated (or wrong credentials)",
    403: "Not allowed (role, scope, CSRF)",
    404: "No such object, named in the path or the body (or not visible to the caller)",
    409: "Conflict with the object's state (or a request with this Idempotency-Key is running)",
    412: "If-Match is stale",
    413: "Request body too large",
    422: "Invalid values (details name each field)",
    428: "If-Match is required",
    429: "A rate or quota limit was reached",
}


def _body_names_objects(operation: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """Whether the JSON body refers to objects by id (`workflow_id`, `role_ids`...): those can be 404."""
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    ref = body.get("$ref", "")
    properties = schemas.get(ref.rsplit("/", 1)[-1], {}).get("properties", {}) if ref else {}
    return any(name.endswith("_id") for name in properties)


def _error_statuses(method: str, operation: dict[str, Any], schemas: dict[str, Any]) -> set[int]:
    """The error statuses this operation can really answer, from what it takes and how it is guarded.

    Every request passes the input guard (422 for any header), so 422 is always possible; the rest
    follow from the operation's shape: credentials, path ids, bodies, writes, If-Match.
    """
    parameters = operation.get("parameters", [])
    has_body = "requestBody" in operation
    statuses = {422}
    if operation.get("security") or method in _WRITES:
        statuses |= {401, 403}  # credentials, roles and scopes; CSRF on writes (login included)
    if any(parameter["in"] == "path" for parameter in parameters) or _body_names_objects(operation, schemas):
        statuses.add(404)
    if has_body:
        statuses |= {400, 413}
    if method == "post":
        statuses |= {400, 429}  # Idempotency-Key; creation quotas and login attempts
    if method in _WRITES:
        statuses.add(409)
    return statuses | _parameter_statuses(parameters)


def _parameter_statuses(parameters: list[dict[str, Any]]) -> set[int]:
    """What pagination and If-Match parameters add."""
    statuses: set[int] = set()
    for parameter in parameters:
        if parameter["in"] == "query" and parameter["name"] in {"cursor", "limit"}:
            statuses.add(400)  # core.pagination: a cursor it did not issue, a limit out of range
        if parameter["in"] == "header" and parameter["name"] == "If-Match":
            statuses.add(412)
            if parameter.get("required"):
                statuses.add(428)
    return statuses


def _no_null_body(operation: dict[str, Any]) -> None:
    """An optional body is sent or left out; ObjectBodyParser refuses a JSON `null` body."""
    content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    variants = content.get("schema", {}).get("anyOf", [])
    values = [variant for variant in variants if variant.get("type") != "null"]
    if variants and len(values) == 1:
        content["schema"] = values[0]


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the error answers (with the one error body) to every operation of an OpenAPI document."""
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["ErrorOut"] = error_schema
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            _no_null_body(operation)
            responses = operation.setdefault("responses", {})
            for status in sorted(_error_statuses(method, operation, schemas)):
                if status not in responses and str(status) not in responses:  # ninja's keys are ints
                    responses[status] = {"description": _ERROR_DESCRIPTIONS[status], "content": body}
    return schema


# No document the API takes nests anywhere near this; deeper ones would only meet recursion limits
# further in (validation, serialisation, jsonb).
MAX_JSON_DEPTH = 64


def json_too_deep(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when containers nest more than `limit` levels (walked iteratively: no recursion limit)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class ObjectBodyParser(Parser):
    """Every JSON body the API takes is an object: `[null, null]` was read as an empty payload, and an
    empty body was a 400 even where the body is optional."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        if not request.body:
            return {}  # no body: an optional one is absent, a required one misses its fields (422)
        try:
            data = super().parse_body(request)
        except RecursionError:  # json's C scanner gives up around 1,000 levels: not a 500
            data = None
            too_deep = True
        else:
            too_deep = json_too_deep(data)
        if too_deep:
            raise ValidationError(
                [
                    {
                        "loc": ("body",),
                        "type": "json_depth",
                        "ctx": {"limit": MAX_JSON_DEPTH},
                        "msg": f"The body is nested more than {MAX_JSON_DEPTH} levels deep.",
                    }
                ]
            )
        if not isinstance(data, dict):
            raise ValidationError(
                [{"loc": ("body",), "type": "object_type", "msg": "The body must be a JSON object."}]
            )
        return data


class LoonflowAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI document lists, for each operation, the errors it can answer, and keeps
    each operation's published id (`pinned_ids`: the id ninja derives from the view's module path →
    the id v1 clients know), so moving an endpoint between modules does not rename it."""

    def __init__(self, *args: Any, pinned_ids: Mapping[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pinned_ids = dict(pinned_ids or {})

    def get_openapi_operation_id(self, operation: Operation) -> str:
        derived = super().get_openapi_operation_id(operation)
        return self.pinned_ids.get(derived, derived)

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        document_errors(schema)
        return schema


def build_api(
    *,
    title: str,
    version: str,
    urls_namespace: str,
    description: str,
    auth: Any,
    pinned_ids: Mapping[str, str] | None = None,
) -> NinjaAPI:
    api = LoonflowAPI(
        pinned_ids=pinned_ids,
        title=title,
        version=version,
        description=description,
        urls_namespace=urls_namespace,
        auth=auth,
        parser=ObjectBodyParser(),
        docs_url="/docs",
        openapi_url="/openapi.json",
    )

    @api.exception_handler(ApplicationError)
    def on_application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
        return application_error_response(exc)

    @api.exception_handler(ValidationError)
    def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return error_response(
            422, "validation_failed", _("The request has invalid values."), _field_problems(exc.errors)
        )

    @api.exception_handler(AuthenticationError)
    def on_authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(401, "not_authenticated", _("Authentication is required."))

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        code = _HTTP_CODES.get(exc.status_code, "error")
        if exc.status_code == 400:
            # ninja wraps whatever the body parser raised; ObjectBodyParser's refusals say why.
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                problems = _field_problems(cause.errors)
                return error_response(400, "malformed_request", problems[0]["message"], problems)
            return error_response(400, "malformed_request", _("The request body is not valid JSON."))
        if exc.status_code == 403 and "CSRF" in exc.message:
            return error_response(403, "csrf_failed", _("CSRF verification failed."))
        # ninja's own refusals are English sentences: the generic one of their status, translated.
        known = STATUS_ERRORS.get(exc.status_code)
        return error_response(exc.status_code, code, str(known[1]) if known else exc.message)

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return status_error_response(404)

    @api.exception_handler(DjangoPermissionDenied)
    def on_permission_denied(request: HttpRequest, exc: DjangoPermissionDenied) -> HttpResponse:
        return error_response(403, "permission_denied", _("You are not allowed to do this."))

    @api.exception_handler(RequestDataTooBig)
    def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return error_response(413, "payload_too_large", _("The request body is too large."))

    @api.exception_handler(SuspiciousOperation)
    def on_suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
        return error_response(400, "bad_request", _("The request is malformed."))

    @api.exception_handler(Exception)
    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", _("Something went wrong on our side."))

    return api
