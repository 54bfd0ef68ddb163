"""The decoder: cheap path first, the preprocessing ladder, files, errors, threads
(borderdesk.scan.decoder and the package helpers)."""

from __future__ import annotations

import contextlib
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.extra import numpy as hnp
from PIL import Image

from borderdesk import scan
from borderdesk.scan import synth
from borderdesk.scan.decoder import (
    CAMERA_LADDER,
    RAW,
    THOROUGH_LADDER,
    Decoder,
    DecodeResult,
    Step,
    as_gray,
    default_decoder,
    read_gray,
    rescale,
    thorough_decoder,
)
from borderdesk.scan.engines import Decoded, QrEngine, ZxingEngine
from borderdesk.scan.errors import ImageUnreadable, InvalidFrame, ScanError

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
CCCD = (
    "001090012345|123456789|Nguyễn Văn An|17051990|Nam|"
    "Số 12 Phố Huế, Hai Bà Trưng, Hà Nội|15032021"
)
NAME = "Nguyễn Văn Đức"

# Decoders are immutable and thread-safe: build them once for the module.
DEFAULT = default_decoder()
THOROUGH = thorough_decoder()


def test_clean_frame_exits_at_the_first_attempt(qr_frame: Any) -> None:
    result = DEFAULT.decode_frame(qr_frame(CCCD))
    assert result.texts == [CCCD]
    assert (result.step, result.attempts, result.timed_out) == ("raw", 1, False)
    assert result.ms > 0
    assert result.to_dict()["codes"][0]["text"] == CCCD


def test_two_codes_in_one_frame() -> None:
    frame = synth.camera_frame(np.random.default_rng(7), [CCCD, NAME])
    for decoder in (DEFAULT, THOROUGH):
        result = decoder.decode_frame(frame.image)
        assert sorted(result.texts) == sorted([CCCD, NAME])
        left = min(result.codes, key=lambda c: c.rect[0])
        assert left.rect[0] < 640  # one code per half of the frame


def test_blank_frame_returns_nothing_fast() -> None:
    blank = synth.background(np.random.default_rng(3))
    DEFAULT.decode_frame(blank)  # warm up
    result = DEFAULT.decode_frame(blank)
    assert result.codes == []
    assert result.step is None
    assert result.attempts == 1 + len(CAMERA_LADDER)
    assert list(result.steps_tried) == ["raw", *(s.name for s in CAMERA_LADDER)]
    assert result.ms < 200  # ~10 ms on the reference machine; generous for CI


def test_a_degraded_frame_needs_the_ladder() -> None:
    """Washed-out codes that zxing-cpp misses on the raw frame; the ladder reads them,
    and never reads a wrong text."""
    raw_engine = ZxingEngine(try_downscale=False, try_invert=False)
    rescued = []
    for seed in range(12):
        frame = synth.camera_frame(
            np.random.default_rng([42, seed]), [CCCD], ("contrast", "blur")
        )
        result = DEFAULT.decode_frame(frame.image)
        assert set(result.texts) <= {CCCD}
        if raw_engine.decode(frame.image) == [] and result.texts == [CCCD]:
            assert result.step in {s.name for s in CAMERA_LADDER}
            assert result.attempts > 1
            rescued.append(seed)
    assert rescued, "no frame of the set needed the ladder"


def test_ladder_results_are_in_frame_coordinates(qr_frame: Any) -> None:
    """A code found on a resized copy is reported where it is in the frame given."""

    class RefusesRawFrames(QrEngine):
        name = "zxing"

        def __init__(self) -> None:
            self.inner = ZxingEngine()

        def decode(self, gray: np.ndarray, *, quick: bool = False) -> list[Decoded]:
            return self.inner.decode(gray) if quick else []

    frame = qr_frame(CCCD, module_px=6, size=(900, 700))
    [expected] = ZxingEngine().decode(frame)
    for step in (Step("up", rescale(1.7)), Step("down", rescale(0.6))):
        result = Decoder([RefusesRawFrames()], [step]).decode_frame(frame)
        assert result.step == step.name
        [code] = result.codes
        for (x, y), (ex, ey) in zip(code.polygon, expected.polygon, strict=True):
            assert abs(x - ex) <= 4
            assert abs(y - ey) <= 4
    # Frames larger than max_side: the ladder works on a shrunk copy.
    result = Decoder(
        [RefusesRawFrames()], [Step("same", rescale(1.0))], max_side=450
    ).decode_frame(frame)
    [code] = result.codes
    for (x, y), (ex, ey) in zip(code.polygon, expected.polygon, strict=True):
        assert abs(x - ex) <= 6
        assert abs(y - ey) <= 6


def test_time_budget_cuts_the_ladder_short() -> None:
    blank = synth.background(np.random.default_rng(5))
    result = default_decoder(budget_ms=0).decode_frame(blank)
    assert result.timed_out
    assert result.attempts == 1
    assert result.steps_tried == ("raw",)


def test_steps_whose_engines_are_missing_are_dropped() -> None:
    decoder = Decoder([ZxingEngine()], THOROUGH_LADDER)
    assert decoder.ladder == THOROUGH_LADDER  # all have zxing or no restriction
    only_zbar = Decoder([ZxingEngine()], [Step("z", RAW.prepare, engines=("zbar",))])
    assert only_zbar.ladder == ()
    with pytest.raises(ValueError, match="at least one engine"):
        Decoder([])


def test_frames_of_any_layout_are_accepted(qr_frame: Any) -> None:
    frame = qr_frame(NAME)
    assert DEFAULT.decode_frame(frame[:, :, np.newaxis]).texts == [NAME]
    strided = np.zeros((frame.shape[0], frame.shape[1] * 2), np.uint8)
    strided[:, ::2] = frame
    assert DEFAULT.decode_frame(strided[:, ::2]).texts == [NAME]
    assert DEFAULT.decode_frame(np.asfortranarray(frame)).texts == [NAME]


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((0, 5), np.uint8),
        np.zeros((5, 0), np.uint8),
        np.zeros((4, 4, 3), np.uint8),
        np.zeros((4,), np.uint8),
        np.zeros((4, 4), np.uint16),
        np.zeros((4, 4), np.float32),
        [[0, 1], [1, 0]],
        None,
    ],
)
def test_invalid_frames_raise_a_typed_error(bad: Any) -> None:
    with pytest.raises(InvalidFrame):
        DEFAULT.decode_frame(bad)
    with pytest.raises(ScanError):
        as_gray(bad)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hnp.arrays(
        np.uint8, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=48)
    )
)
def test_arbitrary_small_frames_never_raise(frame: np.ndarray) -> None:
    for decoder in (DEFAULT, THOROUGH):
        result = decoder.decode_frame(frame)
        assert isinstance(result, DecodeResult)


@settings(max_examples=60, deadline=None)
@given(
    hnp.arrays(
        hnp.scalar_dtypes(),
        hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=6),
    )
)
def test_arbitrary_arrays_raise_only_typed_errors(frame: np.ndarray) -> None:
    with contextlib.suppress(InvalidFrame):
        DEFAULT.decode_frame(frame)


def test_decoder_is_thread_safe() -> None:
    frames = [
        synth.camera_frame(np.random.default_rng([9, i]), [f"{CCCD}|{i}"], ("noise",))
        for i in range(8)
    ]
    sequential = [THOROUGH.decode_frame(f.image).texts for f in frames]
    assert sequential == [list(f.texts) for f in frames]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            assert (
                list(pool.map(lambda f: THOROUGH.decode_frame(f.image).texts, frames))
                == sequential
            )


# --- files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cccd_qr.png", CCCD),
        ("cccd_qr_photo.jpg", CCCD),
        (
            "cccd_qr_new_card.png",
            "036305001234||Trần Thị Mai|09112005|Nữ|"
            "Xóm 3, Xã Hải Quang, Huyện Hải Hậu, Tỉnh Nam Định|20052024||",
        ),
    ],
)
def test_decode_file_on_the_samples(name: str, text: str) -> None:
    result = scan.decode_file(SAMPLES / name)
    assert result.texts == [text]
    assert result.codes[0].encoding == "utf-8"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP"])
def test_decode_file_formats(tmp_path: Path, qr_frame: Any, fmt: str) -> None:
    path = tmp_path / f"code.{fmt.lower()}"
    Image.fromarray(qr_frame(NAME)).save(path, format=fmt)
    assert scan.decode_file(path).texts == [NAME]
    assert scan.decode_file(str(path)).texts == [NAME]


def test_colour_transparent_rotated_and_16_bit_files(
    tmp_path: Path, qr_frame: Any
) -> None:
    grey = qr_frame(NAME)
    # A dark-on-transparent PNG: flattened onto white, not black on black.
    rgba = np.zeros((*grey.shape, 4), np.uint8)
    rgba[..., 3] = 255 - grey
    Image.fromarray(rgba, "RGBA").save(tmp_path / "alpha.png")
    assert scan.decode_file(tmp_path / "alpha.png").texts == [NAME]
    # Colour JPEG with an EXIF orientation tag (rotated 90°).
    rgb = Image.fromarray(np.rot90(grey).copy()).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6
    rgb.save(tmp_path / "rotated.jpg", exif=exif, quality=95)
    assert read_gray(tmp_path / "rotated.jpg").shape == grey.shape
    assert scan.decode_file(tmp_path / "rotated.jpg").texts == [NAME]
    # 16-bit grey PNG.
    Image.fromarray(grey.astype(np.uint16) * 257).save(tmp_path / "deep.png")
    assert read_gray(tmp_path / "deep.png").max() == 255
    assert scan.decode_file(tmp_path / "deep.png").texts == [NAME]


def _corrupt_files(tmp_path: Path, qr_frame: Any) -> dict[str, Path]:
    good_png, good_jpg = tmp_path / "good.png", tmp_path / "good.jpg"
    Image.fromarray(qr_frame(NAME)).save(good_png)
    Image.fromarray(qr_frame(NAME)).save(good_jpg, quality=90)
    files = {
        "truncated.png": good_png.read_bytes()[: len(good_png.read_bytes()) // 2],
        "truncated.jpg": good_jpg.read_bytes()[: len(good_jpg.read_bytes()) // 2],
        "header_only.png": good_png.read_bytes()[:40],
        "empty.png": b"",
        "garbage.jpg": bytes(range(256)) * 8,
        "text.png": "Nguyễn Văn An\n".encode(),
    }
    paths = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths[name] = tmp_path / name
    paths["missing.png"] = tmp_path / "missing.png"
    (tmp_path / "folder.png").mkdir()
    paths["folder.png"] = tmp_path / "folder.png"
    return paths


def test_unreadable_files_raise_a_typed_error(tmp_path: Path, qr_frame: Any) -> None:
    for name, path in _corrupt_files(tmp_path, qr_frame).items():
        with pytest.raises(ImageUnreadable) as info:
            scan.decode_file(path)
        assert info.value.path == str(path), name
        assert str(path) in str(info.value), name


def test_default_decoder_reads_files_too() -> None:
    assert DEFAULT.decode_file(SAMPLES / "cccd_qr.png").texts == [CCCD]


def test_package_helpers() -> None:
    assert isinstance(scan.default_decoder(), scan.Decoder)
    assert isinstance(scan.thorough_decoder(), scan.Decoder)
    assert scan.DecodeResult is DecodeResult
    assert scan.Decoded is Decoded
    with pytest.raises(AttributeError):
        scan.nothing_here  # noqa: B018
    assert "zxing" in repr(scan.default_decoder())


def test_the_camera_ladder_is_fast_on_the_reference_frame_size() -> None:
    """Smoke check of the latency design (the benchmark measures it properly): the
    whole camera ladder on a 1280×720 frame without a code stays well under 100 ms."""
    blank = synth.camera_frame(np.random.default_rng(11), [], ("noise", "light")).image
    DEFAULT.decode_frame(blank)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        DEFAULT.decode_frame(blank)
        times.append(time.perf_counter() - start)
    assert sorted(times)[2] < 0.1
