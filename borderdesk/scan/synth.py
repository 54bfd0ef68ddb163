"""Synthetic QR payloads and camera-like grey frames (samples, tests, benchmark).

Everything here is deterministic for a given ``numpy.random.Generator`` seed, and the
people are made up. A frame is a 1280×720 ``uint8`` array holding one or more QR codes
placed on a cluttered background, then degraded the way a counter webcam degrades
them (:data:`DEGRADATIONS`). Not used by the decoder itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode
import qrcode.constants

#: Every degradation :func:`camera_frame` knows, in the order they are applied.
DEGRADATIONS = (
    "small",
    "rotation",
    "perspective",
    "light",
    "contrast",
    "blur",
    "motion",
    "noise",
    "jpeg",
)

FRAME_SIZE = (1280, 720)  # width, height

_EC_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}

SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
MIDDLE = (
    "Văn",
    "Thị",
    "Hữu",
    "Đức",
    "Minh",
    "Ngọc",
    "Thanh",
    "Quang",
    "Xuân",
    "Thu",
    "Thị Thu",
    "Văn Quốc",
    "Thị Ngọc",
)
GIVEN_MALE = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đức",
    "Hải",
    "Hùng",
    "Khánh",
    "Long",
    "Minh",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
)
GIVEN_FEMALE = (
    "Anh",
    "Hà",
    "Hạnh",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Ngọc",
    "Phương",
    "Quỳnh",
    "Thảo",
    "Thủy",
    "Trang",
    "Vân",
    "Yến",
    "Ánh",
    "Nguyệt",
)
STREETS = (
    "Phố Huế",
    "Hàng Bài",
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Trãi",
    "Điện Biên Phủ",
    "Hùng Vương",
    "Quang Trung",
    "Bạch Đằng",
    "Lý Thường Kiệt",
)
# (province code of the CCCD number, commune/ward, district, province)
PLACES = (
    ("001", "Phường Lê Đại Hành", "Quận Hai Bà Trưng", "Thành phố Hà Nội"),
    ("022", "Phường Trần Phú", "Thành phố Móng Cái", "Tỉnh Quảng Ninh"),
    ("020", "Xã Tân Mỹ", "Huyện Văn Lãng", "Tỉnh Lạng Sơn"),
    ("010", "Phường Cốc Lếu", "Thành phố Lào Cai", "Tỉnh Lào Cai"),
    ("040", "Xã Tam Quang", "Huyện Tương Dương", "Tỉnh Nghệ An"),
    ("042", "Xã Sơn Kim 1", "Huyện Hương Sơn", "Tỉnh Hà Tĩnh"),
    ("072", "Xã Lợi Thuận", "Huyện Bến Cầu", "Tỉnh Tây Ninh"),
    ("089", "Phường Núi Sam", "Thành phố Châu Đốc", "Tỉnh An Giang"),
    ("004", "Xã Đàm Thủy", "Huyện Trùng Khánh", "Tỉnh Cao Bằng"),
    ("079", "Phường Bến Nghé", "Quận 1", "Thành phố Hồ Chí Minh"),
)


@dataclass(frozen=True, slots=True)
class Person:
    """A made-up card holder."""

    number: str  # 12 digits, consistent with sex and birth year
    old_id: str  # 9 digits or empty
    full_name: str
    birth: tuple[int, int, int]  # day, month, year
    male: bool
    address: str
    issued: tuple[int, int, int]


def person(
    rng: np.random.Generator, *, new_card: bool = False, long_address: bool = False
) -> Person:
    """A random, internally consistent CCCD holder (number agrees with sex and year)."""
    male = bool(rng.integers(2))
    year = int(rng.integers(1950, 2006))
    day, month = int(rng.integers(1, 29)), int(rng.integers(1, 13))
    code, commune, district, province = PLACES[int(rng.integers(len(PLACES)))]
    century_digit = (year // 100 - 19) * 2 + (0 if male else 1)
    number = f"{code}{century_digit}{year % 100:02d}{int(rng.integers(1_000_000)):06d}"
    given = GIVEN_MALE if male else GIVEN_FEMALE
    middle = MIDDLE[int(rng.integers(len(MIDDLE)))]
    if male and "Thị" in middle:
        middle = "Văn"
    name = " ".join(
        (
            SURNAMES[int(rng.integers(len(SURNAMES)))],
            middle,
            given[int(rng.integers(len(given)))],
        )
    )
    house = f"Số {int(rng.integers(1, 300))} {STREETS[int(rng.integers(len(STREETS)))]}"
    parts = [house, commune, district, province]
    if long_address:
        parts.insert(
            1, f"Tổ dân phố {int(rng.integers(1, 40))}, Khu {int(rng.integers(1, 9))}"
        )
    issued_year = (
        int(rng.integers(2024, 2026)) if new_card else int(rng.integers(2016, 2024))
    )
    old_id = (
        "" if new_card or rng.random() < 0.3 else f"{int(rng.integers(10**8, 10**9))}"
    )
    return Person(
        number=number,
        old_id=old_id,
        full_name=name,
        birth=(day, month, year),
        male=male,
        address=", ".join(parts),
        issued=(int(rng.integers(1, 29)), int(rng.integers(1, 13)), issued_year),
    )


def cccd_payload(p: Person, *, new_card: bool = False) -> str:
    """The card's QR text (DOMAIN.md §2.1): 7 ``|`` fields, new cards add empty ones."""

    def ddmmyyyy(d: tuple[int, int, int]) -> str:
        return f"{d[0]:02d}{d[1]:02d}{d[2]:04d}"

    fields = [
        p.number,
        p.old_id,
        p.full_name,
        ddmmyyyy(p.birth),
        "Nam" if p.male else "Nữ",
        p.address,
        ddmmyyyy(p.issued),
    ]
    if new_card:
        fields += ["", ""]
    return unicodedata.normalize("NFC", "|".join(fields))


def random_payload(rng: np.random.Generator) -> str:
    """A Vietnamese payload: mostly CCCD lines, some long free-text addresses, and
    short ones (a pre-declaration reference and a name: the texts zbar's character
    set guess gets wrong)."""
    kind = rng.random()
    if kind < 0.7:
        new = bool(rng.random() < 0.35)
        return cccd_payload(
            person(rng, new_card=new, long_address=bool(rng.random() < 0.4)),
            new_card=new,
        )
    p = person(rng, long_address=True)
    if kind < 0.85:
        return f"{p.full_name} — {p.address}. Ghi chú: hành khách đi cùng xe khách."
    return f"TTBP-2026-{int(rng.integers(1_000_000)):06d}|{p.full_name}"


def qr_matrix(payload: str | bytes, *, ec: str = "M", border: int = 4) -> np.ndarray:
    """The module matrix (True = dark) of ``payload``; text is encoded as UTF-8 bytes
    explicitly (byte mode, no ECI), as the CCCD card does."""
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    qr = qrcode.QRCode(error_correction=_EC_LEVELS[ec], border=border)
    qr.add_data(data, optimize=0)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=bool)


def qr_image(
    payload: str | bytes, *, module_px: int = 8, ec: str = "M", border: int = 4
) -> np.ndarray:
    """A clean grey image of the code: black modules on white, ``module_px`` each."""
    m = qr_matrix(payload, ec=ec, border=border)
    img = np.where(m, 0, 255).astype(np.uint8)
    return (
        np.kron(img, np.ones((module_px, module_px), dtype=np.uint8))
        if module_px > 1
        else img
    )


def background(
    rng: np.random.Generator, size: tuple[int, int] = FRAME_SIZE
) -> np.ndarray:
    """A desk-like grey background: smooth shading, a card edge, print-like clutter."""
    w, h = size
    low = rng.normal(0, 1, (9, 16)).astype(np.float32)
    shade = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
    img = np.clip(140 + 25 * shade + rng.normal(0, 3, (h, w)), 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(2, 6))):  # papers, card edges
        x0, y0 = int(rng.integers(-200, w)), int(rng.integers(-200, h))
        x1, y1 = x0 + int(rng.integers(150, 600)), y0 + int(rng.integers(100, 400))
        cv2.rectangle(img, (x0, y0), (x1, y1), int(rng.integers(60, 240)), -1)
    for _ in range(int(rng.integers(6, 20))):  # printed lines
        org = (int(rng.integers(0, w - 200)), int(rng.integers(20, h)))
        text = "".join(
            chr(int(c)) for c in rng.integers(65, 91, int(rng.integers(5, 25)))
        )
        cv2.putText(
            img,
            text,
            org,
            cv2.FONT_HERSHEY_SIMPLEX,
            float(rng.uniform(0.4, 1.2)),
            int(rng.integers(0, 90)),
            int(rng.integers(1, 3)),
            cv2.LINE_AA,
        )
    return img


def _place(
    frame: np.ndarray,
    code: np.ndarray,
    center: tuple[float, float],
    side: float,
    angle: float,
    tilt: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """Warp ``code`` onto ``frame``: side length ``side`` px, rotated ``angle`` degrees,
    corners displaced by up to ``tilt`` × side (perspective)."""
    h, w = code.shape
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    half = side / 2
    square = np.array(
        [[-half, -half], [half, -half], [half, half], [-half, half]], np.float32
    )
    square += rng.uniform(-tilt, tilt, (4, 2)).astype(np.float32) * side
    a = np.deg2rad(angle)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = square @ rot.T + np.array(center, np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    interp = cv2.INTER_AREA if side < w else cv2.INTER_LINEAR
    out = frame.copy()
    cv2.warpPerspective(
        code,
        matrix,
        (frame.shape[1], frame.shape[0]),
        dst=out,
        flags=interp,
        borderMode=cv2.BORDER_TRANSPARENT,
    )
    return out


def _motion_kernel(length: int, angle: float) -> np.ndarray:
    line = np.zeros((length, length), np.float32)
    line[length // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    k: np.ndarray = cv2.warpAffine(line, rot, (length, length))
    return k / max(float(k.sum()), 1e-6)


@dataclass(frozen=True, slots=True)
class Frame:
    """A synthetic frame and its ground truth."""

    image: np.ndarray  # uint8, H×W
    texts: tuple[str, ...]  # the payload of every code placed in it
    degradations: tuple[str, ...]


def camera_frame(
    rng: np.random.Generator,
    texts: Sequence[str],
    degradations: Sequence[str] = (),
    *,
    size: tuple[int, int] = FRAME_SIZE,
) -> Frame:
    """A camera-like frame holding one code per text, with the given degradations.

    Codes are placed side by side without overlap. Degradation strengths are drawn
    from ``rng`` within ranges a counter webcam produces (a card held 20–60 cm away).
    """
    unknown = set(degradations) - set(DEGRADATIONS)
    if unknown:
        raise ValueError(f"unknown degradations: {sorted(unknown)}")
    deg = set(degradations)
    w, h = size
    img = background(rng, size)
    slots = len(texts)
    for i, text in enumerate(texts):
        ec = str(rng.choice(["L", "M", "M", "Q"]))
        m = qr_matrix(text, ec=ec)
        modules = m.shape[0]
        # module size on screen: 2.2–3.2 px when "small", else 3.5–7 px
        mod_px = rng.uniform(2.2, 3.2) if "small" in deg else rng.uniform(3.5, 7.0)
        side = min(modules * mod_px, 0.9 * h, 0.9 * w / slots)
        box = max(1, int(np.ceil(side / modules)))
        code = np.kron(
            np.where(m, 0, 255).astype(np.uint8), np.ones((box, box), np.uint8)
        )
        # ink is never pure black nor paper pure white
        ink, paper = rng.uniform(10, 45), rng.uniform(195, 245)
        code = (ink + (paper - ink) * (code.astype(np.float32) / 255)).astype(np.uint8)
        cell_w = w / slots
        margin = side * 0.75
        cx = (
            cell_w * i + cell_w / 2 + rng.uniform(-1, 1) * max(0.0, cell_w / 2 - margin)
        )
        cy = h / 2 + rng.uniform(-1, 1) * max(0.0, h / 2 - margin)
        angle = rng.uniform(-180, 180) if "rotation" in deg else rng.uniform(-4, 4)
        tilt = (
            rng.uniform(0.06, 0.13) if "perspective" in deg else rng.uniform(0, 0.015)
        )
        img = _place(img, code, (cx, cy), side, angle, tilt, rng)
    f: np.ndarray = img.astype(np.float32)
    if "light" in deg:  # uneven light: a strong gradient and a hot spot
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        a = rng.uniform(0, 2 * np.pi)
        grad = (xx / w - 0.5) * np.cos(a) + (yy / h - 0.5) * np.sin(a)
        gain = 1.0 + rng.uniform(0.9, 1.3) * grad
        sx, sy = rng.uniform(0, w), rng.uniform(0, h)
        spot = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * (w * 0.15) ** 2)))
        f = f * np.clip(gain, 0.15, 2.0) + rng.uniform(40, 90) * spot
    if "contrast" in deg:  # washed out: the whole range squeezed into 30–50 grey levels
        span = rng.uniform(30, 50)
        base = rng.uniform(70, 170)
        f = base + (f - 128) * span / 255
    if "blur" in deg:
        f = cv2.GaussianBlur(f, (0, 0), rng.uniform(1.2, 2.2))
    if "motion" in deg:
        f = cv2.filter2D(
            f, -1, _motion_kernel(int(rng.integers(5, 10)), rng.uniform(0, 180))
        )
    if "noise" in deg:
        f = f + rng.normal(0, rng.uniform(6, 16), f.shape).astype(np.float32)
    out: np.ndarray = np.clip(f, 0, 255).astype(np.uint8)
    if "jpeg" in deg:
        ok, buf = cv2.imencode(
            ".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(8, 25))]
        )
        decoded = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE) if ok else None
        if decoded is None:
            raise RuntimeError("OpenCV could not round-trip a JPEG")
        out = decoded
    return Frame(out, tuple(texts), tuple(d for d in DEGRADATIONS if d in deg))


# The benchmark's mix: (weight, degradations). Single faults, then combinations.
SCENARIOS: tuple[tuple[float, tuple[str, ...]], ...] = (
    (1.0, ()),
    (1.0, ("rotation",)),
    (1.0, ("perspective",)),
    (1.0, ("blur",)),
    (1.0, ("motion",)),
    (1.0, ("noise",)),
    (1.0, ("contrast",)),
    (1.0, ("light",)),
    (1.0, ("jpeg",)),
    (1.0, ("small",)),
    (0.8, ("rotation", "perspective", "noise")),
    (0.8, ("blur", "noise", "jpeg")),
    (0.8, ("contrast", "light")),
    (0.8, ("small", "blur")),
    (0.8, ("motion", "jpeg", "light")),
    (0.8, ("small", "rotation", "contrast", "noise")),
    (0.6, ("perspective", "blur", "light", "jpeg")),
    (0.6, ("rotation", "perspective", "motion", "contrast", "noise", "jpeg")),
)


def benchmark_frames(count: int, seed: int = 1) -> list[Frame]:
    """``count`` frames of the benchmark set. Frame ``i`` depends only on ``(seed, i)``,
    so a shorter run is a prefix of a longer one. About one frame in eight holds two
    codes."""
    weights = np.array([s[0] for s in SCENARIOS])
    weights /= weights.sum()
    frames = []
    for i in range(count):
        rng = np.random.default_rng([seed, i])
        scenario = SCENARIOS[int(rng.choice(len(SCENARIOS), p=weights))][1]
        n = 2 if rng.random() < 0.125 else 1
        texts: list[str] = []
        while len(texts) < n:
            t = random_payload(rng)
            if t not in texts:
                texts.append(t)
        frames.append(camera_frame(rng, texts, scenario))
    return frames
