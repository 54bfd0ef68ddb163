"""Structure of the 12-digit personal identification number (CCCD / Căn cước).

``PPP G YY NNNNNN`` (Circular 07/2016/TT-BCA, kept by the Law on Identification 2023):
the province of birth registration, one digit for sex and century, the last two digits
of the birth year, and a serial number. Even century digits are men, odd are women:
0/1 for births 1900–1999, 2/3 for 2000–2099, 4/5 for 2100–2199, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderdesk.core.model import Sex

# Province codes of Circular 07/2016/TT-BCA (the 63 provinces at the time; numbers
# issued before the 2025 province merger keep them).
PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}

# ASCII digits only (\d would accept full-width and Arabic-Indic digits) and \Z, not $,
# which would let a trailing newline through.
_NUMBER = re.compile(r"^[0-9]{12}\Z")


@dataclass(frozen=True, slots=True)
class CccdNumber:
    """The parts of a well-formed 12-digit number."""

    province: str
    sex: Sex
    century_start: int  # 1900, 2000, ...
    year_two_digits: int
    serial: str

    @property
    def birth_year(self) -> int:
        return self.century_start + self.year_two_digits

    @property
    def province_known(self) -> bool:
        return self.province in PROVINCES


def is_well_formed(number: str) -> bool:
    return bool(_NUMBER.match(number))


def split(number: str) -> CccdNumber:
    """Split a 12-digit number into its parts; ValueError if it is not 12 digits."""
    if not is_well_formed(number):
        raise ValueError("a CCCD number has exactly 12 digits")
    g = int(number[3])
    return CccdNumber(
        province=number[:3],
        sex=Sex.MALE if g % 2 == 0 else Sex.FEMALE,
        century_start=1900 + 100 * (g // 2),
        year_two_digits=int(number[4:6]),
        serial=number[6:],
    )


def sex_century_digit(sex: Sex, birth_year: int) -> int:
    """The 4th digit a number must carry for ``sex`` and ``birth_year``."""
    return 2 * ((birth_year - 1900) // 100) + (1 if sex is Sex.FEMALE else 0)
