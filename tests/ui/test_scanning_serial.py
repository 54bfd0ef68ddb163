"""The serial-port scanner: bytes to codes, whatever the chunks; bad bytes never crash.

Most tests feed bytes to :meth:`SerialScanner.feed` (what ``readyRead`` calls). One
test opens a real pseudo-terminal (Linux/macOS) as the port.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.scanning.serial import PortInfo, SerialScanner, decode_code
from borderdesk.ui.scanning.settings import LineEnd, SerialSettings

CCCD = "001090012345||Nguyễn Văn An|17051990|Nam|Số 1 Phố Huế, Hà Nội|01022021"


class Recorder(QObject):
    def __init__(self, scanner: SerialScanner) -> None:
        super().__init__()
        self.events: list[tuple[str, str]] = []
        scanner.scanned.connect(self._on_scanned)
        scanner.error.connect(self._on_error)

    def _on_scanned(self, text: str) -> None:
        self.events.append(("scanned", text))

    def _on_error(self, code: str) -> None:
        self.events.append(("error", code))

    def scans(self) -> list[str]:
        return [text for kind, text in self.events if kind == "scanned"]


def _scanner(
    qtbot: QtBot, line_end: LineEnd = LineEnd.CR
) -> tuple[SerialScanner, Recorder]:
    scanner = SerialScanner(SerialSettings(line_end=line_end))
    return scanner, Recorder(scanner)


def test_codes_are_split_on_the_line_end_across_chunks(qtbot: QtBot) -> None:
    scanner, seen = _scanner(qtbot, LineEnd.CRLF)
    data = (CCCD + "\r\n" + "BDR1.x.y\r\n").encode()
    # Every chunking, including a CR LF cut in two and "ễ" cut inside its bytes.
    cut_crlf = data.index(b"\r\n") + 1
    cut_letter = data.index("ễ".encode()) + 1
    for cuts in ([cut_letter, cut_crlf], [1, 2, 3, cut_crlf, cut_crlf + 1]):
        seen.events.clear()
        previous = 0
        for cut in [*cuts, len(data)]:
            scanner.feed(data[previous:cut])
            previous = cut
        assert seen.scans() == [CCCD, "BDR1.x.y"]
    assert not scanner.replaced


def test_a_code_waits_for_its_line_end(qtbot: QtBot) -> None:
    scanner, seen = _scanner(qtbot)
    scanner.feed("Nguyễn".encode())
    assert seen.events == []
    scanner.feed(b"\r")
    assert seen.scans() == ["Nguyễn"]


@pytest.mark.parametrize(
    ("line_end", "data"),
    [
        (LineEnd.CR, b"A1\r\nB2\r\n"),  # the LF of a CR LF is dropped
        (LineEnd.LF, b"A1\r\nB2\r\n"),  # the CR of a CR LF is dropped
        (LineEnd.CR, b"\rA1\r\r\rB2\r"),  # empty lines are not codes
        (LineEnd.LF, b"A1\x00\x00\nB2\n"),  # NUL padding
    ],
)
def test_stray_line_end_bytes_are_not_part_of_a_code(
    qtbot: QtBot, line_end: LineEnd, data: bytes
) -> None:
    scanner, seen = _scanner(qtbot, line_end)
    scanner.feed(data)
    assert seen.scans() == ["A1", "B2"]


def test_invalid_utf8_is_replaced_and_flagged_never_raised(qtbot: QtBot) -> None:
    scanner, seen = _scanner(qtbot)
    cp1258 = "Nguyễn".encode("cp1258", errors="replace")  # a legacy code page
    scanner.feed(b"001090012345||" + cp1258 + b"\xff|x\r" + b"OK\r")
    assert seen.events[0] == ("error", "invalid_utf8")
    kind, text = seen.events[1]
    assert kind == "scanned"
    assert "\ufffd" in text
    assert text.startswith("001090012345||Nguy")
    assert seen.events[2] == ("scanned", "OK")
    assert scanner.replaced is False  # the flag is about the last code
    assert decode_code(b"\xc3\x28") == ("\ufffd(", True)


def test_endless_bytes_without_line_end_are_dropped(qtbot: QtBot) -> None:
    scanner, seen = _scanner(qtbot)
    scanner.feed(b"x" * 20_000)
    assert seen.events == [("error", "overflow")]
    scanner.feed(b"ABC\r")
    assert seen.scans() == ["ABC"]


def test_no_port_and_missing_port_are_reported_once(qtbot: QtBot) -> None:
    scanner, seen = _scanner(qtbot)
    assert scanner.start() is False
    assert seen.events == [("error", "no_port")]
    scanner.stop()

    seen.events.clear()
    scanner.set_settings(SerialSettings(port="/dev/borderdesk-no-such-port"))
    assert scanner.start() is False
    assert seen.events == [("error", "not_found")]
    assert not scanner.is_connected()
    assert scanner._reconnect.isActive()  # it keeps trying: the scanner may be plugged
    scanner._on_reconnect_timeout()  # a retry that fails again...
    assert seen.events == [("error", "not_found")]  # ...is not reported again
    scanner.stop()
    assert not scanner._reconnect.isActive()


def test_port_label() -> None:
    info = PortInfo("ttyACM0", "/dev/ttyACM0", "1900", "Honeywell", 0x0C2E, 0x0B61, "")
    assert info.label() == "ttyACM0 — Honeywell 1900 (0c2e:0b61)"
    assert PortInfo("COM3", "", "", "", None, None, "").label() == "COM3"


@pytest.mark.skipif(
    not hasattr(os, "openpty"), reason="no pseudo-terminals on this platform"
)
def test_a_real_port_delivers_codes_and_reports_the_connection(qtbot: QtBot) -> None:
    master, slave = os.openpty()
    try:
        scanner = SerialScanner(SerialSettings(port=os.ttyname(slave)))
        seen = Recorder(scanner)
        with qtbot.waitSignal(scanner.connected_changed, timeout=1000) as connected:
            assert scanner.start()
        assert connected.args == [True]
        with qtbot.waitSignal(scanner.scanned, timeout=3000) as blocker:
            os.write(master, CCCD.encode()[:20])
            os.write(master, CCCD.encode()[20:] + b"\r")
        assert blocker.args == [CCCD]
        scanner.stop()
        assert not scanner.is_connected()
        assert seen.scans() == [CCCD]
    finally:
        os.close(master)
        os.close(slave)


def test_serial_codes_are_routed_and_bad_bytes_fill_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    serial = window.scanning.serial
    serial.set_settings(SerialSettings(line_end=LineEnd.CR))
    serial.feed(CCCD.encode()[:30])
    serial.feed(CCCD.encode()[30:] + b"\r")
    assert window.form.surname.text() == "Nguyễn"
    assert window.form.given_names.text() == "Văn An"
    assert window.form.document_type.currentData() == "cccd"

    window.new_crossing()
    latin1 = CCCD.replace("Nguyễn Văn An", "Nguyen Văn An").encode("latin-1", "replace")
    with qtbot.waitSignal(window.scanning.router.routed, timeout=1000) as blocker:
        serial.feed(latin1 + b"\r")
    report = blocker.args[0]
    assert report.outcome == "damaged"
    assert window.form.surname.text() == ""
    assert "UTF-8" in window.scanning.panel.text()
