"""SCIM list speed: what an identity provider's lookups cost with many people in a tenant.

    make bench-scim   (or: python tools/stack.py --profile bench exec -- python bench/scim.py)

Creates a throw-away tenant with N people (default 5,000; every tenth inactive, each with an e-mail
address and a phone number) and a SCIM token, then times `GET /scim/v2/Users` (a page of 100)
without a filter and with the filters IdPs send, in process through Django's test client (the
HTTP server is not what is measured). Prints the median of R runs (default 5) per filter and
whether the database did the filter exactly (count and page) or narrowed it for Python to finish.
Deletes the tenant at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from core.access.models import User  # noqa: E402
from integrations.scim.filters import parse_filter  # noqa: E402
from integrations.scim.narrowing import USERS, narrow  # noqa: E402
from integrations.scim.services import scim_token_create  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402

KEY = "benchscim"
FILTERS = [
    None,
    'userName eq "p04000"',
    'userName co "p04"',
    "active eq true",
    'emails co "@example"',
    'externalId eq "nobody"',
    'displayName sw "Person 1" and active eq true',
    'title pr or name.givenName eq "x"',  # nothing narrows: every resource is rendered and evaluated
]


def _setup(people: int) -> tuple[str, str]:
    tenant = tenant_create(key=KEY, name="SCIM bench")
    host = tenant.domains.first().domain
    with schema_context(KEY):
        User.objects.bulk_create(
            User(
                username=f"p{n:05d}",
                display_name=f"Person {n}",
                email=f"p{n}@example.com",
                phone=f"+1555{n:06d}",
                is_active=n % 10 != 0,
            )
            for n in range(people)
        )
        _token, issued = scim_token_create(name="bench")
    return host, issued.plaintext


def _time(client: Client, host: str, token: str, text: str | None, runs: int) -> tuple[float, int]:
    query = {"count": "100", **({"filter": text} if text else {})}
    timings, total = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        answer = client.get("/scim/v2/Users", query, HTTP_HOST=host, HTTP_AUTHORIZATION=f"Bearer {token}")
        timings.append(time.perf_counter() - started)
        assert answer.status_code == 200, answer.content[:300]
        total = answer.json()["totalResults"]
    return statistics.median(timings), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    call_command("bootstrap", verbosity=0)
    stale = Tenant.objects.filter(schema_name=KEY).first()
    if stale is not None:
        tenant_delete(tenant=stale)
    host, token = _setup(args.people)
    try:
        client = Client()
        print(f"SCIM GET /Users, page of 100, {args.people} people, median of {args.runs}")
        for text in FILTERS:
            median, total = _time(client, host, token, text, args.runs)
            how = "exact" if text is None or narrow(parse_filter(text), USERS).exact else "evaluated"
            print(f"  {text or '(no filter)':<48} {median * 1000:8.1f} ms  total={total:<6} {how}")
    finally:
        tenant_delete(tenant=Tenant.objects.get(schema_name=KEY))


if __name__ == "__main__":
    main()
