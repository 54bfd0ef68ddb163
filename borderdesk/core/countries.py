"""ICAO 9303 nationality / issuing-state codes.

ICAO Doc 9303 Part 3 uses the ISO 3166-1 alpha-3 codes (taken from pycountry, which
also gives their English names; the Vietnamese names, in official contemporary usage,
are in :mod:`borderdesk.core.country_names_vi`) plus codes of its own:
Germany's one-letter ``D``, the British nationality classes, UN and other issuing
organisations, stateless persons and refugees, and the specimen state ``UTO``.
"""

from __future__ import annotations

import functools

import pycountry

from borderdesk.core.country_names_vi import NAMES_VI

# ICAO-only codes (Doc 9303 Part 3, section 5): code -> (English, Vietnamese).
ICAO_SPECIAL: dict[str, tuple[str, str]] = {
    "D": ("Germany", "Đức"),
    "EUE": ("European Union", "Liên minh châu Âu"),
    "GBD": (
        "British Overseas Territories Citizen",
        "Công dân Lãnh thổ hải ngoại thuộc Anh",
    ),
    "GBN": ("British National (Overseas)", "Công dân Anh (Hải ngoại)"),
    "GBO": ("British Overseas Citizen", "Công dân hải ngoại của Anh"),
    "GBP": ("British Protected Person", "Người được Anh bảo hộ"),
    "GBS": ("British Subject", "Thần dân Anh"),
    "RKS": ("Kosovo", "Kosovo"),
    "UNA": (
        "Specialized agency of the United Nations",
        "Cơ quan chuyên môn của Liên hợp quốc",
    ),
    "UNK": ("Resident of Kosovo (UNMIK)", "Cư dân Kosovo (UNMIK)"),
    "UNO": ("United Nations Organization", "Liên hợp quốc"),
    "XBA": ("African Development Bank", "Ngân hàng Phát triển châu Phi"),
    "XCC": ("Caribbean Community (CARICOM)", "Cộng đồng Caribe (CARICOM)"),
    "XCE": ("Council of Europe", "Hội đồng châu Âu"),
    "XCO": (
        "Common Market for Eastern and Southern Africa",
        "Thị trường chung Đông và Nam Phi",
    ),
    "XDC": ("Southern African Development Community", "Cộng đồng Phát triển Nam Phi"),
    "XEC": (
        "Economic Community of West African States",
        "Cộng đồng Kinh tế các Quốc gia Tây Phi",
    ),
    "XES": (
        "Organisation of Eastern Caribbean States",
        "Tổ chức các Quốc gia Đông Caribe",
    ),
    "XIM": ("African Export-Import Bank", "Ngân hàng Xuất nhập khẩu châu Phi"),
    "XMP": (
        "Parliamentary Assembly of the Mediterranean",
        "Hội đồng Nghị viện Địa Trung Hải",
    ),
    "XOM": ("Sovereign Military Order of Malta", "Dòng Hiệp sĩ Malta"),
    "XPO": ("INTERPOL", "INTERPOL"),
    "XXA": ("Stateless person", "Người không quốc tịch"),
    "XXB": ("Refugee (1951 Convention)", "Người tị nạn (theo Công ước 1951)"),
    "XXC": ("Refugee (other)", "Người tị nạn (khác)"),
    "XXX": ("Unspecified nationality", "Quốc tịch không xác định"),
    "UTO": ("Utopia (specimen)", "Utopia (mẫu)"),
}

# Codes that only appear on specimen documents; never on a real traveller's document.
SPECIMEN_CODES = frozenset({"UTO"})

def normalize_code(code: str) -> str:
    """Upper-case a code and drop MRZ fillers (``D<<`` -> ``D``)."""
    return code.strip().upper().rstrip("<")


@functools.cache
def _iso() -> dict[str, str]:
    return {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}


def is_known(code: str) -> bool:
    """True for every code ICAO 9303 allows as nationality or issuing state."""
    code = normalize_code(code)
    return code in _iso() or code in ICAO_SPECIAL


def all_codes() -> list[str]:
    """Every known code, sorted."""
    return sorted(set(_iso()) | set(ICAO_SPECIAL))


def name(code: str, lang: str = "vi") -> str:
    """Display name of a code in Vietnamese (``vi``) or English; the code if unknown."""
    code = normalize_code(code)
    if code in ICAO_SPECIAL:
        en, vi = ICAO_SPECIAL[code]
        return vi if lang == "vi" else en
    iso = _iso()
    if code not in iso:
        return code
    if lang != "vi":
        return iso[code]
    return NAMES_VI.get(code, iso[code])  # English if a newer pycountry adds a country
