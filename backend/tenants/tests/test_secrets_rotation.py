"""Rotating SECRETS_ENCRYPTION_KEY: old ciphertexts keep working through the fallback, and
`rotate_secrets` re-encrypts every tenant's secrets so the old key can be dropped."""

from __future__ import annotations

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import override_settings
from django_tenants.utils import schema_context

from core.access.models import App
from core.access.services import app_signing_secret_rotate
from core.secrets import decrypt_secret, reset_key_cache
from integrations.webhooks.models import Webhook
from integrations.webhooks.services import webhook_create
from tenants.secrets_rotation import ENCRYPTED_COLUMNS

pytestmark = pytest.mark.django_db(transaction=False)

OLD, NEW = "old-encryption-key-" + "o" * 20, "new-encryption-key-" + "n" * 20


def stored_secrets() -> list[str]:
    values = []
    for schema in ("it", "hr"):
        with schema_context(schema):
            for label, column in ENCRYPTED_COLUMNS:
                model = apps.get_model(label)
                values += model.objects.exclude(**{column: ""}).values_list(column, flat=True)
    return values


def use_keys(current: str, *fallbacks: str) -> override_settings:
    reset_key_cache()
    return override_settings(SECRETS_ENCRYPTION_KEY=current, SECRETS_ENCRYPTION_KEY_FALLBACKS=list(fallbacks))


def test_rotation_reencrypts_every_tenants_secrets(keys, make_app):
    with use_keys(OLD):
        app, _token = make_app("it", "erp")
        with schema_context("it"):
            app_secret = app_signing_secret_rotate(app=app)
        with schema_context("hr"):
            _, hook_secret = webhook_create(
                name="ci", url="https://ci.example.com/hook", events=["ticket.created"]
            )
    with use_keys(NEW):
        reset_key_cache()
        with schema_context("hr"):
            assert decrypt_secret(Webhook.objects.get().secret_encrypted) is None  # the old key is needed

    with use_keys(NEW, OLD):
        reset_key_cache()
        with schema_context("it"):
            assert decrypt_secret(App.objects.get(pk=app.pk).signing_secret_encrypted) == app_secret
        out = StringIO()
        call_command("rotate_secrets", stdout=out)
        assert f"re-encrypted {len(stored_secrets())} secrets in 2 tenant schemas" in out.getvalue()

    with use_keys(NEW):
        reset_key_cache()
        with schema_context("it"):
            assert decrypt_secret(App.objects.get(pk=app.pk).signing_secret_encrypted) == app_secret
        with schema_context("hr"):
            assert decrypt_secret(Webhook.objects.get().secret_encrypted) == hook_secret
        # Everything stored (the lazily made integration signing secrets too) opens with the new key.
        assert stored_secrets()
        assert all(decrypt_secret(value) is not None for value in stored_secrets())


def test_dry_run_changes_nothing_and_unreadable_secrets_fail_loudly(keys):
    with use_keys(OLD):
        reset_key_cache()
        with schema_context("hr"):
            webhook_create(name="ci", url="https://ci.example.com/hook", events=["ticket.created"])
            before = Webhook.objects.get().secret_encrypted
    with use_keys(NEW, OLD):
        reset_key_cache()
        out = StringIO()
        call_command("rotate_secrets", "--dry-run", stdout=out)
        assert f"would re-encrypt {len(stored_secrets())} secrets" in out.getvalue()
        with schema_context("hr"):
            assert Webhook.objects.get().secret_encrypted == before
    with use_keys(NEW):  # the old key dropped too early
        reset_key_cache()
        with pytest.raises(CommandError, match="open with no configured key"):
            call_command("rotate_secrets", stdout=StringIO(), stderr=StringIO())
        with schema_context("hr"):
            assert Webhook.objects.get().secret_encrypted == before
