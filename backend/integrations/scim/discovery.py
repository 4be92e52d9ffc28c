"""The discovery documents (RFC 7644 §4): what this SCIM service supports, and its schemas."""

from __future__ import annotations

from typing import Any

from integrations.scim.resources import ENTERPRISE_SCHEMA, GROUP_SCHEMA, USER_SCHEMA

LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
MAX_RESULTS = 200


def service_provider_config(base: str) -> dict[str, Any]:
    return {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "patch": {"supported": True},
        "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": True, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": False},
        "sort": {"supported": False},
        "etag": {"supported": True},
        "authenticationSchemes": [
            {
                "type": "oauthbearertoken",
                "name": "Bearer token",
                "description": "A SCIM token a tenant admin creates in the console (shown once).",
                "primary": True,
            }
        ],
        "meta": {"resourceType": "ServiceProviderConfig", "location": f"{base}/ServiceProviderConfig"},
    }


def _attribute(name: str, kind: str = "string", **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "type": kind,
        "multiValued": extra.pop("multi", False),
        "required": extra.pop("required", False),
        "caseExact": False,
        "mutability": extra.pop("mutability", "readWrite"),
        "returned": "default",
        "uniqueness": extra.pop("uniqueness", "none"),
        **extra,
    }


def _multi(name: str, *subs: str) -> dict[str, Any]:
    return _attribute(name, "complex", multi=True, subAttributes=[_attribute(sub) for sub in subs])


SCHEMAS = [
    {
        "id": USER_SCHEMA,
        "name": "User",
        "description": "A person of the tenant",
        "attributes": [
            _attribute("userName", required=True, uniqueness="server"),
            _attribute("displayName"),
            _attribute(
                "name",
                "complex",
                subAttributes=[_attribute(s) for s in ("formatted", "givenName", "familyName")],
            ),
            _attribute("active", "boolean"),
            _attribute("externalId"),
            _multi("emails", "value", "type"),
            _multi("phoneNumbers", "value", "type"),
            _attribute("groups", "complex", multi=True, mutability="readOnly"),
        ],
    },
    {
        "id": GROUP_SCHEMA,
        "name": "Group",
        "description": "A role of the tenant",
        "attributes": [_attribute("displayName", required=True), _multi("members", "value", "display")],
    },
]

RESOURCE_TYPES = [
    {"id": "User", "name": "User", "endpoint": "/Users", "schema": USER_SCHEMA, "schemaExtensions": []},
    {"id": "Group", "name": "Group", "endpoint": "/Groups", "schema": GROUP_SCHEMA, "schemaExtensions": []},
]


def listed(items: list[dict[str, Any]], kind: str, base: str) -> dict[str, Any]:
    resources = [
        {
            **item,
            "schemas": [f"urn:ietf:params:scim:schemas:core:2.0:{kind}"],
            "meta": {"resourceType": kind, "location": f"{base}/{kind}s/{item['id']}"},
        }
        for item in items
    ]
    return {
        "schemas": [LIST_SCHEMA],
        "totalResults": len(resources),
        "startIndex": 1,
        "itemsPerPage": len(resources),
        "Resources": resources,
    }


__all__ = ["ENTERPRISE_SCHEMA", "RESOURCE_TYPES", "SCHEMAS", "listed", "service_provider_config"]
