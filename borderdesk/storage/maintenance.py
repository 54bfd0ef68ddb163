"""Whole-database checks and online backups."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from borderdesk.storage import audit
from borderdesk.storage.errors import StorageError, translate


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # "integrity", "foreign_key", "audit_chain", "payload_hash", "audit_missing"
    detail: str
    entity_id: str | int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail, "entity_id": self.entity_id}


@dataclass(frozen=True, slots=True)
class CheckReport:
    integrity: str
    chain: audit.ChainReport
    crossings: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "integrity": self.integrity,
            "audit_entries": self.chain.entries,
            "audit_head": self.chain.head,
            "crossings": self.crossings,
            "first_bad_audit_entry": self.chain.first_bad,
            "problems": [p.to_dict() for p in self.problems],
        }


MAX_REPORTED = 20  # a damaged file can have millions of bad rows; report the first ones


def check(db: Database) -> CheckReport:
    """SQLite's integrity check, foreign keys, the audit chain, and every crossing's
    stored payload against its hash and against the hash its audit entry recorded."""
    conn = db.conn
    problems: list[Problem] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        integrity = "ok" if rows == ["ok"] else "; ".join(rows[:MAX_REPORTED])
        if integrity != "ok":
            problems.append(Problem("integrity", integrity))
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            if len(problems) < MAX_REPORTED:
                problems.append(Problem("foreign_key", f"{table} row {rowid} -> {parent}",
                                        rowid))
        chain = audit.verify(db)
        if not chain.ok:
            problems.append(Problem("audit_chain", chain.problem or "broken", chain.first_bad))
        recorded = {}
        for eid, details in conn.execute(
            "SELECT entity_id, details FROM audit WHERE entity = 'crossing'"
            " AND action IN ('crossing.recorded', 'crossing.amended')"
        ):
            try:
                recorded[eid] = json.loads(details).get("payload_sha256")
            except (ValueError, AttributeError):
                recorded[eid] = None
        count = 0
        for cid, payload, digest in conn.execute(
            "SELECT id, payload, payload_sha256 FROM crossings"
        ):
            count += 1
            if len(problems) >= MAX_REPORTED:
                continue
            actual = hashlib.sha256(payload.encode("utf-8")).hexdigest()
            if actual != digest:
                problems.append(Problem("payload_hash", "stored payload was changed", cid))
            elif cid not in recorded:
                problems.append(Problem("audit_missing", "no audit entry records it", cid))
            elif recorded[cid] != digest:
                problems.append(Problem("payload_hash",
                                        "payload differs from the audited one", cid))
    except sqlite3.Error as exc:
        raise translate(exc) from exc
    return CheckReport(integrity, chain, count, problems)


def backup(db: Database, dest: Path) -> Path:
    """Consistent online copy of the database (SQLite backup API) to ``dest``.

    ``dest`` may be a directory (a time-stamped file name is chosen) or a file path
    that does not exist yet. The copy is written beside the target, checked, then
    renamed into place, so a failed backup never leaves a half-written file under
    the final name. Other connections may keep writing meanwhile.
    """
    if dest.is_dir():
        from datetime import datetime

        dest = dest / f"borderdesk-{datetime.now():%Y%m%d-%H%M%S}.db"
    if dest.exists():
        raise StorageError(f"{dest} already exists; choose another name")
    tmp = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(tmp)
        try:
            db.conn.backup(target, pages=1024)
            result = target.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise StorageError(f"The backup copy failed its integrity check: {result}")
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise translate(exc) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"Cannot write the backup: {exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
