"""Scanner preferences, kept with the window's other preferences (``ui.ini``).

Each group is a frozen dataclass with its defaults, read with :meth:`load` from the
window's ``QSettings`` (an INI file next to the data, see ``ui/app.py``) and written
with :meth:`save`. A value that cannot be read falls back to its default, so a
hand-edited file never stops the window from opening.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from typing import Any, Self

from PySide6.QtCore import QSettings

GROUP = "scan"


class Terminator(enum.StrEnum):
    """What a keyboard-wedge scanner types after the code."""

    ENTER_OR_TAB = "enter_tab"
    ENTER = "enter"
    TAB = "tab"
    NONE = "none"  # nothing: the end of the burst (or the suffix) ends the code


class LineEnd(enum.StrEnum):
    """The bytes a serial (virtual COM) scanner sends after each code."""

    CR = "cr"
    LF = "lf"
    CRLF = "crlf"

    @property
    def bytes(self) -> bytes:
        return {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n"}[self.value]


BAUD_RATES = (9600, 19200, 38400, 57600, 115200)


def _read(prefs: QSettings, key: str, default: Any) -> Any:
    raw = prefs.value(f"{GROUP}/{key}", "")
    if raw is None or raw == "":
        return default
    try:
        if isinstance(default, bool):
            return str(raw).strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(str(raw))
        if isinstance(default, enum.Enum):
            return type(default)(str(raw))
        return str(raw)
    except ValueError:
        return default


class _Prefs:
    """Load/save for a dataclass of simple values under ``scan/<section>/``."""

    SECTION = ""

    @classmethod
    def load(cls, prefs: QSettings) -> Self:
        default = cls()
        values = {
            f.name: _read(prefs, f"{cls.SECTION}/{f.name}", getattr(default, f.name))
            for f in fields(default)  # type: ignore[arg-type]
        }
        return replace(default, **values).clamped()  # type: ignore[type-var]

    def save(self, prefs: QSettings) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, enum.Enum):
                value = value.value
            prefs.setValue(f"{GROUP}/{self.SECTION}/{f.name}", value)
        prefs.sync()

    def clamped(self) -> Self:
        return self


@dataclass(frozen=True, slots=True)
class WedgeSettings(_Prefs):
    """Keyboard-wedge detection (see :mod:`borderdesk.ui.scanning.wedge`).

    Attributes:
        max_gap_ms: the longest pause between two keys of one scan. Scanners type a
            key every 1–20 ms; people leave 80 ms or more.
        min_length: the fewest characters a scan has; shorter bursts are typing.
        prefix: text the scanner is programmed to send first ("" for none).
        suffix: text the scanner is programmed to send last, before the terminator.
        terminator: the key(s) ending a scan.
    """

    SECTION = "wedge"
    max_gap_ms: int = 30
    min_length: int = 6
    prefix: str = ""
    suffix: str = ""
    terminator: Terminator = Terminator.ENTER_OR_TAB

    def clamped(self) -> WedgeSettings:
        return replace(
            self,
            max_gap_ms=min(max(self.max_gap_ms, 5), 200),
            min_length=min(max(self.min_length, 1), 100),
        )


@dataclass(frozen=True, slots=True)
class SerialSettings(_Prefs):
    """A scanner on a serial or virtual COM port (USB CDC)."""

    SECTION = "serial"
    enabled: bool = False
    port: str = ""
    baud: int = 9600
    line_end: LineEnd = LineEnd.CR

    def clamped(self) -> SerialSettings:
        return self if self.baud > 0 else replace(self, baud=9600)


@dataclass(frozen=True, slots=True)
class CameraSettings(_Prefs):
    """Camera scanning: the chosen device and the repeat window.

    Attributes:
        device: the camera's id (``QCameraDevice.id()`` as text), "" for the default.
        repeat_ms: a code read again within this time is ignored (it is still in
            front of the camera, not shown a second time).
    """

    SECTION = "camera"
    device: str = ""
    repeat_ms: int = 3000

    def clamped(self) -> CameraSettings:
        return replace(self, repeat_ms=min(max(self.repeat_ms, 0), 60_000))
