"""Fixtures of the QR decoding tests (no Qt).

- ``zbar`` / ``zxing``: the engines; a test that needs libzbar is skipped (with the
  reason) on a machine without it, as core tests never need it (STYLE.md §3).
- ``qr_frame(payload, module_px=4, size=(480, 360))``: a clean grey frame with the
  code of ``payload`` (text as UTF-8, or bytes) centred on a white ground.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from borderdesk.scan import synth
from borderdesk.scan.engines import ZbarEngine, ZxingEngine
from borderdesk.scan.errors import DecoderUnavailable

QrFrame = Callable[..., np.ndarray]


@pytest.fixture
def zbar() -> ZbarEngine:
    try:
        return ZbarEngine()
    except DecoderUnavailable as exc:  # pragma: no cover - libzbar0 is in `make system`
        pytest.skip(str(exc))


@pytest.fixture
def zxing() -> ZxingEngine:
    return ZxingEngine()


def make_qr_frame(
    payload: str | bytes, module_px: int = 4, size: tuple[int, int] = (480, 360)
) -> np.ndarray:
    code = synth.qr_image(payload, module_px=module_px)
    w, h = size
    if code.shape[0] > min(w, h):
        raise ValueError("the code does not fit in the frame")
    frame = np.full((h, w), 255, np.uint8)
    y, x = (h - code.shape[0]) // 2, (w - code.shape[1]) // 2
    frame[y : y + code.shape[0], x : x + code.shape[1]] = code
    return frame


@pytest.fixture
def qr_frame() -> QrFrame:
    return make_qr_frame
