"""The filter language (RFC 7644 §3.4.2.2) and PATCH semantics (§3.5.2), on representations."""

from __future__ import annotations

from typing import Any

import pytest

from integrations.scim.errors import ScimError
from integrations.scim.filters import matches, parse_filter
from integrations.scim.patch import apply_patch
from integrations.scim.tests.conftest import patch

ALICE = {
    "userName": "alice",
    "displayName": "Alice Liddell",
    "active": True,
    "name": {"givenName": "Alice", "familyName": "Liddell"},
    "emails": [{"value": "alice@work.example", "type": "work"}, {"value": "a@home.example", "type": "home"}],
    "meta": {"lastModified": "2026-03-01T10:00:00+00:00"},
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "1001"},
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('userName eq "alice"', True),
        ('USERNAME Eq "ALICE"', True),
        ('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "alice"', True),
        ('userName ne "alice"', False),
        ('displayName co "lidd"', True),
        ('displayName sw "alice"', True),
        ('displayName ew "dell"', True),
        ("title pr", False),
        ("emails pr", True),
        ("active eq true", True),
        ("active eq false", False),
        ('meta.lastModified gt "2026-01-01T00:00:00Z"', True),
        ('meta.lastModified lt "2026-01-01T00:00:00Z"', False),
        ('name.familyName ge "L"', True),
        ('name.familyName le "K"', False),
        ('emails[type eq "work" and value co "@work"]', True),
        ('emails[type eq "work" and value co "@home"]', False),
        ('emails.value eq "a@home.example"', True),
        ('emails eq "alice@work.example"', True),
        ('userName eq "bob" or (active eq true and not (displayName sw "Bob"))', True),
        ('not (userName eq "alice") and active eq true', False),
        ('userName eq "bob" or userName eq "carol" or userName eq "alice"', True),
        ('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "1001"', True),
        ('userName eq "al\\u0069ce"', True),
    ],
)
def test_filters_match_as_the_rfc_says(text: str, expected: bool) -> None:
    assert matches(parse_filter(text), ALICE) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "userName eq",
        'userName xx "a"',
        "userName eq alice",
        '(userName eq "a"',
        'userName eq "a")',
        'emails[type eq "work"',
        "__import__('os') eq 1",
        'userName eq "a" and',
        "(" * 50 + 'userName eq "a"' + ")" * 50,
        'userName eq "' + "a" * 3000 + '"',
    ],
)
def test_bad_filters_are_invalid_filter_errors(text: str) -> None:
    with pytest.raises(ScimError) as caught:
        parse_filter(text)
    assert caught.value.status == 400
    assert caught.value.scim_type == "invalidFilter"


GROUP: dict[str, Any] = {
    "displayName": "Approvers",
    "members": [{"value": "1"}, {"value": "2"}, {"value": "3"}],
}


def test_patch_removes_a_member_by_path_filter() -> None:
    out = apply_patch(GROUP, patch({"op": "remove", "path": 'members[value eq "2"]'}))
    assert [m["value"] for m in out["members"]] == ["1", "3"]
    assert [m["value"] for m in GROUP["members"]] == ["1", "2", "3"]  # the original is untouched


def test_patch_adds_members_without_duplicates_and_azure_style_removal() -> None:
    out = apply_patch(
        GROUP, patch({"op": "add", "path": "members", "value": [{"value": "3"}, {"value": "4"}]})
    )
    assert [m["value"] for m in out["members"]] == ["1", "2", "3", "4"]
    out = apply_patch(
        out, patch({"op": "Remove", "path": "members", "value": [{"value": "1"}, {"value": "4"}]})
    )
    assert [m["value"] for m in out["members"]] == ["2", "3"]


def test_patch_replaces_a_filtered_sub_attribute_and_creates_it_when_missing() -> None:
    out = apply_patch(
        ALICE, patch({"op": "replace", "path": 'emails[type eq "work"].value', "value": "new@work.example"})
    )
    assert out["emails"][0] == {"value": "new@work.example", "type": "work"}
    out = apply_patch(
        {"userName": "x"},
        patch({"op": "Replace", "path": 'emails[type eq "work"].value', "value": "x@w.example"}),
    )
    assert out["emails"] == [{"type": "work", "value": "x@w.example"}]


def test_patch_without_path_merges_and_sub_paths_set() -> None:
    out = apply_patch(
        ALICE,
        patch(
            {"op": "replace", "value": {"active": False, "name.familyName": "L."}},
            {"op": "add", "path": "name.givenName", "value": "Ally"},
            {"op": "remove", "path": "displayName"},
        ),
    )
    assert out["active"] is False
    assert out["name"] == {"givenName": "Ally", "familyName": "L."}
    assert "displayName" not in out


@pytest.mark.parametrize(
    ("body", "scim_type"),
    [
        ({"Operations": [{"op": "add", "path": "x", "value": 1}]}, "invalidSyntax"),
        (patch(), "invalidSyntax"),
        (patch({"op": "move", "path": "x"}), "invalidSyntax"),
        (patch({"op": "remove"}), "noTarget"),
        (patch({"op": "remove", "path": 'members[value eq "9"]'}), "noTarget"),
        (patch({"op": "add", "path": "members[[bad", "value": 1}), "invalidPath"),
        (patch({"op": "add", "path": 'members[value eq "1"', "value": 1}), "invalidPath"),
        (patch({"op": "replace", "path": "displayName"}), "invalidValue"),
        (patch({"op": "replace", "value": "not an object"}), "invalidValue"),
    ],
)
def test_bad_patches_are_scim_errors(body: dict, scim_type: str) -> None:
    with pytest.raises(ScimError) as caught:
        apply_patch(GROUP, body)
    assert caught.value.status == 400
    assert caught.value.scim_type == scim_type
