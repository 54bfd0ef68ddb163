"""The QR engines behind one interface (borderdesk.scan.engines)."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from borderdesk.scan import decoder as decoder_mod
from borderdesk.scan import engines, synth
from borderdesk.scan.engines import Decoded, QrEngine, ZbarEngine, ZxingEngine
from borderdesk.scan.errors import DecoderUnavailable, ScanError

NAME = "Nguyễn Văn Đức"
CCCD = (
    "001090012345|123456789|Nguyễn Văn An|17051990|Nam|"
    "Số 12 Phố Huế, Hai Bà Trưng, Hà Nội|15032021"
)


@pytest.fixture(params=["zbar", "zxing"])
def engine(request: pytest.FixtureRequest) -> QrEngine:
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize(
    "payload", [CCCD, NAME, "Đức", "Lê Thị Hồng", "Dương", "ASCII"]
)
def test_engine_decodes_a_generated_code(
    engine: QrEngine, qr_frame: Any, payload: str
) -> None:
    frame = qr_frame(payload)
    [code] = engine.decode(frame)
    assert code.text == payload
    assert code.engine == engine.name
    assert code.encoding.startswith("utf-8")
    # The symbol sits in the middle of the 480×360 frame, quiet zone (4 modules of
    # 4 px) excluded.
    side = (synth.qr_matrix(payload).shape[0] - 8) * 4
    left, top, width, height = code.rect
    assert abs(left + width / 2 - 240) <= 4
    assert abs(top + height / 2 - 180) <= 4
    assert abs(width - side) <= 6
    assert abs(height - side) <= 6


def test_zxing_reports_the_symbols_own_bytes(zxing: ZxingEngine, qr_frame: Any) -> None:
    [code] = zxing.decode(qr_frame("Đức"))
    assert code.raw == "Đức".encode()
    assert code.encoding == "utf-8"


def test_zbar_repairs_its_own_charset_guess(zbar: ZbarEngine, qr_frame: Any) -> None:
    [code] = zbar.decode(qr_frame("Đức"))
    assert code.raw == "ﾄ雪ｻｩc".encode()  # what libzbar made of the UTF-8 bytes
    assert code.text == "Đức"
    assert code.encoding == "utf-8 (repaired from shift_jis)"


def test_windows_1258_payload(engine: QrEngine, qr_frame: Any) -> None:
    [code] = engine.decode(qr_frame(b"Tr\xe2\xccn V\xe3n H\xfd\xdeu"))
    assert (code.text, code.encoding) == ("Trần Văn Hữu", "cp1258")


def test_both_engines_find_two_codes(engine: QrEngine) -> None:
    a, b = synth.qr_image(CCCD, module_px=4), synth.qr_image(NAME, module_px=4)
    frame = np.full((400, 900), 255, np.uint8)
    frame[20 : 20 + a.shape[0], 20 : 20 + a.shape[1]] = a
    frame[60 : 60 + b.shape[0], 500 : 500 + b.shape[1]] = b
    assert sorted(c.text for c in engine.decode(frame)) == sorted([CCCD, NAME])


def test_blank_frame(engine: QrEngine) -> None:
    assert engine.decode(np.full((240, 320), 200, np.uint8)) == []


def _ean13(digits: str) -> np.ndarray:
    """An EAN-13 barcode (1D): zbar finds it unless restricted to QR codes."""
    left_odd = [
        "0001101",
        "0011001",
        "0010011",
        "0111101",
        "0100011",
        "0110001",
        "0101111",
        "0111011",
        "0110111",
        "0001011",
    ]
    left_even = ["".join("1" if c == "0" else "0" for c in p)[::-1] for p in left_odd]
    right = ["".join("1" if c == "0" else "0" for c in p) for p in left_odd]
    parity = [
        "OOOOOO",
        "OOEOEE",
        "OOEEOE",
        "OOEEEO",
        "OEOOEE",
        "OEEOOE",
        "OEEEOO",
        "OEOEOE",
        "OEOEEO",
        "OEEOEO",
    ][int(digits[0])]
    bits = "101"
    for d, p in zip(digits[1:7], parity, strict=True):
        bits += (left_odd if p == "O" else left_even)[int(d)]
    bits += "01010"
    for d in digits[7:]:
        bits += right[int(d)]
    bits += "101"
    row = np.array(
        [0 if b == "1" else 255 for b in "0" * 10 + bits + "0" * 10], np.uint8
    )
    row = np.repeat(row, 3)
    row[:30] = row[-30:] = 255
    return np.tile(row, (120, 1))


def test_zbar_is_restricted_to_qr_codes(zbar: ZbarEngine) -> None:
    from pyzbar import pyzbar

    barcode = np.ascontiguousarray(_ean13("8934567890120"))  # valid check digit
    assert [d.type for d in pyzbar.decode(barcode)] == ["EAN13"]
    assert zbar.decode(barcode) == []


def test_zxing_trusts_the_codes_declared_charset(
    zxing: ZxingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A code with an ECI header (AIM ]Q2) is read as zxing-cpp converted it."""
    point = SimpleNamespace(x=1, y=2)
    fake = SimpleNamespace(
        text="Hà Nội",
        bytes=b"H\xe0 N\xf4\xf2i",
        symbology_identifier="]Q2",
        position=SimpleNamespace(
            top_left=point, top_right=point, bottom_right=point, bottom_left=point
        ),
    )
    monkeypatch.setattr(
        zxing, "_zx", SimpleNamespace(read_barcodes=lambda *a, **k: [fake])
    )
    [code] = zxing.decode(np.zeros((4, 4), np.uint8))
    assert (code.text, code.encoding, code.raw) == (
        "Hà Nội",
        "eci",
        b"H\xe0 N\xf4\xf2i",
    )


def _missing(module: str) -> Any:
    real = engines.import_module

    def fake(name: str) -> Any:
        if name == module:
            raise ImportError("Unable to find zbar shared library")
        return real(name)

    return fake


def test_missing_libzbar_raises_decoder_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engines, "import_module", _missing("pyzbar.pyzbar"))
    with pytest.raises(DecoderUnavailable) as info:
        ZbarEngine()
    assert info.value.engine == "zbar"
    assert "libzbar0" in str(info.value)
    assert "Unable to find zbar" in str(info.value)
    assert isinstance(info.value, ScanError)


def test_missing_pyzbar_module_raises_decoder_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)  # import raises ImportError
    with pytest.raises(DecoderUnavailable):
        ZbarEngine()


def test_a_dll_that_fails_to_load_raises_decoder_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake(name: str) -> Any:
        raise OSError("libiconv.dll: cannot load")

    monkeypatch.setattr(engines, "import_module", fake)
    with pytest.raises(DecoderUnavailable, match="cannot load"):
        ZxingEngine()


def test_default_decoder_falls_back_to_zbar_without_zxing(
    monkeypatch: pytest.MonkeyPatch, zbar: ZbarEngine, qr_frame: Any
) -> None:
    monkeypatch.setattr(engines, "import_module", _missing("zxingcpp"))
    decoder = decoder_mod.default_decoder()
    assert [e.name for e in decoder.engines] == ["zbar"]
    assert decoder.decode_frame(qr_frame(NAME)).texts == [NAME]
    assert [e.name for e in decoder_mod.thorough_decoder().engines] == ["zbar"]


def test_no_engine_at_all(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    real = engines.import_module

    def fake(name: str) -> Any:
        if name in ("zxingcpp", "pyzbar.pyzbar"):
            raise ImportError(f"No module named {name!r}")
        return real(name)

    monkeypatch.setattr(engines, "import_module", fake)
    with pytest.raises(DecoderUnavailable, match="no QR engine"):
        decoder_mod.default_decoder()
    with pytest.raises(DecoderUnavailable, match="no QR engine"):
        decoder_mod.thorough_decoder()
    from borderdesk import scan

    png = tmp_path / "x.png"
    from PIL import Image

    Image.fromarray(np.full((10, 10), 255, np.uint8)).save(png)
    with pytest.raises(DecoderUnavailable):
        scan.decode_file(png)


def test_decoded_geometry() -> None:
    code = Decoded(
        "x", b"x", "zxing", ((10, 20), (50, 20), (50, 70), (10, 70)), "utf-8"
    )
    assert code.rect == (10, 20, 40, 50)
    assert code.scaled(2).polygon == ((5, 10), (25, 10), (25, 35), (5, 35))
    assert code.scaled(1) is code
    assert Decoded("x", b"", "zbar", (), "utf-8").rect == (0, 0, 0, 0)
    assert code.to_dict()["rect"] == [10, 20, 40, 50]
    assert code.to_dict()["raw_hex"] == "78"


def test_importing_the_package_loads_no_native_library() -> None:
    """``import borderdesk.scan`` must stay cheap and never need libzbar."""
    code = (
        "import sys, borderdesk.scan\n"
        "heavy = {'numpy', 'cv2', 'pyzbar', 'zxingcpp', 'PIL'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
