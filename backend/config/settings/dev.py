"""Local development: `make run`."""

from config.env import env_bool

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)
DEMO_ENDPOINTS = env_bool("DEMO_ENDPOINTS", True)
