"""Single sign-on with OpenID Connect: the tenant's providers, who signed in through which, and
whether local passwords still work."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.access.models import User
from core.model_bases import Timestamped


class OidcProvider(Timestamped):
    """An OpenID provider a tenant admin configured (Keycloak, Azure AD, Google…).

    `metadata` and `jwks` are the provider's discovery document and keys as last fetched (by a worker
    job after a change, or on demand); the login path reads them from here.
    """

    class Claim(models.TextChoices):
        EMAIL = "email", _("E-mail address")
        PREFERRED_USERNAME = "preferred_username", _("Username (preferred_username)")
        SUB = "sub", _("Subject identifier (sub)")

    class Discovery(models.TextChoices):
        PENDING = "pending", _("Not fetched yet")
        OK = "ok", _("Fetched")
        FAILED = "failed", _("Failed")

    key = models.SlugField(max_length=50, unique=True)  # in the login URL: /api/v1/sso/<key>/start
    label = models.CharField(max_length=100)  # "Sign in with <label>"
    issuer = models.CharField(max_length=500)
    client_id = models.CharField(max_length=255)
    # Encrypted at rest (it is sent to the token endpoint); never returned by the API.
    client_secret_encrypted = models.TextField(blank=True)
    scopes = models.CharField(max_length=300, default="openid email profile")
    match_claim = models.CharField(max_length=32, choices=Claim.choices, default=Claim.EMAIL)
    create_users = models.BooleanField(default=False)
    # A claim naming the person's department; `department_map` turns its values into department
    # codes (empty: the value is the code).
    department_claim = models.CharField(max_length=100, blank=True)
    department_map = models.JSONField(default=dict, blank=True)
    # A claim listing groups; `role_map` says which group gives which role (by role code).
    role_claim = models.CharField(max_length=100, blank=True, default="groups")
    role_map = models.JSONField(default=dict, blank=True)
    is_enabled = models.BooleanField(default=True)
    metadata = models.JSONField(default=dict, blank=True)
    jwks = models.JSONField(default=dict, blank=True)
    discovery_status = models.CharField(max_length=16, choices=Discovery.choices, default=Discovery.PENDING)
    discovery_error = models.TextField(blank=True)
    discovered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["label", "id"]

    def __str__(self) -> str:
        return self.key


class OidcIdentity(models.Model):
    """A person's account at a provider (`sub`, stable there), once they signed in with it."""

    provider = models.ForeignKey(OidcProvider, on_delete=models.CASCADE, related_name="identities")
    subject = models.CharField(max_length=255)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="oidc_identities")
    last_login_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["provider", "subject"], name="uniq_oidc_subject")]

    def __str__(self) -> str:
        return f"{self.provider_id}:{self.subject}"


class SsoSettings(Timestamped):
    """One row per tenant: whether people may sign in with a local password, and who keeps it
    when they may not (break-glass tenant admins, for when the provider is down)."""

    passwords_enabled = models.BooleanField(default=True)
    break_glass_usernames = models.JSONField(default=list, blank=True)

    def __str__(self) -> str:
        return "sso settings"
