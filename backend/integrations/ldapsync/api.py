"""LDAP / Active Directory sources and their sync runs (tenant admins only).

"Sync now" queues a run and answers at once (202); a worker reads the directory. The bind password
is write-only."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited, schema_snapshot
from integrations.ldapsync import selectors, services
from integrations.ldapsync.models import LdapSource, LdapSyncRun
from integrations.ldapsync.schemas import LdapRunOut, LdapSourceIn, LdapSourceOut, LdapSourcePatchIn

router = Router(tags=["directory-feeds"])
_snapshot = schema_snapshot(LdapSourceOut, lambda pk: selectors.ldap_source_get(source_id=pk))
SOURCE = Target("ldap_source", "source_id", _snapshot)
NEW_SOURCE = Target("ldap_source", None, _snapshot)


@router.get("/directory-feeds/ldap", response=list[LdapSourceOut], summary="List LDAP sources")
def list_ldap_sources(request: HttpRequest) -> list[LdapSource]:
    tenant_admin_of(request)
    return selectors.ldap_source_list()


@router.post("/directory-feeds/ldap", response={201: LdapSourceOut}, summary="Add an LDAP source")
@audited("ldap_source.create", target=NEW_SOURCE)
def create_ldap_source(request: HttpRequest, payload: LdapSourceIn) -> Status:
    tenant_admin_of(request)
    source = services.ldap_source_create(**payload.dict())
    return Status(201, selectors.ldap_source_get(source_id=source.pk))


@router.get("/directory-feeds/ldap/{int:source_id}", response=LdapSourceOut, summary="Get an LDAP source")
def get_ldap_source(request: HttpRequest, source_id: int) -> LdapSource:
    tenant_admin_of(request)
    return selectors.ldap_source_get(source_id=source_id)


@router.patch(
    "/directory-feeds/ldap/{int:source_id}", response=LdapSourceOut, summary="Change an LDAP source"
)
@audited("ldap_source.update", target=SOURCE)
def patch_ldap_source(request: HttpRequest, source_id: int, payload: LdapSourcePatchIn) -> LdapSource:
    tenant_admin_of(request)
    services.ldap_source_update(
        source=selectors.ldap_source_get(source_id=source_id), changes=payload.dict(exclude_unset=True)
    )
    return selectors.ldap_source_get(source_id=source_id)


@router.delete(
    "/directory-feeds/ldap/{int:source_id}",
    response={204: None},
    summary="Delete an LDAP source (its people stay, as local people)",
)
@audited("ldap_source.delete", target=SOURCE)
def delete_ldap_source(request: HttpRequest, source_id: int) -> Status:
    tenant_admin_of(request)
    services.ldap_source_delete(source=selectors.ldap_source_get(source_id=source_id))
    return Status(204, None)


@router.post(
    "/directory-feeds/ldap/{int:source_id}/sync",
    response={202: LdapRunOut},
    summary="Sync now: queue a run (answered at once; the run already queued, if any)",
)
@audited("ldap_source.sync", target=SOURCE, outcome=lambda status: {"run_id": status.value.pk})
def sync_ldap_source(request: HttpRequest, source_id: int) -> Status:
    principal = tenant_admin_of(request)
    run = services.ldap_sync_request(
        source=selectors.ldap_source_get(source_id=source_id),
        trigger=LdapSyncRun.Trigger.MANUAL,
        requested_by=principal.label,
    )
    return Status(202, run)


@router.get(
    "/directory-feeds/ldap/{int:source_id}/runs",
    response=list[LdapRunOut],
    summary="An LDAP source's runs, newest first (the last 50)",
)
def list_ldap_runs(request: HttpRequest, source_id: int) -> Any:
    tenant_admin_of(request)
    return selectors.ldap_run_list(source=selectors.ldap_source_get(source_id=source_id))
