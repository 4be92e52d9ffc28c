"""The sample workflows seeded into the demo tenants (and used as examples in docs/workflows.md).

They reference the demo directory: users `lead`, `carol`; department `<tenant>-ops`; roles
`approver`, `ops`, `hr`; and the notification channel(s) in `SAMPLE_CHANNELS`, which must exist
before the samples can be published.
"""

from __future__ import annotations

from typing import Any

from engine.workflows.definitions.schema import WorkflowDocument


def leave_request(tenant: str) -> dict[str, Any]:
    return {
        "key": "leave",
        "name": "Leave request",
        "category": "HR",
        "description": "Time off. More than 3 days goes to the department leader, then HR.",
        "document": {
            "serial_prefix": "LV",
            "title_template": "{creator}: {leave_type} leave, {days} day(s)",
            "fields": [
                {
                    "key": "leave_type",
                    "label": "Type",
                    "type": "select",
                    "order": 1,
                    "default": "annual",
                    "choices": [
                        {"value": "annual", "label": "Annual"},
                        {"value": "sick", "label": "Sick"},
                        {"value": "personal", "label": "Personal"},
                    ],
                },
                {"key": "start_date", "label": "First day", "type": "date", "order": 2},
                {
                    "key": "days",
                    "label": "Days",
                    "type": "int",
                    "order": 3,
                    "validation": {"min": "1", "max": "60"},
                },
                {
                    "key": "reason",
                    "label": "Reason",
                    "type": "text",
                    "order": 4,
                    "required": False,
                    "validation": {"max_length": 2000},
                },
                {"key": "hr_note", "label": "HR note", "type": "text", "order": 5, "required": False},
            ],
            "states": [
                {
                    "key": "draft",
                    "name": "Draft",
                    "type": "start",
                    "can_withdraw": True,
                    "field_permissions": {"hr_note": "hidden"},
                    "position": {"x": 0, "y": 0},
                },
                {
                    "key": "lead_review",
                    "name": "Leader review",
                    "can_withdraw": True,
                    "participant": {"kind": "variable", "variable": "creator_department_leader"},
                    "position": {"x": 250, "y": 0},
                },
                {
                    "key": "hr_review",
                    "name": "HR review",
                    "participant": {"kind": "roles", "roles": ["hr"]},
                    "distribution": {"kind": "claim"},
                    "field_permissions": {"hr_note": "optional"},
                    "sla": {"duration_seconds": 172800, "action": "remind"},
                    "position": {"x": 500, "y": 0},
                },
                {"key": "approved", "name": "Approved", "type": "end", "position": {"x": 750, "y": 0}},
                {"key": "rejected", "name": "Rejected", "type": "end", "position": {"x": 500, "y": 200}},
            ],
            "transitions": [
                {"key": "submit", "name": "Submit", "source": "draft", "target": "lead_review"},
                {
                    "key": "lead_approve",
                    "name": "Approve",
                    "source": "lead_review",
                    "target": "approved",
                    "branches": [{"expression": "days > 3", "target": "hr_review"}],
                },
                {
                    "key": "lead_reject",
                    "name": "Reject",
                    "source": "lead_review",
                    "target": "rejected",
                    "attribute": "reject",
                    "check_required_fields": False,
                    "confirm_text": "Reject this leave?",
                },
                {"key": "hr_approve", "name": "Approve", "source": "hr_review", "target": "approved"},
                {
                    "key": "hr_reject",
                    "name": "Reject",
                    "source": "hr_review",
                    "target": "rejected",
                    "attribute": "reject",
                    "check_required_fields": False,
                },
            ],
            "notifications": [
                {
                    "events": ["state_entered"],
                    "channel": "email",
                    "recipients": ["handlers"],
                    "template": "Leave request {serial} from {creator} waits for you.",
                },
                {
                    "events": ["finished"],
                    "channel": "email",
                    "recipients": ["creator"],
                    "template": "Your leave request {serial} is done.",
                },
            ],
        },
    }


def permission_request(tenant: str) -> dict[str, Any]:
    return {
        "key": "it-permission",
        "name": "IT permission request",
        "category": "IT",
        "description": "Access to a system. Security reviewers countersign; operations grants it.",
        "document": {
            "serial_prefix": "PR",
            "title_template": "{creator} needs {access_level} on {system}",
            "fields": [
                {
                    "key": "system",
                    "label": "System",
                    "type": "select",
                    "order": 1,
                    "choices": [
                        {"value": "gitlab", "label": "GitLab"},
                        {"value": "grafana", "label": "Grafana"},
                        {"value": "prod-db", "label": "Production database"},
                    ],
                },
                {
                    "key": "access_level",
                    "label": "Access",
                    "type": "radio",
                    "order": 2,
                    "default": "read",
                    "choices": [
                        {"value": "read", "label": "Read"},
                        {"value": "write", "label": "Write"},
                        {"value": "admin", "label": "Admin"},
                    ],
                },
                {
                    "key": "justification",
                    "label": "Why",
                    "type": "text",
                    "order": 3,
                    "validation": {"min_length": 10, "max_length": 2000},
                },
                {"key": "until", "label": "Needed until", "type": "date", "order": 4, "required": False},
            ],
            "states": [
                {
                    "key": "draft",
                    "name": "Draft",
                    "type": "start",
                    "can_withdraw": True,
                    "position": {"x": 0, "y": 0},
                },
                {
                    "key": "security_review",
                    "name": "Security review",
                    "can_withdraw": True,
                    "participant": {"kind": "users", "users": ["lead", "carol"]},
                    "distribution": {
                        "kind": "countersign",
                        "countersign": {"mode": "all", "veto_on_reject": True},
                    },
                    "position": {"x": 250, "y": 0},
                },
                {
                    "key": "grant",
                    "name": "Grant access",
                    "participant": {
                        "kind": "departments",
                        "departments": [f"{tenant}-ops"],
                        "department_scope": "members",
                    },
                    "distribution": {"kind": "claim"},
                    "position": {"x": 500, "y": 0},
                },
                {"key": "granted", "name": "Granted", "type": "end", "position": {"x": 750, "y": 0}},
                {"key": "denied", "name": "Denied", "type": "end", "position": {"x": 500, "y": 200}},
            ],
            "transitions": [
                {"key": "submit", "name": "Submit", "source": "draft", "target": "security_review"},
                {"key": "agree", "name": "Agree", "source": "security_review", "target": "grant"},
                {
                    "key": "disagree",
                    "name": "Disagree",
                    "source": "security_review",
                    "target": "denied",
                    "attribute": "reject",
                    "check_required_fields": False,
                },
                {"key": "granted", "name": "Done", "source": "grant", "target": "granted"},
                {
                    "key": "cannot_grant",
                    "name": "Cannot grant",
                    "source": "grant",
                    "target": "denied",
                    "attribute": "reject",
                    "check_required_fields": False,
                },
            ],
        },
    }


def release_approval(tenant: str) -> dict[str, Any]:
    return {
        "key": "release",
        "name": "Release approval",
        "category": "Engineering",
        "description": (
            "CI checks the release through a hook, the ops leader approves (high risk also needs the change "
            "board), ops deploys; a deployment not confirmed within a day finishes on its own."
        ),
        "document": {
            "serial_prefix": "REL",
            "title_template": "Release {service} {version}",
            "fields": [
                {
                    "key": "service",
                    "label": "Service",
                    "type": "string",
                    "order": 1,
                    "validation": {"regex": "[a-z][a-z0-9-]{1,40}"},
                },
                {
                    "key": "version",
                    "label": "Version",
                    "type": "string",
                    "order": 2,
                    "validation": {"regex": "v?[0-9]+\\.[0-9]+\\.[0-9]+"},
                },
                {
                    "key": "risk",
                    "label": "Risk",
                    "type": "select",
                    "order": 3,
                    "default": "low",
                    "choices": [{"value": "low", "label": "Low"}, {"value": "high", "label": "High"}],
                },
                {"key": "window", "label": "Change window", "type": "datetime", "order": 4},
                {
                    "key": "notes",
                    "label": "Release notes",
                    "type": "rich_text",
                    "order": 5,
                    "required": False,
                },
            ],
            "states": [
                {
                    "key": "draft",
                    "name": "Draft",
                    "type": "start",
                    "can_withdraw": True,
                    "position": {"x": 0, "y": 0},
                },
                {
                    "key": "ci_check",
                    "name": "CI check",
                    "participant": {
                        "kind": "hook",
                        "hook": {"url": "https://ci.example.com/loonflow/release-check", "wait": True},
                    },
                    "position": {"x": 250, "y": 0},
                },
                {
                    "key": "approval",
                    "name": "Approval",
                    "participant": {
                        "kind": "departments",
                        "departments": [f"{tenant}-ops"],
                        "department_scope": "leader",
                    },
                    "sla": {"duration_seconds": 14400, "action": "remind"},
                    "position": {"x": 500, "y": 0},
                },
                {
                    "key": "cab_review",
                    "name": "Change board",
                    "position": {"x": 500, "y": -200},
                    "participant": {"kind": "roles", "roles": ["approver"]},
                    "distribution": {
                        "kind": "countersign",
                        "countersign": {"mode": "percent", "percent": 50, "veto_on_reject": True},
                    },
                },
                {
                    "key": "deploying",
                    "name": "Deploying",
                    "participant": {"kind": "roles", "roles": ["ops"]},
                    "position": {"x": 750, "y": 0},
                },
                {"key": "released", "name": "Released", "type": "end", "position": {"x": 1000, "y": 0}},
                {"key": "rejected", "name": "Rejected", "type": "end", "position": {"x": 500, "y": 200}},
            ],
            "transitions": [
                {"key": "submit", "name": "Submit", "source": "draft", "target": "ci_check"},
                {
                    "key": "ci_passed",
                    "name": "CI passed",
                    "source": "ci_check",
                    "target": "approval",
                    "kind": "hook",
                },
                {
                    "key": "ci_failed",
                    "name": "CI failed",
                    "source": "ci_check",
                    "target": "rejected",
                    "kind": "hook",
                    "attribute": "reject",
                },
                {
                    "key": "approve",
                    "name": "Approve",
                    "source": "approval",
                    "target": "deploying",
                    "branches": [
                        {
                            "condition": {"groups": [[{"field": "risk", "op": "eq", "value": "high"}]]},
                            "target": "cab_review",
                        }
                    ],
                },
                {"key": "cab_approve", "name": "Approve", "source": "cab_review", "target": "deploying"},
                {
                    "key": "cab_reject",
                    "name": "Reject",
                    "source": "cab_review",
                    "target": "rejected",
                    "attribute": "reject",
                    "check_required_fields": False,
                },
                {
                    "key": "reject",
                    "name": "Reject",
                    "source": "approval",
                    "target": "rejected",
                    "attribute": "reject",
                    "check_required_fields": False,
                    "confirm_text": "Reject this release?",
                },
                {"key": "deployed", "name": "Deployed", "source": "deploying", "target": "released"},
                {
                    "key": "auto_finish",
                    "name": "Finish automatically",
                    "source": "deploying",
                    "target": "released",
                    "kind": "timer",
                    "timer_seconds": 86400,
                },
            ],
            "webhooks": [{"events": ["finished"], "url": "https://deploy-log.example.com/loonflow"}],
        },
    }


SAMPLES = (leave_request, permission_request, release_approval)
# The notification channels the samples' rules name (publishing checks that they exist).
SAMPLE_CHANNELS = ("email",)


def sample_definitions(tenant: str) -> list[dict[str, Any]]:
    """Each sample with its document parsed, ready for `workflow_create`."""
    out = []
    for sample in SAMPLES:
        data = sample(tenant)
        data["document"] = WorkflowDocument.model_validate(data["document"])
        out.append(data)
    return out
