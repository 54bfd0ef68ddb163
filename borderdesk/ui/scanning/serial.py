"""Scanners on a serial port: USB CDC "virtual COM" (``ttyACM0``, ``COM3``) or RS-232.

The preferred mode at a counter (DOMAIN.md §5.1): the scanner sends the code's raw
bytes, so Vietnamese names arrive intact whatever the keyboard layout or input method,
and no widget needs the focus. :class:`SerialScanner` buffers the bytes, splits them on
the configured line end, decodes each code as UTF-8 and emits it.

Bytes that are not valid UTF-8 (a scanner set to a legacy code page) are decoded with
U+FFFD replacement characters: the text is still emitted, after
``error("invalid_utf8")``, so the officer learns that the scanner's setting is wrong;
the router refuses to fill the form from such a text. Nothing the scanner sends can
raise.

An unplugged scanner is reported once (``error("disconnected")``) and re-opened every
:data:`RECONNECT_MS` until it is back (``connected_changed(True)``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal, Slot
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from borderdesk.ui.scanning.settings import LineEnd, SerialSettings

log = logging.getLogger(__name__)

RECONNECT_MS = 2000
MAX_BUFFER = 16 * 1024  # bytes without a line end: not a scanner talking, drop them
_STRIP = b"\r\n\x00"  # the other half of a CR LF pair, NUL padding

# QSerialPort errors -> our codes.
_OPEN_ERRORS = {
    QSerialPort.SerialPortError.DeviceNotFoundError: "not_found",
    QSerialPort.SerialPortError.PermissionError: "permission",
}
_LOST_ERRORS = {
    QSerialPort.SerialPortError.ResourceError,
    QSerialPort.SerialPortError.ReadError,
}


@dataclass(frozen=True, slots=True)
class PortInfo:
    """A serial port of this computer, as the settings dialog lists it."""

    name: str  # what QSerialPort.setPortName() takes: ttyACM0, COM3
    location: str  # /dev/ttyACM0, \\.\COM3
    description: str
    manufacturer: str
    vendor_id: int | None
    product_id: int | None
    serial_number: str

    def label(self) -> str:
        """``ttyACM0 — Honeywell Imaging 1900 (0c2e:0b61)``."""
        parts = [self.name]
        about = " ".join(p for p in (self.manufacturer, self.description) if p)
        if about:
            parts.append(about)
        text = " — ".join(parts)
        if self.vendor_id is not None and self.product_id is not None:
            text += f" ({self.vendor_id:04x}:{self.product_id:04x})"
        return text


def available_ports() -> list[PortInfo]:
    """The serial ports present now, USB devices (likely scanners) first."""
    ports = []
    for info in QSerialPortInfo.availablePorts():
        ports.append(
            PortInfo(
                name=info.portName(),
                location=info.systemLocation(),
                description=info.description(),
                manufacturer=info.manufacturer(),
                vendor_id=info.vendorIdentifier()
                if info.hasVendorIdentifier()
                else None,
                product_id=info.productIdentifier()
                if info.hasProductIdentifier()
                else None,
                serial_number=info.serialNumber(),
            )
        )
    return sorted(ports, key=lambda p: (p.vendor_id is None, p.name))


def decode_code(raw: bytes) -> tuple[str, bool]:
    """One code's bytes as text; True if some bytes were not UTF-8 (replaced)."""
    raw = raw.strip(_STRIP)
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), True


class SerialScanner(QObject):
    """Reads codes from a scanner on a serial port.

    Args:
        settings: port, baud rate and line end; ``enabled`` is the owner's business
            (:meth:`start` opens the port whatever it says).

    Attributes:
        replaced: whether the last code emitted had bytes that were not UTF-8.

    Signals:
        scanned(str): one code, without its line end.
        error(str): ``no_port`` (none configured), ``not_found``, ``permission``,
            ``open_failed``, ``disconnected`` (unplugged; reconnecting),
            ``invalid_utf8`` (the next ``scanned`` text holds U+FFFD) or
            ``overflow`` (too many bytes without a line end; dropped).
        connected_changed(bool): the port was opened (True) or lost/closed (False).
    """

    scanned = Signal(str)
    error = Signal(str)
    connected_changed = Signal(bool)

    def __init__(
        self, settings: SerialSettings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings or SerialSettings()
        self._port: QSerialPort | None = None
        self._buffer = bytearray()
        self._connected = False
        self._running = False
        self._last_error = ""
        self.replaced = False
        self._reconnect = QTimer(self)
        self._reconnect.setSingleShot(True)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self._on_reconnect_timeout)

    # -- control -------------------------------------------------------------------

    def settings(self) -> SerialSettings:
        return self._settings

    def set_settings(self, settings: SerialSettings) -> None:
        """Use new settings; an open port is closed and re-opened with them."""
        running = self._running
        self.stop()
        self._settings = settings
        if running:
            self.start()

    def is_connected(self) -> bool:
        return self._connected

    def is_running(self) -> bool:
        return self._running

    def last_error(self) -> str:
        return self._last_error

    def start(self) -> bool:
        """Open the port (and keep trying every few seconds); True if open now."""
        self._running = True
        self._last_error = ""
        return self._open()

    def stop(self) -> None:
        """Close the port and stop reconnecting."""
        self._running = False
        self._reconnect.stop()
        self._close()
        self._buffer.clear()

    # -- the port ------------------------------------------------------------------

    def _open(self) -> bool:
        name = self._settings.port.strip()
        if not name:
            self._report("no_port")
            return False
        port = QSerialPort(self)
        port.setPortName(name)
        port.setBaudRate(self._settings.baud)
        port.setDataBits(QSerialPort.DataBits.Data8)
        port.setParity(QSerialPort.Parity.NoParity)
        port.setStopBits(QSerialPort.StopBits.OneStop)
        port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
        if not port.open(QIODevice.OpenModeFlag.ReadOnly):
            code = _OPEN_ERRORS.get(port.error(), "open_failed")
            log.info("cannot open serial port %s: %s", name, port.errorString())
            port.deleteLater()
            self._report(code)
            self._reconnect.start()
            return False
        # USB CDC devices often send nothing until the host raises DTR.
        port.setDataTerminalReady(True)
        port.readyRead.connect(self._on_ready_read)
        port.errorOccurred.connect(self._on_error_occurred)
        self._port = port
        self._buffer.clear()
        self._last_error = ""
        log.info("serial scanner on %s at %d baud", name, self._settings.baud)
        self._set_connected(True)
        return True

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            port.readyRead.disconnect(self._on_ready_read)
            port.errorOccurred.disconnect(self._on_error_occurred)
            if port.isOpen():
                port.close()
            port.deleteLater()
        self._set_connected(False)

    def _set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            self.connected_changed.emit(connected)

    def _report(self, code: str) -> None:
        """Emit ``error(code)`` once per distinct problem (not on every retry)."""
        if code != self._last_error:
            self._last_error = code
            self.error.emit(code)

    @Slot()
    def _on_reconnect_timeout(self) -> None:
        if self._running and self._port is None:
            self._open()

    @Slot()
    def _on_ready_read(self) -> None:
        if self._port is not None:
            self.feed(bytes(self._port.readAll().data()))

    @Slot(QSerialPort.SerialPortError)
    def _on_error_occurred(self, error: QSerialPort.SerialPortError) -> None:
        if error in _LOST_ERRORS and self._port is not None:
            log.warning("serial scanner lost: %s", self._port.errorString())
            self._close()
            self._buffer.clear()
            self._report("disconnected")
            if self._running:
                self._reconnect.start()

    # -- bytes -> codes ------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Take bytes as read from the port; emit every complete code in them.

        A line end or a multi-byte character split across two reads is put back
        together; a code without its line end waits for the next read.
        """
        self._buffer += data
        end = LineEnd(self._settings.line_end).bytes
        *codes, rest = bytes(self._buffer).split(end)
        self._buffer = bytearray(rest)
        for raw in codes:
            text, replaced = decode_code(raw)
            if not text:
                continue  # an empty line, or the LF of a CR LF with line end CR
            self.replaced = replaced
            if replaced:
                log.warning("serial scanner sent bytes that are not UTF-8")
                self.error.emit("invalid_utf8")
            self.scanned.emit(text)
        if len(self._buffer) > MAX_BUFFER:
            self._buffer.clear()
            self.error.emit("overflow")
