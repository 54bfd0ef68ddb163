"""Sample inputs for the scanner.

``python -m borderdesk.scan.samples resources/samples``

Writes deterministic files about made-up people (every run produces the same bytes
with the same library versions), then checks each one the way the app will read it:

``cccd_qr.png``
    the QR code of a CCCD chip card (7 fields, old 9-digit ID present).
``cccd_qr_new_card.png``
    the 2024 Căn cước variant: empty old-ID field, two trailing empty fields.
``cccd_qr_photo.jpg``
    the first code photographed: rotated, in perspective, unevenly lit, noisy, on a
    cluttered desk, saved as JPEG.
``mrz_td3.txt``
    the MRZ of a Vietnamese passport (TD3, 2×44), valid check digits.
``mrz_td1_cccd.txt``
    the MRZ on the back of the CCCD card (TD1, 3×30; DOMAIN.md §2.4).
``receipt_qr.png`` / ``confirmation_qr.png``
    a crossing receipt (``BDR1``) and a pre-declaration confirmation slip (``BDC1``),
    signed with :data:`SAMPLE_KEY`, a publicly known demo key (its public half in
    ``sample_signing_key.txt``). No real terminal trusts it, so scanning them shows
    "signed by an unknown key" — the correct answer for a forged code.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from PIL import Image

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from borderdesk.core import cccd_qr, mrz, signed
from borderdesk.core.scanned import Kind, recognise
from borderdesk.scan import synth

#: Made up, internally consistent: 001 = Hà Nội, 0 = man born 19xx, 90 = 1990.
CCCD_PAYLOAD = (
    "001090012345|123456789|Nguyễn Văn An|17051990|Nam|"
    "Số 12 Phố Huế, Hai Bà Trưng, Hà Nội|15032021"
)
#: 036 = Nam Định, 3 = woman born 20xx, 05 = 2005; issued 2024 (Căn cước).
CCCD_NEW_CARD_PAYLOAD = (
    "036305001234||Trần Thị Mai|09112005|Nữ|"
    "Xóm 3, Xã Hải Quang, Huyện Hải Hậu, Tỉnh Nam Định|20052024||"
)
#: Demo signing key: derived from a public phrase, so NEVER trust it on a real terminal.
SAMPLE_KEY = Ed25519PrivateKey.from_private_bytes(
    hashlib.sha256(b"borderdesk public sample key - never trust it").digest()
)
SAMPLE_CROSSING_ID = "0195a8c2-4f00-7a00-8000-00000000abcd"


def receipt_text() -> str:
    return signed.make_receipt(
        crossing_id=SAMPLE_CROSSING_ID, gate="MONGCAI", terminal="T01", direction="exit",
        time_utc=datetime(2026, 3, 10, 2, 15, tzinfo=UTC),
        fingerprint=signed.document_fingerprint(SAMPLE_CROSSING_ID, "cccd", "VNM",
                                                "001090012345"),
        key=SAMPLE_KEY,
    )


def confirmation_text() -> str:
    return signed.make_confirmation(
        reference="TTBP-260310-000123", gate="MONGCAI", direction="exit",
        expected_date=date(2026, 3, 10), persons=1,
        issued_at=datetime(2026, 3, 9, 8, 0, tzinfo=UTC), key=SAMPLE_KEY,
    )


def sample_key_text() -> str:
    public = SAMPLE_KEY.public_key()
    return (
        "# Public half of the borderdesk DEMO signing key (receipt_qr.png,\n"
        "# confirmation_qr.png). Its private half is derivable by anyone: never trust it\n"
        "# on a real terminal.\n"
        f"key_id = {signed.key_id(public)}\n"
        f"public_key = {signed.b64encode(signed.public_key_bytes(public))}\n"
    )


#: The date the samples are checked against (MRZ two-digit years pivot on it).
REFERENCE_DATE = date(2026, 3, 10)


def _cd(text: str) -> str:
    return str(mrz.check_digit(text))


def _pad(text: str, width: int) -> str:
    if len(text) > width:
        raise ValueError(f"{text!r} is longer than {width}")
    return text + "<" * (width - len(text))


def mrz_td3() -> str:
    """Passport of Nguyễn Văn An (born 17 May 1990), personal number = CCCD number."""
    line1 = _pad("P<VNMNGUYEN<<VAN<AN", 44)
    number, birth, expiry = "C1234567<", "900517", "320315"
    personal = _pad("001090012345", 14)
    body = (
        number
        + _cd(number)
        + "VNM"
        + birth
        + _cd(birth)
        + "M"
        + expiry
        + _cd(expiry)
        + personal
        + _cd(personal)
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body + _cd(composite)}\n"


def mrz_td1_cccd() -> str:
    """Back of the CCCD card of Nguyễn Văn An: DOMAIN.md §2.4 layout."""
    full = "001090012345"
    short = full[3:]
    line1 = "IDVNM" + short + _cd(short) + full + "<<" + _cd(full)
    birth, expiry = "900517", "300517"  # a card issued at 30 expires at 40
    line2 = birth + _cd(birth) + "M" + expiry + _cd(expiry) + "VNM" + "<" * 11
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += _cd(composite)
    line3 = _pad("NGUYEN<<VAN<AN", 30)
    return f"{line1}\n{line2}\n{line3}\n"


def _png(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _jpeg(img: np.ndarray, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def cccd_photo() -> np.ndarray:
    """The CCCD code photographed at a counter (fixed seed)."""
    rng = np.random.default_rng(20260310)
    frame = synth.camera_frame(
        rng, [CCCD_PAYLOAD], ("rotation", "perspective", "light", "noise")
    )
    return frame.image


@dataclass(frozen=True, slots=True)
class Sample:
    name: str
    data: bytes
    check: Callable[[Path], None]


def _expect_qr(payload: str) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        from borderdesk.scan import decode_file

        texts = decode_file(path).texts
        if texts != [payload]:
            raise AssertionError(
                f"{path.name}: decoded {texts!r}, expected {payload!r}"
            )
        cccd_qr.parse(payload, today=REFERENCE_DATE)

    return check


def _expect_mrz(fmt: str) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        parsed = mrz.parse(path.read_text(encoding="ascii"), today=REFERENCE_DATE)
        if parsed.format != fmt or not parsed.valid:
            raise AssertionError(
                f"{path.name}: {parsed.format}, checks {parsed.checks}"
            )

    return check


def _expect_signed(kind: Kind, text: str) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        from borderdesk.scan import decode_file

        texts = decode_file(path).texts
        if texts != [text]:
            raise AssertionError(f"{path.name}: decoded {texts!r}")
        scanned = recognise(text)
        if scanned.kind is not kind or not scanned.ok:
            raise AssertionError(f"{path.name}: {scanned.to_dict()}")
        kid = signed.key_id(SAMPLE_KEY.public_key())
        scanned.value.envelope.verify({kid: SAMPLE_KEY.public_key()})

    return check


def samples() -> list[Sample]:
    card = synth.qr_image(CCCD_PAYLOAD, module_px=8, ec="M")
    new_card = synth.qr_image(CCCD_NEW_CARD_PAYLOAD, module_px=8, ec="M")
    return [
        Sample("cccd_qr.png", _png(card), _expect_qr(CCCD_PAYLOAD)),
        Sample(
            "cccd_qr_new_card.png", _png(new_card), _expect_qr(CCCD_NEW_CARD_PAYLOAD)
        ),
        Sample("cccd_qr_photo.jpg", _jpeg(cccd_photo()), _expect_qr(CCCD_PAYLOAD)),
        Sample("mrz_td3.txt", mrz_td3().encode("ascii"), _expect_mrz("TD3")),
        Sample("mrz_td1_cccd.txt", mrz_td1_cccd().encode("ascii"), _expect_mrz("TD1")),
        Sample("receipt_qr.png", _png(synth.qr_image(receipt_text(), module_px=6, ec="M")),
               _expect_signed(Kind.RECEIPT, receipt_text())),
        Sample("confirmation_qr.png",
               _png(synth.qr_image(confirmation_text(), module_px=6, ec="M")),
               _expect_signed(Kind.CONFIRMATION, confirmation_text())),
        Sample("sample_signing_key.txt", sample_key_text().encode("ascii"),
               lambda path: None),
    ]


def write(directory: Path) -> list[Path]:
    """Write every sample into ``directory`` (created if needed), check each one, and
    return their paths. Raises AssertionError when a sample does not read back."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in samples():
        path = directory / sample.name
        path.write_bytes(sample.data)
        sample.check(path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m borderdesk.scan.samples",
        description="Write the scanner's sample files.",
    )
    ap.add_argument(
        "directory", type=Path, help="where to write (e.g. resources/samples)"
    )
    args = ap.parse_args(argv)
    for path in write(args.directory):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
