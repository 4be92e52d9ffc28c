"""A Loonflow 2.x database (see loonflow2db.py) in the test PostgreSQL server, built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import psycopg2
import pytest
from django.db import connection

from integrations.v2import.tests import loonflow2db


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
def v2_source_url(django_db_setup: None) -> Iterator[str]:
    """The URL of a freshly built 2.x database (dropped at the end of the session)."""
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


@pytest.fixture
def source_password() -> str:
    return str(connection.settings_dict["PASSWORD"])


# The platform admin `root` and a client signed in as root on the public host.
from tenants.tests.conftest import platform, root  # noqa: E402, F401
