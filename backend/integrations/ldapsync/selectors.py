"""Reads of LDAP sources and their runs (tenant admins only; the API checks)."""

from __future__ import annotations

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from core.errors import NotFound
from integrations.common.models import FeedIdentity
from integrations.ldapsync.models import LdapSource, LdapSyncRun

RUNS_SHOWN = 50


def _with_extras(sources: list[LdapSource]) -> list[LdapSource]:
    """Each source with `people` (how many it owns) and `last_run`."""
    feeds = {source.feed: source for source in sources}
    counts = dict(
        FeedIdentity.objects.filter(feed__in=list(feeds)).values_list("feed").annotate(n=Count("id"))
    )
    for source in sources:
        source.people = counts.get(source.feed, 0)  # type: ignore[attr-defined]
        source.last_run = source.runs.first()  # type: ignore[attr-defined]
    return sources


def ldap_source_list() -> list[LdapSource]:
    return _with_extras(list(LdapSource.objects.all()))


def ldap_source_get(*, source_id: int) -> LdapSource:
    source = LdapSource.objects.filter(pk=source_id).first()
    if source is None:
        raise NotFound(_("No LDAP source %(id)s.") % {"id": source_id})
    return _with_extras([source])[0]


def ldap_run_list(*, source: LdapSource) -> QuerySet[LdapSyncRun]:
    return source.runs.all()[:RUNS_SHOWN]


def ldap_run_get(*, source: LdapSource, run_id: int) -> LdapSyncRun:
    run = source.runs.filter(pk=run_id).first()
    if run is None:
        raise NotFound(_("No run %(id)s of this source.") % {"id": run_id})
    return run
