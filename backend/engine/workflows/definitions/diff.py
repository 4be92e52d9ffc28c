"""What changed between two versions of a workflow document, as a flat list of changes by path.

Both documents are compared in their JSON form (`model_dump(mode="json")`), so `before` / `after` of
a change are JSON values.

- Keyed lists (`fields`, `states`, `transitions`) are matched by `key`, not position. An item only in
  one version is one change at `<list>.<key>` carrying the whole item; an item in both yields one
  change per attribute path that differs below it (`states.hr_review.participant.users`).
- Objects are compared attribute by attribute, recursively. A key only on one side of a dict-valued
  attribute (`field_permissions`, a branch condition) is "added" / "removed"; an attribute that goes
  from null to an object (or back) is "changed" with the whole values.
- Lists other than the keyed ones (`participant.users`, `branches`, `columns`, `notifications`) and
  scalars compare as whole values.
- Moving items of a keyed list is reported once, as a "changed" at `<list>` whose before/after are the
  key orders, and only when the keys both versions share come in a different order (adding or
  removing items alone is not a move).
- A keyed list with duplicate keys (possible in a draft, refused on publish) cannot be matched by key;
  it is compared as a whole value.

Order: the document order of `after` (attributes in schema order, items in list order); within a
keyed list, removed items follow (in `before`'s order), then the reorder change.
Identical documents give [].
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from engine.workflows.definitions.schema import WorkflowDocument

KEYED_LISTS = ("fields", "states", "transitions")

Op = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    op: Op
    path: str
    before: Any = None
    after: Any = None

    def as_dict(self) -> dict[str, Any]:
        return {"op": self.op, "path": self.path, "before": self.before, "after": self.after}


def diff_documents(before: WorkflowDocument, after: WorkflowDocument) -> list[Change]:
    old = before.model_dump(mode="json")
    new = after.model_dump(mode="json")
    changes: list[Change] = []
    for name in _keys_in_order(old, new):
        if name in KEYED_LISTS:
            changes.extend(_diff_keyed(name, old.get(name, []), new.get(name, [])))
        else:
            changes.extend(_diff_value(name, old.get(name), new.get(name)))
    return changes


def _keys_in_order(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [*new, *(key for key in old if key not in new)]


def _diff_keyed(name: str, old: list[Any], new: list[Any]) -> Iterator[Change]:
    old_keys = [item.get("key") for item in old]
    new_keys = [item.get("key") for item in new]
    if len(set(old_keys)) != len(old_keys) or len(set(new_keys)) != len(new_keys):
        yield from _diff_value(name, old, new)
        return
    old_items = {item["key"]: item for item in old}
    new_set = set(new_keys)
    for item in new:
        key = item["key"]
        path = f"{name}.{key}"
        if key not in old_items:
            yield Change("added", path, None, item)
        else:
            yield from _diff_value(path, old_items[key], item)
    for item in old:
        if item["key"] not in new_set:
            yield Change("removed", f"{name}.{item['key']}", item, None)
    shared_old = [key for key in old_keys if key in new_set]
    shared_new = [key for key in new_keys if key in old_items]
    if shared_old != shared_new:
        yield Change("changed", name, old_keys, new_keys)


def _diff_value(path: str, old: Any, new: Any) -> Iterator[Change]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in _keys_in_order(old, new):
            sub = f"{path}.{key}"
            if key not in old:
                yield Change("added", sub, None, new[key])
            elif key not in new:
                yield Change("removed", sub, old[key], None)
            else:
                yield from _diff_value(sub, old[key], new[key])
    elif not _same(old, new):
        yield Change("changed", path, old, new)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: booleans are not numbers (True != 1), 1 == 1.0, object key order is irrelevant."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return (
            isinstance(b, list) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
        )
    if isinstance(a, int | float):
        return isinstance(b, int | float) and a == b
    return type(a) is type(b) and a == b
