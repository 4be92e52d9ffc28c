"""Production: secrets and hosts must come from the environment; cookies are secure."""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_str

from .base import *  # noqa: F403
from .base import LOGGING, SECRET_KEY

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
