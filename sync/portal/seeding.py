"""Realistic made-up pre-declarations and watchlist entries for the reference portal.

The name pools are small copies in the spirit of :mod:`borderdesk.demo` (which ``sync``
may not import: ``sync`` depends on ``borderdesk.core`` only). Everything is drawn from
one seeded :class:`random.Random`, so the same arguments give the same data. Document
numbers follow the formats the terminal's validation accepts (Vietnamese passports
``C1234567``, CCCD numbers agreeing with sex, birth year and a real province code);
other countries' formats are plausible inventions.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from borderdesk.core import cccd, gates
from borderdesk.core.codec import identity_to_dict
from borderdesk.core.model import DocumentType, Identity, PartialDate, Sex

_M, _F = Sex.MALE, Sex.FEMALE
_VN_FAMILY = (
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Phan",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Nông",
    "Triệu",
    "Lục",
)
_VN_MIDDLE = {
    _M: ("Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân"),
    _F: ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng"),
}
_VN_GIVEN = {
    _M: (
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Đức",
        "Hải",
        "Hùng",
        "Huy",
        "Long",
        "Minh",
        "Nam",
        "Phong",
        "Quân",
        "Sơn",
        "Thắng",
        "Tuấn",
        "Việt",
        "Lộc",
    ),
    _F: (
        "Anh",
        "Hà",
        "Hằng",
        "Hương",
        "Hoa",
        "Lan",
        "Linh",
        "Mai",
        "Nga",
        "Ngọc",
        "Phương",
        "Thảo",
        "Thủy",
        "Trang",
        "Vân",
        "Yến",
        "Huyền",
    ),
}
_CN_FAMILY = (
    "WANG",
    "LI",
    "ZHANG",
    "LIU",
    "CHEN",
    "YANG",
    "HUANG",
    "ZHAO",
    "WU",
    "ZHOU",
    "NONG",
    "MO",
    "LU",
    "WEI",
    "PAN",
    "TAN",
    "LAN",
)
_CN_GIVEN = {
    _M: (
        "WEI",
        "QIANG",
        "LEI",
        "JUN",
        "YONG",
        "JIE",
        "TAO",
        "MING",
        "HAO",
        "JIANGUO",
        "ZHIQIANG",
        "HAIYANG",
        "DEHUA",
    ),
    _F: (
        "FANG",
        "MIN",
        "JING",
        "YAN",
        "XIA",
        "PING",
        "HUI",
        "XIUYING",
        "LILI",
        "MEILING",
        "XIAOYAN",
        "LIJUAN",
    ),
}
_LA_FAMILY = (
    "Phommavong",
    "Sengdara",
    "Vongsa",
    "Keomany",
    "Sisavath",
    "Inthavong",
    "Chanthavong",
    "Sayavong",
    "Luangrath",
    "Douangmala",
)
_LA_GIVEN = {
    _M: ("Somphone", "Bounmy", "Souksavanh", "Somsak", "Khamphet", "Vanxay"),
    _F: ("Khamla", "Vilay", "Manivanh", "Chanthala", "Viengkham", "Latsamy"),
}
_KH_FAMILY = ("Sok", "Chea", "Kim", "Ly", "Heng", "Chan", "Meas", "Keo", "Seng", "Pich")
_KH_GIVEN = {
    _M: ("Dara", "Vuthy", "Sokha", "Rithy", "Piseth", "Visal", "Bunthoeun"),
    _F: ("Sreymom", "Sophea", "Channary", "Bopha", "Kanha", "Sokunthea"),
}
_NEIGHBOUR_NAMES: dict[str, tuple[Sequence[str], Mapping[Sex, Sequence[str]]]] = {
    "CHN": (_CN_FAMILY, _CN_GIVEN),
    "LAO": (_LA_FAMILY, _LA_GIVEN),
    "KHM": (_KH_FAMILY, _KH_GIVEN),
}
_PASS_TYPE = {
    "CHN": DocumentType.BORDER_PASS_CN,
    "LAO": DocumentType.BORDER_PASS_LA,
    "KHM": DocumentType.BORDER_PASS_KH,
}
_PASS_PREFIX = {"VNM": "GT", "CHN": "T", "LAO": "LP", "KHM": "BP"}
_COMPANIES = (
    "Công ty TNHH Vận tải Hà Phát",
    "Công ty CP Logistics Móng Cái",
    "Công ty TNHH Thương mại Biên Mậu",
    "Công ty CP Xuất nhập khẩu Lạng Sơn",
    "Công ty TNHH Du lịch Bắc Việt",
    "Công ty CP Vận tải Quốc tế Sao Mai",
    "Hợp tác xã Vận tải Cửa khẩu",
    "Công ty TNHH Nông sản Tây Bắc",
)
_VN_REGIONS = {
    "CHN": ("14", "12", "24", "11", "23"),
    "LAO": ("27", "37", "38", "74"),
    "KHM": ("70", "61", "67", "68", "72"),
    None: ("29", "30", "15", "51"),
}
_CATEGORIES = ("wanted", "exit_ban", "entry_ban", "lost_stolen")
STATUSES = (("confirmed", 75), ("submitted", 15), ("rejected", 5), ("cancelled", 5))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


class _Maker:
    def __init__(self, rng: random.Random, gate: gates.Gate, today: date) -> None:
        self.rng = rng
        self.gate = gate
        self.today = today
        self.neighbour = gate.border or "CHN"
        self.port = gate.border is None  # ports: passports only, no road vehicles

    def person(self, nationality: str) -> Identity:
        rng = self.rng
        sex = _M if rng.random() < 0.6 else _F
        age = int(rng.triangular(18, 70, 35))
        born = date(self.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        if nationality == "VNM":
            surname = rng.choice(_VN_FAMILY)
            given = f"{rng.choice(_VN_MIDDLE[sex])} {rng.choice(_VN_GIVEN[sex])}"
            province = rng.choice(sorted(cccd.PROVINCES))
            id_number = (
                f"{province}{cccd.sex_century_digit(sex, born.year)}"
                f"{born.year % 100:02d}{_digits(rng, 6)}"
            )
            if self.port or rng.random() < 0.55:
                dtype, number = (
                    DocumentType.PASSPORT,
                    f"{rng.choice('CCCP')}{_digits(rng, 7)}",
                )
                personal = id_number
            else:
                dtype = _PASS_TYPE[self.neighbour]
                number, personal = f"GT{_digits(rng, 7)}", id_number
            issuer = "VNM"
        else:
            family, givens = _NEIGHBOUR_NAMES[nationality]
            surname, given = rng.choice(family), rng.choice(givens[sex])
            personal = ""
            if self.port or rng.random() < 0.5:
                dtype = DocumentType.PASSPORT
                number = {
                    "CHN": f"E{_digits(rng, 8)}",
                    "LAO": f"P{_digits(rng, 7)}",
                    "KHM": f"N{_digits(rng, 8)}",
                }[nationality]
            else:
                dtype = _PASS_TYPE[nationality]
                number = f"{_PASS_PREFIX[nationality]}{_digits(rng, 7)}"
            issuer = nationality
        years = 1 if dtype.border_partner else 10
        # (a border pass is issued for at most 12 months: it expires within a year)
        expiry = self.today + timedelta(days=min(30 + int(rng.random() * 365 * years),
                                                 365 * years))
        return Identity(
            surname=surname,
            given_names=given,
            sex=sex,
            birth_date=PartialDate.of(born),
            nationality=nationality,
            document_type=dtype,
            document_number=number,
            issuing_state=issuer,
            expiry_date=expiry,
            personal_number=personal,
        )

    def vehicle(self, country: str) -> dict[str, Any]:
        rng = self.rng
        kind = rng.choice(("truck", "truck", "truck", "car", "bus"))
        if country == "VNM":
            region = rng.choice(_VN_REGIONS.get(self.gate.border, _VN_REGIONS[None]))
            series = {"truck": "C", "car": "A", "bus": "B"}[kind]
            plate = f"{region}{series}-{_digits(rng, 3)}.{_digits(rng, 2)}"
        elif country == "CHN":
            plate = f"GUI {rng.choice('ABCDFKMNP')}{_digits(rng, 5)}"
        elif country == "LAO":
            province = rng.choice(("VT", "KM", "HP", "XK"))
            plate = f"{province} {rng.choice(('KA', 'KH'))} {_digits(rng, 4)}"
        else:
            province = rng.choice(("PP", "SVR", "KP"))
            plate = f"{province} {rng.randint(1, 3)}A-{_digits(rng, 4)}"
        return {"plate": plate, "kind": kind, "country": country}


def predeclarations(
    gate_code: str, n: int, *, today: date, seed: int = 0
) -> list[dict[str, Any]]:
    """``n`` pre-declarations for ``gate_code`` expected from yesterday to next week.

    Each item has the wire shape of ``GET /v1/predeclarations`` (without ``seq``).
    """
    gate = gates.get(gate_code)
    if gate is None:
        raise ValueError(f"unknown gate {gate_code!r}")
    rng = random.Random(f"predeclarations|{seed}|{gate.code}|{today.isoformat()}")
    maker = _Maker(rng, gate, today)
    statuses = [s for s, _ in STATUSES]
    weights = [w for _, w in STATUSES]
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _ in range(n):
        expected = today + timedelta(days=rng.randint(-1, 6))
        while True:
            reference = f"TTBP-{expected:%y%m%d}-{rng.randrange(10**6):06d}"
            if reference not in seen:
                seen.add(reference)
                break
        group_nat = "VNM" if rng.random() < 0.55 else maker.neighbour
        size = rng.choice((1, 1, 2, 2, 3, 4))
        persons = [
            maker.person(group_nat if rng.random() < 0.8 else "VNM")
            for _ in range(size)
        ]
        vehicle = (
            maker.vehicle(group_nat) if not maker.port and rng.random() < 0.7 else None
        )
        declarant = (
            rng.choice(_COMPANIES)
            if vehicle is not None or size > 2
            else persons[0].full_name
        )
        out.append(
            {
                "reference": reference,
                "declarant": declarant,
                "gate": gate.code,
                "direction": rng.choice(("exit", "entry")),
                "expected_date": expected.isoformat(),
                "status": rng.choices(statuses, weights)[0],
                "persons": [identity_to_dict(p) for p in persons],
                "vehicle": vehicle,
            }
        )
    return out


def watchlist_documents(n: int, *, seed: int = 0) -> list[dict[str, str]]:
    """``n`` made-up documents for the watchlist (issuing state, number, category)."""
    rng = random.Random(f"watchlist|{seed}")
    formats = {
        "VNM": lambda: f"{rng.choice('CCP')}{_digits(rng, 7)}",
        "CHN": lambda: f"E{_digits(rng, 8)}",
        "LAO": lambda: f"P{_digits(rng, 7)}",
        "KHM": lambda: f"N{_digits(rng, 8)}",
        "USA": lambda: f"{rng.randint(1, 9)}{_digits(rng, 8)}",
    }
    states = list(formats)
    out = []
    for i in range(n):
        state = rng.choice(states)
        out.append(
            {
                "entry_id": f"WL-{seed:04d}-{i + 1:06d}",
                "issuing_state": state,
                "document_number": formats[state](),
                "category": rng.choice(_CATEGORIES),
            }
        )
    return out
