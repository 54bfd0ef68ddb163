"""Tab 2, "Bị cổng từ chối": the messages the portal rejected or answered as a
conflict (any day), each with its crossing and the portal's reason in plain words.

"Sửa và gửi lại" (Alt+S) asks for the selected crossing to be loaded into the counter
form in amend mode (:attr:`ReviewPanel.amend_requested`): saved there, the correction
is a new version that the sync sends as an amendment. The list then shows the refused
version as corrected, with the sync state of the version that replaced it. Enter or a
double-click opens the crossing in full (:attr:`ReviewPanel.crossing_activated`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.storage.crossings import StoredCrossing
from borderdesk.supervision import CORRECTED, OPEN, ReviewItem, SupervisorService
from borderdesk.ui import messages, style
from borderdesk.ui.supervisor import labels
from borderdesk.ui.supervisor.common import Col, RowsModel, Table, error_text


class ReviewPanel(QWidget):
    """The review list and the selected message's detail.

    Signals:
        amend_requested(object): the :class:`StoredCrossing` to correct.
        crossing_activated(str): open the crossing in full (its id).
    """

    amend_requested = Signal(object)
    crossing_activated = Signal(str)

    def __init__(self, service: SupervisorService, actor: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._actor = actor
        self.can_amend: Callable[[StoredCrossing], bool] = lambda _s: True

        card = QFrame(self)
        card.setObjectName("card")
        self._title = QLabel(card)
        self._title.setObjectName("cardTitle")
        self.count_badge = QLabel(card)
        self.count_badge.setObjectName("countBadge")
        self.open_only = QCheckBox(card)
        self.reload_button = QPushButton(card)
        self.reload_button.setObjectName("secondary")
        self.columns = self._columns()
        self.model = RowsModel(self.columns, self)
        self.table = Table(card)
        self.table.setModel(self.model)
        self.table.row_entered.connect(self._on_row_entered)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty = QLabel(card)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.error = QLabel(card)
        self.error.setObjectName("summary")
        self.error.setProperty("severity", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._title)
        top.addWidget(self.count_badge)
        top.addStretch(1)
        top.addWidget(self.open_only)
        top.addWidget(self.reload_button)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 10, 16, 10)
        card_layout.setSpacing(6)
        card_layout.addLayout(top)
        card_layout.addWidget(self.error)
        card_layout.addWidget(self.table, 1)
        card_layout.addWidget(self.empty, 1)

        # The selected message in full.
        detail = QFrame(self)
        detail.setObjectName("card")
        self._detail_title = QLabel(detail)
        self._detail_title.setObjectName("sectionTitle")
        self.reason = QLabel(detail)
        self.reason.setObjectName("detailName")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.technical = QLabel(detail)
        self.technical.setObjectName("hint")
        self.technical.setWordWrap(True)
        self.technical.setTextFormat(Qt.TextFormat.PlainText)
        self.technical.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.crossing_text = QLabel(detail)
        self.crossing_text.setWordWrap(True)
        self.crossing_text.setTextFormat(Qt.TextFormat.PlainText)
        self.resolution = QLabel(detail)
        self.resolution.setObjectName("summary")
        self.resolution.setWordWrap(True)
        self.amend_button = QPushButton(detail)
        self.amend_button.setObjectName("primary")
        self.detail_button = QPushButton(detail)
        self.detail_button.setObjectName("secondary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.detail_button)
        buttons.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(16, 10, 16, 10)
        detail_layout.setSpacing(4)
        detail_layout.addWidget(self._detail_title)
        detail_layout.addWidget(self.reason)
        detail_layout.addWidget(self.technical)
        detail_layout.addWidget(self.crossing_text)
        detail_layout.addWidget(self.resolution)
        detail_layout.addStretch(1)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(card)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(splitter)

        self.open_only.toggled.connect(self._on_open_only_toggled)
        self.reload_button.clicked.connect(self.refresh)
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.detail_button.clicked.connect(self._on_detail_clicked)
        self._retranslate()
        self._fit()
        self._show_current()

    # -- content ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the selected message selected."""
        keep = self.current_item()
        try:
            items = self.service.review(actor=self._actor(),
                                        include_resolved=not self.open_only.isChecked())
        except Exception as exc:  # noqa: BLE001 - PermissionDenied, StorageError
            self.error.setText(error_text(exc))
            self.error.show()
            items = []
        else:
            self.error.hide()
        self.model.set_rows(items)
        self._update_state()
        if keep is not None:
            self.select_message(keep.message_id)
        if self.current_item() is None and items:
            self.table.select_row(0)
        self._show_current()

    def items(self) -> list[ReviewItem]:
        return self.model.rows()

    def current_item(self) -> ReviewItem | None:
        item: ReviewItem | None = self.table.current_item()
        return item

    def select_message(self, message_id: str) -> bool:
        return self.table.select_first(lambda i: i.message_id == message_id)

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_open_only_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_selection_changed(self, _selected: QItemSelection,
                              _deselected: QItemSelection) -> None:
        self._show_current()

    def _on_row_entered(self, row: int) -> None:
        item: ReviewItem = self.model.row_at(row)
        if item.crossing_id:
            self.crossing_activated.emit(item.crossing_id)

    def _on_amend_clicked(self) -> None:
        item = self.current_item()
        if item is not None and item.can_amend and item.stored is not None:
            self.amend_requested.emit(item.stored)

    def _on_detail_clicked(self) -> None:
        item = self.current_item()
        if item is not None and item.crossing_id:
            self.crossing_activated.emit(item.crossing_id)

    # -- showing ----------------------------------------------------------------------

    def _update_state(self) -> None:
        n = self.model.rowCount()
        self.count_badge.setText(str(n))
        self.table.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        self.empty.setText(
            self.tr("No message waits for review: the portal refused nothing.")
            if not self.open_only.isChecked()
            else self.tr("Every refused message has been dealt with."))

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None:
            self.reason.setText(self.tr("Select a message in the list."))
            for label in (self.technical, self.crossing_text, self.resolution):
                label.clear()
            self.amend_button.setEnabled(False)
            self.detail_button.setEnabled(False)
            return
        self.reason.setText(labels.portal_reason(item.code, item.reason))
        self.technical.setText(self.tr(
            "{function} · {state} · code {code} · portal's words: {reason}").format(
                function=labels.function_label(item.function),
                state=messages.sync_state_label(item.state),
                code=item.code or "-", reason=item.reason or "-"))
        self.crossing_text.setText(self._describe(item.stored))
        self.resolution.setText(self._resolution(item))
        self.resolution.setProperty(
            "severity", "warning" if item.status == OPEN else "ok")
        self.resolution.style().unpolish(self.resolution)
        self.resolution.style().polish(self.resolution)
        amendable = item.can_amend and item.stored is not None and self.can_amend(
            item.stored)
        self.amend_button.setEnabled(amendable)
        self.amend_button.setToolTip(
            self.tr("Load the crossing into the counter form to correct it; the "
                    "correction is sent to the portal as an amendment")
            if amendable else self._why_not(item))
        self.detail_button.setEnabled(item.stored is not None)

    def _why_not(self, item: ReviewItem) -> str:
        if item.function == "cancel":
            return self.tr("A refused cancellation cannot be corrected: open the "
                           "crossing to see where it stands.")
        if item.status != OPEN:
            return self.tr("Already dealt with.")
        return self.tr("This crossing cannot be corrected at this counter.")

    def _describe(self, stored: StoredCrossing | None) -> str:
        if stored is None:
            return self.tr("The crossing is not in this terminal's database.")
        c = stored.crossing
        person = c.principal
        who = ""
        if person is not None:
            ident = person.identity
            who = (f"{ident.full_name} · "
                   f"{messages.document_type_label(ident.document_type)} "
                   f"{ident.document_number}")
        return self.tr(
            "{who}\n{direction}, {mode}, {time} · decision: {decision} · officer "
            "{officer} · version {version}").format(
                who=who, direction=messages.direction_label(c.direction),
                mode=messages.mode_label(c.mode),
                time=messages.format_datetime(c.local_time),
                decision=messages.decision_label(c.decision), officer=c.officer,
                version=c.version)

    def _resolution(self, item: ReviewItem) -> str:
        if item.status == CORRECTED and item.latest is not None:
            return labels.corrected_as(item.latest.crossing.version,
                                       item.latest.sync_state)
        if item.status == OPEN:
            return self.tr("To review: correct the crossing and send it again, or "
                           "cancel it from its detail.")
        return labels.review_status_label(item.status)

    def _columns(self) -> list[Col]:
        def ident(item: ReviewItem) -> tuple[str, str]:
            if item.stored is None or item.stored.crossing.principal is None:
                return "", ""
            i = item.stored.crossing.principal.identity
            kind = messages.document_type_label(i.document_type, short=True)
            return i.full_name, f"{kind} {i.document_number}"

        def when(item: ReviewItem) -> str:
            if item.stored is None:
                return ""
            moment = item.stored.crossing.local_time
            return f"{moment:%H:%M} {messages.format_date(moment.date())}"

        def handled(item: ReviewItem) -> str:
            if item.status == CORRECTED and item.latest is not None:
                return labels.corrected_as(item.latest.crossing.version,
                                           item.latest.sync_state)
            return labels.review_status_label(item.status)

        def handled_color(item: ReviewItem) -> str | None:
            hc = style.current().high_contrast
            if item.status == OPEN:
                return style.HC_WARNING if hc else style.WARNING
            return style.HC_OK if hc else style.GREEN

        def state_color(item: ReviewItem) -> str | None:
            return style.HC_ERROR if style.current().high_contrast else style.ERROR

        return [
            Col(lambda: self.tr("Crossing time"), when, width=140),
            Col(lambda: self.tr("Full name"), lambda i: ident(i)[0], bold=True,
                width=180),
            Col(lambda: self.tr("Document"), lambda i: ident(i)[1], width=150),
            Col(lambda: self.tr("Message"), lambda i: labels.function_label(i.function),
                width=110),
            Col(lambda: self.tr("Portal's answer"),
                lambda i: messages.sync_state_label(i.state), color=state_color,
                bold=True, width=130),
            Col(lambda: self.tr("Reason"),
                lambda i: labels.portal_reason(i.code, i.reason)),
            Col(lambda: self.tr("Handling"), handled, color=handled_color, bold=True,
                width=230),
        ]

    def _fit(self) -> None:
        self.table.fit_columns(self.columns)

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Messages refused by the portal"))
        self.open_only.setText(self.tr("&Only those still to review"))
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Read the list again (F5)"))
        self._detail_title.setText(self.tr("The portal's answer"))
        self.amend_button.setText(self.tr("&Correct and resend"))
        self.detail_button.setText(self.tr("Crossing in &full"))
        self.model.retranslate()
        self._update_state()
        self._show_current()
