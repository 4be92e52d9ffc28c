"""A real OpenLDAP server (Debian's slapd) per test: its own process on a free loopback port, with a
temporary slapd.conf and mdb database, loaded with a small company tree. `tools/ensure_slapd.sh`
installs slapd (the Makefile's pytest target runs it); without it these tests fail, they do not skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ldap3 import MODIFY_REPLACE, Connection, Server

from conftest import allow_private, free_port

BASE = "dc=example,dc=org"
PEOPLE = f"ou=People,{BASE}"
GROUPS = f"ou=Groups,{BASE}"
ROOT_DN = f"cn=admin,{BASE}"
ROOT_PW = "root-secret-9"
READER_DN = f"uid=reader,ou=Services,{BASE}"
READER_PW = "reader-secret-7"
SCHEMAS = ("core", "cosine", "inetorgperson", "nis")


def _slapd() -> str:
    path = os.environ.get("SLAPD_PATH") or shutil.which("slapd") or "/usr/sbin/slapd"
    if not os.access(path, os.X_OK):
        pytest.fail("slapd is not installed: run tools/ensure_slapd.sh (make pytest does)")
    return path


class Slapd:
    def __init__(self, root: Path, *, tls: bool = False) -> None:
        self.root = root
        self.port = free_port()
        self.url = f"ldap://127.0.0.1:{self.port}"
        self.tls_port = free_port() if tls else 0
        self.ldaps_url = f"ldaps://127.0.0.1:{self.tls_port}"
        self.ca_pem = ""
        self.process: subprocess.Popen[bytes] | None = None

    def _tls_lines(self) -> list[str]:
        """A CA and a server certificate for 127.0.0.1 (written to the temporary directory)."""
        ca_pem, cert_pem, key_pem = make_certificates()
        self.ca_pem = ca_pem
        for name, text in (("ca.pem", ca_pem), ("cert.pem", cert_pem), ("key.pem", key_pem)):
            (self.root / name).write_text(text)
        return [
            f"TLSCACertificateFile {self.root / 'ca.pem'}",
            f"TLSCertificateFile {self.root / 'cert.pem'}",
            f"TLSCertificateKeyFile {self.root / 'key.pem'}",
        ]

    def start(self) -> None:
        (self.root / "data").mkdir()
        schema_dir = Path("/etc/ldap/schema")
        lines = [f"include {schema_dir / name}.schema" for name in SCHEMAS]
        lines += [
            "modulepath /usr/lib/ldap",
            "moduleload back_mdb",
            f"pidfile {self.root / 'slapd.pid'}",
            "sizelimit unlimited",
            *(self._tls_lines() if self.tls_port else []),
            "database mdb",
            "maxsize 33554432",
            f'suffix "{BASE}"',
            f'rootdn "{ROOT_DN}"',
            f"rootpw {ROOT_PW}",
            f"directory {self.root / 'data'}",
            "access to attrs=userPassword by anonymous auth by * none",
            "access to * by users read by anonymous auth",
        ]
        conf = self.root / "slapd.conf"
        conf.write_text("\n".join(lines) + "\n")
        self.process = subprocess.Popen(
            [_slapd(), "-f", str(conf), "-h", " ".join(self._listeners()), "-d", "0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"slapd exited: {self.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                self.admin().unbind()
                return
            except Exception:
                time.sleep(0.05)
        raise RuntimeError("slapd did not start within 15 s")

    def _listeners(self) -> list[str]:
        return [self.url + "/", *([self.ldaps_url + "/"] if self.tls_port else [])]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def admin(self) -> Connection:
        return Connection(
            Server("127.0.0.1", port=self.port, connect_timeout=2), ROOT_DN, ROOT_PW, auto_bind=True
        )

    def add(self, dn: str, classes: list[str], attributes: dict[str, Any]) -> None:
        with self.admin() as conn:
            assert conn.add(dn, classes, attributes), conn.result

    def modify(self, dn: str, **attributes: Any) -> None:
        with self.admin() as conn:
            changes = {
                name: [(MODIFY_REPLACE, value if isinstance(value, list) else [value])]
                for name, value in attributes.items()
            }
            assert conn.modify(dn, changes), conn.result

    def move(self, dn: str, new_parent: str) -> None:
        with self.admin() as conn:
            assert conn.modify_dn(dn, dn.split(",", 1)[0], new_superior=new_parent), conn.result

    def delete(self, dn: str) -> None:
        with self.admin() as conn:
            assert conn.delete(dn), conn.result

    def person(self, uid: str, ou: str, *, name: str, mail: str, number: str = "") -> str:
        dn = f"uid={uid},{ou}"
        attributes = {"cn": name, "sn": name.split()[-1], "mail": mail, "uid": uid}
        if number:
            attributes["employeeNumber"] = number
        self.add(dn, ["inetOrgPerson"], attributes)
        return dn


def load_company(server: Slapd) -> None:
    """dc=example,dc=org: People/Engineering/Backend (alice), People/Engineering (bob), People/Sales
    (carol); groups approvers (alice) and ops (bob); a read-only service account."""
    server.add(BASE, ["dcObject", "organization"], {"dc": "example", "o": "Example"})
    for ou in (
        PEOPLE,
        GROUPS,
        f"ou=Services,{BASE}",
        f"ou=Engineering,{PEOPLE}",
        f"ou=Sales,{PEOPLE}",
        f"ou=Backend,ou=Engineering,{PEOPLE}",
    ):
        server.add(ou, ["organizationalUnit"], {"ou": ou.split(",", 1)[0].split("=", 1)[1]})
    server.add(READER_DN, ["account", "simpleSecurityObject"], {"uid": "reader", "userPassword": READER_PW})
    server.person(
        "alice",
        f"ou=Backend,ou=Engineering,{PEOPLE}",
        name="Alice Liddell",
        mail="alice@example.org",
        number="1001",
    )
    server.person(
        "bob", f"ou=Engineering,{PEOPLE}", name="Bob Builder", mail="bob@example.org", number="1002"
    )
    server.person(
        "carol", f"ou=Sales,{PEOPLE}", name="Carol Danvers", mail="carol@example.org", number="1003"
    )
    server.add(
        f"cn=approvers,{GROUPS}",
        ["groupOfNames"],
        {"cn": "approvers", "member": [f"uid=alice,ou=Backend,ou=Engineering,{PEOPLE}"]},
    )
    server.add(
        f"cn=ops,{GROUPS}", ["groupOfNames"], {"cn": "ops", "member": [f"uid=bob,ou=Engineering,{PEOPLE}"]}
    )


def make_certificates() -> tuple[str, str, str]:
    """(CA certificate, server certificate for IP 127.0.0.1, server key) as PEM."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Loonflow test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(
        pem, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    return ca.public_bytes(pem).decode(), cert.public_bytes(pem).decode(), key_pem.decode()


def _serve(tls: bool) -> Iterator[Slapd]:
    # `free_port` only finds a port free a moment ago: another process on the machine may take it
    # before slapd binds, and slapd then exits. Such a start is tried again on fresh ports.
    for attempt in range(3):
        root = Path(tempfile.mkdtemp(prefix="loonflow-slapd-"))
        server = Slapd(root, tls=tls)
        try:
            server.start()
        except RuntimeError:
            server.stop()
            shutil.rmtree(root, ignore_errors=True)
            if attempt == 2:
                raise
            continue
        try:
            load_company(server)
            yield server
        finally:
            server.stop()
            shutil.rmtree(root, ignore_errors=True)
        return


@pytest.fixture
def slapd() -> Iterator[Slapd]:
    yield from _serve(tls=False)


@pytest.fixture
def slapd_tls() -> Iterator[Slapd]:
    """slapd with a certificate for 127.0.0.1 from its own CA (`ca_pem`): ldaps and StartTLS."""
    yield from _serve(tls=True)


@pytest.fixture
def reach_loopback(tenant_it: Any) -> None:
    """The platform admin lets tenant `it` reach loopback (where the test's slapd listens)."""
    allow_private("it", ["127.0.0.1/32"])


def source_fields(server: Slapd, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": "corp",
        "server_url": server.url,
        "bind_dn": READER_DN,
        "bind_password": READER_PW,
        "user_base_dn": PEOPLE,
        "user_filter": "(objectClass=inetOrgPerson)",
        "group_base_dn": GROUPS,
        "group_filter": "(objectClass=groupOfNames)",
        "role_map": {f"cn=approvers,{GROUPS}": "approvers", "ops": "it-ops"},
    }
    fields.update(overrides)
    return fields
