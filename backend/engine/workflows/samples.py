"""The sample workflows seeded into the demo tenants (and used as examples in docs/workflows.md):
leave, it-permission, release; onboarding (parallel branches); order-item and order (a sub-process).

They reference the demo directory: users `lead`, `carol`; department `<tenant>-ops`; roles
`approver`, `ops`, `hr`; and the notification channel(s) in `SAMPLE_CHANNELS`, which must exist
before the samples can be published.

The documents are written as the API receives them (plain dicts), with the small builders below
(`state`, `transition`, `reject`, ...), which tests use for their own documents too.
"""

from __future__ import annotations

from typing import Any

from engine.workflows.definitions.schema import WorkflowDocument

# ---- builders of document parts ------------------------------------------------------------------


def at(x: float, y: float) -> dict[str, float]:
    """A state's position on the designer's canvas."""
    return {"x": x, "y": y}


def choices(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"value": value, "label": label} for value, label in pairs]


def field(key: str, label: str, type_: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "label": label, "type": type_, **extra}


def state(key: str, name: str, **extra: Any) -> dict[str, Any]:
    """A state (`extra`: type, participant, distribution, field_permissions, sla, position, ...)."""
    return {"key": key, "name": name, **extra}


def start_state(key: str = "draft", name: str = "Draft", **extra: Any) -> dict[str, Any]:
    return state(key, name, type="start", **extra)


def draft(**extra: Any) -> dict[str, Any]:
    """The samples' start state: `draft`, at the canvas' origin; the creator may withdraw later."""
    return start_state(can_withdraw=True, position=at(0, 0), **extra)


def end_state(key: str, name: str, **extra: Any) -> dict[str, Any]:
    return state(key, name, type="end", **extra)


def transition(key: str, name: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "name": name, "source": source, "target": target, **extra}


def reject(key: str, name: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    """A rejecting transition, which does not insist on the required fields."""
    return transition(key, name, source, target, attribute="reject", check_required_fields=False, **extra)


def users(*usernames: str) -> dict[str, Any]:
    return {"kind": "users", "users": list(usernames)}


def roles(*codes: str) -> dict[str, Any]:
    return {"kind": "roles", "roles": list(codes)}


def departments(*codes: str, scope: str) -> dict[str, Any]:
    return {"kind": "departments", "departments": list(codes), "department_scope": scope}


def variable(name: str) -> dict[str, Any]:
    """Participants named by a variable of the ticket (creator, creator_department_leader, ...)."""
    return {"kind": "variable", "variable": name}


def claim() -> dict[str, Any]:
    """One of the candidates claims the ticket, then handles it alone."""
    return {"kind": "claim"}


def countersign(mode: str, **rule: Any) -> dict[str, Any]:
    return {"kind": "countersign", "countersign": {"mode": mode, **rule}}


# ---- the samples ---------------------------------------------------------------------------------


def _sample(key: str, name: str, category: str, description: str, document: dict[str, Any]) -> dict[str, Any]:
    return {"key": key, "name": name, "category": category, "description": description, "document": document}


def leave_request(tenant: str) -> dict[str, Any]:
    leave_types = choices(("annual", "Annual"), ("sick", "Sick"), ("personal", "Personal"))
    document = {
        "serial_prefix": "LV",
        "title_template": "{creator}: {leave_type} leave, {days} day(s)",
        "fields": [
            field("leave_type", "Type", "select", order=1, default="annual", choices=leave_types),
            field("start_date", "First day", "date", order=2),
            field("days", "Days", "int", order=3, validation={"min": "1", "max": "60"}),
            field("reason", "Reason", "text", order=4, required=False, validation={"max_length": 2000}),
            field("hr_note", "HR note", "text", order=5, required=False),
        ],
        "states": [
            start_state(can_withdraw=True, field_permissions={"hr_note": "hidden"}, position=at(0, 0)),
            state(
                "lead_review",
                "Leader review",
                can_withdraw=True,
                participant=variable("creator_department_leader"),
                position=at(250, 0),
            ),
            state(
                "hr_review",
                "HR review",
                participant=roles("hr"),
                distribution=claim(),
                field_permissions={"hr_note": "optional"},
                sla={"duration_seconds": 172800, "action": "remind"},
                position=at(500, 0),
            ),
            end_state("approved", "Approved", position=at(750, 0)),
            end_state("rejected", "Rejected", position=at(500, 200)),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "lead_review"),
            transition(
                "lead_approve",
                "Approve",
                "lead_review",
                "approved",
                branches=[{"expression": "days > 3", "target": "hr_review"}],
            ),
            reject("lead_reject", "Reject", "lead_review", "rejected", confirm_text="Reject this leave?"),
            transition("hr_approve", "Approve", "hr_review", "approved"),
            reject("hr_reject", "Reject", "hr_review", "rejected"),
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
    }
    description = "Time off. More than 3 days goes to the department leader, then HR."
    return _sample("leave", "Leave request", "HR", description, document)


def permission_request(tenant: str) -> dict[str, Any]:
    systems = choices(("gitlab", "GitLab"), ("grafana", "Grafana"), ("prod-db", "Production database"))
    levels = choices(("read", "Read"), ("write", "Write"), ("admin", "Admin"))
    document = {
        "serial_prefix": "PR",
        "title_template": "{creator} needs {access_level} on {system}",
        "fields": [
            field("system", "System", "select", order=1, choices=systems),
            field("access_level", "Access", "radio", order=2, default="read", choices=levels),
            field("justification", "Why", "text", order=3, validation={"min_length": 10, "max_length": 2000}),
            field("until", "Needed until", "date", order=4, required=False),
        ],
        "states": [
            draft(),
            state(
                "security_review",
                "Security review",
                can_withdraw=True,
                participant=users("lead", "carol"),
                distribution=countersign("all", veto_on_reject=True),
                position=at(250, 0),
            ),
            state(
                "grant",
                "Grant access",
                participant=departments(f"{tenant}-ops", scope="members"),
                distribution=claim(),
                position=at(500, 0),
            ),
            end_state("granted", "Granted", position=at(750, 0)),
            end_state("denied", "Denied", position=at(500, 200)),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "security_review"),
            transition("agree", "Agree", "security_review", "grant"),
            reject("disagree", "Disagree", "security_review", "denied"),
            transition("granted", "Done", "grant", "granted"),
            reject("cannot_grant", "Cannot grant", "grant", "denied"),
        ],
    }
    description = "Access to a system. Security reviewers countersign; operations grants it."
    return _sample("it-permission", "IT permission request", "IT", description, document)


def release_approval(tenant: str) -> dict[str, Any]:
    version_pattern = {"regex": "v?[0-9]+\\.[0-9]+\\.[0-9]+"}
    document = {
        "serial_prefix": "REL",
        "title_template": "Release {service} {version}",
        "fields": [
            field("service", "Service", "string", order=1, validation={"regex": "[a-z][a-z0-9-]{1,40}"}),
            field("version", "Version", "string", order=2, validation=version_pattern),
            field(
                "risk",
                "Risk",
                "select",
                order=3,
                default="low",
                choices=choices(("low", "Low"), ("high", "High")),
            ),
            field("window", "Change window", "datetime", order=4),
            field("notes", "Release notes", "rich_text", order=5, required=False),
        ],
        "states": [
            draft(),
            state(
                "ci_check",
                "CI check",
                participant={
                    "kind": "hook",
                    "hook": {"url": "https://ci.example.com/loonflow/release-check", "wait": True},
                },
                position=at(250, 0),
            ),
            state(
                "approval",
                "Approval",
                participant=departments(f"{tenant}-ops", scope="leader"),
                sla={"duration_seconds": 14400, "action": "remind"},
                position=at(500, 0),
            ),
            state(
                "cab_review",
                "Change board",
                position=at(500, -200),
                participant=roles("approver"),
                distribution=countersign("percent", percent=50, veto_on_reject=True),
            ),
            state("deploying", "Deploying", participant=roles("ops"), position=at(750, 0)),
            end_state("released", "Released", position=at(1000, 0)),
            end_state("rejected", "Rejected", position=at(500, 200)),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "ci_check"),
            transition("ci_passed", "CI passed", "ci_check", "approval", kind="hook"),
            transition("ci_failed", "CI failed", "ci_check", "rejected", kind="hook", attribute="reject"),
            transition(
                "approve",
                "Approve",
                "approval",
                "deploying",
                branches=[
                    {
                        "condition": {"groups": [[{"field": "risk", "op": "eq", "value": "high"}]]},
                        "target": "cab_review",
                    }
                ],
            ),
            transition("cab_approve", "Approve", "cab_review", "deploying"),
            reject("cab_reject", "Reject", "cab_review", "rejected"),
            reject("reject", "Reject", "approval", "rejected", confirm_text="Reject this release?"),
            transition("deployed", "Deployed", "deploying", "released"),
            transition(
                "auto_finish",
                "Finish automatically",
                "deploying",
                "released",
                kind="timer",
                timer_seconds=86400,
            ),
        ],
        "webhooks": [{"events": ["finished"], "url": "https://deploy-log.example.com/loonflow"}],
    }
    description = (
        "CI checks the release through a hook, the ops leader approves (high risk also needs the change "
        "board), ops deploys; a deployment not confirmed within a day finishes on its own."
    )
    return _sample("release", "Release approval", "Engineering", description, document)


def onboarding(tenant: str) -> dict[str, Any]:
    """Parallel branches: IT, facilities and HR prepare at the same time, each with its SLA."""
    two_days = {"duration_seconds": 172800, "action": "remind"}
    document = {
        "serial_prefix": "ONB",
        "title_template": "Onboarding {name}, starting {start_date}",
        "fields": [
            field("name", "New hire", "string", order=1, validation={"max_length": 200}),
            field("start_date", "Start date", "date", order=2),
            field("laptop", "Needs a laptop", "bool", order=3, required=False, default=True),
            field("desk", "Desk", "string", order=4, placeholder="3F-12", validation={"max_length": 40}),
        ],
        "states": [
            draft(),
            state("prepare", "Prepare", type="parallel_split", join="ready", position=at(250, 0)),
            state(
                "it",
                "IT: accounts and laptop",
                participant=roles("ops"),
                sla=two_days,
                position=at(500, -200),
            ),
            state(
                "facilities",
                "Facilities: desk and badge",
                participant=departments(f"{tenant}-ops", scope="leader"),
                sla=two_days,
                position=at(500, 0),
            ),
            state(
                "hr",
                "HR: contract and payroll",
                participant=roles("hr"),
                sla={"duration_seconds": 259200, "action": "remind"},
                position=at(500, 200),
            ),
            state("ready", "Everything ready", type="parallel_join", position=at(750, 0)),
            state(
                "sign_off",
                "Manager sign-off",
                participant=variable("creator_department_leader"),
                position=at(1000, 0),
            ),
            end_state("onboarded", "Onboarded", position=at(1250, 0)),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "prepare"),
            transition("to_it", "IT", "prepare", "it", kind="auto"),
            transition("to_facilities", "Facilities", "prepare", "facilities", kind="auto"),
            transition("to_hr", "HR", "prepare", "hr", kind="auto"),
            transition("it_ready", "Ready", "it", "ready"),
            transition("facilities_ready", "Ready", "facilities", "ready"),
            transition("hr_ready", "Ready", "hr", "ready"),
            reject("hr_return", "Send back", "hr", "draft", confirm_text="Send back to the creator?"),
            transition("after_join", "Everything ready", "ready", "sign_off", kind="auto"),
            transition("sign_off", "Sign off", "sign_off", "onboarded"),
        ],
    }
    description = (
        "A new hire's first day. IT, facilities and HR prepare in parallel (HR may send it back, "
        "which stops the other branches); the creator's department leader signs off when all are ready."
    )
    return _sample("onboarding", "New-hire onboarding", "HR", description, document)


def order_item(tenant: str) -> dict[str, Any]:
    """One item of an order (the `order` sample files one per row); also usable on its own."""
    document = {
        "serial_prefix": "ITM",
        "title_template": "{item} ({qty})",
        "fields": [
            field("item", "Item", "string", order=1, validation={"max_length": 200}),
            field("qty", "Quantity", "int", order=2, validation={"min": "1", "max": "1000"}),
            field("purpose", "For", "string", order=3, required=False),
        ],
        "states": [
            draft(),
            state(
                "purchasing",
                "Purchasing",
                participant=roles("ops"),
                sla={"duration_seconds": 259200, "action": "remind"},
                position=at(250, 0),
            ),
            end_state("delivered", "Delivered", position=at(500, 0)),
            end_state("unavailable", "Unavailable", position=at(250, 200)),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "purchasing"),
            transition("deliver", "Delivered", "purchasing", "delivered"),
            reject("unavailable", "Unavailable", "purchasing", "unavailable"),
        ],
    }
    description = "One item to buy and deliver; operations delivers it or says it is unavailable."
    return _sample("order-item", "Order item", "Purchasing", description, document)


def order(tenant: str) -> dict[str, Any]:
    """A sub-process: one `order-item` sub-ticket per row of `items`; done when all are delivered."""
    items = field(
        "items",
        "Items",
        "table",
        order=2,
        columns=[field("name", "Item", "string"), field("qty", "Quantity", "int", validation={"min": "1"})],
    )
    delivery = {
        "workflow": "order-item",
        "rows": "items",
        "values": {"item": "row.name", "qty": "row.qty", "purpose": "purpose"},
        "continue_on": "first_rejection",
    }
    document = {
        "serial_prefix": "ORD",
        "title_template": "Order: {purpose}",
        "fields": [field("purpose", "For", "string", order=1, validation={"max_length": 200}), items],
        "states": [
            draft(),
            state(
                "delivery",
                "Items being delivered",
                participant=variable("creator"),
                subprocess=delivery,
                position=at(250, 0),
            ),
            end_state("complete", "Complete", position=at(500, 0)),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "delivery"),
            transition("all_delivered", "All delivered", "delivery", "complete", kind="subtickets"),
            transition(
                "item_unavailable",
                "An item is unavailable",
                "delivery",
                "draft",
                kind="subtickets",
                attribute="reject",
            ),
        ],
    }
    description = (
        "An order of several items: each row of the table becomes an order-item sub-ticket; the order is "
        "complete when every item is delivered and comes back to its creator when one is unavailable."
    )
    return _sample("order", "Order", "Purchasing", description, document)


# In publishing order: a sub-process names a workflow published before it.
SAMPLES = (leave_request, permission_request, release_approval, onboarding, order_item, order)
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
