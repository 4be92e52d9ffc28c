"""The publish-time rules of a workflow document: the graph, references and settings that fit together.

`schema.py` checks the shape of a document; this module checks what the shape cannot say (one start
state, every state reachable, no dead ends, every referenced field/user/department/role exists,
every condition parses and fits the fields, settings that only make sense together). A draft may
fail these rules while it is being designed; publishing requires `validate_document(...) == []`.

Everything here is a pure function of the document and a `DirectoryIndex` of the names that exist,
except `directory_index_for`, which reads that index from the current tenant schema: users,
departments and roles itself, notification channels and scripts through the lookups their owning app
registers (`register_name_lookup`; integrations depends on engine, never the other way round). Problems are
reported all at once, in document order, each with a dotted `path` into the document
(`states.2.participant.users.0`), a snake_case `code` and a human `message`.
"""

from __future__ import annotations

import re
import string
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from django.db.models import Model
from pydantic import ValidationError

from engine.workflows.conditions import (
    Condition,
    ConditionSyntaxError,
    check_condition,
    parse_expression,
    to_expression,
)
from engine.workflows.definitions.patterns import PatternError, compile_pattern, pattern_problem
from engine.workflows.definitions.schema import (
    CHOICE_TYPES,
    NUMBER_TYPES,
    TEXT_TYPES,
    Audience,
    Branch,
    CountersignMode,
    DistributionKind,
    FieldDef,
    FieldPermission,
    FieldType,
    Participant,
    ParticipantKind,
    SlaAction,
    StateDef,
    StateType,
    TransitionKind,
    WorkflowDocument,
)

# Title placeholders that are always available besides the field keys.
TITLE_PLACEHOLDERS = frozenset({"workflow", "serial", "creator", "date"})
# Field types holding several values (their `default` is a list; length bounds count items).
MULTI_CHOICE_TYPES = frozenset({FieldType.CHECKBOX, FieldType.MULTI_SELECT})
MULTI_VALUED_TYPES = MULTI_CHOICE_TYPES | {FieldType.USERS, FieldType.ATTACHMENT, FieldType.TABLE}
DATE_TYPES = frozenset({FieldType.DATE, FieldType.DATETIME, FieldType.TIME})
# Field types a `field` participant rule may read the handlers from.
PARTICIPANT_FIELD_TYPES = frozenset({FieldType.USER, FieldType.USERS, FieldType.DEPARTMENT})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Problem:
    path: str
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class DirectoryIndex:
    """The usernames (of active users), department codes and role codes that exist in the tenant,
    and the codes of its notification channels and scripts (active or not: one may be switched
    off for a while without unpublishing the workflows that use it).

    Only the names the document references need to be present."""

    usernames: frozenset[str] = frozenset()
    department_codes: frozenset[str] = frozenset()
    role_codes: frozenset[str] = frozenset()
    channel_codes: frozenset[str] = frozenset()
    script_codes: frozenset[str] = frozenset()


# Which of the given codes exist in the current tenant schema, for names another app keeps.
NameKind = Literal["channel", "script"]
NameLookup = Callable[[set[str]], frozenset[str]]
_name_lookups: dict[NameKind, NameLookup] = {}


def register_name_lookup(kind: NameKind, lookup: NameLookup) -> None:
    """Called by the app that keeps the names (in its `AppConfig.ready`). Without one, every
    reference of that kind is unknown: a workflow cannot publish what nothing could run."""
    _name_lookups[kind] = lookup


# ---- public helpers -------------------------------------------------------------------------------


def _participants(doc: WorkflowDocument) -> Iterable[Participant | Audience]:
    for state in doc.states:
        yield state.participant
        if state.sla is not None and state.sla.escalate_to is not None:
            yield state.sla.escalate_to
    yield doc.creators
    yield doc.viewers
    yield doc.intervenors


def referenced_names(doc: WorkflowDocument) -> tuple[set[str], set[str], set[str]]:
    """The usernames, department codes and role codes the document mentions anywhere."""
    usernames: set[str] = set()
    departments: set[str] = set()
    roles: set[str] = set()
    for who in _participants(doc):
        usernames.update(who.users)
        departments.update(who.departments)
        roles.update(who.roles)
    return usernames, departments, roles


def referenced_codes(doc: WorkflowDocument) -> tuple[set[str], set[str]]:
    """The notification channel codes and script codes the document mentions."""
    channels = {rule.channel for rule in doc.notifications}
    scripts = {code for state in doc.states for code in state.scripts}
    scripts.update(code for transition in doc.transitions for code in transition.scripts)
    return channels, scripts


def directory_index_for(doc: WorkflowDocument) -> DirectoryIndex:
    """Which of the names the document references exist (active) in the current tenant schema.

    At most five queries, one per kind of name, and none for a kind the document does not use."""
    from core.access.models import User
    from core.directory.models import Department, Role

    def existing(model: type[Model], column: str, names: set[str]) -> frozenset[str]:
        if not names:
            return frozenset()
        rows = model._default_manager.filter(**{f"{column}__in": names, "is_active": True})
        return frozenset(rows.order_by().values_list(column, flat=True))

    def registered(kind: NameKind, codes: set[str]) -> frozenset[str]:
        lookup = _name_lookups.get(kind)
        return lookup(codes) if codes and lookup is not None else frozenset()

    usernames, departments, roles = referenced_names(doc)
    channels, scripts = referenced_codes(doc)
    return DirectoryIndex(
        usernames=existing(User, "username", usernames),
        department_codes=existing(Department, "code", departments),
        role_codes=existing(Role, "code", roles),
        channel_codes=registered("channel", channels),
        script_codes=registered("script", scripts),
    )


def _blank(value: Any) -> bool:
    return value is None or value == {} or (isinstance(value, str) and not value.strip())


def parse_branch_condition(branch: Branch) -> Condition:
    """The branch's condition as a tree, from the structured `condition` or from the `expression`.

    Raises `ConditionSyntaxError` for an expression that does not parse, pydantic's
    `ValidationError` (a `ValueError`) for a malformed structured condition, and `ValueError` when
    the branch gives neither or both.
    """
    has_condition, has_expression = not _blank(branch.condition), not _blank(branch.expression)
    if has_condition and has_expression:
        raise ValueError("a branch takes either a condition or an expression, not both")
    if has_condition:
        return Condition.model_validate(branch.condition)
    if has_expression:
        assert branch.expression is not None
        return parse_expression(branch.expression)
    raise ValueError("a branch needs a condition or an expression")


# ---- the rules ------------------------------------------------------------------------------------


def validate_document(doc: WorkflowDocument, directory: DirectoryIndex) -> list[Problem]:
    """Every problem that keeps the document from being published, in document order; [] = publishable."""
    return _Validator(doc, directory).run()


class _Validator:
    def __init__(self, doc: WorkflowDocument, directory: DirectoryIndex) -> None:
        self.doc = doc
        self.directory = directory
        self.problems: list[Problem] = []
        # The first definition of each key wins; later duplicates are reported.
        self.fields: dict[str, FieldDef] = {}
        for field in doc.fields:
            self.fields.setdefault(field.key, field)
        self.states: dict[str, StateDef] = {}
        for state in doc.states:
            self.states.setdefault(state.key, state)
        self.sources = {transition.source for transition in doc.transitions}
        # Path of each later occurrence of a repeated key ("states.3.key") → its message.
        self.duplicates: dict[str, str] = {}

    def add(self, path: str, code: str, message: str) -> None:
        self.problems.append(Problem(path, code, message))

    def run(self) -> list[Problem]:
        self.check_title()
        self.check_fields()
        self.check_states()
        self.check_transitions()
        self.check_audience("creators", self.doc.creators, must_have_someone=True)
        self.check_audience("viewers", self.doc.viewers)
        self.check_audience("intervenors", self.doc.intervenors)
        self.check_notifications()
        return self.problems

    # ---- title ------------------------------------------------------------------------------------

    def check_title(self) -> None:
        path = "title_template"
        for _literal, name, format_spec, conversion in self.title_parts(path):
            if name is None:
                continue
            if not name or conversion is not None or format_spec or not name.isidentifier():
                shown = "{" + name + (f"!{conversion}" if conversion else "")
                shown += (f":{format_spec}" if format_spec else "") + "}"
                self.add(
                    path,
                    "invalid_placeholder",
                    f"Placeholder {shown} is not allowed: use a plain {{name}} "
                    "(no positions, attributes, indexes, conversions or format specs).",
                )
            elif name not in TITLE_PLACEHOLDERS and name not in self.fields:
                self.add(
                    path,
                    "unknown_placeholder",
                    f"Placeholder {{{name}}} is neither a field key nor one of "
                    f"{', '.join(sorted(TITLE_PLACEHOLDERS))}.",
                )

    def title_parts(self, path: str) -> Iterator[tuple[str, str | None, str | None, str | None]]:
        """The parsed title template, up to a syntax error (reported, not raised). Never formatted."""
        parts = iter(string.Formatter().parse(self.doc.title_template))
        while True:
            try:
                yield next(parts)
            except StopIteration:
                return
            except ValueError as error:
                self.add(path, "invalid_placeholder", f"The title template is malformed: {error}.")
                return

    # ---- fields -----------------------------------------------------------------------------------

    def check_fields(self) -> None:
        self.check_unique_keys("fields", [field.key for field in self.doc.fields], "field")
        for index, field in enumerate(self.doc.fields):
            self.check_field(f"fields.{index}", field, is_column=False)

    def check_unique_keys(self, path: str, keys: list[str], what: str) -> None:
        """Note each repeated key (at its later occurrences); `report_duplicate` adds it in order."""
        seen: set[str] = set()
        for index, key in enumerate(keys):
            if key in seen:
                self.duplicates[f"{path}.{index}.key"] = f"Another {what} already has the key {key!r}."
            seen.add(key)

    def report_duplicate(self, path: str) -> None:
        message = self.duplicates.get(f"{path}.key")
        if message is not None:
            self.add(f"{path}.key", "duplicate_key", message)

    def check_field(self, path: str, field: FieldDef, *, is_column: bool) -> None:
        self.report_duplicate(path)
        kind = field.type
        if is_column and kind == FieldType.TABLE:
            self.add(f"{path}.type", "nested_table", "A column of a table cannot be a table itself.")
        self.check_choices(path, field)
        self.check_validation(path, field)
        self.check_default(path, field)
        if kind == FieldType.TABLE:
            if not field.columns:
                self.add(f"{path}.columns", "missing_columns", "A table needs at least one column.")
            self.check_unique_keys(f"{path}.columns", [column.key for column in field.columns], "column")
            for index, column in enumerate(field.columns):
                self.check_field(f"{path}.columns.{index}", column, is_column=True)
        elif field.columns:
            self.add(f"{path}.columns", "unexpected_columns", f"Only table fields have columns, not {kind}.")

    def check_choices(self, path: str, field: FieldDef) -> None:
        if field.type not in CHOICE_TYPES:
            if field.choices:
                self.add(
                    f"{path}.choices", "unexpected_choices", f"A {field.type} field does not take choices."
                )
            return
        if not field.choices:
            self.add(f"{path}.choices", "missing_choices", f"A {field.type} field needs at least one choice.")
        seen: set[str] = set()
        for index, choice in enumerate(field.choices):
            if choice.value in seen:
                self.add(
                    f"{path}.choices.{index}.value",
                    "duplicate_choice",
                    f"Another choice already has the value {choice.value!r}.",
                )
            seen.add(choice.value)

    def check_validation(self, path: str, field: FieldDef) -> None:
        rules = field.validation
        if rules is None:
            return
        path, kind = f"{path}.validation", field.type
        bounds: dict[str, Any] = {}
        for name in ("min", "max"):
            value = getattr(rules, name)
            if value is None:
                continue
            if kind not in NUMBER_TYPES and kind not in DATE_TYPES:
                self.add(
                    f"{path}.{name}",
                    "invalid_validation",
                    f"`{name}` applies to numbers and dates, not {kind}.",
                )
                continue
            bound = _bound(kind, value)
            if bound is None:
                expected = "a number" if kind in NUMBER_TYPES else f"an ISO {kind} string"
                self.add(f"{path}.{name}", "invalid_validation", f"`{name}` must be {expected}.")
            else:
                bounds[name] = bound
        if "min" in bounds and "max" in bounds and _greater(bounds["min"], bounds["max"]):
            self.add(path, "invalid_validation", "`min` is greater than `max`.")
        lengths = [name for name in ("min_length", "max_length") if getattr(rules, name) is not None]
        if lengths and kind not in TEXT_TYPES and kind not in MULTI_VALUED_TYPES:
            for name in lengths:
                self.add(
                    f"{path}.{name}",
                    "invalid_validation",
                    f"`{name}` applies to text and multi-valued fields, not {kind}.",
                )
        elif (
            rules.min_length is not None
            and rules.max_length is not None
            and rules.min_length > rules.max_length
        ):
            self.add(path, "invalid_validation", "`min_length` is greater than `max_length`.")
        if rules.regex is not None:
            if kind not in TEXT_TYPES:
                self.add(
                    f"{path}.regex", "invalid_validation", f"`regex` applies to text fields, not {kind}."
                )
            elif (problem := pattern_problem(rules.regex)) is not None:
                self.add(f"{path}.regex", "invalid_validation", problem)

    def check_default(self, path: str, field: FieldDef) -> None:
        if field.default is None:
            return
        error = _default_type_error(field)
        if error is None:
            error = _default_bounds_error(field)
        if error is not None:
            self.add(f"{path}.default", "invalid_default", error)

    # ---- states -----------------------------------------------------------------------------------

    def check_states(self) -> None:
        doc = self.doc
        starts = [index for index, state in enumerate(doc.states) if state.type == StateType.START]
        if not starts:
            self.add("states", "no_start_state", "The workflow needs a start state.")
        if not any(state.type == StateType.END for state in doc.states):
            self.add("states", "no_end_state", "The workflow needs at least one end state.")
        self.check_unique_keys("states", [state.key for state in doc.states], "state")
        reachable = self.reachable({doc.states[index].key for index in starts})
        for index, state in enumerate(doc.states):
            path = f"states.{index}"
            if starts and state.key not in reachable:
                self.add(path, "unreachable_state", f"State {state.key!r} cannot be reached from the start.")
            if state.type != StateType.END and state.key not in self.sources:
                self.add(path, "dead_end", f"State {state.key!r} has no transition out of it.")
            self.report_duplicate(path)
            if state.type == StateType.START and index != starts[0]:
                self.add(
                    f"{path}.type",
                    "multiple_start_states",
                    f"Only one state can be the start; {doc.states[starts[0]].key!r} already is.",
                )
            self.check_participant(
                f"{path}.participant", state.participant, none_allowed=state.type != StateType.NORMAL
            )
            self.check_distribution(path, state)
            self.check_field_permissions(path, state)
            self.check_sla(path, state)
            self.check_scripts(path, state.scripts)

    def reachable(self, starts: set[str]) -> set[str]:
        edges: dict[str, set[str]] = {}
        for transition in self.doc.transitions:
            targets = edges.setdefault(transition.source, set())
            targets.add(transition.target)
            targets.update(branch.target for branch in transition.branches)
        seen, queue = set(starts), deque(starts)
        while queue:
            for target in edges.get(queue.popleft(), ()):
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
        return seen

    def check_participant(self, path: str, who: Participant, *, none_allowed: bool) -> None:
        kind = who.kind
        if kind == ParticipantKind.NONE and not none_allowed:
            self.add(
                f"{path}.kind",
                "missing_participant",
                "Someone must handle this: only start and end states can have no participant.",
            )
        self.check_names(path, who)
        required = {
            ParticipantKind.USERS: ("users", "at least one user"),
            ParticipantKind.DEPARTMENTS: ("departments", "at least one department"),
            ParticipantKind.ROLES: ("roles", "at least one role"),
            ParticipantKind.VARIABLE: ("variable", "a variable"),
            ParticipantKind.FIELD: ("field", "a field"),
            ParticipantKind.PARENT_FIELD: ("field", "a field of the parent ticket's workflow"),
            ParticipantKind.HOOK: ("hook", "a hook"),
        }.get(kind)
        if required is not None and not getattr(who, required[0]):
            self.add(
                f"{path}.{required[0]}",
                "incomplete_participant",
                f"A {kind} participant needs {required[1]}.",
            )
        if kind == ParticipantKind.FIELD and who.field:
            field = self.fields.get(who.field)
            if field is None:
                self.add(f"{path}.field", "invalid_participant_field", f"There is no field {who.field!r}.")
            elif field.type not in PARTICIPANT_FIELD_TYPES:
                self.add(
                    f"{path}.field",
                    "invalid_participant_field",
                    f"Field {who.field!r} is a {field.type} field; handlers come from a user, users "
                    "or department field.",
                )

    def check_names(self, path: str, who: Participant | Audience) -> None:
        for index, username in enumerate(who.users):
            if username not in self.directory.usernames:
                self.add(f"{path}.users.{index}", "unknown_user", f"There is no active user {username!r}.")
        for index, code in enumerate(who.departments):
            if code not in self.directory.department_codes:
                self.add(
                    f"{path}.departments.{index}",
                    "unknown_department",
                    f"There is no active department {code!r}.",
                )
        for index, code in enumerate(who.roles):
            if code not in self.directory.role_codes:
                self.add(f"{path}.roles.{index}", "unknown_role", f"There is no active role {code!r}.")

    def check_distribution(self, path: str, state: StateDef) -> None:
        path, distribution = f"{path}.distribution", state.distribution
        settings = distribution.countersign
        if distribution.kind != DistributionKind.COUNTERSIGN:
            if settings is not None:
                self.add(
                    f"{path}.countersign",
                    "invalid_distribution",
                    f"Countersign settings only apply to countersign distribution, not {distribution.kind}.",
                )
            return
        if settings is None:
            self.add(
                f"{path}.countersign",
                "invalid_distribution",
                "A countersign distribution needs its settings.",
            )
            return
        path = f"{path}.countersign"
        if settings.mode == CountersignMode.COUNT and settings.count is None:
            self.add(f"{path}.count", "invalid_distribution", "Countersign by count needs a `count`.")
        if settings.mode == CountersignMode.PERCENT and settings.percent is None:
            self.add(
                f"{path}.percent", "invalid_distribution", "Countersign by percentage needs a `percent`."
            )
        participant = state.participant
        if (
            settings.mode == CountersignMode.COUNT
            and settings.count is not None
            and participant.kind == ParticipantKind.USERS
            and participant.users
            and settings.count > len(set(participant.users))
        ):
            self.add(
                f"{path}.count",
                "impossible_countersign",
                f"{settings.count} approvals are needed but only {len(set(participant.users))} "
                "users can sign.",
            )

    def check_scripts(self, path: str, codes: list[str]) -> None:
        for index, code in enumerate(codes):
            if code not in self.directory.script_codes:
                self.add(f"{path}.scripts.{index}", "unknown_script", f"There is no script {code!r}.")

    def check_field_permissions(self, path: str, state: StateDef) -> None:
        for key, permission in state.field_permissions.items():
            field = self.fields.get(key)
            if field is None:
                self.add(f"{path}.field_permissions.{key}", "unknown_field", f"There is no field {key!r}.")
            elif state.type == StateType.START and field.required and permission == FieldPermission.HIDDEN:
                self.add(
                    f"{path}.field_permissions.{key}",
                    "required_field_hidden_at_start",
                    f"Field {key!r} is required, so the creator must see it in the start state.",
                )

    def check_sla(self, path: str, state: StateDef) -> None:
        sla = state.sla
        if sla is None:
            return
        path = f"{path}.sla"
        if state.type == StateType.END:
            self.add(path, "invalid_sla", "An end state cannot have an SLA: tickets there are finished.")
        if sla.action == SlaAction.AUTO_TRANSITION:
            transitions = {t.key for t in self.doc.transitions if t.source == state.key}
            if not sla.transition:
                self.add(f"{path}.transition", "invalid_sla", "An auto-transition SLA needs a `transition`.")
            elif sla.transition not in transitions:
                self.add(
                    f"{path}.transition",
                    "invalid_sla",
                    f"There is no transition {sla.transition!r} out of state {state.key!r}.",
                )
        elif sla.transition is not None:
            self.add(f"{path}.transition", "invalid_sla", f"A {sla.action} SLA does not take a `transition`.")
        if sla.action == SlaAction.ESCALATE:
            if sla.escalate_to is None:
                self.add(f"{path}.escalate_to", "invalid_sla", "An escalating SLA needs `escalate_to`.")
            else:
                self.check_participant(f"{path}.escalate_to", sla.escalate_to, none_allowed=False)
        elif sla.escalate_to is not None:
            self.add(f"{path}.escalate_to", "invalid_sla", f"A {sla.action} SLA does not take `escalate_to`.")

    # ---- transitions ------------------------------------------------------------------------------

    def check_transitions(self) -> None:
        self.check_unique_keys("transitions", [t.key for t in self.doc.transitions], "transition")
        field_types = {key: str(field.type) for key, field in self.fields.items()}
        for index, transition in enumerate(self.doc.transitions):
            path = f"transitions.{index}"
            self.report_duplicate(path)
            source = self.states.get(transition.source)
            if source is None:
                self.add(f"{path}.source", "unknown_state", f"There is no state {transition.source!r}.")
            elif source.type == StateType.END:
                self.add(
                    f"{path}.source",
                    "end_state_has_exit",
                    f"State {source.key!r} is an end state: no transition can leave it.",
                )
            if transition.target not in self.states:
                self.add(f"{path}.target", "unknown_state", f"There is no state {transition.target!r}.")
            if (
                transition.kind == TransitionKind.HOOK
                and source is not None
                and source.participant.kind != ParticipantKind.HOOK
            ):
                self.add(
                    f"{path}.kind",
                    "hook_transition_without_hook",
                    f"A hook transition needs a source state handled by a hook; {source.key!r} is not.",
                )
            if transition.kind == TransitionKind.TIMER:
                if transition.timer_seconds is None or transition.timer_seconds < 1:
                    self.add(
                        f"{path}.timer_seconds",
                        "invalid_timer",
                        "A timer transition needs `timer_seconds` of at least 1.",
                    )
            elif transition.timer_seconds is not None:
                self.add(
                    f"{path}.timer_seconds",
                    "invalid_timer",
                    f"Only timer transitions take `timer_seconds`, not {transition.kind} ones.",
                )
            for number, branch in enumerate(transition.branches):
                self.check_branch(f"{path}.branches.{number}", branch, field_types)
            self.check_scripts(path, transition.scripts)

    def check_branch(self, path: str, branch: Branch, field_types: Mapping[str, str]) -> None:
        has_condition, has_expression = not _blank(branch.condition), not _blank(branch.expression)
        if has_condition == has_expression:
            self.add(
                path,
                "invalid_branch",
                "A branch needs exactly one of `condition` and `expression`"
                + (", not both." if has_condition else "."),
            )
        else:
            base = f"{path}.condition" if has_condition else f"{path}.expression"
            try:
                condition = parse_branch_condition(branch)
            except ConditionSyntaxError as error:
                self.add(
                    base,
                    "condition_syntax",
                    f"The expression does not parse: {error.message} (at position {error.position}).",
                )
            except ValidationError as error:
                for detail in error.errors():
                    where = ".".join(str(part) for part in detail["loc"])
                    self.add(
                        f"{base}.{where}" if where else base,
                        "condition_syntax",
                        f"The condition is malformed: {detail['msg']}.",
                    )
            except ValueError as error:
                self.add(base, "condition_syntax", f"The condition is malformed: {error}.")
            else:
                try:
                    issues = check_condition(condition, field_types)
                except ValueError as error:
                    issues = [("", str(error))]
                reported: set[str] = set()
                for where, message in issues:
                    # A structured condition is addressed inside the document. An expression is a
                    # single string, so its problems point at it and name the comparison instead
                    # (once: `and` over `or` can copy a comparison into several groups).
                    if has_condition:
                        self.add(f"{base}.{where}" if where else base, "condition_invalid", message)
                        continue
                    text = _comparison_text(condition, where)
                    message = f"In `{text}`: {message}" if text else message
                    if message not in reported:
                        reported.add(message)
                        self.add(base, "condition_invalid", message)
        if branch.target not in self.states:
            self.add(f"{path}.target", "unknown_state", f"There is no state {branch.target!r}.")

    # ---- audiences, notifications -----------------------------------------------------------------

    def check_audience(self, path: str, audience: Audience, *, must_have_someone: bool = False) -> None:
        if (
            must_have_someone
            and not audience.everyone
            and not (audience.users or audience.departments or audience.roles)
        ):
            self.add(path, "nobody_can_create", "No one could create tickets: name who may, or everyone.")
        self.check_names(path, audience)

    def check_notifications(self) -> None:
        for index, rule in enumerate(self.doc.notifications):
            if rule.channel not in self.directory.channel_codes:
                self.add(
                    f"notifications.{index}.channel",
                    "unknown_channel",
                    f"There is no notification channel {rule.channel!r}.",
                )
            for number, key in enumerate(rule.states):
                if key not in self.states:
                    self.add(
                        f"notifications.{index}.states.{number}",
                        "unknown_state",
                        f"There is no state {key!r}.",
                    )


def _comparison_text(condition: Condition, where: str) -> str | None:
    """The comparison a check path (`groups.0.1.value`) is about, as expression text."""
    parts = where.split(".")
    if len(parts) < 3 or parts[0] != "groups" or not (parts[1].isdigit() and parts[2].isdigit()):
        return None
    group, position = int(parts[1]), int(parts[2])
    if group >= len(condition.groups) or position >= len(condition.groups[group]):
        return None
    return to_expression(Condition(groups=[[condition.groups[group][position]]]))


# ---- value checks ---------------------------------------------------------------------------------


def _decimal(value: Any, *, allow_str: bool) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal) or (allow_str and isinstance(value, str)):
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            return None
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        return None
    return number if number.is_finite() else None


def _bound(kind: str, value: Any) -> Decimal | date | datetime | time | None:
    """A `min`/`max` bound (or a default compared to one) as a comparable value; None if invalid."""
    if kind in NUMBER_TYPES:
        return _decimal(value, allow_str=True)
    if kind in DATE_TYPES and isinstance(value, str):
        return _temporal(kind, value)
    return None


def _temporal(kind: str, value: str) -> date | datetime | time | None:
    try:
        if kind == FieldType.DATE:
            return date.fromisoformat(value) if _ISO_DATE.match(value) else None
        if kind == FieldType.DATETIME:
            return datetime.fromisoformat(value)
        return time.fromisoformat(value)
    except ValueError:
        return None


def _greater(left: Any, right: Any) -> bool:
    try:
        return bool(left > right)
    except TypeError:  # naive vs aware datetimes: not comparable, so not known to be wrong
        return False


def _default_type_error(field: FieldDef) -> str | None:
    """Why `field.default` (not None) does not fit the field's type, or None if it does."""
    value, kind = field.default, field.type
    values = {choice.value for choice in field.choices}
    if kind in TEXT_TYPES:
        return None if isinstance(value, str) else "The default must be a string."
    if kind == FieldType.INT:
        return (
            None
            if isinstance(value, int) and not isinstance(value, bool)
            else "The default must be an integer."
        )
    if kind == FieldType.DECIMAL:
        return None if _decimal(value, allow_str=True) is not None else "The default must be a number."
    if kind == FieldType.BOOL:
        return None if isinstance(value, bool) else "The default must be true or false."
    if kind in DATE_TYPES:
        if isinstance(value, str) and _temporal(kind, value) is not None:
            return None
        return f"The default must be an ISO {kind} string."
    if kind in MULTI_CHOICE_TYPES:
        if not isinstance(value, list) or not all(isinstance(item, str) and item in values for item in value):
            return "The default must be a list of choice values."
        return "The default lists a choice twice." if len(set(value)) != len(value) else None
    if kind in CHOICE_TYPES:
        return (
            None
            if isinstance(value, str) and value in values
            else "The default must be one of the choice values."
        )
    if kind in (FieldType.USER, FieldType.DEPARTMENT):
        return None if isinstance(value, str) and value else f"The default must be a {kind} name."
    if kind == FieldType.USERS:
        if isinstance(value, list) and all(isinstance(item, str) and item for item in value):
            return None
        return "The default must be a list of usernames."
    if kind == FieldType.TABLE:
        columns = {column.key for column in field.columns}
        if isinstance(value, list) and all(isinstance(row, dict) and set(row) <= columns for row in value):
            return None
        return "The default must be a list of rows keyed by the table's columns."
    return f"A {kind} field cannot have a default."


def _default_bounds_error(field: FieldDef) -> str | None:
    """Why a well-typed default breaks the field's own validation rules, or None."""
    rules, value, kind = field.validation, field.default, field.type
    if rules is None:
        return None
    if kind in NUMBER_TYPES or kind in DATE_TYPES:
        current = _bound(kind, value)
        low = _bound(kind, rules.min) if rules.min is not None else None
        high = _bound(kind, rules.max) if rules.max is not None else None
        if current is not None and low is not None and _greater(low, current):
            return f"The default is below the minimum {rules.min}."
        if current is not None and high is not None and _greater(current, high):
            return f"The default is above the maximum {rules.max}."
    if kind in TEXT_TYPES or kind in MULTI_VALUED_TYPES:
        size = len(value)
        if rules.min_length is not None and size < rules.min_length:
            return f"The default is shorter than the minimum length {rules.min_length}."
        if rules.max_length is not None and size > rules.max_length:
            return f"The default is longer than the maximum length {rules.max_length}."
    if kind in TEXT_TYPES and rules.regex is not None:
        try:
            if not compile_pattern(rules.regex).fullmatch(value):
                return "The default does not match the field's regex."
        except PatternError:
            pass  # reported at the regex itself
    return None
