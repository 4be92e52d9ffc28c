"""The names a workflow document references, and which of them exist in the current tenant schema.

`directory_index_for` reads users, departments and roles itself, and notification channels and
scripts through the lookups their owning app registers (`register_name_lookup`; integrations depends
on engine, never the other way round).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from django.db.models import Model

from engine.workflows.definitions.schema import Audience, Participant, WorkflowDocument


@dataclass(frozen=True)
class DirectoryIndex:
    """The usernames (of active users), department codes and role codes that exist in the tenant,
    the codes of its notification channels and scripts (active or not: one may be switched
    off for a while without unpublishing the workflows that use it), the codes of the scripts
    switched on (a script participant must be: a state handled by a switched-off script would
    wait for nothing), and the published workflows that sub-processes name.

    Only the names the document references need to be present."""

    usernames: frozenset[str] = frozenset()
    department_codes: frozenset[str] = frozenset()
    role_codes: frozenset[str] = frozenset()
    channel_codes: frozenset[str] = frozenset()
    script_codes: frozenset[str] = frozenset()
    enabled_script_codes: frozenset[str] = frozenset()
    # The published documents of the workflows the document's sub-processes file tickets of, by key.
    workflows: Mapping[str, WorkflowDocument] = field(default_factory=dict)
    # Whether the tenant's working calendar has working time (read only for a document that counts it).
    working_time: bool = True


# Which of the given codes exist in the current tenant schema, for names another app keeps.
NameKind = Literal["channel", "script", "enabled_script"]
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
    """The notification channel codes and script codes the document mentions (participants too)."""
    channels = {rule.channel for rule in doc.notifications}
    scripts = {code for state in doc.states for code in state.scripts}
    scripts.update(code for transition in doc.transitions for code in transition.scripts)
    scripts.update(robot_scripts(doc))
    return channels, scripts


def robot_scripts(doc: WorkflowDocument) -> set[str]:
    """The codes of the scripts that handle states (`script` participants)."""
    return {state.participant.script for state in doc.states if state.participant.script}


def referenced_workflows(doc: WorkflowDocument) -> set[str]:
    """The keys of the workflows the document's sub-processes file tickets of."""
    return {s.subprocess.workflow for s in doc.states if s.subprocess is not None and s.subprocess.workflow}


def published_documents(keys: set[str]) -> dict[str, WorkflowDocument]:
    """The published documents of the workflows with these keys (one query; none for no keys)."""
    from engine.workflows.models import WorkflowVersion

    if not keys:
        return {}
    published = WorkflowVersion.objects.filter(
        workflow__key__in=keys, status=WorkflowVersion.Status.PUBLISHED
    ).values_list("workflow__key", "document")
    return {key: WorkflowDocument.model_validate(document) for key, document in published}


def uses_working_clock(doc: WorkflowDocument) -> bool:
    return any(s.sla is not None and s.sla.clock not in (None, "wall") for s in doc.states) or any(
        t.kind == "timer" and t.timer_clock not in (None, "wall") for t in doc.transitions
    )


def calendar_has_working_time(doc: WorkflowDocument) -> bool:
    """Whether the tenant's working calendar has working time (no query unless the document counts it)."""
    if not uses_working_clock(doc):
        return True
    from engine.calendars.selectors import working_calendar

    return working_calendar().has_working_time()


def directory_index_for(doc: WorkflowDocument) -> DirectoryIndex:
    """Which of the names the document references exist (active) in the current tenant schema.

    At most seven queries, one per kind of name, and none for a kind the document does not use
    (and three for the working calendar when the document counts working time)."""
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
        enabled_script_codes=registered("enabled_script", robot_scripts(doc)),
        workflows=published_documents(referenced_workflows(doc)),
        working_time=calendar_has_working_time(doc),
    )
