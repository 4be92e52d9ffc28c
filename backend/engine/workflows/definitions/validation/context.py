"""What every group of rules shares: the document, the directory, the problems found so far, and the
checks several groups use (repeated keys, directory names, script codes)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from engine.workflows.definitions.schema import Audience, FieldDef, Participant, StateDef, WorkflowDocument
from engine.workflows.definitions.validation.directory import DirectoryIndex


@dataclass(frozen=True)
class Problem:
    path: str
    code: str
    message: str
    # "error" keeps the document from publishing; a "warning" (see `coverage`) only informs.
    severity: str = "error"

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "code": self.code, "message": self.message}


class RuleContext:
    """The state of one validation run; the rule groups are mixins over it."""

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

    def check_names(self, path: str, who: Participant | Audience) -> None:
        for index, username in enumerate(who.users):
            if username not in self.directory.usernames:
                self.add(
                    f"{path}.users.{index}",
                    "unknown_user",
                    _("There is no active user %(username)s.") % {"username": repr(username)},
                )
        for index, code in enumerate(who.departments):
            if code not in self.directory.department_codes:
                self.add(
                    f"{path}.departments.{index}",
                    "unknown_department",
                    _("There is no active department %(code)s.") % {"code": repr(code)},
                )
        for index, code in enumerate(who.roles):
            if code not in self.directory.role_codes:
                self.add(
                    f"{path}.roles.{index}",
                    "unknown_role",
                    _("There is no active role %(code)s.") % {"code": repr(code)},
                )

    def check_scripts(self, path: str, codes: list[str]) -> None:
        for index, code in enumerate(codes):
            if code not in self.directory.script_codes:
                self.add(
                    f"{path}.scripts.{index}",
                    "unknown_script",
                    _("There is no script %(code)s.") % {"code": repr(code)},
                )

    def check_clock(self, path: str, clock: str, seconds: int | None) -> None:
        """A working clock needs working time in the tenant's calendar; whole working days need a
        duration of whole days (N x 86400 seconds)."""
        if clock == "wall":
            return
        if not self.directory.working_time:
            self.add(
                path,
                "no_working_time",
                _(
                    "The working calendar has no working hours: set some (Working "
                    "calendar) or count wall time."
                ),
            )
        if clock == "working_days" and seconds is not None and seconds % 86400:
            self.add(
                path,
                "invalid_clock",
                _("Working days count whole days: the duration must be a multiple of 86400 seconds."),
            )


def duplicate_key_problems(doc: WorkflowDocument) -> list[Problem]:
    """Each later occurrence of a repeated state, transition, field or column key (in document order).

    Checked on every draft save too: a duplicate key makes every reference to it ambiguous."""
    context = RuleContext(doc, DirectoryIndex())
    context.check_unique_keys("fields", [field.key for field in doc.fields], "field")
    for index, field in enumerate(doc.fields):
        context.check_unique_keys(
            f"fields.{index}.columns", [column.key for column in field.columns], "column"
        )
    context.check_unique_keys("states", [state.key for state in doc.states], "state")
    context.check_unique_keys("transitions", [t.key for t in doc.transitions], "transition")
    return [Problem(path, "duplicate_key", message) for path, message in context.duplicates.items()]
