"""Ticket field values: read them from the API, check them, store them and read them back.

A ticket keeps its field values as one JSON object (JSONB): `{field key: stored value}`. The
runtime works with *typed* values, the forms `engine.workflows.conditions` compares:

========================  =======================================  ===============================
field type                typed value                              stored (JSON) value
========================  =======================================  ===============================
string, text, rich_text   `str`                                    the same `str`
int                       `int`                                    the same number
decimal                   `Decimal` (exact, finite)                its text: "1.50"
bool                      `bool`                                   true / false
date                      `date`                                   "YYYY-MM-DD"
datetime                  aware `datetime` in UTC                  ISO 8601: "…T10:00:00+00:00"
time                      naive `time` (whole seconds)             "HH:MM:SS"
radio, select             `str` (a choice value)                   the same `str`
checkbox, multi_select    `list[str]` of distinct choice values    the same list
user, department          `str` (a username / department code)     the same `str`
users                     `list[str]` of distinct usernames        the same list
attachment                `list[Attachment]`                       the same list of objects
table                     `list[dict[column key, typed value]]`    rows stored column by column
========================  =======================================  ===============================

Empty: None, "" and [] all mean "no value"; the typed and the stored form of an empty value is
None. Every table row holds every column (missing cells are None), in column order.

`to_python` reads a value the API sent and checks it against the field (type, format, choices,
`validation` bounds and pattern), raising `FieldValueError`. `from_storage` reads a stored value
back without re-checking the rules (it also takes values that are already typed, so it is
idempotent), `to_storage` is its inverse. `apply_changes` applies a set of changes to a ticket's
values in one state and either returns the result or raises one `ValidationFailed` (422,
`invalid_fields`) listing every problem, with paths `fields.<key>` and, in tables,
`fields.<key>.<row>.<column>` (attachments: `fields.<key>.<item>.<attribute>`). Problem types:
`unknown_field`, `not_editable`, `invalid_type` (wrong JSON type), `invalid_value` (right type,
wrong content, including bounds and pattern), `unknown_user`, `unknown_department`, `required`.

Notes.

* rich_text is stored as given (at most 100,000 characters): it is *not* sanitised here. The SPA
  sanitises it when it displays it; anything else that renders it as HTML must sanitise it too.
* `regex` is a full match run by RE2 (`engine.workflows.definitions.patterns`), in time linear in the value's
  length whatever the pattern, so a designer's `^(a+)+$` cannot stall a worker (ReDoS). Publishing
  refuses a pattern RE2 cannot run; should a version published before that hold one, a non-empty
  value of the field is refused (422 `invalid_value`, saying the workflow must be fixed) and the
  pattern is logged, rather than let through unchecked.
* Strings may not contain NUL characters (PostgreSQL cannot store them in JSONB or text).
* Users and departments are checked against the `Directory` with at most one call each per
  `apply_changes`, and only for names a change *introduces*: names already in the field's current
  value are not checked again (so a user who has since been deactivated does not block editing
  the ticket's other fields when a client sends the whole form back).

The code is a package with one module per field type family (`text`, `numbers`, `temporal`,
`choices`, `people`, `attachments`, `tables`), the `rules` of `validation`, `reading` (the reader
table), `storage` and `changes` (`apply_changes`, `defaults_for`); `common` holds the limits, the
problem types and the error types.
"""

from __future__ import annotations

from engine.tickets.runtime.values.attachments import Attachment
from engine.tickets.runtime.values.changes import apply_changes, defaults_for
from engine.tickets.runtime.values.common import (
    CleanResult,
    Directory,
    FieldValueError,
    ValueProblem,
    is_empty,
)
from engine.tickets.runtime.values.reading import from_storage, to_python
from engine.tickets.runtime.values.storage import to_storage

__all__ = [
    "Attachment",
    "CleanResult",
    "Directory",
    "FieldValueError",
    "ValueProblem",
    "apply_changes",
    "defaults_for",
    "from_storage",
    "is_empty",
    "to_python",
    "to_storage",
]
