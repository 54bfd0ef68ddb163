"""Realistic made-up crossings: demo data, screenshots, benchmarks and tests.

:func:`generate` yields crossings that look like a day at a real gate: Vietnamese names
with their diacritics, Chinese (pinyin), Lao, Khmer, Filipino and Western travellers,
every document type (border passes mostly at gates of their own border, seafarer
documents mostly at ports), CCCD numbers that agree with the holder's sex, birth year
and a real province code, Vietnamese passports in the ``C1234567`` form, vehicles with
plates in each country's style, a daytime peak, a few refusals and referrals, and a few
expired documents. People and vehicles come back: a small share of them makes a large
share of the crossings, as border residents and lorry drivers do.

Every crossing passes :func:`borderdesk.core.validation.validate` without a blocking
finding: the warnings a crossing raises (an expired document, a pass shown at a gate
of another border, a seafarer's document at a land gate) are in its ``acknowledged``.

Everything is drawn from one seeded :class:`random.Random` (the ids too), so the same
arguments give the same crossings. Pools (names, provinces, plates) are built once and
people and vehicles are created on first use: a million crossings take ~15 s.
Document and plate formats of other countries, and officers' logins, are plausible
inventions, not official formats.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from borderdesk.core import cccd, gates
from borderdesk.core.model import (
    Crossing,
    CrossingPerson,
    Decision,
    Direction,
    DocumentType,
    Identity,
    OfficerRole,
    PartialDate,
    Role,
    Sex,
    TravelMode,
    Vehicle,
)

if TYPE_CHECKING:
    from borderdesk.services import AuthService

__all__ = ["DEMO_ADMIN", "DEMO_OFFICERS", "DemoOfficer", "add_demo_officers",
           "generate"]

T = TypeVar("T")
_M, _F, _X = Sex.MALE, Sex.FEMALE, Sex.UNSPECIFIED
DT = DocumentType

# --------------------------------------------------------------------------- names
# Data tables, packed by hand (one entry per line would run to a thousand lines).
# fmt: off

# Family names with their approximate share of the population (in per mille).
_VN_FAMILY = (
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30),
    ("Huỳnh", 21), ("Phan", 45), ("Vũ", 25), ("Võ", 14), ("Đặng", 21), ("Bùi", 20),
    ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 8),
    ("Trịnh", 6), ("Mai", 5), ("Trương", 6), ("Lương", 4), ("Đào", 5), ("Hà", 4),
    ("Tạ", 2), ("Lâm", 3), ("Cao", 3), ("Tô", 2), ("Vương", 2), ("Chu", 2), ("Nông", 3),
    ("La", 1), ("Thái", 2), ("Kiều", 1), ("Quách", 1), ("Triệu", 2), ("Lục", 1),
)
_VN_MIDDLE = {
    _M: (
        "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân",
        "Đình", "Ngọc", "Trọng", "Quốc", "Anh", "Mạnh", "Tiến", "Duy", "Việt", "Gia",
        "Hoàng", "Bá", "Thế", "Đăng", "Chí",
    ),
    _F: (
        "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo", "Phương",
        "Kim", "Hồng", "Diệu", "Khánh", "Mai", "Thùy", "Hải", "Quỳnh", "Mỹ", "Hoài",
    ),
}
_VN_GIVEN = {
    _M: (
        "An", "Bình", "Cường", "Dũng", "Đức", "Đạt", "Hải", "Hùng", "Huy", "Khánh",
        "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Trung", "Việt",
        "Vinh", "Hiếu", "Đông", "Tâm", "Thịnh", "Lộc", "Phúc", "Khoa", "Duy", "Hoàng",
        "Kiên", "Toàn", "Tú", "Định", "Đạo", "Nghĩa", "Quý", "Thái", "Trí", "Hưng",
        "Lâm", "Bảo", "Khải", "Đăng", "Thuận", "Hòa", "Tài", "Lực", "Chiến", "Tùng",
    ),
    _F: (
        "Anh", "Hà", "Hằng", "Hương", "Hoa", "Lan", "Linh", "Mai", "Nga", "Ngọc",
        "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang", "Vân", "Yến",
        "Hạnh", "Hiền", "Huyền", "Dung", "Giang", "Loan", "Châu", "Diệp", "Đào", "Uyên",
        "Xuân", "Tuyết", "Ly", "My", "Nhi", "Thư", "Trâm", "Vy", "Hậu", "Duyên", "Liên",
        "Ánh", "Bích", "Cúc", "Đan", "Hồng", "Khuê", "Lụa", "Nguyệt", "Tâm", "Xoan",
    ),
}
_VN_SECOND_MIDDLE = {
    _M: ("Minh", "Quang", "Anh", "Hoàng", "Gia", "Bảo", "Đức", "Thanh"),
    _F: ("Thu", "Ngọc", "Bảo", "Minh", "Thanh", "Phương", "Kim", "Hồng", "Diệu"),
}

_CN_FAMILY = (
    "WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU",
    "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LIN", "LUO", "GAO", "LIANG", "ZHENG", "XIE",
    "TANG", "DENG", "FENG", "LU", "WEI", "PAN", "NONG", "MO", "QIN", "TAN", "LAN",
    "MENG",
)
_CN_GIVEN = {
    _M: (
        "WEI", "QIANG", "LEI", "JUN", "YANG", "YONG", "JIE", "TAO", "MING", "CHAO",
        "GANG", "HAO", "YU", "XIN", "JIANGUO", "ZHIQIANG", "XIAOMING", "JIANHUA",
        "HAIYANG", "ZIHAO", "YUXUAN", "HAORAN", "WENBIN", "GUANGMING", "DEHUA",
        "JIANJUN", "ZHIWEI", "HONGWEI", "CHENGLONG", "SHUAI",
    ),
    _F: (
        "FANG", "MIN", "JING", "LI", "YAN", "XIA", "PING", "HUI", "HUA", "XIUYING",
        "GUIYING", "HAIYAN", "LILI", "XIAOHONG", "YUQING", "ZIHAN", "YUTONG", "MEILING",
        "XIAOYAN", "SHUFEN", "LIJUAN", "YING", "QIAN", "WENJING", "XUE", "LING",
    ),
}
_LA_FAMILY = (
    "Phommavong", "Sengdara", "Vongsa", "Keomany", "Sisavath", "Phomvihane",
    "Souvannavong", "Inthavong", "Chanthavong", "Sayavong", "Keovongsa", "Xayavong",
    "Luangrath", "Phanthavong", "Vilaysack", "Douangmala", "Thammavong", "Sihalath",
    "Bounmixay", "Khounvilay", "Phetsarath", "Sengsouvanh", "Vongphachanh",
    "Siphanhdone",
)
_LA_GIVEN = {
    _M: (
        "Somphone", "Bounmy", "Souksavanh", "Phonesavanh", "Somsak", "Thongchanh",
        "Khamphet", "Sengphet", "Bounthanh", "Khamsing", "Vanxay", "Anousone", "Sisouk",
        "Phoukhong", "Khampheng", "Saysana",
    ),
    _F: (
        "Khamla", "Vilay", "Noy", "Manivanh", "Chanthala", "Viengkham", "Souphaphone",
        "Daovone", "Latsamy", "Phetsamone", "Bounthavy", "Keomany", "Malaythong",
        "Sengdao", "Phouvieng", "Vanida",
    ),
}
_KH_FAMILY = (
    "Sok", "Chea", "Kim", "Ly", "Heng", "Chan", "Meas", "Keo", "Seng", "Pich", "Sam",
    "Nhem", "Ouk", "Prak", "Hun", "Chhim", "Touch", "Lim", "Yim", "Mao", "Sar", "Vann",
    "Sin", "Som", "Nov", "Phan", "Thach",
)
_KH_GIVEN = {
    _M: (
        "Dara", "Vanna", "Sokha", "Rithy", "Piseth", "Sovann", "Kosal", "Vuthy",
        "Ratana", "Sothea", "Veasna", "Bunthoeun", "Sambath", "Visal", "Chantha",
        "Pheakdey", "Sopheak", "Makara",
    ),
    _F: (
        "Sophea", "Bopha", "Chenda", "Channary", "Sreymom", "Kanha", "Sopheap",
        "Rathana", "Sreyneang", "Leakhena", "Sreypov", "Thida", "Malis", "Sokunthea",
        "Kolab", "Pisey", "Raksmey", "Navy",
    ),
}
_PH_FAMILY = (
    "Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Ramos", "Aquino",
    "Villanueva", "Dela Cruz", "Castillo", "Flores", "Gonzales", "Torres", "Fernandez",
    "Domingo", "Navarro", "Pascual", "Manalo", "Salvador",
)
_PH_GIVEN = {
    _M: (
        "Juan", "Jose", "Mark Anthony", "John Paul", "Rodel", "Jerome", "Rommel",
        "Jay-ar", "Christian", "Ramon", "Eduardo", "Noel", "Ariel", "Reynaldo",
    ),
    _F: (
        "Maria", "Ma. Cristina", "Rowena", "Jocelyn", "Mary Grace", "Angelica", "Lorna",
        "Rosalie", "Marites", "Jenny",
    ),
}
# Western travellers: nationality -> (family names, given names by sex).
_WEST: dict[str, tuple[tuple[str, ...], dict[Sex, tuple[str, ...]]]] = {
    "GBR": (
        (
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies",
            "Evans", "Thomas", "Roberts", "O'Brien", "Walker", "Wright", "Hughes",
        ),
        {
            _M: (
                "James", "Oliver", "Thomas", "Harry", "William", "George",
                "Jack Edward", "Daniel",
            ),
            _F: (
                "Emily", "Olivia", "Charlotte", "Sophie", "Amelia", "Grace",
                "Lucy Anne", "Hannah",
            ),
        },
    ),
    "USA": (
        (
            "Johnson", "Miller", "Davis", "Anderson", "Martinez", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Young", "Nguyen", "Robinson", "Hall",
        ),
        {
            _M: (
                "Michael", "John", "David", "Robert", "Christopher", "Matthew", "Ethan",
                "Ryan Patrick",
            ),
            _F: (
                "Jennifer", "Jessica", "Ashley", "Sarah", "Megan", "Emma", "Madison",
                "Elizabeth Ann",
            ),
        },
    ),
    "AUS": (
        (
            "Smith", "Kelly", "Murphy", "Ryan", "Campbell", "Mitchell", "Stewart",
            "Morris", "Cooper", "Bennett",
        ),
        {
            _M: ("Jack", "Lachlan", "Cooper", "Liam", "Noah", "Mitchell"),
            _F: ("Chloe", "Isla", "Ruby", "Mia", "Zoe", "Matilda"),
        },
    ),
    "FRA": (
        (
            "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard",
            "Roux", "Fournier", "Mercier", "Lemaître", "Bonnet", "Durand", "Chevalier",
        ),
        {
            _M: (
                "Jean", "Pierre", "François", "Nicolas", "Julien", "Mathieu",
                "Jean-Luc", "Sébastien",
            ),
            _F: (
                "Marie", "Camille", "Élodie", "Chloé", "Léa", "Hélène", "Anne-Sophie",
                "Céline",
            ),
        },
    ),
    "D": (
        (
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Krüger", "Zimmermann",
        ),
        {
            _M: (
                "Lukas", "Jürgen", "Stefan", "Andreas", "Michael", "Matthias", "Jörg",
                "Tobias",
            ),
            _F: (
                "Anna", "Julia", "Katharina", "Sabine", "Ursula", "Lena", "Jana",
                "Birgit",
            ),
        },
    ),
    "NLD": (
        (
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Visser", "Smit", "Meijer", "de Boer",
        ),
        {
            _M: ("Daan", "Sem", "Lucas", "Jeroen", "Bram", "Thijs"),
            _F: ("Emma", "Sanne", "Lotte", "Femke", "Anouk", "Eva"),
        },
    ),
    "CAN": (
        (
            "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "MacDonald", "Campbell",
            "Wilson", "Martin", "Lee",
        ),
        {
            _M: ("Liam", "Noah", "Étienne", "Benjamin", "Logan", "Owen"),
            _F: ("Olivia", "Emma", "Charlotte", "Léa", "Ava", "Florence"),
        },
    ),
    "RUS": (
        (
            "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov", "Morozov",
            "Petrov", "Orlov", "Pavlov",
        ),
        {
            _M: (
                "Sergei", "Dmitrii", "Aleksandr", "Andrei", "Alexey", "Ivan", "Mikhail",
            ),
            _F: ("Elena", "Olga", "Natalia", "Tatiana", "Irina", "Anna", "Svetlana"),
        },
    ),
}
_WEST_SHARE = (
    ("GBR", 14), ("USA", 18), ("AUS", 12), ("FRA", 15), ("D", 12), ("NLD", 6),
    ("CAN", 7), ("RUS", 16),
)

# --------------------------------------------------------------------------- notes

_REFUSAL_REASONS = (
    "Thuộc diện tạm hoãn xuất cảnh", "Nghi vấn giấy tờ giả, chuyển cơ quan điều tra",
    "Không có thị thực hợp lệ", "Giấy thông hành không có giá trị tại cửa khẩu này",
    "Ảnh trên giấy tờ không khớp với người xuất trình",
    "Không đủ điều kiện nhập cảnh theo quy định",
)
_VEHICLE_REFUSAL_REASONS = (
    "Phương tiện không có giấy phép vận tải qua biên giới",
    "Người lái xe không đủ điều kiện điều khiển phương tiện qua biên giới",
    "Hàng hóa trên xe không khớp với tờ khai",
)
_SECONDARY_NOTES = (
    "Kiểm tra hành lý", "Đối chiếu danh sách cảnh báo", "Xác minh nhân thân",
    "Kiểm tra phương tiện", "Hỏi mục đích chuyến đi", "",
)
_EXPIRED_REFUSED = "Giấy tờ hết hạn sử dụng"
_EXPIRED_CITIZEN = (
    "Công dân Việt Nam nhập cảnh bằng giấy tờ hết hạn, đã xác minh nhân thân"
)
_PASSENGER_REFUSED = "Hành khách không đủ điều kiện, không cho qua: "

# --------------------------------------------------------------------------- gates

# Crossings whose principal is a Vietnamese citizen, by kind of gate.
_VN_SHARE = {
    gates.GateKind.LAND: 0.58, gates.GateKind.RAIL: 0.5, gates.GateKind.PORT: 0.4,
}
# Foreign travellers by category, by border (None: a seaport).
_FOREIGN_MIX: dict[str | None, tuple[tuple[str, int], ...]] = {
    "CHN": (("CHN", 84), ("WEST", 11), ("LAO", 1), ("KHM", 1), ("PHL", 3)),
    "LAO": (("LAO", 82), ("WEST", 10), ("CHN", 5), ("KHM", 2), ("PHL", 1)),
    "KHM": (("KHM", 82), ("WEST", 12), ("CHN", 4), ("LAO", 1), ("PHL", 1)),
    None: (("PHL", 32), ("CHN", 24), ("WEST", 38), ("LAO", 1), ("KHM", 5)),
}
_OWN_PASS = {
    "CHN": DT.BORDER_PASS_CN, "LAO": DT.BORDER_PASS_LA, "KHM": DT.BORDER_PASS_KH,
}
_VEHICLE_SHARE = 0.2
# Who registered the vehicles crossing a land border: (country, share).
_PLATE_MIX = {
    "CHN": (("VNM", 65), ("CHN", 35)), "LAO": (("VNM", 60), ("LAO", 40)),
    "KHM": (("VNM", 60), ("KHM", 40)),
}
_KIND_MIX = (
    (TravelMode.TRUCK, 40), (TravelMode.CAR, 32), (TravelMode.MOTORBIKE, 18),
    (TravelMode.BUS, 10),
)
_PASSENGERS = {
    TravelMode.CAR: (25, 35, 25, 15), TravelMode.TRUCK: (65, 30, 5, 0),
    TravelMode.BUS: (0, 10, 30, 60), TravelMode.MOTORBIKE: (70, 30, 0, 0),
    TravelMode.VESSEL: (0, 25, 40, 35),
}
_FLAGS = (
    ("VNM", 30), ("PAN", 20), ("LBR", 12), ("MHL", 10), ("SGP", 8), ("HKG", 8),
    ("CHN", 8), ("MLT", 4),
)
_VESSEL_NAMES = (
    "HAI PHONG STAR", "VINALINES GLORY", "TAN CANG 18", "GREEN PACIFIC", "ORIENT SUN",
    "MSC ANNA", "EVER BRIGHT", "COSCO HOPE", "BIEN DONG 09", "SAO MAI",
    "PACIFIC EXPRESS",
)

# Vietnamese plate prefixes (two digits) near each border, and nationwide.
_VN_PLATE_REGION = {
    "CHN": ("14", "14", "14", "12", "24", "11", "23", "15", "29", "30", "99"),
    "LAO": ("27", "36", "37", "38", "73", "74", "43", "82", "29", "30"),
    "KHM": ("70", "70", "93", "67", "68", "61", "51", "62", "69", "47"),
    None: ("15", "16", "43", "51", "72", "79", "14", "29"),
}
_VN_PLATE_SERIES = {
    TravelMode.CAR: ("A", "A", "A", "K", "LD"), TravelMode.TRUCK: ("C", "C", "H", "LD"),
    TravelMode.BUS: ("B", "B", "LD"), TravelMode.MOTORBIKE: ("B1", "F1", "K1", "X1"),
}
_CN_PLATE_PROV = ("GUI", "GUI", "GUI", "GUI", "YUN", "YUN", "YUE", "QIONG")
_LA_PLATE_PROV = ("VT", "SVK", "KM", "BLK", "HP", "LPB", "XK", "ODX", "CPS")
_KH_PLATE_PROV = ("PP", "SVR", "TK", "KPC", "KP", "SR", "BB", "KDL", "PV")
_LA_PLATE_SERIES = ("KA", "KH", "KO", "NG", "CH", "SA", "PH", "LA")

_OFFICER_FAMILY = (
    "nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ngo",
)
_OFFICER_INITIALS = (
    "vh", "mt", "dq", "tt", "vl", "hn", "ta", "ql", "dm", "tk", "bc", "ht",
)


# fmt: on


# --------------------------------------------------------------------------- helpers


def _picker(rng: random.Random, weighted: Sequence[tuple[T, int]]) -> Callable[[], T]:
    """A function drawing one value of ``(value, weight)`` pairs (cumulative bisect)."""
    values = [v for v, _ in weighted]
    cum = list(itertools.accumulate(w for _, w in weighted))
    total = cum[-1]
    rand = rng.random
    return lambda: values[bisect.bisect_right(cum, rand() * total)]


def _digits(rng: random.Random, count: int) -> str:
    return f"{int(rng.random() * 10**count):0{count}d}"


def _one(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice(seq)``, three times faster (the bias is far below 1e-9)."""
    return seq[int(rng.random() * len(seq))]


def _imo_number(rng: random.Random) -> str:
    """A seven-digit IMO ship number with a correct check digit."""
    body = f"{rng.randrange(9_000_000 // 10, 9_999_999 // 10):06d}"
    check = sum(int(d) * w for d, w in zip(body, range(7, 1, -1), strict=True)) % 10
    return f"IMO{body}{check}"


def _anniversary(born: date, years: int) -> date:
    return born.replace(year=born.year + years)  # birth days are <= 28: never 29 Feb


def _uuid7_text(ms: int, rng: random.Random) -> str:
    """The canonical string of a UUIDv7 carrying ``ms``, random bits from ``rng``.

    Built here rather than with :func:`borderdesk.core.ids.uuid7` because that keeps
    the process's ids monotonic (an earlier ``now_ms`` is moved forward) and draws its
    random bits from the OS: demo ids must carry their crossing's time and be
    reproducible.
    """
    value = (
        (ms << 80)
        | (0x7 << 76)
        | (rng.getrandbits(12) << 64)
        | (0b10 << 62)
        | rng.getrandbits(62)
    )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _day_minute_weights() -> list[float]:
    """Relative traffic per minute of the day: closed before 06:00 and after 22:00,
    a morning peak near 09:00, a lunch dip, an afternoon peak near 15:30."""
    out = []
    for minute in range(24 * 60):
        h = minute / 60
        if h < 6 or h >= 22:
            out.append(0.0)
            continue
        w = (
            0.3
            + math.exp(-(((h - 9.3) / 2.0) ** 2))
            + 0.85 * math.exp(-(((h - 15.3) / 2.0) ** 2))
            - 0.3 * math.exp(-(((h - 12.2) / 0.6) ** 2))
        )
        if h < 7:  # opening ramp
            w *= 0.3 + 0.7 * (h - 6)
        elif h >= 19:  # evening tail
            w *= 1 - 0.6 * (h - 19) / 3
        out.append(max(w, 0.05))
    return out


_MINUTE_WEIGHTS = _day_minute_weights()
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NONE: frozenset[str] = frozenset()
_WEEKDAY_FACTOR = (1.0, 0.95, 0.95, 1.0, 1.1, 1.25, 1.2)  # Monday .. Sunday


# Passport numbers by issuing state (VNM is handled with its CCCD number).
_PASSPORT_NUMBERS: dict[str, Callable[[random.Random], str]] = {
    "CHN": lambda rng: (
        f"E{_digits(rng, 8)}"
        if rng.random() < 0.6
        else f"E{_one(rng, 'ABCDEFGH')}{_digits(rng, 7)}"
    ),
    "LAO": lambda rng: f"P{_digits(rng, 7)}",
    "KHM": lambda rng: f"N{_digits(rng, 8)}",
    "PHL": lambda rng: f"P{_digits(rng, 7)}{_one(rng, 'ABC')}",
    "USA": lambda rng: f"{1 + int(rng.random() * 9)}{_digits(rng, 8)}",
    "GBR": lambda rng: f"{1 + int(rng.random() * 9)}{_digits(rng, 8)}",
    "AUS": lambda rng: f"P{_one(rng, 'ABCDEN')}{_digits(rng, 7)}",
    "CAN": lambda rng: f"{_one(rng, 'ABGH')}{_one(rng, 'AKLM')}{_digits(rng, 6)}",
    "FRA": lambda rng: (
        f"{_digits(rng, 2)}{_one(rng, 'ACDF')}{_one(rng, 'ABKV')}{_digits(rng, 5)}"
    ),
    "D": lambda rng: (
        f"C{_one(rng, 'FGHJK')}{_digits(rng, 1)}{_one(rng, 'LMNP')}{_digits(rng, 5)}"
    ),
    "NLD": lambda rng: (
        f"N{_one(rng, 'PRSTU')}{_one(rng, 'BCDFGH')}{_digits(rng, 1)}"
        f"{_one(rng, 'JKLM')}{_digits(rng, 4)}"
    ),
    "RUS": lambda rng: f"7{_digits(rng, 8)}",
}


# --------------------------------------------------------------------------- people


@dataclass(slots=True)
class _Person:
    identity: Identity
    acks: frozenset[str]  # warnings this person's document raises at this gate
    expiry: date | None
    vietnamese: bool
    last: CrossingPerson | None = None  # people mostly come back in the same role

    def as_(self, role: Role, decision: Decision) -> CrossingPerson:
        cp = self.last
        if cp is None or cp.role is not role or cp.decision is not decision:
            cp = CrossingPerson(role, self.identity, decision)
            if decision is Decision.CLEARED:
                self.last = cp
        return cp


class _People:
    """Lazily created people by category, drawn so that a few come back often."""

    def __init__(
        self,
        rng: random.Random,
        gate: gates.Gate,
        start: date,
        end: date,
        expected: dict[str, float],
    ) -> None:
        self.rng = rng
        self.start = start
        self.end = end
        self.border = gate.border
        self.port = gate.kind is gates.GateKind.PORT
        self.provinces = list(cccd.PROVINCES)
        self.vn_family = _picker(rng, _VN_FAMILY)
        self.west_nat = _picker(rng, _WEST_SHARE)
        self._pools: dict[tuple[str, bool], list[_Person | None]] = {}
        self._dates: dict[date, PartialDate] = {}  # shared: fewer objects for the GC
        # About six appearances per person on average; drawing index = size * r**1.5
        # makes the first tenth of a pool the regulars (a fifth of the appearances).
        self.sizes = {cat: max(16, int(count / 6)) for cat, count in expected.items()}
        self._doc_mix = {
            cat: _picker(rng, self._doc_weights(cat))
            for cat in ("VNM", "CHN", "LAO", "KHM", "WEST", "PHL")
        }

    def pick(
        self,
        category: str,
        *,
        child: bool = False,
        avoid: tuple[tuple[str, bool, int], ...] = (),
    ) -> tuple[tuple[str, bool, int], _Person]:
        key = (category, child)
        pool = self._pools.get(key)
        if pool is None:
            size = self.sizes.get(category, 16)
            pool = self._pools[key] = [None] * max(16, size // 10 if child else size)
        rand = self.rng.random
        while True:
            r = rand()
            i = int(len(pool) * r**1.5)
            uid = (category, child, i)
            if uid not in avoid:
                break
        person = pool[i]
        if person is None:
            person = pool[i] = self._make(category, child)
        return uid, person

    def _doc_weights(self, cat: str) -> tuple[tuple[DocumentType, int], ...]:
        border, port = self.border, self.port
        if cat == "VNM":
            if port:
                return (
                    (DT.PASSPORT, 330),
                    (DT.SEAFARER_ID, 340),
                    (DT.CREW_CERTIFICATE, 260),
                    (DT.CCCD, 40),
                    (DT.TRAVEL_DOCUMENT, 20),
                    (DT.BORDER_PASS_CN, 4),
                    (DT.BORDER_PASS_LA, 3),
                    (DT.BORDER_PASS_KH, 3),
                )
            own = _OWN_PASS[border or "CHN"]
            others = [t for t in _OWN_PASS.values() if t is not own]
            return (
                (DT.PASSPORT, 480),
                (own, 330),
                (DT.CCCD, 110),
                (DT.TRAVEL_DOCUMENT, 25),
                (others[0], 6),
                (others[1], 4),
                (DT.SEAFARER_ID, 8),
                (DT.CREW_CERTIFICATE, 5),
            )
        if cat in ("CHN", "LAO", "KHM"):
            own = _OWN_PASS[cat]
            if port:
                return (
                    (DT.PASSPORT, 400),
                    (DT.SEAFARER_ID, 330),
                    (DT.CREW_CERTIFICATE, 240),
                    (DT.TRAVEL_DOCUMENT, 25),
                    (own, 5),
                )
            if border == cat:
                return (
                    (DT.PASSPORT, 450),
                    (own, 500),
                    (DT.TRAVEL_DOCUMENT, 30),
                    (DT.SEAFARER_ID, 4),
                    (DT.CREW_CERTIFICATE, 3),
                )
            return ((DT.PASSPORT, 940), (DT.TRAVEL_DOCUMENT, 40), (own, 20))
        # WEST, PHL
        if port:
            return (
                (DT.PASSPORT, 330),
                (DT.SEAFARER_ID, 400),
                (DT.CREW_CERTIFICATE, 250),
                (DT.TRAVEL_DOCUMENT, 20),
            )
        return (
            (DT.PASSPORT, 960),
            (DT.TRAVEL_DOCUMENT, 25),
            (DT.SEAFARER_ID, 6),
            (DT.CREW_CERTIFICATE, 4),
        )

    def _make(self, cat: str, child: bool) -> _Person:
        rng = self.rng
        sex = _M if rng.random() < 0.56 else _F  # more men cross than women
        if child:
            age = int(rng.random() * 16)
        else:
            age = min(int(rng.triangular(18, 78, 36)), 85)
        born = date.fromordinal(
            self.start.toordinal() - int((age + rng.random()) * 365.25) - 1
        )
        if born.day > 28:  # keeps anniversaries simple (no 29 February)
            born = born.replace(day=1 + int(rng.random() * 28))
        year = born.year
        birth = self._dates.get(born)
        if birth is None:
            birth = self._dates[born] = PartialDate.of(born)
        if cat == "VNM":
            nat = "VNM"
            surname = self.vn_family()
            mids = _VN_MIDDLE[sex]
            middle = _one(rng, mids)
            if rng.random() < 0.18:
                middle = f"{middle} {_one(rng, _VN_SECOND_MIDDLE[sex])}"
            given = f"{middle} {_one(rng, _VN_GIVEN[sex])}"
            if rng.random() < 0.07:  # a two-syllable given name without middle name
                given = f"{_one(rng, _VN_GIVEN[sex])} {_one(rng, _VN_GIVEN[sex])}"
        elif cat == "CHN":
            nat, surname, given = (
                "CHN",
                _one(rng, _CN_FAMILY),
                _one(rng, _CN_GIVEN[sex]),
            )
        elif cat == "LAO":
            nat, surname, given = (
                "LAO",
                _one(rng, _LA_FAMILY),
                _one(rng, _LA_GIVEN[sex]),
            )
        elif cat == "KHM":
            nat, surname, given = (
                "KHM",
                _one(rng, _KH_FAMILY),
                _one(rng, _KH_GIVEN[sex]),
            )
        elif cat == "PHL":
            nat, surname, given = (
                "PHL",
                _one(rng, _PH_FAMILY),
                _one(rng, _PH_GIVEN[sex]),
            )
        else:
            nat = self.west_nat()
            family, givens = _WEST[nat]
            surname, given = _one(rng, family), _one(rng, givens[sex])
            if nat in ("AUS", "CAN", "D", "NLD") and rng.random() < 0.003:
                sex = _X
        if cat in ("LAO", "KHM") and rng.random() < 0.03:
            birth = (
                PartialDate(year)
                if rng.random() < 0.7
                else PartialDate(year, born.month)
            )

        dtype = DT.PASSPORT if child else self._doc_mix[cat]()
        if cat == "VNM" and child and age >= 6 and rng.random() < 0.15:
            dtype = DT.CCCD
        number, issuer, personal = self._document(dtype, nat, sex, year, rng)
        expiry = self._expiry(dtype, born, age, rng)
        acks: set[str] = set()
        partner = dtype.border_partner
        if partner is not None and partner != self.border:
            acks.add("border_pass_wrong_border")
        if dtype in (DT.SEAFARER_ID, DT.CREW_CERTIFICATE) and not self.port:
            acks.add("seafarer_document_at_land_gate")
        ident = Identity(
            surname=surname,
            given_names=given,
            sex=sex,
            birth_date=birth,
            nationality=nat,
            document_type=dtype,
            document_number=number,
            issuing_state=issuer,
            expiry_date=expiry,
            personal_number=personal,
        )
        return _Person(ident, frozenset(acks) if acks else _NONE, expiry, nat == "VNM")

    def _document(
        self, dtype: DocumentType, nat: str, sex: Sex, year: int, rng: random.Random
    ) -> tuple[str, str, str]:
        """(number, issuing state, personal number) of a plausible document."""
        issuer = nat
        personal = ""
        if nat == "VNM":
            id_number = self._cccd_number(sex, year, rng)
            if dtype is DT.CCCD:
                return id_number, "VNM", ""
            if dtype is DT.PASSPORT:
                letter = _one(rng, "CCCCCPPB")
                return f"{letter}{_digits(rng, 7)}", "VNM", id_number
            personal = id_number
        elif dtype is DT.CCCD:  # never drawn for foreigners
            raise AssertionError(nat)
        partner = dtype.border_partner
        if partner is not None and nat != "VNM":
            issuer = partner  # a neighbour's citizen holds a pass of their own country
        if dtype is DT.PASSPORT:
            number = _PASSPORT_NUMBERS[nat](rng)
        elif partner is not None:
            prefix = {"VNM": "GT", "CHN": "T", "LAO": "LP", "KHM": "BP"}[issuer]
            number = f"{prefix}{_digits(rng, 7)}"
        elif dtype is DT.SEAFARER_ID:
            number = f"{'SB' if nat == 'VNM' else 'S'}{_digits(rng, 7)}"
        elif dtype is DT.CREW_CERTIFICATE:
            number = f"CC{_digits(rng, 6)}"
        else:  # travel document
            number = f"TD{_digits(rng, 7)}"
        return number, issuer, personal

    def _cccd_number(self, sex: Sex, year: int, rng: random.Random) -> str:
        province = _one(rng, self.provinces)
        digit = cccd.sex_century_digit(sex if sex is not _X else _M, year)
        return f"{province}{digit}{year % 100:02d}{_digits(rng, 6)}"

    def _expiry(
        self, dtype: DocumentType, born: date, age: int, rng: random.Random
    ) -> date | None:
        if rng.random() < 0.006:  # a document that ran out before the period began
            expired = self.start - timedelta(days=rng.randrange(1, 500))
            if expired > born:
                return expired
        if dtype is DT.CCCD:
            for limit in (25, 40, 60):  # cards are renewed at these ages; none after 60
                if age < limit - 2:
                    return _anniversary(born, limit)
            return None
        if dtype.border_partner is not None:  # a pass is valid for at most 12 months
            # issued at the latest on the first day, so it expires within a year of it
            return min(self.end + timedelta(days=1 + int(rng.random() * 365)),
                       self.start + timedelta(days=365))
        years = 5 if age < 14 else 10
        return self.end + timedelta(days=1 + int(rng.random() * 365 * years))


class _Vehicles:
    """Lazily created vehicles by country of registration (lorries come back often)."""

    def __init__(
        self, rng: random.Random, gate: gates.Gate, expected: dict[str, float]
    ) -> None:
        self.rng = rng
        self.border = gate.border
        self.kind = _picker(rng, _KIND_MIX)
        self.flag = _picker(rng, _FLAGS)
        # About ten trips per vehicle on average.
        self.sizes = {
            country: max(16, int(count / 10)) for country, count in expected.items()
        }
        self._pools: dict[str, list[Vehicle | None]] = {}

    def pick(self, country: str) -> Vehicle:
        pool = self._pools.get(country)
        if pool is None:
            pool = self._pools[country] = [None] * self.sizes.get(country, 16)
        r = self.rng.random()
        i = int(len(pool) * r**1.5)
        v = pool[i]
        if v is None:
            v = pool[i] = self._make(country)
        return v

    def _make(self, country: str) -> Vehicle:
        rng = self.rng
        if country == "SEA":
            if rng.random() < 0.8:
                plate = _imo_number(rng)
            else:
                plate = f"{_one(rng, _VESSEL_NAMES)}"
            return Vehicle(plate, TravelMode.VESSEL, self.flag())
        kind = self.kind()
        if country == "VNM":
            region = _one(rng, _VN_PLATE_REGION[self.border])
            series = _one(rng, _VN_PLATE_SERIES[kind])
            if kind is TravelMode.MOTORBIKE or rng.random() < 0.85:
                plate = f"{region}{series}-{_digits(rng, 3)}.{_digits(rng, 2)}"
            else:  # the older four-digit plates
                plate = f"{region}{series}-{_digits(rng, 4)}"
        elif country == "CHN":
            plate = (
                f"{_one(rng, _CN_PLATE_PROV)} {_one(rng, 'ABCDFKMNP')}{_digits(rng, 5)}"
            )
        elif country == "LAO":
            province = _one(rng, _LA_PLATE_PROV)
            plate = f"{province} {_one(rng, _LA_PLATE_SERIES)} {_digits(rng, 4)}"
        else:  # KHM
            plate = (
                f"{_one(rng, _KH_PLATE_PROV)} {rng.randrange(1, 4)}{_one(rng, 'ABCE')}-"
                f"{_digits(rng, 4)}"
            )
        return Vehicle(plate, kind, country)


# --------------------------------------------------------------------------- timing


def _day_counts(rng: random.Random, n: int, weights: list[float]) -> list[int]:
    """Split ``n`` over days in proportion to ``weights`` (largest remainder)."""
    total = sum(weights)
    if total <= 0:
        raise ValueError("no opening hours between start and until")
    exact = [n * w / total for w in weights]
    counts = [int(x) for x in exact]
    short = n - sum(counts)
    order = sorted(
        range(len(weights)),
        key=lambda i: (exact[i] - counts[i], rng.random()),
        reverse=True,
    )
    for i in order[:short]:
        counts[i] += 1
    return counts


# --------------------------------------------------------------------------- main


def generate(
    n: int,
    *,
    start: date,
    days: int = 1,
    gate: str = gates.DEFAULT_GATE,
    terminal: str = "T01",
    seed: int = 0,
    until: datetime | None = None,
) -> Iterator[Crossing]:
    """Yield ``n`` realistic made-up crossings at ``gate`` over ``days`` from ``start``.

    Crossings come oldest first, between 06:00 and 22:00 on the gate's clock with a
    daytime peak, and more on weekends. Each id is a UUIDv7 carrying the crossing time.

    Args:
        n: how many crossings.
        start: the first day (the gate's calendar).
        days: over how many days to spread them.
        gate: the gate code (its border decides nationalities, passes and plates).
        terminal: the terminal code written into each crossing.
        seed: the same seed (with the same other arguments) gives the same crossings.
        until: no crossing later than this aware time (the terminal's "now"), so
            demo data for today stops at the current time.

    Raises:
        ValueError: unknown gate, ``n`` < 0, ``days`` < 1, or no opening hours left
            before ``until``.
    """
    g = gates.get(gate)
    if g is None:
        raise ValueError(f"unknown gate {gate!r}")
    if n < 0 or days < 1:
        raise ValueError("n must be >= 0 and days >= 1")
    if until is not None and until.tzinfo is None:
        raise ValueError("until must be timezone-aware")
    if n == 0:
        return
    rng = random.Random(f"{seed}|{g.code}|{terminal}|{start.isoformat()}|{days}")
    tz = ZoneInfo(g.timezone)
    end = start + timedelta(days=days - 1)
    until_ms = None if until is None else int(until.timestamp() * 1000)

    # Per-day opening window: minute weights, cut at ``until``.
    day_zero_ms: list[int] = []
    day_cum: list[list[float]] = []
    day_weight: list[float] = []
    for d in range(days):
        day = start + timedelta(days=d)
        midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
        zero = int(midnight.timestamp() * 1000)
        weights = _MINUTE_WEIGHTS
        if until_ms is not None and until_ms < zero + 24 * 3_600_000:
            open_minutes = max(0, (until_ms - zero) // 60_000)
            weights = [w if m < open_minutes else 0.0 for m, w in enumerate(weights)]
        cum = list(itertools.accumulate(weights))
        day_zero_ms.append(zero)
        day_cum.append(cum)
        day_weight.append(cum[-1] * _WEEKDAY_FACTOR[day.weekday()])
    counts = _day_counts(rng, n, day_weight)

    port = g.kind is gates.GateKind.PORT
    vn_share = _VN_SHARE[g.kind]
    vehicle_share = _VEHICLE_SHARE
    plate_mix: tuple[tuple[str, int], ...]
    if port:
        plate_mix = (("SEA", 100),)  # vessels, with their crew
    elif g.kind is gates.GateKind.RAIL:
        vehicle_share, plate_mix = 0.0, (("VNM", 100),)  # train passengers, on foot
    else:
        plate_mix = _PLATE_MIX[g.border or "CHN"]
    mix = _FOREIGN_MIX[None if port else g.border]
    mix_total = sum(w for _, w in mix)
    # Expected appearances per category size the pools of people and vehicles.
    expected = {cat: n * 1.3 * (1 - vn_share) * w / mix_total for cat, w in mix}
    expected["VNM"] = n * 1.3 * vn_share
    vehicle_trips = {c: n * vehicle_share * w / 100 for c, w in plate_mix}
    if not port:
        for country, trips in vehicle_trips.items():  # drivers of road vehicles
            expected[country] = expected.get(country, 0.0) + trips
    people = _People(rng, g, start, end, expected)
    vehicles = _Vehicles(rng, g, vehicle_trips)
    foreign = _picker(rng, mix)
    plate_country = _picker(rng, plate_mix)
    passenger_counts = {
        k: _picker(rng, tuple(enumerate(w))) for k, w in _PASSENGERS.items()
    }
    officers = [
        f"{f}{i}"
        for f, i in zip(_OFFICER_FAMILY, rng.sample(_OFFICER_INITIALS, 10), strict=True)
    ]
    timezone = g.timezone
    code = g.code
    rand = rng.random
    cleared, refused, secondary = Decision.CLEARED, Decision.REFUSED, Decision.SECONDARY
    foot = TravelMode.FOOT
    exit_, entry = Direction.EXIT, Direction.ENTRY
    minutes = range(24 * 60)

    def category() -> str:
        return "VNM" if rand() < vn_share else foreign()

    for d in range(days):
        if not counts[d]:
            continue
        zero = day_zero_ms[d]
        day = start + timedelta(days=d)
        limit = until_ms if until_ms is not None else zero + 24 * 3_600_000
        stamps = sorted(
            min(zero + m * 60_000 + int(rand() * 60_000), limit)
            for m in rng.choices(minutes, cum_weights=day_cum[d], k=counts[d])
        )
        # Two officers per shift, a different pair every day.
        shift_officers = [officers[(4 * d + k) % len(officers)] for k in range(4)]
        noon_ms = zero + 14 * 3_600_000
        for ms in stamps:
            time_utc = _EPOCH + timedelta(milliseconds=ms)
            direction = exit_ if rand() < 0.5 else entry
            officer = shift_officers[(0 if ms < noon_ms else 2) + (rand() < 0.5)]
            # -- people and vehicle
            vehicle = None
            if rand() < vehicle_share:
                country = plate_country()
                vehicle = vehicles.pick(country)
                mode = vehicle.kind
                if mode is TravelMode.VESSEL:
                    lead_role, other_role = Role.CREW, Role.CREW
                    lead_cat = category()
                else:
                    lead_role, other_role = Role.DRIVER, Role.PASSENGER
                    lead_cat = country
                count = passenger_counts[mode]()
                uid, lead = people.pick(lead_cat)
                group = [(lead_role, lead)]
                taken = (uid,)
                for _ in range(count):
                    cat = lead_cat if rand() < 0.7 else category()
                    child = (
                        other_role is Role.PASSENGER
                        and cat in ("VNM", "CHN")
                        and rand() < 0.12
                    )
                    uid, p = people.pick(cat, child=child, avoid=taken)
                    taken += (uid,)
                    group.append((other_role, p))
            else:
                mode = foot
                group = [(Role.TRAVELLER, people.pick(category())[1])]
            # -- decisions
            acks = _NONE
            notes = ""
            decision = cleared
            decisions = []
            for i, (_, p) in enumerate(group):
                pd = cleared
                if p.acks:
                    acks = acks | p.acks
                if p.expiry is not None and p.expiry < day:
                    acks = acks | {"document_expired"}
                    if p.vietnamese and direction is entry:
                        notes = notes or _EXPIRED_CITIZEN
                    else:
                        pd = refused
                        notes = (
                            _EXPIRED_REFUSED
                            if i == 0
                            else _PASSENGER_REFUSED + _EXPIRED_REFUSED.lower()
                        )
                decisions.append(pd)
            r = rand()
            if decisions[0] is refused:
                decision = refused
            elif r < 0.02:
                decision = refused
                notes = _one(
                    rng,
                    _REFUSAL_REASONS
                    if vehicle is None or rand() < 0.5
                    else _VEHICLE_REFUSAL_REASONS,
                )
                decisions = [refused] * len(decisions)
            elif r < 0.05:
                decision = secondary
                notes = notes or _one(rng, _SECONDARY_NOTES)
                decisions = [secondary if x is cleared else x for x in decisions]
            elif len(group) > 1 and r < 0.06 and refused not in decisions:
                k = rng.randrange(1, len(group))
                decisions[k] = refused
                notes = _PASSENGER_REFUSED + _one(rng, _REFUSAL_REASONS).lower()
            persons = tuple(
                p.as_(role, decisions[i]) for i, (role, p) in enumerate(group)
            )
            ref = None
            if vehicle is not None and rand() < 0.3:
                ref = f"TTBP-{day:%y%m%d}-{rng.randrange(10**6):06d}"
            yield Crossing(
                id=_uuid7_text(ms, rng),
                gate=code,
                terminal=terminal,
                officer=officer,
                direction=direction,
                mode=mode,
                time_utc=time_utc,
                timezone=timezone,
                persons=persons,
                decision=decision,
                vehicle=vehicle,
                predeclaration_ref=ref,
                notes=notes,
                acknowledged=acks,
            )


# --------------------------------------------------------------------------- officers


@dataclass(frozen=True, slots=True)
class DemoOfficer:
    officer_id: str
    name: str
    role: OfficerRole
    pin: str  # a demo PIN, printed for the person trying the app


DEMO_OFFICERS = (
    # First: the terminal's first officer must be its administrator, who then
    # registers the others.
    DemoOfficer("AD0001", "Phạm Quốc Bảo", OfficerRole.ADMIN, "112233"),
    DemoOfficer("BP0123", "Nguyễn Văn Hùng", OfficerRole.GUARD, "123456"),
    DemoOfficer("GS0001", "Trần Thị Lan", OfficerRole.SUPERVISOR, "654321"),
)
DEMO_ADMIN = DEMO_OFFICERS[0]


def add_demo_officers(auth: AuthService) -> list[DemoOfficer]:
    """Register :data:`DEMO_OFFICERS` if no officer exists yet; the ones added.

    The demo administrator is the terminal's first officer (registered with the
    ``demo`` actor) and registers the other two itself.
    """
    if auth.has_officers():
        return []
    admin, *others = DEMO_OFFICERS
    auth.create_officer(admin.officer_id, admin.name, admin.role, admin.pin,
                        actor="demo")
    for o in others:
        auth.create_officer(o.officer_id, o.name, o.role, o.pin,
                            actor=admin.officer_id)
    return list(DEMO_OFFICERS)
