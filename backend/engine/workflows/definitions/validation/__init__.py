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

The rules live in one module per group (`fields`, `defaults`, `states`, `participants`,
`transitions`, `branches`, `gateways`, `subprocesses`), each a mixin over the shared `RuleContext`;
`directory` reads the names (and the published workflows sub-processes name) that exist.
"""

from __future__ import annotations

from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.definitions.validation.branches import parse_branch_condition
from engine.workflows.definitions.validation.context import Problem
from engine.workflows.definitions.validation.directory import (
    DirectoryIndex,
    NameKind,
    NameLookup,
    directory_index_for,
    referenced_codes,
    referenced_names,
    register_name_lookup,
)
from engine.workflows.definitions.validation.fields import FieldRules
from engine.workflows.definitions.validation.gateways import GatewayRules
from engine.workflows.definitions.validation.states import StateRules
from engine.workflows.definitions.validation.subprocesses import SubprocessRules
from engine.workflows.definitions.validation.transitions import TransitionRules

__all__ = [
    "DirectoryIndex",
    "NameKind",
    "NameLookup",
    "Problem",
    "directory_index_for",
    "parse_branch_condition",
    "referenced_codes",
    "referenced_names",
    "register_name_lookup",
    "validate_document",
]


def validate_document(doc: WorkflowDocument, directory: DirectoryIndex) -> list[Problem]:
    """Every problem that keeps the document from being published, in document order; [] = publishable."""
    return _Validator(doc, directory).run()


class _Validator(FieldRules, StateRules, TransitionRules, GatewayRules, SubprocessRules):
    def run(self) -> list[Problem]:
        self.check_title()
        self.check_fields()
        self.check_states()
        self.check_transitions()
        self.check_gateways({key: str(field.type) for key, field in self.fields.items()})
        self.check_subprocesses()
        self.check_audience("creators", self.doc.creators, must_have_someone=True)
        self.check_audience("viewers", self.doc.viewers)
        self.check_audience("intervenors", self.doc.intervenors)
        self.check_notifications()
        return self.problems
