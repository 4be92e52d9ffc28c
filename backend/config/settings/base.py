"""Settings shared by every environment. Everything that varies comes from the environment."""

from __future__ import annotations

from pathlib import Path

from config.env import database_from_url, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
REPO_DIR = BASE_DIR.parent

SECRET_KEY = env_str("SECRET_KEY", "dev-insecure-secret-key-change-me")
# Old keys still accepted for signed data (sessions, CSRF) while a rotation rolls out.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
DEBUG = False

# The public domain serves the platform console; tenants live on sub-domains of it.
PUBLIC_DOMAIN = env_str("PUBLIC_DOMAIN", "localhost")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [PUBLIC_DOMAIN, f".{PUBLIC_DOMAIN}"])

# `tenants` precedes `django_tenants` so its `create_tenant` command is the one `manage.py` runs.
SHARED_APPS = [
    "tenants",
    "django_tenants",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "ninja",  # its swagger assets are served locally, not from a CDN
    "core",
]
TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "core",
    "engine",
    "integrations",
]
INSTALLED_APPS = list(SHARED_APPS) + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Tenant"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_URLCONF = "config.urls_public"
ROOT_URLCONF = "config.urls_tenant"
# New tenants are cloned from a migrated template schema instead of replaying every
# migration, so provisioning stays fast however many tenants and migrations there are.
TENANT_BASE_SCHEMA = "tenant_template"
TENANT_CREATION_FAKES_MIGRATIONS = True
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]
# Set search_path once per tenant switch, not before every query (halves round trips).
TENANT_LIMIT_SET_CALLS = True
# "multiprocessing" migrates tenant schemas in parallel (many tenants); "standard" one by one.
TENANT_MIGRATION_EXECUTOR = env_str("TENANT_MIGRATION_EXECUTOR", "standard")
TENANT_MULTIPROCESSING_MAX_PROCESSES = env_int("TENANT_MULTIPROCESSING_MAX_PROCESSES", 4)
TENANT_MULTIPROCESSING_CHUNKS = env_int("TENANT_MULTIPROCESSING_CHUNKS", 2)

MIDDLEWARE = [
    # Counts and times every request; answers GET /metrics (Prometheus) before host routing.
    "metrics.middleware.MetricsMiddleware",
    "core.middleware.HealthMiddleware",
    # The demo company's stand-in CI and webhook receiver (only with DEMO_ENDPOINTS, see below).
    "integrations.demo.DemoEndpointsMiddleware",
    # Static assets (API docs UI, later the SPA) are the same for every host: served before routing.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.RequestIdMiddleware",
    # The request's language (Accept-Language); the signed-in person's comes after authentication.
    "core.i18n.LanguageMiddleware",
    "core.middleware.JsonErrorMiddleware",
    # Text PostgreSQL cannot store (NUL, lone surrogates) in any input: 422 before any view runs.
    "core.input_guard.InputGuardMiddleware",
    "tenants.middleware.TenantRoutingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.i18n.PersonLanguageMiddleware",
    "core.idempotency.IdempotencyMiddleware",
]

DATABASE_URL = env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:54329/loonflow")
DATABASES = {"default": database_from_url(DATABASE_URL)}
# "direct" (PostgreSQL itself) or "pgbouncer-session" (PgBouncer in session pooling mode). django-tenants
# keeps the tenant in the connection's search_path, session state that transaction pooling would hand
# to another client mid-request; see docs/operations.md ("PgBouncer").
DATABASE_POOL_MODE = env_str("DATABASE_POOL_MODE", "direct")
if DATABASE_POOL_MODE not in {"direct", "pgbouncer-session"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"DATABASE_POOL_MODE={DATABASE_POOL_MODE!r}: use 'direct' or 'pgbouncer-session' (transaction "
        "pooling would let a tenant's query run in another tenant's search_path)."
    )
# Through PgBouncer, each request takes a server connection only while it runs (CONN_MAX_AGE 0):
# pooling per request, with search_path reset by PgBouncer's server_reset_query (DISCARD ALL).
DATABASES["default"]["CONN_MAX_AGE"] = env_int(
    "DB_CONN_MAX_AGE", 0 if DATABASE_POOL_MODE == "pgbouncer-session" else 60
)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:63799/0")

# Background work timing (engine.tickets.tasks and the job modules). An unprocessed outbox event
# this old is sent again by the scheduler's sweep; a job claimed by a worker that has not finished
# after its lease is presumed lost (worker killed) and taken back; a pending job due this long ago
# was lost in transit (Redis down) and is sent again.
# `make run`'s demo company calls stand-ins for its CI and deploy log on this server (/demo/…).
DEMO_ENDPOINTS = env_bool("DEMO_ENDPOINTS", False)
OUTBOX_RESEND_AFTER_SECONDS = env_int("OUTBOX_RESEND_AFTER_SECONDS", 30)
JOB_LEASE_SECONDS = env_int("JOB_LEASE_SECONDS", 300)
# Fair lanes (core/lanes.py): a tenant may have JOB_LANE_SHARE messages of a queue waiting or running
# in the broker; more are parked in its own list and sent, in order, as its messages finish. Keep the
# share times the queues a burst touches (events, webhooks, notifications, hooks) below the worker
# threads, so one tenant never holds them all (docs/operations.md, "Fair lanes").
JOB_LANE_SHARE = env_int("JOB_LANE_SHARE", 3)
JOB_RESEND_AFTER_SECONDS = env_int("JOB_RESEND_AFTER_SECONDS", 60)
# The scheduler visits only tenants that published a wake-up (core.wakeups); as the safety net it
# also re-reads every tenant's next wake-up in a slow rotation, each tenant once per this period
# (which bounds how late work whose wake-up was lost is found), housekeeping included.
SCHEDULER_SAFETY_SWEEP_SECONDS = env_int("SCHEDULER_SAFETY_SWEEP_SECONDS", 600)
# Tenants the scheduler visits at once when several are due (each thread holds a connection).
SCHEDULER_THREADS = env_int("SCHEDULER_THREADS", 4)
# "workers": the scheduler hands due timers to the workers' `timers` queue (they fire them in
# parallel); "inline": it fires them itself, one process (and when the broker is down anyway).
SCHEDULER_TIMERS = env_str("SCHEDULER_TIMERS", "workers")
# With SCHEDULER_TIMERS=workers, a visit also reads the timers due within this many seconds and the
# scheduler sends each when due, from memory (0: only those due now).
SCHEDULER_TIMER_LOOKAHEAD_SECONDS = env_int("SCHEDULER_TIMER_LOOKAHEAD_SECONDS", 30)
# Database connections per worker process for the timers and the event fan-out, a tenant always on
# the same one (core.connection_lanes: a backend plans against schemas it has seen; 0: each thread's
# own connection). At most this many such messages run at once in a process.
WORKER_DB_LANES = env_int("WORKER_DB_LANES", 4)
# A booted worker process's lanes meet the active tenants in the background (config.worker), so the
# first work of each after a deploy does not plan against tables its backend has not read yet.
WORKER_MEET_TENANTS = env_bool("WORKER_MEET_TENANTS", True)
# How many `timers` messages a worker process holds at once (its threads take them before any other
# queue's), and how soon an idle process looks for new ones, in ms (core.broker.LoonflowBroker).
WORKER_TIMERS_PREFETCH = env_int("WORKER_TIMERS_PREFETCH", 64)
WORKER_TIMERS_POLL_MS = env_int("WORKER_TIMERS_POLL_MS", 100)
# A busy tenant's figures (tenants.figures: what /metrics and the platform's tenant list show) are read
# again by the scheduler at most this often; idle tenants' once an hour, with their housekeeping.
TENANT_FIGURES_SECONDS = env_int("TENANT_FIGURES_SECONDS", 30)
# Tenant scripts run under bubblewrap (integrations.scripts.sandbox). Where it does not work, script runs
# fail ("script isolation unavailable") unless SCRIPTS_ALLOW_UNISOLATED allows the weaker mode:
# rlimits and a process-group kill only, as the worker's user, with its network (docs/security.md).
SCRIPTS_BWRAP_PATH = env_str("SCRIPTS_BWRAP_PATH", "bwrap")
SCRIPTS_ALLOW_UNISOLATED = env_bool("SCRIPTS_ALLOW_UNISOLATED", False)

# Outbound connections (webhooks, hooks, robots, SMTP): no tenant-chosen timeout may exceed this,
# so a slow remote holds a worker thread for at most this long per attempt.
OUTBOUND_TIMEOUT_MAX_SECONDS = env_int("OUTBOUND_TIMEOUT_MAX_SECONDS", 10)
# Absolute links in notifications and hook callback URLs: <scheme>://<tenant's primary domain>[:port],
# unless the platform admin set a tenant's own `public_base_url`. PUBLIC_PORT 0 means the default.
PUBLIC_URL_SCHEME = env_str("PUBLIC_URL_SCHEME", "https")
PUBLIC_PORT = env_int("PUBLIC_PORT", 0)

AUTH_USER_MODEL = "core.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]

SESSION_COOKIE_NAME = "loonflow_session"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 12)
CSRF_COOKIE_NAME = "loonflow_csrftoken"
CSRF_COOKIE_SAMESITE = "Lax"

# Server messages, emails and chat texts: English or Simplified Chinese (core.i18n picks per request
# and per recipient); the translations live in backend/locale (`make messages`).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
# Loonflow 2.x import (docs/migration-loonflow2.md): the zone of the 2.x database's naive timestamps.
V2IMPORT_SOURCE_TIME_ZONE = env_str("V2IMPORT_SOURCE_TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Set for production images that run `collectstatic`; unset, assets are served from the apps.
STATIC_ROOT = env_str("STATIC_ROOT") or None
# Serve straight from the apps' static folders, so no collectstatic step is needed to run.
WHITENOISE_USE_FINDERS = True

# Login throttling (`core.access.ratelimit`), counted in Redis per tenant. Only failures count, per
# (username, client address): the first LOGIN_FREE_FAILURES are free, then each failure locks that
# pair out for LOGIN_BACKOFF_BASE_SECONDS, doubling up to LOGIN_BACKOFF_MAX_SECONDS; the count is
# forgotten LOGIN_FAILURE_MEMORY_SECONDS after the last failure, and a success clears it. One address
# may fail at most LOGIN_ADDRESS_MAX_FAILURES times per LOGIN_ADDRESS_WINDOW_SECONDS across usernames.
LOGIN_FREE_FAILURES = env_int("LOGIN_FREE_FAILURES", 5)
LOGIN_BACKOFF_BASE_SECONDS = env_int("LOGIN_BACKOFF_BASE_SECONDS", 1)
LOGIN_BACKOFF_MAX_SECONDS = env_int("LOGIN_BACKOFF_MAX_SECONDS", 15 * 60)
LOGIN_FAILURE_MEMORY_SECONDS = env_int("LOGIN_FAILURE_MEMORY_SECONDS", 60 * 60)
LOGIN_ADDRESS_MAX_FAILURES = env_int("LOGIN_ADDRESS_MAX_FAILURES", 100)
LOGIN_ADDRESS_WINDOW_SECONDS = env_int("LOGIN_ADDRESS_WINDOW_SECONDS", 15 * 60)
# Single sign-on (`integrations.sso`): one client address may begin at most SSO_STARTS_PER_WINDOW
# provider logins per SSO_WINDOW_SECONDS (each keeps a little state in Redis until it ends), and after
# SSO_FAILURES_PER_WINDOW refused callbacks in that window it may begin none until the window ends.
SSO_WINDOW_SECONDS = env_int("SSO_WINDOW_SECONDS", 10 * 60)
SSO_STARTS_PER_WINDOW = env_int("SSO_STARTS_PER_WINDOW", 60)
SSO_FAILURES_PER_WINDOW = env_int("SSO_FAILURES_PER_WINDOW", 20)
# The client address is REMOTE_ADDR. Only when REMOTE_ADDR is one of these networks (the reverse
# proxies in front, e.g. "10.0.0.0/8") is X-Forwarded-For read, right to left, skipping these
# networks: the first address outside them is the client. Empty: never read the header.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
for _network in TRUSTED_PROXIES:  # a typo here must stop the start, not every login
    import ipaddress

    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError as exc:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {exc} (use addresses or CIDR networks).") from None

# `Idempotency-Key` records (`core.idempotency`). A record still "in progress" after
# IDEMPOTENCY_IN_PROGRESS_SECONDS was left by a killed worker: a retry takes it over. Keep it above
# the longest a request can run (gunicorn's timeout, plus a margin). Finished records are replayed
# for IDEMPOTENCY_RETENTION_HOURS, then forgotten and deleted by the scheduler's purge.
IDEMPOTENCY_IN_PROGRESS_SECONDS = env_int(
    "IDEMPOTENCY_IN_PROGRESS_SECONDS", env_int("GUNICORN_TIMEOUT", 30) + 30
)
IDEMPOTENCY_RETENTION_HOURS = env_int("IDEMPOTENCY_RETENTION_HOURS", 24)

# Uploaded ticket attachments (`engine.tickets.attachments`): on local disk by default, one folder per tenant.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(REPO_DIR / ".data" / "media")))
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)
# Upload quotas (429 `quota_exceeded`): bytes a person may hold in files not yet on any ticket, and
# bytes of attachments a tenant may store in all (the platform's `max_attachment_bytes` overrides it).
ATTACHMENT_PENDING_BYTES_PER_USER = env_int("ATTACHMENT_PENDING_BYTES_PER_USER", 200 * 1024 * 1024)
ATTACHMENT_TENANT_BYTES = env_int("ATTACHMENT_TENANT_BYTES", 20 * 1024 * 1024 * 1024)
# Files never put on a ticket are deleted by the scheduler this long after their upload.
ATTACHMENT_ORPHAN_HOURS = env_int("ATTACHMENT_ORPHAN_HOURS", 24)
# How often each tenant's housekeeping runs at most (it rides on the scheduler's rotation): some 4 ms
# of scheduler CPU a tenant, so hourly keeps a thousand idle tenants cheap.
ATTACHMENT_SWEEP_SECONDS = env_int("ATTACHMENT_SWEEP_SECONDS", 3600)
# Retention, by the same housekeeping pass: inbox notifications read this many days ago, and action
# links expired or used this many days ago, are deleted (unread notifications are kept).
INBOX_READ_RETENTION_DAYS = env_int("INBOX_READ_RETENTION_DAYS", 90)
ACTION_LINK_RETENTION_DAYS = env_int("ACTION_LINK_RETENTION_DAYS", 30)
# Multipart bodies up to the attachment limit are accepted; larger ones get a 413 before being read.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# The admin SPA (`frontend/`, built by `make run` / `make test`). WhiteNoise serves its files from
# the site root on every host; Vite's content-hashed assets/ are cached for a year (immutable), and
# index.html is answered by `core.spa` with no-cache for every client-side route (deep links).
SPA_DIST = Path(env_str("SPA_DIST", str(REPO_DIR / "frontend" / "dist")))
WHITENOISE_ROOT = SPA_DIST if SPA_DIST.is_dir() else None
WHITENOISE_IMMUTABLE_FILE_TEST = r"^/assets/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$"

# Signed app requests older or newer than this are refused; signatures are remembered
# this long so a captured request cannot be replayed.
REQUEST_SIGNATURE_WINDOW_SECONDS = env_int("REQUEST_SIGNATURE_WINDOW_SECONDS", 300)
# Key that encrypts recoverable secrets (request-signing secrets) at rest; older keys still decrypt
# until `manage.py rotate_secrets` has re-encrypted everything under the current one.
SECRETS_ENCRYPTION_KEY = env_str("SECRETS_ENCRYPTION_KEY", "")
SECRETS_ENCRYPTION_KEY_FALLBACKS = env_list("SECRETS_ENCRYPTION_KEY_FALLBACKS", [])

# Prometheus metrics at GET /metrics (`metrics`). With METRICS_TOKEN set, scrapers must send
# `Authorization: Bearer <token>`; without it, /metrics answers only when METRICS_OPEN is true (the
# default outside production). Business figures (tickets, outbox, queues) are cached this long.
# With METRICS_PORT set, gunicorn also listens there and /metrics is answered only on connections to
# that port (and nothing else is), so a Service or Ingress exposing the main port never reaches it.
METRICS_PORT = env_int("METRICS_PORT", 0)
METRICS_TOKEN = env_str("METRICS_TOKEN", "")
METRICS_OPEN = env_bool("METRICS_OPEN", True)
METRICS_CACHE_SECONDS = env_int("METRICS_CACHE_SECONDS", 15)

# Optional error reporting to Sentry (or anything speaking its protocol, e.g. GlitchTip).
SENTRY_DSN = env_str("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = env_str("SENTRY_ENVIRONMENT", "production")
SENTRY_TRACES_SAMPLE_RATE = float(env_str("SENTRY_TRACES_SAMPLE_RATE", "0") or 0)

LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOG_FORMAT = env_str("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_context": {"()": "core.logging.RequestContextFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s %(tenant)s] %(name)s: %(message)s"},
        "json": {"()": "core.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_context"],
            "formatter": LOG_FORMAT if LOG_FORMAT in {"text", "json"} else "text",
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

if SENTRY_DSN:
    from config.sentry import init_sentry

    init_sentry(
        dsn=SENTRY_DSN,
        environment=SENTRY_ENVIRONMENT,
        traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE,
        release=env_str("LOONFLOW_RELEASE"),
    )
