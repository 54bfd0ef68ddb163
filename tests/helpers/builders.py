"""Builders of valid crossings for tests.

Every builder returns something that passes :func:`borderdesk.core.validation.validate`
at :data:`NOW` with no finding at all; a test overrides only what it is about::

    from helpers.builders import NOW, crossing, crossing_dict, person

    data = crossing_dict(notes="x")                       # JSON shape (a dict)
    c = crossing(decision="refused", notes="no visa")      # a Crossing object
    p = person(surname="Lý", document_type="cccd", document_number="001090012345")
    car = crossing(mode="car", vehicle=vehicle(), persons=[person(role="driver")])
    pre = predeclaration("TTBP-1", seq=1)  # a pre-declaration in the portal's shape

``crossing_dict`` makes a new UUIDv7 ``id`` on every call, so crossings built in a row
can all be recorded. Keys given as ``None`` are dropped (to test absent keys).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from borderdesk.core.codec import crossing_from_dict
from borderdesk.core.ids import new_id
from borderdesk.core.model import Crossing

#: The "current" time of tests that use a fixed clock (11:00 at the gate, UTC+7).
NOW = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
#: Default crossing time: one hour before :data:`NOW`.
TIME_UTC = NOW - timedelta(hours=1)

#: A well-formed CCCD number for a man born in 1990 in Hà Nội (001 0 90 012345).
CCCD_MAN_1990 = "001090012345"


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def identity(**overrides: Any) -> dict[str, Any]:
    """A valid identity: Vietnamese passport of Nguyễn Văn An, born 1990-05-17."""
    data = {
        "surname": "Nguyễn",
        "given_names": "Văn An",
        "sex": "M",
        "birth_date": "1990-05-17",
        "nationality": "VNM",
        "document_type": "passport",
        "document_number": "C1234567",
        "issuing_state": "VNM",
        "expiry_date": "2031-01-01",
        "personal_number": CCCD_MAN_1990,
    }
    data.update(overrides)
    return _drop_none(data)


def person(
    *, role: str = "traveller", decision: str | None = None, **identity_overrides: Any
) -> dict[str, Any]:
    """One entry of ``persons``: a role, an optional own decision, and an identity.

    Keyword arguments other than ``role``/``decision`` override identity keys.
    """
    out: dict[str, Any] = {"role": role, "identity": identity(**identity_overrides)}
    if decision is not None:
        out["decision"] = decision
    return out


def vehicle(**overrides: Any) -> dict[str, Any]:
    """A Vietnamese car (plate ``14A-123.45``)."""
    data = {"plate": "14A-123.45", "kind": "car", "country": "VNM"}
    data.update(overrides)
    return _drop_none(data)


def crossing_dict(**overrides: Any) -> dict[str, Any]:
    """A valid crossing in its JSON shape: one traveller on foot leaving at Móng Cái."""
    data: dict[str, Any] = {
        "id": new_id(),
        "gate": "MONGCAI",
        "terminal": "T01",
        "officer": "officer1",
        "direction": "exit",
        "mode": "foot",
        "time_utc": TIME_UTC.isoformat().replace("+00:00", "Z"),
        "timezone": "Asia/Ho_Chi_Minh",
        "decision": "cleared",
        "notes": "",
        "persons": [person()],
    }
    data.update(overrides)
    return _drop_none(data)


def crossing(**overrides: Any) -> Crossing:
    """:func:`crossing_dict` read into a :class:`~borderdesk.core.model.Crossing`."""
    return crossing_from_dict(crossing_dict(**overrides))


def car_crossing(**overrides: Any) -> Crossing:
    """A valid car crossing: a driver and one passenger in a Vietnamese car."""
    base: dict[str, Any] = {
        "mode": "car",
        "vehicle": vehicle(),
        "persons": [
            person(role="driver"),
            person(
                role="passenger",
                surname="Trần",
                given_names="Thị Bình",
                sex="F",
                birth_date="1992-02-29",
                document_number="C7654321",
                personal_number=None,
            ),
        ],
    }
    base.update(overrides)
    return crossing(**base)


def predeclaration(reference: str, *, seq: int = 1, persons: list[Any] | None = None,
                   **overrides: Any) -> dict[str, Any]:
    """A pre-declaration in the portal's feed shape: Nguyễn Văn An leaving Móng Cái
    on 2026-03-10 (the day of :data:`NOW`), confirmed."""
    data: dict[str, Any] = {
        "reference": reference, "seq": seq, "declarant": "Nguyễn Văn An",
        "gate": "MONGCAI", "direction": "exit", "expected_date": "2026-03-10",
        "status": "confirmed",
        "persons": [identity()] if persons is None else persons,
        "vehicle": None,
    }
    data.update(overrides)
    return data
