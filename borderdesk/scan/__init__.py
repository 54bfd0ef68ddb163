"""QR decoding from image files and camera frames. No Qt here (STYLE.md §1).

Public helpers (what the CLI and the UI call)::

    from borderdesk import scan

    result = scan.decode_file("card.jpg")          # -> DecodeResult
    for code in result.codes:
        print(code.text, code.encoding, code.engine, code.rect)
    print(result.ms, result.attempts, result.step)

    decoder = scan.default_decoder()                # for live camera frames
    result = decoder.decode_frame(gray)             # gray: H×W uint8 numpy array

- :func:`decode_file` ``(path) -> DecodeResult`` reads PNG/JPEG/BMP/GIF/TIFF/WebP as
  grey (EXIF orientation applied, transparency flattened onto white) and runs the
  thorough decoder (every engine, every ladder step). Raises
  :class:`ImageUnreadable` for a missing, truncated or corrupt file and
  :class:`DecoderUnavailable` when no QR engine can be loaded.
- :func:`default_decoder` ``(budget_ms=None) -> Decoder``: zxing-cpp with the camera
  ladder (p95 under 15 ms per 1280×720 frame on the reference machine, see the README
  and ``tests/benchmarks/bench_decode.py``). Falls back to zbar when zxing-cpp is
  missing. ``Decoder.decode_frame`` raises
  :class:`InvalidFrame` for anything but an H×W ``uint8`` array.
- :func:`thorough_decoder` ``() -> Decoder``: what :func:`decode_file` uses.
- :class:`DecodeResult`: ``codes`` (list of :class:`Decoded`: ``text``, ``raw``,
  ``engine``, ``polygon``, ``rect``, ``encoding``), ``ms``, ``attempts``, ``step`` (the
  ladder step that found the first code, ``raw`` for the cheap path), ``timed_out``,
  ``to_dict()`` for JSON.

Every error is a :class:`ScanError`. A decoder holds no mutable state: one instance
may serve several threads; the UI runs it in a worker thread, never the GUI thread.

Modules: :mod:`~borderdesk.scan.engines` (the engine interface, zbar and zxing-cpp,
imported lazily), :mod:`~borderdesk.scan.decoder` (ladder and decoders),
:mod:`~borderdesk.scan.text` (bytes to text: UTF-8 first, undoing zbar's charset
guesses, Windows-1258, Latin-1), :mod:`~borderdesk.scan.synth` (synthetic payloads
and degraded frames for samples, tests and the benchmark),
:mod:`~borderdesk.scan.samples` (``python -m borderdesk.scan.samples DIR``).

Importing this package loads neither numpy, OpenCV nor any QR engine; they are
imported on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from borderdesk.scan.errors import (
    DecoderUnavailable,
    ImageUnreadable,
    InvalidFrame,
    ScanError,
)

if TYPE_CHECKING:
    from borderdesk.scan.decoder import Decoder, DecodeResult
    from borderdesk.scan.engines import Decoded

__all__ = [
    "DecodeResult",
    "Decoded",
    "Decoder",
    "DecoderUnavailable",
    "ImageUnreadable",
    "InvalidFrame",
    "ScanError",
    "decode_file",
    "default_decoder",
    "thorough_decoder",
]


def decode_file(path: str | Path) -> DecodeResult:
    """Every QR code in an image file, with the thorough decoder.

    Raises:
        ImageUnreadable: the file is missing, truncated, corrupt or not an image.
        DecoderUnavailable: no QR engine can be loaded.
    """
    from borderdesk.scan import decoder

    gray = decoder.read_gray(path)
    return decoder.thorough_decoder().decode_frame(gray)


def default_decoder(budget_ms: float | None = None) -> Decoder:
    """The decoder for live camera frames (see :func:`decoder.default_decoder`)."""
    from borderdesk.scan import decoder

    return decoder.default_decoder(budget_ms)


def thorough_decoder() -> Decoder:
    """The decoder for image files (see :func:`decoder.thorough_decoder`)."""
    from borderdesk.scan import decoder

    return decoder.thorough_decoder()


def __getattr__(name: str) -> object:
    """``scan.Decoder``, ``scan.DecodeResult``, ``scan.Decoded`` on first access."""
    if name in ("Decoder", "DecodeResult"):
        from borderdesk.scan import decoder

        return getattr(decoder, name)
    if name == "Decoded":
        from borderdesk.scan import engines

        return engines.Decoded
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
