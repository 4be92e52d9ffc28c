"""One router for every /tickets path: ninja matches a path once, so GET and POST /tickets must share it."""

from ninja import Router

router = Router(tags=["tickets"])
