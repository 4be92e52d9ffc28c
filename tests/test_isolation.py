"""Cross-tenant isolation: credentials and data of one tenant are worthless and invisible on another.

Both tenants have people with the same usernames (`admin`, `alice`) and the same password, so
nothing here passes merely because a name is unknown on the other side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django_tenants.utils import schema_context

from conftest import PASSWORD, error_of

API = "/api/v1"


@dataclass
class World:
    """What exists in `it` (ids, a live session, an app token), plus the markers of both tenants."""

    ids: dict[str, int]
    it_session: str
    it_token: str
    markers: tuple[str, ...]


def log_in(client: Client, username: str) -> Client:
    response = client.post(
        f"{API}/auth/login", {"username": username, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    return client


@pytest.fixture
def world(client_for, make_user, make_app) -> World:
    from core.access.models import AppGrant, AppToken, User
    from core.directory import services

    markers: list[str] = []
    people: dict[str, dict[str, Any]] = {}
    for key in ("it", "hr"):
        tag = f"{key.upper()}zq"
        admin = make_user(
            key, "admin", admin=True, display_name=f"{tag} Admin", email=f"admin@{key}-corp.test"
        )
        alice = make_user(key, "alice", display_name=f"{tag} Alice", email=f"alice@{key}-corp.test")
        people[key] = {"admin": admin, "alice": alice}
        markers += [f"{tag} Admin", f"{tag} Alice", f"{key}-corp.test"]

    with schema_context("hr"):
        hr_max = max(User.objects.values_list("pk", flat=True))
    with schema_context("it"):
        it_max = max(User.objects.values_list("pk", flat=True))
        # A person only `it` has, with an id no `hr` row has.
        carol = User.objects.create_user(
            username="carol", password=PASSWORD, pk=max(hr_max, it_max) + 1000, display_name="ITzq Carol"
        )
        department = services.department_create(code="itzq-secret-dept", name="ITzq Secret Department")
        role = services.role_create(code="itzq-secret-role", name="ITzq Secret Role")
        services.user_update(
            user=people["it"]["alice"], changes={"department_ids": [department.pk], "role_ids": [role.pk]}
        )
    markers += ["ITzq Carol", "itzq-secret-dept", "ITzq Secret Department", "itzq-secret-role"]

    app, token = make_app("it", "itzq-app", scopes=["admin"])
    with schema_context("it"):
        AppGrant.objects.create(app=app, workflow_key=AppGrant.ALL_WORKFLOWS)
        token_id = AppToken.objects.get(app=app).pk
    markers += ["itzq-app", token.split("_", 2)[2]]

    it_client = log_in(client_for("it"), "admin")
    assert it_client.get(f"{API}/me").status_code == 200

    ids = {
        "user": people["it"]["alice"].pk,
        "carol": carol.pk,
        "department": department.pk,
        "role": role.pk,
        "app": app.pk,
        "token": token_id,
    }
    return World(
        ids=ids,
        it_session=it_client.cookies[settings.SESSION_COOKIE_NAME].value,
        it_token=token,
        markers=tuple(markers),
    )


def assert_no_leak(response: Any, world: World) -> None:
    content = response.content.decode()
    for marker in (*world.markers, "alice", "carol"):
        assert marker not in content, (marker, content)


def assert_nothing_changed(world: World) -> None:
    from core.access.models import App, AppToken, User
    from core.directory.models import Department, Role

    with schema_context("it"):
        assert sorted(User.objects.filter(is_active=True).values_list("username", flat=True)) == [
            "admin",
            "alice",
            "carol",
        ]
        assert User.objects.get(username="alice").display_name == "ITzq Alice"
        assert Department.objects.get(pk=world.ids["department"]).name == "ITzq Secret Department"
        assert Role.objects.get(pk=world.ids["role"]).name == "ITzq Secret Role"
        app = App.objects.get(pk=world.ids["app"])
        assert (app.name, app.is_active, app.signing_secret_encrypted) == ("itzq-app", True, "")
        assert list(AppToken.objects.values_list("pk", "revoked_at")) == [(world.ids["token"], None)]
    with schema_context("hr"):
        assert sorted(User.objects.filter(is_active=True).values_list("username", flat=True)) == [
            "admin",
            "alice",
        ]
        assert User.objects.get(username="alice").display_name == "HRzq Alice"
        assert not Department.objects.exists()
        assert not Role.objects.exists()
        assert not App.objects.exists()


# Every tenant endpoint, with ids of rows that exist in `it` and valid bodies.
ENDPOINTS = [
    ("get", "/me", None),
    ("post", "/auth/logout", None),
    ("get", "/users", None),
    ("get", "/users?q=alice", None),
    ("post", "/users", {"username": "mallory", "password": "mallory-password"}),
    ("get", "/users/{user}", None),
    ("patch", "/users/{user}", {"display_name": "pwned"}),
    ("delete", "/users/{user}", None),
    ("get", "/departments", None),
    ("post", "/departments", {"code": "pwned", "name": "Pwned"}),
    ("get", "/departments/{department}", None),
    ("patch", "/departments/{department}", {"name": "pwned"}),
    ("delete", "/departments/{department}", None),
    ("get", "/roles", None),
    ("post", "/roles", {"code": "pwned", "name": "Pwned"}),
    ("get", "/roles/{role}", None),
    ("patch", "/roles/{role}", {"name": "pwned"}),
    ("delete", "/roles/{role}", None),
    ("post", "/directory/sync", {"users": [{"username": "mallory"}], "full": True}),
    ("get", "/directory/sync/last", None),
    ("get", "/apps", None),
    ("post", "/apps", {"name": "evil", "scopes": ["admin"]}),
    ("get", "/apps/{app}", None),
    ("patch", "/apps/{app}", {"is_active": False}),
    ("delete", "/apps/{app}", None),
    ("get", "/apps/{app}/tokens", None),
    ("post", "/apps/{app}/tokens", {"name": "stolen"}),
    ("delete", "/apps/{app}/tokens/{token}", None),
    ("post", "/apps/{app}/signing-secret", None),
    ("get", "/apps/{app}/grants", None),
    ("put", "/apps/{app}/grants", {"grants": [{"workflow_key": "*"}]}),
]
ENDPOINT_IDS = [f"{method.upper()} {path}" for method, path, _ in ENDPOINTS]


def call(client: Client, method: str, path: str, body: Any, world: World, **extra: str) -> Any:
    url = API + path.format(**world.ids)
    if body is None:
        return getattr(client, method)(url, **extra)
    return getattr(client, method)(url, body, content_type="application/json", **extra)


# ---- credentials of `it` on the `hr` host -------------------------------------------------------


def test_same_usernames_are_different_people(client_for, world):
    it_me = log_in(client_for("it"), "alice").get(f"{API}/me").json()
    hr_me = log_in(client_for("hr"), "alice").get(f"{API}/me").json()
    assert (it_me["tenant"], it_me["user"]["display_name"]) == ("it", "ITzq Alice")
    assert (hr_me["tenant"], hr_me["user"]["display_name"]) == ("hr", "HRzq Alice")
    assert [d["code"] for d in it_me["departments"]] == ["itzq-secret-dept"]
    assert hr_me["departments"] == []
    assert hr_me["roles"] == []


def test_it_session_is_worthless_on_hr(client_for, world):
    hr = client_for("hr")
    hr.cookies[settings.SESSION_COOKIE_NAME] = world.it_session
    response = hr.get(f"{API}/me")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert_no_leak(response, world)

    # The session still works where it was issued.
    it = client_for("it")
    it.cookies[settings.SESSION_COOKIE_NAME] = world.it_session
    assert it.get(f"{API}/me").json()["user"]["display_name"] == "ITzq Admin"


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS, ids=ENDPOINT_IDS)
def test_it_session_replayed_on_hr_is_refused_everywhere(client_for, world, method, path, body):
    hr = client_for("hr")
    hr.cookies[settings.SESSION_COOKIE_NAME] = world.it_session
    response = call(hr, method, path, body, world)
    assert response.status_code == 401, response.content
    error = error_of(response)
    assert error["code"] == "not_authenticated"
    assert error["details"] is None
    assert_no_leak(response, world)
    assert_nothing_changed(world)


@pytest.mark.parametrize("acting_as", [None, "admin"])
@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS, ids=ENDPOINT_IDS)
def test_it_token_on_hr_is_invalid_everywhere(client_for, world, method, path, body, acting_as):
    extra = {"HTTP_AUTHORIZATION": f"Bearer {world.it_token}"}
    if acting_as:
        extra["HTTP_X_ACTING_USER"] = acting_as
    response = call(client_for("hr"), method, path, body, world, **extra)
    assert response.status_code == 401, response.content
    error = error_of(response)
    assert error["code"] == "invalid_token"
    assert error["details"] is None
    assert_no_leak(response, world)
    assert_nothing_changed(world)


def test_it_token_works_on_it(client_for, world):
    response = client_for("it").get(f"{API}/me", HTTP_AUTHORIZATION=f"Bearer {world.it_token}")
    assert response.status_code == 200
    assert response.json()["app"] == "itzq-app"


def test_session_bound_to_another_tenant_is_refused(client_for, world):
    """Even a session row that exists in hr's own table is refused if it was bound to `it`."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from core.access.auth import SESSION_TENANT_KEY
    from core.access.models import User

    def session_in_hr(bound_to: str) -> str:
        with schema_context("hr"):
            admin = User.objects.get(username="admin")
            store = SessionStore()
            store[SESSION_KEY] = str(admin.pk)
            store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            store[HASH_SESSION_KEY] = admin.get_session_auth_hash()
            store[SESSION_TENANT_KEY] = bound_to
            store.create()
            return store.session_key

    hr = client_for("hr")
    hr.cookies[settings.SESSION_COOKIE_NAME] = session_in_hr("it")
    response = hr.get(f"{API}/users")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"

    # The same session bound to hr is accepted: the binding is what refused the first one.
    hr.cookies[settings.SESSION_COOKIE_NAME] = session_in_hr("hr")
    assert hr.get(f"{API}/me").json()["user"]["display_name"] == "HRzq Admin"


def test_it_only_user_cannot_log_in_on_hr(client_for, world):
    response = client_for("hr").post(
        f"{API}/auth/login", {"username": "carol", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"


def test_login_rate_limit_is_per_tenant(client_for, world, settings):
    settings.LOGIN_BACKOFF_BASE_SECONDS = 60  # the lockout outlasts the test, however slow the machine
    it = client_for("it")
    for _ in range(settings.LOGIN_FREE_FAILURES + 1):
        it.post(
            f"{API}/auth/login",
            {"username": "alice", "password": "wrong-pw"},
            content_type="application/json",
        )
    response = it.post(
        f"{API}/auth/login", {"username": "alice", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 429
    assert error_of(response)["code"] == "too_many_attempts"
    log_in(client_for("hr"), "alice")


# ---- hr's own admin cannot see or touch it's data -------------------------------------------------


@pytest.fixture
def hr_admin(client_for, world) -> Client:
    return log_in(client_for("hr"), "admin")


@pytest.mark.parametrize(
    ("path", "item_key"),
    [("/users", "username"), ("/departments", "code"), ("/roles", "code"), ("/apps", "name")],
)
def test_hr_lists_show_only_hr_data(hr_admin, world, path, item_key):
    response = hr_admin.get(API + path)
    assert response.status_code == 200
    body = response.json()
    items = body["items"] if path == "/users" else body
    expected = {"/users": ["admin", "alice"]}.get(path, [])
    assert sorted(item[item_key] for item in items) == expected
    assert_no_leak_except_hr(response, world)


def assert_no_leak_except_hr(response: Any, world: World) -> None:
    content = response.content.decode()
    for marker in world.markers:
        if marker.startswith("HRzq") or marker == "hr-corp.test":
            continue
        assert marker not in content, (marker, content)


def test_hr_user_search_finds_no_it_people(hr_admin, world):
    for q in ("carol", "ITzq", "it-corp"):
        response = hr_admin.get(f"{API}/users", {"q": q})
        assert response.status_code == 200
        assert response.json()["items"] == [], q


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/users/{carol}", None),
        ("patch", "/users/{carol}", {"display_name": "pwned"}),
        ("delete", "/users/{carol}", None),
        ("get", "/departments/{department}", None),
        ("patch", "/departments/{department}", {"name": "pwned"}),
        ("delete", "/departments/{department}", None),
        ("get", "/roles/{role}", None),
        ("patch", "/roles/{role}", {"name": "pwned"}),
        ("delete", "/roles/{role}", None),
        ("get", "/apps/{app}", None),
        ("patch", "/apps/{app}", {"is_active": False}),
        ("delete", "/apps/{app}", None),
        ("get", "/apps/{app}/tokens", None),
        ("post", "/apps/{app}/tokens", {"name": "stolen"}),
        ("delete", "/apps/{app}/tokens/{token}", None),
        ("post", "/apps/{app}/signing-secret", None),
        ("get", "/apps/{app}/grants", None),
        ("put", "/apps/{app}/grants", {"grants": [{"workflow_key": "*"}]}),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_it_rows_are_404_for_hr_admin(hr_admin, world, method, path, body):
    from core.access.models import App, User
    from core.directory.models import Department, Role

    with schema_context("hr"):
        assert not User.objects.filter(pk=world.ids["carol"]).exists()
        assert not Department.objects.filter(pk=world.ids["department"]).exists()
        assert not Role.objects.filter(pk=world.ids["role"]).exists()
        assert not App.objects.filter(pk=world.ids["app"]).exists()
    response = call(hr_admin, method, path, body, world)
    assert response.status_code == 404, response.content
    assert error_of(response)["code"] == "not_found"
    assert_no_leak(response, world)
    assert_nothing_changed(world)


def test_hr_cannot_reference_it_rows(hr_admin, world):
    from core.directory.models import Department

    response = hr_admin.post(
        f"{API}/departments",
        {"code": "ops", "name": "Ops", "leader_id": world.ids["carol"]},
        content_type="application/json",
    )
    assert response.status_code == 422, response.content
    assert error_of(response)["code"] == "validation_failed"
    with schema_context("hr"):
        assert not Department.objects.exists()


def test_department_created_in_it_is_absent_from_hr(client_for, world, hr_admin):
    it_admin = log_in(client_for("it"), "admin")
    response = it_admin.post(
        f"{API}/departments", {"code": "fresh", "name": "Fresh"}, content_type="application/json"
    )
    assert response.status_code == 201
    department_id = response.json()["id"]
    assert it_admin.get(f"{API}/departments/{department_id}").status_code == 200

    response = hr_admin.get(f"{API}/departments/{department_id}")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"
    assert hr_admin.get(f"{API}/departments").json() == []


def test_full_sync_on_hr_leaves_it_untouched(client_for, make_app, world):
    from core.access.models import User

    _, hr_token = make_app("hr", "hr-sync", scopes=["directory:write"])
    payload = {
        "users": [{"username": "admin"}, {"username": "dave"}],
        "departments": [{"code": "itzq-secret-dept", "name": "Taken over"}],
        "full": True,
    }
    response = client_for("hr").post(
        f"{API}/directory/sync",
        payload,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {hr_token}",
    )
    assert response.status_code == 200, response.content
    with schema_context("hr"):
        assert sorted(User.objects.filter(is_active=True).values_list("username", flat=True)) == [
            "admin",
            "dave",
        ]
    with schema_context("it"):
        from core.directory.models import Department

        assert sorted(User.objects.filter(is_active=True).values_list("username", flat=True)) == [
            "admin",
            "alice",
            "carol",
        ]
        assert not User.objects.filter(username="dave").exists()
        assert Department.objects.get(code="itzq-secret-dept").name == "ITzq Secret Department"
