"""The QR decoder: engines on the raw frame first, then a preprocessing ladder.

:meth:`Decoder.decode_frame` runs the cheap path first (every engine on the frame as
it is) and climbs the ladder (sharpening, denoising, scaling, contrast, thresholding)
only while nothing has been found, so that a clean frame costs one engine call. Codes
are deduplicated by text; polygons are in the coordinates of the frame given.

Ladders, tuned with ``tests/benchmarks/bench_decode.py`` on degraded 1280×720 frames
(seeds 1–3; checked on seeds 7–8; figures in the README):

* :data:`CAMERA_LADDER` — for live frames: zxing-cpp alone, four cheap full-frame
  steps. Its worst case (a frame without a readable code climbs it all) costs about
  10–13 ms on the reference machine, so that the p95 per frame stays under 15 ms.
  Contrast stretch, CLAHE and adaptive thresholds decoded no frame that these steps
  miss (zxing-cpp's local binarizer already copes with contrast and light); zbar
  added one frame in a thousand for 15–25 ms a call; upscaling adds 0.1–1.5 % of the
  frames (small codes), depending on the set, for 3–5 ms more on every unreadable
  frame: those are kept for files. Used by :func:`default_decoder`.
* :data:`THOROUGH_LADDER` — for image files, where tens of milliseconds do not matter:
  every step, with zbar as a second opinion. Used by :func:`decode_file`.
* :data:`ZBAR_LADDER` — zbar alone, when the zxing-cpp wheel cannot be loaded.

Threads: a :class:`Decoder` holds no mutable state (engines are stateless, steps are
pure functions), so one instance may serve several threads at once. Decoding takes
milliseconds to tens of milliseconds of CPU and releases the GIL in the native parts;
the UI must still call it from a worker thread, never from the GUI thread.

Time budget: ``Decoder(..., budget_ms=N)`` stops climbing the ladder once N ms have
passed (the step in progress finishes), and says so in
:attr:`DecodeResult.timed_out`. A live camera delivers the next frame soon anyway, so
the UI may use one; the default decoders have none, and the benchmark measures them
without one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from borderdesk.scan.engines import (
    Decoded,
    QrEngine,
    ZbarEngine,
    ZxingEngine,
    available_engines,
)
from borderdesk.scan.errors import DecoderUnavailable, ImageUnreadable, InvalidFrame

# A step turns the grey frame into the image the engines see, and says how many of
# its pixels one frame pixel became (to map polygons back).
Prepare = Callable[[np.ndarray], tuple[np.ndarray, float]]


@dataclass(frozen=True, slots=True)
class Step:
    """One rung of the ladder.

    Attributes:
        name: stable name, reported in :attr:`DecodeResult.step`.
        prepare: ``gray -> (image, scale)``; pure, thread-safe.
        engines: names of the engines to run on the result (None: all of the
            decoder's engines, in their order).
    """

    name: str
    prepare: Prepare
    engines: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class DecodeResult:
    """What :meth:`Decoder.decode_frame` found.

    Attributes:
        codes: the codes found, deduplicated by text, in the order found.
        ms: wall-clock time spent, in milliseconds.
        attempts: engine calls made (1 when the first engine found a code at once).
        step: name of the step that found the first code (``raw`` for the cheap
            path), None when nothing was found.
        timed_out: the ladder was cut short by the decoder's time budget.
    """

    codes: list[Decoded]
    ms: float
    attempts: int
    step: str | None = None
    timed_out: bool = False
    steps_tried: tuple[str, ...] = field(default=(), repr=False)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.codes]

    def to_dict(self) -> dict[str, Any]:
        return {
            "codes": [c.to_dict() for c in self.codes],
            "ms": round(self.ms, 3),
            "attempts": self.attempts,
            "step": self.step,
            "timed_out": self.timed_out,
        }


# --- preprocessing steps ----------------------------------------------------------


def _raw(gray: np.ndarray) -> tuple[np.ndarray, float]:
    return gray, 1.0


def unsharp(sigma: float, amount: float, *, denoise: float = 0.0) -> Prepare:
    """Unsharp masking (``img + amount × (img − blur_sigma(img))``), after an optional
    Gaussian denoise. Restores module edges softened by focus or motion blur; with
    ``denoise`` it acts as a band-pass that also tames sensor noise and JPEG blocks."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        img = cv2.GaussianBlur(gray, (0, 0), denoise) if denoise else gray
        blurred = cv2.GaussianBlur(img, (0, 0), sigma)
        return cv2.addWeighted(img, 1 + amount, blurred, -amount, 0), 1.0

    return prepare


def denoise(sigma: float) -> Prepare:
    """Gaussian smoothing: noise and JPEG blocking break the binarizer's edges."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        return cv2.GaussianBlur(gray, (0, 0), sigma), 1.0

    return prepare


def rescale(
    factor: float, *, sharpen: tuple[float, float] | None = None, smooth: float = 0.0
) -> Prepare:
    """Resize by ``factor`` (cubic up, area down); small codes (modules of 2–3 px)
    need more pixels per module. Optionally smooth and sharpen the result."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        interp = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
        size = (
            max(1, round(gray.shape[1] * factor)),
            max(1, round(gray.shape[0] * factor)),
        )
        img = cv2.resize(gray, size, interpolation=interp)
        if smooth:
            img = cv2.GaussianBlur(img, (0, 0), smooth)
        if sharpen:
            blurred = cv2.GaussianBlur(img, (0, 0), sharpen[0])
            img = cv2.addWeighted(img, 1 + sharpen[1], blurred, -sharpen[1], 0)
        return img, factor

    return prepare


def stretch(low: float = 0.01, high: float = 0.99) -> Prepare:
    """Linear contrast stretch of the ``low``–``high`` quantiles to 0–255 (washed-out
    frames: a binarizer with a fixed minimum contrast misses them)."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        cdf = np.cumsum(cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel())
        lo = int(np.searchsorted(cdf, cdf[-1] * low))
        hi = int(np.searchsorted(cdf, cdf[-1] * high))
        span = max(hi - lo, 1)
        return cv2.convertScaleAbs(gray, alpha=255 / span, beta=-lo * 255 / span), 1.0

    return prepare


def clahe(clip: float = 2.0, tiles: int = 8) -> Prepare:
    """Contrast-limited adaptive histogram equalisation (uneven light, low contrast).
    A new CLAHE object per call: OpenCV's is not safe to share between threads."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        return cv2.createCLAHE(clip, (tiles, tiles)).apply(gray), 1.0

    return prepare


def otsu(smooth: float = 1.0) -> Prepare:
    """Global Otsu threshold after smoothing (evenly lit, noisy frames)."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        img = cv2.GaussianBlur(gray, (0, 0), smooth) if smooth else gray
        return cv2.threshold(img, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1], 1.0

    return prepare


def adaptive_threshold(block: int = 31, offset: int = 5) -> Prepare:
    """Local mean threshold (uneven light: a gradient or a hot spot across the code)."""

    def prepare(gray: np.ndarray) -> tuple[np.ndarray, float]:
        return cv2.adaptiveThreshold(
            gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, offset
        ), 1.0

    return prepare


def invert(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """Light modules on a dark ground (zbar does not try it itself; zxing does)."""
    return cv2.bitwise_not(gray), 1.0


RAW = Step("raw", _raw)

#: Live camera frames, after zxing-cpp on the raw frame. Each step decodes frames of
#: the benchmark that the steps before it miss, cheapest first (see the module doc).
CAMERA_LADDER: tuple[Step, ...] = (
    Step("denoise", denoise(1.0), engines=("zxing",)),
    Step("bandpass", unsharp(2.0, 2.0, denoise=0.8), engines=("zxing",)),
    Step("otsu", otsu(1.0), engines=("zxing",)),
    Step("sharpen", unsharp(1.0, 1.0), engines=("zxing",)),
)

#: zbar alone (zxing-cpp missing): zbar's binarizer needs the contrast help that
#: zxing-cpp's does not; zbar's raw pass alone costs 15–25 ms at 1280×720.
ZBAR_LADDER: tuple[Step, ...] = (
    Step("stretch", stretch()),
    Step("bandpass", unsharp(2.0, 2.0, denoise=0.8)),
    Step("downscale", rescale(0.5)),
)

#: Image files: every step, every engine where it has helped (zbar on the contrast
#: and scale steps), upscaling for small codes, inversion for light-on-dark codes.
THOROUGH_LADDER: tuple[Step, ...] = (
    *CAMERA_LADDER,
    Step("upscale", rescale(1.5, smooth=1.0, sharpen=(2.0, 2.0)), engines=("zxing",)),
    Step("stretch", stretch()),
    Step("clahe", clahe()),
    Step("adaptive", adaptive_threshold()),
    Step("upscale2", rescale(2.0, smooth=1.0, sharpen=(2.5, 2.0)), engines=("zxing",)),
    Step("downscale", rescale(0.5)),
    Step("invert", invert),
)


def as_gray(frame: Any) -> np.ndarray:
    """``frame`` as a C-contiguous H×W ``uint8`` array.

    Accepts H×W and H×W×1 ``uint8`` arrays (any strides). Raises InvalidFrame for
    anything else: colour frames must be converted to grey by the caller (the
    camera's Y plane is already grey).
    """
    if not isinstance(frame, np.ndarray):
        raise InvalidFrame(f"a frame must be a numpy array, not {type(frame).__name__}")
    if frame.ndim == 3 and frame.shape[2] == 1:
        frame = frame[:, :, 0]
    if frame.ndim != 2:
        raise InvalidFrame(f"a frame must be H×W grey, not of shape {frame.shape}")
    if frame.dtype != np.uint8:
        raise InvalidFrame(f"a frame must be 8-bit (uint8), not {frame.dtype}")
    if frame.shape[0] < 1 or frame.shape[1] < 1:
        raise InvalidFrame(f"the frame is empty ({frame.shape[1]}×{frame.shape[0]})")
    contiguous: np.ndarray = np.ascontiguousarray(frame)
    return contiguous


class Decoder:
    """Engines plus a preprocessing ladder (see the module documentation).

    Args:
        engines: tried in order on each step; the first is the cheap path.
        ladder: steps tried, in order, while nothing has been found.
        budget_ms: stop climbing the ladder after this many milliseconds (None: no
            limit).
        max_side: the ladder works on a copy whose long side is at most this many
            pixels (a 12-megapixel photo would make every step slow); the raw step
            always sees the full frame.
    """

    def __init__(
        self,
        engines: Sequence[QrEngine],
        ladder: Sequence[Step] = CAMERA_LADDER,
        *,
        budget_ms: float | None = None,
        max_side: int = 2048,
    ) -> None:
        if not engines:
            raise ValueError("a decoder needs at least one engine")
        self.engines: tuple[QrEngine, ...] = tuple(engines)
        names = {e.name for e in self.engines}
        # Steps whose engines are all missing here are dropped once, not per frame.
        self.ladder: tuple[Step, ...] = tuple(
            s for s in ladder if s.engines is None or names.intersection(s.engines)
        )
        self.budget_ms = budget_ms
        self.max_side = max_side

    def __repr__(self) -> str:
        return (
            f"Decoder(engines={[e.name for e in self.engines]}, "
            f"ladder={[s.name for s in self.ladder]}, budget_ms={self.budget_ms})"
        )

    def _engines_for(self, step: Step) -> tuple[QrEngine, ...]:
        if step.engines is None:
            return self.engines
        return tuple(e for e in self.engines if e.name in step.engines)

    def decode_frame(self, gray: Any) -> DecodeResult:
        """Find every QR code in an 8-bit grey frame.

        Raises:
            InvalidFrame: ``gray`` is not an H×W ``uint8`` array.
        """
        start = time.perf_counter()
        frame = as_gray(gray)
        found: dict[str, Decoded] = {}
        attempts = 0
        first_step: str | None = None
        tried: list[str] = []
        timed_out = False
        small, shrink = frame, 1.0
        if max(frame.shape) > self.max_side:
            shrink = self.max_side / max(frame.shape)
            size = (
                max(1, round(frame.shape[1] * shrink)),
                max(1, round(frame.shape[0] * shrink)),
            )
            small = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
        for step in (RAW, *self.ladder):
            if (
                step is not RAW
                and self.budget_ms is not None
                and ((time.perf_counter() - start) * 1000 >= self.budget_ms)
            ):
                timed_out = True
                break
            tried.append(step.name)
            source, base = (frame, 1.0) if step is RAW else (small, shrink)
            image, scale = step.prepare(source)
            image = np.ascontiguousarray(image)
            for engine in self._engines_for(step):
                attempts += 1
                for code in engine.decode(image, quick=step is not RAW):
                    if code.text not in found:
                        found[code.text] = code.scaled(scale * base)
                        first_step = first_step or step.name
                if found:
                    break
            if found:
                break
        ms = (time.perf_counter() - start) * 1000
        return DecodeResult(
            list(found.values()), ms, attempts, first_step, timed_out, tuple(tried)
        )

    def decode_file(self, path: str | Path) -> DecodeResult:
        """Decode every QR code in a PNG/JPEG/... image file (read as grey).

        Raises:
            ImageUnreadable: the file is missing, truncated, corrupt or no image.
        """
        return self.decode_frame(read_gray(path))


def read_gray(path: str | Path) -> np.ndarray:
    """Read an image file as an 8-bit grey array, honouring EXIF orientation and
    flattening transparency onto white (a QR code drawn on a transparent background
    would otherwise turn black on black).

    Raises:
        ImageUnreadable: the file is missing, truncated, corrupt, too large or not
            an image.
    """
    from PIL import Image, ImageOps  # lazy: only files need Pillow

    name = str(path)
    try:
        with Image.open(path) as opened:
            opened.load()  # decode now: a truncated file fails here
            img = ImageOps.exif_transpose(opened)
            if img.mode in ("RGBA", "LA", "PA") or (
                img.mode == "P" and "transparency" in img.info
            ):
                rgba = img.convert("RGBA")
                white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                img = Image.alpha_composite(white, rgba)
            if img.mode.startswith("I"):  # 16/32-bit grey: keep the top 8 bits
                wide = np.asarray(img).astype(np.int64)
                peak = int(wide.max(initial=0))
                shift = max(0, peak.bit_length() - 8)
                gray: np.ndarray = np.clip(wide >> shift, 0, 255).astype(np.uint8)
            else:
                gray = np.asarray(img.convert("L"), dtype=np.uint8)
    except FileNotFoundError:
        raise ImageUnreadable(name, f"no such file: {name}") from None
    except IsADirectoryError:
        raise ImageUnreadable(name, f"{name} is a directory, not an image") from None
    except Image.DecompressionBombError as exc:
        raise ImageUnreadable(name, f"{name} is too large to decode: {exc}") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        # Pillow raises UnidentifiedImageError (an OSError) for non-images, OSError
        # for truncated data, and SyntaxError/ValueError/EOFError from some plugins.
        raise ImageUnreadable(
            name, f"{name} cannot be read as an image: {exc}"
        ) from None
    if gray.size == 0:
        raise ImageUnreadable(name, f"{name} is an empty image")
    return gray


def default_decoder(budget_ms: float | None = None) -> Decoder:
    """The decoder for live camera frames: zxing-cpp (no inversion, no internal
    downscaling) with :data:`CAMERA_LADDER`; zbar with :data:`ZBAR_LADDER` when
    zxing-cpp cannot be loaded.

    Raises:
        DecoderUnavailable: no engine can be loaded.
    """
    try:
        engine: QrEngine = ZxingEngine(try_downscale=False, try_invert=False)
    except DecoderUnavailable as zxing_missing:
        try:
            engine = ZbarEngine()
        except DecoderUnavailable as zbar_missing:
            raise DecoderUnavailable(
                "zxing,zbar",
                f"no QR engine is available: {zxing_missing}; {zbar_missing}",
            ) from None
        return Decoder([engine], ZBAR_LADDER, budget_ms=budget_ms)
    return Decoder([engine], CAMERA_LADDER, budget_ms=budget_ms)


def thorough_decoder() -> Decoder:
    """The decoder for image files: every available engine (zxing-cpp first, with its
    own downscaling and inversion), :data:`THOROUGH_LADDER`.

    Raises:
        DecoderUnavailable: no engine can be loaded.
    """
    return Decoder(available_engines(("zxing", "zbar")), THOROUGH_LADDER)
