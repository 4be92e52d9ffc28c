"""Read people and groups from an LDAP / Active Directory server, through the outbound guard.

The server's name is resolved once by `outbound.resolve_host` (the tenant's private-address rules,
metadata addresses never) and ldap3 connects to a checked address, never the name again; ldaps and
StartTLS check the certificate against the configured host name (SNI too). Referrals are not
followed (they would name other hosts). Connect, each answer and each search are bounded in time,
and the number of entries is capped. Values arrive as raw bytes and are decoded here, so a value that
is not UTF-8 is refused per entry, not for the whole run.
"""

from __future__ import annotations

import contextlib
import logging
import math
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.utils.translation import gettext as _
from ldap3 import NONE, SUBTREE, Connection, Server, Tls
from ldap3.core import exceptions as ldap_errors
from ldap3.core.results import RESULT_INVALID_CREDENTIALS

from integrations.common import outbound

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"ldap": 389, "ldaps": 636}
MAX_USERS = 50_000
MAX_GROUPS = 10_000
MAX_MEMBERS = 100_000  # member values of one group
PAGE_SIZE = 500
SEARCH_TIME_LIMIT = 60  # seconds the server may spend on one search (its own limit)


class LdapReadFailed(Exception):
    """The directory could not be read; nothing was changed. `code`: refused, connect, tls, bind,
    search, too_many."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    host: str
    port: int


@dataclass
class Entry:
    dn: str
    # lower-case attribute name -> raw values
    values: dict[str, list[bytes]] = field(default_factory=dict)

    def first(self, attribute: str) -> bytes | None:
        found = self.values.get(attribute.lower()) or []
        return found[0] if found else None

    def all(self, attribute: str) -> list[bytes]:
        return self.values.get(attribute.lower()) or []


@dataclass
class DirectoryRead:
    users: list[Entry]
    groups: list[Entry]


def _split_server_url(url: str) -> tuple[str, str, int | None]:
    if not url or any(ch <= " " or ch == "\x7f" for ch in url):
        raise ValueError(_("Write the server as ldap://host or ldaps://host."))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValueError(_("The server's port is not a number between 1 and 65535.")) from None
    if parts.scheme.lower() not in DEFAULT_PORTS:
        raise ValueError(_("The server must start with ldap:// or ldaps://."))
    if "@" in parts.netloc or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(_("Write only the server: ldap://host or ldaps://host:port, nothing after it."))
    return parts.scheme.lower(), parts.hostname or "", port


def parse_server_url(url: str) -> Endpoint:
    """`ldap://host[:port]` or `ldaps://host[:port]`; raises ValueError with a reason."""
    scheme, hostname, port = _split_server_url(url)
    host = outbound.literal_address(hostname)
    name = str(host) if host is not None else hostname.lower().rstrip(".")
    if not name or port == 0:
        raise ValueError(_("The server's URL has no valid host."))
    return Endpoint(scheme=scheme, host=name, port=port or DEFAULT_PORTS[scheme])


def _tls(endpoint: Endpoint, ca_certificate: str) -> Tls:
    """Certificates checked against the configured host name (and SNI sent for it), signed by the
    source's CA when it names one, else by one the system trusts."""
    return Tls(
        validate=ssl.CERT_REQUIRED,
        valid_names=[endpoint.host],
        sni=endpoint.host,
        ca_certs_data=ca_certificate or None,
    )


def connect(
    endpoint: Endpoint,
    *,
    start_tls: bool,
    bind_dn: str,
    ca_certificate: str = "",
    password: str,
    allow: outbound.Allow,
    timeout: float,
    resolver: outbound.Resolver | None = None,
) -> Connection:
    """A bound, read-only connection to a checked address of `endpoint`."""
    try:
        addresses = outbound.resolve_host(endpoint.host, endpoint.port, allow=allow, resolver=resolver)
    except outbound.OutboundRefused as exc:
        raise LdapReadFailed(
            "refused", _("The server is not allowed: %(reason)s") % {"reason": exc}
        ) from None
    except outbound.OutboundFailed:
        raise LdapReadFailed("connect", _(outbound.CONNECT_FAILED)) from None
    use_tls = endpoint.scheme == "ldaps" or start_tls
    seconds = max(1, math.ceil(timeout))  # ldap3 sets its socket timeouts from whole seconds
    last: Exception | None = None
    for address in addresses:
        server = Server(
            str(address),
            port=endpoint.port,
            use_ssl=endpoint.scheme == "ldaps",
            tls=_tls(endpoint, ca_certificate) if use_tls else None,
            get_info=NONE,
            connect_timeout=seconds,
        )
        conn = Connection(
            server,
            user=bind_dn or None,
            password=password or None,
            auto_bind="NONE",
            read_only=True,
            auto_referrals=False,
            receive_timeout=seconds,
            raise_exceptions=False,
            return_empty_attributes=False,
        )
        try:
            conn.open()
        except (ldap_errors.LDAPException, OSError) as exc:
            last = exc
            continue
        _secure_and_bind(conn, start_tls=start_tls and endpoint.scheme == "ldap")
        return conn
    logger.info("LDAP connect to %s:%s failed: %r", endpoint.host, endpoint.port, last)
    raise LdapReadFailed("connect", _(outbound.CONNECT_FAILED))


def close(conn: Connection) -> None:
    """Unbind, whatever state a failed handshake left the socket in."""
    with contextlib.suppress(ldap_errors.LDAPException, OSError):
        conn.unbind()


def _secure_and_bind(conn: Connection, *, start_tls: bool) -> None:
    try:
        if start_tls and not conn.start_tls():
            raise LdapReadFailed("tls", _("The server refused StartTLS."))
        bound = conn.bind()
    except (ldap_errors.LDAPStartTLSError, ssl.SSLError) as exc:
        close(conn)
        logger.info("LDAP TLS failed: %r", exc)
        raise LdapReadFailed("tls", _("The TLS handshake failed (certificate or protocol).")) from None
    except (TimeoutError, ldap_errors.LDAPException, OSError) as exc:
        close(conn)
        logger.info("LDAP bind failed: %r", exc)
        raise LdapReadFailed("connect", _(outbound.CONNECT_FAILED)) from None
    if not bound:
        result = conn.result or {}
        close(conn)
        if result.get("result") == RESULT_INVALID_CREDENTIALS:
            raise LdapReadFailed("bind", _("The server refused the bind DN or password."))
        raise LdapReadFailed(
            "bind",
            _("The server refused the bind: %(reason)s")
            % {"reason": str(result.get("description", ""))[:200]},
        )


def search(
    conn: Connection, *, base: str, search_filter: str, attributes: list[str], limit: int
) -> Iterator[Entry]:
    """Every entry below `base` matching `search_filter`, page by page; more than `limit` fails."""
    count = 0
    try:
        pages = conn.extend.standard.paged_search(
            search_base=base,
            search_filter=search_filter,
            search_scope=SUBTREE,
            attributes=sorted(set(attributes)),
            paged_size=PAGE_SIZE,
            time_limit=SEARCH_TIME_LIMIT,
            generator=True,
        )
        for item in pages:
            if item.get("type") != "searchResEntry":
                continue
            count += 1
            if count > limit:
                raise LdapReadFailed(
                    "too_many", _("The search found more than %(limit)s entries.") % {"limit": limit}
                )
            yield Entry(dn=str(item["dn"]), values=_raw_values(item.get("raw_attributes") or {}))
    except ldap_errors.LDAPInvalidFilterError:
        raise LdapReadFailed(
            "search", _("The search filter is not valid LDAP: %(filter)s") % {"filter": search_filter}
        ) from None
    except (ldap_errors.LDAPException, OSError) as exc:
        logger.info("LDAP search below %s failed: %r", base, exc)
        raise LdapReadFailed(
            "search", _("The search below %(base)s failed.") % {"base": base[:200]}
        ) from None
    result = conn.result or {}
    if result.get("result") not in (None, 0):
        raise LdapReadFailed(
            "search",
            _("The search below %(base)s failed: %(reason)s")
            % {"base": base[:200], "reason": str(result.get("description", ""))[:200]},
        )


def _raw_values(raw: dict[str, list[bytes]]) -> dict[str, list[bytes]]:
    """Attribute names lower-cased; AD's ranged names (`member;range=0-1499`) keep their base name."""
    values: dict[str, list[bytes]] = {}
    for name, items in raw.items():
        base = name.split(";", 1)[0].lower()
        values.setdefault(base, []).extend(bytes(item) for item in items)
    return values
