"""A Loonflow 2.x database (see loonflow2db.py), built once per session in the test PostgreSQL
server and in the session's own MariaDB (mariadb.py): `v2_source_url` is each in turn, so every
test that imports from it runs against both."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import psycopg2
import pytest
from django.db import connection

from integrations.v2import.tests import loonflow2db, mariadb


def source_db_name() -> str:
    """Beside the test database, named after it (parallel test sessions each have their own)."""
    return f"{connection.settings_dict['NAME']}_v2source"


def server_params() -> dict[str, object]:
    settings = connection.settings_dict
    return {
        "host": "127.0.0.1",
        "port": int(settings["PORT"] or 5432),
        "user": settings["USER"],
        "password": settings["PASSWORD"],
    }


@pytest.fixture(scope="session")
def v2_postgresql_url(django_db_setup: None) -> Iterator[str]:
    """The URL of a freshly built 2.x database in PostgreSQL (dropped at the end of the session)."""
    server = server_params()
    name = source_db_name()
    admin = psycopg2.connect(dbname="postgres", **server)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name}")
        cursor.execute(f"CREATE DATABASE {name}")
    with psycopg2.connect(dbname=name, **server) as source, source.cursor() as cursor:
        loonflow2db.build(cursor)
    source.close()
    password = quote(str(server["password"]), safe="")
    yield f"postgresql://{server['user']}:{password}@{server['host']}:{server['port']}/{name}"
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


@pytest.fixture(scope="session")
def mariadb_server() -> Iterator[mariadb.MariaDB]:
    yield from mariadb.serve()


@pytest.fixture(scope="session")
def v2_mysql_url(mariadb_server: mariadb.MariaDB) -> str:
    """The read-only account's URL of a freshly built 2.x database in MariaDB."""
    return mariadb_server.create_source("loonflow2")


@pytest.fixture(scope="session", params=["postgresql", "mysql"])
def v2_source_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"v2_{request.param}_url"))


@pytest.fixture
def source_password(v2_source_url: str) -> str:
    return unquote(urlsplit(v2_source_url).password or "")


def without_2x_tables(url: str) -> str:
    """The same server and account, in a database the account may open that has no 2.x tables."""
    parts = urlsplit(url)
    other = "/information_schema" if parts.scheme == "mysql" else "/postgres"
    return urlunsplit((parts.scheme, parts.netloc, other, "", ""))


# The platform admin `root` and a client signed in as root on the public host.
from tenants.tests.conftest import platform, root  # noqa: E402, F401
