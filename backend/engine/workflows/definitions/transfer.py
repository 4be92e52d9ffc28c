"""Export and import a workflow definition as a JSON or YAML bundle.

A bundle is a small envelope around one version's document:

    {"loonflow": 1,                                   # the bundle format version (FORMAT_VERSION)
     "workflow": {"key", "name", "description", "category"},
     "version": 3,                                    # the version exported (informational), or null
     "definition": {...}}                             # WorkflowDocument.model_dump(mode="json")

`dumps(export_bundle(...))` and `parse_bundle(loads(...))` round-trip exactly: the document and meta come
back equal, and dumping them again gives the same bytes.

Reading is defensive, the text comes from users: at most `MAX_BYTES`, nesting at most `MAX_DEPTH`
containers deep, and only JSON values come out (objects with string keys, arrays, strings, finite
numbers, booleans, null). Anything else is a 400 `malformed_document`; a well-formed text that is not a
valid bundle is a 422 `validation_failed` with one problem per bad path (`definition.states.1.type`).

YAML typing. YAML 1.1 (what PyYAML implements) guesses types from plain scalars: `yes`/`no`/`on`/`off`
are booleans, `2024-01-31` is a date, `0x1F` and `012` are integers, `1:20` is a sexagesimal number.
The loaders (`yaml_dialect`) resolve plain scalars like JSON instead:

- `true` / `false` are booleans (nothing else is: `yes`, `no`, `on`, `True` are strings);
- `null`, `Null`, `NULL`, `~` and an empty value are null;
- `-12`, `0`, `+7` (decimal, no leading zeros, no `_`) are integers;
- `1.5`, `-0.25`, `.5`, `1.0e+3` (a dot, an optional *signed* exponent) are floats;
- everything else, dates and times included, is a string.

Each of those plain forms also means the same type to a YAML 1.1 reader, which is what keeps the
round trip exact: `yaml.safe_dump` quotes every string a YAML 1.1 reader would take for something
else, so a string never comes back as another type. (Writing uses safe_dump's dumper with one fix:
a string holding a NEL, U+0085, is double-quoted; see `yaml_dialect.Dumper`.) The price is that
`1e3` (no dot, unsigned exponent) reads as the string "1e3" — as it does in PyYAML; the schema
converts numeric strings where it expects numbers. Explicit tags are allowed only from the core set
(`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`); anchors and aliases are refused
(no "billion laughs"), and so are duplicate and non-string mapping keys.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, Literal, NoReturn

import yaml
from django.utils.translation import gettext as _
from pydantic import ValidationError
from yaml.reader import ReaderError

from core.errors import ApplicationError, ValidationFailed, field_problem
from core.i18n_validation import problem_message
from engine.workflows.definitions import yaml_dialect
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.definitions.yaml_dialect import MAX_DEPTH, type_name

FORMAT_VERSION = 1
MAX_BYTES = 1024 * 1024
# A 422 lists at most this many problems (an invalid 1000-transition document need not answer with
# thousands of them).
MAX_PROBLEMS = 100

Format = Literal["json", "yaml"]

WORKFLOW_KEY = re.compile(r"[a-z][a-z0-9_-]{1,63}")
NAME_MAX = 200
DESCRIPTION_MAX = 4000
CATEGORY_MAX = 100


@dataclass(frozen=True)
class WorkflowMeta:
    key: str
    name: str
    description: str
    category: str


@dataclass(frozen=True)
class Bundle:
    meta: WorkflowMeta
    document: WorkflowDocument
    # The version number recorded by the export (informational; the import creates its own
    # versions), None when the bundle does not say.
    version: int | None


# ---- export -------------------------------------------------------------------------------------


def export_bundle(meta: WorkflowMeta, document: WorkflowDocument, *, version: int | None) -> dict[str, Any]:
    return {
        "loonflow": FORMAT_VERSION,
        "workflow": {
            "key": meta.key,
            "name": meta.name,
            "description": meta.description,
            "category": meta.category,
        },
        "version": version,
        "definition": document.model_dump(mode="json"),
    }


def dumps(data: dict[str, Any], fmt: Format) -> str:
    """The text of a bundle (or any JSON value), key order kept, ending with a newline.

    Raises ValueError when `data` holds something that is not a JSON value (a NaN, a date, a tuple):
    what is written must be readable by `loads`.
    """
    _check_json_value(data)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False, allow_nan=False) + "\n"
    if fmt == "yaml":
        return yaml.dump(
            data, Dumper=yaml_dialect.Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
        )
    raise ValueError(f"unknown format {fmt!r}")


def _check_json_value(data: Any) -> None:
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise ValueError(f"object keys must be strings, not {type(key).__name__}")
                stack.append(item)
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError(f"{value!r} is not a JSON number")
        elif value is not None and not isinstance(value, str | int):  # bool is an int
            raise ValueError(f"{type(value).__name__} is not a JSON value")


# ---- reading text ---------------------------------------------------------------------------------


def _malformed(message: str, details: Any = None) -> ApplicationError:
    return ApplicationError(message, code="malformed_document", status=400, details=details)


def loads(text: str | bytes, fmt: Format) -> Any:
    """Parse untrusted JSON or YAML text into JSON values; see the module docstring for the rules."""
    if fmt not in ("json", "yaml"):
        raise ValueError(f"unknown format {fmt!r}")
    if len(text) > MAX_BYTES or (
        isinstance(text, str) and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES
    ):
        raise ApplicationError(
            _("the document is larger than %(value)s KiB") % {"value": MAX_BYTES // 1024},
            code="payload_too_large",
            status=413,
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _malformed(
                _("the document is not valid UTF-8 (byte %(start)s)") % {"start": exc.start}
            ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise _malformed(_("the document is empty"))
    data = _loads_json(text) if fmt == "json" else _loads_yaml(text)
    if _depth(data) > MAX_DEPTH:  # YAML is limited while composing; this is for JSON
        raise _malformed(_("the document is nested more than %(value)s levels deep") % {"value": MAX_DEPTH})
    return data


def _depth(data: Any) -> int:
    """How many containers deep `data` goes (a scalar: 0, `[]`: 1, `[{}]`: 2), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend((item, depth) for item in (value.values() if isinstance(value, dict) else value))
    return deepest


# -- JSON


class _Refused(ValueError):
    pass


def _refuse_constant(name: str) -> NoReturn:
    raise _Refused(f"{name} is not a JSON number")


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text} is too large")
    return value


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"duplicate key {key!r}")
        result[key] = value
    return result


def _loads_json(text: str) -> Any:
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_parse_float,
            object_pairs_hook=_unique_object,
        )
    except json.JSONDecodeError as exc:
        raise _malformed(
            _("invalid JSON at line %(lineno)s, column %(colno)s: %(msg)s")
            % {"lineno": exc.lineno, "colno": exc.colno, "msg": exc.msg},
            {"line": exc.lineno, "column": exc.colno},
        ) from None
    except RecursionError:
        raise _malformed(
            _("the document is nested more than %(value)s levels deep") % {"value": MAX_DEPTH}
        ) from None
    except _Refused as exc:
        raise _malformed(_("invalid JSON: %(exc)s") % {"exc": exc}) from None
    except ValueError:  # int() refuses more than sys.get_int_max_str_digits() digits
        raise _malformed(_("invalid JSON: an integer has too many digits")) from None


# -- YAML (the dialect: yaml_dialect)

# Every loader available, the one used first (tests run the round trips through each).
YAML_LOADERS: tuple[type[yaml_dialect.Rules], ...] = yaml_dialect.loaders()


def _loads_yaml(text: str) -> Any:
    try:
        loader = YAML_LOADERS[0](text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise _malformed(_("the document is empty"))
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            problem = f"{problem} ({exc.context})"
        if mark is None:
            raise _malformed(_("invalid YAML: %(problem)s") % {"problem": problem}) from None
        line, column = mark.line + 1, mark.column + 1
        raise _malformed(
            _("invalid YAML at line %(line)s, column %(column)s: %(problem)s")
            % {"line": line, "column": column, "problem": problem},
            {"line": line, "column": column},
        ) from None
    except ReaderError as exc:  # a control character, or bad encoding
        character = f" #x{exc.character:04x}" if isinstance(exc.character, int) else ""
        raise _malformed(
            _("invalid YAML at character %(value)s: unacceptable character%(character)s (%(reason)s)")
            % {"value": exc.position + 1, "character": character, "reason": exc.reason},
            {"position": exc.position + 1},
        ) from None
    except yaml.YAMLError as exc:
        raise _malformed(_("invalid YAML: %(exc)s") % {"exc": exc}) from None
    except RecursionError:
        raise _malformed(
            _("the document is nested more than %(value)s levels deep") % {"value": MAX_DEPTH}
        ) from None


# ---- reading a bundle ---------------------------------------------------------------------------------

_ENVELOPE_KEYS = ("loonflow", "workflow", "version", "definition")
_WORKFLOW_KEYS = ("key", "name", "description", "category")


def parse_bundle(data: Any) -> Bundle:
    """Check a loaded bundle and build it; a 422 lists every problem found, by path."""
    _check_envelope(data)
    problems: list[dict[str, Any]] = []
    problems.extend(
        field_problem(key, _("unknown key"), "extra_forbidden") for key in data if key not in _ENVELOPE_KEYS
    )
    meta = _parse_meta(data.get("workflow"), "workflow" in data, problems)
    version = _parse_version(data.get("version"), problems)
    document = _parse_document(data, problems)
    if problems or meta is None or document is None:
        shown = problems[:MAX_PROBLEMS]
        more = (
            f" (the first {MAX_PROBLEMS} of {len(problems)} are listed)"
            if len(problems) > MAX_PROBLEMS
            else ""
        )
        raise ValidationFailed(_("the workflow bundle is invalid%(more)s") % {"more": more}, details=shown)
    return Bundle(meta=meta, document=document, version=version)


def _check_envelope(data: Any) -> None:
    """Refuse, with one problem, what is not a bundle of the format this server reads."""
    if not isinstance(data, dict):
        raise ValidationFailed(
            _("the document is not a workflow bundle"),
            details=[
                field_problem(
                    "", _("expected an object, found %(value)s") % {"value": type_name(data)}, "dict_type"
                )
            ],
        )
    fmt = data.get("loonflow")
    if "loonflow" not in data:
        raise ValidationFailed(
            _("the document is not a workflow bundle"),
            details=[
                field_problem("loonflow", _("missing: this is not a Loonflow workflow bundle"), "missing")
            ],
        )
    if type(fmt) is not int or fmt != FORMAT_VERSION:
        raise ValidationFailed(
            _("unsupported bundle format"),
            details=[
                field_problem(
                    "loonflow",
                    _("unsupported bundle format %(fmt)s; this server reads format %(value)s")
                    % {"fmt": repr(fmt), "value": FORMAT_VERSION},
                    "unsupported_version",
                )
            ],
        )


def _parse_version(version: Any, problems: list[dict[str, Any]]) -> int | None:
    if version is not None and (type(version) is not int or version < 1):
        problems.append(field_problem("version", _("must be a positive integer or null"), "int_type"))
        return None
    return version


def _parse_document(data: dict[str, Any], problems: list[dict[str, Any]]) -> WorkflowDocument | None:
    if "definition" not in data:
        problems.append(field_problem("definition", _("missing"), "missing"))
        return None
    try:
        return WorkflowDocument.model_validate(data["definition"])
    except ValidationError as exc:
        problems.extend(
            field_problem(
                ".".join(["definition", *(str(part) for part in error["loc"])]),
                problem_message(dict(error)),
                error["type"],
            )
            for error in exc.errors(include_url=False, include_input=False)
        )
        return None


def _parse_meta(workflow: Any, present: bool, problems: list[dict[str, Any]]) -> WorkflowMeta | None:
    if not present:
        problems.append(field_problem("workflow", _("missing"), "missing"))
        return None
    if not isinstance(workflow, dict):
        problems.append(
            field_problem(
                "workflow",
                _("expected an object, found %(value)s") % {"value": type_name(workflow)},
                "dict_type",
            )
        )
        return None
    count = len(problems)
    problems.extend(
        field_problem(f"workflow.{key}", _("unknown key"), "extra_forbidden")
        for key in workflow
        if key not in _WORKFLOW_KEYS
    )
    values: dict[str, str] = {}
    for attribute, required, limit in (
        ("key", True, 64),
        ("name", True, NAME_MAX),
        ("description", False, DESCRIPTION_MAX),
        ("category", False, CATEGORY_MAX),
    ):
        value = _meta_string(workflow, attribute, required, limit, problems)
        if value is not None:
            values[attribute] = value
    key = values.get("key")
    if key is not None and not WORKFLOW_KEY.fullmatch(key):
        problems.append(
            field_problem(
                "workflow.key",
                _("2 to 64 characters: lowercase letters, digits, '_' and '-', starting with a letter"),
                "string_pattern_mismatch",
            )
        )
    name = values.get("name")
    if name is not None and not name.strip():
        problems.append(field_problem("workflow.name", _("must not be empty"), "string_too_short"))
    if len(problems) > count:
        return None
    return WorkflowMeta(
        key=values["key"], name=values["name"], description=values["description"], category=values["category"]
    )


def _meta_string(
    workflow: dict[str, Any], attribute: str, required: bool, limit: int, problems: list[dict[str, Any]]
) -> str | None:
    """`workflow[attribute]` when it is a string within `limit` (an optional one defaults to ""),
    else None with the problem recorded."""
    path = f"workflow.{attribute}"
    value = workflow.get(attribute, None if required else "")
    if value is None and required:
        problems.append(field_problem(path, _("missing"), "missing"))
    elif not isinstance(value, str):
        problems.append(
            field_problem(
                path, _("expected a string, found %(value)s") % {"value": type_name(value)}, "string_type"
            )
        )
    elif len(value) > limit:
        problems.append(
            field_problem(path, _("at most %(limit)s characters") % {"limit": limit}, "string_too_long")
        )
    else:
        return value
    return None
