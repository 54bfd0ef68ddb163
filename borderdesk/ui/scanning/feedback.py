"""The audible confirmation of a scan: a short chime when a code was taken, a low
double buzz when it was not (counter PCs without sound fall back to the system beep).

Piasecki's warehouse lesson (DOMAIN.md §5.2): a scan the program silently drops is
data lost, so every scan gets a sound the officer hears without looking.

The sounds are WAV files in the resources (``:/sounds/``); :func:`tone_wav` made them
and can make them again::

    python -c "from borderdesk.ui.scanning.feedback import write_sounds; \\
               write_sounds('resources/sounds')"
"""

from __future__ import annotations

import io
import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SOUNDS = {
    "ok": "qrc:/sounds/scan_ok.wav",
    "error": "qrc:/sounds/scan_error.wav",
}
VOLUME = 0.7
SAMPLE_RATE = 22_050

# (frequency Hz, duration ms) per note; 0 Hz is a pause.
_NOTES = {
    "ok": ((1320, 70), (0, 15), (1760, 90)),
    "error": ((330, 140), (0, 60), (330, 140)),
}


def tone_wav(notes: tuple[tuple[int, int], ...], rate: int = SAMPLE_RATE) -> bytes:
    """A mono 16-bit WAV of sine notes, each with a 5 ms fade in and out (no clicks)."""
    samples: list[int] = []
    fade = int(rate * 0.005)
    for frequency, ms in notes:
        count = int(rate * ms / 1000)
        for i in range(count):
            if frequency == 0:
                samples.append(0)
                continue
            envelope = min(1.0, i / fade, (count - 1 - i) / fade)
            value = 0.55 * envelope * math.sin(2 * math.pi * frequency * i / rate)
            samples.append(int(value * 32767))
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return out.getvalue()


def write_sounds(directory: str | Path) -> list[Path]:
    """Write ``scan_ok.wav`` and ``scan_error.wav`` into ``directory``."""
    paths = []
    for name, notes in _NOTES.items():
        path = Path(directory) / f"scan_{name}.wav"
        path.write_bytes(tone_wav(notes))
        paths.append(path)
    return paths


class ScanFeedback(QObject):
    """Plays the scan sounds.

    QtMultimedia is touched only on the first sound, so a window that never scans
    never starts the audio back end.

    Attributes:
        last: what the last call did: ``sound:ok``, ``beep:error``, ``silent``…
    """

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last = ""
        self._effects: dict[str, object] = {}
        self._audio: bool | None = None  # is there an audio output? (asked once)

    def ok(self) -> None:
        """A code was taken."""
        self._play("ok")

    def problem(self) -> None:
        """A code was read but not taken (unknown, damaged, forged…)."""
        self._play("error")

    def _play(self, name: str) -> None:
        if not self.enabled:
            self.last = "silent"
            return
        effect = self._effect(name)
        if effect is None:
            QApplication.beep()
            self.last = f"beep:{name}"
            return
        effect.play()  # type: ignore[attr-defined]
        self.last = f"sound:{name}"

    def _effect(self, name: str) -> object | None:
        if self._audio is None:
            from PySide6.QtMultimedia import QMediaDevices

            self._audio = bool(QMediaDevices.audioOutputs())
            if not self._audio:
                log.info("no audio output: scans are confirmed with the system beep")
        if not self._audio:
            return None
        effect = self._effects.get(name)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl(SOUNDS[name]))
            effect.setVolume(VOLUME)
            self._effects[name] = effect
        if effect.status() == effect.Status.Error:  # type: ignore[attr-defined]
            return None
        return effect
