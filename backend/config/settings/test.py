"""The test suites: the real PostgreSQL and Redis, fast password hashing."""

from config.env import env_str

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES["default"]["CONN_MAX_AGE"] = 0
DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME", "loonflow_test")}
SECRETS_ENCRYPTION_KEY = "test-encryption-key"
