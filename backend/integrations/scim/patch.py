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


def _add_or_replace(resource: dict[str, Any], op: str, target: Target, value: Any) -> None:
    container = _container(resource, target, create=True)
    if container is None:
        raise invalid_path("The path does not name a complex attribute.")
    key = _key(container, target.attr)
    if target.selector is not None:
        elements = container.get(key)
        if not isinstance(elements, list):
            elements = container[key] = []
        hits = [e for e in elements if isinstance(e, dict) and matches(target.selector, e)]
        if not hits:
            hits = [_seed(target.selector)]
            elements.append(hits[0])
        for element in hits:
            if target.sub:
                element[_key(element, target.sub)] = value
            elif isinstance(value, dict):
                _merge(element, value)
            else:
                raise invalid_value("A filtered path without a sub-attribute takes an object.")
        return
    if target.sub:
        inner = container.get(key)
        if not isinstance(inner, dict):
            inner = container[key] = {}
        inner[_key(inner, target.sub)] = value
        return
    current = container.get(key)
    if op == "add" and isinstance(current, list):
        for item in _as_list(value):
            if item not in current:
                current.append(item)
    elif op == "add" and isinstance(current, dict) and isinstance(value, dict):
        _merge(current, value)
    else:
        container[key] = value


def _remove(resource: dict[str, Any], target: Target, value: Any) -> None:
    container = _container(resource, target, create=False)
    if container is None:
        return
    key = _key(container, target.attr)
    if key not in container:
        return
    if target.selector is None and not target.sub:
        if isinstance(container[key], list) and isinstance(value, list):
            # Azure's form: remove these members (the value lists them) rather than all.
            drop = [str(item.get("value")) if isinstance(item, dict) else str(item) for item in value]
            container[key] = [
                e for e in container[key] if str(e.get("value") if isinstance(e, dict) else e) not in drop
            ]
        else:
            del container[key]
        return
    if target.selector is None:
        inner = container[key]
        if isinstance(inner, dict):
            inner.pop(_key(inner, target.sub), None)
        return
    elements = container[key] if isinstance(container[key], list) else []
    hits = [e for e in elements if isinstance(e, dict) and matches(target.selector, e)]
    if not hits:
        raise ScimError(400, "The filter matches no element to remove.", "noTarget")
    if target.sub:
        for element in hits:
            element.pop(_key(element, target.sub), None)
    else:
        container[key] = [e for e in elements if e not in hits]


def apply_patch(resource: dict[str, Any], body: Any) -> dict[str, Any]:
    """The representation after the PatchOp `body`; raises ScimError (400) for a bad request."""
    if not isinstance(body, dict) or PATCH_SCHEMA not in [
        str(s) for s in _as_list(body.get("schemas") or [])
    ]:
        raise ScimError(400, f"A PATCH body has the schema {PATCH_SCHEMA}.", "invalidSyntax")
    operations = body.get("Operations", body.get("operations"))
    if not isinstance(operations, list) or not operations:
        raise ScimError(400, "A PATCH body has a non-empty Operations list.", "invalidSyntax")
    if len(operations) > MAX_OPERATIONS:
        raise ScimError(400, f"At most {MAX_OPERATIONS} operations in one PATCH.", "tooMany")
    patched = copy.deepcopy(resource)
    for operation in operations:
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
    return patched


__all__ = ["PATCH_SCHEMA", "Path", "apply_patch", "parse_target"]
