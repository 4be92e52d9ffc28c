"""Production: secrets and hosts must come from the environment; cookies are secure."""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_str

from .base import *  # noqa: F403
from .base import LOGGING, SECRET_KEY, STATIC_ROOT

DEBUG = False
if SECRET_KEY.startswith("dev-insecure") or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 32 characters.")
if not env_str("SECRETS_ENCRYPTION_KEY"):
    raise ImproperlyConfigured("Set SECRETS_ENCRYPTION_KEY (a random string kept apart from SECRET_KEY).")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
_log_format = "text" if env_str("LOG_FORMAT") == "text" else "json"
LOGGING["handlers"]["console"]["formatter"] = _log_format  # type: ignore[index]

# Prometheus scrapes with METRICS_TOKEN; without one, /metrics stays closed unless explicitly opened
# (e.g. when only the cluster network can reach the pods and nginx hides the path).
METRICS_OPEN = env_bool("METRICS_OPEN", False)

# Images run `collectstatic` into STATIC_ROOT (gzip copies made at build time); without it the apps'
# static folders are served directly, as in development.
if STATIC_ROOT:
    WHITENOISE_USE_FINDERS = False
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    }
