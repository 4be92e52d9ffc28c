"""What the compat API refuses beyond the contracts: switched off, another tenant's app, oversized
and deeply nested bodies, parallel replays; and what a refusal leaves behind (nothing)."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from engine.tickets.models import FlowLog, Ticket
from integrations.v2compat.auth import WINDOW_SECONDS
from integrations.v2compat.services import compat_settings_set
from integrations.v2compat.tests.factories import TOKEN, django_headers, signed_headers


def _rows() -> tuple[int, int]:
    with schema_context("it"):
        return Ticket.objects.count(), FlowLog.objects.count()


def _create_body(vpn: Any, **extra: Any) -> dict[str, Any]:
    return {"workflow_id": vpn.pk, "transition_id": 1, "vpn_reason": "remote work", **extra}


def test_switched_off_answers_404_on_every_path(vpn: Any, v2: Any) -> None:
    with schema_context("it"):
        compat_settings_set(enabled=False)
    for method, path in [
        ("GET", "/api/v1.0/tickets?category=duty"),
        ("POST", "/api/v1.0/tickets"),
        ("GET", "/api/v1.0/workflows/1/init_state"),
        ("GET", "/api/v1.0/anything/else"),
    ]:
        response = v2(method, path, _create_body(vpn) if method == "POST" else None)
        assert response.status_code == 404, (method, path)
        assert response.json()["error"]["code"] == "not_found"
    assert _rows() == (0, 0)


def test_a_tenant_without_the_switch_row_is_off(client_for: Any, db: None) -> None:
    response = client_for("hr").get(
        "/api/v1.0/tickets?category=duty", **django_headers(signed_headers("lilei"))
    )
    assert response.status_code == 404


def test_another_tenants_app_is_unknown_here(vpn: Any, client_for: Any) -> None:
    # `hr` has the compat API on and an app named like `it`'s, with another token.
    with schema_context("hr"):
        from integrations.v2compat.services import compat_app_create

        compat_settings_set(enabled=True)
        compat_app_create(name="hr-app", token="hr-token-0123456789abcdef")
    headers = django_headers(signed_headers("lilei", app="hr-app", token="hr-token-0123456789abcdef"))
    answer = client_for("it").get("/api/v1.0/tickets?category=owner", **headers).json()
    assert answer["code"] == -1
    assert "Appname:hr-app in request header is unauthorized" in answer["msg"]
    # `it`'s own app and token do not open `hr` either (hr has no app `ops`).
    answer = (
        client_for("hr")
        .get("/api/v1.0/tickets?category=owner", **django_headers(signed_headers("lilei")))
        .json()
    )
    assert answer["code"] == -1
    assert "Appname:ops" in answer["msg"]


def test_a_megabyte_string_is_refused_and_nothing_written(vpn: Any, v2: Any) -> None:
    response = v2("POST", "/api/v1.0/tickets", _create_body(vpn, vpn_reason="x" * 1_000_000))
    assert response.status_code == 413
    assert response.json() == {
        "code": -1,
        "data": {},
        "msg": "请求参数不合法:a text is longer than 65535 characters",
    }
    response = v2("POST", "/api/v1.0/tickets", _create_body(vpn, suggestion="y" * 20_000))
    assert response.status_code == 413
    assert response.json()["code"] == -1
    response = v2("POST", "/api/v1.0/tickets", _create_body(vpn, padding="z" * 2_000_000))
    assert response.status_code == 413
    assert response.json()["msg"] == "请求参数不合法:the body is too large"
    assert _rows() == (0, 0)


def test_deep_json_is_refused_and_nothing_written(vpn: Any, v2: Any) -> None:
    for depth in (40, 100_000):  # past our limit; past Python's recursion limit
        body = json.dumps(_create_body(vpn))[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}"
        response = v2("POST", "/api/v1.0/tickets", body)
        assert response.status_code == 400, depth
        assert response.json()["code"] == -1
        assert "nested more than 16 levels" in response.json()["msg"]
    assert _rows() == (0, 0)


def test_a_wrong_field_type_is_refused_and_nothing_written(vpn: Any, v2: Any) -> None:
    for body in (
        _create_body(vpn, transition_id=[1]),
        _create_body(vpn, vpn_reason={"a": 1}),
        _create_body(vpn, parent_ticket_id="x"),
        _create_body(vpn, workflow_id=2**70),
        _create_body(vpn, workflow_id=2**40),
        _create_body(vpn, transition_id=2**40),
        _create_body(vpn, parent_ticket_id=2**64),
    ):
        response = v2("POST", "/api/v1.0/tickets", body)
        assert response.status_code in (200, 400), body
        assert response.json()["code"] == -1, body
    assert _rows() == (0, 0)


def test_huge_ids_in_queries_are_refused_not_500(vpn: Any, v2: Any) -> None:
    for query in ("workflow_ids=99999999999", "state_ids=4294967296", "ticket_ids=99999999999999999999999"):
        response = v2("GET", f"/api/v1.0/tickets?category=owner&{query}")
        assert response.status_code == 400, query
        assert response.json()["code"] == -1
    assert v2("GET", "/api/v1.0/tickets/999999999999999999").json()["code"] == -1


def test_another_apps_ticket_is_answered_as_missing(vpn: Any, v2: Any) -> None:
    from integrations.v2compat.models import CompatApp

    created = v2("POST", "/api/v1.0/tickets", _create_body(vpn)).json()["data"]["ticket_id"]
    with schema_context("it"):
        CompatApp.objects.get(name="ops").workflows.clear()
    answer = v2("GET", f"/api/v1.0/tickets/{created}").json()
    assert answer["code"] == -1
    assert answer["msg"].startswith("ticket is not existed")


def test_parallel_replays_let_exactly_one_through() -> None:
    """The same signed write checked at once by several threads (Redis only, no rows needed):
    set-if-absent lets exactly one through."""
    from django.test import RequestFactory

    from integrations.v2compat.auth import check_signature
    from integrations.v2compat.envelope import V2Error
    from integrations.v2compat.models import CompatApp

    app = CompatApp(pk=41, name="ops")
    request = RequestFactory().post(
        "/api/v1.0/tickets",
        b'{"workflow_id": 1}',
        content_type="application/json",
        **django_headers(signed_headers("lilei")),
    )
    outcomes: list[str] = []
    barrier = threading.Barrier(8)

    def check() -> None:
        barrier.wait()
        try:
            check_signature(request, app, TOKEN)
            outcomes.append("passed")
        except V2Error as error:
            outcomes.append(error.msg)
        finally:
            connection.close()

    threads = [threading.Thread(target=check) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("passed") == 1
    assert all("already used (replay)" in outcome for outcome in outcomes if outcome != "passed")


def test_the_seen_signature_is_forgotten_after_its_window(vpn: Any, v2: Any) -> None:
    from core.redis import get_redis

    assert v2("GET", "/api/v1.0/workflows").json()["code"] == 0
    assert get_redis().keys("lf:v2sig:it:*") == []  # reads are not remembered
    v2("POST", "/api/v1.0/tickets", {"workflow_id": 1})
    keys = get_redis().keys("lf:v2sig:it:*")
    assert len(keys) == 1
    assert 0 < get_redis().ttl(keys[0]) <= 2 * WINDOW_SECONDS + 1


def test_the_token_is_stored_encrypted(vpn: Any) -> None:
    from integrations.v2compat.models import CompatApp

    with schema_context("it"):
        app = CompatApp.objects.get(name="ops")
        assert TOKEN not in app.token_encrypted
        assert app.token_hint == TOKEN[-4:]


def test_a_refused_request_does_not_use_up_a_fresh_signature_of_the_same_second(vpn: Any, v2: Any) -> None:
    """Refusals before the signature check (unknown app) leave nothing in Redis."""
    from core.redis import get_redis

    assert v2("GET", "/api/v1.0/workflows", HTTP_APPNAME="nobody").json()["code"] == -1
    assert get_redis().keys("lf:v2sig:*") == []


def test_reads_and_different_writes_in_the_same_second_pass_only_the_same_write_is_refused() -> None:
    """2.x signs only the timestamp, so a client's calls within one second share a signature."""
    from django.test import RequestFactory

    from integrations.v2compat.auth import check_signature
    from integrations.v2compat.envelope import V2Error
    from integrations.v2compat.models import CompatApp

    app = CompatApp(pk=42, name="ops")
    headers = django_headers(signed_headers("lilei"))
    factory = RequestFactory()

    def write(body: bytes, path: str = "/api/v1.0/tickets"):
        return factory.post(path, body, content_type="application/json", **headers)

    for _ in range(3):
        check_signature(factory.get("/api/v1.0/workflows", **headers), app, TOKEN)
    check_signature(write(b'{"a": 1}'), app, TOKEN)
    check_signature(write(b'{"a": 2}'), app, TOKEN)
    check_signature(write(b'{"a": 1}', "/api/v1.0/tickets/7/comments"), app, TOKEN)
    with pytest.raises(V2Error, match="already used"):
        check_signature(write(b'{"a": 1}'), app, TOKEN)
