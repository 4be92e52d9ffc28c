"""A 2.x workflow (its states, transitions and custom fields) as our workflow document.

Keys: states `s<id>`, transitions `t<id>`, fields their 2.x key (made valid and unique). States
that 2.x soft-deleted are left out unless a ticket still sits in them (then they are kept, named
"(deleted)", so the ticket's place resolves). Every participant, condition, field or value that
cannot be carried over faithfully is reported (`Report.issue`) with the workflow and state names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from engine.workflows.conditions import check_condition, parse_expression
from engine.workflows.definitions.schema import (
    Branch,
    Choice,
    FieldDef,
    FieldPermission,
    FieldType,
    StateDef,
    StateType,
    TransitionAttribute,
    TransitionDef,
    WorkflowDocument,
)
from integrations.v2import import participants, texts
from integrations.v2import.conditions import Untranslatable, translate
from integrations.v2import.report import Report

FIELD_TYPES = {
    5: FieldType.STRING,
    10: FieldType.INT,
    15: FieldType.DECIMAL,
    20: FieldType.BOOL,
    25: FieldType.DATE,
    30: FieldType.DATETIME,
    35: FieldType.RADIO,
    40: FieldType.CHECKBOX,
    45: FieldType.SELECT,
    50: FieldType.MULTI_SELECT,
    55: FieldType.TEXT,
    58: FieldType.RICH_TEXT,
    60: FieldType.USER,
    70: FieldType.USERS,
    80: FieldType.TEXT,  # attachments: the old /media paths, kept as text
}
_STATE_TYPES = {1: StateType.START, 2: StateType.END}
_ATTRIBUTES = {1: TransitionAttribute.AGREE, 2: TransitionAttribute.REJECT, 3: TransitionAttribute.OTHER}
_PERMISSIONS = {1: FieldPermission.READ_ONLY, 2: FieldPermission.REQUIRED, 3: FieldPermission.OPTIONAL}


def state_key(source_id: Any) -> str:
    return f"s{source_id}"


def transition_key(source_id: Any) -> str:
    return f"t{source_id}"


@dataclass
class Built:
    document: WorkflowDocument
    # 2.x field key → (our key, our type), and what each 2.x transition leads to.
    fields: dict[str, tuple[str, FieldType]] = field(default_factory=dict)
    targets: dict[int, str] = field(default_factory=dict)
    legacy_states: list[str] = field(default_factory=list)  # deleted in 2.x, kept for tickets in them


@dataclass
class Source:
    workflow: dict[str, Any]
    states: list[dict[str, Any]]
    transitions: list[dict[str, Any]]
    fields: list[dict[str, Any]]
    occupied: set[int]  # state ids some ticket sits in


class _Builder:
    def __init__(self, source: Source, report: Report) -> None:
        self.source, self.report = source, report
        self.name = texts.text(source.workflow.get("name"), 200) or f"workflow {source.workflow['id']}"
        self.built = Built(document=WorkflowDocument())
        self.state_names: dict[str, str] = {}  # our key → the state's name (for the report)

    def issue(self, kind: str, reason: str, **where: Any) -> None:
        self.report.issue(kind, reason, workflow=self.name, workflow_id=self.source.workflow["id"], **where)

    # ---- fields ------------------------------------------------------------------------------

    def fields(self) -> list[FieldDef]:
        out: list[FieldDef] = []
        taken: set[str] = set()
        for row in self.source.fields:
            if texts.flag(row.get("is_deleted")):
                continue
            defined = self.field(row, taken)
            if defined is not None:
                out.append(defined)
        return out

    def field(self, row: dict[str, Any], taken: set[str]) -> FieldDef | None:
        raw_key = texts.text(row.get("field_key"), 100)
        type_id = texts.as_int(row.get("field_type_id"))
        kind = FIELD_TYPES.get(type_id)
        if kind is None or not raw_key or raw_key in self.built.fields:
            why = "a repeated key" if raw_key in self.built.fields else f"unknown field type {type_id}"
            self.issue("field", why, field=raw_key or row.get("id"))
            return None
        if type_id == 80:
            self.issue(
                "field",
                "an attachment field: its files stay on the old server; the paths are kept as text",
                field=raw_key,
            )
        key = texts.key_of(raw_key, taken)
        label = texts.text(row.get("field_name"), 200).strip() or raw_key
        try:
            defined = FieldDef(
                key=key,
                label=label,
                type=kind,
                required=False,
                choices=self.choices(row, kind, raw_key),
                default=self.default(row, kind),
                placeholder=texts.text(row.get("placeholder"), 200),
                help_text=texts.text(row.get("description"), 1000),
                order=texts.as_int(row.get("order_id")),
            )
        except ValidationError as exc:
            self.issue("field", f"cannot be defined: {exc.errors()[0]['msg']}", field=raw_key)
            return None
        self.built.fields[raw_key] = (key, kind)
        return defined

    def choices(self, row: dict[str, Any], kind: FieldType, raw_key: str) -> list[Choice]:
        if kind not in (FieldType.RADIO, FieldType.CHECKBOX, FieldType.SELECT, FieldType.MULTI_SELECT):
            return []
        value, ok = texts.json_value(row.get("field_choice"))
        if not ok or not isinstance(value, dict):
            self.issue("field", "its choices (field_choice) are not a JSON object", field=raw_key)
            return []
        out = []
        for choice, label in list(value.items())[:500]:
            choice_text, label_text = texts.text(choice, 100), texts.text(label, 200).strip()
            if choice_text:
                out.append(Choice(value=choice_text, label=label_text or choice_text))
        return out

    def default(self, row: dict[str, Any], kind: FieldType) -> Any:
        raw = row.get("default_value")
        if raw in (None, ""):
            return None
        if kind in (FieldType.STRING, FieldType.TEXT, FieldType.RICH_TEXT):
            return texts.text(raw, 4000)
        if kind == FieldType.INT:
            return texts.as_int(raw, 0) if str(raw).strip().lstrip("-").isdigit() else None
        if kind == FieldType.DECIMAL:
            try:
                return str(Decimal(str(raw)))
            except InvalidOperation:
                return None
        return None

    # ---- states --------------------------------------------------------------------------------

    def states(self) -> list[StateDef]:
        out, start_seen = [], False
        for row in sorted(self.source.states, key=lambda r: (texts.as_int(r.get("order_id")), r["id"])):
            deleted = texts.flag(row.get("is_deleted"))
            if deleted and row["id"] not in self.source.occupied:
                continue
            kind = _STATE_TYPES.get(texts.as_int(row.get("type_id")), StateType.NORMAL)
            if kind == StateType.START and (start_seen or deleted):
                self.issue("state", "a second start state, imported as a normal state", state=row.get("name"))
                kind = StateType.NORMAL
            start_seen = start_seen or kind == StateType.START
            out.append(self.state(row, kind, deleted))
        return out

    def state(self, row: dict[str, Any], kind: StateType, deleted: bool) -> StateDef:
        name = texts.text(row.get("name"), 180).strip() or f"state {row['id']}"
        key = state_key(row["id"])
        self.state_names[key] = name
        if deleted:
            self.built.legacy_states.append(key)
            name = f"{name} (deleted)"
        type_id = texts.as_int(row.get("participant_type_id"))
        mapped = participants.participant(type_id, row.get("participant"), fields=self.built.fields)
        if mapped.problem and kind not in (StateType.START, StateType.END):
            # Hook and external-lookup participants hold a URL and its token: never shown.
            shown = "" if type_id in participants.SECRET_TYPES else row.get("participant")
            self.issue("participant", mapped.problem, state=name, participant=shown)
        return StateDef(
            key=key,
            name=name,
            type=kind,
            participant=mapped.participant
            if kind not in (StateType.START, StateType.END)
            else participants.Participant(),
            distribution=participants.distribution(texts.as_int(row.get("distribute_type_id"), 1))
            if kind == StateType.NORMAL
            else participants.Distribution(),
            field_permissions=self.permissions(row, name, kind),
            can_withdraw=texts.flag(row.get("enable_retreat")),
            reuse_last_handler=texts.flag(row.get("remember_last_man_enable")),
        )

    def permissions(self, row: dict[str, Any], name: str, kind: StateType) -> dict[str, FieldPermission]:
        value, ok = texts.json_value(row.get("state_field_str"))
        if not ok or not isinstance(value, dict | type(None)):
            self.issue("state", "its field settings (state_field_str) are not a JSON object", state=name)
            value = {}
        listed = {key: texts.as_int(attr) for key, attr in (value or {}).items()}
        out = {}
        for raw_key, (key, _type) in self.built.fields.items():
            permission = _PERMISSIONS.get(listed.get(raw_key, 0), FieldPermission.HIDDEN)
            if kind == StateType.END and permission != FieldPermission.HIDDEN:
                permission = FieldPermission.READ_ONLY
            out[key] = permission
        return out

    # ---- transitions -------------------------------------------------------------------------

    def transitions(self, state_keys: set[str]) -> list[TransitionDef]:
        out = []
        for row in self.source.transitions:
            source, target = state_key(row.get("source_state_id")), state_key(row.get("destination_state_id"))
            name = texts.text(row.get("name"), 180).strip() or f"transition {row['id']}"
            where = {"state": self.state_names.get(source, ""), "transition": name}
            if source not in state_keys or target not in state_keys:
                if not texts.flag(row.get("is_deleted")):
                    self.issue("transition", "its source or destination state does not exist", **where)
                continue
            if texts.flag(row.get("is_deleted")) and source not in self.built.legacy_states:
                continue
            if texts.as_int(row.get("timer")) > 0:
                self.issue("transition", "its timer is not imported", **where)
            out.append(
                TransitionDef(
                    key=transition_key(row["id"]),
                    name=name,
                    source=source,
                    target=target,
                    attribute=_ATTRIBUTES.get(
                        texts.as_int(row.get("attribute_type_id"), 1), TransitionAttribute.AGREE
                    ),
                    check_required_fields=texts.flag(row.get("field_require_check", 1)),
                    confirm_text=texts.text(row.get("alert_text"), 500)
                    if texts.flag(row.get("alert_enable"))
                    else "",
                    branches=self.branches(row, where, state_keys),
                )
            )
            self.built.targets[row["id"]] = target
        return out

    def branches(self, row: dict[str, Any], where: dict[str, str], state_keys: set[str]) -> list[Branch]:
        value, ok = texts.json_value(row.get("condition_expression"))
        if not ok or not isinstance(value, list | type(None)):
            self.issue(
                "condition",
                "condition_expression is not a JSON list; the transition is kept without conditions",
                **where,
            )
            return []
        out = []
        types = {key: kind.value for key, kind in self.built.fields.values()}
        for item in (value or [])[:50]:
            expression = texts.text(item.get("expression") if isinstance(item, dict) else "", 4000)
            target = state_key(item.get("target_state_id")) if isinstance(item, dict) else ""
            translated, reason = self.branch(expression, target, state_keys, types)
            if translated is None:
                self.issue(
                    "condition",
                    f"{reason}; this branch is dropped, the transition is kept",
                    expression=expression,
                    **where,
                )
                continue
            out.append(Branch(expression=translated, target=target))
        return out

    def branch(
        self, expression: str, target: str, state_keys: set[str], types: dict[str, str]
    ) -> tuple[str | None, str]:
        """(our expression, "") for a branch, or (None, why there is none)."""
        if target not in state_keys:
            return None, "its target state does not exist"
        try:
            translated = translate(
                expression, field_keys={raw: key for raw, (key, _t) in self.built.fields.items()}
            )
        except Untranslatable as exc:
            return None, f"untranslatable condition: {exc}"
        problems = check_condition(parse_expression(translated.expression), types)
        if problems:
            return None, f"untranslatable condition: {problems[0][1]}"
        return translated.expression, ""


def build(source: Source, report: Report) -> Built:
    builder = _Builder(source, report)
    fields = builder.fields()
    states = builder.states()
    transitions = builder.transitions({state.key for state in states})
    builder.built.document = WorkflowDocument(
        serial_prefix="LF",
        title_template="{workflow} {serial}",
        fields=fields,
        states=states,
        transitions=transitions,
    )
    return builder.built
