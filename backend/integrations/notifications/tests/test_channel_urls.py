"""A robot channel's URL carries its token: stored encrypted, shown masked, kept by a PATCH that
leaves it out (or sends the masked form back), replaced by one that sends a new URL."""

from __future__ import annotations

import json
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django_tenants.utils import schema_context

from core.secrets import decrypt_secret, mask_url
from integrations.notifications.models import NotificationChannel
from integrations.notifications.sending import channel_url
from integrations.notifications.tests.factories import CHANNELS, api_channel, patch_json

pytestmark = pytest.mark.django_db

DING = "https://oapi.dingtalk.com/robot/send?access_token=TOKEN-d1ng"
FEISHU = "https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN-fe1shu"


def test_mask_url_hides_query_values_and_path_tokens():
    assert mask_url(DING) == "https://oapi.dingtalk.com/robot/send?access_token=•••"
    assert mask_url(FEISHU) == "https://open.feishu.cn/open-apis/•••"
    assert mask_url("https://u:pw@hooks.example.com:8443/x/y") == "https://hooks.example.com:8443/x/•••"
    assert mask_url("https://hooks.example.com") == "https://hooks.example.com/•••"


def test_robot_urls_never_come_back_in_lists_or_detail(login):
    admin = login("it", "root", admin=True)
    ding = api_channel(admin, "dingtalk", {"url": DING}, secret="SEC-ding")
    api_channel(admin, "feishu", {"url": FEISHU})
    assert ding["config"]["url"] == "https://oapi.dingtalk.com/robot/send?access_token=•••"
    bodies = [admin.get(CHANNELS).content, admin.get(f"{CHANNELS}/{ding['id']}").content]
    for body in bodies:
        assert b"TOKEN-" not in body
        assert b"SEC-ding" not in body
    with schema_context("it"):
        stored = NotificationChannel.objects.get(pk=ding["id"])
        assert "TOKEN" not in json.dumps(stored.config)
        assert decrypt_secret(stored.url_encrypted) == DING
        assert channel_url(stored) == DING


def test_a_patch_without_the_url_keeps_it_and_a_new_one_replaces_it(login):
    admin = login("it", "root", admin=True)
    ding = api_channel(admin, "dingtalk", {"url": DING})
    path = f"{CHANNELS}/{ding['id']}"
    kept = [
        patch_json(admin, path, {"name": "Renamed"}),
        patch_json(admin, path, {"config": {}}),
        patch_json(admin, path, {"config": {"url": ding["config"]["url"]}}),
    ]
    for response in kept:
        assert response.status_code == 200, response.content
        assert b"TOKEN-" not in response.content
    with schema_context("it"):
        assert channel_url(NotificationChannel.objects.get(pk=ding["id"])) == DING
    new = "https://oapi.dingtalk.com/robot/send?access_token=TOKEN-new"
    replaced = patch_json(admin, path, {"config": {"url": new}})
    assert replaced.status_code == 200, replaced.content
    assert b"TOKEN-new" not in replaced.content
    with schema_context("it"):
        assert channel_url(NotificationChannel.objects.get(pk=ding["id"])) == new


def test_the_data_migration_encrypts_existing_urls():
    migration = import_module("integrations.migrations.0004_channel_url_encrypted")
    with schema_context("it"):
        old = NotificationChannel.objects.create(
            code="old", name="Old", kind="dingtalk", config={"url": DING}
        )
        migration.encrypt_urls(django_apps, None)
        old.refresh_from_db()
        assert old.config["url"] == mask_url(DING)
        assert decrypt_secret(old.url_encrypted) == DING
        migration.decrypt_urls(django_apps, None)
        old.refresh_from_db()
        assert old.config["url"] == DING
