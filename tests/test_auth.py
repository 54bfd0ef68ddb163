"""AuthService: officers, PIN sign-in, lockout, screen lock, sign-out, and the audit
entries each of them writes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from helpers.builders import NOW
from helpers.officers import ADMIN, register
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core import pin as pins
from borderdesk.core.model import Officer, OfficerRole
from borderdesk.services import (
    LOCKOUT,
    MAX_FAILED_ATTEMPTS,
    AuthService,
    OfficerInvalid,
    Session,
    SignInRefused,
)
from borderdesk.storage import audit
from borderdesk.storage.officers import OfficerExists

PIN = "123456"


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(db: Database, settings: Settings, clock: Clock) -> AuthService:
    """The terminal's admin (registered directly), who registers guard BP0123."""
    register(db, [ADMIN])
    service = AuthService(db, settings, clock=clock)
    service.create_officer("BP0123", "Nguyễn Văn Hùng", OfficerRole.GUARD, PIN,
                           actor="AD0001")
    return service


ADMIN_OFFICER = Officer("AD0001", "Phạm Quốc Bảo", OfficerRole.ADMIN)


Entry = tuple[str, str, str | None, dict[str, Any]]  # action, actor, entity id, details


def _entries(db: Database, since: int = 0) -> list[Entry]:
    return [
        (action, actor, entity_id, json.loads(details))
        for action, actor, entity_id, details in db.conn.execute(
            "SELECT action, actor, entity_id, details FROM audit WHERE seq > ?"
            " ORDER BY seq", (since,))
    ]


def _last_seq(db: Database) -> int:
    return int(db.conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])


def _refused(auth: AuthService, officer_id: str = "BP0123", pin: str = "000000"
             ) -> SignInRefused:
    with pytest.raises(SignInRefused) as info:
        auth.sign_in(officer_id, pin)
    return info.value


def _failures(db: Database) -> int:
    return int(db.conn.execute(
        "SELECT failed_attempts FROM officers WHERE officer_id = 'BP0123'"
    ).fetchone()[0])


# -- officers ----------------------------------------------------------------------


def test_create_officer(auth: AuthService, db: Database) -> None:
    assert auth.has_officers()
    officer = auth.create_officer(" gs0001 ", "Trần  Thị Lan", "supervisor", "654321",
                                  actor="ad0001")
    assert officer == Officer("GS0001", "Trần Thị Lan", OfficerRole.SUPERVISOR, False)
    assert auth.officers(actor="AD0001") == [
        ADMIN_OFFICER, Officer("BP0123", "Nguyễn Văn Hùng", OfficerRole.GUARD), officer]
    assert _entries(db) == [
        ("officer.created", "AD0001", "BP0123",
         {"name": "Nguyễn Văn Hùng", "role": "guard"}),
        ("officer.created", "AD0001", "GS0001",
         {"name": "Trần Thị Lan", "role": "supervisor"}),
    ]
    stored = db.conn.execute("SELECT pin_hash FROM officers WHERE officer_id = 'GS0001'"
                             ).fetchone()[0]
    assert stored.startswith("scrypt$16384$8$1$")
    assert pins.verify_pin("654321", stored)


def test_no_officers_yet(db: Database, settings: Settings) -> None:
    assert not AuthService(db, settings).has_officers()
    assert AuthService(db, settings).store.all() == []


@pytest.mark.parametrize(("args", "code"), [
    (("B", "Tên", "guard", PIN), "officer_id_invalid"),
    (("BP 1", "Tên", "guard", PIN), "officer_id_invalid"),
    (("BP1", "  ", "guard", PIN), "name_missing"),
    (("BP1", "x" * 121, "guard", PIN), "name_too_long"),
    (("BP1", "Tên", "chief", PIN), "role_invalid"),
    (("BP1", "Tên", "guard", "12345"), "pin_too_short"),
    (("BP1", "Tên", "guard", "1" * 129), "pin_too_long"),
])
def test_invalid_officers_are_refused(auth: AuthService, db: Database,
                                      args: tuple[str, ...], code: str) -> None:
    before = _last_seq(db)
    officer_id, name, role, pin = args
    with pytest.raises(OfficerInvalid) as info:
        auth.create_officer(officer_id, name, role, pin, actor="AD0001")
    assert info.value.code == code
    assert len(auth.officers(actor="AD0001")) == 2
    assert _last_seq(db) == before


def test_an_id_is_registered_once(auth: AuthService, db: Database) -> None:
    before = _last_seq(db)
    with pytest.raises(OfficerExists):
        auth.create_officer("bp0123", "Another", "admin", "999999", actor="AD0001")
    assert _last_seq(db) == before


# -- sign-in -----------------------------------------------------------------------


def test_sign_in(auth: AuthService, db: Database, settings: Settings) -> None:
    before = _last_seq(db)
    session = auth.sign_in("bp0123", PIN)
    assert session == Session(
        officer=Officer("BP0123", "Nguyễn Văn Hùng", OfficerRole.GUARD),
        terminal=settings.terminal, gate=settings.gate, started_at=NOW)
    assert _entries(db, before) == [
        ("officer.signed_in", "BP0123", "BP0123", {"role": "guard"})]


def test_unknown_officer_and_wrong_pin_look_the_same(auth: AuthService, db: Database
                                                     ) -> None:
    before = _last_seq(db)
    assert _refused(auth, "BP0123", "654321").code == "unknown_or_wrong_pin"
    assert _refused(auth, "NOBODY", PIN).code == "unknown_or_wrong_pin"
    assert _entries(db, before) == [
        ("officer.sign_in_refused", "BP0123", "BP0123",
         {"code": "unknown_or_wrong_pin", "failed_attempts": 1}),
        ("officer.sign_in_refused", "NOBODY", "NOBODY",
         {"code": "unknown_or_wrong_pin"}),
    ]


def test_five_wrong_pins_lock_the_account_for_15_minutes(
    auth: AuthService, db: Database, clock: Clock
) -> None:
    before = _last_seq(db)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert _refused(auth).code == "unknown_or_wrong_pin"
    locked = _refused(auth)
    assert locked.code == "locked"
    assert locked.locked_until == NOW + LOCKOUT == NOW + timedelta(minutes=15)
    # the right PIN does not help while locked, nor is it even tried
    clock.advance(timedelta(minutes=14, seconds=59))
    assert _refused(auth, pin=PIN).code == "locked"
    assert [e[3] for e in _entries(db, before)] == [
        *({"code": "unknown_or_wrong_pin", "failed_attempts": n} for n in range(1, 5)),
        {"code": "locked", "failed_attempts": 5,
         "locked_until": "2026-03-10T04:15:00+00:00"},
        {"code": "locked", "locked_until": "2026-03-10T04:15:00+00:00"},
    ]
    clock.advance(timedelta(seconds=1))
    assert auth.sign_in("BP0123", PIN).started_at == NOW + LOCKOUT
    row = db.conn.execute("SELECT failed_attempts, locked_until FROM officers"
                          " WHERE officer_id = 'BP0123'").fetchone()
    assert row == (0, None)


def test_after_a_lockout_the_count_starts_again(auth: AuthService, clock: Clock
                                                ) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        _refused(auth)
    clock.advance(LOCKOUT)
    assert _refused(auth).code == "unknown_or_wrong_pin"  # not locked again at once


def test_a_success_resets_the_count(auth: AuthService, db: Database) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        _refused(auth)
    assert _failures(db) == MAX_FAILED_ATTEMPTS - 1
    auth.sign_in("BP0123", PIN)
    assert _failures(db) == 0
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert _refused(auth).code == "unknown_or_wrong_pin"


def test_a_disabled_officer_learns_it_only_with_the_right_pin(
    auth: AuthService, db: Database
) -> None:
    auth.store.set_disabled("BP0123", True, now=NOW)
    before = _last_seq(db)
    assert _refused(auth).code == "unknown_or_wrong_pin"
    assert _refused(auth, pin=PIN).code == "disabled"
    assert [e[3]["code"] for e in _entries(db, before)] == [
        "unknown_or_wrong_pin", "disabled"]
    assert auth.store.get("BP0123").officer.disabled  # type: ignore[union-attr]


def test_the_pin_is_checked_outside_the_write_transaction(
    auth: AuthService, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[bool] = []
    real = pins.verify_pin

    def verify(pin: str, stored: str) -> bool:
        checked.append(db.conn.in_transaction)
        return real(pin, stored)

    monkeypatch.setattr(pins, "verify_pin", verify)
    auth.sign_in("BP0123", PIN)
    _refused(auth)
    _refused(auth, "NOBODY")  # an unknown id costs a check too (no timing oracle)
    assert checked == [False, False, False]


def test_the_row_and_its_audit_entry_are_one_transaction(
    auth: AuthService, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(RuntimeError):
        auth.sign_in("BP0123", "000000")
    assert _failures(db) == 0  # the failure was not counted without its entry


def test_a_pin_changed_meanwhile_is_checked_again(
    auth: AuthService, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pins.verify_pin
    new_hash = pins.hash_pin("777777")
    calls: list[str] = []

    def verify(pin: str, stored: str) -> bool:
        calls.append(stored)
        if len(calls) == 1:  # a supervisor re-keys the account during the check
            auth.store.set_pin_hash("BP0123", new_hash, now=NOW)
        return real(pin, stored)

    monkeypatch.setattr(pins, "verify_pin", verify)
    assert auth.sign_in("BP0123", "777777").officer.officer_id == "BP0123"
    assert calls[1] == new_hash


# -- lock, unlock, sign-out -----------------------------------------------------------


@pytest.fixture
def session(auth: AuthService) -> Session:
    return auth.sign_in("BP0123", PIN)


def test_lock_unlock_and_sign_out_are_audited(
    auth: AuthService, session: Session, db: Database, clock: Clock
) -> None:
    before = _last_seq(db)
    auth.lock(session)
    clock.advance(timedelta(minutes=3))
    assert not auth.unlock(session, "000000")
    assert auth.last_refusal is not None
    assert auth.last_refusal.code == "unknown_or_wrong_pin"
    assert auth.unlock(session, PIN)
    assert auth.last_refusal is None
    auth.lock(session, reason="manual")
    auth.sign_out(session)
    assert _entries(db, before) == [
        ("officer.session_locked", "BP0123", "BP0123", {"reason": "idle"}),
        ("officer.unlock_refused", "BP0123", "BP0123",
         {"code": "unknown_or_wrong_pin", "failed_attempts": 1}),
        ("officer.session_unlocked", "BP0123", "BP0123", {"role": "guard"}),
        ("officer.session_locked", "BP0123", "BP0123", {"reason": "manual"}),
        ("officer.signed_out", "BP0123", "BP0123",
         {"started_at": "2026-03-10T04:00:00+00:00"}),
    ]
    assert audit.verify(db).ok


def test_lock_reasons(auth: AuthService, session: Session) -> None:
    with pytest.raises(ValueError, match="lock reason"):
        auth.lock(session, reason="lunch")


def test_wrong_pins_at_the_lock_screen_lock_the_account(
    auth: AuthService, session: Session
) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        assert not auth.unlock(session, "000000")
    assert auth.last_refusal is not None
    assert auth.last_refusal.code == "locked"
    assert not auth.unlock(session, PIN)
    assert _refused(auth, pin=PIN).code == "locked"


def test_a_session_of_an_officer_disabled_meanwhile_does_not_unlock(
    auth: AuthService, session: Session
) -> None:
    auth.lock(session)
    auth.store.set_disabled("BP0123", True, now=NOW)
    assert not auth.unlock(session, PIN)
    assert auth.last_refusal is not None
    assert auth.last_refusal.code == "disabled"


WRONG = "918273"


@pytest.fixture
def _every_action(auth: AuthService, session: Session, clock: Clock) -> None:
    auth.create_officer("GS0001", "Trần Thị Lan", "supervisor", "654321",
                        actor="AD0001")
    auth.lock(session)
    auth.unlock(session, WRONG)
    auth.unlock(session, PIN)
    for _ in range(MAX_FAILED_ATTEMPTS + 1):
        with pytest.raises(SignInRefused):
            auth.sign_in("GS0001", WRONG)
    auth.sign_out(session)


@pytest.mark.usefixtures("_every_action")
def test_the_audit_log_never_holds_a_pin_or_its_hash(db: Database) -> None:
    hashes = [r[0] for r in db.conn.execute("SELECT pin_hash FROM officers")]
    text = "\n".join(
        " ".join(str(v) for v in row) for row in db.conn.execute(
            "SELECT actor, action, entity_id, details FROM audit"))
    assert "officer.signed_in" in text
    assert "officer.sign_in_refused" in text
    salts_and_keys = [part for h in hashes for part in h.split("$")[4:]]
    for secret in (PIN, "654321", WRONG, *hashes, *salts_and_keys):
        assert secret not in text
    assert audit.verify(db).ok
