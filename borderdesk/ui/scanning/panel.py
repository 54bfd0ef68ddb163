"""What a scan gave, on screen: the result band above the form, the receipt dialog."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.signed import Receipt
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.ui import messages
from borderdesk.ui.scanning.texts import Line, Msg, render

ICONS = {
    "ok": ":/icons/ok.svg",
    "warning": ":/icons/warning.svg",
    "error": ":/icons/error.svg",
    "info": ":/icons/info.svg",
}
ICON_SIZE = QSize(22, 22)

_PANEL_STYLE = """
QFrame#scanResult {
    border: 1px solid #9fcfb0; border-radius: 6px; background: #eaf6ee;
}
QFrame#scanResult[severity="warning"] { border-color: #e0a100; background: #fff6db; }
QFrame#scanResult[severity="error"] { border: 2px solid #b3261e; background: #fdecea; }
QFrame#scanResult QLabel { background: transparent; border: none; }
QLabel#scanTitle { font-weight: 600; font-size: 11pt; }
QToolButton#scanClose { border: none; background: transparent; font-size: 13pt; }
"""


class ScanResultPanel(QFrame):
    """A band above the form telling what the last scan was and what was done with it.

    Hidden until the first scan; the officer can close it. Texts are kept as
    :class:`~borderdesk.ui.scanning.texts.Msg` and re-rendered on a language change.

    Signals:
        closed(): the officer closed the band.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanResult")
        self.setStyleSheet(_PANEL_STYLE)
        self.setProperty("severity", "ok")
        self._title_msg: Line | None = None
        self._line_msgs: list[Line] = []
        self._icon = QLabel(self)
        self._icon.setFixedSize(ICON_SIZE)
        self.title = QLabel(self)
        self.title.setObjectName("scanTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("scanClose")
        self.close_button.setText("×")
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self._on_close_button_clicked)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.lines)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self._retranslate()

    def show_result(self, severity: str, title: Line, lines: list[Line]) -> None:
        self._title_msg = title
        self._line_msgs = list(lines)
        self.setProperty("severity", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        self._icon.setPixmap(
            QIcon(ICONS.get(severity, ICONS["info"])).pixmap(ICON_SIZE)
        )
        self._render()
        self.show()

    def severity(self) -> str:
        return str(self.property("severity"))

    def text(self) -> str:
        """Title and lines as shown (for tests and the log)."""
        return "\n".join(filter(None, (self.title.text(), self.lines.text())))

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.hide()
        self.closed.emit()

    def _render(self) -> None:
        self.title.setText(render(self._title_msg) if self._title_msg else "")
        self.lines.setText("\n".join(render(line) for line in self._line_msgs))
        self.lines.setVisible(bool(self._line_msgs))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Hide"))
        self._render()


class ReceiptDialog(QDialog):
    """A verified (or unverifiable) receipt and the crossing, if this counter has it."""

    def __init__(
        self,
        receipt: Receipt,
        stored: StoredCrossing | None,
        verification: Msg,
        verified: bool,
        timezone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.receipt = receipt
        self.stored = stored
        self._timezone = timezone
        self._verification = verification
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(
            f"font-weight: 600; color: {'#1b7a3d' if verified else '#b3261e'};"
        )
        self._form = QFormLayout()
        self._form.setHorizontalSpacing(16)
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        for key in self._keys():
            label, value = QLabel(self), QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._labels[key], self.values[key] = label, value
            self._form.addRow(label, value)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self._form)
        layout.addWidget(buttons)
        self._retranslate()

    def _keys(self) -> list[str]:
        keys = ["id", "time", "gate", "terminal", "direction"]
        if self.stored is not None:
            keys += ["name", "document", "nationality", "decision", "officer"]
        return keys

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Crossing receipt"))
        self.close_button.setText(self.tr("Close"))
        self.status.setText(render(self._verification))
        names = {
            "id": self.tr("Record id"),
            "time": self.tr("Time"),
            "gate": self.tr("Border gate"),
            "terminal": self.tr("Counter"),
            "direction": self.tr("Direction"),
            "name": self.tr("Full name"),
            "document": self.tr("Document"),
            "nationality": self.tr("Nationality"),
            "decision": self.tr("Decision"),
            "officer": self.tr("Officer ID"),
        }
        receipt = self.receipt
        values = {
            "id": receipt.crossing_id,
            "gate": messages.gate_name(receipt.gate),
            "terminal": receipt.terminal,
            "direction": messages.direction_label(receipt.direction),
        }
        stored = self.stored.crossing if self.stored is not None else None
        # The gate's wall clock, as on the counter's list.
        local = (
            stored.local_time
            if stored is not None
            else receipt.time_utc.astimezone(ZoneInfo(self._timezone))
        )
        values["time"] = f"{messages.format_date(local.date())} {local:%H:%M}"
        if stored is not None:
            person = stored.principal
            if person is not None:
                ident = person.identity
                values["name"] = ident.full_name
                values["document"] = (
                    f"{messages.document_type_label(ident.document_type)} "
                    f"{ident.document_number}"
                )
                values["nationality"] = messages.country_name(ident.nationality)
            values["decision"] = messages.decision_label(stored.decision)
            values["officer"] = stored.officer
        for key, label in self._labels.items():
            label.setText(names[key] + ":")
            self.values[key].setText(values.get(key, ""))
