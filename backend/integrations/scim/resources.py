"""Our people and roles as SCIM Users and Groups (RFC 7643), and SCIM bodies read back into the
fields the directory services take.

Users: userName ↔ username; displayName (else name.formatted, else givenName familyName) ↔ display
name; the primary (else the first) email ↔ email; the primary (else first) phone number ↔ phone;
active ↔ active; externalId is kept on the person's feed identity. Groups are roles: displayName ↔
the role's name, members ↔ its members (a role created here gets the code `scim-<slug>`).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pydantic import TypeAdapter, ValidationError

from core.access.models import User
from core.directory.models import Role
from core.schemas import Name, Phone, Username
from integrations.scim.errors import ScimError, invalid_value

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}$")
MAX_MEMBERS = 10_000


def version_of(body: dict[str, Any]) -> str:
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return f'W/"{digest}"'


def _meta(body: dict[str, Any], kind: str, location: str, created: Any, modified: Any) -> dict[str, Any]:
    body["meta"] = {
        "resourceType": kind,
        "created": created.isoformat() if created else None,
        "lastModified": modified.isoformat() if modified else None,
        "location": location,
    }
    body["meta"]["version"] = version_of(body)
    return body


def user_resource(
    user: User, *, base: str, external_id: str = "", groups: list[Role] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [USER_SCHEMA],
        "id": str(user.pk),
        "userName": user.username,
        "displayName": user.display_name,
        "name": {"formatted": user.display_name},
        "active": user.is_active,
        "emails": [{"value": user.email, "type": "work", "primary": True}] if user.email else [],
        "phoneNumbers": [{"value": user.phone, "type": "work", "primary": True}] if user.phone else [],
        "groups": [
            {"value": str(role.pk), "display": role.name, "$ref": f"{base}/Groups/{role.pk}"}
            for role in groups or []
        ],
    }
    if external_id:
        body["externalId"] = external_id
    return _meta(body, "User", f"{base}/Users/{user.pk}", user.date_joined, user.updated_at)


def group_resource(role: Role, *, base: str, members: list[User]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [GROUP_SCHEMA],
        "id": str(role.pk),
        "displayName": role.name,
        "members": [
            {"value": str(u.pk), "display": u.username, "$ref": f"{base}/Users/{u.pk}"} for u in members
        ],
    }
    return _meta(body, "Group", f"{base}/Groups/{role.pk}", role.created_at, role.updated_at)


def _field(body: dict[str, Any], name: str) -> Any:
    lowered = name.lower()
    return next((value for key, value in body.items() if key.lower() == lowered), None)


def _check(adapter: TypeAdapter[Any], value: Any, attribute: str) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        raise invalid_value(f"{attribute}: {exc.errors()[0]['msg']}") from None


_USERNAME = TypeAdapter(Username)
_NAME = TypeAdapter(Name)
_PHONE = TypeAdapter(Phone)


def _text(value: Any, attribute: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise invalid_value(f"{attribute} is a string.")
    if len(value) > limit or any(ord(ch) < 32 for ch in value):
        raise invalid_value(f"{attribute} is longer than {limit} characters or has control characters.")
    return value.strip()


def _pick(items: Any, attribute: str) -> str:
    """The primary (else the first) element's value of a multi-valued attribute."""
    if items in (None, []):
        return ""
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise invalid_value(f"{attribute} is a list of objects.")
    primary = [item for item in items if _field(item, "primary") is True]
    chosen = (primary or items)[0]
    return _text(_field(chosen, "value"), f"{attribute}.value", 254)


def _active(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"  # Azure sends "False" as a string
    raise invalid_value("active is true or false.")


def user_fields(body: Any) -> dict[str, Any]:
    """The directory fields of a SCIM User body (POST, PUT, or a patched representation)."""
    if not isinstance(body, dict):
        raise ScimError(400, "The body is a JSON object.", "invalidSyntax")
    username = _check(_USERNAME, _field(body, "userName"), "userName")
    name = _field(body, "name") if isinstance(_field(body, "name"), dict) else {}
    display = _text(_field(body, "displayName"), "displayName", 150) or _text(
        _field(name, "formatted"), "name.formatted", 150
    )
    if not display:
        parts = [_text(_field(name, key), f"name.{key}", 150) for key in ("givenName", "familyName")]
        display = " ".join(part for part in parts if part)[:150]
    email = _pick(_field(body, "emails"), "emails")
    if email and not _EMAIL.match(email):
        raise invalid_value("emails.value is not an e-mail address.")
    phone = _check(_PHONE, _pick(_field(body, "phoneNumbers"), "phoneNumbers"), "phoneNumbers.value")
    return {
        "username": username,
        "display_name": display,
        "email": email,
        "phone": phone,
        "is_active": _active(_field(body, "active")),
        "external_id": _text(_field(body, "externalId"), "externalId", 1000),
    }


def group_fields(body: Any) -> dict[str, Any]:
    """A SCIM Group body's name and member ids (None when it names no members)."""
    if not isinstance(body, dict):
        raise ScimError(400, "The body is a JSON object.", "invalidSyntax")
    name = _check(_NAME, _field(body, "displayName"), "displayName")
    members = _field(body, "members")
    if members is None:
        return {"name": name, "member_ids": None}
    if not isinstance(members, list) or len(members) > MAX_MEMBERS:
        raise invalid_value(f"members is a list of at most {MAX_MEMBERS} objects.")
    ids = []
    for member in members:
        value = _field(member, "value") if isinstance(member, dict) else None
        if not isinstance(value, str) or not value.isdigit() or len(value) > 18:
            raise invalid_value("Each member's value is the id of a User.")
        ids.append(int(value))
    return {"name": name, "member_ids": sorted(set(ids))}
