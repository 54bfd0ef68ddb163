"""The 12-digit personal identification number: PPP G YY NNNNNN."""

from __future__ import annotations

import pytest

from borderdesk.core import cccd
from borderdesk.core.model import Sex


def test_split_parts() -> None:
    parts = cccd.split("001090012345")
    assert parts == cccd.CccdNumber("001", Sex.MALE, 1900, 90, "012345")
    assert parts.birth_year == 1990
    assert parts.province_known
    assert cccd.PROVINCES[parts.province] == "Hà Nội"


@pytest.mark.parametrize(
    ("number", "sex", "birth_year"),
    [
        ("079090000001", Sex.MALE, 1990),  # 0: man, 1900s
        ("079190000001", Sex.FEMALE, 1990),  # 1: woman, 1900s
        ("079205000001", Sex.MALE, 2005),  # 2: man, 2000s
        ("079305000001", Sex.FEMALE, 2005),  # 3: woman, 2000s
        ("079400000001", Sex.MALE, 2100),  # 4: man, 2100s
        ("079501000001", Sex.FEMALE, 2101),  # 5: woman, 2100s
        ("079000000001", Sex.MALE, 1900),
        ("079199000001", Sex.FEMALE, 1999),
        ("079200000001", Sex.MALE, 2000),
    ],
)
def test_sex_and_century_digit(number: str, sex: Sex, birth_year: int) -> None:
    parts = cccd.split(number)
    assert (parts.sex, parts.birth_year) == (sex, birth_year)
    assert cccd.sex_century_digit(sex, birth_year) == int(number[3])


@pytest.mark.parametrize(
    ("sex", "year", "digit"),
    [
        (Sex.MALE, 1900, 0),
        (Sex.MALE, 1999, 0),
        (Sex.FEMALE, 1950, 1),
        (Sex.MALE, 2000, 2),
        (Sex.FEMALE, 2024, 3),
        (Sex.MALE, 2199, 4),
        (Sex.FEMALE, 2100, 5),
    ],
)
def test_sex_century_digit(sex: Sex, year: int, digit: int) -> None:
    assert cccd.sex_century_digit(sex, year) == digit


@pytest.mark.parametrize(
    "number",
    [
        "",
        "00109001234",
        "0010900123456",
        "00109001234A",
        "001 090012345",
        "001090012345\n",
        "００１０９００１２３４５",
        "٠٠١٠٩٠٠١٢٣٤٥",
    ],
)
def test_malformed_numbers(number: str) -> None:
    assert not cccd.is_well_formed(number)
    with pytest.raises(ValueError, match="12 digits"):
        cccd.split(number)


def test_unknown_province() -> None:
    parts = cccd.split("003090012345")  # 003 was never assigned
    assert not parts.province_known


def test_province_table() -> None:
    assert len(cccd.PROVINCES) == 63
    assert all(len(code) == 3 and code.isdigit() for code in cccd.PROVINCES)
    assert cccd.PROVINCES["079"] == "Hồ Chí Minh"
