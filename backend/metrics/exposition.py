"""The `/metrics` body: HTTP figures (under gunicorn, summed over every worker process) plus the
business figures."""

from __future__ import annotations

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from metrics import multiprocess
from metrics.business import BusinessCollector

_business = CollectorRegistry(auto_describe=False)
_business.register(BusinessCollector())


def render() -> tuple[bytes, str]:
    path = multiprocess.directory()
    if path is None:
        # One process (runserver, tests): its own registry, with process and runtime figures.
        http_body = generate_latest(REGISTRY)
    else:
        from prometheus_client.multiprocess import MultiProcessCollector

        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=path)
        http_body = generate_latest(registry)
    # The classic text format (all names are plain ASCII): every Prometheus version reads it.
    return http_body + generate_latest(_business), CONTENT_TYPE_PLAIN_0_0_4
