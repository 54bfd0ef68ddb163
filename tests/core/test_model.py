"""The crossing model: partial dates, name normalisation, derived properties."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers.builders import car_crossing, crossing

from borderdesk.core.model import (
    Crossing,
    DocumentType,
    Identity,
    PartialDate,
    Role,
    Sex,
    TravelMode,
    Vehicle,
)

# -- PartialDate -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1980", PartialDate(1980)),
        ("1980-05", PartialDate(1980, 5)),
        ("1980-05-17", PartialDate(1980, 5, 17)),
        (" 2000-02-29 ", PartialDate(2000, 2, 29)),
    ],
)
def test_partial_date_parse(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected
    assert PartialDate.parse(text).isoformat() == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "80",
        "1980-5",
        "1980-05-7",
        "19800517",
        "1980/05/17",
        "1980-13",
        "1980-00",
        "1980-02-30",
        "1900-02-29",
        "2023-02-29",
        "0000",
        "1980-04-31",
        "1980-05-17T00:00",
        "abcd",
    ],
)
def test_partial_date_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each input fails its own way
        PartialDate.parse(text)


def test_partial_date_constructor_rejects_day_without_month() -> None:
    with pytest.raises(ValueError, match="day without a month"):
        PartialDate(1980, None, 5)


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (PartialDate(1980), date(1980, 1, 1), date(1980, 12, 31)),
        (PartialDate(1980, 5), date(1980, 5, 1), date(1980, 5, 31)),
        (PartialDate(1980, 4), date(1980, 4, 1), date(1980, 4, 30)),
        (PartialDate(1980, 12), date(1980, 12, 1), date(1980, 12, 31)),
        # leap years: divisible by 4, except centuries, except every 400 years
        (PartialDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
        (PartialDate(2023, 2), date(2023, 2, 1), date(2023, 2, 28)),
        (PartialDate(2000, 2), date(2000, 2, 1), date(2000, 2, 29)),
        (PartialDate(1900, 2), date(1900, 2, 1), date(1900, 2, 28)),
        (PartialDate(1980, 5, 17), date(1980, 5, 17), date(1980, 5, 17)),
        (PartialDate(9999, 12), date(9999, 12, 1), date(9999, 12, 31)),
    ],
)
def test_partial_date_bounds(value: PartialDate, earliest: date, latest: date) -> None:
    assert value.earliest() == earliest
    assert value.latest() == latest
    assert value.is_complete is (value.day is not None)


def test_partial_date_of_and_str() -> None:
    assert PartialDate.of(date(2004, 2, 29)) == PartialDate(2004, 2, 29)
    assert str(PartialDate(5, 1)) == "0005-01"


def test_partial_dates_order_by_year_first() -> None:
    assert PartialDate(1979, 12, 31) < PartialDate(1980, 1, 1) < PartialDate(1980, 2)


# -- Identity ----------------------------------------------------------------------


def _identity(**kw: object) -> Identity:
    base: dict[str, object] = {
        "surname": "Nguyễn",
        "given_names": "Văn An",
        "sex": Sex.MALE,
        "birth_date": PartialDate(1990, 5, 17),
        "nationality": "VNM",
        "document_type": DocumentType.PASSPORT,
        "document_number": "C1234567",
        "issuing_state": "VNM",
    }
    base.update(kw)
    return Identity(**base)  # type: ignore[arg-type]


def test_identity_names_are_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert decomposed != "Nguyễn"  # the test input really is decomposed
    ident = _identity(
        surname=decomposed, given_names=unicodedata.normalize("NFD", "Văn  An ")
    )
    assert ident.surname == "Nguyễn"
    assert unicodedata.is_normalized("NFC", ident.surname)
    assert ident.given_names == "Văn An"
    assert ident == _identity()


def test_identity_normalises_codes_and_numbers() -> None:
    ident = _identity(
        nationality=" d<<",
        issuing_state="vnm",
        document_number="c 123-4567",
        personal_number=" 001090012345 ",
    )
    assert ident.nationality == "D"
    assert ident.issuing_state == "VNM"
    assert ident.document_number == "C1234567"
    assert ident.personal_number == "001090012345"


def test_identity_full_name_and_name_ascii() -> None:
    ident = _identity(surname="Đặng", given_names="Thị Ngọc Ánh")
    assert ident.full_name == "Đặng Thị Ngọc Ánh"
    assert ident.name_ascii == "DANG THI NGOC ANH"
    assert _identity(surname="", given_names="Ánh").full_name == "Ánh"


# -- Vehicle and Crossing ------------------------------------------------------------


def test_vehicle_normalises_plate_and_country() -> None:
    v = Vehicle(plate="14a-123.45", kind=TravelMode.CAR, country="vnm")
    assert (v.plate, v.country) == ("14A-123.45", "VNM")


def test_crossing_requires_aware_time() -> None:
    c = crossing()
    with pytest.raises(ValueError, match="timezone-aware"):
        Crossing(**{**_fields(c), "time_utc": datetime(2026, 1, 1, 12, 0)})


def test_crossing_time_is_stored_in_utc() -> None:
    c = crossing()
    plus7 = timezone(timedelta(hours=7))
    moved = Crossing(
        **{**_fields(c), "time_utc": datetime(2026, 1, 2, 6, 30, tzinfo=plus7)}
    )
    assert moved.time_utc == datetime(2026, 1, 1, 23, 30, tzinfo=UTC)
    assert moved.time_utc.utcoffset() == timedelta(0)


def test_crossing_local_date_uses_gate_timezone() -> None:
    late = crossing(time_utc="2026-01-01T16:30:00Z")  # 23:30 in Vietnam
    early = crossing(time_utc="2026-01-01T17:30:00Z")  # 00:30 next day in Vietnam
    assert late.local_time.hour == 23
    assert late.local_date == date(2026, 1, 1)
    assert early.local_date == date(2026, 1, 2)


def test_crossing_normalises_gate_and_notes() -> None:
    c = crossing(gate=" mongcai ", notes="  x  ")
    assert (c.gate, c.notes) == ("MONGCAI", "x")


def test_principal_is_traveller_then_driver_then_first() -> None:
    assert crossing().principal is not None
    car = car_crossing()
    assert car.principal is not None
    assert car.principal.role is Role.DRIVER
    no_driver = car_crossing(persons=car_crossing_persons_without_driver())
    assert no_driver.principal is no_driver.persons[0]
    empty = Crossing(**{**_fields(crossing()), "persons": ()})
    assert empty.principal is None


def test_document_type_border_partner() -> None:
    assert DocumentType.BORDER_PASS_CN.border_partner == "CHN"
    assert DocumentType.BORDER_PASS_LA.border_partner == "LAO"
    assert DocumentType.BORDER_PASS_KH.border_partner == "KHM"
    assert DocumentType.PASSPORT.border_partner is None


def test_only_foot_needs_no_vehicle() -> None:
    assert [m for m in TravelMode if not m.needs_vehicle] == [TravelMode.FOOT]


def car_crossing_persons_without_driver() -> list[dict[str, object]]:
    from helpers.builders import person

    return [
        person(role="passenger"),
        person(role="passenger", document_number="C7654321"),
    ]


def _fields(c: Crossing) -> dict[str, object]:
    return {name: getattr(c, name) for name in Crossing.__dataclass_fields__}


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
       | st.lists(st.sampled_from(["a", "Ễ", " ", "\t", "\n", "\u00a0", "\u2003",
                                   "\u3000", "\x1c", "\x85", "e\u0301"]),
                  max_size=12).map("".join))
def test_nfc_folds_white_space_as_the_regex_did(text: str) -> None:
    import re

    from borderdesk.core.text import nfc

    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    assert nfc(text) == expected
