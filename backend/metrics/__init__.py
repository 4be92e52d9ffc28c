"""Prometheus metrics: HTTP requests (counted in every API process) and business figures (tickets,
outbox, jobs, queues) computed from PostgreSQL and Redis when `/metrics` is scraped."""
