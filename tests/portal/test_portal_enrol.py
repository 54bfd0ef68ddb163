"""POST /v1/enrol, GET /v1/keys and /v1/limits, and the portal's key file."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from helpers.portal_support import Terminal

from borderdesk.core.signed import b64decode, key_id, load_public_key
from sync.portal import admin
from sync.portal.app import create_app
from sync.portal.store import SCHEMA_VERSION, PortalStore, PortalStoreError, key_path
from sync.protocol import PATH_ENROL, PATH_KEYS, PATH_LIMITS, PROTOCOL, require_protocol


def error_code(response: requests.Response) -> str:
    return str(require_protocol(response.headers, response.json())["error"]["code"])


def test_enrolment_answers_everything_a_terminal_needs(
    terminal_factory: Callable[..., Terminal],
    portal_db: Path,
) -> None:
    t = terminal_factory(enrol=False)
    code = admin.create_enrolment_code(portal_db, "mongcai", "T01")
    assert code["gate"] == "MONGCAI"
    response = t.enrol(code["code"].lower().replace("-", " "))  # as typed by hand
    assert response.status_code == 200, response.text
    body = require_protocol(response.headers, response.json())
    assert (body["gate"], body["terminal"], body["key_id"]) == (
        "MONGCAI",
        "T01",
        t.key_id,
    )
    portal_key = load_public_key(b64decode(body["portal_public_key"]))
    assert key_id(portal_key) == body["portal_key_id"]
    assert len(b64decode(body["watchlist_key"])) == 32
    assert body["terminal_keys"] == [
        {
            "key_id": t.key_id,
            "gate": "MONGCAI",
            "terminal": "T01",
            "public_key": body["terminal_keys"][0]["public_key"],
            "revoked": False,
        }
    ]
    assert body["limits"] == {
        "max_batch_messages": 1000,
        "max_batch_bytes": 1_048_576,
        "replay_window_s": 300,
    }
    limits = t.request("GET", PATH_LIMITS)
    assert require_protocol(limits.headers, limits.json()) == {
        "protocol": PROTOCOL,
        **body["limits"],
    }
    # The code is stored hashed only.
    assert code["code"].replace("-", "").encode() not in portal_db.read_bytes()


def test_codes_are_single_use_but_a_lost_answer_can_be_fetched_again(
    terminal_factory: Callable[..., Terminal],
    portal_db: Path,
) -> None:
    code = admin.create_enrolment_code(portal_db, "MONGCAI", "T01")["code"]
    first = terminal_factory(enrol=False)
    assert first.enrol(code).status_code == 200
    retry = first.enrol(code)  # the first answer was lost on the way
    assert retry.status_code == 200
    assert retry.json()["key_id"] == first.key_id
    thief = terminal_factory(enrol=False)
    response = thief.enrol(code)
    assert response.status_code == 403
    assert error_code(response) == "enrolment_code_invalid"


def test_unknown_and_expired_codes(
    terminal_factory: Callable[..., Terminal], portal_db: Path
) -> None:
    t = terminal_factory(enrol=False)
    assert error_code(t.enrol("AAAA-BBBB-CCCC-DDDD")) == "enrolment_code_invalid"
    past = datetime.now(UTC) - timedelta(hours=25)
    old = admin.create_enrolment_code(portal_db, "MONGCAI", "T01", clock=lambda: past)
    response = t.enrol(old["code"])
    assert response.status_code == 403
    assert "expired" in response.json()["error"]["message"]


def test_malformed_enrolment(terminal_factory: Callable[..., Terminal]) -> None:
    t = terminal_factory(enrol=False)
    url = t.base_url + PATH_ENROL
    for body in (
        {"protocol": PROTOCOL, "code": "X"},
        {"protocol": PROTOCOL, "code": "X", "public_key": "AAAA"},
        {"protocol": PROTOCOL, "code": "X", "public_key": "not base64!"},
    ):
        response = t.session.post(url, json=body, timeout=10)
        assert response.status_code == 400
        assert error_code(response) == "bad_request"


def test_reenrolling_revokes_the_previous_key(
    terminal_factory: Callable[..., Terminal],
    portal_db: Path,
) -> None:
    old = terminal_factory()
    assert old.request("GET", PATH_LIMITS).status_code == 200
    new = terminal_factory()  # the same MONGCAI/T01, reinstalled
    refused = old.request("GET", PATH_LIMITS)
    assert refused.status_code == 403
    assert error_code(refused) == "unknown_terminal"
    response = new.request("GET", PATH_KEYS)
    keys = require_protocol(response.headers, response.json())
    assert {(k["key_id"], k["revoked"]) for k in keys["terminals"]} == {
        (old.key_id, True),
        (new.key_id, False),
    }
    # A revoked key cannot come back with a fresh code.
    code = admin.create_enrolment_code(portal_db, "MONGCAI", "T01")["code"]
    assert old.enrol(code).status_code == 403


def test_keys_lists_the_gates_terminals_only(
    terminal_factory: Callable[..., Terminal],
    portal_db: Path,
) -> None:
    t1 = terminal_factory("MONGCAI", "T01")
    t2 = terminal_factory("MONGCAI", "T02")
    terminal_factory("LAOBAO", "T01")
    response = t1.request("GET", PATH_KEYS)
    body = require_protocol(response.headers, response.json())
    assert {k["key_id"] for k in body["terminals"]} == {t1.key_id, t2.key_id}
    portal_id = admin.show(portal_db)["portal_key_id"]
    assert [k["key_id"] for k in body["portal"]] == [portal_id]
    assert (
        key_id(load_public_key(b64decode(body["portal"][0]["public_key"]))) == portal_id
    )


def test_portal_key_file_is_private_and_stable(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    create_app(db)
    path = key_path(db)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = admin.show(db)["portal_key_id"]
    create_app(db)
    assert admin.show(db)["portal_key_id"] == first
    path.write_text("damaged")
    with pytest.raises(PortalStoreError):
        create_app(db)


def test_schema_version_and_a_newer_database(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    with PortalStore.open(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(PortalStoreError, match="newer"):
        PortalStore.open(db)


def test_admin_argument_errors(portal_db: Path) -> None:
    with pytest.raises(admin.AdminError):
        admin.create_enrolment_code(portal_db, "NOWHERE", "T01")
    with pytest.raises(admin.AdminError):
        admin.create_enrolment_code(portal_db, "MONGCAI", "T/01")
    with pytest.raises(admin.AdminError):
        admin.create_enrolment_code(portal_db, "MONGCAI", "T01", ttl=timedelta(0))
