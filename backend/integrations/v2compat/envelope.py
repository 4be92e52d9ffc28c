"""2.x's answer envelope `{"code", "data", "msg"}` and its errors.

2.x answers every handled error with HTTP 200 and `code: -1`; we do the same for those. Input 2.x
itself could not read (NUL, oversized or too deeply nested bodies, malformed JSON, non-integer
query values: 500s upstream) is answered in the same envelope with a 4xx status instead.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpResponse

AUTH_PREFIX = "permission check fail："  # noqa: RUF001 - 2.x's full-width colon, verbatim


class V2Error(Exception):
    """A `code: -1` answer: `msg`, HTTP `status` (200 as 2.x, 4xx for unreadable input)."""

    def __init__(self, msg: str, *, status: int = 200, data: Any = None) -> None:
        super().__init__(msg)
        self.msg = msg
        self.status = status
        self.data = {} if data is None else data


def bad_input(detail: str, *, status: int = 400) -> V2Error:
    return V2Error(f"请求参数不合法:{detail}", status=status)


def answer(data: Any, msg: Any = "", *, code: int = 0, status: int = 200) -> HttpResponse:
    # 2.x writes its bodies with json.dumps' defaults: keys in this order, non-ASCII escaped.
    body = json.dumps({"code": code, "data": data, "msg": msg})
    return HttpResponse(body, status=status, content_type="application/json")


def error_answer(error: V2Error) -> HttpResponse:
    return answer(error.data, error.msg, code=-1, status=error.status)
