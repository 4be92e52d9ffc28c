"""LDAP sources (configuration writes) and their sync runs.

A run reads the directory (`reader`), turns it into one payload (`mapping`) and hands it to the one
directory sync (`core.directory.sync.directory_sync`) with a scope: a source changes and deactivates
only the people it owns (`FeedIdentity.feed == "ldap:<id>"`), its own departments (codes
`ldap<id>-…`) and memberships of the roles its group map names. Local people, tenant admins and
people another feed owns are never touched; an entry that names one of them is reported as skipped.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.directory.models import Department, Role
from core.directory.sync import SyncScope, directory_sync
from core.errors import ApplicationError, Conflict
from core.secrets import decrypt_secret, encrypt_secret
from core.wakeups import wake_after_commit
from integrations.common import outbound
from integrations.common import settings as settings_store
from integrations.common.models import FeedIdentity
from integrations.ldapsync import mapping, reader
from integrations.ldapsync.models import LdapSource, LdapSyncRun

logger = logging.getLogger(__name__)

Status = LdapSyncRun.Status
PLAIN_FIELDS = (
    "name",
    "server_url",
    "start_tls",
    "ca_certificate",
    "bind_dn",
    "user_base_dn",
    "user_filter",
    "attributes",
    "department_source",
    "department_attribute",
    "group_base_dn",
    "group_filter",
    "group_member_attribute",
    "role_map",
    "interval_minutes",
    "enabled",
)
# Each answer from the server, and the connect; clamped to the deployment's outbound cap.
READ_TIMEOUT = 10.0
ERROR_CHARS = 2000


def _unique_name(name: str, *, exclude: int | None = None) -> None:
    others = LdapSource.objects.filter(name=name)
    taken = (others.exclude(pk=exclude) if exclude is not None else others).exists()
    if taken:
        raise Conflict(_("An LDAP source named %(name)s exists.") % {"name": repr(name)}, code="name_taken")


@transaction.atomic
def ldap_source_create(*, bind_password: str = "", **fields: Any) -> LdapSource:
    _unique_name(fields["name"])
    source = LdapSource(**{key: value for key, value in fields.items() if key in PLAIN_FIELDS})
    source.bind_password_encrypted = encrypt_secret(bind_password) if bind_password else ""
    source.save()
    # The scheduler queues its first scheduled run (it visits only tenants that ask).
    wake_after_commit(timezone.now())
    return source


@transaction.atomic
def ldap_source_update(*, source: LdapSource, changes: dict[str, Any]) -> LdapSource:
    if changes.get("name") is not None:
        _unique_name(changes["name"], exclude=source.pk)
    for key in PLAIN_FIELDS:
        if changes.get(key) is not None:
            setattr(source, key, changes[key])
    password = changes.get("bind_password")
    if password is not None:
        source.bind_password_encrypted = encrypt_secret(password) if password else ""
    source.save()
    wake_after_commit(timezone.now())  # a new interval or a source switched on
    return source


@transaction.atomic
def ldap_source_delete(*, source: LdapSource) -> None:
    """Its people stay as they are and become local (no feed owns them any more)."""
    FeedIdentity.objects.filter(feed=source.feed).delete()
    source.delete()


def _request(source: LdapSource, trigger: str, requested_by: str) -> tuple[LdapSyncRun, bool]:
    from integrations.ldapsync.tasks import ldap_sync

    with transaction.atomic():
        LdapSource.objects.select_for_update().filter(pk=source.pk).first()
        pending = source.runs.filter(status__in=[Status.QUEUED, Status.RUNNING]).first()
        if pending is not None:
            return pending, False
        run = LdapSyncRun.objects.create(
            source=source, trigger=trigger, requested_by=requested_by[:150], sent_at=timezone.now()
        )
        transaction.on_commit(lambda: ldap_sync.send(run.pk), robust=True)
    return run, True


def _send_again(lost_before: datetime, now: datetime) -> None:
    """Queued runs whose message went out a lease ago and was never taken: send it again (the
    worker takes a run only while it is queued, so a slow first message does no harm)."""
    from integrations.ldapsync.tasks import ldap_sync

    with transaction.atomic():
        stale = list(
            LdapSyncRun.objects.select_for_update(skip_locked=True)
            .filter(status=Status.QUEUED)
            .filter(Q(sent_at__lt=lost_before) | Q(sent_at__isnull=True, created_at__lt=lost_before))
            .values_list("pk", flat=True)
        )
        LdapSyncRun.objects.filter(pk__in=stale).update(sent_at=now)
        for run_id in stale:
            transaction.on_commit(partial(ldap_sync.send, run_id), robust=True)


def ldap_sync_request(*, source: LdapSource, trigger: str, requested_by: str = "") -> LdapSyncRun:
    """Queue a run (answered at once; a worker does it). A run already queued or running is the
    answer instead of a second one."""
    return _request(source, trigger, requested_by)[0]


def ldap_sync_due(*, now: datetime) -> int:
    """Queue a scheduled run for every enabled source whose interval has passed since its last run
    (the scheduler's tick); take back runs a dead worker left running, and send again the message of
    runs queued a lease ago that no worker took. How many were queued."""
    lease = now - timedelta(seconds=settings.JOB_LEASE_SECONDS)
    for run in LdapSyncRun.objects.filter(status=Status.RUNNING, started_at__lt=lease):
        _finish(run, Status.FAILED, error=_("The worker stopped before the run ended; nothing was changed."))
    _send_again(lease, now)
    queued = 0
    sources = LdapSource.objects.filter(enabled=True).annotate(last=Max("runs__created_at"))
    for source in sources:
        if source.last is None or source.last <= now - timedelta(minutes=source.interval_minutes):
            _run, created = _request(source, LdapSyncRun.Trigger.SCHEDULE, "scheduler")
            queued += int(created)
    return queued


def _finish(run: LdapSyncRun, status: str, *, error: str = "", **fields: Any) -> LdapSyncRun:
    run.status = status
    run.error = error[:ERROR_CHARS]
    run.finished_at = timezone.now()
    for key, value in fields.items():
        setattr(run, key, value)
    run.save()
    return run


def source_map(source: LdapSource) -> mapping.SourceMap:
    return mapping.SourceMap(
        source_id=source.pk,
        user_base_dn=source.user_base_dn,
        attributes={k: v for k, v in source.attributes.items() if v},
        department_source=source.department_source,
        department_attribute=source.department_attribute,
        group_member_attribute=source.group_member_attribute or "member",
        role_map=mapping.normal_role_map(source.role_map),
    )


def read_directory(source: LdapSource, *, resolver: outbound.Resolver | None = None) -> reader.DirectoryRead:
    """Everything the sync needs from the server, or LdapReadFailed."""
    password = decrypt_secret(source.bind_password_encrypted) if source.bind_password_encrypted else ""
    if password is None:
        raise reader.LdapReadFailed(
            "bind", _("The stored bind password cannot be decrypted; enter it again.")
        )
    try:
        endpoint = reader.parse_server_url(source.server_url)
    except ValueError as exc:
        raise reader.LdapReadFailed("refused", str(exc)) from None
    conn = reader.connect(
        endpoint,
        start_tls=source.start_tls,
        ca_certificate=source.ca_certificate,
        bind_dn=source.bind_dn,
        password=password,
        allow=settings_store.outbound_allow(),
        timeout=outbound.clamp_timeout(READ_TIMEOUT),
        resolver=resolver,
    )
    wanted = source_map(source)
    try:
        users = list(
            reader.search(
                conn,
                base=source.user_base_dn,
                search_filter=source.user_filter,
                attributes=wanted.user_attributes(),
                limit=reader.MAX_USERS,
            )
        )
        groups: list[reader.Entry] = []
        if source.group_base_dn and source.role_map:
            groups = list(
                reader.search(
                    conn,
                    base=source.group_base_dn,
                    search_filter=source.group_filter,
                    attributes=["cn", wanted.group_member_attribute],
                    limit=reader.MAX_GROUPS,
                )
            )
    finally:
        reader.close(conn)
    return reader.DirectoryRead(users=users, groups=groups)


def _refused_usernames(
    source: LdapSource, read: reader.DirectoryRead, names: mapping.SourceMap
) -> dict[str, str]:
    """User names in the read that this source may not take over, with why."""
    attribute = names.attribute("username")
    candidates = {
        (entry.first(attribute) or b"").decode("utf-8", "replace").strip() for entry in read.users
    } - {""}
    refused: dict[str, str] = {}
    others = FeedIdentity.objects.filter(user__username__in=candidates).exclude(feed=source.feed)
    for username, feed in others.values_list("user__username", "feed"):
        refused[username] = _("%(username)s belongs to another directory feed (%(feed)s).") % {
            "username": username,
            "feed": feed,
        }
    admins = User.objects.filter(username__in=candidates, is_tenant_admin=True).exclude(
        feed_identity__feed=source.feed
    )
    for username in admins.values_list("username", flat=True):
        refused[username] = _("%(username)s is a local tenant admin; a feed does not take admins over.") % {
            "username": username
        }
    return refused


def _scope(source: LdapSource, plan: mapping.Plan) -> SyncScope:
    owned = set(FeedIdentity.objects.filter(feed=source.feed).values_list("user__username", flat=True))
    prefix = mapping.department_prefix(source.pk)
    departments = set(Department.objects.filter(code__startswith=prefix).values_list("code", flat=True))
    return SyncScope(
        users=frozenset(owned - plan.kept),
        departments=frozenset(departments | plan.department_codes),
        roles=frozenset(plan.role_codes),
    )


def _claim(source: LdapSource, plan: mapping.Plan) -> int:
    """Record that this source owns the people it synced (their DN, employee id); rows that already
    say so are left alone, so a re-run writes nothing."""
    users = dict(
        User.objects.filter(username__in=[p.username for p in plan.people]).values_list("username", "pk")
    )
    current = {row.user_id: row for row in FeedIdentity.objects.filter(user_id__in=users.values())}
    changed = 0
    for person in plan.people:
        user_id = users[person.username]
        row = current.get(user_id)
        if row is None:
            FeedIdentity.objects.create(
                user_id=user_id,
                feed=source.feed,
                external_id=person.dn[:1000],
                employee_id=person.employee_id,
            )
            changed += 1
        elif (row.feed, row.external_id, row.employee_id) != (
            source.feed,
            person.dn[:1000],
            person.employee_id,
        ):
            row.feed, row.external_id, row.employee_id = source.feed, person.dn[:1000], person.employee_id
            row.save()
            changed += 1
    return changed


def _start(run_id: int) -> LdapSyncRun | None:
    with transaction.atomic():
        run = LdapSyncRun.objects.select_for_update().select_related("source").filter(pk=run_id).first()
        if run is None or run.status != Status.QUEUED:
            return None  # done already, or another worker has it: a redelivered message does nothing
        run.status = Status.RUNNING
        run.started_at = timezone.now()
        run.save(update_fields=["status", "started_at"])
    return run


def ldap_sync_execute(*, run_id: int, resolver: outbound.Resolver | None = None) -> LdapSyncRun | None:
    """Do a queued run: read, map, sync in one transaction. A failure anywhere changes nothing and
    leaves the run failed with the reason."""
    run = _start(run_id)
    if run is None:
        return None
    source = run.source
    try:
        read = read_directory(source, resolver=resolver)
    except reader.LdapReadFailed as exc:
        return _finish(run, Status.FAILED, error=str(exc))
    names = source_map(source)
    existing_roles = {
        code: (name, description)
        for code, name, description in Role.objects.values_list("code", "name", "description")
    }
    plan = mapping.build_plan(
        names, read, existing_roles=existing_roles, refused=_refused_usernames(source, read, names)
    )
    outcome: dict[str, Any] = {"entries": len(read.users), "skipped": plan.skipped}
    if not plan.people and FeedIdentity.objects.filter(feed=source.feed, user__is_active=True).exists():
        return _finish(
            run,
            Status.FAILED,
            error=_(
                "The directory returned nobody to sync; nobody was deactivated (check the base DN, filter)."
            ),
            **outcome,
        )
    try:
        with transaction.atomic():
            summary = directory_sync(
                payload=plan.payload, actor=f"ldap:{source.name}"[:200], scope=_scope(source, plan)
            )
            claimed = _claim(source, plan)
    except ApplicationError as exc:
        details = f" {exc.details}" if getattr(exc, "details", None) else ""
        return _finish(run, Status.FAILED, error=f"{exc}{details}", **outcome)
    result = {**summary.as_dict(), "skipped": plan.skipped_count, "claimed": claimed}
    result["changed"] = bool(result["changed"] or claimed)
    return _finish(run, Status.SUCCEEDED, summary=result, **outcome)
