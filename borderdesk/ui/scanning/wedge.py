"""Keyboard-wedge scanners: tell a scanner's burst of keys from a person typing.

A USB scanner in its factory "keyboard" mode types the code as keystrokes into
whatever widget has the focus. :class:`WedgeScanFilter`, installed on the
QApplication, watches every key press and decides by timing (DOMAIN.md §5.2):

- a scanner types a key every 1–20 ms, a person rarely faster than every 80 ms;
- a scan is at least ``min_length`` characters, each within ``max_gap_ms`` of the
  previous one, ended by the terminator (Enter and/or Tab), optionally wrapped in a
  programmed prefix and suffix;
- a recognised scan is swallowed (never typed into the focused widget) and emitted as
  :attr:`WedgeScanFilter.scanned`, whichever widget has the focus.

To swallow a scan, the first keys of every burst must be held back until the burst is
decided. Keys that turn out to be typing are given back ("replayed") to the widget they
were meant for, in their original order, as soon as that is clear: when the next key
comes too late, when a non-character key (arrows, Backspace), a shortcut (before it
fires: Ctrl+S must save the whole text), a mouse click or input-method text arrives,
or ``max_gap_ms`` (plus a little slack) after the last key. A person therefore sees
each character some 50 ms late, which is not noticeable.

Gaps are measured with the key events' own timestamps when the window system provides
them (so a busy event loop that delivers a person's keys in one batch does not make
them look like a scan), else with the injected clock (``now_ms``, a QElapsedTimer by
default). Key events with a zero timestamp are synthesised by programs (QTest,
accessibility tools), not typed on a device, and are passed through untouched unless
``process_synthetic`` is set (the filter's own tests set it).

Caveats of wedge mode, why a virtual COM (serial) scanner is preferred at counters:

- the scanner sends key *positions* for a US layout; on another keyboard layout
  punctuation changes, and letters with diacritics (the names in a CCCD QR code)
  are mangled or dropped unless the scanner is set to a Unicode/UTF-8 output mode
  that the operating system understands (e.g. Alt+numpad sequences, which Linux
  handles badly);
- a Vietnamese input method (Unikey, IBus/Fcitx Telex or VNI) rewrites the scanner's
  keys before Qt sees them ("dd" becomes "đ", "aa6" becomes "ậ"): switch it to
  English mode at a counter using a wedge scanner;
- the filter only sees key events: text committed by an input method is not caught.

Signals:
    scanned(str): a recognised scan, without prefix, suffix and terminator. The lines
        of a multi-line code (an MRZ typed line by line) are joined with ``\\n``.
    rejected(str): a burst as fast as a scanner's was given back to the widget as
        typing; the reason: ``no_terminator``, ``prefix``, ``suffix`` or
        ``too_long``. For the settings dialog's diagnostics.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from borderdesk.ui.scanning.settings import Terminator, WedgeSettings

log = logging.getLogger(__name__)

MAX_LENGTH = 4096  # far above any code we read (a CCCD QR is ~200 characters)
# How long to wait for more keys after the last one before deciding: just over the
# gap for a lone key (a person's keystroke is echoed that much later), longer once a
# burst has started (a scanner's next key may still sit in the event queue).
LONE_KEY_SLACK_MS = 20
BURST_WAIT_MS = 100

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Mode_switch,
    }
)
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_TERMINATOR_KEYS = {
    Terminator.ENTER_OR_TAB: _ENTER_KEYS | {Qt.Key.Key_Tab},
    Terminator.ENTER: _ENTER_KEYS,
    Terminator.TAB: frozenset({Qt.Key.Key_Tab}),
    Terminator.NONE: frozenset(),
}
_CTRL_ALT_META = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ALTGR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _milliseconds_clock() -> Callable[[], int]:
    timer = QElapsedTimer()
    timer.start()
    return timer.elapsed


@dataclass(frozen=True, slots=True)
class _Key:
    """One held-back key event, with what is needed to replay it."""

    press: bool
    key: int
    modifiers: Qt.KeyboardModifier
    scan_code: int
    virtual_key: int
    native_modifiers: int
    text: str
    timestamp: int
    target: QWidget

    @classmethod
    def of(cls, event: QKeyEvent, target: QWidget) -> _Key:
        return cls(
            press=event.type() == QEvent.Type.KeyPress,
            key=event.key(),
            modifiers=event.modifiers(),
            scan_code=event.nativeScanCode(),
            virtual_key=event.nativeVirtualKey(),
            native_modifiers=event.nativeModifiers(),
            text=event.text(),
            timestamp=event.timestamp(),
            target=target,
        )

    def event(self) -> QKeyEvent:
        kind = QEvent.Type.KeyPress if self.press else QEvent.Type.KeyRelease
        event = QKeyEvent(
            kind,
            self.key,
            self.modifiers,
            self.scan_code,
            self.virtual_key,
            self.native_modifiers,
            self.text,
        )
        event.setTimestamp(self.timestamp)
        return event


class WedgeScanFilter(QObject):
    """An application-wide event filter turning keyboard-wedge bursts into scans.

    Install it with ``QApplication.instance().installEventFilter(f)`` and remove it
    the same way. See the module docstring for how a scan is told from typing.

    Args:
        settings: timing, terminator, prefix and suffix.
        now_ms: the clock in milliseconds (injected by tests).
        process_synthetic: also judge key events without a timestamp (tests).

    Signals:
        scanned(str): a recognised scan (prefix, suffix and terminator removed).
        rejected(str): a scanner-fast burst was given back as typing (the reason).
    """

    scanned = Signal(str)
    rejected = Signal(str)

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        *,
        now_ms: Callable[[], int] | None = None,
        process_synthetic: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or WedgeSettings()
        self._now = now_ms or _milliseconds_clock()
        self._process_synthetic = process_synthetic
        self._enabled = True
        self._keys: list[_Key] = []  # held-back presses and releases, in order
        self._chars: list[str] = []  # the text of the held-back presses
        self._data_count = 0  # characters that are not terminators
        self._terminated = False  # the last held-back press was a terminator
        self._last_ms = 0
        self._last_timestamp = 0
        self._open: dict[int, int] = {}  # held-back presses still waiting for release
        self._eat: dict[int, int] = {}  # releases to swallow: their press was a scan
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- configuration -----------------------------------------------------------

    def settings(self) -> WedgeSettings:
        return self._settings

    def set_settings(self, settings: WedgeSettings) -> None:
        self.flush()
        self._settings = settings

    def set_enabled(self, enabled: bool) -> None:
        if not enabled:
            self.flush()
        self._enabled = enabled

    def is_enabled(self) -> bool:
        return self._enabled

    def pending(self) -> str:
        """The text held back right now (for tests and diagnostics)."""
        return "".join(self._chars)

    def flush(self) -> None:
        """Give every held-back key back to its widget now, as typing."""
        self._timer.stop()
        self._replay()

    # -- the filter --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if (
                self._replaying
                or not self._enabled
                # judge each key once, at its widget (its QWindow sees it first)
                or not isinstance(watched, QWidget)
                or not isinstance(event, QKeyEvent)
                or (event.timestamp() == 0 and not self._process_synthetic)
            ):
                return False
            if kind == QEvent.Type.KeyPress:
                return self._on_key_press(watched, event)
            return self._on_key_release(watched, event)
        if self._keys and not self._replaying and self._moves_on(event):
            # The person moved on (a click, a shortcut, text from an input method):
            # what they typed before must land first, in order.
            self._decide("moved_on")
        return False

    def _moves_on(self, event: QEvent) -> bool:
        """Whether ``event`` must not overtake the keys held back."""
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            # Sent before a shortcut fires (Ctrl+S saves the form): only keys that
            # would be held themselves may wait for their own KeyPress.
            return (
                isinstance(event, QKeyEvent)
                and event.key() not in _MODIFIER_KEYS
                and self._classify(event) == "other"
            )
        return kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.InputMethod,
        )

    def _gap(self, now: int, timestamp: int) -> int:
        if timestamp and self._last_timestamp and timestamp >= self._last_timestamp:
            return timestamp - self._last_timestamp
        return now - self._last_ms

    def _on_key_press(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift around capitals: neither data nor a reason to stop
        now = self._now()
        if self._keys and self._gap(now, event.timestamp()) > self._settings.max_gap_ms:
            self._decide("gap")  # the previous burst is over
        self._eat.pop(key, None)  # a new press: any release still owed was lost
        kind = self._classify(event)
        if kind == "other" or event.isAutoRepeat():
            # A command key, or a key held down: a person. A complete scan waiting
            # for a possible next line is still a scan.
            if self._keys:
                self._decide("key")
            return False
        if kind == "terminator":
            if self._data_count < self._settings.min_length:
                self._replay()  # too short to be a scan: Enter/Tab as typed
                return False
            self._hold(target, event, "\t" if key == Qt.Key.Key_Tab else "\n")
            self._terminated = True
        else:
            if self._data_count + len(event.text()) > MAX_LENGTH:
                self.rejected.emit("too_long")
                self._replay()
                return False
            self._hold(target, event, event.text())
            self._data_count += len(event.text())
            self._terminated = False
        self._last_ms = now
        self._last_timestamp = event.timestamp()
        wait = (
            self._settings.max_gap_ms + LONE_KEY_SLACK_MS
            if len(self._chars) <= 1
            else max(3 * self._settings.max_gap_ms, BURST_WAIT_MS)
        )
        self._timer.start(wait)
        return True

    def _on_key_release(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if self._eat.get(key):
            self._eat[key] -= 1
            return True
        if self._open.get(key):
            self._open[key] -= 1
            self._keys.append(_Key.of(event, target))
            return True
        return False

    def _classify(self, event: QKeyEvent) -> str:
        """``data`` (a character), ``terminator`` or ``other``."""
        modifiers = event.modifiers()
        command = bool(modifiers & _CTRL_ALT_META) and (modifiers & _ALTGR) != _ALTGR
        if event.key() in _TERMINATOR_KEYS[self._settings.terminator]:
            return "other" if command else "terminator"
        text = event.text()
        if command or not text or not text.isprintable():
            return "other"
        return "data"

    def _hold(self, target: QWidget, event: QKeyEvent, char: str) -> None:
        self._keys.append(_Key.of(event, target))
        self._chars.append(char)
        self._open[event.key()] = self._open.get(event.key(), 0) + 1

    # -- deciding ------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._keys:
            self._decide("timeout")

    def _decide(self, why: str) -> None:
        """The burst held back is over: emit it as a scan or give it back as typing."""
        self._timer.stop()
        settings = self._settings
        text = "".join(self._chars)
        ended = self._terminated or settings.terminator is Terminator.NONE
        body = text.rstrip("\n\t") if self._terminated else text
        if settings.suffix and body.endswith(settings.suffix):
            ended = True  # a programmed suffix ends a scan as well as a terminator
        reason = ""
        if self._data_count < settings.min_length:
            reason = "short"
        elif not ended:
            reason = "no_terminator"
        elif settings.prefix and not body.startswith(settings.prefix):
            reason = "prefix"
        elif settings.suffix and not body.endswith(settings.suffix):
            reason = "suffix"
        if reason:
            if reason != "short":
                log.info("fast key burst given back as typing (%s, %s)", reason, why)
                self.rejected.emit(reason)
            self._replay()
            return
        body = body[len(settings.prefix) : len(body) - len(settings.suffix)]
        for key, count in self._open.items():
            if count:
                self._eat[key] = self._eat.get(key, 0) + count
        self._clear()
        log.debug("keyboard-wedge scan of %d characters", len(body))
        self.scanned.emit(body)

    def _replay(self) -> None:
        """Send the held-back keys to their widgets, in order, as typed."""
        self._timer.stop()
        keys = self._keys
        self._clear()
        if not keys:
            return
        self._replaying = True
        try:
            for held in keys:
                target = held.target if shiboken6.isValid(held.target) else None
                target = target or QApplication.focusWidget()
                if target is not None:
                    QApplication.sendEvent(target, held.event())
        finally:
            self._replaying = False

    def _clear(self) -> None:
        self._keys = []
        self._chars = []
        self._data_count = 0
        self._terminated = False
        self._open = {}
