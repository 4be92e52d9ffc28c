"""/scim/v2/ end to end: discovery, Users and Groups with filters, pagination, PUT, PATCH, DELETE,
ETags, errors in SCIM's shape, tenant isolation, and Okta / Azure style request sequences."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from core.audit.models import AuditRecord
from core.directory.models import Role
from integrations.common.models import FeedIdentity
from integrations.scim.tests.conftest import patch, user_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def scim(scim_for: Any, tenant_it: Any) -> Any:
    return scim_for("it")


def test_discovery_documents(scim: Any) -> None:
    config = scim.call("GET", "/ServiceProviderConfig")
    assert config.status_code == 200
    assert config["Content-Type"] == "application/scim+json"
    assert config.json()["patch"]["supported"] is True
    assert config.json()["filter"]["supported"] is True
    types = scim.call("GET", "/ResourceTypes").json()
    assert {item["id"] for item in types["Resources"]} == {"User", "Group"}
    schema = scim.call("GET", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").json()
    assert schema["name"] == "User"


def test_no_token_a_wrong_one_or_another_tenants_is_401(
    scim_for: Any, tenant_it: Any, tenant_hr: Any, client_for: Any
) -> None:
    assert client_for("it").get("/scim/v2/Users").status_code == 401
    hr = scim_for("hr")
    hr.client.defaults["HTTP_HOST"] = "it.localhost"  # tenant hr's token on tenant it's host
    answer = hr.get("/Users")
    assert answer.status_code == 401
    assert answer.json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert answer.json()["status"] == "401"


def test_okta_style_sequence(scim: Any) -> None:
    # Okta looks the user up, creates them, reads them, deactivates them with PUT/PATCH active=false.
    found = scim.get("/Users", filter='userName eq "jane@example.com"', startIndex=1, count=100).json()
    assert found["totalResults"] == 0
    assert found["Resources"] == []
    created = scim.call("POST", "/Users", user_body("jane@example.com", externalId="00u1"))
    assert created.status_code == 201, created.content
    body = created.json()
    assert created["Location"].endswith(f"/scim/v2/Users/{body['id']}")
    assert body["userName"] == "jane@example.com"
    assert body["displayName"] == "Jane@Example.Com Test"
    assert body["externalId"] == "00u1"
    assert body["emails"][0]["value"] == "jane@example.com"
    again = scim.call("POST", "/Users", user_body("jane@example.com"))
    assert again.status_code == 409
    assert again.json()["scimType"] == "uniqueness"
    _okta_finds_updates_and_deactivates(scim, body)


def _okta_finds_updates_and_deactivates(scim: Any, body: dict[str, Any]) -> None:
    found = scim.get("/Users", filter='userName eq "JANE@example.com"').json()
    assert found["totalResults"] == 1
    assert found["Resources"][0]["id"] == body["id"]
    put = scim.call(
        "PUT",
        f"/Users/{body['id']}",
        {**user_body("jane@example.com"), "displayName": "Jane D", "active": False},
    )
    assert put.status_code == 200
    assert put.json()["active"] is False
    assert put.json()["displayName"] == "Jane D"
    with schema_context("it"):
        jane = User.objects.get(username="jane@example.com")
        assert jane.is_active is False
        assert jane.display_name == "Jane D"
        assert FeedIdentity.objects.get(user=jane).feed == "scim"
        assert AuditRecord.objects.filter(action="scim.user.replace", app_name="SCIM").count() == 1


def test_azure_style_patch_sequence(scim: Any) -> None:
    user = scim.call("POST", "/Users", user_body("sam")).json()
    answer = scim.call(
        "PATCH",
        f"/Users/{user['id']}",
        patch(
            {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "sam@new.example"},
            {"op": "Replace", "path": "displayName", "value": "Sam Smith"},
            {"op": "Replace", "path": "active", "value": "False"},
        ),
    )
    assert answer.status_code == 200, answer.content
    assert answer.json()["emails"][0]["value"] == "sam@new.example"
    assert answer.json()["active"] is False
    group = scim.call(
        "POST",
        "/Groups",
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "Finance Approvers",
            "members": [],
        },
    )
    assert group.status_code == 201, group.content
    gid = group.json()["id"]
    added = scim.call(
        "PATCH", f"/Groups/{gid}", patch({"op": "Add", "path": "members", "value": [{"value": user["id"]}]})
    )
    assert [m["value"] for m in added.json()["members"]] == [user["id"]]
    with schema_context("it"):
        role = Role.objects.get(pk=gid)
        assert role.code == "scim-finance-approvers"
        assert list(role.members.values_list("username", flat=True)) == ["sam"]
    removed = scim.call(
        "PATCH", f"/Groups/{gid}", patch({"op": "remove", "path": f'members[value eq "{user["id"]}"]'})
    )
    assert removed.json()["members"] == []
    assert scim.call("DELETE", f"/Groups/{gid}").status_code == 204
    assert scim.call("GET", f"/Groups/{gid}").status_code == 404


def test_list_filters_and_paginates(scim: Any) -> None:
    for name in ("ann", "ben", "cat", "dan", "eve"):
        scim.call("POST", "/Users", user_body(name))
    page = scim.get(
        "/Users", filter='userName sw "" and emails[type eq "work"]', startIndex=2, count=2
    ).json()
    assert page["totalResults"] == 5
    assert page["startIndex"] == 2
    assert page["itemsPerPage"] == 2
    assert [r["userName"] for r in page["Resources"]] == ["ben", "cat"]
    assert scim.get("/Users", filter='userName eq "ann" or userName eq "eve"').json()["totalResults"] == 2
    assert scim.get("/Users", count=0).json()["Resources"] == []
    unfiltered = scim.get("/Users", startIndex=4, count=10).json()  # cut by the database
    assert unfiltered["totalResults"] == 5
    assert [r["userName"] for r in unfiltered["Resources"]] == ["dan", "eve"]
    bad = scim.get("/Users", filter="userName eq")
    assert bad.status_code == 400
    assert bad.json()["scimType"] == "invalidFilter"
    assert scim.get("/Users", startIndex="x").status_code == 400


def test_delete_deactivates_and_etags_guard_writes(scim: Any) -> None:
    user = scim.call("POST", "/Users", user_body("kim")).json()
    stale = scim.call(
        "PATCH",
        f"/Users/{user['id']}",
        patch({"op": "replace", "path": "displayName", "value": "K"}),
        HTTP_IF_MATCH='W/"nope"',
    )
    assert stale.status_code == 412
    fresh = scim.call("GET", f"/Users/{user['id']}")
    ok = scim.call(
        "PATCH",
        f"/Users/{user['id']}",
        patch({"op": "replace", "path": "displayName", "value": "K"}),
        HTTP_IF_MATCH=fresh["ETag"],
    )
    assert ok.status_code == 200
    assert ok["ETag"] != fresh["ETag"]
    assert scim.call("DELETE", f"/Users/{user['id']}").status_code == 204
    assert scim.call("GET", f"/Users/{user['id']}").json()["active"] is False


@pytest.mark.parametrize(
    ("body", "scim_type"),
    [
        ("not json", "invalidSyntax"),
        ([1, 2], "invalidSyntax"),
        ({"userName": "bad name!"}, "invalidValue"),
        ({"userName": "x" * 500}, "invalidValue"),
        ({"userName": "ok", "emails": "x"}, "invalidValue"),
        ({"userName": "ok", "emails": [{"value": "not-an-email"}]}, "invalidValue"),
        ({"userName": "ok", "active": "maybe"}, "invalidValue"),
        ({"userName": "ok", "displayName": "y" * 5000}, "invalidValue"),
        ({"userName": "ok", "phoneNumbers": [{"value": "call me"}]}, "invalidValue"),
    ],
)
def test_bad_bodies_are_scim_errors_and_change_nothing(scim: Any, body: Any, scim_type: str) -> None:
    raw = body if isinstance(body, str) else None
    answer = scim.client.post(
        "/scim/v2/Users", data=raw or __import__("json").dumps(body), content_type="application/scim+json"
    )
    assert answer.status_code == 400, answer.content
    assert answer.json()["scimType"] == scim_type
    with schema_context("it"):
        assert not User.objects.filter(username="ok").exists()


def test_people_of_other_feeds_and_admins_are_not_scims(scim: Any, make_user: Any) -> None:
    admin = make_user("it", "boss", admin=True)
    with schema_context("it"):
        ldap_person = User.objects.create(username="lee")
        FeedIdentity.objects.create(user=ldap_person, feed="ldap:1")
    for user in (admin, ldap_person):
        answer = scim.call("DELETE", f"/Users/{user.pk}")
        assert answer.status_code == 403, answer.content
    with schema_context("it"):
        assert User.objects.get(username="lee").is_active
        assert User.objects.get(username="boss").is_active


def test_unknown_ids_and_paths_are_404(scim: Any) -> None:
    assert scim.call("GET", "/Users/999999").status_code == 404
    assert scim.call("GET", "/Users/abc").status_code == 404
    assert scim.call("GET", "/Widgets").status_code == 404
    assert scim.call("POST", "/ServiceProviderConfig", {}).status_code == 405


def test_admin_creates_lists_and_revokes_tokens(login: Any, tenant_it: Any) -> None:
    admin = login("it", "boss", admin=True)
    created = admin.post(
        "/api/v1/directory-feeds/scim/tokens", {"name": "Okta"}, content_type="application/json"
    )
    assert created.status_code == 201, created.content
    token = created.json()["token"]
    assert created.json()["endpoint"].endswith("/scim/v2")
    listed = admin.get("/api/v1/directory-feeds/scim/tokens").json()
    assert [t["name"] for t in listed] == ["Okta"]
    assert "token" not in listed[0]
    from integrations.scim.tests.conftest import Scim

    assert Scim("it", token).get("/Users").status_code == 200
    admin.post(f"/api/v1/directory-feeds/scim/tokens/{created.json()['id']}/revoke")
    assert Scim("it", token).get("/Users").status_code == 401
    assert login("it", "pat").get("/api/v1/directory-feeds/scim/tokens").status_code == 403


def test_lookups_by_username_or_external_id_are_narrowed_in_the_database(
    scim: Any, django_assert_max_num_queries: Any
) -> None:
    from integrations.scim.filters import parse_filter
    from integrations.scim.narrowing import USERS as USER_COLUMNS
    from integrations.scim.narrowing import narrowing

    assert narrowing(parse_filter('userName eq "a" and active eq true'), USER_COLUMNS) is not None
    assert narrowing(parse_filter('userName eq "a" or externalId eq "b"'), USER_COLUMNS) is not None
    assert narrowing(parse_filter('userName eq "a" or title eq "x"'), USER_COLUMNS) is None
    assert narrowing(parse_filter('not (userName eq "a")'), USER_COLUMNS) is None
    with schema_context("it"):
        User.objects.bulk_create([User(username=f"bulk{n}") for n in range(300)])
    scim.call("POST", "/Users", user_body("zed", externalId="ext-9"))
    with django_assert_max_num_queries(8):
        found = scim.get("/Users", filter='externalId eq "EXT-9"').json()
    assert [r["userName"] for r in found["Resources"]] == ["zed"]
    assert scim.get("/Users", filter='id eq "abc"').json()["totalResults"] == 0


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("active eq true", True),
        ('userName sw "bulk" and active eq false', True),
        ('userName eq "a" or displayName co "b"', True),
        ('id eq "5"', True),
        ('externalId eq "x"', False),  # every feed's identities: a superset
        ('emails co "@example"', True),  # the one address, listed only when there is one
        ('emails.value eq ""', False),  # matches nobody, while the column holds "" for many
        ('userName eq "a" and title eq "x"', False),  # narrowed by userName, then evaluated
        ('active eq "true"', False),  # not a boolean: evaluated as SCIM says
    ],
)
def test_which_filters_the_database_does_exactly(text: str, exact: bool) -> None:
    from integrations.scim.filters import parse_filter
    from integrations.scim.narrowing import USERS, narrow

    assert narrow(parse_filter(text), USERS).exact is exact


def test_an_exact_filter_is_counted_and_paged_by_the_database(
    scim: Any, django_assert_max_num_queries: Any
) -> None:
    """`active eq true` over many people: the database counts and cuts the page, and only the page
    is rendered; the answer is the one evaluating every resource would give."""
    with schema_context("it"):
        User.objects.bulk_create([User(username=f"bulk{n:03d}", is_active=n % 3 != 0) for n in range(300)])
        active = list(User.objects.filter(is_active=True).order_by("pk").values_list("username", flat=True))
    with django_assert_max_num_queries(9):  # the token, the count, the page and what it renders
        page = scim.get("/Users", filter="active eq true", startIndex="11", count="5").json()
    assert page["totalResults"] == len(active)
    assert [r["userName"] for r in page["Resources"]] == active[10:15]
    assert all(r["active"] for r in page["Resources"])
    # The same people as the evaluated path finds (`title pr` never narrows; negated it keeps all).
    evaluated = scim.get("/Users", filter="active eq true and not (title pr)", count="1000").json()
    assert evaluated["totalResults"] == len(active)
    inactive = scim.get("/Users", filter='active eq false and userName sw "BULK"').json()
    assert inactive["totalResults"] == 100


def test_text_postgresql_cannot_store_is_refused(scim: Any) -> None:
    answer = scim.client.post(
        "/scim/v2/Users", data='{"userName": "nul\\u0000name"}', content_type="application/scim+json"
    )
    assert answer.status_code in (400, 422)
    huge = scim.call("POST", "/Users", user_body("big", displayName="x" * 2_000_000))
    assert huge.status_code in (400, 413)
    with schema_context("it"):
        assert not User.objects.filter(username__in=["big"]).exists()
