"""The keyboard-wedge filter: scanner bursts become scans, typing reaches the widget.

Timing comes from an injected clock (no sleeping): each test advances it between
keys. QTest key events carry no timestamp, so the filter under test is told to judge
them (``process_synthetic=True``); the window's own filter leaves them alone, which
is what keeps every other UI test's ``keyClicks`` working.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from borderdesk.core import mrz
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.scanning.settings import Terminator, WedgeSettings
from borderdesk.ui.scanning.wedge import WedgeScanFilter

SCANNER_GAP = 4  # ms between a scanner's keys
HUMAN_GAP = 160  # ms between a quick typist's keys


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_filter(qapp: QApplication, clock: FakeClock) -> Iterator:
    installed: list[WedgeScanFilter] = []

    def make(**settings: object) -> WedgeScanFilter:
        wedge = WedgeScanFilter(
            WedgeSettings(**settings),  # type: ignore[arg-type]
            now_ms=clock,
            process_synthetic=True,
        )
        qapp.installEventFilter(wedge)
        installed.append(wedge)
        return wedge

    yield make
    for wedge in installed:
        qapp.removeEventFilter(wedge)
        wedge.deleteLater()


@pytest.fixture
def edit(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def _type(qtbot: QtBot, widget, clock: FakeClock, text: str, gap: int) -> None:
    for char in text:
        clock.advance(gap)
        qtbot.keyClick(widget, char)


def _enter(qtbot: QtBot, widget, clock: FakeClock, gap: int) -> None:
    clock.advance(gap)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_scanner_burst_is_a_scan_and_never_reaches_the_widget(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter()
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as blocker:
        _type(qtbot, edit, clock, "P<VNM001090012345", SCANNER_GAP)
        _enter(qtbot, edit, clock, SCANNER_GAP)
    assert blocker.args == ["P<VNM001090012345"]
    assert edit.text() == ""
    assert returns == []  # the terminator was swallowed with the scan
    assert wedge.pending() == ""


def test_human_typing_reaches_the_widget_intact_and_is_no_scan(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter()
    returns: list[str] = []
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    with qtbot.assertNotEmitted(wedge.scanned, wait=200):
        _type(qtbot, edit, clock, "C1234567", HUMAN_GAP)
        _enter(qtbot, edit, clock, HUMAN_GAP)
    # Each key was held back only until the next one showed it was typing, so the
    # Enter arrived after every character, in order.
    assert returns == ["C1234567"]
    assert edit.text() == "C1234567"


def test_the_last_typed_key_is_released_after_the_gap(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter()
    _type(qtbot, edit, clock, "Tran", HUMAN_GAP)
    assert edit.text() == "Tra"  # the "n" waits to see whether more keys follow
    assert wedge.pending() == "n"
    qtbot.waitUntil(lambda: edit.text() == "Tran", timeout=1000)
    assert wedge.pending() == ""


def test_a_short_fast_burst_is_typing(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter(min_length=6)
    returns: list[str] = []
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    with qtbot.assertNotEmitted(wedge.scanned, wait=150):
        _type(qtbot, edit, clock, "abc", SCANNER_GAP)  # key rollover: 3 fast keys
        _enter(qtbot, edit, clock, SCANNER_GAP)
    assert returns == ["abc"]


def test_a_fast_burst_without_terminator_is_given_back(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter()
    with qtbot.waitSignal(wedge.rejected, timeout=2000) as blocker:
        _type(qtbot, edit, clock, "ABCDEFGH", SCANNER_GAP)
    assert blocker.args == ["no_terminator"]
    assert edit.text() == "ABCDEFGH"


def test_a_command_key_releases_held_keys_first(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    make_filter()
    _type(qtbot, edit, clock, "ab", HUMAN_GAP)
    clock.advance(10)  # quicker than the gap: still a burst in the making...
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # ...but Backspace is a person
    assert edit.text() == "a"


def test_a_mouse_click_releases_held_keys_before_it_lands(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    make_filter()
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()
    seen: list[str] = []
    button.clicked.connect(lambda: seen.append(edit.text()))
    _type(qtbot, edit, clock, "Lo", HUMAN_GAP)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["Lo"]


def test_a_shortcut_sees_every_key_typed_before_it(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    """Ctrl+S right after the last character must save the whole text.

    Qt offers every key to the focus widget as a ShortcutOverride before it fires
    a shortcut; the held keys are given back then.
    """
    make_filter()
    _type(qtbot, edit, clock, "C123", HUMAN_GAP)
    assert edit.text() == "C12"  # the "3" is held...
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    QApplication.sendEvent(edit, override)
    assert edit.text() == "C123"  # ...and given back before any shortcut runs


def test_input_method_text_does_not_overtake_held_keys(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    """Vietnamese typed through an input method (Telex) stays in order."""
    make_filter()
    _type(qtbot, edit, clock, "Ng", HUMAN_GAP)
    commit = QInputMethodEvent("", [])
    commit.setCommitString("uyễn")
    QApplication.sendEvent(edit, commit)
    assert edit.text() == "Nguyễn"


def test_space_on_a_button_is_not_left_half_pressed(
    qtbot: QtBot, clock: FakeClock, make_filter
) -> None:
    """Press and release are held and replayed together: the button clicks once."""
    make_filter()
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.setFocus()
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    clock.advance(HUMAN_GAP)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: clicks == [True], timeout=1000)
    assert not button.isDown()


def test_prefix_and_suffix_are_required_and_removed(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter(prefix="]Q1", suffix="#")
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as blocker:
        _type(qtbot, edit, clock, "]Q1ABCDEF12#", SCANNER_GAP)
        _enter(qtbot, edit, clock, SCANNER_GAP)
    assert blocker.args == ["ABCDEF12"]
    assert edit.text() == ""

    # A burst from a scanner without the prefix is typing (another device).
    with qtbot.waitSignal(wedge.rejected, timeout=2000) as rejected:
        clock.advance(1000)
        _type(qtbot, edit, clock, "ABCDEF12#", SCANNER_GAP)
        _enter(qtbot, edit, clock, SCANNER_GAP)
    assert rejected.args == ["prefix"]
    assert edit.text() == "ABCDEF12#"


def test_a_suffix_alone_can_end_a_scan(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter(suffix="$$", terminator=Terminator.ENTER)
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as blocker:
        _type(qtbot, edit, clock, "BDR1.abc.def$$", SCANNER_GAP)
    assert blocker.args == ["BDR1.abc.def"]
    assert edit.text() == ""


def test_tab_terminator_and_enter_only_setting(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter(terminator=Terminator.ENTER_OR_TAB)
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as blocker:
        _type(qtbot, edit, clock, "12345678", SCANNER_GAP)
        clock.advance(SCANNER_GAP)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert blocker.args == ["12345678"]
    assert edit.hasFocus()  # the Tab did not move the focus

    wedge.set_settings(WedgeSettings(terminator=Terminator.ENTER))
    with qtbot.waitSignal(wedge.rejected, timeout=2000) as rejected:
        clock.advance(1000)
        _type(qtbot, edit, clock, "87654321", SCANNER_GAP)
        clock.advance(SCANNER_GAP)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)  # not a terminator any more
    assert rejected.args == ["no_terminator"]
    assert edit.text() == "87654321"


def _td3() -> str:
    line1 = "P<VNMNGUYEN<<VAN<AN".ljust(44, "<")
    number, birth, expiry, optional = "C1234567<", "900517", "310101", "001090012345<<"
    body = (
        number
        + str(mrz.check_digit(number))
        + "VNM"
        + birth
        + str(mrz.check_digit(birth))
        + "M"
        + expiry
        + str(mrz.check_digit(expiry))
        + optional
        + str(mrz.check_digit(optional))
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1 + "\n" + body + str(mrz.check_digit(composite))


def test_a_two_line_mrz_typed_line_by_line_is_one_scan(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    wedge = make_filter()
    line1, line2 = _td3().split("\n")
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as blocker:
        _type(qtbot, edit, clock, line1, SCANNER_GAP)
        _enter(qtbot, edit, clock, SCANNER_GAP)
        _type(qtbot, edit, clock, line2, SCANNER_GAP)
        _enter(qtbot, edit, clock, SCANNER_GAP)
    assert blocker.args == [line1 + "\n" + line2]


def _key(kind: QEvent.Type, key: int, text: str, timestamp: int) -> QKeyEvent:
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(timestamp)
    return event


def _send_keys(widget, text: str, start: int, gap: int) -> int:
    """Key events with window-system timestamps ``gap`` ms apart; the next time."""
    at = start
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else ord(char.upper())
        chars = "\r" if char == "\n" else char
        QApplication.sendEvent(widget, _key(QEvent.Type.KeyPress, key, chars, at))
        QApplication.sendEvent(widget, _key(QEvent.Type.KeyRelease, key, chars, at + 1))
        at += gap
    return at


def test_event_timestamps_win_over_a_busy_event_loop(
    qtbot: QtBot, edit: QLineEdit, clock: FakeClock, make_filter
) -> None:
    """Keys typed 150 ms apart but delivered in one batch are still typing."""
    wedge = make_filter()
    with qtbot.assertNotEmitted(wedge.scanned, wait=200):
        _send_keys(edit, "C7654321\n", start=50_000, gap=150)  # the clock stands still
    assert edit.text() == "C7654321"


def test_synthetic_keys_pass_untouched_by_default(
    qtbot: QtBot, edit: QLineEdit, qapp: QApplication
) -> None:
    wedge = WedgeScanFilter()
    qapp.installEventFilter(wedge)
    try:
        returns: list[str] = []
        edit.returnPressed.connect(lambda: returns.append(edit.text()))
        with qtbot.assertNotEmitted(wedge.scanned, wait=150):
            qtbot.keyClicks(edit, "C1234567")
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert returns == ["C1234567"]  # at once: nothing was held back
    finally:
        qapp.removeEventFilter(wedge)


def test_the_window_routes_a_wedge_scan_whatever_has_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    """End to end with the window's own filter and real-looking key events."""
    form = window.form
    form.notes.setFocus()
    saves: list[bool] = []
    form.save_requested.connect(lambda: saves.append(True))
    with qtbot.waitSignal(window.scanning.router.routed, timeout=3000) as blocker:
        _send_keys(form.notes, _td3() + "\n", start=10_000, gap=3)
    report = blocker.args[0]
    assert report.outcome == "filled"
    assert form.notes.text() == ""  # nothing was typed into the focused field
    assert saves == []  # and the Enter did not save
    assert form.document_number.text() == "C1234567"
    assert form.surname.text() == "NGUYEN"
    assert form.given_names.text() == "VAN AN"
