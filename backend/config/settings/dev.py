"""Local development: `make run`."""

from config.env import env_bool, env_int, env_str

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)
DEMO_ENDPOINTS = env_bool("DEMO_ENDPOINTS", True)
# `make run` serves plain http on PORT (8000): links in notifications must point there.
PUBLIC_URL_SCHEME = env_str("PUBLIC_URL_SCHEME", "http")
PUBLIC_PORT = env_int("PUBLIC_PORT", env_int("PORT", 8000))
