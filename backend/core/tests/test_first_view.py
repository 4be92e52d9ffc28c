"""core.first_view's parts: the SPA's texts, answer keys, the browser's zone, and the build's icons."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from django.test import RequestFactory, override_settings

from core.first_view import Texts, answer_key, browser_zone, local_minute
from core.tests.factories import FIRST_VIEW_ICONS, FRONTEND

BACKEND = Path(__file__).resolve().parents[2]


def test_texts_interpolate_and_pick_plurals_as_i18next_does():
    bundles = {
        "tickets": {
            "list": {
                "andMore_one": "+{{count}} more",
                "andMore_other": "+{{count}} others",
                "x": "{{a}}-{{ b }}",
            }
        }
    }
    t = Texts("en", bundles, {"common": {"back": "Back"}})
    assert t("list.andMore", count=1) == "+1 more"
    assert t("list.andMore", count=3) == "+3 others"
    assert t("list.x", a="<1>", b=2) == "<1>-2"  # plain text: the template escapes it
    assert t("back", "common") == "Back"  # from the fallback language
    assert t("missing.key") == "missing.key"
    assert t("list.x") == "{{a}}-{{ b }}"  # a missing value stays visible, never a crash


def test_a_languages_plural_without_one_uses_other():
    t = Texts("zh-CN", {"inbox": {"bell_other": "{{count}} 条"}}, {})
    assert t("bell", "inbox", count=1) == "1 条"


def test_answer_keys_sort_the_query():
    assert answer_key("/api/v1/tickets?view=todo&limit=20") == "/api/v1/tickets?limit=20&view=todo"
    assert answer_key("/api/v1/me") == "/api/v1/me"


@override_settings(TIME_ZONE="UTC")
def test_the_browsers_zone_comes_from_its_cookie_when_it_is_a_real_zone():
    def zone(value: str) -> str:
        request = RequestFactory().get("/")
        request.COOKIES["loonflow_tz"] = value
        return str(browser_zone(request))

    assert zone("Europe/Berlin") == "Europe/Berlin"
    for hostile in (
        "../../etc/passwd",
        "/etc/localtime",
        "Europe/../../x",
        "\x00",
        "Mars/Olympus",
        "a" * 5000,
    ):
        assert zone(hostile) == "UTC"
    moment = datetime(2026, 12, 7, 23, 30, tzinfo=UTC).isoformat()
    assert local_minute(moment, browser_zone(RequestFactory().get("/"))) == "2026-12-07 23:30"
    assert local_minute("not a time", browser_zone(RequestFactory().get("/"))) == ""


def test_every_icon_the_templates_draw_is_one_the_build_writes():
    plugin = (FRONTEND / "plugins" / "first-view.ts").read_text()
    built = set(re.findall(r'^\s+"?([a-z-]+)"?: "\w+Outlined",$', plugin, re.M))
    assert built == set(FIRST_VIEW_ICONS)
    used = set()
    for template in BACKEND.glob("*/templates/first_view/*.html"):
        used |= {name.replace("_", "-") for name in re.findall(r"\{\{ i\.(\w+) \}\}", template.read_text())}
    assert used
    assert used <= built
