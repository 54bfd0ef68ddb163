"""Validation of a crossing: structured findings, never UI text.

Each :class:`Finding` has a stable ``code`` (the UI and the CLI translate it), the
``field`` it concerns as a path into the crossing's JSON shape (``persons[0].identity.
expiry_date``), ``params`` for the message, and a severity: an ERROR blocks saving, a
WARNING blocks it until the officer acknowledges that code on the crossing.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from borderdesk.core import cccd, countries, gates
from borderdesk.core.model import (
    Crossing,
    Decision,
    DocumentType,
    Identity,
    Role,
    Sex,
    TravelMode,
)


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    field: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "field": self.field,
            "params": self.params,
        }


def error(code: str, fld: str, /, **params: Any) -> Finding:
    return Finding(code, Severity.ERROR, fld, params)


def warning(code: str, fld: str, /, **params: Any) -> Finding:
    return Finding(code, Severity.WARNING, fld, params)


# How far a crossing time may lie ahead of the terminal clock (clock drift, typing).
FUTURE_TOLERANCE = timedelta(minutes=10)
MAX_AGE_YEARS = 130
MAX_NOTES = 2000
MAX_NAME = 120
BORDER_PASS_MAX_MONTHS = 12

_NAME_FORBIDDEN = re.compile(r"[0-9<|\x00-\x1f\x7f]")
_DOC_NUMBER = re.compile(r"^[A-Z0-9]{1,20}$")
_PASSPORT_NUMBER = re.compile(r"^[A-Z0-9]{1,9}$")
_VN_PASSPORT_NUMBER = re.compile(r"^[A-Z][0-9]{7}$|^[A-Z]{2}[0-9]{7}$")
_PLATE = re.compile(r"^[A-Z0-9][A-Z0-9 .\-]{1,14}$")
_VN_ROAD_PLATE = re.compile(r"^\d{2}[A-Z]{1,2}\d?[ -]?\d{3}\.?\d{2}$|^\d{2}[A-Z]{1,2}\d?[ -]?\d{4}$")
_PORT_DOCUMENTS = {DocumentType.SEAFARER_ID, DocumentType.CREW_CERTIFICATE}
_ROAD_ROLES = {Role.DRIVER, Role.PASSENGER}
_VESSEL_ROLES = {Role.CREW, Role.PASSENGER}


def validate(crossing: Crossing, now: datetime) -> list[Finding]:
    """All findings for ``crossing`` as it would be saved at ``now`` (aware datetime)."""
    out: list[Finding] = []
    gate = gates.get(crossing.gate)
    if gate is None:
        out.append(error("gate_unknown", "gate", gate=crossing.gate))
    for name in ("terminal", "officer"):
        if not getattr(crossing, name).strip():
            out.append(error("required", name))
    try:
        ZoneInfo(crossing.timezone)
    # OSError: a folder of the zone database ("Asia"), a name too long, ...
    except (ZoneInfoNotFoundError, ValueError, OSError):
        out.append(error("timezone_unknown", "timezone", timezone=crossing.timezone))
        return out  # every date rule below needs the gate's calendar
    if crossing.time_utc > now + FUTURE_TOLERANCE:
        out.append(error("time_in_future", "time_utc", time=crossing.time_utc.isoformat()))
    if len(crossing.notes) > MAX_NOTES:
        out.append(error("too_long", "notes", max=MAX_NOTES))
    if crossing.decision is Decision.REFUSED and not crossing.notes:
        out.append(error("refusal_reason_required", "notes"))
    out += _versioning(crossing)
    out += _people_and_vehicle(crossing)
    day = crossing.local_date
    for i, person in enumerate(crossing.persons):
        out += _identity(person.identity, f"persons[{i}].identity", day, gate)
    return out


def blocking(findings: list[Finding], acknowledged: frozenset[str]) -> list[Finding]:
    """The findings that stop a save: errors, and warnings not acknowledged."""
    return [
        f
        for f in findings
        if f.severity is Severity.ERROR or f.code not in acknowledged
    ]


def _versioning(c: Crossing) -> list[Finding]:
    out = []
    if c.version < 1:
        out.append(error("version_invalid", "version", version=c.version))
    if c.supersedes is not None and c.supersedes == c.id:
        out.append(error("supersedes_self", "supersedes"))
    if c.version > 1 and c.supersedes is None:
        out.append(error("supersedes_required", "supersedes", version=c.version))
    if c.version == 1 and c.supersedes is not None:
        out.append(error("version_invalid", "version", version=c.version))
    return out


def _people_and_vehicle(c: Crossing) -> list[Finding]:
    out: list[Finding] = []
    if not c.persons:
        return [error("persons_missing", "persons")]
    roles = [p.role for p in c.persons]
    if c.mode is TravelMode.FOOT:
        if c.vehicle is not None:
            out.append(error("vehicle_not_expected", "vehicle", mode=str(c.mode)))
        if roles != [Role.TRAVELLER]:
            out.append(error("foot_single_traveller", "persons", count=len(roles)))
        return out
    allowed = _VESSEL_ROLES if c.mode is TravelMode.VESSEL else _ROAD_ROLES
    for i, role in enumerate(roles):
        if role not in allowed:
            out.append(error("role_not_allowed", f"persons[{i}].role", role=str(role),
                             mode=str(c.mode)))
    if c.mode is not TravelMode.VESSEL:
        drivers = roles.count(Role.DRIVER)
        if drivers != 1:
            out.append(error("driver_count", "persons", count=drivers))
    if c.vehicle is None:
        out.append(error("vehicle_required", "vehicle", mode=str(c.mode)))
        return out
    v = c.vehicle
    if v.kind is not c.mode:
        out.append(error("vehicle_kind_mismatch", "vehicle.kind", kind=str(v.kind),
                         mode=str(c.mode)))
    if not v.plate:
        out.append(error("required", "vehicle.plate"))
    elif c.mode is not TravelMode.VESSEL and not _PLATE.match(v.plate):
        out.append(error("plate_invalid", "vehicle.plate", plate=v.plate))
    elif v.country == "VNM" and c.mode is not TravelMode.VESSEL and not _VN_ROAD_PLATE.match(
        v.plate
    ):
        out.append(warning("plate_unusual", "vehicle.plate", plate=v.plate))
    if not countries.is_known(v.country):
        out.append(error("country_unknown", "vehicle.country", code=v.country))
    return out


def _identity(
    ident: Identity, path: str, day: Any, gate: gates.Gate | None
) -> list[Finding]:
    out: list[Finding] = []
    if not ident.surname and not ident.given_names:
        out.append(error("name_missing", f"{path}.surname"))
    for name in ("surname", "given_names"):
        value = getattr(ident, name)
        if _NAME_FORBIDDEN.search(value):
            out.append(error("name_invalid_characters", f"{path}.{name}"))
        if len(value) > MAX_NAME:
            out.append(error("too_long", f"{path}.{name}", max=MAX_NAME))
    for name in ("nationality", "issuing_state"):
        code = getattr(ident, name)
        if not code:
            out.append(error("required", f"{path}.{name}"))
        elif not countries.is_known(code):
            out.append(error("country_unknown", f"{path}.{name}", code=code))
        elif code in countries.SPECIMEN_CODES:
            out.append(error("specimen_document", f"{path}.{name}", code=code))

    bd = ident.birth_date
    if bd is None:
        out.append(error("required", f"{path}.birth_date"))
    elif bd.earliest() > day:
        out.append(error("birth_date_in_future", f"{path}.birth_date", date=str(bd)))
    elif day.year - bd.year > MAX_AGE_YEARS:
        out.append(warning("birth_date_implausible", f"{path}.birth_date", date=str(bd)))

    out += _document(ident, path, day)
    if ident.expiry_date is not None:
        if bd is not None and ident.expiry_date <= bd.earliest():
            out.append(error("expiry_before_birth", f"{path}.expiry_date"))
        elif ident.expiry_date < day:
            out.append(warning("document_expired", f"{path}.expiry_date",
                               expiry=ident.expiry_date.isoformat()))
    elif ident.document_type is not DocumentType.CCCD:
        # Only the ID card may legitimately have no expiry (issued after age 60).
        out.append(error("required", f"{path}.expiry_date"))

    partner = ident.document_type.border_partner
    if partner is not None:
        allowed = {"VNM", partner}
        if ident.issuing_state not in allowed or ident.nationality not in allowed:
            out.append(error("border_pass_not_for_nationality", f"{path}.document_type",
                             partner=partner, nationality=ident.nationality))
        if gate is not None and gate.border != partner:
            out.append(warning("border_pass_wrong_border", f"{path}.document_type",
                               partner=partner, gate=gate.code, border=gate.border or "sea"))
        # A pass is issued for at most 12 months (Decree 76/2020), so on any day it is
        # used its expiry lies within a year.
        if ident.expiry_date is not None and ident.expiry_date > _a_year_after(day):
            out.append(warning("border_pass_validity_too_long", f"{path}.expiry_date",
                               expiry=ident.expiry_date.isoformat(),
                               max_months=BORDER_PASS_MAX_MONTHS))
    if (
        ident.document_type in _PORT_DOCUMENTS
        and gate is not None
        and gate.kind is not gates.GateKind.PORT
    ):
        out.append(warning("seafarer_document_at_land_gate", f"{path}.document_type",
                           gate=gate.code))
    return out


def _a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return date(day.year + 1, 3, 1)


def _document(ident: Identity, path: str, day: Any) -> list[Finding]:
    number = ident.document_number
    fld = f"{path}.document_number"
    if not number:
        return [error("required", fld)]
    dtype = ident.document_type
    if dtype is DocumentType.CCCD:
        return _cccd(ident, path)
    if dtype is DocumentType.PASSPORT:
        if not _PASSPORT_NUMBER.match(number):
            return [error("document_number_invalid", fld, number_length=len(number))]
        if ident.issuing_state == "VNM" and not _VN_PASSPORT_NUMBER.match(number):
            return [warning("document_number_unusual", fld)]
        return []
    if not _DOC_NUMBER.match(number):
        return [error("document_number_invalid", fld, number_length=len(number))]
    return []


def _cccd(ident: Identity, path: str) -> list[Finding]:
    out: list[Finding] = []
    fld = f"{path}.document_number"
    if ident.nationality != "VNM" or ident.issuing_state != "VNM":
        out.append(error("cccd_not_vietnamese", f"{path}.nationality",
                         nationality=ident.nationality))
    if not cccd.is_well_formed(ident.document_number):
        out.append(error("cccd_number_invalid", fld))
        return out
    parts = cccd.split(ident.document_number)
    if not parts.province_known:
        out.append(warning("cccd_province_unknown", fld, province=parts.province))
    bd = ident.birth_date
    if bd is not None:
        if bd.year % 100 != parts.year_two_digits:
            out.append(warning("cccd_birth_year_mismatch", fld,
                               number_year=f"{parts.year_two_digits:02d}", birth_year=bd.year))
        elif bd.year - bd.year % 100 != parts.century_start:
            out.append(warning("cccd_century_mismatch", fld, birth_year=bd.year))
    if ident.sex is not Sex.UNSPECIFIED and ident.sex is not parts.sex:
        out.append(warning("cccd_sex_mismatch", fld, number_sex=str(parts.sex),
                           sex=str(ident.sex)))
    return out
