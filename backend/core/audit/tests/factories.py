"""One real, valid request per write operation of both OpenAPI documents, by operationId: the table
test_coverage.py sends (into conftest's `scene`) to see the evidence each leaves.

A body is JSON, or a function of the scene giving it; `by` says who sends it (see `Scene.client`);
`ids` names the scene value that fills a path parameter when it is not the one of the same name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from engine.calendars.tests.factories import hours, week_body
from engine.workflows.tests.factories import LEAVE
from integrations.notifications.tests.factories import EMAIL_CONFIG

Scene = Any  # conftest.Scene (a test module may not import conftest's classes)


@dataclass(frozen=True)
class Write:
    body: Any = None
    by: str = "admin"
    ids: dict[str, str] = field(default_factory=dict)
    headers: Callable[[Scene], dict[str, str]] | None = None
    upload: bool = False  # multipart: the body is `{"file": ...}`
    actor: str = ""  # whom the audit record names, when not the sender (a login names who logs in)

    def json(self, scene: Scene) -> Any:
        return self.body(scene) if callable(self.body) else self.body


def _if_match(scene: Scene) -> dict[str, str]:
    return {"HTTP_IF_MATCH": scene.draft_etag}


def _signed(scene: Scene) -> dict[str, str]:
    from integrations.common.signing import sign

    return {"HTTP_X_LOONFLOW_SIGNATURE": sign(scene.signing_secret, _callback_raw(scene))}


def _callback_raw(scene: Scene) -> bytes:
    import json

    return json.dumps({"call": scene.hook_call_key, "decision": "agree", "comment": "green"}).encode()


def _delegation(_scene: Scene) -> dict[str, Any]:
    from datetime import timedelta

    from django.utils import timezone

    start = timezone.now()
    return {
        "delegate": "bob",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(days=3)).isoformat(),
    }


NEW_ROBOT_URL = "https://oapi.dingtalk.com/robot/send?access_token=new-token"
WORKDAY = {"date": "2026-03-07", "name": "Swap", "hours": hours("09:00-12:00")}
CHANNEL = {"code": "mail", "name": "Mail", "kind": "email", "config": EMAIL_CONFIG, "secret": "smtp-pass-42"}
LDAP_SOURCE = {
    "name": "ad",
    "server_url": "ldaps://ad.example.com",
    "bind_dn": "cn=reader,dc=example,dc=com",
    "bind_password": "s3cret-bind",
    "user_base_dn": "ou=People,dc=example,dc=com",
    "role_map": {"cn=approvers,ou=Groups,dc=example,dc=com": "approvers"},
}
SSO_PROVIDER = {
    "key": "corp",
    "label": "Corp ID",
    "issuer": "https://id.example.com",
    "client_id": "loonflow",
    "client_secret": "sso-client-secret-42",
}
WEBHOOK = {"name": "crm", "url": "https://hooks.example.com/crm", "events": ["created"]}

TENANT_WRITES: dict[str, Write] = {
    # sessions
    "core_api_auth_auth_login": Write(
        lambda scene: scene.credentials("alice"), by="anonymous", actor="alice"
    ),
    "core_api_auth_auth_logout": Write(by="alice"),
    "core_directory_api_patch_me": Write({"display_name": "Alice W.", "language": "zh-hans"}, by="alice"),
    "core_directory_api_change_my_password": Write(
        lambda scene: {
            "current_password": scene.credentials("alice")["password"],
            "new_password": "Never-in-the-trail-either-42",
        },
        by="alice",
    ),
    # directory
    "core_api_directory_create_user": Write({"username": "newbie", "password": "Never-in-the-trail-42"}),
    "core_api_directory_patch_user": Write({"display_name": "Temp Worker", "password": "Nor-this-one-4242"}),
    "core_api_directory_delete_user": Write(),
    "core_api_directory_create_department": Write({"code": "fin", "name": "Finance"}),
    "core_api_directory_patch_department": Write({"name": "Temporary"}),
    "core_api_directory_delete_department": Write(),
    "core_api_directory_create_role": Write({"code": "auditor", "name": "Auditor"}),
    "core_api_directory_patch_role": Write({"name": "Temporary"}),
    "core_api_directory_delete_role": Write(),
    "core_api_directory_sync_directory": Write(
        {"users": [{"username": "synced", "display_name": "Synced"}], "roles": [{"code": "x", "name": "X"}]}
    ),
    # apps, tokens, grants
    "core_api_apps_create_app": Write({"name": "erp", "scopes": ["workflows"]}),
    "core_api_apps_patch_app": Write({"description": "The CRM"}),
    "core_api_apps_delete_app": Write(),
    "core_api_apps_set_grants": Write({"grants": [{"workflow_key": "leave"}]}),
    "core_api_apps_rotate_signing_secret": Write(),
    "core_api_apps_issue_token": Write({"name": "ci"}),
    "core_api_apps_revoke_token": Write(),
    # people's own tokens
    "core_access_api_issue_my_token": Write({"name": "agent", "scopes": ["workflows"]}, by="alice"),
    "core_access_api_revoke_my_token": Write(by="alice", ids={"token_id": "personal_token_id"}),
    "core_access_api_revoke_personal_token": Write(ids={"token_id": "personal_token_id"}),
    # workflows
    "engine_api_create_workflow": Write({"key": "travel", "name": "Travel"}),
    "engine_api_import_workflow": Write(lambda scene: scene.export_bundle),
    "engine_api_patch_workflow": Write({"category": "HR"}),
    "engine_api_delete_workflow": Write(ids={"workflow_id": "spare_workflow_id"}),
    "engine_api_put_draft": Write(lambda scene: {"document": scene.draft_document}, headers=_if_match),
    "engine_api_validate_workflow": Write({}),
    "engine_tickets_api_simulate_workflow": Write({"values": LEAVE}),
    "engine_api_publish_workflow": Write({"comment": "again"}),
    "engine_api_archive_version": Write(),
    "engine_api_clone_workflow": Write({"key": "leave_copy", "name": "Leave copy"}),
    "engine_workflows_api_use_workflow_template": Write({"key": "time_off"}),
    # tickets
    "engine_tickets_actions_create_ticket": Write(
        lambda scene: {"workflow_id": scene.workflow_id, "fields": LEAVE, "transition": "submit"},
        by="alice",
    ),
    "engine_tickets_actions_handle_ticket": Write({"transition": "lead_approve"}, by="lead"),
    "engine_tickets_actions_accept_ticket": Write(by="carol", ids={"ticket_id": "hr_ticket"}),
    "engine_tickets_actions_deliver_ticket": Write({"to": "bob", "comment": "yours"}, by="lead"),
    "engine_tickets_actions_consult_ticket": Write({"to": "carol"}, by="lead"),
    "engine_tickets_actions_consult_reply": Write(
        {"comment": "fine by me"}, by="carol", ids={"ticket_id": "consulted_ticket"}
    ),
    "engine_tickets_actions_comment_ticket": Write({"comment": "any news?"}, by="alice"),
    "engine_tickets_actions_patch_fields": Write(
        {"fields": {"days": 2}}, by="alice", ids={"ticket_id": "draft_ticket"}
    ),
    "engine_tickets_actions_withdraw_ticket": Write({"comment": "wrong dates"}, by="alice"),
    "engine_tickets_actions_close_ticket": Write({"comment": "duplicate"}),
    "engine_tickets_actions_force_state": Write({"state": "hr_review"}),
    "integrations_api_hooks_hook_callback": Write(
        _callback_raw, by="anonymous", headers=_signed, ids={"ticket_id": "waiting_hook_ticket"}
    ),
    "integrations_api_hooks_retry_hook": Write(ids={"ticket_id": "failed_hook_ticket"}),
    "engine_tickets_attachments_api_upload_attachment": Write(
        lambda scene: {"file": scene.upload()}, upload=True
    ),
    "engine_tickets_attachments_api_delete_attachment": Write(),
    # a person's saved ticket views
    "engine_ticketlists_api_create_view": Write(
        {"name": "Open leave", "view": "todo", "query": {"q": "leave", "status": "in_progress"}}, by="alice"
    ),
    "engine_ticketlists_api_patch_view": Write({"name": "Renamed", "query": {"sort": "-title"}}, by="alice"),
    "engine_ticketlists_api_delete_view": Write(by="alice"),
    # the working calendar
    "engine_calendars_api_put_calendar": Write(week_body("Europe/Berlin")),
    "engine_calendars_api_add_holiday": Write({"date": "2026-12-31", "name": "NYE"}),
    "engine_calendars_api_import_holidays": Write({"country": "DE", "year": 2026}),
    "engine_calendars_api_remove_holiday": Write(ids={"day": "holiday_day"}),
    "engine_calendars_api_add_workday": Write(WORKDAY),
    "engine_calendars_api_remove_workday": Write(ids={"day": "workday_day"}),
    # bulk ticket work and delegations
    "engine_tickets_bulk_bulk_handle": Write(
        lambda scene: {"tickets": [{"id": scene.ticket_id}], "attribute": "agree", "comment": "all fine"},
        by="lead",
    ),
    "engine_delegations_api_create_delegation": Write(_delegation, by="lead"),
    "engine_delegations_api_cancel_delegation": Write(by="lead"),
    # integrations
    "integrations_getting_started_api_put_checklist": Write({"dismissed": True}),
    "integrations_inbox_api_mark_inbox_read": Write(by="lead"),
    "integrations_inbox_api_mark_inbox_all_read": Write(by="lead"),
    "integrations_inbox_api_put_inbox_preferences": Write(
        {"channels": {"moved": ["in_app"]}, "digest": True}, by="lead"
    ),
    "integrations_actionlinks_api_preview_action_link": Write(
        lambda scene: {"token": scene.link_token}, by="anonymous"
    ),
    "integrations_actionlinks_api_use_action_link": Write(
        lambda scene: {"token": scene.link_token, "comment": "ok"}, by="anonymous", actor="lead"
    ),
    # The Loonflow 2.x-compatible API's configuration (integrations.v2compat).
    "integrations_v2compat_api_put_compat_settings": Write({"enabled": True}),
    "integrations_v2compat_api_create_compat_app": Write({"name": "oa", "acting_usernames": ["*"]}),
    "integrations_v2compat_api_patch_compat_app": Write(
        {"description": "The OA"}, ids={"app_id": "compat_app_id"}
    ),
    "integrations_v2compat_api_delete_compat_app": Write(ids={"app_id": "compat_app_id"}),
    "integrations_v2compat_api_rotate_compat_app_token": Write(ids={"app_id": "compat_app_id"}),
    "integrations_api_webhooks_put_settings": Write({"allow_list": ["ci.example.com"]}),
    "integrations_api_webhooks_rotate_settings_secret": Write(),
    "integrations_api_notifications_create_channel": Write(CHANNEL),
    "integrations_api_notifications_patch_channel": Write(
        {"name": "Robot", "config": {"url": NEW_ROBOT_URL}, "secret": "robot-secret-42"}
    ),
    "integrations_api_notifications_delete_channel": Write(),
    "integrations_api_notifications_test_channel": Write({}),
    "integrations_api_scripts_create_script": Write(
        {"code": "noop", "name": "No-op", "source": "print('{}')\n"}
    ),
    "integrations_api_scripts_patch_script": Write({"description": "Does nothing"}),
    "integrations_api_scripts_delete_script": Write(),
    "integrations_sso_api_create_provider": Write(SSO_PROVIDER),
    "integrations_sso_api_patch_provider": Write({"label": "Corp SSO", "client_secret": "rotated-secret-42"}),
    "integrations_sso_api_delete_provider": Write(),
    "integrations_sso_api_discover_provider": Write(),
    "integrations_sso_api_put_settings": Write({"passwords_enabled": True, "break_glass_usernames": []}),
    "integrations_sso_api_sso_logout": Write(by="alice"),
    "integrations_api_webhooks_create_webhook": Write(WEBHOOK),
    "integrations_api_webhooks_patch_webhook": Write({"events": ["created", "finished"]}),
    "integrations_api_webhooks_delete_webhook": Write(),
    "integrations_api_webhooks_rotate_webhook_secret": Write(),
    "integrations_api_webhooks_redeliver": Write(),
    # directory feeds (integrations/ldapsync, integrations/scim)
    "integrations_ldapsync_api_create_ldap_source": Write(LDAP_SOURCE),
    "integrations_ldapsync_api_patch_ldap_source": Write({"interval_minutes": 30, "bind_password": "n3w"}),
    "integrations_ldapsync_api_delete_ldap_source": Write(),
    "integrations_ldapsync_api_sync_ldap_source": Write(),
    "integrations_scim_api_create_scim_token": Write({"name": "Azure"}),
    "integrations_scim_api_revoke_scim_token": Write(ids={"token_id": "scim_token_id"}),
}

PLATFORM_WRITES: dict[str, Write] = {
    "tenants_api_platform_login": Write(
        lambda scene: scene.credentials("root"), by="platform-anonymous", actor="root"
    ),
    "tenants_api_platform_logout": Write(by="platform"),
    "tenants_api_create_tenant": Write({"key": "newco", "name": "New Co"}, by="platform"),
    "tenants_api_patch_tenant": Write({"name": "Audit Company"}, by="platform"),
    "tenants_api_delete_tenant": Write(by="platform"),
    "tenants_api_add_domain": Write({"domain": "audit.example.com"}, by="platform"),
    "tenants_api_remove_domain": Write(by="platform"),
    "tenants_api_suspend_tenant": Write(by="platform"),
    "tenants_api_resume_tenant": Write(by="platform", ids={"tenant_id": "suspended_tenant"}),
    "integrations_v2import_api_start_v2_import": Write(
        {"source_url": "sqlite:///nonexistent/loonflow.sqlite3", "dry_run": True}, by="platform"
    ),
}
