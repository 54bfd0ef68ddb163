"""The list of findings under the form: errors in red, warnings in amber.

A warning carries an "Acknowledge" box; the ticked codes go into the crossing's
``acknowledged`` list, and the service decides whether that is enough to save.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.validation import Finding, Severity
from borderdesk.ui import messages

ICONS = {
    "error": ":/icons/error.svg",
    "warning": ":/icons/warning.svg",
    "ok": ":/icons/ok.svg",
    "info": ":/icons/info.svg",
}
ICON_SIZE = QSize(18, 18)


def _icon_label(kind: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setPixmap(QIcon(ICONS[kind]).pixmap(ICON_SIZE))
    label.setFixedSize(ICON_SIZE)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


class FindingRow(QFrame):
    """One finding. Clicking it asks for its field to get the focus.

    Signals:
        activated(str): the finding's field path.
        acknowledged_changed(): the Acknowledge box (warnings only) was toggled.
    """

    activated = Signal(str)
    acknowledged_changed = Signal()

    def __init__(
        self, finding: Finding, acknowledged: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("finding")
        self.setProperty("severity", str(finding.severity))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(
            _icon_label(str(finding.severity), self), 0, Qt.AlignmentFlag.AlignTop
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # params hold typed text
        self.text.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        layout.addWidget(self.text, 1)
        self.acknowledge: QCheckBox | None = None
        if finding.severity is Severity.WARNING:
            self.acknowledge = QCheckBox(self)
            self.acknowledge.setChecked(acknowledged)
            self.acknowledge.setCursor(Qt.CursorShape.ArrowCursor)
            self.acknowledge.toggled.connect(self.acknowledged_changed)
            layout.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(messages.finding_text(self.finding))
        if self.acknowledge is not None:
            self.acknowledge.setText(self.tr("Acknowledge"))
            self.acknowledge.setToolTip(
                self.tr("I have checked this warning and the crossing may be saved.")
            )

    @property
    def is_acknowledged(self) -> bool:
        return self.acknowledge is not None and self.acknowledge.isChecked()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.finding.field)
        super().mousePressEvent(event)


class FindingsPanel(QFrame):
    """Shows the outcome of the last save attempt.

    Signals:
        field_activated(str): a finding was clicked; the path of its field.
        acknowledged_changed(): a warning was ticked or unticked.
    """

    field_activated = Signal(str)
    acknowledged_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._findings: list[Finding] = []
        self._rows: list[FindingRow] = []
        self._saved: tuple[str, str, str] | None = None
        self._title = QLabel(self)
        self._title.setObjectName("cardTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary_icon = QLabel(self)
        self._summary_icon.setFixedSize(ICON_SIZE)
        # After a save: the signed receipt's QR, for the traveller to photograph or
        # for the slip printer (F6), without a dialog in the way of the next person.
        self.receipt_qr = QLabel(self)
        self.receipt_qr.setObjectName("qrCode")
        self.receipt_qr.setVisible(False)
        self.receipt_hint = QLabel(self)
        self.receipt_hint.setObjectName("hint")
        self.receipt_hint.setWordWrap(True)
        self.receipt_hint.setVisible(False)

        self._list = QWidget()
        self._list.setObjectName("findingList")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 4, 0)
        self._list_layout.setSpacing(6)
        self._list_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._list)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setStyleSheet(
            "QScrollArea, QWidget#findingList { background: transparent; }"
        )

        # The receipt QR takes the card's right side from the top, beside the title
        # and the summary, so it fits the card's height at 1366x768.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 10, 12, 10)
        outer.setSpacing(10)
        layout = QVBoxLayout()
        layout.setSpacing(6)
        layout.addWidget(self._title)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self._summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.summary)
        texts.addWidget(self.receipt_hint)
        head.addLayout(texts, 1)
        layout.addLayout(head)
        layout.addWidget(self._scroll, 1)
        layout.addStretch(0)  # takes the space while the list is hidden
        outer.addLayout(layout, 1)
        outer.addWidget(self.receipt_qr, 0, Qt.AlignmentFlag.AlignTop)
        self._retranslate()

    # -- state -----------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        """Show ``findings``; a warning keeps its tick if it was shown ticked before."""
        ticked = set(self.acknowledged())
        self._saved = None
        self.receipt_qr.setVisible(False)
        self.receipt_hint.setVisible(False)
        self._findings = sorted(
            findings, key=lambda f: f.severity is not Severity.ERROR
        )
        self._rebuild(ticked)

    def show_saved(self, name: str, direction: str, crossing_id: str,
                   receipt: QImage | None = None) -> None:
        """Replace the findings by the confirmation that a crossing was saved, with
        its receipt QR when there is one."""
        self._findings = []
        self._saved = (name, direction, crossing_id)
        if receipt is not None:  # shown as rendered: whole pixels per module
            self.receipt_qr.setPixmap(QPixmap.fromImage(receipt))
        self.receipt_qr.setVisible(receipt is not None)
        self.receipt_hint.setVisible(receipt is not None)
        self._rebuild(set())

    def clear(self) -> None:
        self._findings = []
        self._saved = None
        self.receipt_qr.setVisible(False)
        self.receipt_hint.setVisible(False)
        self._rebuild(set())

    def acknowledged(self) -> list[str]:
        """Codes of the warnings shown and ticked, sorted."""
        return sorted({row.finding.code for row in self._rows if row.is_acknowledged})

    def rows(self) -> list[FindingRow]:
        return list(self._rows)

    def errors(self) -> list[Finding]:
        return [f for f in self._findings if f.severity is Severity.ERROR]

    def warnings(self) -> list[Finding]:
        return [f for f in self._findings if f.severity is Severity.WARNING]

    def _rebuild(self, ticked: set[str]) -> None:
        for row in self._rows:
            self._list_layout.removeWidget(row)
            row.hide()  # deleteLater() waits for the event loop; hide it now
            row.deleteLater()
        self._rows = []
        for finding in self._findings:
            row = FindingRow(finding, finding.code in ticked, self._list)
            row.activated.connect(self.field_activated)
            row.acknowledged_changed.connect(self._on_row_acknowledged_changed)
            self._list_layout.insertWidget(len(self._rows), row)
            self._rows.append(row)
        self._scroll.setVisible(bool(self._rows))
        self._update_summary()

    def _on_row_acknowledged_changed(self) -> None:
        self._update_summary()
        self.acknowledged_changed.emit()

    def _update_summary(self) -> None:
        errors = len(self.errors())
        open_warnings = sum(
            1 for r in self._rows if r.acknowledge is not None and not r.is_acknowledged
        )
        if self._saved is not None:
            name, direction, crossing_id = self._saved
            kind = "ok"
            text = self.tr("Saved: {name} ({direction}). Record id: {id}").format(
                name=name, direction=messages.direction_label(direction), id=crossing_id
            )
        elif errors:
            kind = "error"
            text = self.tr("Not saved: %n error(s) to correct.", "", errors)
            if open_warnings:
                text += " " + self.tr("%n warning(s) to check.", "", open_warnings)
        elif open_warnings:
            kind = "warning"
            text = self.tr(
                "Not saved: check the %n warning(s) below, tick Acknowledge, then save "
                "again.",
                "",
                open_warnings,
            )
        elif self._findings:
            kind = "warning"
            text = self.tr("Warnings acknowledged: save again to record the crossing.")
        else:
            kind = "info"
            text = self.tr(
                "Fill in the document details and press Save. Errors and warnings "
                "are listed here."
            )
        self.summary.setProperty("severity", kind)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setText(text)
        self._summary_icon.setPixmap(QIcon(ICONS[kind]).pixmap(ICON_SIZE))

    # -- texts -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Check results"))
        self.receipt_hint.setText(self.tr(
            "Receipt: F6 to print."))
        for row in self._rows:
            row.retranslate()
        self._update_summary()
