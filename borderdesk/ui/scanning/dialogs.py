"""Settings dialogs of the keyboard-wedge and the serial-port scanners."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borderdesk.ui.scanning.serial import PortInfo
from borderdesk.ui.scanning.settings import (
    BAUD_RATES,
    LineEnd,
    SerialSettings,
    Terminator,
    WedgeSettings,
)


def _ok_cancel(
    dialog: QDialog,
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK/Cancel buttons whose texts the dialog sets (Qt's own are not translated)."""
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok, cancel


def _rows(
    parent: QWidget, form: QFormLayout, fields: list[QWidget | QHBoxLayout]
) -> list[QLabel]:
    """Add a row per field, each with a label (its text set on translation)."""
    labels = []
    for field in fields:
        label = QLabel(parent)
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
        labels.append(label)
    return labels


def _hint(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WedgeSettingsDialog(QDialog):
    """Timing, prefix/suffix and terminator of the keyboard-wedge scanner, with a
    test line showing what the filter makes of a scan (:meth:`show_test_scan`)."""

    def __init__(self, settings: WedgeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wedgeSettingsDialog")
        self.about = _hint(self)
        self.warning = _hint(self)
        self.warning.setStyleSheet("color: #a15c00;")
        self.max_gap = QSpinBox(self)
        self.max_gap.setRange(5, 200)
        self.max_gap.setValue(settings.max_gap_ms)
        self.min_length = QSpinBox(self)
        self.min_length.setRange(1, 100)
        self.min_length.setValue(settings.min_length)
        self.prefix = QLineEdit(settings.prefix, self)
        self.suffix = QLineEdit(settings.suffix, self)
        self.terminator = QComboBox(self)
        for terminator in Terminator:
            self.terminator.addItem("", terminator.value)
        self.terminator.setCurrentIndex(
            max(0, self.terminator.findData(settings.terminator.value))
        )
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        self._test_title = QLabel(self)
        self._test_title.setObjectName("fieldLabel")
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._test_text = ""
        self._test_reason = ""
        self.buttons, self.ok_button, self.cancel_button = _ok_cancel(self)

        self._form = QFormLayout()
        self._labels = _rows(
            self,
            self._form,
            [self.max_gap, self.min_length, self.terminator, self.prefix, self.suffix],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.warning)
        layout.addLayout(self._form)
        layout.addWidget(separator)
        layout.addWidget(self._test_title)
        layout.addWidget(self.test_result)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()

    def values(self) -> WedgeSettings:
        return WedgeSettings(
            max_gap_ms=self.max_gap.value(),
            min_length=self.min_length.value(),
            prefix=self.prefix.text(),
            suffix=self.suffix.text(),
            terminator=Terminator(str(self.terminator.currentData())),
        ).clamped()

    @Slot(str)
    def show_test_scan(self, text: str) -> None:
        """A scan arrived while the dialog is open: show it instead of routing it."""
        self._test_text, self._test_reason = text, ""
        self._retranslate()

    @Slot(str)
    def show_test_rejection(self, reason: str) -> None:
        self._test_text, self._test_reason = "", reason
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard scanner"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.about.setText(
            self.tr(
                "The keyboard scanner is always on: keys typed faster than a person "
                "types, ended by the chosen key, are taken as a scan wherever the "
                "cursor is, and never typed into the field."
            )
        )
        self.warning.setText(
            self.tr(
                "In keyboard mode, letters with diacritics (the names on ID cards) "
                "can be garbled by the keyboard layout or by a Vietnamese input "
                "method (Unikey, Telex): switch the input method to English, or "
                "better, set the scanner up as a serial (COM) port."
            )
        )
        labels = [
            self.tr("Longest pause between keys (ms):"),
            self.tr("Shortest code (characters):"),
            self.tr("A scan ends with:"),
            self.tr("Prefix (optional):"),
            self.tr("Suffix (optional):"),
        ]
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        names = {
            Terminator.ENTER_OR_TAB: self.tr("Enter or Tab"),
            Terminator.ENTER: self.tr("Enter"),
            Terminator.TAB: self.tr("Tab"),
            Terminator.NONE: self.tr("Nothing (end of the burst or the suffix)"),
        }
        for row in range(self.terminator.count()):
            value = Terminator(str(self.terminator.itemData(row)))
            self.terminator.setItemText(row, names[value])
        self.prefix.setPlaceholderText(self.tr("e.g. ]Q1 (the AIM code for QR)"))
        self._test_title.setText(self.tr("Test: scan a code now"))
        if self._test_text:
            self.test_result.setText(
                self.tr("Recognised as a scan ({count} characters): {text}").format(
                    count=len(self._test_text), text=self._test_text
                )
            )
        elif self._test_reason:
            reasons = {
                "no_terminator": self.tr("it did not end with the chosen key"),
                "prefix": self.tr("it did not start with the prefix"),
                "suffix": self.tr("it did not end with the suffix"),
                "too_long": self.tr("it was too long"),
            }
            self.test_result.setText(
                self.tr("Fast keys seen but not taken as a scan: {reason}.").format(
                    reason=reasons.get(self._test_reason, self._test_reason)
                )
            )
        else:
            self.test_result.setText(self.tr("Nothing scanned yet."))


class SerialSettingsDialog(QDialog):
    """Port, speed and line end of a scanner on a serial (virtual COM) port.

    Args:
        settings: the current settings.
        list_ports: lists the ports present (called again by Refresh).
        status: the scanner's state now, as a sentence.
    """

    def __init__(
        self,
        settings: SerialSettings,
        list_ports: Callable[[], list[PortInfo]],
        status: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serialSettingsDialog")
        self._list_ports = list_ports
        self.about = _hint(self)
        self.enabled = QCheckBox(self)
        self.enabled.setChecked(settings.enabled)
        self.port = QComboBox(self)
        self.port.setEditable(True)
        self.port.setMinimumContentsLength(28)
        self.refresh_button = QPushButton(self)
        self.baud = QComboBox(self)
        for rate in BAUD_RATES:
            self.baud.addItem(str(rate), rate)
        index = self.baud.findData(settings.baud)
        if index < 0:
            self.baud.addItem(str(settings.baud), settings.baud)
            index = self.baud.count() - 1
        self.baud.setCurrentIndex(index)
        self.line_end = QComboBox(self)
        for end, label in (
            (LineEnd.CR, "CR"),
            (LineEnd.LF, "LF"),
            (LineEnd.CRLF, "CR LF"),
        ):
            self.line_end.addItem(label, end.value)
        self.line_end.setCurrentIndex(
            max(0, self.line_end.findData(settings.line_end.value))
        )
        self.status = _hint(self)
        self._status_text = status
        self.buttons, self.ok_button, self.cancel_button = _ok_cancel(self)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)

        port_row = QHBoxLayout()
        port_row.addWidget(self.port, 1)
        port_row.addWidget(self.refresh_button)
        self._form = QFormLayout()
        self._form.addRow(self.enabled)
        self._labels = _rows(self, self._form, [port_row, self.baud, self.line_end])
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self._form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fill_ports(settings.port)
        self._retranslate()

    def values(self) -> SerialSettings:
        text = self.port.currentText().strip()
        data = self.port.currentData()
        index = self.port.currentIndex()
        port = str(data) if data and self.port.itemText(index) == text else text
        return SerialSettings(
            enabled=self.enabled.isChecked(),
            port=port,
            baud=int(self.baud.currentData()),
            line_end=LineEnd(str(self.line_end.currentData())),
        )

    def _fill_ports(self, selected: str) -> None:
        self.port.clear()
        for info in self._list_ports():
            self.port.addItem(info.label(), info.name)
        index = self.port.findData(selected) if selected else 0
        if index >= 0:
            self.port.setCurrentIndex(index)
        else:
            self.port.setEditText(selected)

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self._fill_ports(self.values().port)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Serial port scanner"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.about.setText(
            self.tr(
                "A scanner set up as a USB serial (virtual COM) device sends the code "
                "as it is: names with diacritics arrive intact and no field needs "
                "the cursor. Program it to end each code with the line end chosen "
                "below."
            )
        )
        self.enabled.setText(self.tr("Use a scanner on a serial port"))
        self.refresh_button.setText(self.tr("Refresh"))
        labels = [self.tr("Port:"), self.tr("Speed (baud):"), self.tr("Line end:")]
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        if self.port.count() == 0:
            self.port.lineEdit().setPlaceholderText(
                self.tr("No serial port found: type its name (COM3, ttyACM0)")
            )
        self.status.setText(self._status_text)
