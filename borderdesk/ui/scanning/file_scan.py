"""Scanning a QR code from an image file, chosen in a dialog or dropped on the window.

Decoding runs in the worker thread
(:class:`~borderdesk.ui.scanning.worker.DecodeService`), so a large photo never
freezes the window. Each code found is emitted as
``scanned(str)``; an image without a code, or one that cannot be read, is reported
as ``failed(code, path)`` for the window to explain.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from borderdesk.ui.scanning.worker import DecodeService, texts_of

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg"})


def is_image_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def image_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    """The local PNG/JPEG files a drag carries (other URLs and files left out)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and is_image_path(url.toLocalFile())
    ]


class FileScanner(QObject):
    """Decodes image files in the worker thread.

    Args:
        decoder: the decoding thread to use; None starts one on the first file
            (stopped by :meth:`stop`).

    Signals:
        scanned(str): a code found in a file (each code of each file).
        failed(str, str): ``no_code``, ``unreadable``, ``decoder_unavailable`` or
            ``decode_error``; and the file's path.
        finished(str): a file is done (whatever the outcome); its path.
    """

    scanned = Signal(str)
    failed = Signal(str, str)
    finished = Signal(str)

    def __init__(
        self, decoder: DecodeService | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._decoder = decoder
        self._own_decoder = decoder is None
        self.last_directory = ""
        if decoder is not None:
            self._connect(decoder)

    def _connect(self, decoder: DecodeService) -> None:
        decoder.file_decoded.connect(self._on_decoder_file_decoded)
        decoder.failed.connect(self._on_decoder_failed)

    def decoder(self) -> DecodeService:
        if self._decoder is None:
            self._decoder = DecodeService(parent=self, name="borderdesk-file-scan")
            self._connect(self._decoder)
        return self._decoder

    def busy(self) -> bool:
        return self._decoder is not None and self._decoder.busy()

    def scan_file(self, path: str | Path) -> None:
        """Decode ``path`` in the worker thread; results come as signals."""
        path = str(path)
        self.last_directory = str(Path(path).parent)
        log.info("scanning image file %s", path)
        self.decoder().decode_file(path)

    def choose_and_scan(self, parent: QWidget | None) -> str:
        """Ask for a PNG/JPEG file and scan it; the path, or "" if cancelled."""
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Scan a QR code from an image"),
            self.last_directory,
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.scan_file(path)
        return path

    def stop(self) -> None:
        """Stop a decoder thread started here (waits for the file in progress)."""
        if self._own_decoder and self._decoder is not None:
            self._decoder.stop()

    @Slot(str, object)
    def _on_decoder_file_decoded(self, path: str, result: Any) -> None:
        texts = texts_of(result)
        if not texts:
            self.failed.emit("no_code", path)
        for text in texts:
            self.scanned.emit(text)
        self.finished.emit(path)

    @Slot(str, str, str)
    def _on_decoder_failed(self, what: str, code: str, detail: str) -> None:
        if what == "frame":
            return
        log.info("image %s not scanned (%s): %s", what, code, detail)
        self.failed.emit(code, what)
        self.finished.emit(what)


class ImageDropFilter(QObject):
    """Lets image files be dropped anywhere on a window to scan them.

    Installed on the QApplication: it takes drags of PNG/JPEG files aimed at any
    widget of ``window`` (line edits included, which would otherwise paste the
    file's path) and leaves every other drag alone.

    Signals:
        dropped(str): the path of each image file dropped.
    """

    dropped = Signal(str)

    _DRAG_EVENTS = frozenset(
        {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop}
    )

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        window.setAcceptDrops(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._DRAG_EVENTS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False
        if not isinstance(event, QDropEvent):  # QDragEnterEvent/QDragMoveEvent too
            return False
        paths = image_paths(event)
        if not paths:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            for path in paths:
                self.dropped.emit(path)
        return True
