"""Officers who sign in at this terminal: identity, role, PIN hash and lockout state.

The store only reads and writes rows; the rules (PIN checks, lockout, audit entries)
are :class:`borderdesk.services.AuthService`'s. Every write runs in its own
transaction, or as part of the caller's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from borderdesk.core.model import Officer, OfficerRole, normalize_officer_id
from borderdesk.storage.db import write_transaction
from borderdesk.storage.errors import StorageError


class OfficerExists(StorageError):
    """An officer with this id is already registered."""

    code = "officer_exists"


@dataclass(frozen=True, slots=True)
class OfficerRecord:
    """An officer's row: what sign-in needs besides the :class:`Officer` itself."""

    officer: Officer
    pin_hash: str
    failed_attempts: int
    locked_until: datetime | None
    created_at: str
    updated_at: str

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


_COLUMNS = ("officer_id, name, role, disabled, pin_hash, failed_attempts, locked_until,"
            " created_at, updated_at")


_OFFICER = "officer_id, name, role, disabled"


def _officer(oid: str, name: str, role: str, disabled: int) -> Officer:
    return Officer(oid, name, OfficerRole(role), bool(disabled))


class OfficerStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, officer_id: str) -> OfficerRecord | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM officers WHERE officer_id = ?",
            (normalize_officer_id(officer_id),)).fetchone()
        if row is None:
            return None
        oid, name, role, disabled, pin_hash, failed, locked, created, updated = row
        return OfficerRecord(
            officer=_officer(oid, name, role, disabled),
            pin_hash=pin_hash, failed_attempts=failed,
            locked_until=datetime.fromisoformat(locked) if locked else None,
            created_at=created, updated_at=updated,
        )

    def officer(self, officer_id: str) -> Officer | None:
        """The officer alone, without the sign-in state (what every permission check
        needs; :meth:`get` for the rest)."""
        row = self.db.conn.execute(
            f"SELECT {_OFFICER} FROM officers WHERE officer_id = ?",
            (normalize_officer_id(officer_id),)).fetchone()
        return None if row is None else _officer(*row)

    def all(self) -> list[Officer]:
        """Every officer, by id."""
        return [_officer(*row) for row in self.db.conn.execute(
            f"SELECT {_OFFICER} FROM officers ORDER BY officer_id")]

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM officers").fetchone()[0])

    def add(self, officer: Officer, pin_hash: str, *, now: datetime) -> None:
        """Register a new officer.

        Raises:
            OfficerExists: the id is taken.
        """
        stamp = _stamp(now)
        with write_transaction(self.db):
            if self.db.conn.execute("SELECT 1 FROM officers WHERE officer_id = ?",
                                    (officer.officer_id,)).fetchone():
                raise OfficerExists(f"Officer {officer.officer_id} already exists")
            self.db.conn.execute(
                "INSERT INTO officers (officer_id, name, role, pin_hash, disabled,"
                " failed_attempts, locked_until, created_at, updated_at)"
                " VALUES (?,?,?,?,?,0,NULL,?,?)",
                (officer.officer_id, officer.name, str(officer.role), pin_hash,
                 int(officer.disabled), stamp, stamp),
            )

    def set_attempts(self, officer_id: str, failed_attempts: int,
                     locked_until: datetime | None, *, now: datetime) -> None:
        """Record the consecutive failures and the lockout (None: not locked)."""
        until = None if locked_until is None else _stamp(locked_until)
        self._update(officer_id, now, failed_attempts=failed_attempts,
                     locked_until=until)

    def set_disabled(self, officer_id: str, disabled: bool, *, now: datetime) -> None:
        self._update(officer_id, now, disabled=int(disabled))

    def set_pin_hash(self, officer_id: str, pin_hash: str, *, now: datetime) -> None:
        self._update(officer_id, now, pin_hash=pin_hash)

    def set_role(self, officer_id: str, role: OfficerRole, *, now: datetime) -> None:
        self._update(officer_id, now, role=str(OfficerRole(role)))

    def _update(self, officer_id: str, now: datetime, **values: object) -> None:
        sets = ", ".join(f"{column} = ?" for column in values)
        with write_transaction(self.db):
            cursor = self.db.conn.execute(
                f"UPDATE officers SET {sets}, updated_at = ? WHERE officer_id = ?",
                (*values.values(), _stamp(now), normalize_officer_id(officer_id)))
            if cursor.rowcount != 1:
                raise KeyError(officer_id)
