"""The demo data generator: valid, realistic, reproducible, storable."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest

from borderdesk import demo
from borderdesk.core import cccd, gates
from borderdesk.core.codec import crossing_from_dict, crossing_to_dict
from borderdesk.core.ids import is_uuid7, timestamp_of
from borderdesk.core.model import (
    Crossing,
    Decision,
    Direction,
    DocumentType,
    Role,
    TravelMode,
)
from borderdesk.core.validation import Severity, blocking, validate
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db

START = date(2026, 3, 2)
DAYS = 7
NOW = datetime(2026, 3, 20, tzinfo=UTC)  # after every generated crossing
TZ = ZoneInfo(gates.VIETNAM_TZ)
# One gate of each kind and border.
GATES = ["MONGCAI", "LAOBAO", "MOCBAI", "DONGDANG", "CANGHAIPHONG"]
VN_PLATE = re.compile(r"^\d{2}[A-Z]{1,2}\d?-(\d{3}\.\d{2}|\d{4})$")


@cache
def sample(gate: str = "MONGCAI", n: int = 4000, seed: int = 0) -> tuple[Crossing, ...]:
    return tuple(demo.generate(n, start=START, days=DAYS, gate=gate, seed=seed))


def persons(crossings: tuple[Crossing, ...]) -> list:
    return [p for c in crossings for p in c.persons]


@pytest.mark.parametrize("gate", GATES)
def test_every_crossing_passes_validation(gate: str) -> None:
    crossings = sample(gate)
    assert len(crossings) == 4000
    stops = Counter(
        f.code for c in crossings for f in blocking(validate(c, NOW), c.acknowledged)
    )
    assert not stops, stops


@pytest.mark.parametrize("gate", GATES)
def test_acknowledges_exactly_the_warnings_it_raises(gate: str) -> None:
    for c in sample(gate):
        warnings = {f.code for f in validate(c, NOW) if f.severity is Severity.WARNING}
        assert warnings == set(c.acknowledged), c


def test_cccd_numbers_agree_with_sex_birth_year_and_province() -> None:
    found = 0
    for c in sample() + sample("MOCBAI"):
        for p in c.persons:
            ident = p.identity
            numbers = [ident.personal_number] if ident.personal_number else []
            if ident.document_type is DocumentType.CCCD:
                numbers.append(ident.document_number)
            for number in numbers:
                found += 1
                parts = cccd.split(number)
                assert parts.province_known
                assert parts.sex is ident.sex
                assert ident.birth_date is not None
                assert parts.birth_year == ident.birth_date.year
    assert found > 1000
    codes = {f.code for c in sample() for f in validate(c, NOW)}
    assert not {code for code in codes if code.startswith("cccd_")}


def test_ids_are_uuid7_carrying_the_crossing_time() -> None:
    crossings = sample()
    for c in crossings:
        assert is_uuid7(c.id)
        assert timestamp_of(c.id) == c.time_utc
    assert len({c.id for c in crossings}) == len(crossings)
    times = [c.time_utc for c in crossings]
    assert times == sorted(times)


def test_times_within_opening_hours_and_days_with_a_daytime_peak() -> None:
    crossings = sample()
    days = Counter(c.local_date for c in crossings)
    assert set(days) == {START + timedelta(days=d) for d in range(DAYS)}
    assert all(time(6) <= c.local_time.time() < time(22) for c in crossings)
    hours = Counter(c.local_time.hour for c in crossings)
    assert hours[9] > 2 * hours[6]
    assert hours[15] > 2 * hours[21]
    assert all(c.timezone == gates.VIETNAM_TZ for c in crossings)


def test_deterministic_for_a_seed() -> None:
    def dicts(seed: int) -> list[dict]:
        return [crossing_to_dict(c) for c in demo.generate(300, start=START, seed=seed)]

    assert dicts(7) == dicts(7)
    assert dicts(7) != dicts(8)


def test_content_mix_at_a_china_border_gate() -> None:
    crossings = sample()
    people = persons(crossings)
    types = Counter(p.identity.document_type for p in people)
    assert set(types) == set(DocumentType)
    # border passes at the gates of their own border most of the time
    assert types[DocumentType.BORDER_PASS_CN] > 10 * (
        types[DocumentType.BORDER_PASS_LA] + types[DocumentType.BORDER_PASS_KH]
    )
    nationalities = Counter(p.identity.nationality for p in people)
    assert nationalities["VNM"] > nationalities["CHN"] > 100
    assert len(nationalities) >= 6
    assert Counter(c.direction for c in crossings).keys() == set(Direction)
    decisions = Counter(c.decision for c in crossings)
    assert decisions[Decision.CLEARED] > 0.9 * len(crossings)
    assert decisions[Decision.REFUSED] > 10
    assert decisions[Decision.SECONDARY] > 10
    assert all(c.notes for c in crossings if c.decision is Decision.REFUSED)
    vehicles = [c for c in crossings if c.vehicle is not None]
    assert 0.15 < len(vehicles) / len(crossings) < 0.25
    assert {c.mode for c in vehicles} == {
        TravelMode.CAR,
        TravelMode.TRUCK,
        TravelMode.BUS,
        TravelMode.MOTORBIKE,
    }
    assert {c.vehicle.country for c in vehicles if c.vehicle} == {"VNM", "CHN"}
    for c in vehicles:
        roles = [p.role for p in c.persons]
        assert roles[0] is Role.DRIVER
        assert 1 <= len(roles) <= 4
        assert all(r is Role.PASSENGER for r in roles[1:])
        assert c.vehicle is not None
        if c.vehicle.country == "VNM":
            assert VN_PLATE.match(c.vehicle.plate), c.vehicle.plate
        assert c.persons[0].identity.nationality == c.vehicle.country
    expired = [c for c in crossings if "document_expired" in c.acknowledged]
    assert 0 < len(expired) < 0.03 * len(crossings)


def test_vietnamese_names_keep_their_diacritics() -> None:
    names = [p.identity for p in persons(sample()) if p.identity.nationality == "VNM"]
    surnames = Counter(i.surname for i in names)
    assert surnames.most_common(1)[0][0] == "Nguyễn"
    assert {"Trần", "Lê", "Phạm", "Đặng", "Đỗ", "Bùi"} <= set(surnames)
    assert any("Đ" in i.given_names or "đ" in i.given_names for i in names)
    assert any(i.given_names.startswith("Thị ") for i in names)
    vn_passports = [i for i in names if i.document_type is DocumentType.PASSPORT]
    assert vn_passports
    assert all(re.fullmatch(r"[A-Z]\d{7}", i.document_number) for i in vn_passports)


def test_port_gate_has_vessels_with_crew_and_seafarer_documents() -> None:
    crossings = sample("CANGHAIPHONG")
    vessels = [c for c in crossings if c.mode is TravelMode.VESSEL]
    assert vessels
    assert all(p.role is Role.CREW for c in vessels for p in c.persons)
    types = Counter(p.identity.document_type for p in persons(crossings))
    assert types[DocumentType.SEAFARER_ID] + types[
        DocumentType.CREW_CERTIFICATE
    ] > 0.3 * sum(types.values())


@pytest.mark.parametrize(("gate", "partner"), [("LAOBAO", "LAO"), ("MOCBAI", "KHM")])
def test_neighbours_and_plates_follow_the_border(gate: str, partner: str) -> None:
    crossings = sample(gate)
    nationalities = Counter(p.identity.nationality for p in persons(crossings))
    assert nationalities[partner] > 300
    assert {c.vehicle.country for c in crossings if c.vehicle} == {"VNM", partner}


def test_until_cuts_the_last_day() -> None:
    until = datetime.combine(START + timedelta(days=1), time(10, 30), TZ)
    crossings = list(demo.generate(2000, start=START, days=3, until=until))
    assert len(crossings) == 2000
    assert max(c.time_utc for c in crossings) <= until
    assert {c.local_date for c in crossings} == {START, START + timedelta(days=1)}
    with pytest.raises(ValueError, match="no opening hours"):
        list(demo.generate(5, start=START, until=datetime.combine(START, time(5), TZ)))


def test_arguments_are_checked() -> None:
    assert list(demo.generate(0, start=START)) == []
    with pytest.raises(ValueError, match="unknown gate"):
        list(demo.generate(1, start=START, gate="NOWHERE"))
    with pytest.raises(ValueError, match="days >= 1"):
        list(demo.generate(1, start=START, days=0))


def test_json_round_trip_and_storage() -> None:
    crossings = sample()[:600]
    for c in crossings:
        assert crossing_from_dict(crossing_to_dict(c)) == c
    db = open_db(":memory:")
    try:
        store = CrossingStore(db)
        results = store.record_many(crossings, actor="demo", now=NOW)
        assert all(r.created for r in results)
        assert store.count() == len(crossings)
        first = crossings[0].persons[0].identity
        by_number = store.by_document(first.document_number, limit=1000)
        assert crossings[0].id in {s.crossing.id for s in by_number}
        by_name = store.search_names(first.name_ascii.lower(), limit=1000)
        assert crossings[0].id in {s.crossing.id for s in by_name}
    finally:
        db.close()
