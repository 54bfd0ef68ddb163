"""The typed errors of :mod:`borderdesk.scan`. Nothing else escapes from it."""

from __future__ import annotations


class ScanError(Exception):
    """Base class of every error raised by :mod:`borderdesk.scan`."""


class DecoderUnavailable(ScanError):
    """A QR engine's native library cannot be loaded (e.g. libzbar is not installed).

    Attributes:
        engine: the engine's name (``zbar``, ``zxing``).
    """

    def __init__(self, engine: str, message: str) -> None:
        super().__init__(message)
        self.engine = engine


class ImageUnreadable(ScanError):
    """An image file is missing, truncated, corrupt or not an image.

    Attributes:
        path: the file as given.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


class InvalidFrame(ScanError, ValueError):
    """A frame is not an 8-bit grey image (H×W ``uint8``, both sides at least 1)."""
