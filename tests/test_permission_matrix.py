"""The permission matrix, end to end: every protected operation attempted by every role,
by a disabled officer, by an unknown id and by nobody, through the service layer and
through the command line.

Only what the role matrix allows succeeds; each refusal leaves exactly one
``permission.denied`` audit entry naming who, what, the terminal and the operation, and
changes nothing else.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers.builders import NOW, TIME_UTC, crossing, crossing_dict
from helpers.officers import (
    ADMIN,
    DISABLED,
    GUARD,
    GUARD2,
    SUPERVISOR,
    UNKNOWN_ID,
    TestOfficer,
    credentials,
    register,
)
from sqlite_utils import Database

from borderdesk import cli
from borderdesk.config import Settings
from borderdesk.core.model import Crossing
from borderdesk.core.permissions import Permission, allowed
from borderdesk.exports import ExportService
from borderdesk.services import (
    DENIED,
    AuthService,
    CounterService,
    PermissionDenied,
)
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db
from borderdesk.storage.officers import OfficerStore

P = Permission
#: Who attempts: the three roles, a disabled supervisor, an id nobody has, nobody.
ACTORS: dict[str, TestOfficer | str | None] = {
    "admin": ADMIN, "supervisor": SUPERVISOR, "guard": GUARD, "disabled": DISABLED,
    "unknown": UNKNOWN_ID, "nobody": None,
}


def _id(actor: TestOfficer | str | None) -> str | None:
    return actor.officer_id if isinstance(actor, TestOfficer) else actor


def _may(actor: TestOfficer | str | None, permission: Permission) -> bool:
    return (isinstance(actor, TestOfficer) and not actor.disabled
            and allowed(actor.role, permission))


def _denials(db: Database, since: int) -> list[dict[str, Any]]:
    return [
        {"actor": actor, "terminal": terminal, "entity_id": entity_id,
         **json.loads(details)}
        for actor, terminal, entity_id, details in db.conn.execute(
            "SELECT actor, terminal, entity_id, details FROM audit"
            " WHERE seq > ? AND action = ? ORDER BY seq", (since, DENIED))
    ]


def _last_seq(db: Database) -> int:
    return int(db.conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])


def _state(db: Database) -> tuple[Any, ...]:
    """Everything an operation could change, but the audit log."""
    return tuple(db.conn.execute(sql).fetchall() for sql in (
        "SELECT id FROM crossings ORDER BY id",
        "SELECT crossing_id FROM crossings_cancelled ORDER BY crossing_id",
        "SELECT message_id, state FROM outbox ORDER BY seq",
        "SELECT officer_id, role, disabled, pin_hash, failed_attempts, locked_until"
        " FROM officers ORDER BY officer_id",
    ))


# -- the service layer --------------------------------------------------------------


@dataclass
class World:
    db: Database
    service: CounterService
    auth: AuthService
    tmp_path: Path

    def stored(self, officer: str, *, days_ago: int = 0) -> Crossing:
        """A crossing already stored (straight into the store, as a setup)."""
        c = crossing(officer=officer or "OFFICER1",
                     time_utc=(TIME_UTC - timedelta(days=days_ago)).isoformat())
        CrossingStore(self.db).record(c, actor="setup", now=NOW)
        return c


def _amendment(of: Crossing, officer: str | None) -> Crossing:
    return crossing(officer=officer or of.officer, version=2, supersedes=of.id,
                    time_utc=of.time_utc.isoformat(), notes="sửa lại")


Run = Callable[[World, str | None], object]


def _record_own(w: World, a: str | None) -> object:
    return w.service.record(crossing(officer=a or "OFFICER1"), actor=a)


def _record_others(w: World, a: str | None) -> object:
    return w.service.record(crossing(officer="OFFICER1"), actor=a)


def _amend(owner: str | None, days_ago: int = 0) -> Run:
    def run(w: World, a: str | None) -> object:
        of = w.stored(owner if owner is not None else (a or ""), days_ago=days_ago)
        return w.service.record(_amendment(of, a), actor=a)
    return run


def _cancel(owner: str | None, days_ago: int = 0) -> Run:
    def run(w: World, a: str | None) -> object:
        of = w.stored(owner if owner is not None else (a or ""), days_ago=days_ago)
        return w.service.cancel(of.id, "ghi nhầm", a)
    return run


def _receipt(w: World, a: str | None) -> object:
    return w.service.receipt(w.stored("OFFICER1").id, actor=a)


def _enable(w: World, a: str | None) -> object:
    OfficerStore(w.db).set_disabled(GUARD2.officer_id, True, now=NOW)
    return w.auth.enable_officer(GUARD2.officer_id, a)


def _unlock(w: World, a: str | None) -> object:
    OfficerStore(w.db).set_attempts(GUARD2.officer_id, 0, NOW + timedelta(minutes=9),
                                    now=NOW)
    return w.auth.unlock_officer(GUARD2.officer_id, a)


OWN = None  # the stored crossing is the actor's own
SERVICE_OPS: dict[str, tuple[Permission, Run]] = {
    "record": (P.RECORD, _record_own),
    "record for another officer": (P.RECORD_FOR_OTHERS, _record_others),
    "amend own of today": (P.AMEND_OWN, _amend(OWN)),
    "amend another's": (P.AMEND_ANY, _amend("OFFICER1")),
    "amend own of yesterday": (P.AMEND_ANY, _amend(OWN, days_ago=1)),
    "cancel own of today": (P.CANCEL_OWN, _cancel(OWN)),
    "cancel another's": (P.CANCEL_ANY, _cancel("OFFICER1")),
    "cancel own of yesterday": (P.CANCEL_ANY, _cancel(OWN, days_ago=1)),
    "day": (P.VIEW_DAY, lambda w, a: w.service.day(NOW.date(), actor=a)),
    "find": (P.FIND, lambda w, a: w.service.find("nguyen van an", actor=a)),
    "receipt": (P.RECEIPT, _receipt),
    "flagged": (P.REVIEW, lambda w, a: w.service.flagged(NOW.date(), actor=a)),
    "check the database": (P.VIEW_AUDIT,
                           lambda w, a: w.service.check_database(actor=a)),
    "read the audit log": (P.VIEW_AUDIT,
                           lambda w, a: w.service.audit_entries(actor=a)),
    "backup": (P.DB_BACKUP,
               lambda w, a: w.service.backup(w.tmp_path / "copy.db", actor=a)),
    "export": (P.EXPORT, lambda w, a: ExportService(w.db, w.service.settings,
                                                    clock=w.service.clock).export(
        NOW.date(), NOW.date(), ["csv"], w.tmp_path / "out", actor=a)),
    "enrol": (P.ENROL, lambda w, a: w.service.authorize(a, P.ENROL, "enrol")),
    "sync": (P.SYNC, lambda w, a: w.service.authorize(a, P.SYNC, "sync")),
    "demo data": (P.DEMO_DATA,
                  lambda w, a: w.service.authorize(a, P.DEMO_DATA, "demo")),
    "list officers": (P.VIEW_OFFICERS, lambda w, a: w.auth.officers(actor=a)),
    "create an officer": (P.MANAGE_OFFICERS, lambda w, a: w.auth.create_officer(
        "BP0789", "Hà Văn Tư", "guard", "314159", a)),
    "disable an officer": (P.MANAGE_OFFICERS,
                           lambda w, a: w.auth.disable_officer(GUARD2.officer_id, a)),
    "enable an officer": (P.MANAGE_OFFICERS, _enable),
    "reset a PIN": (P.MANAGE_OFFICERS,
                    lambda w, a: w.auth.reset_pin(GUARD2.officer_id, "271828", a)),
    "unlock an officer": (P.MANAGE_OFFICERS, _unlock),
    "change a role": (P.MANAGE_OFFICERS,
                      lambda w, a: w.auth.set_role(GUARD2.officer_id, "supervisor", a)),
}


def test_every_permission_is_exercised() -> None:
    assert {p for p, _ in SERVICE_OPS.values()} == set(Permission)


@pytest.fixture
def world(db: Database, settings: Settings, tmp_path: Path) -> World:
    register(db)
    clock = lambda: NOW  # noqa: E731
    return World(db, CounterService(db, settings, clock=clock),
                 AuthService(db, settings, clock=clock), tmp_path)


@pytest.mark.parametrize("who", list(ACTORS))
@pytest.mark.parametrize("operation", list(SERVICE_OPS))
def test_service_layer(world: World, settings: Settings, operation: str, who: str
                       ) -> None:
    permission, run = SERVICE_OPS[operation]
    actor = ACTORS[who]
    db = world.db
    if not _may(actor, permission):
        # the setup (a stored crossing, a locked account) is part of the operation here
        seq = _last_seq(db)
        with pytest.raises(PermissionDenied) as info:
            run(world, _id(actor))
        denials = _denials(db, seq)
        assert len(denials) == 1
        [entry] = denials
        exc = info.value
        assert exc.code == "not_permitted"
        expected_actor = _id(actor) or "anonymous"
        assert entry["actor"] == expected_actor
        assert entry["terminal"] == settings.terminal
        assert entry["entity_id"] == entry["permission"] == str(exc.permission)
        assert entry["operation"] == exc.operation
        reason = {"disabled": "disabled", "unknown": "unknown_officer",
                  "nobody": "no_officer"}.get(who, "role")
        assert entry["reason"] == exc.reason == reason
        if reason == "role":
            assert exc.permission is permission
            assert entry["role"] == who
        return
    seq = _last_seq(db)
    run(world, _id(actor))
    assert _denials(db, seq) == []


@pytest.mark.parametrize(("operation", "who"), [
    (operation, who)
    for operation in ("record", "cancel another's", "backup", "create an officer",
                      "reset a PIN", "disable an officer")
    for who in ("guard", "disabled", "unknown", "nobody")
    if not _may(ACTORS[who], SERVICE_OPS[operation][0])
])
def test_a_refusal_changes_nothing(world: World, operation: str, who: str) -> None:
    """Checked before anything is done: only the denial entry is written."""
    _, run = SERVICE_OPS[operation]
    actor = ACTORS[who]
    if operation == "cancel another's":
        target = world.stored("OFFICER1")
        run = lambda w, a: w.service.cancel(target.id, "x", a)  # noqa: E731
    before, seq = _state(world.db), _last_seq(world.db)
    with pytest.raises(PermissionDenied):
        run(world, _id(actor))
    assert _state(world.db) == before
    actions = [r[0] for r in world.db.conn.execute(
        "SELECT action FROM audit WHERE seq > ?", (seq,))]
    assert actions == [DENIED]
    assert not (world.tmp_path / "copy.db").exists()


def test_a_disabled_officer_is_refused_at_once_even_signed_in(world: World) -> None:
    """A window signed in before the account was disabled (or its role lowered)."""
    session = world.auth.sign_in(GUARD2.officer_id, GUARD2.pin)
    assert world.service.day(NOW.date(), actor=session.officer.officer_id) == []
    world.auth.disable_officer(GUARD2.officer_id, ADMIN.officer_id)
    with pytest.raises(PermissionDenied) as info:
        world.service.day(NOW.date(), actor=session.officer.officer_id)
    assert info.value.reason == "disabled"
    world.auth.enable_officer(GUARD2.officer_id, ADMIN.officer_id)
    world.auth.set_role(SUPERVISOR.officer_id, "guard", ADMIN.officer_id)
    with pytest.raises(PermissionDenied):
        world.service.flagged(NOW.date(), actor=SUPERVISOR.officer_id)


# -- the command line ---------------------------------------------------------------

CLI_NOW = datetime.now(UTC) - timedelta(seconds=5)


@dataclass
class Terminal:
    path: Path
    tmp_path: Path

    def stored(self, officer: str, *, days_ago: int = 0) -> str:
        c = crossing(officer=officer or "OFFICER1",
                     time_utc=(CLI_NOW - timedelta(days=days_ago)).isoformat())
        db = open_db(self.path)
        try:
            CrossingStore(db).record(c, actor="setup")
        finally:
            db.close()
        return c.id

    def json_file(self, data: dict[str, Any]) -> str:
        path = self.tmp_path / "in.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return str(path)

    def officers(self, sql: str) -> None:
        db = open_db(self.path)
        try:
            db.conn.execute(sql)
            db.conn.commit()
        finally:
            db.close()


Argv = Callable[[Terminal, str | None], list[str]]


def _cli_record(officer: str | None) -> Argv:
    def argv(t: Terminal, a: str | None) -> list[str]:
        data = crossing_dict(time_utc=None, officer=officer)
        return ["record", "--json", t.json_file(data)]
    return argv


def _cli_amend(owner: str | None, days_ago: int = 0) -> Argv:
    def argv(t: Terminal, a: str | None) -> list[str]:
        target = t.stored(owner if owner is not None else (a or ""), days_ago=days_ago)
        data = crossing_dict(time_utc=(CLI_NOW - timedelta(days=days_ago)).isoformat(),
                             officer=None, version=2, supersedes=target, notes="sửa")
        return ["record", "--json", t.json_file(data)]
    return argv


def _cli_cancel(owner: str | None, days_ago: int = 0) -> Argv:
    def argv(t: Terminal, a: str | None) -> list[str]:
        target = t.stored(owner if owner is not None else (a or ""), days_ago=days_ago)
        return ["cancel", target, "--reason", "ghi nhầm"]
    return argv


def _cli_enable(t: Terminal, a: str | None) -> list[str]:
    t.officers("UPDATE officers SET disabled = 1 WHERE officer_id = 'BP0456'")
    return ["officer", "enable", GUARD2.officer_id]


def _cli_unlock(t: Terminal, a: str | None) -> list[str]:
    t.officers("UPDATE officers SET failed_attempts = 3 WHERE officer_id = 'BP0456'")
    return ["officer", "unlock", GUARD2.officer_id]


CLI_OPS: dict[str, tuple[Permission, Argv, str]] = {
    # name: (permission, argv, standard input after the acting officer's PIN)
    "record": (P.RECORD, _cli_record(None), ""),
    "record for another officer": (P.RECORD_FOR_OTHERS, _cli_record("officer1"), ""),
    "amend own of today": (P.AMEND_OWN, _cli_amend(OWN), ""),
    "amend another's": (P.AMEND_ANY, _cli_amend("OFFICER1"), ""),
    "amend own of yesterday": (P.AMEND_ANY, _cli_amend(OWN, days_ago=1), ""),
    "cancel own of today": (P.CANCEL_OWN, _cli_cancel(OWN), ""),
    "cancel another's": (P.CANCEL_ANY, _cli_cancel("OFFICER1"), ""),
    "list": (P.VIEW_DAY, lambda t, a: ["list"], ""),
    "find": (P.FIND, lambda t, a: ["find", "nguyen van an"], ""),
    "db check": (P.VIEW_AUDIT, lambda t, a: ["db", "check"], ""),
    "audit": (P.VIEW_AUDIT, lambda t, a: ["audit"], ""),
    "db backup": (P.DB_BACKUP,
                  lambda t, a: ["db", "backup", str(t.tmp_path / "copy.db")], ""),
    "demo": (P.DEMO_DATA, lambda t, a: ["demo", "--crossings", "2"], ""),
    "enrol": (P.ENROL, lambda t, a: ["enrol", "--portal", "http://127.0.0.1:1",
                                     "--code", "X"], ""),
    "sync --once": (P.SYNC, lambda t, a: ["sync", "--once"], ""),
    "sync status": (P.SYNC, lambda t, a: ["sync", "status"], ""),
    "export": (P.EXPORT, lambda t, a: ["export", "--date", CLI_NOW.date().isoformat(),
                                       "--format", "csv", "--out",
                                       str(t.tmp_path / "out")], ""),
    "officer list": (P.VIEW_OFFICERS, lambda t, a: ["officer", "list"], ""),
    "officer add": (P.MANAGE_OFFICERS,
                    lambda t, a: ["officer", "add", "BP0789", "--name", "Hà Văn Tư",
                                  "--role", "guard", "--pin-stdin"], "314159\n"),
    "officer disable": (P.MANAGE_OFFICERS,
                        lambda t, a: ["officer", "disable", GUARD2.officer_id], ""),
    "officer enable": (P.MANAGE_OFFICERS, _cli_enable, ""),
    "officer unlock": (P.MANAGE_OFFICERS, _cli_unlock, ""),
    "officer reset-pin": (P.MANAGE_OFFICERS,
                          lambda t, a: ["officer", "reset-pin", GUARD2.officer_id,
                                        "--pin-stdin"], "271828\n"),
    "officer set-role": (P.MANAGE_OFFICERS,
                         lambda t, a: ["officer", "set-role", GUARD2.officer_id,
                                       "--role", "supervisor"], ""),
}


def test_every_permission_is_exercised_on_the_command_line() -> None:
    # receipts and the flagged crossings have no command (the window shows them)
    covered = {p for p, _, _ in CLI_OPS.values()}
    assert covered | {P.RECEIPT, P.REVIEW} == set(Permission)


@pytest.mark.parametrize("who", list(ACTORS))
@pytest.mark.parametrize("operation", list(CLI_OPS))
def test_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str,
                      who: str) -> None:
    permission, argv, stdin = CLI_OPS[operation]
    actor = ACTORS[who]
    terminal = Terminal(tmp_path / "t.db", tmp_path)
    db = open_db(terminal.path)
    try:
        register(db)
        seq = _last_seq(db)
    finally:
        db.close()
    args = [*argv(terminal, _id(actor)), "--db", str(terminal.path)]
    args += (["--output", "json"] if args[0] == "record" else ["--json"])
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    if isinstance(actor, TestOfficer):
        with credentials(actor) as who_args:
            code = cli.main([*args, *who_args], out, err)
    elif actor is None:
        with credentials(None):
            code = cli.main(args, out, err)
    else:  # an id nobody has, with some PIN
        with credentials(TestOfficer(actor, "", GUARD.role, "000000")) as who_args:
            code = cli.main([*args, *who_args], out, err)
    db = open_db(terminal.path)
    try:
        denials = _denials(db, seq)
    finally:
        db.close()
    if _may(actor, permission):
        # done (enrol: the portal is not there; sync: the terminal is not enrolled)
        expected = {"enrol": 6, "sync --once": 1}.get(operation, cli.EXIT_OK)
        assert code == expected, (out.getvalue(), err.getvalue())
        assert denials == []
        return
    assert code == cli.EXIT_NOT_PERMITTED, (out.getvalue(), err.getvalue())
    result = json.loads(out.getvalue())
    if isinstance(result, list):  # record prints one result per crossing
        [result] = result
    error = {"disabled": "disabled", "unknown": "unknown_or_wrong_pin",
             "nobody": "officer_required"}.get(who, "not_permitted")
    assert result["error"] == error
    assert len(denials) == 1
    [entry] = denials
    assert entry["actor"] == (_id(actor) or "anonymous")
    assert entry["terminal"] == "T01"
    # the command as typed; an amendment refused for the role by CounterService.record
    typed = {"record for another officer": "record", "sync --once": "sync"}.get(
        operation, operation.split(" own")[0].split(" another")[0])
    if typed == "amend":
        typed = "amend" if who in ("admin", "supervisor", "guard") else "record"
    assert entry["operation"] == typed
    if who in ("admin", "supervisor", "guard"):
        assert result["permission"] == entry["permission"] == str(permission)
        assert entry["reason"] == "role"


@pytest.mark.parametrize("who", list(ACTORS))
def test_export_verify_needs_no_officer(tmp_path: Path, who: str) -> None:
    """It reads a file and the trusted public keys, nothing of the log."""
    actor = ACTORS[who]
    path = tmp_path / "t.db"
    db = open_db(path)
    try:
        register(db)
    finally:
        db.close()
    out, err = io.StringIO(), io.StringIO()
    officer = (actor if isinstance(actor, TestOfficer) or actor is None
               else TestOfficer(actor, "", GUARD.role, "000000"))
    with credentials(officer) as who_args:
        code = cli.main(["export", "verify", str(tmp_path / "nothing.csv"), "--db",
                         str(path), "--json", *who_args], out, err)
    assert code == 4  # not intact (there is no such file), whoever asks
    db = open_db(path)
    try:
        assert _denials(db, 0) == []
    finally:
        db.close()
