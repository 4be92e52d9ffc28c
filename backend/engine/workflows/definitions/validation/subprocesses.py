"""The rules for sub-processes: a state's `subprocess` settings fit its transitions, its fields and
the published workflow it files sub-tickets of (see docs/workflows.md, "Sub-processes")."""

from __future__ import annotations

from django.utils.translation import gettext as _

from engine.workflows.definitions.schema import (
    CHOICE_TYPES,
    FieldDef,
    FieldPermission,
    FieldType,
    StateDef,
    Subprocess,
    TransitionAttribute,
    TransitionKind,
    WorkflowDocument,
)
from engine.workflows.definitions.validation.context import RuleContext

ROW = "row."
# Source type → target types a value may be copied into besides its own (same stored shape).
_WIDENS = {
    FieldType.STRING: {FieldType.TEXT, FieldType.RICH_TEXT},
    FieldType.TEXT: {FieldType.RICH_TEXT},
    FieldType.RADIO: {FieldType.SELECT},
    FieldType.SELECT: {FieldType.RADIO},
}
# Values that belong to their ticket (files) or have rows of their own are not copied.
_NOT_COPIED = {FieldType.ATTACHMENT, FieldType.TABLE}


def copyable(source: FieldDef, target: FieldDef) -> bool:
    """Whether every value of `source` is a valid value of `target`, as stored."""
    if source.type in _NOT_COPIED or target.type in _NOT_COPIED:
        return False
    if source.type != target.type and target.type not in _WIDENS.get(source.type, set()):
        return False
    if source.type in CHOICE_TYPES:
        return {choice.value for choice in source.choices} <= {choice.value for choice in target.choices}
    return True


def only_submit_transitions(document: WorkflowDocument) -> int:
    """How many manual transitions leave the document's start state."""
    start = document.start_state()
    if start is None:
        return 0
    return sum(1 for t in document.transitions_from(start.key) if t.kind == TransitionKind.MANUAL)


class SubprocessRules(RuleContext):
    def check_subprocesses(self) -> None:
        for index, state in enumerate(self.doc.states):
            path = f"states.{index}"
            ways = [t for t in self.doc.transitions_from(state.key) if t.kind == TransitionKind.SUBTICKETS]
            if ways and all(t.attribute == TransitionAttribute.REJECT for t in ways):
                self.add(
                    path,
                    "invalid_subprocess",
                    _(
                        "State %(key)s waits for sub-tickets but has no `subtickets` "
                        "transition to take when they "
                        "are all done (only reject ones)."
                    )
                    % {"key": repr(state.key)},
                )
            if state.subprocess is not None:
                self.check_subprocess(f"{path}.subprocess", state, state.subprocess, bool(ways))

    def check_subprocess(self, path: str, state: StateDef, settings: Subprocess, waits: bool) -> None:
        if not waits:
            self.add(
                path,
                "invalid_subprocess",
                _("State %(key)s has sub-process settings but no `subtickets` transition out of it.")
                % {"key": repr(state.key)},
            )
        if settings.continue_on == "first_rejection" and not any(
            t.kind == TransitionKind.SUBTICKETS and t.attribute == TransitionAttribute.REJECT
            for t in self.doc.transitions_from(state.key)
        ):
            self.add(
                f"{path}.continue_on",
                "invalid_subprocess",
                _(
                    "Moving on at the first rejection needs a `subtickets` transition "
                    "with the reject attribute."
                ),
            )
        if settings.workflow is None:
            for key in ("rows", "count", "values"):
                if getattr(settings, key):
                    self.add(
                        f"{path}.{key}",
                        "invalid_subprocess",
                        _("`%(key)s` only applies when the engine files the sub-tickets (name a `workflow`).")
                        % {"key": key},
                    )
            return
        self.check_filing(path, settings)

    def check_filing(self, path: str, settings: Subprocess) -> None:
        child = self.directory.workflows.get(settings.workflow or "")
        if child is None:
            self.add(
                f"{path}.workflow",
                "unknown_workflow",
                _("There is no published workflow %(workflow)s.") % {"workflow": repr(settings.workflow)},
            )
        elif only_submit_transitions(child) != 1:
            self.add(
                f"{path}.workflow",
                "invalid_subprocess",
                _(
                    "Workflow %(workflow)s needs exactly one manual transition out of "
                    "its start state, for the "
                    "engine to submit the sub-tickets through."
                )
                % {"workflow": repr(settings.workflow)},
            )
        if (settings.rows is None) == (settings.count is None):
            self.add(path, "invalid_subprocess", _("Give exactly one of `rows` (a table field) and `count`."))
        table = self.check_rows(path, settings)
        for child_key, source in settings.values.items():
            self.check_value(f"{path}.values.{child_key}", child, child_key, self.source_field(source, table))

    def check_rows(self, path: str, settings: Subprocess) -> FieldDef | None:
        if settings.rows is None:
            return None
        table = self.fields.get(settings.rows)
        if table is None:
            self.add(
                f"{path}.rows",
                "unknown_field",
                _("There is no field %(rows)s.") % {"rows": repr(settings.rows)},
            )
        elif table.type != FieldType.TABLE:
            self.add(
                f"{path}.rows",
                "invalid_subprocess",
                _("Field %(rows)s is not a table.") % {"rows": repr(settings.rows)},
            )
            return None
        return table

    def source_field(self, source: str, table: FieldDef | None) -> FieldDef | str:
        """The field or column a value is copied from, or why there is none."""
        if not source.startswith(ROW):
            return self.fields.get(source) or f"There is no field {source!r}."
        if table is None:
            return f"{source!r} names a column, but the sub-tickets are not filed from a table's rows."
        key = source[len(ROW) :]
        column = next((column for column in table.columns if column.key == key), None)
        return column or f"Table {table.key!r} has no column {key!r}."

    def check_value(
        self, path: str, child: WorkflowDocument | None, child_key: str, source: FieldDef | str
    ) -> None:
        if isinstance(source, str):
            self.add(path, "unknown_field", source)
        if child is None:
            return
        target = child.field(child_key)
        start = child.start_state()
        if target is None:
            self.add(
                path,
                "unknown_field",
                _("The sub-tickets' workflow has no field %(child_key)s.") % {"child_key": repr(child_key)},
            )
        elif start is not None and child.permission(start, target) in {
            FieldPermission.HIDDEN,
            FieldPermission.READ_ONLY,
        }:
            self.add(
                path,
                "not_editable",
                _("Field %(child_key)s cannot be filled in the sub-tickets' start state.")
                % {"child_key": repr(child_key)},
            )
        elif isinstance(source, FieldDef) and not copyable(source, target):
            self.add(
                path,
                "incompatible_value",
                _("A %(type)s value cannot be copied into the %(type2)s field %(child_key)s.")
                % {"type": source.type, "type2": target.type, "child_key": repr(child_key)},
            )
