"""Whatever a SCIM client sends, the filter parser, PATCH and the body readers answer with a value or
a ScimError (a 4xx), never another exception (a 500)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integrations.scim.errors import ScimError
from integrations.scim.filters import matches, parse_filter
from integrations.scim.patch import PATCH_SCHEMA, apply_patch
from integrations.scim.resources import group_fields, user_fields

TOKENS = st.sampled_from(
    [
        "userName",
        "emails",
        "members",
        "value",
        "type",
        "eq",
        "ne",
        "co",
        "pr",
        "gt",
        "and",
        "or",
        "not",
        "(",
        ")",
        "[",
        "]",
        '"x"',
        "true",
        "null",
        "1.5",
        ".",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName",
        " ",
        '"\\u0000"',
    ]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["value", "type", "primary", "display", "x"]), inner, max_size=4)
    ),
    max_leaves=20,
)
RESOURCE = {
    "userName": "a",
    "emails": [{"value": "a@b.example", "type": "work"}],
    "members": [{"value": "1"}],
    "name": {"givenName": "A"},
}
SETTINGS = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


def refusal(call: Callable[[], Any]) -> int | None:
    """The status of the ScimError `call` raises, or None when it answers (anything else escapes)."""
    try:
        call()
    except ScimError as exc:
        return exc.status
    return None


@SETTINGS
@given(st.lists(TOKENS, max_size=25).map(" ".join) | st.text(max_size=60))
def test_filters_parse_or_refuse(text: str) -> None:
    assert refusal(lambda: matches(parse_filter(text), RESOURCE)) in (None, 400)


OPERATION = st.fixed_dictionaries(
    {"op": st.sampled_from(["add", "remove", "replace", "Replace", "bogus"])},
    optional={
        "path": st.lists(TOKENS, max_size=8).map(" ".join)
        | st.sampled_from(
            ["members", 'members[value eq "1"]', 'emails[type eq "work"].value', "name.givenName", "x"]
        ),
        "value": JSON,
    },
)


@SETTINGS
@given(st.lists(OPERATION | JSON, min_size=1, max_size=4))
def test_patches_apply_or_refuse(operations: list[Any]) -> None:
    patched: list[dict[str, Any]] = []
    body = {"schemas": [PATCH_SCHEMA], "Operations": operations}
    assert refusal(lambda: patched.append(apply_patch(RESOURCE, body))) in (None, 400)
    for resource in patched:
        assert refusal(lambda: user_fields(resource)) in (None, 400)
        assert refusal(lambda: group_fields(resource)) in (None, 400)


@SETTINGS
@given(JSON)
def test_bodies_read_or_refuse(body: Any) -> None:
    assert refusal(lambda: user_fields(body)) in (None, 400)
    assert refusal(lambda: group_fields(body)) in (None, 400)
