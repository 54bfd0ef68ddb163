"""The crossing's JSON shape: the one format ``record`` reads and ``list --json`` prints.

Reading is strict: every problem becomes an ERROR :class:`Finding` with the path of the
offending key, so a refused document is reported like any other validation failure.
Keys that only appear in output (``local_time``, ``name_ascii``, ``recorded_at``,
``sync_state``) are accepted and ignored, so what ``list --json`` prints can be fed
back to ``record``. Unknown keys are refused, because a misspelt key would otherwise
silently lose data.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from borderdesk.core import gates, jsontext
from borderdesk.core.ids import is_uuid7, new_id
from borderdesk.core.model import (
    Crossing,
    CrossingPerson,
    Decision,
    Direction,
    DocumentType,
    Identity,
    PartialDate,
    PreDeclaration,
    PreDeclarationStatus,
    Role,
    Sex,
    TravelMode,
    Vehicle,
)
from borderdesk.core.validation import Finding, error

SCHEMA = 1

_OUTPUT_ONLY = frozenset({"local_time", "name_ascii", "recorded_at", "sync_state",
                          "schema"})
# The keys each object may hold (the output-only ones included).
_CROSSING_KEYS = _OUTPUT_ONLY | {
    "id", "version", "supersedes", "gate", "terminal", "officer", "direction", "mode",
    "time_utc", "timezone", "decision", "predeclaration_ref", "notes", "vehicle",
    "persons", "acknowledged",
}
_PERSON_KEYS = _OUTPUT_ONLY | {"role", "decision", "identity"}
_IDENTITY_KEYS = _OUTPUT_ONLY | {
    "surname", "given_names", "sex", "birth_date", "nationality", "document_type",
    "document_number", "issuing_state", "expiry_date", "personal_number",
}
_VEHICLE_KEYS = _OUTPUT_ONLY | {"plate", "kind", "country"}
_PREDECLARATION_KEYS = _OUTPUT_ONLY | {
    "reference", "declarant", "gate", "direction", "expected_date", "status",
    "persons", "vehicle", "seq",
}

E = TypeVar("E")


class CrossingFormatError(ValueError):
    """The JSON could not be read as a crossing; ``findings`` says where and why."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("; ".join(f"{f.field}: {f.code}" for f in findings))
        self.findings = findings


def _at(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


class _Reader:
    """Collects findings while reading, so one pass reports every problem.

    Paths are built only for a finding (``prefix`` + ``.`` + key): the portal reads
    every crossing of every batch with this, so the success path stays lean.
    """

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def fail(self, code: str, path: str, **params: Any) -> None:
        self.findings.append(error(code, path, **params))

    def obj(self, value: Any, path: str, keys: frozenset[str]) -> Mapping[str, Any]:
        """``keys``: the keys allowed (the output-only ones included)."""
        if not isinstance(value, Mapping):
            self.fail("not_an_object", path)
            return {}
        if not value.keys() <= keys:
            for key in value:
                if key not in keys:
                    self.fail("unknown_key", f"{path}.{key}" if path else key)
        return value

    def text(self, m: Mapping[str, Any], key: str, prefix: str, *,
             required: bool = True, default: str = "") -> str:
        value = m.get(key)
        if isinstance(value, str):
            return value
        if value is None:
            if required:
                self.fail("required", _at(prefix, key))
            return default
        self.fail("not_a_string", _at(prefix, key))
        return default

    def enum(self, m: Mapping[str, Any], key: str, prefix: str, kind: type[E],
             default: E | None = None) -> E | None:
        value = m.get(key)
        if value is None:
            if default is None:
                self.fail("required", _at(prefix, key))
            return default
        try:
            return _members(kind)[value]
        except (KeyError, TypeError):  # TypeError: an unhashable list or object
            self.fail("value_not_allowed", _at(prefix, key), value=str(value),
                      allowed=_names(kind))
            return default

    def date_value(self, m: Mapping[str, Any], key: str, prefix: str) -> date | None:
        value = m.get(key)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail("date_invalid", _at(prefix, key), value=str(value))
            return None

    def partial_date(self, m: Mapping[str, Any], key: str, prefix: str
                     ) -> PartialDate | None:
        value = m.get(key)
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except (TypeError, ValueError, AttributeError):
            self.fail("date_invalid", _at(prefix, key), value=str(value))
            return None


def _names(kind: type[Any]) -> list[str]:
    # A fresh list each call (it ends up in a Finding), built from a cached tuple.
    return list(_enum_values(kind))


@functools.cache
def _enum_values(kind: type[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in kind)


@functools.cache
def _members(kind: type[E]) -> dict[str, E]:
    """Value -> member: what ``kind(value)`` finds, without its ~1 µs of machinery
    (these enums have no ``_missing_``)."""
    return {str(v): v for v in kind}  # type: ignore[attr-defined]


def crossing_from_dict(
    data: Any, *, defaults: Mapping[str, Any] | None = None, now: datetime | None = None
) -> Crossing:
    """Read one crossing from its JSON shape.

    Args:
        data: the decoded JSON object.
        defaults: values for absent top-level keys (``gate``, ``terminal``, ``officer``
            from the terminal's configuration).
        now: time used when ``time_utc`` is absent.

    Raises:
        CrossingFormatError: with one finding per problem found.
    """
    r = _Reader()
    m = r.obj(data, "", _CROSSING_KEYS)
    if r.findings:
        raise CrossingFormatError(r.findings)
    if defaults:
        m = {**defaults, **{k: v for k, v in m.items() if v is not None}}
    # Otherwise ``m`` is read as it is: every read below takes null for absent.

    # Absent (or null, or "") means a new crossing; anything else must be a UUIDv7.
    cid = m.get("id")
    if cid is None or cid == "":
        cid = new_id()
    if not isinstance(cid, str) or not is_uuid7(cid):
        r.fail("id_invalid", "id", value=str(cid))
    version = m.get("version")
    if version is None:
        version = 1
    elif not isinstance(version, int) or isinstance(version, bool):
        r.fail("not_an_integer", "version")
        version = 1
    gate_code = r.text(m, "gate", "")
    gate = gates.get(gate_code)
    timezone = r.text(m, "timezone", "", required=False,
                      default=gate.timezone if gate else gates.VIETNAM_TZ)
    time_utc = now or datetime.now(UTC)
    if m.get("time_utc") is not None:
        try:
            time_utc = datetime.fromisoformat(m["time_utc"])
            if time_utc.tzinfo is None:
                r.fail("time_without_zone", "time_utc")
                time_utc = time_utc.replace(tzinfo=UTC)
            # At the ends of the calendar the UTC or the gate's wall-clock time cannot
            # be represented (OverflowError in Crossing, local_date, validation).
            if not 1 < time_utc.astimezone(UTC).year < 9999:
                raise ValueError("out of range")
        except (TypeError, ValueError, OverflowError):
            r.fail("date_invalid", "time_utc", value=str(m["time_utc"]))
            time_utc = now or datetime.now(UTC)
    mode = r.enum(m, "mode", "", TravelMode, TravelMode.FOOT)
    decision = r.enum(m, "decision", "", Decision)
    direction = r.enum(m, "direction", "", Direction)

    vehicle = None
    if m.get("vehicle") is not None:
        vehicle = _vehicle(r, m["vehicle"], mode or TravelMode.CAR)

    persons = []
    raw_persons = m.get("persons")
    if not isinstance(raw_persons, list):
        r.fail("required" if raw_persons is None else "not_a_list", "persons")
        raw_persons = []
    default_role = Role.TRAVELLER if mode is TravelMode.FOOT else None
    for i, raw in enumerate(raw_persons):
        path = f"persons[{i}]"
        pm = r.obj(raw, path, _PERSON_KEYS)
        role = r.enum(pm, "role", path, Role, default_role)
        pdec = r.enum(pm, "decision", path, Decision, decision)
        ident = _identity(r, pm.get("identity"), f"{path}.identity")
        if role is not None and pdec is not None and ident is not None:
            persons.append(CrossingPerson(role, ident, pdec))

    ack = m.get("acknowledged")
    if ack is None:
        ack = []
    if not isinstance(ack, list) or not all(isinstance(a, str) for a in ack):
        r.fail("not_a_list", "acknowledged")
        ack = []
    supersedes = m.get("supersedes")
    if supersedes is not None and (not isinstance(supersedes, str) or not is_uuid7(supersedes)):
        r.fail("id_invalid", "supersedes", value=str(supersedes))
    ref = m.get("predeclaration_ref")
    if ref is not None and not isinstance(ref, str):
        r.fail("not_a_string", "predeclaration_ref")

    terminal = r.text(m, "terminal", "")
    officer = r.text(m, "officer", "")
    notes = r.text(m, "notes", "", required=False)
    if r.findings or direction is None or decision is None or mode is None:
        raise CrossingFormatError(r.findings)
    return Crossing(
        id=cid, gate=gate_code, terminal=terminal, officer=officer, direction=direction,
        mode=mode, time_utc=time_utc, timezone=timezone, persons=tuple(persons),
        decision=decision, vehicle=vehicle, predeclaration_ref=ref or None, notes=notes,
        version=version, supersedes=supersedes, acknowledged=frozenset(ack),
    )


def _identity(r: _Reader, raw: Any, path: str) -> Identity | None:
    if raw is None:
        r.fail("required", path)
        return None
    before = len(r.findings)
    im = r.obj(raw, path, _IDENTITY_KEYS)
    sex = r.enum(im, "sex", path, Sex)
    dtype = r.enum(im, "document_type", path, DocumentType)
    ident = Identity(
        surname=r.text(im, "surname", path, required=False),
        given_names=r.text(im, "given_names", path, required=False),
        sex=sex or Sex.UNSPECIFIED,
        birth_date=r.partial_date(im, "birth_date", path),
        nationality=r.text(im, "nationality", path),
        document_type=dtype or DocumentType.TRAVEL_DOCUMENT,
        document_number=r.text(im, "document_number", path),
        issuing_state=r.text(im, "issuing_state", path),
        expiry_date=r.date_value(im, "expiry_date", path),
        personal_number=r.text(im, "personal_number", path, required=False),
    )
    return ident if len(r.findings) == before else None


def identity_from_dict(data: Any, path: str = "identity") -> Identity:
    """One identity in its JSON shape (as the counter form holds it before the rest
    of the crossing is known). Raises CrossingFormatError with every problem."""
    r = _Reader()
    ident = _identity(r, data, path)
    if ident is None:
        raise CrossingFormatError(r.findings)
    return ident


def _vehicle(r: _Reader, raw: Any, default_kind: TravelMode) -> Vehicle:
    vm = r.obj(raw, "vehicle", _VEHICLE_KEYS)
    kind = r.enum(vm, "kind", "vehicle", TravelMode, default_kind)
    return Vehicle(
        plate=r.text(vm, "plate", "vehicle"),
        kind=kind or TravelMode.CAR,
        country=r.text(vm, "country", "vehicle"),
    )


def predeclaration_from_dict(data: Any) -> PreDeclaration:
    """Read a pre-declaration in the portal's feed shape (as the local store keeps it).

    A person may be an identity, or an object holding one under ``identity``.

    Raises:
        CrossingFormatError: with one finding per problem found.
    """
    r = _Reader()
    m = r.obj(data, "", _PREDECLARATION_KEYS)
    reference = r.text(m, "reference", "")
    declarant = r.text(m, "declarant", "", required=False)
    gate = r.text(m, "gate", "")
    direction = r.enum(m, "direction", "", Direction)
    status = r.enum(m, "status", "", PreDeclarationStatus)
    expected = r.date_value(m, "expected_date", "")
    if m.get("expected_date") is None:
        r.fail("required", "expected_date")
    raw_persons = m.get("persons")
    if not isinstance(raw_persons, list):
        r.fail("required" if raw_persons is None else "not_a_list", "persons")
        raw_persons = []
    persons = []
    for i, raw in enumerate(raw_persons):
        inner = raw.get("identity", raw) if isinstance(raw, Mapping) else raw
        ident = _identity(r, inner, f"persons[{i}]")
        if ident is not None:
            persons.append(ident)
    vehicle = None
    if m.get("vehicle") is not None:
        vehicle = _vehicle(r, m["vehicle"], TravelMode.CAR)
    if r.findings or direction is None or status is None or expected is None:
        raise CrossingFormatError(r.findings)
    return PreDeclaration(
        reference=reference, declarant=declarant, gate=gate.strip().upper(),
        direction=direction, expected_date=expected, persons=tuple(persons),
        status=status, vehicle=vehicle,
    )


def identity_to_dict(ident: Identity, *, derived: bool = True) -> dict[str, Any]:
    """An identity's JSON shape; ``derived=False`` leaves out ``name_ascii`` (computed
    from the names, so not stored or hashed)."""
    out: dict[str, Any] = {"surname": ident.surname, "given_names": ident.given_names}
    if derived:
        out["name_ascii"] = ident.name_ascii
    out.update(
        sex=str(ident.sex),
        birth_date=ident.birth_date.isoformat() if ident.birth_date else None,
        nationality=ident.nationality,
        document_type=str(ident.document_type),
        document_number=ident.document_number,
        issuing_state=ident.issuing_state,
        expiry_date=ident.expiry_date.isoformat() if ident.expiry_date else None,
        personal_number=ident.personal_number,
    )
    return out


def crossing_to_dict(c: Crossing, *, derived: bool = True) -> dict[str, Any]:
    """The JSON shape of a crossing. ``derived=False`` gives the stored payload: what
    was recorded, without the output-only ``local_time`` and ``name_ascii`` (they are
    not computed at all, which matters inside every save)."""
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "id": c.id,
        "version": c.version,
        "supersedes": c.supersedes,
        "gate": c.gate,
        "terminal": c.terminal,
        "officer": c.officer,
        "direction": str(c.direction),
        "mode": str(c.mode),
        "time_utc": c.time_utc.isoformat().replace("+00:00", "Z"),
        "timezone": c.timezone,
    }
    if derived:
        out["local_time"] = c.local_time.isoformat()
    out.update(
        decision=str(c.decision),
        predeclaration_ref=c.predeclaration_ref,
        notes=c.notes,
        vehicle=None if c.vehicle is None else {
            "plate": c.vehicle.plate, "kind": str(c.vehicle.kind),
            "country": c.vehicle.country,
        },
        persons=[
            {"role": str(p.role), "decision": str(p.decision),
             "identity": identity_to_dict(p.identity, derived=derived)}
            for p in c.persons
        ],
        acknowledged=sorted(c.acknowledged),
    )
    return out


def canonical_json(data: Any) -> str:
    """Deterministic JSON (sorted keys, no spaces, UTF-8 text) for hashing and storage
    (:mod:`borderdesk.core.jsontext`)."""
    return jsontext.canonical_json(data)


def payload_sha256(data: Any) -> str:
    return hashlib.sha256(jsontext.canonical_bytes(data)).hexdigest()


def crossing_from_payload(data: Mapping[str, Any]) -> Crossing:
    """Rebuild a crossing from a payload this program stored itself.

    Stored payloads are canonical output of :func:`crossing_to_dict` that passed
    :func:`crossing_from_dict` and validation on the way in, and ``db check`` re-hashes
    them against the audit log, so reading them back skips the strict reader's
    per-field diagnostics (about three times faster; lists of results read many).
    Anything else must go through :func:`crossing_from_dict`.
    """
    vehicle = data.get("vehicle")
    return Crossing(
        id=data["id"], gate=data["gate"], terminal=data["terminal"],
        officer=data["officer"], direction=Direction(data["direction"]),
        mode=TravelMode(data["mode"]),
        time_utc=datetime.fromisoformat(data["time_utc"]), timezone=data["timezone"],
        persons=tuple(
            CrossingPerson(Role(p["role"]), _identity_from_payload(p["identity"]),
                           Decision(p["decision"]))
            for p in data["persons"]
        ),
        decision=Decision(data["decision"]),
        vehicle=None if vehicle is None else Vehicle(
            vehicle["plate"], TravelMode(vehicle["kind"]), vehicle["country"]),
        predeclaration_ref=data.get("predeclaration_ref"), notes=data.get("notes", ""),
        version=data.get("version", 1), supersedes=data.get("supersedes"),
        acknowledged=frozenset(data.get("acknowledged", ())),
    )


def _identity_from_payload(i: Mapping[str, Any]) -> Identity:
    birth, expiry = i.get("birth_date"), i.get("expiry_date")
    return Identity(
        surname=i["surname"], given_names=i["given_names"], sex=Sex(i["sex"]),
        birth_date=PartialDate.parse(birth) if birth else None,
        nationality=i["nationality"], document_type=DocumentType(i["document_type"]),
        document_number=i["document_number"], issuing_state=i["issuing_state"],
        expiry_date=date.fromisoformat(expiry) if expiry else None,
        personal_number=i.get("personal_number", ""),
    )
