"""What the newer configuration writes record: the working calendar (only the dates that changed),
a workflow made from a template (which one) or cloned (from which workflow), the getting-started
checklist, and a chat robot's URL (that it changed, never what it is)."""

from __future__ import annotations

import json
from typing import Any

from core.audit.redaction import REDACTED
from core.tests.factories import send
from engine.calendars.tests.factories import week_body
from integrations.notifications.tests.factories import CHANNELS, api_channel, patch_json


def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return response


def test_the_calendar_records_its_zone_week_and_only_the_dates_that_changed(admin, records):
    _ok(send(admin, "put", "/api/v1/calendar", week_body("Europe/Berlin")))
    saved = records("it")[-1]
    assert (saved.action, saved.target_type, saved.target_id) == ("calendar.update", "calendar", "default")
    assert saved.target_label == "working calendar"
    assert saved.before["time_zone"] == "UTC"
    assert saved.after["time_zone"] == "Europe/Berlin"
    _ok(send(admin, "post", "/api/v1/calendar/holidays", {"date": "2026-12-24", "name": "Eve"}), 201)
    _ok(send(admin, "post", "/api/v1/calendar/holidays", {"date": "2026-12-31", "name": "NYE"}), 201)
    added = records("it")[-1]
    assert added.action == "calendar.holiday.set"
    assert added.before == {"holiday 2026-12-31": None}
    assert added.after == {"holiday 2026-12-31": {"name": "NYE", "source": ""}}
    _ok(send(admin, "delete", "/api/v1/calendar/holidays/2026-12-24"), 204)
    removed = records("it")[-1]
    assert removed.action == "calendar.holiday.remove"
    assert removed.before == {"holiday 2026-12-24": {"name": "Eve", "source": ""}}
    assert removed.after == {"holiday 2026-12-24": None}


def test_make_up_days_and_imports_are_recorded(admin, records):
    body = {"date": "2026-02-14", "name": "Swap", "hours": [{"start": "09:00", "end": "12:00"}]}
    _ok(send(admin, "post", "/api/v1/calendar/workdays", body), 201)
    workday = records("it")[-1]
    assert workday.action == "calendar.workday.set"
    assert workday.after["workday 2026-02-14"]["hours"] == [{"start": "09:00", "end": "12:00"}]
    _ok(send(admin, "delete", "/api/v1/calendar/workdays/2026-02-14"), 204)
    assert records("it")[-1].action == "calendar.workday.remove"
    _ok(send(admin, "post", "/api/v1/calendar/holidays/import", {"country": "DE", "year": 2026}))
    imported = records("it")[-1]
    assert imported.action == "calendar.holidays.import"
    assert imported.after["holiday 2026-12-25"]["source"] == "DE"
    assert all(value is None for value in imported.before.values())


def test_a_workflow_from_a_template_names_the_template(admin, records):
    response = _ok(send(admin, "post", "/api/v1/workflow-templates/leave/use", {"key": "time_off"}), 201)
    record = records("it")[-1]
    assert record.action == "workflow.create_from_template"
    assert (record.target_type, record.target_id) == ("workflow", str(response.json()["id"]))
    assert record.after["key"] == "time_off"
    assert record.after["template"] == "leave"
    assert record.before is None


def test_a_clone_names_the_workflow_it_copies(admin, records):
    source = _ok(send(admin, "post", "/api/v1/workflows", {"key": "leave", "name": "Leave"}), 201).json()
    path = f"/api/v1/workflows/{source['id']}/clone"
    clone = _ok(send(admin, "post", path, {"key": "leave_copy", "name": "Leave copy"}), 201).json()
    record = records("it")[-1]
    assert (record.action, record.target_id) == ("workflow.clone", str(clone["id"]))
    assert record.after["key"] == "leave_copy"
    assert record.after["cloned_from"] == {
        "workflow_id": source["id"],
        "workflow_key": "leave",
        "version": "draft",
    }
    _ok(send(admin, "post", path, {"key": "leave_v1", "name": "Leave v1", "version": 1}), 201)
    assert records("it")[-1].after["cloned_from"]["version"] == 1


def test_dismissing_the_checklist_is_recorded(admin, records):
    _ok(send(admin, "put", "/api/v1/getting-started", {"dismissed": True}))
    record = records("it")[-1]
    assert (record.action, record.target_type, record.target_id) == (
        "getting_started.update",
        "getting_started",
        "checklist",
    )
    assert (record.before, record.after) == ({"dismissed": False}, {"dismissed": True})


DING = "https://oapi.dingtalk.com/robot/send?access_token=TOKEN-first"
DING_NEW = "https://oapi.dingtalk.com/robot/send?access_token=TOKEN-second"


def test_a_robot_url_change_shows_that_it_changed_never_the_url(admin, records):
    channel = api_channel(admin, "dingtalk", {"url": DING}, secret="SEC-first")
    path = f"{CHANNELS}/{channel['id']}"
    _ok(patch_json(admin, path, {"config": {"url": DING_NEW}}))
    _ok(patch_json(admin, path, {"name": "Renamed", "config": {"url": channel["config"]["url"]}}))
    _ok(patch_json(admin, path, {"secret": "SEC-second"}))
    created, url, renamed, secret = records("it")[-4:]
    assert created.after["config"] == {"url": REDACTED}
    assert (url.before, url.after) == ({"config": {"url": REDACTED}}, {"config": {"url": REDACTED}})
    assert (renamed.before, renamed.after) == ({"name": "C"}, {"name": "Renamed"})  # the URL was kept
    assert (secret.before, secret.after) == ({"secret": REDACTED}, {"secret": REDACTED})
    from django_tenants.utils import schema_context

    from integrations.notifications.models import NotificationChannel

    with schema_context("it"):
        stored = NotificationChannel.objects.get(pk=channel["id"])
    written = json.dumps([[r.before, r.after] for r in (created, url, renamed, secret)])
    for secret_text in ("TOKEN-", "SEC-", "oapi.dingtalk.com", stored.url_encrypted, stored.secret_encrypted):
        assert secret_text not in written


def test_a_secret_rotation_says_it_rotated_never_the_secret(admin, records):
    hook = _ok(
        send(
            admin,
            "post",
            "/api/v1/webhooks",
            {"name": "ci", "url": "https://example.com/h", "events": ["created"]},
        ),
        201,
    ).json()
    app = _ok(send(admin, "post", "/api/v1/apps", {"name": "hr", "scopes": ["workflows"]}), 201).json()
    answers = [
        _ok(send(admin, "post", f"/api/v1/webhooks/{hook['id']}/rotate-secret")).json()["secret"],
        _ok(send(admin, "post", f"/api/v1/apps/{app['id']}/signing-secret"), 201).json()["signing_secret"],
        _ok(send(admin, "post", "/api/v1/integrations/settings/rotate-secret")).json()["secret"],
    ]
    rotations = records("it")[-3:]
    assert [record.action for record in rotations] == [
        "webhook.secret.rotate",
        "app.signing_secret.rotate",
        "integration_settings.secret.rotate",
    ]
    for record, secret in zip(rotations, answers, strict=True):
        assert (record.before, record.after) == (None, {"secret_rotated": True})
        assert secret not in json.dumps([record.before, record.after, record.target_label])
