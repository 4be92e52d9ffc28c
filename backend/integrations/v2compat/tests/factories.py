"""The 2.x sample workflow "vpn申请" rebuilt in our terms, its people, and a 2.x-style signer.

As in 2.x's sample: the creator files it with a reason; zhangsan and admin must both agree
(2.x's distribute type 4 = our countersign of all); then one member of the ops department claims
it (2.x's distribute type 1 = our claim) and finishes it.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import (
    countersign,
    departments,
    end_state,
    field,
    start_state,
    state,
    transition,
    users,
)
from engine.workflows.services import workflow_create, workflow_publish
from integrations.v2compat.services import compat_app_create, compat_settings_set

APP = "ops"
TOKEN = "2bd8f7c0-5e4b-11ee-8c99-0242ac120002"  # a 2.x-style token kept on migration
PEOPLE = ("lilei", "zhangsan", "admin", "lisi", "wangwu", "outsider")

VPN_DIRECTORY: dict[str, Any] = {
    "departments": [{"code": "tech", "name": "技术部"}, {"code": "ops", "name": "运维部"}],
    "users": [
        {"username": "lilei", "display_name": "李磊", "email": "lilei@example.com", "departments": ["tech"]},
        {"username": "zhangsan", "email": "zhangsan@example.com", "departments": ["tech"]},
        {"username": "admin", "display_name": "超级管理员", "departments": ["tech"]},
        {"username": "lisi", "departments": ["ops"]},
        {"username": "wangwu", "departments": ["ops"]},
        {"username": "outsider", "departments": []},
        {"username": "stranger", "departments": []},
    ],
}


def vpn_document() -> dict[str, Any]:
    return {
        "serial_prefix": "VPN",
        "title_template": "vpn申请 {serial}",
        "fields": [field("vpn_reason", "申请原因", "text", placeholder="请填写申请vpn的理由")],
        "states": [
            start_state("draft", "发起人-新建中"),
            state(
                "tl",
                "发起人tl-审批中",
                participant=users("zhangsan", "admin"),
                distribution=countersign("all"),
            ),
            state(
                "ops",
                "运维人员-审批中",
                participant=departments("ops", scope="members"),
                distribution={"kind": "claim"},
            ),
            end_state("done", "结束"),
        ],
        "transitions": [
            transition("submit", "提交", "draft", "tl"),
            transition("agree", "同意", "tl", "ops"),
            transition("finish", "完成", "ops", "done"),
        ],
    }


def seed_vpn(*, enabled: bool = True, acting: list[str] | None = None) -> Workflow:
    """In the current schema: the people, the published workflow, the app `ops` holding it."""
    directory_sync(payload=DirectorySyncIn.model_validate(VPN_DIRECTORY), actor="test")
    workflow = workflow_create(
        key="vpn", name="vpn申请", document=WorkflowDocument.model_validate(vpn_document())
    )
    workflow_publish(workflow=workflow, actor=None)
    compat_app_create(
        name=APP,
        workflow_ids=[workflow.pk],
        acting_usernames=list(PEOPLE) if acting is None else acting,
        token=TOKEN,
    )
    compat_settings_set(enabled=enabled)
    return workflow


def signed_headers(
    username: str | None, *, app: str = APP, token: str = TOKEN, at: int | None = None
) -> dict[str, str]:
    """What a 2.x client sends: appname, timestamp, md5(timestamp + token), username."""
    timestamp = str(int(time.time()) if at is None else at)
    headers = {
        "appname": app,
        "timestamp": timestamp,
        "signature": hashlib.md5((timestamp + token).encode()).hexdigest(),
    }
    if username is not None:
        headers["username"] = username
    return headers


def django_headers(headers: dict[str, str]) -> dict[str, Any]:
    """The same headers for Django's test client (HTTP_ + upper case)."""
    return {"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()}
