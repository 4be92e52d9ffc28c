"""Loonflow's tenant API from Python: `LoonflowClient` (hand-written, `session.py`) around the
operations and models generated from the OpenAPI document (`generated/`, by `make api-schema`)."""

from .session import LoonflowClient, LoonflowTransport, etag, signature

__all__ = ["LoonflowClient", "LoonflowTransport", "etag", "signature"]
