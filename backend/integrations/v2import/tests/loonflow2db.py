# ruff: noqa: E501 (the DDL and rows read best one table, one row per line)
"""A Loonflow 2.x database for the tests, built in the test PostgreSQL server as a database of its
own, in the session's MariaDB (mariadb.py) or in a SQLite file: the r2.0.20 tables (written in
PostgreSQL terms: tinyint(1) → smallint, longtext → text, datetime(6) → timestamp; `ddl` turns
them back into 2.x's MySQL types), with rows in its shape — soft-deleted rows, every participant
type, JSON in text columns (also Python repr and broken JSON), a megabyte string, dangling ids."""

from __future__ import annotations

import json
import re
from typing import Any

from django.contrib.auth.hashers import make_password

COMMON = "creator varchar(50) NOT NULL DEFAULT 'admin', gmt_created timestamp(6) NOT NULL DEFAULT '2024-05-01 09:00:00', gmt_modified timestamp(6) NOT NULL DEFAULT '2024-05-01 09:00:00', is_deleted smallint NOT NULL DEFAULT 0"

TABLES = {
    "account_loonuser": "password varchar(128) NOT NULL DEFAULT '', last_login timestamp(6) NULL, username varchar(50) NOT NULL UNIQUE, alias varchar(50) NOT NULL DEFAULT '', email varchar(255) NOT NULL DEFAULT '', phone varchar(13) NOT NULL DEFAULT '', is_active smallint NOT NULL DEFAULT 1, type_id integer NOT NULL DEFAULT 0",
    "account_loondept": "name varchar(50) NOT NULL, parent_dept_id integer NOT NULL DEFAULT 0, leader varchar(50) NOT NULL DEFAULT '', approver varchar(100) NOT NULL DEFAULT '', label varchar(50) NOT NULL DEFAULT ''",
    "account_loonrole": "name varchar(50) NOT NULL, description varchar(50) NOT NULL DEFAULT '', label varchar(50) NOT NULL DEFAULT '{}'",
    "account_loonuserdept": "user_id integer NOT NULL, dept_id integer NOT NULL",
    "account_loonuserrole": "user_id integer NOT NULL, role_id integer NOT NULL",
    "account_apptoken": "app_name varchar(50) NOT NULL, token varchar(50) NOT NULL, ticket_sn_prefix varchar(20) NOT NULL DEFAULT 'loonflow'",
    "workflow_workflowuserpermission": 'workflow_id integer NOT NULL, permission varchar(100) NULL, user_type varchar(100) NULL, "user" varchar(100) NULL',
    "workflow_workflow": "name varchar(50) NOT NULL, description varchar(50) NOT NULL DEFAULT '', display_form_str varchar(10000) NOT NULL DEFAULT '[]', view_permission_check smallint NOT NULL DEFAULT 1, limit_expression varchar(1000) NOT NULL DEFAULT '{}', notices varchar(50) NOT NULL DEFAULT '', title_template varchar(100) NOT NULL DEFAULT '', content_template varchar(1000) NOT NULL DEFAULT ''",
    "workflow_state": "name varchar(50) NOT NULL, workflow_id integer NOT NULL, is_hidden smallint NOT NULL DEFAULT 0, order_id integer NOT NULL DEFAULT 0, type_id integer NOT NULL DEFAULT 0, participant_type_id integer NOT NULL DEFAULT 0, participant varchar(1000) NOT NULL DEFAULT '', distribute_type_id integer NOT NULL DEFAULT 1, state_field_str text NOT NULL DEFAULT '{}', label varchar(1000) NOT NULL DEFAULT '{}', remember_last_man_enable smallint NOT NULL DEFAULT 0, enable_retreat smallint NOT NULL DEFAULT 0",
    "workflow_transition": "name varchar(50) NOT NULL, workflow_id integer NOT NULL, transition_type_id integer NOT NULL DEFAULT 1, source_state_id integer NOT NULL, destination_state_id integer NOT NULL, alert_enable smallint NOT NULL DEFAULT 0, alert_text varchar(100) NOT NULL DEFAULT '', field_require_check smallint NOT NULL DEFAULT 1, timer integer NOT NULL DEFAULT 0, attribute_type_id integer NOT NULL DEFAULT 1, condition_expression varchar(1000) NOT NULL DEFAULT '[]'",
    "workflow_customfield": "workflow_id integer NOT NULL, field_type_id integer NOT NULL, field_key varchar(50) NOT NULL, field_name varchar(50) NOT NULL, order_id integer NOT NULL DEFAULT 0, default_value varchar(100) NULL, description varchar(100) NOT NULL DEFAULT '', field_template text NOT NULL DEFAULT '', boolean_field_display varchar(100) NOT NULL DEFAULT '{}', field_choice varchar(1000) NOT NULL DEFAULT '{}', label varchar(100) NOT NULL DEFAULT '{}', placeholder varchar(100) NOT NULL DEFAULT ''",
    "ticket_ticketrecord": "title varchar(500) NOT NULL DEFAULT '', workflow_id integer NOT NULL, sn varchar(25) NOT NULL, state_id integer NOT NULL, parent_ticket_id integer NOT NULL DEFAULT 0, parent_ticket_state_id integer NOT NULL DEFAULT 0, participant_type_id integer NOT NULL DEFAULT 0, participant varchar(1000) NOT NULL DEFAULT '', relation varchar(1000) NOT NULL DEFAULT '', in_add_node smallint NOT NULL DEFAULT 0, add_node_man varchar(50) NOT NULL DEFAULT '', script_run_last_result smallint NOT NULL DEFAULT 1, act_state_id integer NOT NULL DEFAULT 1, multi_all_person varchar(1000) NOT NULL DEFAULT '{}'",
    "ticket_ticketcustomfield": "name varchar(50) NOT NULL DEFAULT '', field_key varchar(50) NOT NULL, ticket_id integer NOT NULL, field_type_id integer NOT NULL, char_value varchar(1000) NOT NULL DEFAULT '', int_value integer NOT NULL DEFAULT 0, float_value double precision NOT NULL DEFAULT 0, bool_value smallint NOT NULL DEFAULT 0, date_value date NOT NULL DEFAULT '0001-01-01', datetime_value timestamp(6) NOT NULL DEFAULT '0001-01-01 00:00:00', time_value time(6) NOT NULL DEFAULT '00:00:01', radio_value varchar(50) NOT NULL DEFAULT '', checkbox_value varchar(50) NOT NULL DEFAULT '', select_value varchar(50) NOT NULL DEFAULT '', multi_select_value varchar(50) NOT NULL DEFAULT '', text_value text NOT NULL DEFAULT '', username_value varchar(50) NOT NULL DEFAULT '', multi_username_value varchar(1000) NOT NULL DEFAULT ''",
    "ticket_ticketflowlog": "ticket_id integer NOT NULL, transition_id integer NOT NULL, suggestion varchar(10000) NOT NULL DEFAULT '', participant_type_id integer NOT NULL DEFAULT 1, participant varchar(50) NOT NULL DEFAULT '', state_id integer NOT NULL DEFAULT 0, intervene_type_id integer NOT NULL DEFAULT 0, ticket_data text NOT NULL DEFAULT ''",
    "ticket_ticketuser": "ticket_id integer NOT NULL, username varchar(100) NOT NULL, in_process smallint NOT NULL DEFAULT 0, worked smallint NOT NULL DEFAULT 0",
}

# Leave workflow (1): start → TL (creator_tl, claim) → HR (role, any) → boss (a user field) → end,
# with a countersign state (6) reached by a condition; vpn workflow (2): a hook and a script state.
STATE_FIELDS = json.dumps({"title": 2, "days": 2, "leave_type": 2, "reason": 3, "boss": 2, "proof": 3})
READ_ALL = json.dumps({"days": 1, "leave_type": 1, "reason": 1, "boss": 1, "proof": 1})
HOOK = json.dumps({"hook_url": "http://hooks.example/vpn", "hook_token": "s3cret", "wait": True})
CONDITIONS = json.dumps(
    [
        {"expression": "{days} > 10", "target_state_id": 6},
        {"expression": "{days} > 3 and {leave_type} == 'sick'", "target_state_id": 3},
    ]
)
CALLS = json.dumps([{"expression": "datetime.datetime.now().weekday() < 5", "target_state_id": 5}])

# zhangsan's 2.x password, hashed the way the running Django checks passwords (2.x stores
# Django hashes; the import keeps one this installation can check).
PASSWORD = "zhangsan-2x-password"
PASSWORD_HASH = make_password(PASSWORD)

ROWS: dict[str, list[dict[str, Any]]] = {
    "account_loonuser": [
        {"id": 1, "username": "admin", "alias": "超级管理员", "email": "admin@example.com", "type_id": 2},
        {"id": 2, "username": "lilei", "alias": "李磊", "email": "lilei@example.com"},
        {
            "id": 3,
            "username": "zhangsan",
            "alias": "张三",
            "email": "zhangsan@example.com",
            "phone": "13800000000",
            "password": PASSWORD_HASH,
        },
        {"id": 4, "username": "lisi", "alias": "李四", "email": "lisi@example.com"},
        {"id": 5, "username": "wangwu", "alias": "王五", "is_active": 0},
        {"id": 6, "username": "gone", "alias": "deleted", "is_deleted": 1},
        {"id": 7, "username": "bad user!", "alias": "not a valid username"},
        {"id": 8, "username": "mallory", "alias": "Mallory", "email": "not-an-email"},
    ],
    "account_loondept": [
        {"id": 1, "name": "技术部", "leader": "zhangsan", "approver": "zhangsan,admin"},
        {"id": 2, "name": "运维", "parent_dept_id": 1, "leader": "lisi"},
        {"id": 3, "name": "已删除", "is_deleted": 1},
        {"id": 4, "name": "孤儿", "parent_dept_id": 99, "leader": "nobody"},
    ],
    "account_loonrole": [
        {"id": 1, "name": "ops", "description": "运维"},
        {"id": 2, "name": "hr", "description": "人事", "label": "{not json"},
    ],
    "account_loonuserdept": [
        {"id": 1, "user_id": 2, "dept_id": 1},
        {"id": 2, "user_id": 4, "dept_id": 2},
        {"id": 3, "user_id": 5, "dept_id": 2},
        {"id": 4, "user_id": 3, "dept_id": 1},
        {"id": 5, "user_id": 2, "dept_id": 3},
    ],
    "account_loonuserrole": [
        {"id": 1, "user_id": 4, "role_id": 1},
        {"id": 2, "user_id": 3, "role_id": 2},
        {"id": 3, "user_id": 2, "role_id": 2, "is_deleted": 1},
    ],
    "account_apptoken": [
        {"id": 1, "app_name": "ops", "token": "3b9c1a2e-secret", "ticket_sn_prefix": "ops"},
        {"id": 2, "app_name": "gone", "token": "dead-beef", "is_deleted": 1},
    ],
    # ops may call the leave workflow (and a deleted one); a user's view right is no app grant.
    "workflow_workflowuserpermission": [
        {"id": 1, "workflow_id": 1, "permission": "api", "user_type": "app", "user": "ops"},
        {"id": 2, "workflow_id": 3, "permission": "api", "user_type": "app", "user": "ops"},
        {"id": 3, "workflow_id": 2, "permission": "view", "user_type": "user", "user": "zhangsan"},
    ],
    "workflow_workflow": [
        {"id": 1, "name": "请假申请", "description": "leave"},
        {"id": 2, "name": "vpn申请", "description": "vpn"},
        {"id": 3, "name": "旧流程", "is_deleted": 1},
    ],
    "workflow_customfield": [
        {
            "id": 1,
            "workflow_id": 1,
            "field_type_id": 10,
            "field_key": "days",
            "field_name": "天数",
            "order_id": 110,
        },
        {
            "id": 2,
            "workflow_id": 1,
            "field_type_id": 45,
            "field_key": "leave_type",
            "field_name": "类型",
            "order_id": 120,
            "field_choice": json.dumps({"sick": "病假", "annual": "年假"}),
        },
        {
            "id": 3,
            "workflow_id": 1,
            "field_type_id": 55,
            "field_key": "reason",
            "field_name": "原因",
            "order_id": 130,
            "default_value": "请填写",
        },
        {
            "id": 4,
            "workflow_id": 1,
            "field_type_id": 60,
            "field_key": "boss",
            "field_name": "审批人",
            "order_id": 140,
        },
        {
            "id": 5,
            "workflow_id": 1,
            "field_type_id": 80,
            "field_key": "proof",
            "field_name": "证明",
            "order_id": 150,
        },
        {
            "id": 6,
            "workflow_id": 1,
            "field_type_id": 5,
            "field_key": "old",
            "field_name": "旧",
            "is_deleted": 1,
        },
        {
            "id": 7,
            "workflow_id": 2,
            "field_type_id": 55,
            "field_key": "vpn_reason",
            "field_name": "申请原因",
            "order_id": 110,
        },
    ],
    "workflow_state": [
        {
            "id": 1,
            "name": "发起人-新建中",
            "workflow_id": 1,
            "order_id": 1,
            "type_id": 1,
            "participant_type_id": 5,
            "participant": "creator",
            "state_field_str": STATE_FIELDS,
        },
        {
            "id": 2,
            "name": "TL审批",
            "workflow_id": 1,
            "order_id": 2,
            "participant_type_id": 5,
            "participant": "creator_tl",
            "distribute_type_id": 1,
            "state_field_str": READ_ALL,
        },
        {
            "id": 3,
            "name": "HR审批",
            "workflow_id": 1,
            "order_id": 3,
            "participant_type_id": 4,
            "participant": "2",
            "distribute_type_id": 2,
            "state_field_str": READ_ALL,
        },
        {
            "id": 4,
            "name": "总经理审批",
            "workflow_id": 1,
            "order_id": 4,
            "participant_type_id": 7,
            "participant": "boss",
            "state_field_str": "{broken",
        },
        {"id": 5, "name": "结束", "workflow_id": 1, "order_id": 9, "type_id": 2},
        {
            "id": 6,
            "name": "会签",
            "workflow_id": 1,
            "order_id": 5,
            "participant_type_id": 2,
            "participant": "zhangsan,lisi",
            "distribute_type_id": 4,
            "state_field_str": READ_ALL,
        },
        {
            "id": 7,
            "name": "旧状态",
            "workflow_id": 1,
            "order_id": 6,
            "participant_type_id": 1,
            "participant": "admin",
            "is_deleted": 1,
        },
        {
            "id": 10,
            "name": "新建",
            "workflow_id": 2,
            "order_id": 1,
            "type_id": 1,
            "state_field_str": json.dumps({"vpn_reason": 2}),
        },
        {
            "id": 11,
            "name": "hook处理",
            "workflow_id": 2,
            "order_id": 2,
            "participant_type_id": 10,
            "participant": HOOK,
        },
        {
            "id": 12,
            "name": "脚本",
            "workflow_id": 2,
            "order_id": 3,
            "participant_type_id": 6,
            "participant": "1",
        },
        {"id": 13, "name": "完成", "workflow_id": 2, "order_id": 4, "type_id": 2},
    ],
    "workflow_transition": [
        {
            "id": 1,
            "name": "提交",
            "workflow_id": 1,
            "source_state_id": 1,
            "destination_state_id": 2,
            "condition_expression": CONDITIONS,
        },
        {"id": 2, "name": "同意", "workflow_id": 1, "source_state_id": 2, "destination_state_id": 3},
        {
            "id": 3,
            "name": "退回",
            "workflow_id": 1,
            "source_state_id": 2,
            "destination_state_id": 1,
            "attribute_type_id": 2,
            "field_require_check": 0,
        },
        {
            "id": 4,
            "name": "同意",
            "workflow_id": 1,
            "source_state_id": 3,
            "destination_state_id": 4,
            "condition_expression": CALLS,
        },
        {
            "id": 5,
            "name": "批准",
            "workflow_id": 1,
            "source_state_id": 4,
            "destination_state_id": 5,
            "timer": 3600,
        },
        {"id": 6, "name": "同意", "workflow_id": 1, "source_state_id": 6, "destination_state_id": 5},
        {
            "id": 7,
            "name": "旧",
            "workflow_id": 1,
            "source_state_id": 7,
            "destination_state_id": 5,
            "is_deleted": 1,
        },
        {
            "id": 10,
            "name": "提交",
            "workflow_id": 2,
            "source_state_id": 10,
            "destination_state_id": 11,
            "condition_expression": "[{bad json",
        },
        {"id": 11, "name": "完成", "workflow_id": 2, "source_state_id": 11, "destination_state_id": 12},
        {"id": 12, "name": "完成", "workflow_id": 2, "source_state_id": 12, "destination_state_id": 13},
    ],
}


def _ticket(tid: int, **fields: Any) -> dict[str, Any]:
    row = {
        "id": tid,
        "title": f"ticket {tid}",
        "workflow_id": 1,
        "sn": f"loonflow_2024050100{tid:02d}",
        "state_id": 5,
        "act_state_id": 4,
        "creator": "lilei",
    }
    row.update(fields)
    return row


def _value(vid: int, tid: int, key: str, type_id: int, **value: Any) -> dict[str, Any]:
    return {"id": vid, "ticket_id": tid, "field_key": key, "name": key, "field_type_id": type_id, **value}


def _log(lid: int, tid: int, transition: int, state: int, who: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": lid,
        "ticket_id": tid,
        "transition_id": transition,
        "state_id": state,
        "participant": who,
        "suggestion": f"log {lid}",
        "gmt_created": f"2024-05-01 10:{lid % 60:02d}:00",
        **fields,
    }


MEGABYTE = "长" * 1_100_000
OPEN_TICKETS = {
    1: "in TL审批 (claim), zhangsan to act",
    3: "in 会签, zhangsan voted, lisi to act",
    6: "in HR, created by an unknown user",
}
ROWS["ticket_ticketrecord"] = [
    _ticket(1, state_id=2, act_state_id=1, participant_type_id=1, participant="zhangsan", title="请假 5 天"),
    _ticket(2, creator="lisi"),
    _ticket(
        3,
        state_id=6,
        act_state_id=1,
        participant_type_id=2,
        participant="lisi",
        multi_all_person=json.dumps(
            {"zhangsan": {"transition_id": 6, "transition_name": "同意"}, "lisi": {}}
        ),
    ),
    _ticket(4, is_deleted=1, state_id=2, act_state_id=1),
    _ticket(
        5,
        workflow_id=2,
        state_id=11,
        act_state_id=1,
        participant_type_id=10,
        participant="***",
        sn="ops_202405010001",
    ),
    _ticket(
        6,
        state_id=3,
        act_state_id=1,
        creator="ghost",
        participant_type_id=4,
        participant="2",
        multi_all_person="{'jack': 'jack'}",
    ),
    _ticket(7, sn="loonflow_2024050100" + "01"),  # the same sn as ticket 1 (2.x sns can repeat)
    _ticket(8, state_id=99, act_state_id=1),  # a state that never existed
    _ticket(9, workflow_id=3, state_id=1),  # a deleted workflow
    _ticket(
        10, state_id=7, act_state_id=1, participant_type_id=1, participant="admin"
    ),  # a state 2.x deleted
    *[_ticket(tid) for tid in range(20, 40)],
]
ROWS["ticket_ticketcustomfield"] = [
    _value(1, 1, "days", 10, int_value=5),
    _value(2, 1, "leave_type", 45, select_value="sick"),
    _value(3, 1, "reason", 55, text_value=MEGABYTE),
    _value(4, 1, "boss", 60, username_value="admin"),
    _value(5, 1, "proof", 80, char_value="/media/ticket_file/a.png,/media/ticket_file/b.pdf"),
    _value(6, 1, "gone_field", 5, char_value="ignored"),
    _value(7, 3, "days", 10, int_value=12),
    _value(8, 3, "leave_type", 45, select_value="not-a-choice"),
    _value(9, 6, "days", 10, int_value=4),
    _value(10, 6, "boss", 60, username_value="admin"),
    _value(11, 1, "days", 10, int_value=99, is_deleted=1),
]
ROWS["ticket_ticketflowlog"] = [
    _log(1, 1, 1, 1, "lilei"),
    _log(2, 2, 1, 1, "lisi"),
    _log(3, 2, 2, 2, "zhangsan"),
    _log(4, 2, 0, 3, "zhangsan", intervene_type_id=5),
    _log(5, 3, 1, 1, "lilei"),
    _log(6, 3, 6, 6, "zhangsan"),
    _log(7, 6, 1, 1, "ghost"),
    _log(8, 6, 2, 2, "loonrobot", participant_type_id=1),
    _log(9, 2, 0, 5, "admin", intervene_type_id=7, is_deleted=1),
]
ROWS["ticket_ticketuser"] = [
    {"id": 1, "ticket_id": 1, "username": "lilei"},
    {"id": 2, "ticket_id": 1, "username": "zhangsan", "in_process": 1},
    {"id": 3, "ticket_id": 3, "username": "lisi", "in_process": 1},
    {"id": 4, "ticket_id": 3, "username": "zhangsan", "worked": 1},
    {"id": 5, "ticket_id": 6, "username": "zhangsan", "in_process": 1},
    {"id": 6, "ticket_id": 10, "username": "admin", "in_process": 1},
]
TICKETS_LIVE = len([row for row in ROWS["ticket_ticketrecord"] if not row.get("is_deleted")])


def ddl(table: str, dialect: str = "postgresql") -> str:
    """The CREATE TABLE of `table` for `dialect` (postgresql and sqlite take the columns as written)."""
    columns = f"{TABLES[table]}, {COMMON}"
    if dialect != "mysql":
        return f"CREATE TABLE {table} (id serial PRIMARY KEY, {columns})"
    # 2.x's own types: tinyint(1) flags, naive datetime(6), longtext (MySQL's text holds 64 KB, not the
    # megabyte). Defaults on longtext need MariaDB 10.2+: 2.x's Django-made tables have none at all.
    columns = columns.replace("smallint", "tinyint(1)").replace("timestamp(6)", "datetime(6)")
    columns = re.sub(r"\btext\b", "longtext", columns).replace('"user"', "`user`")
    return f"CREATE TABLE {table} (id int AUTO_INCREMENT PRIMARY KEY, {columns}) DEFAULT CHARSET=utf8mb4"


def build(
    cursor: Any, dialect: str = "postgresql", rows: dict[str, list[dict[str, Any]]] | None = None
) -> None:
    """The tables and `rows` (default ROWS) through a DB-API cursor of `dialect` (postgresql, mysql, sqlite)."""
    mark = "?" if dialect == "sqlite" else "%s"
    quote = "`" if dialect == "mysql" else '"'  # "user" is a reserved word
    for table in TABLES:
        cursor.execute(ddl(table, dialect))
    for table, table_rows in (rows or ROWS).items():
        for row in table_rows:
            names = ", ".join(f"{quote}{name}{quote}" for name in row)
            marks = ", ".join([mark] * len(row))
            cursor.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
