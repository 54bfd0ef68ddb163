"""Camera scanning: frame sources, decoding in a worker thread, the repeat window, the
camera window.

:class:`ImageFrameSource` stands in for a camera, so these tests always run; the
one test needing a real camera is skipped, by name, when the computer has none.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import qrcode
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaDevices, QVideoFrame, QVideoFrameFormat
from pytestqt.qtbot import QtBot

from borderdesk import scan
from borderdesk.ui import i18n
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.scanning import worker
from borderdesk.ui.scanning.camera import (
    CameraSource,
    FrameScanner,
    ImageFrameSource,
    gray_from_video_frame,
    qimage_from_gray,
)

CCCD = "001090012345||Nguyễn Văn An|17051990|Nam|Số 1 Phố Huế, Hà Nội|01022021"


def qr_array(text: str, box: int = 6) -> np.ndarray:
    """A grey QR code image (black modules on white, with the quiet zone)."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text.encode("utf-8"))
    modules = np.array(code.get_matrix(), dtype=bool)
    pixels = np.where(modules, 0, 255).astype(np.uint8)
    return np.kron(pixels, np.ones((box, box), dtype=np.uint8))


def qr_png(path: Path, text: str) -> Path:
    assert qimage_from_gray(qr_array(text)).save(str(path))
    return path


def blank(height: int = 240, width: int = 320) -> np.ndarray:
    return np.full((height, width), 200, dtype=np.uint8)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


class SlowDecoder:
    """The real camera decoder, made slow, recording the threads it ran on."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.threads: set[int] = set()
        self.inner = scan.default_decoder()

    def decode_frame(self, gray: np.ndarray) -> Any:
        self.threads.add(threading.get_ident())
        time.sleep(self.delay)
        return self.inner.decode_frame(gray)


@pytest.fixture(autouse=True)
def _no_decoder_thread_left(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every decoding thread a test starts is stopped by the end of the test."""
    started: list[worker.DecodeService] = []
    original = worker.DecodeService.__init__

    def record(self: worker.DecodeService, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(worker.DecodeService, "__init__", record)
    yield
    assert [s for s in started if s.is_running()] == []


class Ticks(QObject):
    """Counts GUI-thread timer ticks that happen while ``busy()`` is true."""

    def __init__(self, busy: Callable[[], bool], interval_ms: int = 10) -> None:
        super().__init__()
        self.busy = busy
        self.while_busy = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(interval_ms)

    def _on_timer_timeout(self) -> None:
        if self.busy():
            self.while_busy += 1


def test_image_frames_are_decoded_off_the_gui_thread_and_fill_the_form(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    slow = SlowDecoder(delay=0.2)
    path = qr_png(tmp_path / "cccd.png", CCCD)

    def demo_source() -> ImageFrameSource:
        return ImageFrameSource([blank(), path], interval_ms=20)

    dialog = window.scanning.open_camera(
        choices=[("demo", "Demo", demo_source)], decoder_factory=lambda: slow
    )
    qtbot.addWidget(dialog)
    scanner = dialog.scanner
    assert scanner is not None
    ticks = Ticks(scanner.decoder.busy)
    with qtbot.waitSignal(window.scanning.router.routed, timeout=10_000) as blocker:
        pass
    report = blocker.args[0]
    ticks.timer.stop()

    assert report.outcome == "filled"
    assert window.form.surname.text() == "Nguyễn"
    assert window.form.given_names.text() == "Văn An"
    assert window.form.document_number.text() == "001090012345"
    # The event loop kept running while frames were decoded in another thread.
    assert ticks.while_busy >= 3
    assert threading.get_ident() not in slow.threads
    # Visible and audible confirmation.
    assert "Nguyễn Văn An" in dialog.preview.flash_text()
    assert dialog.status.text() == "Lần đọc gần nhất: " + report.title_text()
    assert window.scanning.feedback.last in ("sound:ok", "beep:ok")
    # The first (blank) frame found nothing; the source dropped the frames that
    # came while the decoder was busy, never queueing them.
    assert scanner.frames_decoded >= 2
    assert scanner.source.dropped > 0

    dialog.close()
    assert not dialog.is_running()
    assert not scanner.decoder.is_running()


def test_frames_arriving_while_decoding_are_dropped_not_queued(qtbot: QtBot) -> None:
    slow = SlowDecoder(delay=0.05)
    source = ImageFrameSource([blank()], interval_ms=5)
    scanner = FrameScanner(source, decoder_factory=lambda: slow)
    pending: list[int] = []
    source.frame.connect(lambda _frame: pending.append(scanner.decoder._pending))
    scanner.start()
    try:
        qtbot.waitUntil(lambda: scanner.frames_decoded >= 3, timeout=5000)
    finally:
        scanner.stop()
    assert source.dropped > source.delivered
    assert max(pending) <= 1  # never more than the frame in progress


def test_a_code_in_view_is_read_once_within_the_repeat_window(qtbot: QtBot) -> None:
    clock = FakeClock()
    source = ImageFrameSource([qr_array("BDR1.same.code")], interval_ms=5)
    scanner = FrameScanner(source, repeat_ms=3000, now_ms=clock)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    scanner.start()
    try:
        qtbot.waitUntil(lambda: scanner.frames_decoded >= 4, timeout=5000)
        assert scans == ["BDR1.same.code"]
        clock.now += 2500  # seen again within the window: still once
        done = scanner.frames_decoded
        qtbot.waitUntil(lambda: scanner.frames_decoded >= done + 2, timeout=5000)
        assert scans == ["BDR1.same.code"]
        clock.now += 3001  # out of view longer than the window: read again
        qtbot.waitUntil(lambda: len(scans) == 2, timeout=5000)
    finally:
        scanner.stop()


def test_a_missing_decoder_is_reported_and_stops_the_scanner(qtbot: QtBot) -> None:
    def unavailable() -> Any:
        raise scan.DecoderUnavailable("zxing", "libzxing missing")

    source = ImageFrameSource([blank()], interval_ms=5)
    scanner = FrameScanner(source, decoder_factory=unavailable)
    with qtbot.waitSignal(scanner.failed, timeout=3000) as blocker:
        scanner.start()
    assert blocker.args == ["decoder_unavailable"]
    assert not scanner.is_running()
    assert not source.is_active()


def test_video_frames_become_grey_arrays() -> None:
    # NV12: the luma plane is used as it is.
    frame = QVideoFrame(
        QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat.PixelFormat.Format_NV12)
    )
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    luma = np.arange(64 * 48, dtype=np.uint32).astype(np.uint8).reshape(48, 64)
    stride = frame.bytesPerLine(0)
    plane = np.frombuffer(frame.bits(0), np.uint8, count=stride * 48).reshape(
        48, stride
    )
    plane[:, :64] = luma
    frame.unmap()
    gray = gray_from_video_frame(frame)
    assert gray is not None
    assert gray.shape == (48, 64)
    assert (gray == luma).all()

    # An RGB frame goes through QImage.
    image = QImage(32, 16, QImage.Format.Format_RGB32)
    image.fill(0x808080)
    gray = gray_from_video_frame(QVideoFrame(image))
    assert gray is not None
    assert gray.shape == (16, 32)
    assert int(gray[0, 0]) == 128
    assert gray_from_video_frame(QVideoFrame()) is None


def test_camera_source_converts_only_the_frames_asked_for(qtbot: QtBot) -> None:
    """Frames pushed into the source's sink, as the capture session does."""
    source = CameraSource()
    frames: list[np.ndarray] = []
    previews: list[QImage] = []
    source.frame.connect(frames.append)
    source.preview.connect(previews.append)
    image = qimage_from_gray(qr_array("BDC1.x.y")).convertToFormat(
        QImage.Format.Format_RGB32
    )
    source.video_sink().setVideoFrame(QVideoFrame(image))
    assert frames == []  # nobody asked
    assert len(previews) == 1
    source.request_frame()
    source.video_sink().setVideoFrame(QVideoFrame(image))
    source.video_sink().setVideoFrame(QVideoFrame(image))
    assert len(frames) == 1  # one request, one frame
    assert frames[0].shape == (image.height(), image.width())
    assert source.dropped == 2


@pytest.mark.skipif(
    bool(QMediaDevices.videoInputs()), reason="this computer has a camera"
)
def test_camera_source_without_a_camera_says_so(qtbot: QtBot) -> None:
    source = CameraSource()
    with qtbot.waitSignal(source.failed, timeout=1000) as blocker:
        source.start()
    assert blocker.args == ["no_camera"]
    assert not source.is_active()


@pytest.mark.skipif(
    not QMediaDevices.videoInputs(),
    reason="no camera device: QMediaDevices.videoInputs() is empty",
)
def test_a_real_camera_starts_and_delivers_frames(qtbot: QtBot) -> None:
    source = CameraSource()
    frames: list[np.ndarray] = []
    source.frame.connect(frames.append)
    source.start()
    source.request_frame()
    try:
        qtbot.waitUntil(lambda: bool(frames), timeout=10_000)
    finally:
        source.stop()
    assert frames[0].dtype == np.uint8
    assert frames[0].ndim == 2


def test_camera_window_without_camera_explains_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.scanning.open_camera(choices=[])
    qtbot.addWidget(dialog)
    assert not dialog.is_running()
    assert not dialog.start_button.isEnabled()
    assert dialog.windowTitle() == "Quét bằng camera"
    assert dialog.preview.message().startswith("Không tìm thấy camera")
    i18n.install("en")
    assert dialog.preview.message().startswith("No camera found")
    dialog.close()


def test_camera_window_start_stop_and_choice_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    def source() -> ImageFrameSource:
        return ImageFrameSource([blank()], interval_ms=20)

    dialog = window.scanning.open_camera(
        choices=[("a", "Camera A", source), ("b", "Camera B", source)],
        decoder_factory=lambda: SlowDecoder(0.0),
    )
    qtbot.addWidget(dialog)
    assert dialog.is_running()
    assert dialog.start_button.text() == "Dừng"
    dialog.start_button.click()
    assert not dialog.is_running()
    assert dialog.start_button.text() == "Bắt đầu"
    dialog.camera_combo.setCurrentIndex(1)
    dialog.camera_combo.activated.emit(1)
    assert window.prefs.value("scan/camera/device") == "b"
    dialog.start_button.click()
    assert dialog.is_running()
    dialog.hide()  # closing the window turns the camera off
    assert not dialog.is_running()
