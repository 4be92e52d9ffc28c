"""Importing the test 2.x database (loonflow2db.py) into tenant `it`: the report, the directory,
the workflows, the tickets and their history — and imported tickets continuing to their end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from core.access.auth import Principal
from core.access.models import User
from core.audit.models import AuditRecord
from core.directory.models import Department, Role
from core.tests.factories import send
from engine.tickets.models import FlowLog, Ticket, TicketHandler, TicketVote
from engine.tickets.services import ticket_accept, ticket_handle
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow, WorkflowVersion
from integrations.v2import import tickets as tickets_module
from integrations.v2import.models import V2ImportMapping
from integrations.v2import.services import v2_import
from integrations.v2import.tests import loonflow2db

pytestmark = pytest.mark.django_db

IMPORTABLE = loonflow2db.TICKETS_LIVE - 2  # one sits in a state that never existed, one in a deleted workflow


def run(url: str, **options: Any) -> dict[str, Any]:
    with schema_context("it"):
        return v2_import(source_url=url, actor="tests", **options)


def issues(report: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [issue for issue in report["issues"] if issue["kind"] == kind]


def ticket_of(source_id: int) -> Ticket:
    row = V2ImportMapping.objects.get(kind="ticket", source_id=str(source_id))
    assert row.target_id is not None
    return Ticket.objects.get(pk=row.target_id)


def handle(ticket: Ticket, username: str, transition: str) -> Ticket:
    user = User.objects.get(username=username)
    ticket_handle(ticket_id=ticket.pk, principal=Principal(user=user), transition=transition)
    return Ticket.objects.get(pk=ticket.pk)


def has_issue(report: dict[str, Any], kind: str, text: str, **where: str | None) -> bool:
    """Whether the report has an issue of `kind` whose reason holds `text`, at `where`."""
    return any(
        text in issue["reason"] and all(issue.get(k) == v for k, v in where.items())
        for issue in issues(report, kind)
    )


@pytest.fixture
def report(v2_source_url: str) -> dict[str, Any]:
    return run(v2_source_url)


def test_the_report_counts_every_kind(report: dict[str, Any]) -> None:
    counts = report["counts"]
    assert counts["tickets"] == {
        "created": IMPORTABLE,
        "failed": 1,  # in a state that never existed
        "skipped": 1,  # its workflow was deleted in 2.x
        "deleted_in_source": 1,
        "unchanged": 0,
    }
    assert counts["workflows"] == {"created": 1, "created_unpublished": 1}
    assert counts["users"] == {"created": 6, "failed": 1, "matched": 0, "placeholder": 1}
    assert counts["departments"] == {"created": 3}
    assert counts["roles"] == {"created": 2}
    assert report["not_imported"]


def test_the_report_names_what_was_not_carried_over(report: dict[str, Any]) -> None:
    assert {
        "kind": "condition",
        "reason": "untranslatable condition: a function call is not supported; "
        "this branch is dropped, the transition is kept",
        "workflow": "请假申请",
        "workflow_id": "1",
        "state": "HR审批",
        "transition": "同意",
        "expression": "datetime.datetime.now().weekday() < 5",
    } in issues(report, "condition")
    assert has_issue(report, "condition", "not a JSON list", workflow="vpn申请")
    assert has_issue(
        report, "participant", "hook participant", state="hook处理", participant=None
    )  # a secret
    assert "s3cret" not in str(report)
    assert has_issue(report, "participant", "script", state="脚本")
    assert has_issue(report, "ticket", "state 99", source_id="8")
    assert has_issue(report, "value", "too long", field="reason")  # the megabyte
    assert has_issue(report, "value", "choices", field="leave_type")
    assert has_issue(report, "transition", "timer", transition="批准")
    assert has_issue(report, "user", "not imported", user="bad user!")
    assert has_issue(report, "workflow", "Someone must handle this", workflow="vpn申请", state="脚本")


def test_people_departments_and_roles(report: dict[str, Any]) -> None:
    with schema_context("it"):
        zhangsan = User.objects.get(username="zhangsan")
        assert (zhangsan.display_name, zhangsan.email, zhangsan.phone) == (
            "张三",
            "zhangsan@example.com",
            "13800000000",
        )
        assert not User.objects.get(username="wangwu").is_active
        assert User.objects.get(username="mallory").email == ""
        assert not User.objects.filter(username__in=["gone", "bad user!"]).exists()
        ghost = User.objects.get(username="ghost")  # named by a ticket only
        assert (ghost.is_active, ghost.has_usable_password()) == (False, False)
        tech = Department.objects.get(code="v2-dept-1")
        assert (tech.name, tech.leader, tech.approver) == ("技术部", zhangsan, zhangsan)
        ops = Department.objects.get(code="v2-dept-2")
        assert (ops.parent, ops.approver) == (
            tech,
            User.objects.get(username="lisi"),
        )  # creator_tl: the leader, without approvers
        assert not Department.objects.filter(code="v2-dept-3").exists()
        assert list(Role.objects.get(code="v2-role-2").members.values_list("username", flat=True)) == [
            "zhangsan"
        ]
        assert set(tech.members.values_list("username", flat=True)) == {"lilei", "zhangsan"}


def test_workflows(report: dict[str, Any]) -> None:
    with schema_context("it"):
        leave = dict(WorkflowVersion.objects.filter(workflow__key="v2-1").values_list("number", "status"))
        # v1: as imported, with the state 2.x deleted but a ticket sits in (its tickets pin it);
        # v2: the same without that state, published for new tickets.
        assert leave == {1: "archived", 2: "published", 3: "draft"}
        published = WorkflowVersion.objects.get(workflow__key="v2-1", status="published")
        document = WorkflowDocument.model_validate(published.document)
        submit = next(t for t in document.transitions if t.key == "t1")
        assert [(b.expression, b.target) for b in submit.branches] == [
            ("days > 10", "s6"),
            ('days > 3 and leave_type == "sick"', "s3"),
        ]
        states = {state.key: state for state in document.states}
        assert states["s2"].participant.variable == "creator_department_approver"
        assert states["s2"].distribution.kind == "claim"
        assert states["s3"].participant.roles == ["v2-role-2"]
        assert states["s4"].participant.field == "boss"
        assert states["s6"].distribution.kind == "countersign"
        assert "s7" not in states
        assert next(t for t in document.transitions if t.key == "t3").attribute == "reject"
        vpn = dict(WorkflowVersion.objects.filter(workflow__key="v2-2").values_list("number", "status"))
        assert vpn == {1: "archived", 2: "draft"}


def test_the_imported_version_keeps_deleted_states_tickets_sit_in(report: dict[str, Any]) -> None:
    with schema_context("it"):
        frozen = WorkflowVersion.objects.get(workflow__key="v2-1", number=1)
        document = WorkflowDocument.model_validate(frozen.document)
        legacy = document.state("s7")
        assert legacy is not None
        assert legacy.name == "旧状态 (deleted)"
        assert [t.key for t in document.transitions_from("s7")] == ["t7"]
        stuck = ticket_of(10)
        assert (stuck.version_id, stuck.state_key) == (frozen.pk, "s7")
        stuck = handle(stuck, "admin", "t7")  # it moves on
        assert (stuck.state_key, stuck.status) == ("s5", "finished")


def test_tickets_with_their_values_handlers_and_history(report: dict[str, Any]) -> None:
    with schema_context("it"):
        first = ticket_of(1)
        assert (first.serial, first.title, first.state_key, first.status) == (
            "loonflow_202405010001",
            "请假 5 天",
            "s2",
            "in_progress",
        )
        assert first.values == {
            "days": 5,
            "leave_type": "sick",
            "boss": "admin",
            "proof": "/media/ticket_file/a.png,/media/ticket_file/b.pdf",
        }
        assert first.created_at.isoformat() == "2024-05-01T01:00:00+00:00"  # Asia/Shanghai 09:00
        assert list(TicketHandler.objects.filter(ticket=first).values_list("user__username", flat=True)) == [
            "zhangsan"
        ]
        actions = FlowLog.objects.filter(ticket=first).values_list(
            "action", "from_state", "to_state", "actor__username"
        )
        assert list(actions) == [("create", "", "s1", "lilei"), ("transition", "s1", "s2", "lilei")]
        history = FlowLog.objects.filter(ticket=ticket_of(2)).values_list("action", flat=True)
        assert list(history) == ["create", "transition", "transition", "comment"]  # the deleted log is not
        assert (ticket_of(2).status, ticket_of(2).finished_at is not None) == ("finished", True)
        robot = FlowLog.objects.get(ticket=ticket_of(6), transition_key="t2")
        assert (robot.actor, robot.via_app) == (None, "loonflow2")
        assert ticket_of(6).creator.username == "ghost"


def test_serials_and_failed_tickets(report: dict[str, Any]) -> None:
    with schema_context("it"):
        duplicate = ticket_of(7)  # 2.x repeated ticket 1's sn: ours is unique, the sn is kept
        assert duplicate.serial == "LF2-7"
        assert (
            V2ImportMapping.objects.get(kind="ticket", source_id="7").external_ref == "loonflow_202405010001"
        )
        assert not Ticket.objects.filter(serial="loonflow_202405010008").exists()  # never half-written
        assert not V2ImportMapping.objects.filter(kind="ticket", source_id="8").exists()


def test_imported_open_tickets_continue_in_our_runtime_to_their_end(v2_source_url: str) -> None:
    run(v2_source_url)
    with schema_context("it"):
        ticket = handle(ticket_of(1), "zhangsan", "t2")  # TL → HR (role hr: zhangsan)
        assert ticket.state_key == "s3"
        ticket = handle(ticket, "zhangsan", "t4")  # HR → the boss named in the field (admin)
        assert ticket.state_key == "s4"
        # 2.x's distribute 1 is our voluntary accept: the boss claims it, then approves.
        assert list(TicketHandler.objects.filter(ticket=ticket).values_list("user__username", "kind")) == [
            ("admin", "candidate")
        ]
        ticket_accept(ticket_id=ticket.pk, principal=Principal(user=User.objects.get(username="admin")))
        ticket = handle(ticket, "admin", "t5")
        assert (ticket.state_key, ticket.status) == ("s5", "finished")

        countersigned = ticket_of(3)  # zhangsan already agreed in 2.x; lisi's vote ends it
        assert TicketVote.objects.filter(ticket=countersigned, user__username="zhangsan").exists()
        countersigned = handle(countersigned, "lisi", "t6")
        assert (countersigned.state_key, countersigned.status) == ("s5", "finished")


def test_a_second_run_imports_nothing_twice(v2_source_url: str) -> None:
    run(v2_source_url)
    with schema_context("it"):
        before = (
            Ticket.objects.count(),
            FlowLog.objects.count(),
            User.objects.count(),
            Workflow.objects.count(),
        )
    again = run(v2_source_url)
    assert again["counts"]["tickets"].get("created", 0) == 0
    assert again["counts"]["tickets"]["unchanged"] == IMPORTABLE
    assert again["counts"]["workflows"] == {"unchanged": 2}
    assert again["counts"]["users"]["unchanged"] == 6
    with schema_context("it"):
        after = (
            Ticket.objects.count(),
            FlowLog.objects.count(),
            User.objects.count(),
            Workflow.objects.count(),
        )
    assert after == before


def test_people_keep_their_2x_password_and_work_through_the_api(
    report: dict[str, Any], client_for: Callable[..., Client]
) -> None:
    client = client_for("it")
    response = send(
        client, "post", "/api/v1/auth/login", {"username": "zhangsan", "password": loonflow2db.PASSWORD}
    )
    assert response.status_code == 200, response.content
    with schema_context("it"):
        ticket = ticket_of(1)
    path = f"/api/v1/tickets/{ticket.pk}/handle"
    response = send(client, "post", path, {"transition": "t2"}, HTTP_IF_MATCH=f'"{ticket.row_version}"')
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "s3"


class Killed(BaseException):
    """The process dies (not an error the importer could catch and report)."""


def test_an_interrupted_run_resumes_where_it_stopped(
    v2_source_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = tickets_module.import_one, []

    def dies_after_five(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) > 5:
            raise Killed
        return real(*args, **kwargs)

    monkeypatch.setattr(tickets_module, "import_one", dies_after_five)
    with pytest.raises(Killed):
        run(v2_source_url)
    with schema_context("it"):
        assert V2ImportMapping.objects.filter(kind="ticket").count() == 5
        assert Ticket.objects.count() == 5
    monkeypatch.setattr(tickets_module, "import_one", real)
    resumed = run(v2_source_url)
    assert resumed["counts"]["tickets"]["created"] == IMPORTABLE - 5
    assert resumed["counts"]["tickets"]["unchanged"] == 5
    with schema_context("it"):
        assert Ticket.objects.count() == IMPORTABLE
        assert Ticket.objects.values("serial").distinct().count() == IMPORTABLE


def test_a_dry_run_reports_the_same_and_writes_nothing(v2_source_url: str, source_password: str) -> None:
    with schema_context("it"):
        before = (
            User.objects.count(),
            Department.objects.count(),
            Workflow.objects.count(),
            Ticket.objects.count(),
        )
    dry = run(v2_source_url, dry_run=True)
    assert dry["dry_run"] is True
    assert dry["counts"]["tickets"]["created"] == IMPORTABLE
    assert any(i["kind"] == "condition" for i in dry["issues"])
    with schema_context("it"):
        after = (
            User.objects.count(),
            Department.objects.count(),
            Workflow.objects.count(),
            Ticket.objects.count(),
        )
        assert after == before
        assert not V2ImportMapping.objects.exists()
        record = AuditRecord.objects.get(action="v2import.dry_run")
        assert record.target_id == "127.0.0.1:" + v2_source_url.rsplit(":", 1)[1]
        assert source_password not in str(record.after) + record.target_label
    real = run(v2_source_url)
    assert real["counts"] == dry["counts"]


def test_only_some_parts(v2_source_url: str) -> None:
    report = run(v2_source_url, only=["users"])
    assert set(report["counts"]) == {"users", "departments", "roles"}
    with schema_context("it"):
        assert not Workflow.objects.filter(key__startswith="v2-").exists()
    report = run(v2_source_url, only=["workflows", "tickets"])
    assert report["counts"]["tickets"]["created"] == IMPORTABLE
