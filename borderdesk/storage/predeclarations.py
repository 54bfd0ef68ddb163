"""Pre-declarations pulled from the portal, for the counter to look up offline.

The portal's feed is a delta feed: an updated pre-declaration reappears with a higher
``seq``, so a page is applied as upserts that never let an older copy replace a newer
one (pages can be re-read after an interruption). Document numbers of the people in
each pre-declaration are indexed so a scanned passport finds its pre-declaration, and
their names are in an accent-insensitive full-text index (as crossings' names are).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from borderdesk.core.text import normalize_document_number
from borderdesk.storage.db import write_transaction
from borderdesk.storage.names import declared_identity, declared_name_keys, fts_queries


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False,
                                                 sort_keys=True)


class PredeclarationStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def upsert(self, items: Sequence[Mapping[str, Any]], at: datetime | None = None
               ) -> int:
        """Apply one page (in its own transaction, or the caller's).

        Raises:
            KeyError, TypeError, ValueError: an item lacks ``reference``/``seq`` or
                has the wrong types; nothing of the page is stored.
        """
        stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat()
        stored = 0
        with write_transaction(self.db):
            conn = self.db.conn
            for item in items:
                reference = item["reference"]
                if not isinstance(reference, str) or not reference:
                    raise ValueError("a pre-declaration without a reference")
                seq = item["seq"]
                if not isinstance(seq, int) or isinstance(seq, bool):
                    raise TypeError("seq must be an integer")
                persons = item.get("persons") or []
                if not isinstance(persons, list):
                    raise TypeError("persons must be a list")
                old = conn.execute(
                    "SELECT seq FROM predeclarations WHERE reference = ?",
                    (reference,)).fetchone()
                if old is not None and old[0] > seq:
                    continue  # an older copy, re-read after an interruption
                conn.execute(
                    "INSERT INTO predeclarations (reference, declarant, gate,"
                    " direction, expected_date, status, persons, vehicle, seq,"
                    " received_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(reference) DO UPDATE SET"
                    " declarant = excluded.declarant, gate = excluded.gate,"
                    " direction = excluded.direction,"
                    " expected_date = excluded.expected_date, status = excluded.status,"
                    " persons = excluded.persons, vehicle = excluded.vehicle,"
                    " seq = excluded.seq, received_at = excluded.received_at",
                    (reference, _text(item.get("declarant")), _text(item.get("gate")),
                     _text(item.get("direction")), _text(item.get("expected_date")),
                     _text(item.get("status")), _json(persons) or "[]",
                     _json(item.get("vehicle")), seq, stamp),
                )
                conn.execute("DELETE FROM predeclaration_documents WHERE reference = ?",
                             (reference,))
                conn.execute("DELETE FROM predeclaration_persons WHERE reference = ?",
                             (reference,))
                conn.executemany(
                    "INSERT INTO predeclaration_persons (reference, seq, name_key)"
                    " VALUES (?,?,?)",
                    [(reference, i, key) for i, key in declared_name_keys(persons)],
                )
                docs = set()
                for person in persons:
                    ident = declared_identity(person)
                    if not isinstance(ident, Mapping):
                        continue
                    number = ident.get("document_number")
                    if isinstance(number, str) and number.strip():
                        docs.add((str(ident.get("issuing_state") or ""),
                                  normalize_document_number(number)))
                conn.executemany(
                    "INSERT INTO predeclaration_documents (reference, issuing_state,"
                    " document_number) VALUES (?,?,?)",
                    [(reference, state, number) for state, number in sorted(docs)],
                )
                stored += 1
        return stored

    def get(self, reference: str) -> dict[str, Any] | None:
        rows = self._rows("WHERE reference = ?", (reference,))
        return rows[0] if rows else None

    def by_document(self, number: str, issuing_state: str | None = None, *,
                    gate: str | None = None, direction: str | None = None
                    ) -> list[dict[str, Any]]:
        """Pre-declarations naming a person with this document, newest first
        (optionally only those for ``gate`` and ``direction``)."""
        sql = ("WHERE reference IN (SELECT reference FROM predeclaration_documents"
               " WHERE document_number = ?")
        params: list[Any] = [normalize_document_number(number)]
        if issuing_state:
            sql += " AND issuing_state = ?"
            params.append(issuing_state)
        sql += ")"
        where, more = _filters(gate, direction)
        return self._rows(sql + where + " ORDER BY seq DESC", [*params, *more])

    def by_name(self, text: str, limit: int = 20, *, gate: str | None = None,
                direction: str | None = None) -> list[dict[str, Any]]:
        """Pre-declarations naming a person called ``text``, accent- and
        case-insensitively ("nguyen van an" finds "Nguyễn Văn An"), newest first."""
        where, more = _filters(gate, direction)
        for query in fts_queries(text):
            rows = self._rows(
                "WHERE reference IN (SELECT p.reference"
                " FROM predeclaration_persons_fts f"
                " JOIN predeclaration_persons p ON p.id = f.rowid"
                f" WHERE predeclaration_persons_fts MATCH ?){where}"
                " ORDER BY seq DESC LIMIT ?", [query, *more, limit])
            if rows:
                return rows
        return []

    def by_day(self, day: date, gate: str, *, status: str | None = None,
               limit: int = 2000) -> list[dict[str, Any]]:
        """The pre-declarations expected at ``gate`` on ``day`` (optionally only those
        in ``status``), by reference (index ``predeclarations_day``)."""
        sql = "WHERE expected_date = ? AND gate = ?"
        params: list[Any] = [day.isoformat(), gate.upper()]
        if status is not None:
            sql += " AND status = ?"
            params.append(status)
        return self._rows(sql + " ORDER BY reference LIMIT ?", [*params, limit])

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM predeclarations")
                   .fetchone()[0])

    def _rows(self, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        out = []
        for row in self.db.conn.execute(
            "SELECT reference, declarant, gate, direction, expected_date, status,"
            f" persons, vehicle, seq FROM predeclarations {where}", tuple(params)
        ):
            ref, declarant, gate, direction, expected, status, persons, vehicle, seq = (
                row)
            out.append({"reference": ref, "declarant": declarant, "gate": gate,
                        "direction": direction, "expected_date": expected,
                        "status": status, "persons": json.loads(persons),
                        "vehicle": json.loads(vehicle) if vehicle else None,
                        "seq": seq})
        return out


def _filters(gate: str | None, direction: str | None) -> tuple[str, list[Any]]:
    where, params = "", []
    if gate is not None:
        where += " AND gate = ?"
        params.append(gate.upper())
    if direction is not None:
        where += " AND direction = ?"
        params.append(str(direction))
    return where, params


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
