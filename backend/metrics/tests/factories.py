"""Scraping /metrics and reading one series out of the text exposition."""

from __future__ import annotations

import re

from django.test import Client


def scrape(client: Client | None = None, **headers: str) -> str:
    response = (client or Client()).get("/metrics", **headers)  # type: ignore[arg-type]  # WSGI environ keys
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    return response.content.decode()


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one series, labels matched exactly (in any order)."""
    for line in text.splitlines():
        if not line.startswith(name + "{") and line.split(" ")[0] != name:
            continue
        series, _, value = line.rpartition(" ")
        found = dict(re.findall(r'(\w+)="([^"]*)"', series))
        if series.split("{")[0] == name and found == labels:
            return float(value)
    return None
