"""User-facing text for codes: findings, storage errors, field names and enum values.

Core and storage report stable codes and parameters, never sentences. This module
turns them into the current language. Source strings are English and marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them; they are translated when
shown (``QCoreApplication.translate``), so a language switch needs no rebuilding.

Placeholders are Python ``str.format`` names (``{expiry}``). A translation with a
broken placeholder falls back to the English source instead of failing.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from borderdesk.core import countries, gates
from borderdesk.core.model import (
    Decision,
    Direction,
    DocumentType,
    Role,
    Sex,
    TravelMode,
)
from borderdesk.core.validation import Finding
from borderdesk.storage.errors import StorageError
from borderdesk.ui import i18n

log = logging.getLogger(__name__)

_CTX_MESSAGES = "Messages"
_CTX_FIELDS = "Fields"
_CTX_LABELS = "Labels"

# -- findings (core/validation.py and core/codec.py) ------------------------------

FINDINGS: dict[str, str] = {
    # screening.py (the counter's checks against the watchlist and the history)
    "watchlist_hit": QT_TRANSLATE_NOOP(
        "Messages",
        "The document is on the watchlist ({categories}): it can only be recorded as "
        "referred to secondary control.",
    ),
    "no_entry_before_exit": QT_TRANSLATE_NOOP(
        "Messages",
        "This document's last crossing was also an exit ({previous_time} at "
        "{previous_gate}); no entry was recorded in between.",
    ),
    "entry_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "This document's last crossing was also an entry ({previous_time} at "
        "{previous_gate}); no exit was recorded in between.",
    ),
    # validation.py
    "border_pass_validity_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "A border pass is valid for at most {max_months} months, but this one "
        "expires on {expiry}.",
    ),
    "gate_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Border gate code {gate} is not in the list of gates."
    ),
    "required": QT_TRANSLATE_NOOP("Messages", "{field}: this field is required."),
    "timezone_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Time zone {timezone} is not valid."
    ),
    "time_in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The crossing time ({time}) is in the future: check this computer's clock.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field}: too long (at most {max} characters)."
    ),
    "refusal_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "A refusal needs a reason: write it in the notes."
    ),
    "version_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Record version {version} is not valid."
    ),
    "supersedes_self": QT_TRANSLATE_NOOP(
        "Messages", "A correction cannot replace itself."
    ),
    "supersedes_required": QT_TRANSLATE_NOOP(
        "Messages", "Version {version} must name the record it corrects."
    ),
    "persons_missing": QT_TRANSLATE_NOOP(
        "Messages", "The crossing has no person in it."
    ),
    "vehicle_not_expected": QT_TRANSLATE_NOOP(
        "Messages", "A crossing on foot cannot have a vehicle."
    ),
    "foot_single_traveller": QT_TRANSLATE_NOOP(
        "Messages", "A crossing on foot records exactly one traveller ({count} given)."
    ),
    "role_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "The role “{role}” is not allowed when travelling by “{mode}”."
    ),
    "driver_count": QT_TRANSLATE_NOOP(
        "Messages", "A vehicle needs exactly one driver ({count} given)."
    ),
    "vehicle_required": QT_TRANSLATE_NOOP(
        "Messages", "Travelling by “{mode}” needs the vehicle's details."
    ),
    "vehicle_kind_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The vehicle type “{kind}” does not match the means of travel “{mode}”.",
    ),
    "plate_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Licence plate {plate} is not valid."
    ),
    "plate_unusual": QT_TRANSLATE_NOOP(
        "Messages",
        "Licence plate {plate} does not look like a Vietnamese plate: check it.",
    ),
    "country_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{field}: country code {code} is not in the list of countries."
    ),
    "specimen_document": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {code} is the code of specimen documents, never of a real one.",
    ),
    "name_missing": QT_TRANSLATE_NOOP(
        "Messages", "Enter the surname or the given names."
    ),
    "name_invalid_characters": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a name cannot contain digits or the signs < and |."
    ),
    "birth_date_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The date of birth {date} is in the future."
    ),
    "birth_date_implausible": QT_TRANSLATE_NOOP(
        "Messages", "The date of birth {date} gives an implausible age: check it."
    ),
    "expiry_before_birth": QT_TRANSLATE_NOOP(
        "Messages", "The expiry date is before the date of birth."
    ),
    "document_expired": QT_TRANSLATE_NOOP(
        "Messages", "The document expired on {expiry}."
    ),
    "border_pass_not_for_nationality": QT_TRANSLATE_NOOP(
        "Messages",
        "A Vietnam–{partner} border pass is only for citizens of Vietnam and "
        "{partner} (nationality entered: {nationality}).",
    ),
    "border_pass_wrong_border": QT_TRANSLATE_NOOP(
        "Messages",
        "A Vietnam–{partner} border pass is used at {gate}, which is not on the "
        "border with {partner}.",
    ),
    "seafarer_document_at_land_gate": QT_TRANSLATE_NOOP(
        "Messages",
        "A seafarer's or crew document is used at {gate}, which is not a seaport.",
    ),
    "document_number_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The document number is not valid: use only letters A–Z and digits "
        "({number_length} characters entered).",
    ),
    "document_number_unusual": QT_TRANSLATE_NOOP(
        "Messages",
        "This does not look like a Vietnamese passport number (one or two letters "
        "and 7 digits): check it.",
    ),
    "cccd_not_vietnamese": QT_TRANSLATE_NOOP(
        "Messages",
        "An ID card (CCCD) is only issued to Vietnamese citizens "
        "(nationality entered: {nationality}).",
    ),
    "cccd_number_invalid": QT_TRANSLATE_NOOP(
        "Messages", "An ID card (CCCD) number has exactly 12 digits."
    ),
    "cccd_province_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID card number starts with {province}, which is not a province code.",
    ),
    "cccd_birth_year_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID card number gives the birth year as ..{number_year}, but the date of "
        "birth entered is in {birth_year}.",
    ),
    "cccd_century_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The century digit of the ID card number does not match the birth year "
        "{birth_year}.",
    ),
    "cccd_sex_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.",
    ),
    # cccd_qr.py (cross-checks of a scanned ID card QR code)
    "issue_before_birth": QT_TRANSLATE_NOOP(
        "Messages", "The ID card's issue date is before the date of birth."
    ),
    "issue_date_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The ID card's issue date {date} is in the future."
    ),
    "old_id_twelve_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "The old ID number in the QR code has 12 digits (an old ID has 9).",
    ),
    # codec.py (reading the JSON shape)
    "not_an_object": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a group of values was expected."
    ),
    "unknown_key": QT_TRANSLATE_NOOP("Messages", "{field}: unknown entry."),
    "not_a_string": QT_TRANSLATE_NOOP("Messages", "{field}: text was expected."),
    "value_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not allowed (allowed: {allowed})."
    ),
    "date_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” is not a valid date; write it as year-month-day, "
        "e.g. 2030-12-31.",
    ),
    "id_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a valid record id."
    ),
    "not_an_integer": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a whole number was expected."
    ),
    "time_without_zone": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the time has no time zone."
    ),
    "not_a_list": QT_TRANSLATE_NOOP("Messages", "{field}: a list was expected."),
}

# A more precise text for a code on one field (key: code, field without indices).
FINDINGS_BY_FIELD: dict[tuple[str, str], str] = {
    ("date_invalid", "persons.identity.birth_date"): QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” is not a valid date; write it as year-month-day "
        "(1985-03-02), or 1985-03 or 1985 when the day or month is unknown.",
    ),
}

# -- storage errors (storage/errors.py) -------------------------------------------

STORAGE: dict[str, str] = {
    "storage_error": QT_TRANSLATE_NOOP(
        "Messages", "The database reported an error. Nothing was saved."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding the database is full. Nothing was saved: free some space "
        "and try again.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is read-only. Nothing was saved: ask the technician to check "
        "the file permissions.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Messages", "The database is in use by another program. Try again in a moment."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged. Stop recording and call the technician.",
    ),
    "cannot_open": QT_TRANSLATE_NOOP("Messages", "The database file cannot be opened."),
    "id_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "A different record with the same id is already stored. Nothing was saved.",
    ),
    "supersede_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "The record to correct does not exist or has already been corrected.",
    ),
    "officer_exists": QT_TRANSLATE_NOOP(
        "Messages", "An officer with this ID already exists."
    ),
    "export_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The export could not be written; no file of it was left behind. Check the "
        "output folder and try again.",
    ),
}

UNKNOWN_CODE = QT_TRANSLATE_NOOP("Messages", "Unexpected problem (code {code}).")
# A refusal of the service layer's permission check (PermissionDenied.reason).
NOT_PERMITTED = {
    "role": QT_TRANSLATE_NOOP(
        "Messages", "Not permitted: your role does not allow this. Ask a supervisor."
    ),
    "account": QT_TRANSLATE_NOOP(
        "Messages",
        "Not permitted: this officer account is disabled or unknown. Ask an "
        "administrator.",
    ),
}

# -- field names (paths of the JSON shape, without list indices) ----------------

FIELDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Fields", "Record id"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version"),
    "supersedes": QT_TRANSLATE_NOOP("Fields", "Corrected record"),
    "gate": QT_TRANSLATE_NOOP("Fields", "Border gate"),
    "terminal": QT_TRANSLATE_NOOP("Fields", "Counter"),
    "officer": QT_TRANSLATE_NOOP("Fields", "Officer ID"),
    "direction": QT_TRANSLATE_NOOP("Fields", "Direction"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Means of travel"),
    "time_utc": QT_TRANSLATE_NOOP("Fields", "Crossing time"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "predeclaration_ref": QT_TRANSLATE_NOOP("Fields", "Pre-declaration number"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "acknowledged": QT_TRANSLATE_NOOP("Fields", "Acknowledged warnings"),
    "vehicle": QT_TRANSLATE_NOOP("Fields", "Vehicle"),
    "vehicle.plate": QT_TRANSLATE_NOOP("Fields", "Licence plate"),
    "vehicle.kind": QT_TRANSLATE_NOOP("Fields", "Vehicle type"),
    "vehicle.country": QT_TRANSLATE_NOOP("Fields", "Country of registration"),
    "persons": QT_TRANSLATE_NOOP("Fields", "Persons"),
    "persons.role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "persons.decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "persons.identity": QT_TRANSLATE_NOOP("Fields", "Identity"),
    "persons.identity.surname": QT_TRANSLATE_NOOP("Fields", "Surname"),
    "persons.identity.given_names": QT_TRANSLATE_NOOP("Fields", "Given names"),
    "persons.identity.sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "persons.identity.birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "persons.identity.nationality": QT_TRANSLATE_NOOP("Fields", "Nationality"),
    "persons.identity.document_type": QT_TRANSLATE_NOOP("Fields", "Document type"),
    "persons.identity.document_number": QT_TRANSLATE_NOOP("Fields", "Document number"),
    "persons.identity.issuing_state": QT_TRANSLATE_NOOP("Fields", "Issuing state"),
    "persons.identity.expiry_date": QT_TRANSLATE_NOOP("Fields", "Expiry date"),
    "persons.identity.personal_number": QT_TRANSLATE_NOOP("Fields", "Personal number"),
}

# -- enum values -----------------------------------------------------------------

DIRECTIONS: dict[Direction, str] = {
    Direction.EXIT: QT_TRANSLATE_NOOP("Labels", "Exit"),
    Direction.ENTRY: QT_TRANSLATE_NOOP("Labels", "Entry"),
}
DECISIONS: dict[Decision, str] = {
    Decision.CLEARED: QT_TRANSLATE_NOOP("Labels", "Cleared"),
    Decision.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    Decision.SECONDARY: QT_TRANSLATE_NOOP("Labels", "Secondary control"),
}
DECISIONS_SHORT: dict[Decision, str] = {
    Decision.CLEARED: QT_TRANSLATE_NOOP("Labels", "Cleared"),
    Decision.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    Decision.SECONDARY: QT_TRANSLATE_NOOP("Labels", "Secondary"),
}
DOCUMENT_TYPES: dict[DocumentType, str] = {
    DocumentType.PASSPORT: QT_TRANSLATE_NOOP("Labels", "Passport"),
    DocumentType.CCCD: QT_TRANSLATE_NOOP("Labels", "ID card (CCCD)"),
    DocumentType.BORDER_PASS_CN: QT_TRANSLATE_NOOP(
        "Labels", "Border pass Vietnam–China"
    ),
    DocumentType.BORDER_PASS_LA: QT_TRANSLATE_NOOP(
        "Labels", "Border pass Vietnam–Laos"
    ),
    DocumentType.BORDER_PASS_KH: QT_TRANSLATE_NOOP(
        "Labels", "Border pass Vietnam–Cambodia"
    ),
    DocumentType.SEAFARER_ID: QT_TRANSLATE_NOOP(
        "Labels", "Seafarer's identity document"
    ),
    DocumentType.CREW_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Labels", "Crew member certificate"
    ),
    DocumentType.TRAVEL_DOCUMENT: QT_TRANSLATE_NOOP("Labels", "Other travel document"),
}
DOCUMENT_TYPES_SHORT: dict[DocumentType, str] = {
    DocumentType.PASSPORT: QT_TRANSLATE_NOOP("Labels", "Passport"),
    DocumentType.CCCD: QT_TRANSLATE_NOOP("Labels", "ID card"),
    DocumentType.BORDER_PASS_CN: QT_TRANSLATE_NOOP("Labels", "Pass VN–CN"),
    DocumentType.BORDER_PASS_LA: QT_TRANSLATE_NOOP("Labels", "Pass VN–LA"),
    DocumentType.BORDER_PASS_KH: QT_TRANSLATE_NOOP("Labels", "Pass VN–KH"),
    DocumentType.SEAFARER_ID: QT_TRANSLATE_NOOP("Labels", "Seafarer ID"),
    DocumentType.CREW_CERTIFICATE: QT_TRANSLATE_NOOP("Labels", "Crew cert."),
    DocumentType.TRAVEL_DOCUMENT: QT_TRANSLATE_NOOP("Labels", "Other doc."),
}
SEXES: dict[Sex, str] = {
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    Sex.UNSPECIFIED: QT_TRANSLATE_NOOP("Labels", "Unspecified"),
}
ROLES: dict[Role, str] = {
    Role.TRAVELLER: QT_TRANSLATE_NOOP("Labels", "Traveller on foot"),
    Role.DRIVER: QT_TRANSLATE_NOOP("Labels", "Driver"),
    Role.PASSENGER: QT_TRANSLATE_NOOP("Labels", "Passenger"),
    Role.CREW: QT_TRANSLATE_NOOP("Labels", "Crew member"),
}
MODES: dict[TravelMode, str] = {
    TravelMode.FOOT: QT_TRANSLATE_NOOP("Labels", "On foot"),
    TravelMode.CAR: QT_TRANSLATE_NOOP("Labels", "Car"),
    TravelMode.TRUCK: QT_TRANSLATE_NOOP("Labels", "Truck"),
    TravelMode.BUS: QT_TRANSLATE_NOOP("Labels", "Bus"),
    TravelMode.MOTORBIKE: QT_TRANSLATE_NOOP("Labels", "Motorbike"),
    TravelMode.VESSEL: QT_TRANSLATE_NOOP("Labels", "Vessel"),
}
SYNC_STATES: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Labels", "Not queued"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "sending": QT_TRANSLATE_NOOP("Labels", "Sending"),
    # sent: transmitted, the portal's answer not received yet (timeout, crash)
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent, awaiting confirmation"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Synchronised"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "conflict": QT_TRANSLATE_NOOP("Labels", "Conflict"),
}
GATE_NAME = QT_TRANSLATE_NOOP("Labels", "{name} border gate")

_INDEX = re.compile(r"\[\d+\]")
# Parameters holding a country code are shown as the country's name; "code" is left
# alone because country_unknown/specimen_document are about the code itself.
_COUNTRY_PARAMS = {"partner", "nationality"}
_DATE_PARAMS = {"expiry"}


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def format_translated(context: str, source: str, params: Mapping[str, Any]) -> str:
    """``source`` translated in ``context`` with ``params`` filled in; a translation
    with a mistyped placeholder falls back to the source text rather than failing."""
    text = _translate(context, source)
    try:
        return text.format_map(params)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder: show the source, not a crash.
        log.warning("bad placeholder in the translation of %r", source)
        try:
            return source.format_map(params)
        except (KeyError, IndexError, ValueError):
            return source


def field_key(path: str) -> str:
    """``persons[0].identity.expiry_date`` -> ``persons.identity.expiry_date``."""
    return _INDEX.sub("", path)


def field_label(path: str) -> str:
    """The translated name of the field at ``path`` (the path itself if unknown)."""
    source = FIELDS.get(field_key(path))
    return _translate(_CTX_FIELDS, source) if source else path


def country_name(code: str) -> str:
    """The country's name in the current language (the code if unknown)."""
    return countries.name(code, i18n.current())


def gate_name(code: str) -> str:
    """``Cửa khẩu Móng Cái`` / ``Mong Cai border gate`` (the code if unknown)."""
    gate = gates.get(code)
    if gate is None:
        return code
    name = gate.name_vi if i18n.current() == "vi" else gate.name_en
    return format_translated(_CTX_LABELS, GATE_NAME, {"name": name})


def format_date(value: date) -> str:
    """A calendar date as the current language writes it (23/11/2026, 23 Nov 2026)."""
    qdate = QDate(value.year, value.month, value.day)
    return i18n.locale().toString(qdate, i18n.DATE_FORMATS[i18n.current()])


def format_datetime(value: datetime) -> str:
    """A local date and time as the guard reads it (``14:05 23/11/2026``)."""
    return f"{value:%H:%M} {format_date(value.date())}"


def _label(table: Mapping[Any, str], value: Any) -> str:
    source = table.get(value)
    return _translate(_CTX_LABELS, source) if source else str(value)


def direction_label(value: Direction | str) -> str:
    return _label(DIRECTIONS, _enum(Direction, value))


def decision_label(value: Decision | str, *, short: bool = False) -> str:
    return _label(DECISIONS_SHORT if short else DECISIONS, _enum(Decision, value))


def document_type_label(value: DocumentType | str, *, short: bool = False) -> str:
    return _label(
        DOCUMENT_TYPES_SHORT if short else DOCUMENT_TYPES, _enum(DocumentType, value)
    )


def sex_label(value: Sex | str) -> str:
    return _label(SEXES, _enum(Sex, value))


def role_label(value: Role | str) -> str:
    return _label(ROLES, _enum(Role, value))


def mode_label(value: TravelMode | str) -> str:
    return _label(MODES, _enum(TravelMode, value))


def sync_state_label(state: str) -> str:
    return _label(SYNC_STATES, state)


def _enum(kind: Any, value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return value


def _display_params(finding: Finding) -> dict[str, Any]:
    params: dict[str, Any] = dict(finding.params)
    for key, value in finding.params.items():
        if key in _COUNTRY_PARAMS and isinstance(value, str):
            params[key] = country_name(value)
        elif key in _DATE_PARAMS and isinstance(value, str):
            with contextlib.suppress(ValueError):
                params[key] = format_date(date.fromisoformat(value))
        elif (key in ("gate", "previous_gate") and isinstance(value, str)
              and gates.get(value)):
            params[key] = gate_name(value)
        elif key == "previous_time" and isinstance(value, str):
            with contextlib.suppress(ValueError):
                params[key] = format_datetime(datetime.fromisoformat(value))
        elif key == "role":
            params[key] = role_label(value)
        elif key in ("mode", "kind"):
            params[key] = mode_label(value)
        elif key in ("sex", "number_sex"):
            params[key] = sex_label(value)
        elif isinstance(value, list | tuple):
            params[key] = ", ".join(str(v) for v in value)
    params["field"] = field_label(finding.field)
    return params


def finding_text(finding: Finding) -> str:
    """One sentence in the current language explaining ``finding``."""
    source = FINDINGS_BY_FIELD.get((finding.code, field_key(finding.field)))
    source = source or FINDINGS.get(finding.code)
    if source is None:
        return unknown_code_text(finding.code)
    return format_translated(_CTX_MESSAGES, source, _display_params(finding))


def storage_error_text(error: StorageError) -> str:
    """What to tell the officer about a failure of the local database."""
    source = STORAGE.get(error.code)
    if source is None:
        return unknown_code_text(error.code)
    return _translate(_CTX_MESSAGES, source)


def not_permitted_text(reason: str) -> str:
    """What to tell the officer when the service refused an operation
    (``PermissionDenied.reason``: ``role``, else the account is the problem)."""
    source = NOT_PERMITTED["role" if reason == "role" else "account"]
    return _translate(_CTX_MESSAGES, source)


def unknown_code_text(code: str) -> str:
    """The generic message for a code this version has no text for."""
    return format_translated(_CTX_MESSAGES, UNKNOWN_CODE, {"code": code})
