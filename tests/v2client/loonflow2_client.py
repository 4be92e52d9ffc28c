# ruff: noqa: UP031, RUF015 - kept in the %-format style of the 2.x era clients it stands for
"""A Loonflow 2.x client, written the way systems integrating with Loonflow 2.x write them (after
its docs' authentication sample): `requests`, headers appname/timestamp/signature/username, the
signature md5(timestamp + token). Nothing here knows it talks to the compat API.

    python loonflow2_client.py BASE_URL HOST APPNAME TOKEN WORKFLOW_ID

It files a VPN request as lilei, lets zhangsan find it in his duty list, has zhangsan and admin
agree, lets lisi claim and finish it, reads the flow logs, and prints a JSON summary.
"""

import hashlib
import json
import sys
import time

import requests


class LoonflowApi:
    def __init__(self, base_url, host, app_name, token):
        self.base_url = base_url.rstrip("/")
        self.host = host
        self.app_name = app_name
        self.token = token
        self.last_timestamp = 0

    def _headers(self, username):
        # One request per second at most: a signature is good once (the compat API refuses replays).
        timestamp = int(time.time())
        while timestamp <= self.last_timestamp:
            time.sleep(0.05)
            timestamp = int(time.time())
        self.last_timestamp = timestamp
        timestamp = str(timestamp)
        signature = hashlib.md5((timestamp + self.token).encode("utf-8")).hexdigest()
        return {
            "Host": self.host,
            "appname": self.app_name,
            "timestamp": timestamp,
            "signature": signature,
            "username": username,
            "Content-Type": "application/json",
        }

    def call(self, method, path, username, data=None, params=None):
        response = requests.request(
            method,
            self.base_url + "/api/v1.0" + path,
            headers=self._headers(username),
            params=params,
            data=json.dumps(data) if data is not None else None,
            timeout=30,
        )
        result = response.json()
        if result["code"] != 0:
            raise RuntimeError("loonflow said %s: %s" % (result["code"], result["msg"]))
        return result["data"]


def main(base_url, host, app_name, token, workflow_id):
    api = LoonflowApi(base_url, host, app_name, token)
    init = api.call("GET", "/workflows/%s/init_state" % workflow_id, "lilei")
    submit = init["transition"][0]["transition_id"]
    created = api.call(
        "POST",
        "/tickets",
        "lilei",
        {
            "workflow_id": int(workflow_id),
            "transition_id": submit,
            "title": "vpn申请",
            "vpn_reason": "remote work",
            "suggestion": "请尽快处理",
        },
    )
    ticket_id = created["ticket_id"]

    duty = api.call("GET", "/tickets", "zhangsan", params={"category": "duty", "page": 1, "per_page": 10})
    duty_ids = [item["id"] for item in duty["value"]]

    for approver in ("zhangsan", "admin"):
        transitions = api.call("GET", "/tickets/%s/transitions" % ticket_id, approver)["value"]
        agree = [item for item in transitions if item["transition_name"] == "同意"][0]
        api.call(
            "PATCH",
            "/tickets/%s" % ticket_id,
            approver,
            {"transition_id": agree["transition_id"], "suggestion": "同意"},
        )

    transitions = api.call("GET", "/tickets/%s/transitions" % ticket_id, "lisi")["value"]
    if transitions and transitions[0]["is_accept"]:
        api.call("POST", "/tickets/%s/accept" % ticket_id, "lisi", {})
        transitions = api.call("GET", "/tickets/%s/transitions" % ticket_id, "lisi")["value"]
    api.call(
        "PATCH",
        "/tickets/%s" % ticket_id,
        "lisi",
        {"transition_id": transitions[0]["transition_id"], "suggestion": "已开通"},
    )

    detail = api.call("GET", "/tickets/%s" % ticket_id, "lilei")["value"]
    logs = api.call("GET", "/tickets/%s/flowlogs" % ticket_id, "lilei", params={"desc": 0})
    print(
        json.dumps(
            {
                "ticket_id": ticket_id,
                "in_duty_list": ticket_id in duty_ids,
                "act_state_id": detail["act_state_id"],
                "state_name": detail["state"]["state_name"],
                "flow": [
                    [log["participant"], log["transition"]["transition_name"], log["suggestion"]]
                    for log in logs["value"]
                ],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:6])
