"""SCIM PATCH (RFC 7644 §3.5.2) applied to a resource's JSON representation.

The patched representation is then written like a PUT of it, so PATCH and PUT share one set of
rules. Paths: `attr`, `attr.sub`, a schema URN prefix, `attr[filter]` and `attr[filter].sub`
(e.g. `members[value eq "42"]`, `emails[type eq "work"].value`). `op` is case-insensitive (Azure
sends "Replace"). A filter that matches nothing is `noTarget` for remove; for add and replace of a
simple `attr eq "x"` filter the element is created (what Azure expects of `emails[type eq "work"]`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from integrations.scim.errors import ScimError, invalid_path, invalid_value
from integrations.scim.filters import CORE_URNS, Compare, Node, Path, matches, parse_filter

PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
MAX_OPERATIONS = 1000
_PATH = re.compile(r"^(?P<attr>[^\[\]]+?)(\[(?P<filter>.+)\](\.(?P<sub>[A-Za-z$][\w$-]*))?)?$", re.DOTALL)


@dataclass(frozen=True)
class Target:
    urn: str  # "" or an extension's URN (lower-case)
    attr: str  # as written (its case is kept when the attribute is new)
    sub: str
    selector: Node | None


def _key(container: dict[str, Any], name: str) -> str:
    """The key `name` has in `container` (case-insensitively), or `name` itself."""
    lowered = name.lower()
    return next((key for key in container if key.lower() == lowered), name)


def parse_target(path: str) -> Target:
    match = _PATH.match(path.strip())
    if match is None:
        raise invalid_path(f"Not a PATCH path: {path[:100]}")
    attr = match.group("attr").strip()
    urn = ""
    lowered = attr.lower()
    for core in CORE_URNS:
        if lowered.startswith(core):
            attr = attr[len(core) :]
            break
    else:
        if lowered.startswith("urn:"):
            prefix, _sep, attr = attr.rpartition(":")
            urn = prefix.lower()
    if match.group("filter") is None and "." in attr:
        attr, sub = attr.split(".", 1)
    else:
        sub = match.group("sub") or ""
    if not re.fullmatch(r"[A-Za-z$][\w$-]*", attr):
        raise invalid_path(f"Not a PATCH path: {path[:100]}")
    selector = parse_filter(match.group("filter")) if match.group("filter") else None
    return Target(urn=urn, attr=attr, sub=sub, selector=selector)


def _container(resource: dict[str, Any], target: Target, *, create: bool) -> dict[str, Any] | None:
    if not target.urn:
        return resource
    key = _key(resource, target.urn)
    if key not in resource:
        if not create:
            return None
        resource[key] = {}
    found = resource[key]
    return found if isinstance(found, dict) else None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _seed(selector: Node) -> dict[str, Any]:
    """A new element for `attr[sub eq "x"]`: {sub: "x"}; other filters create nothing."""
    if isinstance(selector, Compare) and selector.op == "eq" and len(selector.path.parts) == 1:
        return {selector.path.parts[0]: selector.value}
    raise ScimError(400, "The filter matches no element and names none to create.", "noTarget")


def _merge(into: dict[str, Any], value: dict[str, Any]) -> None:
    for name, item in value.items():
        key = _key(into, name)
        if isinstance(item, dict) and isinstance(into.get(key), dict):
            _merge(into[key], item)
        else:
            into[key] = item


def _set_on_hits(container: dict[str, Any], key: str, target: Target, selector: Node, value: Any) -> None:
    """add/replace on `attr[filter]` (and `.sub`): every matching element, or a new one."""
    elements = container.get(key)
    if not isinstance(elements, list):
        elements = container[key] = []
    hits = [e for e in elements if isinstance(e, dict) and matches(selector, e)]
    if not hits:
        hits = [_seed(selector)]
        elements.append(hits[0])
    if not target.sub and not isinstance(value, dict):
        raise invalid_value("A filtered path without a sub-attribute takes an object.")
    for element in hits:
        if target.sub:
            element[_key(element, target.sub)] = value
        else:
            _merge(element, value)


def _add_or_replace(resource: dict[str, Any], op: str, target: Target, value: Any) -> None:
    container = _container(resource, target, create=True)
    if container is None:
        raise invalid_path("The path does not name a complex attribute.")
    key = _key(container, target.attr)
    if target.selector is not None:
        _set_on_hits(container, key, target, target.selector, value)
        return
    if target.sub:
        inner = container.get(key)
        if not isinstance(inner, dict):
            inner = container[key] = {}
        inner[_key(inner, target.sub)] = value
        return
    current = container.get(key)
    if op == "add" and isinstance(current, list):
        current.extend(item for item in _as_list(value) if item not in current)
    elif op == "add" and isinstance(current, dict) and isinstance(value, dict):
        _merge(current, value)
    else:
        container[key] = value


def _member_value(item: Any) -> str:
    return str(item.get("value")) if isinstance(item, dict) else str(item)


def _remove_whole(container: dict[str, Any], key: str, value: Any) -> None:
    if isinstance(container[key], list) and isinstance(value, list):
        # Azure's form: remove these members (the value lists them) rather than all.
        drop = {_member_value(item) for item in value}
        container[key] = [e for e in container[key] if _member_value(e) not in drop]
    else:
        del container[key]


def _remove(resource: dict[str, Any], target: Target, value: Any) -> None:
    container = _container(resource, target, create=False)
    key = _key(container, target.attr) if container is not None else ""
    if container is None or key not in container:
        return
    if target.selector is None and not target.sub:
        _remove_whole(container, key, value)
        return
    if target.selector is None:
        inner = container[key]
        if isinstance(inner, dict):
            inner.pop(_key(inner, target.sub), None)
        return
    _remove_hits(container, key, target.selector, target.sub)


def _remove_hits(container: dict[str, Any], key: str, selector: Node, sub: str) -> None:
    """remove on `attr[filter]` (the matching elements) or `attr[filter].sub` (their sub-attribute)."""
    elements = container[key] if isinstance(container[key], list) else []
    hits = [e for e in elements if isinstance(e, dict) and matches(selector, e)]
    if not hits:
        raise ScimError(400, "The filter matches no element to remove.", "noTarget")
    if sub:
        for element in hits:
            element.pop(_key(element, sub), None)
    else:
        container[key] = [e for e in elements if e not in hits]


def _operations(body: Any) -> list[Any]:
    if not isinstance(body, dict) or PATCH_SCHEMA not in [
        str(s) for s in _as_list(body.get("schemas") or [])
    ]:
        raise ScimError(400, f"A PATCH body has the schema {PATCH_SCHEMA}.", "invalidSyntax")
    operations = body.get("Operations", body.get("operations"))
    if not isinstance(operations, list) or not operations:
        raise ScimError(400, "A PATCH body has a non-empty Operations list.", "invalidSyntax")
    if len(operations) > MAX_OPERATIONS:
        raise ScimError(400, f"At most {MAX_OPERATIONS} operations in one PATCH.", "tooMany")
    return operations


def _apply_one(patched: dict[str, Any], operation: Any) -> None:
    if not isinstance(operation, dict):
        raise ScimError(400, "Each operation is an object.", "invalidSyntax")
    op = str(operation.get("op", "")).lower()
    path = operation.get("path")
    value = operation.get("value")
    if op not in ("add", "remove", "replace"):
        raise ScimError(400, f"Unknown op {str(operation.get('op'))[:20]!r}.", "invalidSyntax")
    if path is not None and not isinstance(path, str):
        raise invalid_path("path is a string.")
    if op == "remove":
        if not path:
            raise ScimError(400, "remove needs a path.", "noTarget")
        _remove(patched, parse_target(path), value)
    elif not path:
        if not isinstance(value, dict):
            raise invalid_value(f"{op} without a path takes an object.")
        for name, item in value.items():
            _add_or_replace(patched, op, parse_target(name), item)
    else:
        if "value" not in operation:
            raise invalid_value(f"{op} needs a value.")
        _add_or_replace(patched, op, parse_target(path), value)


def apply_patch(resource: dict[str, Any], body: Any) -> dict[str, Any]:
    """The representation after the PatchOp `body`; raises ScimError (400) for a bad request."""
    operations = _operations(body)
    patched = copy.deepcopy(resource)
    for operation in operations:
        _apply_one(patched, operation)
    return patched


__all__ = ["PATCH_SCHEMA", "Path", "apply_patch", "parse_target"]
