"""LDAP sync against a real slapd: first sync, changes, leavers, re-runs, a wrong password, hostile
values, and what a feed may not touch."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from core.directory.models import Department, Role
from integrations.common.models import FeedIdentity
from integrations.ldapsync import services
from integrations.ldapsync.mapping import department_code
from integrations.ldapsync.models import LdapSource, LdapSyncRun
from integrations.ldapsync.tests.conftest import GROUPS, PEOPLE, Slapd, source_fields

pytestmark = pytest.mark.django_db(transaction=False)


def run_sync(source: LdapSource) -> LdapSyncRun:
    run = services.ldap_sync_request(source=source, trigger="manual", requested_by="test")
    done = services.ldap_sync_execute(run_id=run.pk)
    assert done is not None
    return done


def people() -> dict[str, tuple[str, str, bool]]:
    return {u.username: (u.display_name, u.email, u.is_active) for u in User.objects.all()}


def departments_of(username: str) -> set[str]:
    return set(User.objects.get(username=username).departments.values_list("name", flat=True))


def roles_of(username: str) -> set[str]:
    return set(User.objects.get(username=username).roles.values_list("code", flat=True))


@pytest.fixture
def source(slapd: Slapd, reach_loopback: None) -> Any:
    with schema_context("it"):
        yield services.ldap_source_create(**source_fields(slapd))


def test_first_sync_creates_people_departments_and_roles(source: LdapSource) -> None:
    with schema_context("it"):
        run = run_sync(source)
        assert run.status == "succeeded", run.error
        assert run.entries == 3
        assert run.skipped == []
        assert run.summary["users"]["created"] == 3
        assert people() == {
            "alice": ("Alice Liddell", "alice@example.org", True),
            "bob": ("Bob Builder", "bob@example.org", True),
            "carol": ("Carol Danvers", "carol@example.org", True),
        }
        _check_first_sync(source)


def _check_first_sync(source: LdapSource) -> None:
    backend = Department.objects.get(code=department_code(source.pk, ("Engineering", "Backend")))
    assert backend.name == "Backend"
    assert backend.parent is not None
    assert backend.parent.code == department_code(source.pk, ("Engineering",))
    assert departments_of("alice") == {"Backend"}
    assert departments_of("carol") == {"Sales"}
    assert roles_of("alice") == {"approvers"}
    assert roles_of("bob") == {"it-ops"}
    assert Role.objects.filter(code__in=["approvers", "it-ops"], is_active=True).count() == 2
    identity = FeedIdentity.objects.get(user__username="alice")
    assert identity.feed == source.feed
    assert identity.employee_id == "1001"
    assert identity.external_id == f"uid=alice,ou=Backend,ou=Engineering,{PEOPLE}"
    assert not User.objects.get(username="alice").has_usable_password()


def test_changes_in_the_directory_update_people(source: LdapSource, slapd: Slapd) -> None:
    with schema_context("it"):
        run_sync(source)
        slapd.modify(
            f"uid=alice,ou=Backend,ou=Engineering,{PEOPLE}", mail="alice@corp.example.org", cn="Alice L."
        )
        slapd.move(f"uid=carol,ou=Sales,{PEOPLE}", f"ou=Engineering,{PEOPLE}")
        slapd.modify(
            f"cn=approvers,{GROUPS}",
            member=[f"uid=alice,ou=Backend,ou=Engineering,{PEOPLE}", f"uid=bob,ou=Engineering,{PEOPLE}"],
        )
        run = run_sync(source)
        assert run.status == "succeeded", run.error
        assert run.summary["users"]["updated"] == 1
        assert people()["alice"] == ("Alice L.", "alice@corp.example.org", True)
        assert departments_of("carol") == {"Engineering"}
        assert roles_of("bob") == {"approvers", "it-ops"}
        assert FeedIdentity.objects.get(user__username="carol").external_id.startswith(
            "uid=carol,ou=Engineering"
        )


def test_a_removed_entry_deactivates_the_person(source: LdapSource, slapd: Slapd) -> None:
    with schema_context("it"):
        run_sync(source)
        slapd.delete(f"uid=carol,ou=Sales,{PEOPLE}")
        run = run_sync(source)
        assert run.summary["users"]["deactivated"] == 1
        assert people()["carol"][2] is False
        assert people()["alice"][2] is True
        # The Sales OU has nobody left: its department is deactivated too (it is the feed's own).
        assert not Department.objects.get(code=department_code(source.pk, ("Sales",))).is_active


def test_a_second_run_changes_nothing(source: LdapSource) -> None:
    with schema_context("it"):
        run_sync(source)
        before = list(User.objects.order_by("pk").values_list("pk", "updated_at"))
        run = run_sync(source)
        assert run.status == "succeeded"
        assert run.summary["changed"] is False
        assert run.summary["users"] == {"created": 0, "updated": 0, "deactivated": 0, "unchanged": 3}
        assert list(User.objects.order_by("pk").values_list("pk", "updated_at")) == before


def test_a_wrong_bind_password_fails_the_run_and_changes_nothing(source: LdapSource) -> None:
    with schema_context("it"):
        services.ldap_source_update(source=source, changes={"bind_password": "not-the-password"})
        run = run_sync(source)
        assert run.status == "failed"
        assert "refused the bind DN or password" in run.error
        assert run.summary == {}
        assert run.finished_at is not None
        assert not User.objects.filter(username__in=["alice", "bob", "carol"]).exists()


def test_the_guard_refuses_a_private_server_the_platform_admin_did_not_open(
    slapd: Slapd, tenant_it: Any
) -> None:
    with schema_context("it"):
        source = services.ldap_source_create(**source_fields(slapd))
        run = run_sync(source)
        assert run.status == "failed"
        assert "not allowed" in run.error
        assert not User.objects.filter(username="alice").exists()


def test_hostile_values_are_refused_per_entry(source: LdapSource, slapd: Slapd) -> None:
    slapd.person("huge", f"ou=Sales,{PEOPLE}", name="H" * 5000, mail="huge@example.org")
    slapd.person("bad name!", f"ou=Sales,{PEOPLE}", name="Bad Name", mail="bad@example.org")
    slapd.person("ctl", f"ou=Sales,{PEOPLE}", name="Line\nBreak", mail="ctl@example.org")
    with schema_context("it"):
        run = run_sync(source)
        assert run.status == "succeeded", run.error
        reasons = {item["dn"].split(",")[0]: item["reason"] for item in run.skipped}
        assert set(reasons) == {"uid=huge", "uid=bad name!", "uid=ctl"}
        assert "too long" in reasons["uid=huge"]
        assert "control characters" in reasons["uid=ctl"]
        assert run.summary["skipped"] == 3
        assert set(people()) == {"alice", "bob", "carol"}


def test_local_people_admins_and_other_feeds_are_left_alone(
    source: LdapSource, slapd: Slapd, make_user: Any
) -> None:
    make_user("it", "local-dave")
    make_user("it", "bob", admin=True, display_name="Bob the admin")
    with schema_context("it"):
        other = services.ldap_source_create(**source_fields(slapd, name="other"))
        carol = User.objects.create(username="carol", display_name="Carol (SCIM)")
        FeedIdentity.objects.create(user=carol, feed="scim")
        run = run_sync(source)
        assert run.status == "succeeded", run.error
        reasons = {item["dn"].split(",")[0]: item["reason"] for item in run.skipped}
        assert "another directory feed" in reasons["uid=carol"]
        assert "tenant admin" in reasons["uid=bob"]
        assert people()["bob"] == ("Bob the admin", "", True)
        assert people()["carol"][0] == "Carol (SCIM)"
        # The other source sees alice is this one's.
        assert (
            "another directory feed"
            in {i["dn"].split(",")[0]: i["reason"] for i in run_sync(other).skipped}["uid=alice"]
        )
        slapd.delete(f"uid=alice,ou=Backend,ou=Engineering,{PEOPLE}")
        slapd.person("erin", f"ou=Sales,{PEOPLE}", name="Erin", mail="erin@example.org")
        assert run_sync(source).summary["users"]["deactivated"] == 1
        assert people()["alice"][2] is False
        # Neither the local person nor the admin nor the other feed's person is deactivated.
        assert people()["local-dave"][2]
        assert people()["bob"][2]
        assert people()["carol"][2]


def test_an_empty_answer_deactivates_nobody(source: LdapSource) -> None:
    with schema_context("it"):
        run_sync(source)
        services.ldap_source_update(source=source, changes={"user_filter": "(uid=nobody-here)"})
        run = run_sync(source)
        assert run.status == "failed"
        assert "nobody was deactivated" in run.error
        assert all(active for _name, _mail, active in people().values())


def test_values_the_server_may_carry_but_we_cannot_store_are_refused() -> None:
    from integrations.ldapsync.mapping import BadValue, text

    for raw, problem in (
        (b"a\x00b", "control characters"),
        (b"\xff\xfe", "not UTF-8"),
        (b"x" * 5000, "too long"),
    ):
        with pytest.raises(BadValue, match=problem):
            text(raw, what="cn")
    assert text(b"  Zo\xc3\xab  ", what="cn") == "Zoë"
