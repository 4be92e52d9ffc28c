"""Accounts and app credentials: the people who can sign in (`User`) and the apps that call with tokens.

These tables exist in every tenant schema (and, for `User`, in the public schema where
platform admins live). A row never refers across schemas.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from core.model_bases import Timestamped


class User(AbstractUser):
    """A person. In a tenant schema: a member of that department; in public: a platform admin."""

    display_name = models.CharField(max_length=150, blank=True)
    phone = models.CharField(max_length=32, blank=True)
    is_tenant_admin = models.BooleanField(default=False)
    # The language server messages, emails and chat texts are written in for this person; "" = not chosen
    # (the request's Accept-Language, then settings.LANGUAGE_CODE).
    language = models.CharField(
        max_length=8, blank=True, default="", choices=[("en", "English"), ("zh-hans", "简体中文")]
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["username"]
        indexes = [models.Index(Lower("display_name"), name="user_display_name_lower")]

    @property
    def name(self) -> str:
        return self.display_name or self.username


class App(Timestamped):
    """An internal system (OA, HR, CMDB…) that calls the API with bearer tokens."""

    class Scope(models.TextChoices):
        DIRECTORY_READ = "directory:read", _("Read the directory")
        DIRECTORY_WRITE = "directory:write", _("Change and sync the directory")
        WORKFLOWS = "workflows", _("Read workflows, create and handle tickets")
        ADMIN = "admin", _("Everything a tenant admin may do")

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    scopes = models.JSONField(default=list)
    is_active = models.BooleanField(default=True)
    # When set, every request of this app must carry a valid HMAC signature.
    require_signature = models.BooleanField(default=False)
    # Encrypted at rest (it must be recoverable to verify signatures); never returned after creation.
    signing_secret_encrypted = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def has_scope(self, scope: str) -> bool:
        return self.Scope.ADMIN in self.scopes or scope in self.scopes


class AppToken(models.Model):
    """A bearer token. Only a SHA-256 of it is stored; the token itself is shown once."""

    app = models.ForeignKey(App, on_delete=models.CASCADE, related_name="tokens")
    name = models.CharField(max_length=100, blank=True)
    # The public, non-secret start of the token: finds the row without scanning hashes.
    prefix = models.CharField(max_length=16, unique=True)
    token_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.app_id}:{self.prefix}"


class AppGrant(models.Model):
    """The right of an app to act for users (`X-Acting-User`) on a workflow, or on all (`*`)."""

    ALL_WORKFLOWS = "*"

    app = models.ForeignKey(App, on_delete=models.CASCADE, related_name="grants")
    workflow_key = models.CharField(max_length=64, default=ALL_WORKFLOWS)
    can_act_as_user = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["workflow_key"]
        constraints = [models.UniqueConstraint(fields=["app", "workflow_key"], name="uniq_app_grant")]

    def __str__(self) -> str:
        return f"{self.app_id}:{self.workflow_key}"


class PersonalToken(models.Model):
    """A person's own bearer token (for scripts and agents): it acts only as its person, with no
    more than its scopes and never more than the person may do. Only a SHA-256 of it is stored."""

    # Most a person may hold unrevoked and unexpired at once, and the longest a token may live.
    MAX_LIVE_PER_PERSON = 20
    MAX_LIFETIME_DAYS = 366

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="personal_tokens")
    name = models.CharField(max_length=100)
    # The public, non-secret start of the token: finds the row without scanning hashes.
    prefix = models.CharField(max_length=16, unique=True)
    token_hash = models.CharField(max_length=64)
    scopes = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="personal_token_user_created")]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.prefix}"

    def has_scope(self, scope: str) -> bool:
        return App.Scope.ADMIN in self.scopes or scope in self.scopes
