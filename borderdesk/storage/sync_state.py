"""The sync's own small state: a key/value table of JSON values.

Backoff (attempt, next attempt time), last success and last error, pull cursors and
the enrolment live here rather than in memory, so a restarted app or daemon carries
on where the last one stopped (research §4 "Proposal": backoff survives restarts).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from borderdesk.storage.db import write_transaction


class SyncState:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.conn.execute(
            "SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def field(self, key: str, name: str) -> tuple[Any] | None:
        """One member of the object stored under ``key``, read by SQLite without
        decoding the rest: ``(value,)`` (``(None,)`` when the object lacks it), or
        None when ``key`` is not set."""
        row = self.db.conn.execute(
            "SELECT json_extract(value, ?) FROM sync_state WHERE key = ?",
            (f"$.{name}", key)).fetchone()
        return None if row is None else (row[0],)

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in
                self.db.conn.execute("SELECT key, value FROM sync_state ORDER BY key")}

    def put(self, values: Mapping[str, Any], at: datetime | None = None) -> None:
        """Set several keys at once (one transaction, or the caller's); ``None``
        deletes a key."""
        stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat()
        with write_transaction(self.db):
            conn = self.db.conn
            for key, value in values.items():
                if value is None:
                    conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
                else:
                    conn.execute(
                        "INSERT INTO sync_state (key, value, updated_at) VALUES (?,?,?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
                        " updated_at = excluded.updated_at",
                        (key, json.dumps(value, ensure_ascii=False, sort_keys=True),
                         stamp),
                    )
