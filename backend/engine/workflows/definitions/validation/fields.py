"""The rules for the title template and the fields: keys, choices, validation rules and defaults."""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _

from engine.workflows.definitions.patterns import pattern_problem
from engine.workflows.definitions.schema import (
    CHOICE_TYPES,
    NUMBER_TYPES,
    FieldDef,
    FieldType,
    FieldValidation,
)
from engine.workflows.definitions.validation.context import RuleContext
from engine.workflows.definitions.validation.defaults import (
    LENGTH_TYPES,
    RANGE_TYPES,
    REGEX_TYPES,
    as_bound,
    default_bounds_error,
    default_type_error,
    greater,
)

# Title placeholders that are always available besides the field keys.
TITLE_PLACEHOLDERS = frozenset({"workflow", "serial", "creator", "date"})


class FieldRules(RuleContext):
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
                    _(
                        "Placeholder %(shown)s is not allowed: use a plain {name} (no "
                        "positions, attributes, "
                        "indexes, conversions or format specs)."
                    )
                    % {"shown": shown},
                )
            elif name not in TITLE_PLACEHOLDERS and name not in self.fields:
                self.add(
                    path,
                    "unknown_placeholder",
                    _("Placeholder {%(name)s} is neither a field key nor one of %(value)s.")
                    % {"name": name, "value": ", ".join(sorted(TITLE_PLACEHOLDERS))},
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
                self.add(
                    path,
                    "invalid_placeholder",
                    _("The title template is malformed: %(error)s.") % {"error": error},
                )
                return

    # ---- fields -----------------------------------------------------------------------------------

    def check_fields(self) -> None:
        self.check_unique_keys("fields", [field.key for field in self.doc.fields], "field")
        for index, field in enumerate(self.doc.fields):
            self.check_field(f"fields.{index}", field, is_column=False)

    def check_field(self, path: str, field: FieldDef, *, is_column: bool) -> None:
        self.report_duplicate(path)
        kind = field.type
        if is_column and kind == FieldType.TABLE:
            self.add(f"{path}.type", "nested_table", _("A column of a table cannot be a table itself."))
        self.check_choices(path, field)
        self.check_validation(path, field)
        self.check_default(path, field)
        if kind == FieldType.TABLE:
            if not field.columns:
                self.add(f"{path}.columns", "missing_columns", _("A table needs at least one column."))
            self.check_unique_keys(f"{path}.columns", [column.key for column in field.columns], "column")
            for index, column in enumerate(field.columns):
                self.check_field(f"{path}.columns.{index}", column, is_column=True)
        elif field.columns:
            self.add(
                f"{path}.columns",
                "unexpected_columns",
                _("Only table fields have columns, not %(kind)s.") % {"kind": kind},
            )

    def check_choices(self, path: str, field: FieldDef) -> None:
        if field.type not in CHOICE_TYPES:
            if field.choices:
                self.add(
                    f"{path}.choices",
                    "unexpected_choices",
                    _("A %(type)s field does not take choices.") % {"type": field.type},
                )
            return
        if not field.choices:
            self.add(
                f"{path}.choices",
                "missing_choices",
                _("A %(type)s field needs at least one choice.") % {"type": field.type},
            )
        seen: set[str] = set()
        for index, choice in enumerate(field.choices):
            if choice.value in seen:
                self.add(
                    f"{path}.choices.{index}.value",
                    "duplicate_choice",
                    _("Another choice already has the value %(value)s.") % {"value": repr(choice.value)},
                )
            seen.add(choice.value)

    def check_validation(self, path: str, field: FieldDef) -> None:
        rules = field.validation
        if rules is None:
            return
        path = f"{path}.validation"
        self.check_bounds(path, field.type, rules)
        self.check_lengths(path, field.type, rules)
        self.check_regex(path, field.type, rules)

    def check_bounds(self, path: str, kind: FieldType, rules: FieldValidation) -> None:
        bounds: dict[str, Any] = {}
        for name in ("min", "max"):
            value = getattr(rules, name)
            if value is None:
                continue
            if kind not in RANGE_TYPES:
                self.add(
                    f"{path}.{name}",
                    "invalid_validation",
                    _("`%(name)s` applies to numbers and dates, not %(kind)s.")
                    % {"name": name, "kind": kind},
                )
                continue
            bound = as_bound(kind, value)
            if bound is None:
                expected = "a number" if kind in NUMBER_TYPES else f"an ISO {kind} string"
                self.add(
                    f"{path}.{name}",
                    "invalid_validation",
                    _("`%(name)s` must be %(expected)s.") % {"name": name, "expected": expected},
                )
            else:
                bounds[name] = bound
        if "min" in bounds and "max" in bounds and greater(bounds["min"], bounds["max"]):
            self.add(path, "invalid_validation", _("`min` is greater than `max`."))

    def check_lengths(self, path: str, kind: FieldType, rules: FieldValidation) -> None:
        lengths = [name for name in ("min_length", "max_length") if getattr(rules, name) is not None]
        if lengths and kind not in LENGTH_TYPES:
            for name in lengths:
                self.add(
                    f"{path}.{name}",
                    "invalid_validation",
                    _("`%(name)s` applies to text and multi-valued fields, not %(kind)s.")
                    % {"name": name, "kind": kind},
                )
        elif (
            rules.min_length is not None
            and rules.max_length is not None
            and rules.min_length > rules.max_length
        ):
            self.add(path, "invalid_validation", _("`min_length` is greater than `max_length`."))

    def check_regex(self, path: str, kind: FieldType, rules: FieldValidation) -> None:
        if rules.regex is None:
            return
        if kind not in REGEX_TYPES:
            self.add(
                f"{path}.regex",
                "invalid_validation",
                _("`regex` applies to text fields, not %(kind)s.") % {"kind": kind},
            )
        elif (problem := pattern_problem(rules.regex)) is not None:
            self.add(f"{path}.regex", "invalid_validation", problem)

    def check_default(self, path: str, field: FieldDef) -> None:
        if field.default is None:
            return
        error = default_type_error(field)
        if error is None:
            error = default_bounds_error(field)
        if error is not None:
            self.add(f"{path}.default", "invalid_default", error)
