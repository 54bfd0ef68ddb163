"""QR decoding off the GUI thread: a worker object in a QThread, and its GUI-side owner.

The decoder (``borderdesk.scan``) is plain Python over numpy and native libraries and
may take tens of milliseconds per camera frame, or longer for a large photo: it must
never run on the GUI thread. :class:`DecodeWorker` lives in a QThread and runs one job
at a time from a queue of queued-signal calls. :class:`DecodeService`, on the GUI
thread, owns the thread, sends jobs through its own signals and receives the results in
``@Slot`` methods (STYLE.md §4: never lambdas for cross-thread signals, never a widget
touched from the worker).

``borderdesk.scan`` is imported lazily, in the worker thread, so that a computer
without the decoder's native libraries still opens the window; the failure is reported
as ``decoder_unavailable``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

STOP_WAIT_MS = 10_000
# Threads that would not stop in time: kept referenced so that Python never destroys
# a running QThread (which aborts the process). Only a hung decoder gets here.
_STUCK: list[QThread] = []

DecoderFactory = Callable[[], Any]
FileDecoder = Callable[[str], Any]


def _default_decoder() -> Any:
    from borderdesk import scan

    return scan.default_decoder()


def _default_file_decoder(path: str) -> Any:
    from borderdesk import scan

    return scan.decode_file(path)


def _error_code(exc: BaseException) -> str:
    """``unreadable``, ``decoder_unavailable``, ``invalid_frame``, ``decode_error``."""
    from borderdesk.scan import errors

    if isinstance(exc, errors.ImageUnreadable | OSError):
        return "unreadable"
    if isinstance(exc, errors.DecoderUnavailable | ImportError):
        return "decoder_unavailable"
    if isinstance(exc, errors.InvalidFrame):
        return "invalid_frame"
    return "decode_error"


def texts_of(result: Any) -> list[str]:
    """The decoded texts of a ``DecodeResult`` (``codes[i].text``), in order."""
    codes = getattr(result, "codes", result) or []
    return [str(getattr(code, "text", code)) for code in codes]


class DecodeWorker(QObject):
    """Runs the decoder; lives in a worker thread (``moveToThread``).

    Args:
        decoder_factory: makes the frame decoder (``decode_frame(gray)``), called
            once, in the worker thread, on the first frame.
        file_decoder: decodes an image file (``decode_file(path)``).

    Signals:
        frame_decoded(object): the ``DecodeResult`` of the last frame.
        file_decoded(str, object): an image file's path and its ``DecodeResult``.
        failed(str, str, str): what failed (``"frame"`` or the file's path), the
            error code (see :func:`_error_code`) and a detail for the log.
    """

    frame_decoded = Signal(object)
    file_decoded = Signal(str, object)
    failed = Signal(str, str, str)

    def __init__(
        self,
        decoder_factory: DecoderFactory | None = None,
        file_decoder: FileDecoder | None = None,
    ) -> None:
        super().__init__()
        self._factory = decoder_factory or _default_decoder
        self._file_decoder = file_decoder or _default_file_decoder
        self._decoder: Any = None

    @Slot(object)
    def decode_frame(self, gray: Any) -> None:
        try:
            if self._decoder is None:
                self._decoder = self._factory()
            result = self._decoder.decode_frame(gray)
        except Exception as exc:  # a decoder bug must not kill the thread
            code = _error_code(exc)
            if code == "decode_error":
                log.exception("decoding a frame failed")
            self.failed.emit("frame", code, str(exc))
            return
        self.frame_decoded.emit(result)

    @Slot(str)
    def decode_file(self, path: str) -> None:
        try:
            result = self._file_decoder(path)
        except Exception as exc:  # an unreadable file must not kill the thread
            code = _error_code(exc)
            if code == "decode_error":
                log.exception("decoding %s failed", path)
            self.failed.emit(path, code, str(exc))
            return
        self.file_decoded.emit(path, result)


class DecodeService(QObject):
    """The GUI thread's handle on a :class:`DecodeWorker` running in its own QThread.

    Call :meth:`stop` before the owner goes away (the window does it on close);
    it waits for the job in progress.

    Signals:
        frame_decoded(object): re-emitted from the worker, on the GUI thread.
        file_decoded(str, object): re-emitted from the worker, on the GUI thread.
        failed(str, str, str): re-emitted from the worker, on the GUI thread.
    """

    frame_decoded = Signal(object)
    file_decoded = Signal(str, object)
    failed = Signal(str, str, str)
    # GUI thread -> worker thread (queued: the worker lives in the other thread)
    _frame_requested = Signal(object)
    _file_requested = Signal(str)

    def __init__(
        self,
        decoder_factory: DecoderFactory | None = None,
        file_decoder: FileDecoder | None = None,
        parent: QObject | None = None,
        *,
        name: str = "borderdesk-decode",
    ) -> None:
        super().__init__(parent)
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName(name)
        self.worker = DecodeWorker(decoder_factory, file_decoder)
        self.worker.moveToThread(self._thread)
        self._frame_requested.connect(self.worker.decode_frame)
        self._file_requested.connect(self.worker.decode_file)
        self.worker.frame_decoded.connect(self._on_worker_frame_decoded)
        self.worker.file_decoded.connect(self._on_worker_file_decoded)
        self.worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.start()

    def busy(self) -> bool:
        """Whether a job sent is not finished yet."""
        return self._pending > 0

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def decode_frame(self, gray: Any) -> None:
        """Queue one grey frame (``numpy`` uint8 H×W); the result comes as a signal."""
        self._pending += 1
        self._frame_requested.emit(gray)

    def decode_file(self, path: str) -> None:
        """Queue one image file; the result comes as a signal."""
        self._pending += 1
        self._file_requested.emit(path)

    def stop(self) -> None:
        """Stop the thread after the job in progress (jobs still queued are dropped)."""
        if not self._thread.isRunning():
            return
        self._thread.requestInterruption()
        self._thread.quit()
        if not self._thread.wait(STOP_WAIT_MS):
            log.error("the decoder thread did not stop within %d ms", STOP_WAIT_MS)
            _STUCK.append(self._thread)

    @Slot(object)
    def _on_worker_frame_decoded(self, result: Any) -> None:
        self._pending = max(0, self._pending - 1)
        self.frame_decoded.emit(result)

    @Slot(str, object)
    def _on_worker_file_decoded(self, path: str, result: Any) -> None:
        self._pending = max(0, self._pending - 1)
        self.file_decoded.emit(path, result)

    @Slot(str, str, str)
    def _on_worker_failed(self, what: str, code: str, detail: str) -> None:
        self._pending = max(0, self._pending - 1)
        self.failed.emit(what, code, detail)
