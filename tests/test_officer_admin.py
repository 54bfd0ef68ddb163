"""Administrators manage officers: disable, re-enable, reset a PIN, unlock, change a
role; through AuthService and ``borderdesk officer …``. Every change is audited, by
whom and on which terminal, and the audit log never holds a PIN or a PIN hash."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers.builders import NOW
from helpers.officers import (
    ADMIN,
    ALL,
    GUARD,
    GUARD2,
    SUPERVISOR,
    credentials,
    register,
    register_in,
)
from sqlite_utils import Database

from borderdesk import cli
from borderdesk.config import Settings
from borderdesk.core.model import OfficerRole
from borderdesk.services import (
    LOCKOUT,
    MAX_FAILED_ATTEMPTS,
    AuthService,
    OfficerInvalid,
    OfficerNotFound,
    SignInRefused,
)
from borderdesk.storage import audit
from borderdesk.storage.db import open_db

A = ADMIN.officer_id


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(db: Database, settings: Settings, clock: Clock) -> AuthService:
    register(db)
    return AuthService(db, settings, clock=clock)


def _entries(db: Database, since: int = 0) -> list[tuple[str, str, str, str, Any]]:
    return [(action, actor, terminal, entity_id, json.loads(details))
            for action, actor, terminal, entity_id, details in db.conn.execute(
                "SELECT action, actor, terminal, entity_id, details FROM audit"
                " WHERE seq > ? ORDER BY seq", (since,))]


def _seq(db: Database) -> int:
    return int(db.conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])


def _refusal(auth: AuthService, officer_id: str, pin: str) -> SignInRefused:
    with pytest.raises(SignInRefused) as info:
        auth.sign_in(officer_id, pin)
    return info.value


# -- disable and re-enable ------------------------------------------------------------


def test_disable_and_enable(auth: AuthService, db: Database) -> None:
    seq = _seq(db)
    assert auth.disable_officer("bp0456", A) is True
    assert _refusal(auth, GUARD2.officer_id, GUARD2.pin).code == "disabled"
    assert auth.disable_officer("BP0456", A) is False  # already: nothing written
    assert auth.enable_officer("BP0456", A) is True
    assert auth.sign_in("BP0456", GUARD2.pin).officer.officer_id == "BP0456"
    assert auth.enable_officer("BP0456", A) is False
    assert [e for e in _entries(db, seq) if e[0].startswith("officer.")
            and "sign" not in e[0]] == [
        ("officer.disabled", A, "T01", "BP0456", {}),
        ("officer.enabled", A, "T01", "BP0456", {}),
    ]


def test_an_admin_cannot_disable_or_demote_themselves(auth: AuthService) -> None:
    """So a terminal always keeps an administrator who can act."""
    with pytest.raises(OfficerInvalid) as info:
        auth.disable_officer("ad0001", A)
    assert info.value.code == "own_account"
    with pytest.raises(OfficerInvalid):
        auth.set_role(A, "guard", A)
    assert not auth.store.get(A).officer.disabled  # type: ignore[union-attr]


def test_an_unknown_officer(auth: AuthService, db: Database) -> None:
    seq = _seq(db)
    for change in (auth.disable_officer, auth.enable_officer, auth.unlock_officer):
        with pytest.raises(OfficerNotFound) as info:
            change("NOBODY1", A)
        assert info.value.code == "officer_unknown"
    with pytest.raises(OfficerNotFound):
        auth.reset_pin("NOBODY1", "555555", A)
    with pytest.raises(OfficerNotFound):
        auth.set_role("NOBODY1", "guard", A)
    assert _entries(db, seq) == []


# -- roles -------------------------------------------------------------------------


def test_set_role(auth: AuthService, db: Database) -> None:
    seq = _seq(db)
    assert auth.set_role("BP0456", "supervisor", A) is True
    record = auth.store.get("BP0456")
    assert record is not None
    assert record.officer.role is OfficerRole.SUPERVISOR
    assert auth.set_role("BP0456", OfficerRole.SUPERVISOR, A) is False
    with pytest.raises(OfficerInvalid) as info:
        auth.set_role("BP0456", "chief", A)
    assert info.value.code == "role_invalid"
    assert _entries(db, seq) == [
        ("officer.role_changed", A, "T01", "BP0456",
         {"previous": "guard", "role": "supervisor"})]
    # the new role holds at once: a supervisor may list the officers
    assert len(auth.officers(actor="BP0456")) == len(ALL)


# -- lockout, unlock, PIN reset --------------------------------------------------------


def _lock_out(auth: AuthService, officer_id: str = "BP0456") -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        _refusal(auth, officer_id, "000000")
    assert _refusal(auth, officer_id, GUARD2.pin).code == "locked"


def test_unlock_lifts_a_lockout_before_its_15_minutes(auth: AuthService, db: Database,
                                                      clock: Clock) -> None:
    _lock_out(auth)
    clock.now += timedelta(minutes=2)
    seq = _seq(db)
    assert auth.unlock_officer("bp0456", A) is True
    assert auth.sign_in("BP0456", GUARD2.pin).officer.officer_id == "BP0456"
    assert _entries(db, seq)[0] == (
        "officer.unlocked", A, "T01", "BP0456",
        {"was_locked": True, "failed_attempts": 0})
    assert auth.unlock_officer("BP0456", A) is False  # nothing to lift


def test_unlock_clears_failed_attempts_too(auth: AuthService, db: Database) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        _refusal(auth, "BP0456", "000000")
    assert auth.unlock_officer("BP0456", A) is True
    assert db.conn.execute("SELECT failed_attempts, locked_until FROM officers"
                           " WHERE officer_id = 'BP0456'").fetchone() == (0, None)
    # the count starts again: four more wrong PINs do not lock
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert _refusal(auth, "BP0456", "000000").code == "unknown_or_wrong_pin"


def test_without_an_unlock_the_lockout_lasts(auth: AuthService, clock: Clock) -> None:
    _lock_out(auth)
    clock.now += LOCKOUT - timedelta(seconds=1)
    assert _refusal(auth, "BP0456", GUARD2.pin).code == "locked"


def test_reset_pin(auth: AuthService, db: Database) -> None:
    _lock_out(auth)
    seq = _seq(db)
    auth.reset_pin("bp0456", "777777", A)
    assert _refusal(auth, "BP0456", GUARD2.pin).code == "unknown_or_wrong_pin"
    assert auth.sign_in("BP0456", "777777").officer.officer_id == "BP0456"  # unlocked
    assert _entries(db, seq)[0] == (
        "officer.pin_reset", A, "T01", "BP0456",
        {"was_locked": True, "failed_attempts": 0})
    with pytest.raises(OfficerInvalid) as info:
        auth.reset_pin("BP0456", "123", A)
    assert info.value.code == "pin_too_short"
    assert auth.sign_in("BP0456", "777777")  # unchanged by the refused one


def test_an_admin_may_reset_their_own_pin(auth: AuthService) -> None:
    auth.reset_pin(A, "998877", A)
    assert auth.sign_in(A, "998877")


# -- the command line ----------------------------------------------------------------


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    register_in(path)
    return path


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "",
        officer: Any = ADMIN) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    with credentials(officer) as who:
        code = cli.main([*argv, *who], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _cli_sign_in(path: Path, tmp_path: Path, officer_id: str, pin: str) -> str:
    db = open_db(path)
    try:
        auth = AuthService(db, Settings(data_dir=tmp_path / "data"))
        try:
            return auth.sign_in(officer_id, pin).officer.officer_id
        except SignInRefused as exc:
            return exc.code
    finally:
        db.close()


@pytest.mark.parametrize("command", ["disable", "enable", "unlock", "reset-pin",
                                     "set-role", "list"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["officer", command, "--help"]) == 0
    assert f"usage: borderdesk officer {command}" in capsys.readouterr().out


def test_disable_enable_and_set_role_commands(monkeypatch: pytest.MonkeyPatch,
                                              dbfile: Path, tmp_path: Path) -> None:
    db = ["--db", str(dbfile)]
    code, out, _ = run(monkeypatch, "officer", "disable", "bp0456", "--json", *db)
    assert code == cli.EXIT_OK
    assert json.loads(out) == {"status": "disabled", "officer_id": "BP0456",
                               "name": GUARD2.name, "role": "guard", "disabled": True}
    assert _cli_sign_in(dbfile, tmp_path, "BP0456", GUARD2.pin) == "disabled"
    code, out, _ = run(monkeypatch, "officer", "disable", "BP0456", *db)
    assert (code, out) == (cli.EXIT_OK, "BP0456: unchanged\n")
    code, out, _ = run(monkeypatch, "officer", "enable", "BP0456", *db)
    assert (code, out) == (cli.EXIT_OK, "BP0456: enabled\n")
    code, out, _ = run(monkeypatch, "officer", "set-role", "BP0456", "--role",
                       "supervisor", "--json", *db)
    assert json.loads(out)["status"] == "role_changed"
    assert json.loads(out)["role"] == "supervisor"
    code, out, _ = run(monkeypatch, "officer", "disable", "AD0001", "--json", *db)
    assert code == cli.EXIT_REFUSED
    assert json.loads(out)["error"] == "own_account"
    code, out, _ = run(monkeypatch, "officer", "enable", "NOBODY1", "--json", *db)
    assert code == cli.EXIT_REFUSED
    assert json.loads(out)["error"] == "officer_unknown"


def test_lockout_then_unlock_command(monkeypatch: pytest.MonkeyPatch, dbfile: Path,
                                     tmp_path: Path) -> None:
    db = ["--db", str(dbfile)]
    wrong = GUARD.__class__(GUARD.officer_id, GUARD.name, GUARD.role, "000000")
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        code, out, _ = run(monkeypatch, "list", "--json", *db, officer=wrong)
        assert code == cli.EXIT_NOT_PERMITTED
        assert json.loads(out)["error"] == "unknown_or_wrong_pin"
    code, out, _ = run(monkeypatch, "list", "--json", *db, officer=wrong)
    locked = json.loads(out)
    assert (code, locked["error"]) == (cli.EXIT_NOT_PERMITTED, "locked")
    assert locked["officer"] == "BP0123"
    assert locked["locked_until"]
    code, _, err = run(monkeypatch, "list", *db, officer=GUARD)  # the right PIN
    assert code == cli.EXIT_NOT_PERMITTED
    assert "locked out until" in err
    assert "an administrator can unlock it" in err
    code, out, _ = run(monkeypatch, "officer", "unlock", "BP0123", *db)
    assert (code, out) == (cli.EXIT_OK, "BP0123: unlocked\n")
    assert run(monkeypatch, "list", *db, officer=GUARD)[0] == cli.EXIT_OK


def test_reset_pin_command_reads_both_pins_from_stdin(
    monkeypatch: pytest.MonkeyPatch, dbfile: Path, tmp_path: Path
) -> None:
    db = ["--db", str(dbfile)]
    # no BORDERDESK_PIN: the admin's PIN is the first line, the new PIN the second
    code, out, _ = run(monkeypatch, "officer", "reset-pin", "BP0456", "--officer",
                       "AD0001", "--pin-stdin", *db, stdin="112233\n864209\n",
                       officer=None)
    assert (code, out) == (cli.EXIT_OK, "BP0456: pin reset\n")
    assert _cli_sign_in(dbfile, tmp_path, "BP0456", "864209") == "BP0456"
    # with BORDERDESK_PIN, stdin holds the new PIN only
    code, _, _ = run(monkeypatch, "officer", "reset-pin", "BP0456", "--pin-stdin", *db,
                     stdin="975310\n")
    assert code == cli.EXIT_OK
    assert _cli_sign_in(dbfile, tmp_path, "BP0456", "975310") == "BP0456"
    code, out, _ = run(monkeypatch, "officer", "reset-pin", "BP0456", "--pin-stdin",
                       "--json", *db, stdin="1\n")
    assert code == cli.EXIT_REFUSED
    assert json.loads(out)["error"] == "pin_too_short"


def test_no_pin_for_the_acting_officer(monkeypatch: pytest.MonkeyPatch, dbfile: Path
                                       ) -> None:
    code, out, err = run(monkeypatch, "list", "--officer", "AD0001", "--db",
                         str(dbfile), "--json", officer=None)
    assert code == cli.EXIT_USAGE
    assert json.loads(out)["error"] == "pin_missing"


def test_a_supervisor_may_not_manage_officers(monkeypatch: pytest.MonkeyPatch,
                                              dbfile: Path) -> None:
    code, _, err = run(monkeypatch, "officer", "disable", "BP0456", "--db",
                       str(dbfile), officer=SUPERVISOR)
    assert code == cli.EXIT_NOT_PERMITTED
    assert err == ("borderdesk: not permitted: GS0001 may not officer disable (it "
                   "needs the manage_officers permission)\n")


# -- what the audit log never holds --------------------------------------------------


def test_the_audit_log_and_the_logs_never_hold_a_pin_or_its_hash(
    monkeypatch: pytest.MonkeyPatch, dbfile: Path, tmp_path: Path
) -> None:
    db = ["--db", str(dbfile)]
    new_pins = ["864209", "975310", "314159"]
    run(monkeypatch, "officer", "add", "BP0789", "--name", "Hà Văn Tư", "--role",
        "guard", "--pin-stdin", *db, stdin=new_pins[2] + "\n")
    run(monkeypatch, "officer", "reset-pin", "BP0456", "--officer", "AD0001",
        "--pin-stdin", *db, stdin=f"112233\n{new_pins[0]}\n", officer=None)
    run(monkeypatch, "officer", "reset-pin", "BP0456", "--pin-stdin", *db,
        stdin=new_pins[1] + "\n")
    wrong = GUARD.__class__(GUARD.officer_id, GUARD.name, GUARD.role, "192837")
    for _ in range(MAX_FAILED_ATTEMPTS):
        run(monkeypatch, "list", *db, officer=wrong)
    run(monkeypatch, "officer", "unlock", "BP0123", *db)
    run(monkeypatch, "officer", "disable", "BP0123", *db)
    run(monkeypatch, "list", *db, officer=GUARD)  # disabled: refused
    run(monkeypatch, "officer", "list", *db, officer=GUARD2)  # not permitted

    database = open_db(dbfile)
    try:
        hashes = [r[0] for r in database.conn.execute("SELECT pin_hash FROM officers")]
        rows = database.conn.execute(
            "SELECT actor, action, entity, entity_id, details FROM audit").fetchall()
        assert audit.verify(database).ok
    finally:
        database.close()
    text = "\n".join(" ".join(str(v) for v in row) for row in rows)
    logs = "".join(p.read_text(encoding="utf-8")
                   for p in (tmp_path / "data" / "logs").glob("*") if p.is_file())
    actions = {row[1] for row in rows}
    assert {"officer.created", "officer.pin_reset", "officer.unlocked",
            "officer.disabled", "officer.sign_in_refused", "permission.denied",
            "officer.signed_in"} <= actions
    salts_and_keys = [part for h in hashes for part in h.split("$")[4:]]
    pins = [o.pin for o in ALL] + new_pins + ["192837"]
    for secret in (*pins, *hashes, *salts_and_keys):
        assert secret not in text
        assert secret not in logs
