"""A bench's database of its own, beside the stack's (no Django: call it before `django.setup()`)."""

from __future__ import annotations

import os
import sys
from urllib.parse import urlparse, urlunparse


def use_own_database(suffix: str, keep: bool) -> tuple[str, str]:
    """Point DATABASE_URL at `<stack's database><suffix>` (made afresh unless `keep` and it exists);
    return (the admin url, its name)."""
    import psycopg2

    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL is not set: run through tools/stack.py --profile bench exec")
    parsed = urlparse(url)
    name = parsed.path.lstrip("/") + suffix
    os.environ["DATABASE_URL"] = urlunparse(parsed._replace(path="/" + name))
    admin = urlunparse(parsed._replace(path="/postgres"))
    conn = psycopg2.connect(admin)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        exists = cur.fetchone() is not None
        if exists and not keep:
            cur.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if not exists or not keep:
            cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return admin, name


def drop_database(admin: str, name: str) -> None:
    import psycopg2

    conn = psycopg2.connect(admin)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()
