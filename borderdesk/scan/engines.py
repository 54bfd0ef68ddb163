"""QR engines behind one interface: zbar (pyzbar) and zxing-cpp.

Modelled on Electrum's ``qrreader`` (STYLE.md §3): an abstract reader working on 8-bit
grey frames, concrete readers that import their native library lazily, in their
constructor, and a typed error (:class:`~borderdesk.scan.errors.DecoderUnavailable`)
when that library is missing, so that importing :mod:`borderdesk.scan` never needs
libzbar.

Engines are stateless after construction: ``decode`` may be called from several
threads at once (pyzbar creates a zbar scanner per call, zxing-cpp a reader per call;
both release the GIL while they work).
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import numpy as np

from borderdesk.scan import text as payload_text
from borderdesk.scan.errors import DecoderUnavailable

Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Decoded:
    """One QR code found in a frame.

    Attributes:
        text: the payload as text (see :mod:`borderdesk.scan.text`).
        raw: the bytes the engine returned: zxing-cpp's are the symbol's own bytes;
            zbar's are its own reading of them re-encoded as UTF-8.
        engine: ``zxing`` or ``zbar``.
        polygon: the code's corners in the frame's pixel coordinates.
        encoding: how ``raw`` was read (``utf-8``, ``cp1258``, …; see ``text``).
    """

    text: str
    raw: bytes
    engine: str
    polygon: tuple[Point, ...]
    encoding: str

    @property
    def rect(self) -> tuple[int, int, int, int]:
        """The bounding box ``(left, top, width, height)`` of :attr:`polygon`."""
        if not self.polygon:
            return (0, 0, 0, 0)
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def scaled(self, factor: float) -> Decoded:
        """The same code with its polygon divided by ``factor`` (a resized frame's
        coordinates mapped back to the original frame)."""
        if factor == 1:
            return self
        polygon = tuple((round(x / factor), round(y / factor)) for x, y in self.polygon)
        return Decoded(self.text, self.raw, self.engine, polygon, self.encoding)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "engine": self.engine,
            "encoding": self.encoding,
            "polygon": [list(p) for p in self.polygon],
            "rect": list(self.rect),
            "raw_hex": self.raw.hex(),
        }


class QrEngine(abc.ABC):
    """Finds and decodes QR codes in an 8-bit grey frame.

    Attributes:
        name: short stable name (``zbar``, ``zxing``), recorded in :class:`Decoded`.
    """

    name: str

    @abc.abstractmethod
    def decode(self, gray: np.ndarray, *, quick: bool = False) -> list[Decoded]:
        """Every QR code found in ``gray`` (C-contiguous ``uint8``, H×W).

        Args:
            gray: the frame.
            quick: the frame was already preprocessed by the decoder's ladder; skip
                the engine's own internal retries (downscaling, inversion) if it
                has any.
        """


def _load(engine: str, module: str, hint: str) -> Any:
    """Import ``module`` or raise DecoderUnavailable with an installation ``hint``."""
    try:
        return import_module(module)
    except (ImportError, OSError) as exc:  # OSError: a DLL that fails to load
        raise DecoderUnavailable(
            engine, f"the {engine} QR engine cannot be loaded ({exc}); {hint}"
        ) from exc


class ZbarEngine(QrEngine):
    """ZBar through pyzbar, restricted to the QR symbology (which also halves the
    time zbar spends on a frame: it no longer looks for 1D barcodes on every line).

    Raises:
        DecoderUnavailable: pyzbar or the libzbar shared library is missing.
    """

    name = "zbar"

    def __init__(self) -> None:
        pyzbar = _load(
            "zbar",
            "pyzbar.pyzbar",
            "install libzbar0 (Debian/Ubuntu: `make system` or "
            "`sudo apt-get install libzbar0`) and pyzbar",
        )
        self._decode = pyzbar.decode
        self._symbols = [pyzbar.ZBarSymbol.QRCODE]

    def decode(self, gray: np.ndarray, *, quick: bool = False) -> list[Decoded]:
        height, width = gray.shape
        found = []
        for symbol in self._decode(
            (gray.tobytes(), width, height), symbols=self._symbols
        ):
            read = payload_text.decode_zbar(symbol.data)
            polygon = tuple((int(p.x), int(p.y)) for p in symbol.polygon)
            found.append(
                Decoded(read.text, symbol.data, self.name, polygon, read.encoding)
            )
        return found


# AIM symbology identifiers of QR codes that carry an ECI designator (ISO/IEC 18004
# Annex F): ]Q2 ECI, ]Q4 ECI + FNC1 first position, ]Q6 ECI + FNC1 second position.
_ECI_IDENTIFIERS = frozenset({"]Q2", "]Q4", "]Q6"})


class ZxingEngine(QrEngine):
    """zxing-cpp, restricted to QR Code (model 2).

    A code that declares its character set (ECI) is read as zxing-cpp converts it;
    any other is read from its raw bytes by :func:`borderdesk.scan.text.decode_bytes`.

    Raises:
        DecoderUnavailable: the zxing-cpp wheel is missing or fails to load.
    """

    name = "zxing"

    def __init__(self, *, try_downscale: bool = True, try_invert: bool = True) -> None:
        """``try_downscale``/``try_invert``: let zxing-cpp also scan downscaled copies
        (large, blurred codes in big images) and the inverted image (light modules on a
        dark ground) of a raw frame. Each costs up to a full extra pass on a frame
        without a code; the camera decoder turns both off (neither decodes a frame
        more in the benchmark at 1280×720; ID cards print dark on light)."""
        self._zx = _load(
            "zxing", "zxingcpp", "install the zxing-cpp wheel (`pip install zxing-cpp`)"
        )
        self._formats = self._zx.BarcodeFormat.QRCode
        self._try_downscale = try_downscale
        self._try_invert = try_invert

    def decode(self, gray: np.ndarray, *, quick: bool = False) -> list[Decoded]:
        # try_rotate only matters for 1D codes; a QR code is found at any angle.
        results = self._zx.read_barcodes(
            gray,
            formats=self._formats,
            try_rotate=False,
            try_downscale=self._try_downscale and not quick,
            try_invert=self._try_invert and not quick,
        )
        found = []
        for code in results:
            raw = bytes(code.bytes)
            if code.symbology_identifier in _ECI_IDENTIFIERS:
                text, encoding = code.text, payload_text.ECI
            else:
                read = payload_text.decode_bytes(raw)
                text, encoding = read.text, read.encoding
            pos = code.position
            polygon = tuple(
                (int(p.x), int(p.y))
                for p in (
                    pos.top_left,
                    pos.top_right,
                    pos.bottom_right,
                    pos.bottom_left,
                )
            )
            found.append(Decoded(text, raw, self.name, polygon, encoding))
        return found


#: Engine classes by name, in order of preference (fastest and most robust first,
#: measured by ``tests/benchmarks/bench_decode.py``).
ENGINES: dict[str, type[QrEngine]] = {"zxing": ZxingEngine, "zbar": ZbarEngine}


def available_engines(names: tuple[str, ...] | None = None) -> list[QrEngine]:
    """An instance of every engine (of ``names``, in that order) that loads here.

    Raises:
        DecoderUnavailable: none of them loads; the message names each reason.
    """
    engines: list[QrEngine] = []
    reasons = []
    for name in names or tuple(ENGINES):
        try:
            engines.append(ENGINES[name]())
        except DecoderUnavailable as exc:
            reasons.append(str(exc))
    if not engines:
        raise DecoderUnavailable(
            ",".join(names or ENGINES),
            "no QR engine is available: " + "; ".join(reasons),
        )
    return engines
