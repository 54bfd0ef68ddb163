"""Text rules: NFC, ASCII folding (Đ/đ, every Vietnamese tone mark), search keys."""

from __future__ import annotations

import unicodedata

import pytest

from borderdesk.core.text import (
    fold_ascii,
    is_portal_name,
    nfc,
    normalize_document_number,
    search_key,
    strip_marks,
)

# The 12 Vietnamese vowels (a ă â e ê i o ô ơ u ư y), each with the five tone marks
# (huyền, sắc, hỏi, ngã, nặng), and the base letter the portal writes for them.
_VOWELS = {
    "a": "aàáảãạ",
    "ă": "ăằắẳẵặ",
    "â": "âầấẩẫậ",
    "e": "eèéẻẽẹ",
    "ê": "êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ",
    "ô": "ôồốổỗộ",
    "ơ": "ơờớởỡợ",
    "u": "uùúủũụ",
    "ư": "ưừứửữự",
    "y": "yỳýỷỹỵ",
}
_BASE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u"}
_ALL_TONED = [
    (ch, _BASE.get(vowel, vowel)) for vowel, forms in _VOWELS.items() for ch in forms
]


def test_the_vowel_table_is_complete() -> None:
    assert len(_ALL_TONED) == 72
    assert len({ch for ch, _ in _ALL_TONED}) == 72


@pytest.mark.parametrize(("letter", "base"), _ALL_TONED)
def test_fold_ascii_every_vowel_and_tone(letter: str, base: str) -> None:
    assert fold_ascii(letter) == base.upper()
    assert fold_ascii(letter.upper()) == base.upper()
    # decomposed input folds the same way
    assert fold_ascii(unicodedata.normalize("NFD", letter)) == base.upper()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đ", "D"),
        ("đ", "D"),
        ("Đặng Đình Đức", "DANG DINH DUC"),
        ("đoàn", "DOAN"),
        ("Nguyễn Văn Đức", "NGUYEN VAN DUC"),
        ("Trương Thị Ngọc Ánh", "TRUONG THI NGOC ANH"),
        ("Lưu Hữu Phước", "LUU HUU PHUOC"),
        ("O'Brien-Smith, J.", "O BRIEN SMITH J"),
        ("  Lê   Văn\tTám  ", "LE VAN TAM"),
        ("Müller Straße", "MULLER STRASSE"),
        ("Łódź", "LODZ"),
        ("", ""),
    ],
)
def test_fold_ascii(text: str, expected: str) -> None:
    assert fold_ascii(text) == expected
    assert fold_ascii(text).isascii()


def test_strip_marks_keeps_case() -> None:
    assert strip_marks("Đặng Ánh") == "Dang Anh"


@pytest.mark.parametrize(
    "variant",
    [
        "Nguyễn Văn An",
        "nguyen van an",
        "NGUYEN VAN AN",
        "NGUYỄN VĂN AN",
        unicodedata.normalize("NFD", "Nguyễn Văn An"),
        "  Nguyễn   Văn An ",
    ],
)
def test_search_key_equality(variant: str) -> None:
    assert search_key(variant) == "nguyen van an"


def test_search_key_tells_different_names_apart() -> None:
    assert search_key("Nguyễn Văn An") != search_key("Nguyễn Văn Ân Ba")
    assert search_key("Đào") == search_key("dao")


def test_nfc_composes_and_folds_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", "Trần  Thị\nHằng ")
    assert nfc(decomposed) == "Trần Thị Hằng"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C1234567", "C1234567"),
        ("c1234567", "C1234567"),
        (" C 123 4567 ", "C1234567"),
        ("C-123-4567", "C1234567"),
        ("L898902C3<<", "L898902C3"),
        ("001.090/012345", "001090012345"),
        ("", ""),
    ],
)
def test_normalize_document_number(text: str, expected: str) -> None:
    assert normalize_document_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NGUYEN VAN AN", True),
        ("Nguyễn Văn An", False),
        ("NGUYEN  VAN", False),
        ("O'BRIEN", False),
        ("", False),
    ],
)
def test_is_portal_name(text: str, expected: bool) -> None:
    assert is_portal_name(text) is expected
