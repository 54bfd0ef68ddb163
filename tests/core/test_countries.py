"""ICAO 9303 nationality / issuing-state codes and their names."""

from __future__ import annotations

import unicodedata

import pycountry
import pytest

from borderdesk.core import countries
from borderdesk.core.country_names_vi import NAMES_VI


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


def _iso_codes() -> list[str]:
    return [c.alpha_3 for c in pycountry.countries]


def test_every_iso_code_has_an_nfc_vietnamese_name() -> None:
    assert set(NAMES_VI) == set(_iso_codes())
    for code in _iso_codes():
        vi = countries.name(code, "vi")
        assert vi == NAMES_VI[code]
        assert vi.strip() == vi != "", code
        assert unicodedata.normalize("NFC", vi) == vi, code


def test_vietnamese_names_are_sorted_by_code_and_unique() -> None:
    assert list(NAMES_VI) == sorted(NAMES_VI)
    assert len(set(NAMES_VI.values())) == len(NAMES_VI)


def test_special_codes_have_nfc_vietnamese_names() -> None:
    for code, (en, vi) in countries.ICAO_SPECIAL.items():
        assert en and vi, code
        assert unicodedata.normalize("NFC", vi) == vi, code


# A hyphen is kept only where it belongs to the country's own name.
_HYPHENATED = {"GNB": "Guinea-Bissau"}


def test_no_phonetic_hyphenation() -> None:
    names = {code: countries.name(code, "vi") for code in countries.all_codes()}
    hyphenated = {code: vi for code, vi in names.items() if "-" in vi}
    assert hyphenated == _HYPHENATED


@pytest.mark.parametrize(
    "archaic",
    [
        "Nam Dương",
        "Do Thái",
        "Ba Tư",
        "Miến Điện",
        "Căm Bốt",
        "Nam Hàn",
        "Bắc Hàn",
        "Tích Lan",
        "Hoà Lan",
        "Ái Nhĩ Lan",
        "Czechia",
        "Türkiye",
        "Nhật",
        "Mỹ",
    ],
)
def test_archaic_or_untranslated_names_are_gone(archaic: str) -> None:
    assert archaic not in NAMES_VI.values()


@pytest.mark.parametrize(
    ("code", "vi"),
    [
        ("VNM", "Việt Nam"),
        ("CHN", "Trung Quốc"),
        ("LAO", "Lào"),
        ("KHM", "Campuchia"),
        ("THA", "Thái Lan"),
        ("JPN", "Nhật Bản"),
        ("KOR", "Hàn Quốc"),
        ("PRK", "Triều Tiên"),
        ("USA", "Hoa Kỳ"),
        ("GBR", "Vương quốc Anh"),
        ("IDN", "Indonesia"),
        ("ISR", "Israel"),
        ("IRN", "Iran"),
        ("IND", "Ấn Độ"),
        ("PHL", "Philippines"),
        ("MMR", "Myanmar"),
        ("MYS", "Malaysia"),
        ("SGP", "Singapore"),
        ("BRN", "Brunei"),
        ("TLS", "Đông Timor"),
        ("RUS", "Nga"),
        ("AUS", "Australia"),
        ("DEU", "Đức"),
        ("FRA", "Pháp"),
        ("ITA", "Italy"),
        ("CZE", "Séc"),
        ("TUR", "Thổ Nhĩ Kỳ"),
        ("SAU", "Ả Rập Xê Út"),
        ("ARE", "Các Tiểu vương quốc Ả Rập Thống nhất"),
        ("HKG", "Hồng Kông (Trung Quốc)"),
        ("MAC", "Ma Cao (Trung Quốc)"),
        ("TWN", "Đài Loan (Trung Quốc)"),
    ],
)
def test_contemporary_vietnamese_names(code: str, vi: str) -> None:
    assert countries.name(code, "vi") == vi


def test_english_names_still_come_from_pycountry() -> None:
    assert countries.name("IDN", "en") == "Indonesia"
    assert countries.name("TWN", "en") == "Taiwan"  # common_name, not the official one
    assert countries.name("KOR", "en") == "South Korea"
