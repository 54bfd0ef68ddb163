"""Border gates: code, names, kind, the neighbouring country, time zone.

The border pair of a land gate decides where a border pass (giấy thông hành) is valid:
a VN–China pass only at gates on the China border, and so on (Decree 76/2020/NĐ-CP).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

VIETNAM_TZ = "Asia/Ho_Chi_Minh"


class GateKind(enum.StrEnum):
    LAND = "land"
    RAIL = "rail"
    PORT = "port"


@dataclass(frozen=True, slots=True)
class Gate:
    code: str
    name_vi: str
    name_en: str
    kind: GateKind
    border: str | None  # ICAO code of the neighbour for land/rail gates, None for ports
    timezone: str = VIETNAM_TZ


_L, _R, _P = GateKind.LAND, GateKind.RAIL, GateKind.PORT

GATES: dict[str, Gate] = {
    g.code: g
    for g in (
        # Vietnam–China
        Gate("MONGCAI", "Móng Cái", "Mong Cai", _L, "CHN"),
        Gate("HUUNGHI", "Hữu Nghị", "Huu Nghi", _L, "CHN"),
        Gate("DONGDANG", "Ga đường sắt Đồng Đăng", "Dong Dang Railway Station", _R, "CHN"),
        Gate("LAOCAI", "Lào Cai", "Lao Cai", _L, "CHN"),
        Gate("THANHTHUY", "Thanh Thủy", "Thanh Thuy", _L, "CHN"),
        Gate("TALUNG", "Tà Lùng", "Ta Lung", _L, "CHN"),
        Gate("MALUTHANG", "Ma Lù Thàng", "Ma Lu Thang", _L, "CHN"),
        # Vietnam–Laos
        Gate("TAYTRANG", "Tây Trang", "Tay Trang", _L, "LAO"),
        Gate("NAMEO", "Na Mèo", "Na Meo", _L, "LAO"),
        Gate("NAMCAN", "Nậm Cắn", "Nam Can", _L, "LAO"),
        Gate("CAUTREO", "Cầu Treo", "Cau Treo", _L, "LAO"),
        Gate("CHALO", "Cha Lo", "Cha Lo", _L, "LAO"),
        Gate("LAOBAO", "Lao Bảo", "Lao Bao", _L, "LAO"),
        Gate("NAMGIANG", "Nam Giang", "Nam Giang", _L, "LAO"),
        Gate("BOY", "Bờ Y", "Bo Y", _L, "LAO"),
        # Vietnam–Cambodia
        Gate("LETHANH", "Lệ Thanh", "Le Thanh", _L, "KHM"),
        Gate("BUPRANG", "Bu Prăng", "Bu Prang", _L, "KHM"),
        Gate("HOALU", "Hoa Lư", "Hoa Lu", _L, "KHM"),
        Gate("XAMAT", "Xa Mát", "Xa Mat", _L, "KHM"),
        Gate("MOCBAI", "Mộc Bài", "Moc Bai", _L, "KHM"),
        Gate("DINHBA", "Dinh Bà", "Dinh Ba", _L, "KHM"),
        Gate("VINHXUONG", "Vĩnh Xương", "Vinh Xuong", _L, "KHM"),
        Gate("TINHBIEN", "Tịnh Biên", "Tinh Bien", _L, "KHM"),
        Gate("HATIEN", "Hà Tiên", "Ha Tien", _L, "KHM"),
        # Port border gates
        Gate("CANGCAILAN", "Cảng Cái Lân", "Cai Lan Port", _P, None),
        Gate("CANGHAIPHONG", "Cảng Hải Phòng", "Hai Phong Port", _P, None),
        Gate("CANGDANANG", "Cảng Đà Nẵng", "Da Nang Port", _P, None),
        Gate("CANGQUYNHON", "Cảng Quy Nhơn", "Quy Nhon Port", _P, None),
        Gate("CANGNHATRANG", "Cảng Nha Trang", "Nha Trang Port", _P, None),
        Gate("CANGVUNGTAU", "Cảng Vũng Tàu", "Vung Tau Port", _P, None),
        Gate("CANGSAIGON", "Cảng Sài Gòn", "Saigon Port", _P, None),
        Gate("CANGCANTHO", "Cảng Cần Thơ", "Can Tho Port", _P, None),
    )
}

DEFAULT_GATE = "MONGCAI"


def get(code: str) -> Gate | None:
    """The gate with ``code`` (case-insensitive), or None."""
    return GATES.get(code.strip().upper())
