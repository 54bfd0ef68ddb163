"""Fault injection: every mode is observable from a client, and the admin endpoint."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers.portal_support import Terminal, message

from borderdesk.core.ids import new_id
from sync.portal import admin
from sync.portal.app import create_app
from sync.portal.faults import CRASH_EXIT_CODE, DroppedConnection, FaultRule, Faults
from sync.portal.server import PortalServer
from sync.protocol import PATH_RECONCILE, PROTOCOL, ProtocolError, require_protocol

ROOT = Path(__file__).resolve().parents[2]


def set_faults(portal: PortalServer, *rules: dict[str, Any]) -> None:
    portal.faults.set_rules(rules)


def held_ids(db: Path) -> set[str]:
    return {m["message_id"] for m in admin.dump(db)}


def test_http_error_burst_then_recovery(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "http_error", "status": 500, "count": 2})
    m = message()
    codes = [terminal.batch([m]).status_code for _ in range(3)]
    assert codes == [500, 500, 200]
    assert held_ids(portal_db) == {m["message_id"]}
    assert portal.faults.rules()[0]["fired"] == 2


@pytest.mark.parametrize(
    ("status", "code"), [(503, "unavailable"), (429, "rate_limited")]
)
def test_retry_after(
    terminal: Terminal, portal: PortalServer, portal_db: Path, status: int, code: str
) -> None:
    set_faults(
        portal, {"mode": "http_error", "status": status, "retry_after": 7, "count": 1}
    )
    response = terminal.batch([message()])
    assert response.status_code == status
    assert response.headers["Retry-After"] == "7"
    assert require_protocol(response.headers, response.json())["error"]["code"] == code
    assert held_ids(portal_db) == set()


def test_captive_portal_page_has_no_marker(
    terminal: Terminal, portal: PortalServer
) -> None:
    set_faults(portal, {"mode": "captive", "target": "any", "count": 1})
    response = terminal.batch([message()])
    assert response.status_code == 200
    with pytest.raises(ProtocolError):
        require_protocol(response.headers, None)


def test_drop_before_commit_stores_nothing(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "drop_before_commit", "count": 1})
    m, batch_id = message(), new_id()
    with pytest.raises(requests.ConnectionError):
        terminal.batch([m], batch_id=batch_id)
    assert held_ids(portal_db) == set()
    response = terminal.batch([m], batch_id=batch_id)
    assert [r["status"] for r in response.json()["results"]] == ["accepted"]


def test_drop_after_commit_then_the_retry_is_answered(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "drop_after_commit", "count": 1})
    m, batch_id = message(), new_id()
    with pytest.raises(requests.ConnectionError):
        terminal.batch([m], batch_id=batch_id)
    assert held_ids(portal_db) == {m["message_id"]}  # committed, the answer lost
    retry = terminal.batch([m], batch_id=batch_id)
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert [r["status"] for r in retry.json()["results"]] == ["accepted"]
    fresh = terminal.batch([m])  # a new batch id: the message is a duplicate
    assert [r["status"] for r in fresh.json()["results"]] == ["duplicate"]


def test_truncated_response(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "truncate", "count": 1})
    m = message()
    with pytest.raises(requests.RequestException):
        terminal.batch([m], headers={"Accept-Encoding": "identity"})
    assert held_ids(portal_db) == {m["message_id"]}


def test_connection_reset(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "reset", "count": 1})
    with pytest.raises(requests.ConnectionError):
        terminal.batch([message()])
    assert held_ids(portal_db) == set()


def test_slow_response_times_out_after_commit(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "slow", "delay_s": 0.6, "count": 1})
    m = message()
    with pytest.raises(requests.Timeout):
        terminal.batch([m], timeout=0.2)
    assert held_ids(portal_db) == {m["message_id"]}  # the unknown-outcome case


def test_slow_request_is_processed_late(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    set_faults(portal, {"mode": "slow_request", "delay_s": 0.3, "target": "limits"})
    response = terminal.request("GET", "/v1/limits")
    assert response.status_code == 200
    assert response.elapsed.total_seconds() >= 0.3


def test_targets_skip_count_and_seeded_probability() -> None:
    rule = FaultRule(mode="http_error", target="batch", skip=1, count=2)
    assert [rule.matches(p) for p in ("/v1/messages/batch", "/v1/keys")] == [
        True,
        False,
    ]
    assert [rule.fire() for _ in range(5)] == [False, True, True, False, False]
    any_rule = FaultRule(mode="slow", target="any")
    assert any_rule.matches("/v1/keys")
    assert not any_rule.matches("/_admin/faults")

    def draws(seed: int) -> list[bool]:
        r = FaultRule(mode="reset", probability=0.5, seed=seed)
        return [r.fire() for _ in range(40)]

    assert draws(3) == draws(3)
    assert 5 < sum(draws(3)) < 35
    assert draws(3) != draws(4)
    for bad in (
        {"mode": "explode"},
        {"mode": "reset", "probability": 2},
        {"mode": "reset", "target": "nowhere"},
        {"mode": "reset", "count": -1},
        {"mode": "reset", "colour": 1},
        {"mode": "reset", "count": True},
        {"target": "batch"},
    ):
        with pytest.raises(ValueError):  # noqa: PT011
            FaultRule.from_dict(bad)


def test_faults_file(tmp_path: Path) -> None:
    path = tmp_path / "faults.json"
    path.write_text(json.dumps({"rules": [{"mode": "truncate", "count": 3}]}))
    assert Faults.from_file(path).rules()[0]["count"] == 3


def test_connection_faults_under_a_test_client(tmp_path: Path) -> None:
    faults = Faults([{"mode": "drop_before_commit", "target": "limits"}])
    app = create_app(tmp_path / "p.db", faults=faults)
    with pytest.raises(DroppedConnection):
        app.test_client().get("/v1/limits")


def test_admin_endpoint_needs_the_token(
    terminal: Terminal, portal: PortalServer
) -> None:
    url = portal.url + "/_admin/faults"
    rules = {"rules": [{"mode": "http_error", "status": 503, "count": 1}]}
    session = terminal.session
    assert session.post(url, json=rules, timeout=5).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert session.post(url, json=rules, headers=wrong, timeout=5).status_code == 401
    assert portal.faults.rules() == []
    auth = {"Authorization": "Bearer secret-token"}
    response = session.post(url, json=rules, headers=auth, timeout=5)
    assert response.status_code == 200
    assert response.json()["rules"][0]["mode"] == "http_error"
    assert terminal.batch([message()]).status_code == 503
    listed = session.get(url, headers=auth, timeout=5).json()["rules"]
    assert listed[0]["fired"] == 1
    assert (
        session.post(
            url, json={"rules": [{"mode": "?"}]}, headers=auth, timeout=5
        ).status_code
        == 400
    )
    assert session.delete(url, headers=auth, timeout=5).json()["rules"] == []


def test_admin_endpoint_is_off_without_a_token(tmp_path: Path) -> None:
    with PortalServer(tmp_path / "p.db") as server, requests.Session() as s:
        response = s.post(server.url + "/_admin/faults", json={"rules": []}, timeout=5)
    assert response.status_code == 404


def test_admin_endpoint_refuses_remote_clients(tmp_path: Path) -> None:
    app = create_app(tmp_path / "p.db", admin_token="t")
    client = app.test_client()
    response = client.get(
        "/_admin/faults",
        headers={"Authorization": "Bearer t"},
        environ_base={"REMOTE_ADDR": "10.0.0.7"},
    )
    assert response.status_code == 403
    response = client.get("/_admin/faults", headers={"Authorization": "Bearer t"})
    assert response.status_code == 200


SERVE = r"""
import sys
from sync.portal.faults import Faults
from sync.portal.server import serve
faults = Faults.from_file(sys.argv[2]) if len(sys.argv) > 2 else None
sys.exit(serve(sys.argv[1], port=0, faults=faults, json_output=True))
"""


def _spawn(db: Path, faults: Path | None = None) -> tuple[subprocess.Popen[str], str]:
    args = [sys.executable, "-c", SERVE, str(db)] + ([str(faults)] if faults else [])
    proc = subprocess.Popen(
        args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, proc.stderr.read() if proc.stderr else ""
    return proc, json.loads(line)["url"]


def _finish(proc: subprocess.Popen[str]) -> tuple[str, str]:
    out, err = proc.communicate(timeout=15)
    return out, err


def test_crash_after_commit_and_restart(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    rules = tmp_path / "faults.json"
    rules.write_text(json.dumps({"rules": [{"mode": "crash_after_commit"}]}))
    code = admin.create_enrolment_code(db, "MONGCAI", "T01")["code"]
    proc, url = _spawn(db, rules)
    t = Terminal(url, "MONGCAI", "T01")
    try:
        assert t.enrol(code).status_code == 200  # enrolment is not targeted
        m = message()
        with pytest.raises(requests.ConnectionError):
            t.batch([m])
        assert proc.wait(timeout=10) == CRASH_EXIT_CODE
        _finish(proc)
        assert held_ids(db) == {m["message_id"]}
        proc, url = _spawn(db)  # the portal comes back
        t.base_url = url
        t.session.close()
        t.session = requests.Session()
        body = {
            "protocol": PROTOCOL,
            "messages": [
                {"message_id": m["message_id"], "payload_sha256": m["payload_sha256"]}
            ],
        }
        answer = t.request("POST", PATH_RECONCILE, body=body).json()
        assert answer["results"][0]["state"] == "held"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        out, _ = _finish(proc)
        assert json.loads(out.strip().splitlines()[-1]) == {"status": "stopped"}
    finally:
        t.session.close()
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            _finish(proc)
