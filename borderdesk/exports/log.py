"""The daily log of a gate: one row per person per crossing, read in one query.

The rows come from the relational columns the store writes with every crossing
(``crossings``, ``crossing_persons``), in the same transaction as its canonical payload;
the two fields that have no column of their own (the vehicle's country and the notes)
are taken from the payload by SQLite's ``json_extract``. Reading the columns instead of
parsing 20,000 JSON payloads into objects is what keeps an export of a busy day within
a second.

One row per *person* (not per crossing): a car with a driver and three passengers is
four rows, each repeating the crossing's time, direction, vehicle and decision, so a
spreadsheet can be filtered and counted by any person's attribute. ``crossing_index``
groups the rows of one crossing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from borderdesk.core import gates
from borderdesk.core.text import fold_ascii

_QUERY = """
SELECT c.id, c.version, c.supersedes, c.gate, c.terminal, c.officer, c.direction,
  c.mode, c.decision, c.time_utc, c.timezone, c.predeclaration_ref, c.vehicle_plate,
  json_extract(c.payload, '$.vehicle.country'), json_extract(c.payload, '$.notes'),
  (SELECT o.state FROM outbox o WHERE o.crossing_id = c.id ORDER BY o.seq DESC LIMIT 1),
  (SELECT s.id FROM crossings s WHERE s.supersedes = c.id),
  x.crossing_id IS NOT NULL, x.reason,
  p.role, p.decision, p.surname, p.given_names, p.sex, p.birth_date, p.nationality,
  p.document_type, p.document_number, p.issuing_state, p.expiry_date
FROM crossings c
JOIN crossing_persons p ON p.crossing_id = c.id
LEFT JOIN crossings_cancelled x ON x.crossing_id = c.id
WHERE c.local_date BETWEEN ? AND ? AND c.gate = ?
ORDER BY c.local_date, c.time_utc, c.id, p.seq
"""


@dataclass(slots=True)  # not frozen: a frozen __init__ costs ~8 µs more per row
class LogRow:
    """One person in one crossing, with the crossing's fields repeated (read-only by
    convention)."""

    seq: int  # 1-based row number in the log
    crossing_index: int  # 0-based: the rows of one crossing share it
    crossing_id: str
    version: int
    supersedes: str | None
    superseded_by: str | None
    gate: str
    terminal: str
    officer: str
    direction: str
    mode: str
    decision: str  # of the crossing as a whole
    local_time: datetime  # the gate's wall clock, naive (what a spreadsheet shows)
    predeclaration_ref: str | None
    plate: str | None
    vehicle_country: str | None
    notes: str
    sync_state: str  # of the crossing's newest outbox message; "none" without one
    cancelled: bool
    cancel_reason: str | None
    role: str
    person_decision: str
    full_name: str  # exactly as printed on the document (NFC)
    name_ascii: str  # the portal's upper-case ASCII form
    sex: str
    birth_date: str | None  # ISO 8601, possibly partial ("1988", "1988-11")
    nationality: str
    document_type: str
    document_number: str
    issuing_state: str
    expiry_date: date | None

    @property
    def counted(self) -> bool:
        """Counted in the summaries: neither cancelled nor replaced by an amendment."""
        return not self.cancelled and self.superseded_by is None


@dataclass(frozen=True, slots=True)
class DailyLog:
    """The rows of a gate's log over ``start``..``end`` (the gate's calendar days)."""

    gate: str
    start: date
    end: date
    timezone: str
    rows: list[LogRow]

    @property
    def crossings(self) -> int:
        return self.rows[-1].crossing_index + 1 if self.rows else 0

    @property
    def single_day(self) -> bool:
        return self.start == self.end

    def days(self) -> Iterator[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)

    def first_rows(self) -> Iterator[LogRow]:
        """The first row of each crossing (what crossing-level counts use)."""
        previous = -1
        for row in self.rows:
            if row.crossing_index != previous:
                previous = row.crossing_index
                yield row


_ascii = lru_cache(maxsize=65536)(fold_ascii)  # travellers come back: names repeat


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def gate_timezone(gate: str, default: str) -> str:
    found = gates.get(gate)
    return found.timezone if found is not None else default


def load(db: Database, gate: str, start: date, end: date,
         timezone: str = gates.VIETNAM_TZ) -> DailyLog:
    """The log of ``gate`` from ``start`` to ``end`` (inclusive), oldest first."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    gate = gate.strip().upper()
    rows: list[LogRow] = []
    index = -1
    last_id = None
    local = datetime.min
    cursor = db.conn.execute(_QUERY, (start.isoformat(), end.isoformat(), gate))
    for (cid, version, supersedes, c_gate, terminal, officer, direction, mode, decision,
         time_utc, tz, ref, plate, v_country, notes, state, superseded_by, cancelled,
         reason, role, p_decision, surname, given, sex, birth, nationality, doc_type,
         doc_number, issuing, expiry) in cursor:
        if cid != last_id:
            last_id = cid
            index += 1
            local = datetime.fromisoformat(time_utc).astimezone(_zone(tz)).replace(
                tzinfo=None)
        full_name = f"{surname} {given}".strip() if given else surname
        rows.append(LogRow(
            seq=len(rows) + 1, crossing_index=index, crossing_id=cid, version=version,
            supersedes=supersedes, superseded_by=superseded_by, gate=c_gate,
            terminal=terminal, officer=officer, direction=direction, mode=mode,
            decision=decision, local_time=local, predeclaration_ref=ref, plate=plate,
            vehicle_country=v_country, notes=notes or "", sync_state=state or "none",
            cancelled=bool(cancelled), cancel_reason=reason, role=role,
            person_decision=p_decision, full_name=full_name,
            name_ascii=_ascii(full_name), sex=sex, birth_date=birth,
            nationality=nationality, document_type=doc_type,
            document_number=doc_number, issuing_state=issuing,
            expiry_date=date.fromisoformat(expiry) if expiry else None,
        ))
    return DailyLog(gate, start, end, timezone, rows)


@dataclass(frozen=True, slots=True)
class ExportInfo:
    """Who made an export, where and when (printed in the PDF's footer)."""

    created_at: datetime  # aware
    terminal: str
    officer: str
    officer_names: Mapping[str, str] = field(default_factory=dict)  # id -> full name
