"""ICAO 9303 nationality / issuing-state codes and their names."""

from __future__ import annotations

import pytest

from borderdesk.core import countries


@pytest.mark.parametrize(
    "code",
    [
        "VNM",
        "CHN",
        "LAO",
        "KHM",
        "THA",
        "FRA",
        "USA",
        "D",
        "GBD",
        "GBN",
        "GBO",
        "GBP",
        "GBS",
        "UNO",
        "UNA",
        "UNK",
        "XXA",
        "XXB",
        "XXC",
        "XXX",
        "EUE",
        "UTO",
        "RKS",
    ],
)
def test_known_codes(code: str) -> None:
    assert countries.is_known(code)
    assert code in countries.all_codes()


@pytest.mark.parametrize("code", ["ZZZ", "", "VN", "VNMM", "XYZ", "<<<"])
def test_unknown_codes(code: str) -> None:
    assert not countries.is_known(code)
    assert countries.normalize_code(code) not in countries.all_codes()


def test_codes_are_normalised() -> None:
    assert countries.normalize_code(" d<< ") == "D"
    assert countries.is_known("vnm")
    assert countries.is_known("D<<")
    assert countries.is_known("DEU<")


def test_all_codes_cover_iso_and_icao() -> None:
    codes = countries.all_codes()
    assert len(codes) >= 270
    assert codes == sorted(set(codes))
    assert set(countries.ICAO_SPECIAL) <= set(codes)


@pytest.mark.parametrize(
    ("code", "vi"),
    [
        ("VNM", "Việt Nam"),
        ("KHM", "Campuchia"),
        ("LAO", "Lào"),
        ("D", "Đức"),
        ("XXA", "Người không quốc tịch"),
        ("CHN", "Trung Quốc"),
    ],
)
def test_vietnamese_names(code: str, vi: str) -> None:
    assert countries.name(code) == vi
    assert countries.name(code.lower(), lang="vi") == vi


def test_english_names() -> None:
    assert countries.name("VNM", lang="en") == "Vietnam"
    assert countries.name("D", lang="en") == "Germany"
    assert countries.name("LAO", lang="en").startswith("Lao")


def test_unknown_code_name_is_the_code() -> None:
    assert countries.name("ZZZ") == "ZZZ"
    assert countries.name("zzz", lang="en") == "ZZZ"


def test_every_code_has_names_in_both_languages() -> None:
    for code in countries.all_codes():
        assert countries.name(code, "vi"), code
        assert countries.name(code, "en"), code


def test_uto_is_the_only_specimen_code() -> None:
    assert {"UTO"} == countries.SPECIMEN_CODES
