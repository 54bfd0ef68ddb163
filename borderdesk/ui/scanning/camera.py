"""Reading QR codes with a camera (or, for tests and demos, from a series of images).

- :class:`FrameSource` delivers grey frames (``numpy`` ``uint8`` H×W) on request and
  preview images for display. It is a *pull* source: it converts and emits a frame
  only after :meth:`FrameSource.request_frame`, and drops the frames that arrive in
  between, so the camera runs at its own rate while the decoder sets the pace.
- :class:`CameraSource` wraps QCamera + QMediaCaptureSession + QVideoSink;
  :class:`ImageFrameSource` feeds frames from image files or arrays on a QTimer.
- :class:`FrameScanner` asks its source for a frame, sends it to a
  :class:`~borderdesk.ui.scanning.worker.DecodeService` (a worker thread), asks for
  the next frame when the result is back, and emits each code once within the repeat
  window (:class:`RepeatFilter`: a code held in front of the camera is read once).
- :class:`CameraDialog` shows the preview and flashes a confirmation when a code is
  read; it says so plainly when there is no camera.

``DecodeWorker`` is defined in :mod:`borderdesk.ui.scanning.worker` and re-exported
here.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QHideEvent,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borderdesk.ui.scanning.worker import (
    DecoderFactory,
    DecodeService,
    DecodeWorker,
    texts_of,
)

__all__ = [
    "CameraDialog",
    "CameraSource",
    "DecodeWorker",
    "FramePreview",
    "FrameScanner",
    "FrameSource",
    "ImageFrameSource",
    "RepeatFilter",
    "gray_from_qimage",
    "gray_from_video_frame",
    "qimage_from_gray",
]

log = logging.getLogger(__name__)

PREVIEW_INTERVAL_MS = 66  # ~15 preview images per second are plenty for aiming
FLASH_MS = 1600
TARGET_WIDTH = 1280  # camera resolution to ask for: enough for a CCCD QR at 20 cm

# Pixel formats whose first plane is the luma (Y) plane: grey without conversion.
_LUMA_PLANE_FORMATS = frozenset(
    {
        QVideoFrameFormat.PixelFormat.Format_NV12,
        QVideoFrameFormat.PixelFormat.Format_NV21,
        QVideoFrameFormat.PixelFormat.Format_YUV420P,
        QVideoFrameFormat.PixelFormat.Format_YUV422P,
        QVideoFrameFormat.PixelFormat.Format_YV12,
        QVideoFrameFormat.PixelFormat.Format_IMC1,
        QVideoFrameFormat.PixelFormat.Format_IMC2,
        QVideoFrameFormat.PixelFormat.Format_IMC3,
        QVideoFrameFormat.PixelFormat.Format_IMC4,
        QVideoFrameFormat.PixelFormat.Format_Y8,
    }
)


def _milliseconds_clock() -> Callable[[], int]:
    timer = QElapsedTimer()
    timer.start()
    return timer.elapsed


# -- conversions ---------------------------------------------------------------------


def gray_from_qimage(image: QImage) -> np.ndarray:
    """A contiguous ``uint8`` H×W copy of ``image`` in grey."""
    if image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    # A copy, always: the bytes belong to the QImage, gone when it is.
    return rows.reshape(height, stride)[:, :width].copy()


def qimage_from_gray(gray: np.ndarray) -> QImage:
    """A ``Format_Grayscale8`` QImage (a copy) of an H×W ``uint8`` array."""
    data = np.ascontiguousarray(gray, dtype=np.uint8)
    height, width = data.shape
    return QImage(
        data.data, width, height, width, QImage.Format.Format_Grayscale8
    ).copy()


def _gray_array(array: np.ndarray) -> np.ndarray:
    """H×W grey from an H×W grey or H×W×3/4 RGB(A) array."""
    if array.ndim == 2:
        return np.array(array, dtype=np.uint8)  # a copy: the caller may reuse its array
    if array.ndim == 3 and array.shape[2] in (3, 4):
        rgb = array[:, :, :3].astype(np.float32)
        luma = rgb @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        return np.ascontiguousarray(np.clip(luma + 0.5, 0, 255).astype(np.uint8))
    raise ValueError(f"not an image array: shape {array.shape}")


def gray_from_video_frame(frame: QVideoFrame) -> np.ndarray | None:
    """The frame in grey: its luma plane when it has one (no conversion), else via
    ``toImage()``; None for an empty frame."""
    if not frame.isValid():
        return None
    if frame.pixelFormat() in _LUMA_PLANE_FORMATS:
        mapped = QVideoFrame(frame)  # a shallow copy: map() must not touch the sink's
        if mapped.map(QVideoFrame.MapMode.ReadOnly):
            try:
                height, width = mapped.height(), mapped.width()
                stride = mapped.bytesPerLine(0)
                rows = np.frombuffer(mapped.bits(0), np.uint8, count=stride * height)
                # A copy, always: the bytes are gone once the frame is unmapped.
                return rows.reshape(height, stride)[:, :width].copy()
            finally:
                mapped.unmap()
    image = frame.toImage()
    return None if image.isNull() else gray_from_qimage(image)


# -- sources -------------------------------------------------------------------------


class FrameSource(QObject):
    """Somewhere grey frames come from, one per :meth:`request_frame`.

    Signals:
        frame(object): a requested frame, ``numpy`` ``uint8`` H×W (grey).
        preview(QImage): an image to show (every frame, at a display rate).
        failed(str): ``no_camera``, ``camera_error`` or ``camera_denied``.
        active_changed(bool): started or stopped.

    Attributes:
        delivered: frames emitted on request.
        dropped: frames that arrived while none was requested (the decoder was busy).
    """

    frame = Signal(object)
    preview = Signal(QImage)
    failed = Signal(str)
    active_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = False
        self._active = False
        self.delivered = 0
        self.dropped = 0

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def is_active(self) -> bool:
        return self._active

    def request_frame(self) -> None:
        """Emit the next frame that arrives (once)."""
        self._wanted = True

    def wants_frame(self) -> bool:
        return self._wanted

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    def _deliver(self, gray: np.ndarray | None) -> bool:
        if not self._wanted or gray is None:
            self.dropped += 1
            return False
        self._wanted = False
        self.delivered += 1
        self.frame.emit(gray)
        return True


class ImageFrameSource(FrameSource):
    """Frames from images, one per timer tick: tests, demos, a camera stand-in.

    Args:
        images: image files (PNG/JPEG…), QImages, or ``uint8`` arrays (H×W grey or
            H×W×3 RGB).
        interval_ms: the time between two ticks.
        loop: start again after the last image (else stop after delivering it).

    Attributes:
        ticks: timer ticks so far (a tick while a frame is being decoded shows that
            the event loop is not blocked).
    """

    def __init__(
        self,
        images: Sequence[str | Path | QImage | np.ndarray],
        interval_ms: int = 100,
        *,
        loop: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not images:
            raise ValueError("ImageFrameSource needs at least one image")
        self._frames = [self._load(image) for image in images]
        self._index = 0
        self._loop = loop
        self.ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @staticmethod
    def _load(image: str | Path | QImage | np.ndarray) -> tuple[QImage, np.ndarray]:
        if isinstance(image, np.ndarray):
            gray = _gray_array(image)
            return qimage_from_gray(gray), gray
        if isinstance(image, str | Path):
            loaded = QImage(str(image))
            if loaded.isNull():
                raise ValueError(f"cannot read image {image}")
            image = loaded
        return image, gray_from_qimage(image)

    def start(self) -> None:
        self._timer.start()
        self._set_active(True)

    def stop(self) -> None:
        self._timer.stop()
        self._set_active(False)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.ticks += 1
        image, gray = self._frames[self._index]
        self.preview.emit(image)
        if self._deliver(gray):
            self._index += 1
            if self._index == len(self._frames):
                self._index = 0
                if not self._loop:
                    self.stop()


def pick_camera_format(formats: Sequence[QCameraFormat]) -> QCameraFormat | None:
    """The largest resolution up to :data:`TARGET_WIDTH` wide (then the highest frame
    rate); the smallest one if all are wider; None if the camera lists none."""
    if not formats:
        return None

    def area(f: QCameraFormat) -> int:
        return f.resolution().width() * f.resolution().height()

    fitting = [f for f in formats if f.resolution().width() <= TARGET_WIDTH]
    if fitting:
        return max(fitting, key=lambda f: (area(f), f.maxFrameRate()))
    return min(formats, key=area)


class CameraSource(FrameSource):
    """A camera through QtMultimedia; ``device`` None means the system's default."""

    def __init__(
        self, device: QCameraDevice | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._device = device
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
        self._clock = _milliseconds_clock()
        self._last_preview = -PREVIEW_INTERVAL_MS

    @staticmethod
    def cameras() -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    def video_sink(self) -> QVideoSink:
        """Where the capture session delivers the camera's frames."""
        return self._sink

    def device(self) -> QCameraDevice | None:
        return self._device

    def start(self) -> None:
        if self._camera is not None:
            return
        device = self._device or QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.failed.emit("no_camera")
            return
        camera = QCamera(device, self)
        chosen = pick_camera_format(device.videoFormats())
        if chosen is not None:
            camera.setCameraFormat(chosen)
        camera.errorOccurred.connect(self._on_camera_error_occurred)
        camera.activeChanged.connect(self._on_camera_active_changed)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self._sink)
        self._camera, self._session = camera, session
        log.info("camera %s starting", device.description())
        camera.start()

    def stop(self) -> None:
        camera, session = self._camera, self._session
        self._camera = self._session = None
        if camera is not None:
            camera.errorOccurred.disconnect(self._on_camera_error_occurred)
            camera.activeChanged.disconnect(self._on_camera_active_changed)
            camera.stop()
            camera.deleteLater()
        if session is not None:
            session.deleteLater()
        self._set_active(False)

    @Slot(bool)
    def _on_camera_active_changed(self, active: bool) -> None:
        self._set_active(active)

    @Slot(QCamera.Error, str)
    def _on_camera_error_occurred(self, error: QCamera.Error, text: str) -> None:
        log.warning("camera error %s: %s", error, text)
        self.failed.emit("camera_error")

    @Slot(QVideoFrame)
    def _on_sink_video_frame_changed(self, frame: QVideoFrame) -> None:
        now = self._clock()
        image: QImage | None = None
        if now - self._last_preview >= PREVIEW_INTERVAL_MS:
            image = frame.toImage()
            if not image.isNull():
                self._last_preview = now
                self.preview.emit(image)
        if not self.wants_frame():
            self.dropped += 1
            return
        if image is not None and not image.isNull():
            self._deliver(gray_from_qimage(image))
        else:
            self._deliver(gray_from_video_frame(frame))


# -- decoding frames -----------------------------------------------------------------


class RepeatFilter:
    """Lets a text through once, then not again until it has been away for a while.

    Every sighting restarts the text's window, so a code left in front of the
    camera is read once, however long it stays.
    """

    def __init__(self, window_ms: int, now_ms: Callable[[], int]) -> None:
        self.window_ms = window_ms
        self._now = now_ms
        self._seen: dict[str, int] = {}

    def accept(self, text: str) -> bool:
        now = self._now()
        self._seen = {
            t: at for t, at in self._seen.items() if now - at <= self.window_ms
        }
        fresh = text not in self._seen
        self._seen[text] = now
        return fresh

    def forget(self) -> None:
        self._seen.clear()


class FrameScanner(QObject):
    """Frames from a source -> the decoder thread -> texts, once each.

    Args:
        source: where frames come from; started and stopped with the scanner.
        decoder: the decoding thread to use; None starts a private one (stopped by
            :meth:`stop`) with ``decoder_factory`` (None: ``scan.default_decoder``).
        repeat_ms: the repeat window (see :class:`RepeatFilter`).
        now_ms: the clock of the repeat window (injected by tests).

    Signals:
        scanned(str): a code read (not read before within the repeat window).
        decoded(object): each frame's ``DecodeResult`` (timing, attempts).
        failed(str): the decoder's error code (``decoder_unavailable``…).
    """

    scanned = Signal(str)
    decoded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        source: FrameSource,
        decoder: DecodeService | None = None,
        *,
        decoder_factory: DecoderFactory | None = None,
        repeat_ms: int = 3000,
        now_ms: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._own_decoder = decoder is None
        self.decoder = decoder or DecodeService(
            decoder_factory, parent=self, name="borderdesk-camera"
        )
        self.repeats = RepeatFilter(repeat_ms, now_ms or _milliseconds_clock())
        self._running = False
        self._stopped = False
        self.frames_decoded = 0
        self.source.frame.connect(self._on_source_frame)
        self.decoder.frame_decoded.connect(self._on_decoder_frame_decoded)
        self.decoder.failed.connect(self._on_decoder_failed)

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._stopped:
            raise RuntimeError("a stopped FrameScanner cannot start again")
        self._running = True
        self.source.start()
        if not self.decoder.busy():
            self.source.request_frame()

    def stop(self) -> None:
        """Stop the source (and a private decoder thread, waiting for its frame)."""
        self._running = False
        self.source.stop()
        if self._stopped:
            return
        self._stopped = True
        if self._own_decoder:
            self.decoder.stop()
        else:  # a shared decoder's later results are not ours any more
            self.decoder.frame_decoded.disconnect(self._on_decoder_frame_decoded)
            self.decoder.failed.disconnect(self._on_decoder_failed)

    @Slot(object)
    def _on_source_frame(self, gray: Any) -> None:
        if self._running:
            self.decoder.decode_frame(gray)

    @Slot(object)
    def _on_decoder_frame_decoded(self, result: Any) -> None:
        self.frames_decoded += 1
        self.decoded.emit(result)
        for text in texts_of(result):
            if self.repeats.accept(text):
                self.scanned.emit(text)
        if self._running:
            self.source.request_frame()

    @Slot(str, str, str)
    def _on_decoder_failed(self, what: str, code: str, detail: str) -> None:
        if what != "frame":
            return
        self.failed.emit(code)
        if code == "decoder_unavailable":
            self.stop()
        elif self._running:
            self.source.request_frame()


# -- widgets -------------------------------------------------------------------------


class FramePreview(QWidget):
    """Paints the latest preview image, an aiming square, and scan confirmations.

    Painting ourselves (rather than a QVideoWidget) works the same for cameras and
    image sources, lets the confirmation sit over the picture, and shows in
    ``grab()`` screenshots.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framePreview")
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image = QImage()
        self._message = ""
        self._flash_text = ""
        self._flash_ok = True
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._on_flash_timer_timeout)

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    @Slot(QImage)
    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def image(self) -> QImage:
        return self._image

    def set_message(self, text: str) -> None:
        """A text instead of the picture ("no camera"); "" shows the picture."""
        self._message = text
        if text:
            self._image = QImage()
        self.update()

    def message(self) -> str:
        return self._message

    def flash(self, text: str, ok: bool = True, ms: int = FLASH_MS) -> None:
        """Frame the picture in green (ok) or red and show ``text`` for ``ms``."""
        self._flash_text = text
        self._flash_ok = ok
        self._flash_timer.start(ms)
        self.update()

    def flash_text(self) -> str:
        """The confirmation shown now ("" when none)."""
        return self._flash_text

    @Slot()
    def _on_flash_timer_timeout(self) -> None:
        self._flash_text = ""
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = self.rect()
        painter.fillRect(area, QColor("#1e2622"))
        if self._message:
            painter.setPen(QColor("#e8efeb"))
            text_area = area.adjusted(32, 24, -32, -24)
            painter.drawText(
                text_area,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._message,
            )
        elif not self._image.isNull():
            scaled = self._image.size().scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRect(area.topLeft(), scaled)
            target.moveCenter(area.center())
            painter.drawImage(target, self._image)
            self._paint_aim(painter, target)
        if self._flash_text:
            self._paint_flash(painter, area)
        painter.end()

    @staticmethod
    def _paint_aim(painter: QPainter, picture: QRect) -> None:
        side = int(min(picture.width(), picture.height()) * 0.62)
        square = QRect(0, 0, side, side)
        square.moveCenter(picture.center())
        pen = QPen(QColor(255, 255, 255, 200), 3)
        painter.setPen(pen)
        arm = side // 6
        for x, y, dx, dy in (
            (square.left(), square.top(), 1, 1),
            (square.right(), square.top(), -1, 1),
            (square.left(), square.bottom(), 1, -1),
            (square.right(), square.bottom(), -1, -1),
        ):
            painter.drawLine(x, y, x + dx * arm, y)
            painter.drawLine(x, y, x, y + dy * arm)

    def _paint_flash(self, painter: QPainter, area: QRect) -> None:
        color = QColor("#1b7a3d" if self._flash_ok else "#b3261e")
        pen = QPen(color, 8)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(area).adjusted(4, 4, -4, -4))
        band_height = 56
        band = QRect(
            area.left() + 8,
            area.bottom() - band_height - 8,
            area.width() - 16,
            band_height,
        )
        painter.fillRect(band, QColor(0, 0, 0, 190))
        icon = QIcon(":/icons/ok.svg" if self._flash_ok else ":/icons/error.svg")
        icon_rect = QRect(band.left() + 14, band.top() + 12, 32, 32)
        icon.paint(painter, icon_rect)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        painter.setFont(font)
        text_rect = band.adjusted(60, 0, -12, 0)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            painter.fontMetrics().elidedText(
                self._flash_text, Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )


SourceFactory = Callable[[], FrameSource]


def camera_choices() -> list[tuple[str, str, SourceFactory]]:
    """(id, label, factory) for every camera of this computer, the default first."""
    choices = []
    for device in sorted(CameraSource.cameras(), key=lambda d: not d.isDefault()):
        device_id = bytes(device.id().data()).hex()
        factory = functools.partial(CameraSource, device)
        choices.append((device_id, device.description(), factory))
    return choices


class CameraDialog(QDialog):
    """The camera window: choose a camera, start/stop it, see what it sees.

    Non-modal: the officer can keep it open beside the form. The camera runs only
    while the window is shown.

    Args:
        choices: (id, label, factory) of the frame sources to offer; None lists the
            cameras of this computer (:func:`camera_choices`).
        selected: the id to choose first (the one used last time).
        repeat_ms: the repeat window of the scanner.
        decoder_factory: makes the frame decoder (None: ``scan.default_decoder``);
            each run of the camera decodes in a thread of its own.

    Signals:
        scanned(str): a code read by the camera.
        source_chosen(str): the officer chose another camera (its id).
        failed(str): the source's or the decoder's error code.
    """

    scanned = Signal(str)
    source_chosen = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choices: list[tuple[str, str, SourceFactory]] | None = None,
        selected: str = "",
        repeat_ms: int = 3000,
        decoder_factory: DecoderFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self._choices = camera_choices() if choices is None else choices
        self._repeat_ms = repeat_ms
        self._decoder_factory = decoder_factory
        self.scanner: FrameScanner | None = None
        self._problem = ""
        self._last_read = ""

        self.camera_combo = QComboBox(self)
        for choice_id, label, _factory in self._choices:
            self.camera_combo.addItem(label, choice_id)
        index = self.camera_combo.findData(selected) if selected else -1
        self.camera_combo.setCurrentIndex(max(index, 0))
        self.camera_combo.setEnabled(len(self._choices) > 1)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("primary")
        self.start_button.setCheckable(True)
        self._camera_label = QLabel(self)
        self._camera_label.setBuddy(self.camera_combo)
        self.preview = FramePreview(self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole
        )

        top = QHBoxLayout()
        top.addWidget(self._camera_label)
        top.addWidget(self.camera_combo, 1)
        top.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.start_button.toggled.connect(self._on_start_button_toggled)
        self.camera_combo.activated.connect(self._on_camera_combo_activated)
        self.buttons.rejected.connect(self.reject)
        self.start_button.setEnabled(bool(self._choices))
        self.resize(720, 560)
        self._retranslate()

    # -- running -------------------------------------------------------------------

    def start(self) -> None:
        """Start the chosen source (nothing when there is none)."""
        if not self._choices or self.scanner is not None:
            return
        _choice_id, _label, factory = self._choices[self.camera_combo.currentIndex()]
        source = factory()
        source.setParent(self)
        source.preview.connect(self.preview.set_image)
        source.failed.connect(self._on_source_failed)
        scanner = FrameScanner(
            source,
            decoder_factory=self._decoder_factory,
            repeat_ms=self._repeat_ms,
            parent=self,
        )
        scanner.scanned.connect(self.scanned)
        scanner.failed.connect(self._on_scanner_failed)
        self.scanner = scanner
        self._problem = ""
        self.preview.set_message("")
        scanner.start()
        self.start_button.setChecked(True)
        self._retranslate()

    def stop(self) -> None:
        scanner, self.scanner = self.scanner, None
        if scanner is not None:
            scanner.stop()
            scanner.source.deleteLater()
            scanner.deleteLater()
        self.start_button.setChecked(False)
        self._retranslate()

    def is_running(self) -> bool:
        return self.scanner is not None

    def show_result(self, text: str, ok: bool) -> None:
        """The visible confirmation of a code the router handled."""
        self.preview.flash(text, ok)
        self._last_read = text
        self._retranslate()

    @Slot(bool)
    def _on_start_button_toggled(self, checked: bool) -> None:
        if checked and self.scanner is None:
            self.start()
        elif not checked and self.scanner is not None:
            self.stop()

    @Slot(int)
    def _on_camera_combo_activated(self, index: int) -> None:
        running = self.scanner is not None
        self.stop()
        self.source_chosen.emit(str(self.camera_combo.itemData(index)))
        if running:
            self.start()

    @Slot(str)
    def _on_source_failed(self, code: str) -> None:
        self._problem = code
        self.stop()
        self.failed.emit(code)

    @Slot(str)
    def _on_scanner_failed(self, code: str) -> None:
        if code == "decoder_unavailable":
            self._problem = code
            self.stop()
        self.failed.emit(code)

    # -- closing -------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # never leave the camera on behind the officer's back
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    # -- texts ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.close_button.setText(self.tr("Close"))
        self._camera_label.setText(self.tr("Camera:"))
        running = self.scanner is not None
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        if not self._choices:
            self.camera_combo.clear()
            self.camera_combo.addItem(self.tr("No camera"), "")
            self.preview.set_message(
                self.tr(
                    "No camera found on this computer.\n\nConnect a USB camera and "
                    "open this window again, or use a QR scanner or "
                    "Scan ▸ From image file."
                )
            )
            self.status.setText("")
            return
        if self._problem:
            self.preview.set_message(self._problem_text(self._problem))
            self.status.setText("")
        elif self._last_read:
            self.status.setText(
                self.tr("Last read: {text}").format(text=self._last_read)
            )
        elif running:
            self.status.setText(
                self.tr(
                    "Hold the QR code or the passport's data page inside the "
                    "square, about 20 cm from the camera."
                )
            )
        else:
            self.status.setText(self.tr("The camera is off. Press Start."))

    def _problem_text(self, code: str) -> str:
        if code == "no_camera":
            return self.tr("The camera is not connected any more.")
        if code == "decoder_unavailable":
            return self.tr(
                "The QR decoder is not installed on this computer: camera scanning "
                "is not possible. Call the technician."
            )
        return self.tr(
            "The camera reported an error. Check its cable, close other programs "
            "using it, and press Start again."
        )
