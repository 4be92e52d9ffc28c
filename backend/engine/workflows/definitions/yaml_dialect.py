"""The YAML dialect of workflow bundles: JSON-like typing, core tags only, no anchors or aliases.

`Rules` composes and constructs the way `engine.workflows.definitions.transfer`'s docstring describes
(plain scalars resolved like JSON, only core tags, no anchors or aliases, no duplicate or non-string
mapping keys, at most `MAX_DEPTH` containers deep); `loaders()` are the loaders built on it. `Dumper`
is `yaml.safe_dump`'s dumper with one fix for NEL.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

# How many containers deep a bundle may go.
MAX_DEPTH = 64

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_ALLOWED_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _SEQ, _MAP})

# Implicit (plain scalar) resolution. Each pattern only matches what YAML 1.1's resolver also gives the
# same type, so whatever `yaml.safe_dump` writes unquoted reads back as written.
_NULL_PLAIN = re.compile(r"~|null|Null|NULL|")
_BOOL_PLAIN = re.compile(r"true|false")
_INT_PLAIN = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT_PLAIN = re.compile(r"[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?|\.[0-9]+(?:[eE][-+][0-9]+)?")
# With an explicit `!!int` / `!!float` tag, any decimal notation is accepted.
_INT_TAGGED = re.compile(r"[-+]?[0-9]+")
_FLOAT_TAGGED = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


class Rules(Composer, SafeConstructor, BaseResolver):
    """Composing and constructing with JSON-like resolution, core tags only, no anchors or aliases.

    Mixed into a loader over the event source: libyaml's `CParser` when PyYAML has it (about four
    times faster), else the pure-Python reader, scanner and parser. Either way the composer and the
    constructor are these Python ones, so the rules are the same.
    """

    yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}
    yaml_path_resolvers: dict[Any, Any] = {}
    yaml_constructors: ClassVar[dict[str | None, Any]] = {}
    yaml_multi_constructors: ClassVar[dict[str | None, Any]] = {}

    def __init__(self, stream: str) -> None:
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        BaseResolver.__init__(self)
        self._depth = 0

    if TYPE_CHECKING:  # from the event source

        def peek_event(self) -> Any: ...

    def dispose(self) -> None:  # the event source's, when it has one
        dispose = getattr(super(), "dispose", None)
        if dispose is not None:
            dispose()

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()
        mark = event.start_mark
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent):
            raise ComposerError(None, None, f"aliases (*{anchor}) are not allowed", mark)
        if anchor is not None:
            raise ComposerError(None, None, f"anchors (&{anchor}) are not allowed", mark)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _ALLOWED_TAGS:
            raise ComposerError(None, None, f"the tag {tag!r} is not allowed (only core types)", mark)
        collection = isinstance(event, yaml.CollectionStartEvent)
        if collection:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", mark)
        try:
            return super().compose_node(parent, index)
        finally:
            if collection:
                self._depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise ConstructorError(
                None, None, f"expected a mapping, found {_node_kind(node)}", node.start_mark
            )
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"keys must be strings, found {type_name(key)}",
                    key_node.start_mark,
                )
            if key in mapping:
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"duplicate key {key!r}",
                    key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _node_kind(node: Node) -> str:
    return {ScalarNode: "a scalar", MappingNode: "a mapping"}.get(type(node), "a sequence")


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a sequence"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _scalar(loader: Rules, node: Node) -> str:
    if not isinstance(node, ScalarNode):
        raise ConstructorError(None, None, f"expected a scalar, found {_node_kind(node)}", node.start_mark)
    return loader.construct_scalar(node)


def _construct_null(loader: Rules, node: Node) -> None:
    value = _scalar(loader, node)
    if not _NULL_PLAIN.fullmatch(value):
        raise ConstructorError(None, None, f"{value!r} is not null", node.start_mark)


def _construct_bool(loader: Rules, node: Node) -> bool:
    value = _scalar(loader, node)
    if not _BOOL_PLAIN.fullmatch(value):
        raise ConstructorError(None, None, f"{value!r} is not a boolean (true or false)", node.start_mark)
    return value == "true"


def _construct_int(loader: Rules, node: Node) -> int:
    value = _scalar(loader, node)
    if not _INT_TAGGED.fullmatch(value):
        raise ConstructorError(None, None, f"{value!r} is not a decimal integer", node.start_mark)
    try:
        return int(value)
    except ValueError:  # more digits than Python converts
        raise ConstructorError(None, None, "the integer is too large", node.start_mark) from None


def _construct_float(loader: Rules, node: Node) -> float:
    value = _scalar(loader, node)
    if not _FLOAT_TAGGED.fullmatch(value):
        raise ConstructorError(None, None, f"{value!r} is not a finite decimal number", node.start_mark)
    number = float(value)
    if not math.isfinite(number):
        raise ConstructorError(None, None, f"the number {value} is too large", node.start_mark)
    return number


def _construct_undefined(loader: Rules, node: Node) -> NoReturn:
    raise ConstructorError(None, None, f"the tag {node.tag!r} is not allowed", node.start_mark)


_CONSTRUCTORS: dict[str | None, Callable[[Rules, Any], Any]] = {
    _NULL: _construct_null,
    _BOOL: _construct_bool,
    _INT: _construct_int,
    _FLOAT: _construct_float,
    _STR: SafeConstructor.construct_yaml_str,
    _SEQ: SafeConstructor.construct_yaml_seq,
    _MAP: SafeConstructor.construct_yaml_map,
    None: _construct_undefined,
}
Rules.yaml_constructors.update(_CONSTRUCTORS)

Rules.add_implicit_resolver(_NULL, re.compile(f"^(?:{_NULL_PLAIN.pattern})$"), ["~", "n", "N", ""])
Rules.add_implicit_resolver(_BOOL, re.compile(f"^(?:{_BOOL_PLAIN.pattern})$"), ["t", "f"])
Rules.add_implicit_resolver(_INT, re.compile(f"^(?:{_INT_PLAIN.pattern})$"), list("-+0123456789"))
Rules.add_implicit_resolver(_FLOAT, re.compile(f"^(?:{_FLOAT_PLAIN.pattern})$"), list("-+0123456789."))


class _PyLoader(Reader, Scanner, Parser, Rules):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Rules.__init__(self, stream)


def _c_loader() -> type[Rules] | None:
    try:
        from yaml._yaml import CParser
    except ImportError:  # PyYAML built without libyaml
        return None

    class _CLoader(Rules, CParser):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Rules.__init__(self, stream)

    return _CLoader


def loaders() -> tuple[type[Rules], ...]:
    """Every loader available, the fastest first."""
    return tuple(loader for loader in (_c_loader(), _PyLoader) if loader is not None)


# ---- writing


class Dumper(yaml.SafeDumper):
    """`yaml.safe_dump`'s dumper, except that a string holding a NEL (U+0085) is double-quoted.

    PyYAML writes a NEL raw in a single-quoted string, as a line break, and a reader folds that line
    break into a space; double-quoted, it is escaped (`\\N`) and reads back as written.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(_STR, value, style='"' if "\x85" in value else None)


Dumper.add_representer(str, _represent_str)
