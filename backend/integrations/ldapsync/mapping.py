"""From directory entries to the payload of the one directory sync (`core.directory.sync`).

People: one per user entry, their fields from the source's attribute map. Departments: the OU path
of the entry's DN below the user base (a tree: each OU its own department, under its parent OU), or
the value of one attribute (flat). Roles: the source's group → role map; a person holds the mapped
role of every group that lists their DN (or uid) as a member.

An entry with a value we cannot store (not UTF-8, a NUL or other control character, too long, not a
valid user name or e-mail address) is left out and reported by DN; the others sync. Department codes
are `ldap<source id>-<slug>-<hash of the OU path>`: stable, unique, within the 64 characters codes
may have.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from ldap3.core.exceptions import LDAPInvalidDnError
from ldap3.utils.dn import parse_dn
from pydantic import ValidationError

from core.directory.schemas import DirectorySyncIn, SyncDepartmentIn, SyncRoleIn, SyncUserIn
from integrations.ldapsync.reader import DirectoryRead, Entry

DEFAULT_ATTRIBUTES = {
    "username": "uid",
    "email": "mail",
    "name": "cn",
    "employee_id": "employeeNumber",
    "phone": "telephoneNumber",
}
FIELDS = tuple(DEFAULT_ATTRIBUTES)
MAX_VALUE_CHARS = 1000  # longer than any field we keep: a longer value is refused, not cut
SKIPPED_KEPT = 200  # skipped entries a run keeps for the admin (the count is always exact)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SLUG = re.compile(r"[^a-z0-9]+")


class BadValue(ValueError):
    pass


@dataclass(frozen=True)
class SourceMap:
    source_id: int
    user_base_dn: str
    attributes: dict[str, str]
    department_source: str  # "ou" | "attribute"
    department_attribute: str
    group_member_attribute: str
    role_map: dict[str, str]  # group DN or cn (lower-case) -> role code

    def attribute(self, name: str) -> str:
        return self.attributes.get(name) or DEFAULT_ATTRIBUTES[name]

    def user_attributes(self) -> list[str]:
        wanted = [self.attribute(name) for name in FIELDS]
        if self.department_source == "attribute" and self.department_attribute:
            wanted.append(self.department_attribute)
        return wanted


@dataclass
class Person:
    dn: str
    username: str
    employee_id: str
    item: SyncUserIn


@dataclass
class Plan:
    payload: DirectorySyncIn
    people: list[Person]
    department_codes: set[str]
    role_codes: set[str]
    skipped: list[dict[str, str]] = field(default_factory=list)
    skipped_count: int = 0
    # User names of entries left out: whoever they are stays as they are (not deactivated).
    kept: set[str] = field(default_factory=set)


def text(raw: bytes | None, *, required: bool = False, what: str = "") -> str:
    """A raw attribute value as text we can store, or BadValue."""
    if raw is None or raw == b"":
        if required:
            raise BadValue(_("%(what)s is missing.") % {"what": what})
        return ""
    if len(raw) > MAX_VALUE_CHARS * 4:
        raise BadValue(_("%(what)s is too long.") % {"what": what})
    try:
        value = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadValue(_("%(what)s is not UTF-8 text.") % {"what": what}) from None
    if len(value) > MAX_VALUE_CHARS:
        raise BadValue(_("%(what)s is too long.") % {"what": what})
    if _CONTROL.search(value):
        raise BadValue(_("%(what)s contains control characters.") % {"what": what})
    return value.strip()


def normal_dn(dn: str) -> str:
    """A DN compared case-insensitively and without spaces around the separators."""
    try:
        return ",".join(f"{attr.lower()}={value.lower()}" for attr, value, _sep in parse_dn(dn, strip=True))
    except LDAPInvalidDnError:
        return dn.strip().lower()


def department_code(source_id: int, path: tuple[str, ...]) -> str:
    digest = hashlib.sha256("\x1f".join(path).encode()).hexdigest()[:10]
    slug = _SLUG.sub("-", path[-1].lower()).strip("-")[:32] or "ou"
    return f"ldap{source_id}-{slug}-{digest}"


def department_prefix(source_id: int) -> str:
    return f"ldap{source_id}-"


def ou_path(dn: str, base: str) -> tuple[str, ...]:
    """The OU names between the user base and the entry, top-down ("" path: right under the base)."""
    try:
        rdns = parse_dn(dn, strip=True)
        base_len = len(parse_dn(base, strip=True)) if base else 0
    except LDAPInvalidDnError:
        raise BadValue(_("The DN is not valid.")) from None
    between = rdns[1 : len(rdns) - base_len] if base_len else rdns[1:]
    return tuple(value for attr, value, _sep in reversed(between) if attr.lower() == "ou")


class _Builder:
    def __init__(self, mapping: SourceMap, roles: dict[str, tuple[str, str]]) -> None:
        self.mapping = mapping
        self.existing_roles = roles  # code -> (name, description) of roles already here
        self.departments: dict[str, SyncDepartmentIn] = {}
        self.people: list[Person] = []
        self.skipped: list[dict[str, str]] = []
        self.skipped_count = 0

    def skip(self, dn: str, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < SKIPPED_KEPT:
            self.skipped.append({"dn": dn[:500], "reason": reason})

    def department_for(self, entry: Entry) -> list[str]:
        mapping = self.mapping
        if mapping.department_source == "attribute":
            value = text(entry.first(mapping.department_attribute), what=mapping.department_attribute)
            if not value:
                return []
            return [self._department((value,), flat=True)]
        path = ou_path(entry.dn, mapping.user_base_dn)
        for name in path:
            text(name.encode(), required=True, what="ou")
        return [self._department(path, flat=False)] if path else []

    def _department(self, path: tuple[str, ...], *, flat: bool) -> str:
        code = department_code(self.mapping.source_id, path)
        if code not in self.departments:
            parent = None if flat or len(path) == 1 else self._department(path[:-1], flat=False)
            self.departments[code] = SyncDepartmentIn(code=code, name=path[-1][:200], parent=parent)
        return code

    def person(self, entry: Entry, roles: list[str]) -> None:
        m = self.mapping
        try:
            username = text(entry.first(m.attribute("username")), required=True, what=m.attribute("username"))
            values = {
                name: text(entry.first(m.attribute(name)), what=m.attribute(name))
                for name in ("email", "name", "phone", "employee_id")
            }
            departments = self.department_for(entry)
            item = SyncUserIn(
                username=username,
                display_name=values["name"][:150],
                email=values["email"] or None,
                phone=values["phone"],
                departments=departments,
                roles=sorted(set(roles)),
            )
        except BadValue as exc:
            self.skip(entry.dn, str(exc))
            return
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            self.skip(entry.dn, problems[:500])
            return
        self.people.append(
            Person(dn=entry.dn, username=item.username, employee_id=values["employee_id"][:100], item=item)
        )

    def role_items(self) -> list[SyncRoleIn]:
        items = []
        for code in sorted(set(self.mapping.role_map.values())):
            name, description = self.existing_roles.get(code, (code, ""))
            items.append(SyncRoleIn(code=code, name=name, description=description))
        return items


def memberships(mapping: SourceMap, groups: list[Entry]) -> dict[str, list[str]]:
    """member DN or uid (normalised) -> the role codes its groups map to."""
    wanted: dict[str, list[str]] = {}
    for group in groups:
        keys = {normal_dn(group.dn)}
        cn = group.first("cn")
        if cn:
            keys.add(cn.decode("utf-8", "replace").strip().lower())
        codes = {mapping.role_map[key] for key in keys if key in mapping.role_map}
        if not codes:
            continue
        for raw in group.all(mapping.group_member_attribute):
            member = raw.decode("utf-8", "replace")
            for key in {normal_dn(member), member.strip().lower()}:
                wanted.setdefault(key, []).extend(sorted(codes))
    return wanted


def build_plan(
    mapping: SourceMap,
    read: DirectoryRead,
    *,
    existing_roles: dict[str, tuple[str, str]],
    refused: dict[str, str],
) -> Plan:
    """The sync payload for `read`; `refused` names usernames this source may not take (owned by
    another feed, or local tenant admins), with the reason."""
    builder = _Builder(mapping, existing_roles)
    member_roles = memberships(mapping, read.groups)
    seen: set[str] = set()
    kept: set[str] = set()
    for entry in read.users:
        uid = (entry.first(mapping.attribute("username")) or b"").decode("utf-8", "replace").strip()
        roles = member_roles.get(normal_dn(entry.dn), []) + member_roles.get(uid.lower(), [])
        before = len(builder.people)
        builder.person(entry, roles)
        if len(builder.people) == before:
            kept.add(uid)
            continue
        person = builder.people[-1]
        if person.username in refused or person.username in seen:
            builder.people.pop()
            reason = refused.get(person.username) or _("Another entry has the same user name.")
            builder.skip(entry.dn, reason)
            kept.add(person.username)
            continue
        seen.add(person.username)
    payload = DirectorySyncIn(
        users=[person.item for person in builder.people],
        departments=list(builder.departments.values()),
        roles=builder.role_items(),
        full=True,
    )
    return Plan(
        payload=payload,
        people=builder.people,
        department_codes=set(builder.departments),
        role_codes=set(mapping.role_map.values()),
        skipped=builder.skipped,
        skipped_count=builder.skipped_count,
        kept=kept,
    )


def normal_role_map(raw: dict[str, Any]) -> dict[str, str]:
    """Group keys compared as `memberships` does: a DN normalised, a cn lower-cased."""
    return {(normal_dn(key) if "=" in key else key.strip().lower()): str(code) for key, code in raw.items()}
