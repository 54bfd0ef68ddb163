"""The columns of the CSV and XLSX log, in order, with their types.

Both formats have the same columns; the CSV writes every value as text (dates in ISO
8601, ``YYYY-MM-DD`` and ``YYYY-MM-DD HH:MM:SS``), the XLSX keeps them typed (dates
as dates, the crossing time as a date-time, numbers as numbers). Enumerations are
written as their Vietnamese labels (:mod:`borderdesk.exports.labels`); codes that are
codes on the documents themselves (nationality, issuing state) stay codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from borderdesk.exports import labels
from borderdesk.exports.log import LogRow

INT, TEXT, DATE, DATETIME, PARTIAL_DATE = "int", "text", "date", "datetime", "partial"


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # labels.LABELS["col." + key] is the header
    kind: str
    width: float  # XLSX column width, in characters

    @property
    def header(self) -> str:
        return labels.text(f"col.{self.key}")


COLUMNS: tuple[Column, ...] = (
    Column("seq", INT, 7),
    Column("date", DATE, 11),
    Column("time", DATETIME, 19),
    Column("direction", TEXT, 11),
    Column("mode", TEXT, 11),
    Column("gate", TEXT, 12),
    Column("terminal", TEXT, 9),
    Column("officer", TEXT, 10),
    Column("decision", TEXT, 16),
    Column("role", TEXT, 13),
    Column("person_decision", TEXT, 16),
    Column("name", TEXT, 28),
    Column("name_ascii", TEXT, 28),
    Column("sex", TEXT, 9),
    Column("birth_date", PARTIAL_DATE, 11),
    Column("nationality", TEXT, 9),
    Column("document_type", TEXT, 24),
    Column("document_number", TEXT, 15),
    Column("issuing_state", TEXT, 9),
    Column("expiry_date", DATE, 11),
    Column("plate", TEXT, 14),
    Column("vehicle_country", TEXT, 9),
    Column("predeclaration", TEXT, 18),
    Column("version", INT, 9),
    Column("supersedes", TEXT, 38),
    Column("superseded_by", TEXT, 38),
    Column("cancelled", TEXT, 8),
    Column("cancel_reason", TEXT, 24),
    Column("notes", TEXT, 24),
    Column("sync_state", TEXT, 19),
    Column("crossing_id", TEXT, 38),
)

_YES = labels.text("yes")


def _label_cache(group: str) -> dict[str, str]:
    prefix = f"{group}."
    return {k[len(prefix):]: v for k, v in labels.LABELS.items()
            if k.startswith(prefix)}


_DIRECTION = _label_cache("direction")
_MODE = _label_cache("mode")
_DECISION = _label_cache("decision")
_ROLE = _label_cache("role")
_SEX = _label_cache("sex")
_DOC = _label_cache("doc")
_SYNC = _label_cache("sync")


def _birth(text: str | None) -> date | str | None:
    """A complete birth date as a date; a partial one ("1988-11") stays text."""
    if text and len(text) == 10:
        return date.fromisoformat(text)
    return text


def typed_values(row: LogRow) -> list[Any]:
    """The row's values in :data:`COLUMNS` order, typed; None for an empty cell."""
    return [
        row.seq, row.local_time.date(), row.local_time,
        _DIRECTION.get(row.direction, row.direction), _MODE.get(row.mode, row.mode),
        row.gate, row.terminal, row.officer, _DECISION.get(row.decision, row.decision),
        _ROLE.get(row.role, row.role),
        _DECISION.get(row.person_decision, row.person_decision),
        row.full_name, row.name_ascii, _SEX.get(row.sex, row.sex),
        _birth(row.birth_date),
        row.nationality, _DOC.get(row.document_type, row.document_type),
        row.document_number, row.issuing_state, row.expiry_date, row.plate,
        row.vehicle_country, row.predeclaration_ref, row.version, row.supersedes,
        row.superseded_by, _YES if row.cancelled else None, row.cancel_reason,
        row.notes or None, _SYNC.get(row.sync_state, row.sync_state), row.crossing_id,
    ]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(text: str | None) -> str:
    """Free text as a CSV cell Excel will not run as a formula (``=HYPERLINK(…)`` in a
    note): a leading ``'`` before ``= + - @`` (OWASP's advice for CSV injection). The
    XLSX needs none: its cells are typed strings."""
    if not text:
        return ""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def text_values(row: LogRow) -> list[str]:
    """The row's values in :data:`COLUMNS` order as text (the CSV's cells); free text
    (names, numbers as printed, notes, reasons) made inert for spreadsheets."""
    return [
        str(row.seq), row.local_time.date().isoformat(),
        row.local_time.isoformat(sep=" ", timespec="seconds"),
        _DIRECTION.get(row.direction, row.direction), _MODE.get(row.mode, row.mode),
        row.gate, _inert(row.terminal), _inert(row.officer),
        _DECISION.get(row.decision, row.decision), _ROLE.get(row.role, row.role),
        _DECISION.get(row.person_decision, row.person_decision),
        _inert(row.full_name), row.name_ascii, _SEX.get(row.sex, row.sex),
        row.birth_date or "", row.nationality,
        _DOC.get(row.document_type, row.document_type), _inert(row.document_number),
        row.issuing_state, row.expiry_date.isoformat() if row.expiry_date else "",
        _inert(row.plate), row.vehicle_country or "", _inert(row.predeclaration_ref),
        str(row.version), row.supersedes or "", row.superseded_by or "",
        _YES if row.cancelled else "", _inert(row.cancel_reason), _inert(row.notes),
        _SYNC.get(row.sync_state, row.sync_state), row.crossing_id,
    ]
