"""Tab 3, "Nhật ký kiểm toán": the audit log, newest first, loaded lazily, with
filters and the hash-chain verification.

The log can hold millions of entries. :class:`AuditModel` never loads it whole: it
asks :meth:`~borderdesk.supervision.SupervisorService.audit_page` for one page at a
time by sequence-number range (``canFetchMore``/``fetchMore``: the view asks for more
as it scrolls down). A selective filter may find nothing in a page's range; the model
then reads on, one range per event-loop turn (a zero-delay timer), until it has a
screenful or reaches the start of the log, so the window never freezes.

"Kiểm tra chuỗi băm" walks the chain with
:meth:`~borderdesk.supervision.SupervisorService.verify_audit`, a few thousand entries
per timer tick (:class:`ChainCheck`), with a progress bar, and says whether the chain
is intact or which entry is the first bad one.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.storage.audit import ChainProgress, ChainReport
from borderdesk.supervision import (
    AUDIT_PAGE,
    AuditEntry,
    AuditFilter,
    AuditPage,
    SupervisorService,
)
from borderdesk.ui import i18n, messages
from borderdesk.ui.supervisor import labels
from borderdesk.ui.supervisor.common import Col, RowsModel, Table, error_text
from borderdesk.ui.today_panel import FlowLayout

ModelIndex = QModelIndex | QPersistentModelIndex
ALL = ""  # the action filter's "any" choice
DETAILS_SHOWN = 160  # characters of the details column (the tooltip has them all)
TICK_BUDGET_S = 0.03  # work per timer tick of the verification


class AuditModel(RowsModel):
    """Audit entries, newest first, fetched page by page through ``fetch``.

    ``fetch(before) -> AuditPage`` reads the page below sequence number ``before``
    (None: from the newest entry). Errors are reported through :attr:`failed`.

    Signals:
        state_changed(): loading started or stopped, or the rows changed.
        failed(object): the exception a fetch raised.
    """

    state_changed = Signal()
    failed = Signal(object)

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._zone = ZoneInfo(timezone)
        self._fetch: Callable[[int | None], AuditPage] | None = None
        self._before: int | None = None
        self._more = False
        self._wanted = 0  # entries still wanted for the request in progress
        self._busy = False
        self.scanned_to: int | None = None  # the lowest sequence number looked at
        self._continue = QTimer(self)
        self._continue.setSingleShot(True)
        self._continue.setInterval(0)
        self._continue.timeout.connect(self._on_continue_timeout)
        self.columns = self._columns()

    def reset(self, fetch: Callable[[int | None], AuditPage] | None,
              before: int | None = None) -> None:
        """Start again with another ``fetch`` (new filters), from the newest entry
        or from the entries below sequence number ``before``."""
        self._continue.stop()
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._before = before
        self._more = fetch is not None
        self.scanned_to = None
        self.endResetModel()
        if fetch is not None:
            self._request()

    def stop(self) -> None:
        self._continue.stop()
        self._wanted = 0
        self._busy = False

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    @property
    def loading(self) -> bool:
        return self._busy

    @property
    def exhausted(self) -> bool:
        return not self._more

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1,
                                             len(self.columns) - 1))

    # -- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._busy

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid() and self._more and not self._busy:
            self._request()

    def _request(self) -> None:
        """Read until a page of entries has come, or the log's start."""
        self._wanted = AUDIT_PAGE
        self._busy = True
        self.state_changed.emit()
        self._step()

    def _step(self) -> None:
        if self._fetch is None or not self._more:
            self._done()
            return
        try:
            page = self._fetch(self._before)
        except Exception as exc:  # noqa: BLE001 - PermissionDenied, StorageError
            self._more = False
            self._done()
            self.failed.emit(exc)
            return
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows += page.entries
            self.endInsertRows()
        self._wanted -= len(page.entries)
        self._before = page.next_before
        self._more = page.next_before is not None
        self.scanned_to = page.next_before
        if self._more and self._wanted > 0:
            self.state_changed.emit()
            self._continue.start()  # read on at the next event-loop turn
        else:
            self._done()

    def _done(self) -> None:
        self._busy = False
        self._wanted = 0
        self.state_changed.emit()

    @Slot()
    def _on_continue_timeout(self) -> None:
        if self._busy:
            self._step()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if not index.isValid() or not 0 <= index.row() < len(self._rows):
                return None
            col = self.columns[index.column()]
            return col.tooltip(self._rows[index.row()]) if col.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def local_time(self, entry: AuditEntry) -> str:
        moment = entry.at.astimezone(self._zone)
        return f"{messages.format_date(moment.date())} {moment:%H:%M:%S}"

    def _columns(self) -> list[Col]:
        def action(e: AuditEntry) -> str:
            return labels.action_label(e.action)

        def entity(e: AuditEntry) -> str:
            kind = labels.entity_label(e.entity)
            return f"{kind} {e.entity_id}" if e.entity_id else kind

        def details(e: AuditEntry) -> str:
            text = e.details
            return text if len(text) <= DETAILS_SHOWN else text[:DETAILS_SHOWN] + "…"

        return [
            Col(lambda: self.tr("No."), lambda e: str(e.seq), width=70),
            Col(lambda: self.tr("Time (gate)"), self.local_time, width=160),
            Col(lambda: self.tr("Officer"), lambda e: e.actor, width=90),
            Col(lambda: self.tr("Counter"), lambda e: e.terminal, width=84),
            Col(lambda: self.tr("Action"), action, tooltip=lambda e: e.action,
                width=250),
            Col(lambda: self.tr("Subject"), entity, tooltip=entity, width=210),
            Col(lambda: self.tr("Details"), details, tooltip=pretty_details),
        ]


def pretty_details(entry: AuditEntry) -> str:
    """The entry's details as indented JSON (what the detail pane shows)."""
    data = entry.details_dict()
    if not data:
        return entry.details
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


class ChainCheck(QObject):
    """Runs a verification generator a slice per timer tick on the GUI thread.

    Signals:
        progress(int, int): entries checked, about how many in all.
        finished(object): the :class:`~borderdesk.storage.audit.ChainReport`.
    """

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[ChainProgress] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterator[ChainProgress]) -> None:
        self._steps = steps
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = None

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._steps is None:
            self._timer.stop()
            return
        deadline = time.monotonic() + TICK_BUDGET_S
        step: ChainProgress | None = None
        try:
            while time.monotonic() < deadline:
                step = next(self._steps)
                if step.report is not None:
                    break
        except StopIteration:  # pragma: no cover - the last step carries the report
            step = None
        if step is not None:
            self.progress.emit(step.checked, step.total)
        if step is None or step.report is not None:
            self.cancel()
            self.finished.emit(step.report if step is not None else None)


class AuditPanel(QWidget):
    """The audit viewer with its filters and the chain check."""

    def __init__(self, service: SupervisorService, actor: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._actor = actor
        self.filters = AuditFilter()
        self.report: ChainReport | None = None

        # -- filters
        self.by_day = QCheckBox(self)
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setMinimumWidth(130)
        today = service.today()
        self.start_edit.setDate(QDate(today.year, today.month, today.day))
        self.end_edit.setDate(QDate(today.year, today.month, today.day))
        self._to_label = QLabel(self)
        self._actor_label = QLabel(self)
        self._actor_label.setObjectName("fieldLabel")
        self.actor_edit = QLineEdit(self)
        self.actor_edit.setMaximumWidth(140)
        self.actor_edit.setClearButtonEnabled(True)
        self._actor_label.setBuddy(self.actor_edit)
        self._action_label = QLabel(self)
        self._action_label.setObjectName("fieldLabel")
        self.action_combo = QComboBox(self)
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._action_label.setBuddy(self.action_combo)
        self._text_label = QLabel(self)
        self._text_label.setObjectName("fieldLabel")
        self.text_edit = QLineEdit(self)
        self.text_edit.setMinimumWidth(180)
        self.text_edit.setClearButtonEnabled(True)
        self._text_label.setBuddy(self.text_edit)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("primary")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("secondary")

        # -- the log
        self.model = AuditModel(service.settings.timezone, self)
        self.table = Table(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setObjectName("auditDetail")
        self.detail.setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail.setTabChangesFocus(True)

        # -- the chain check
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("secondary")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(200)
        self.progress.hide()
        self.result = QLabel(self)
        self.result.setObjectName("summary")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = ChainCheck(self)

        filters = FlowLayout(spacing=10)
        day_box = QWidget(self)
        day_row = QHBoxLayout(day_box)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.setSpacing(6)
        day_row.addWidget(self.by_day)
        day_row.addWidget(self.start_edit)
        day_row.addWidget(self._to_label)
        day_row.addWidget(self.end_edit)
        filters.addWidget(day_box)
        for label, field in ((self._actor_label, self.actor_edit),
                             (self._action_label, self.action_combo),
                             (self._text_label, self.text_edit)):
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(label)
            row.addWidget(field)
            filters.addWidget(box)
        buttons = QWidget(self)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.apply_button)
        button_row.addWidget(self.clear_button)
        filters.addWidget(buttons)

        card = QFrame(self)
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        card_layout.setSpacing(6)
        card_layout.addLayout(filters)
        card_layout.addWidget(self.table, 1)
        card_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(card)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 120])
        chain = QHBoxLayout()
        chain.setSpacing(8)
        chain.addWidget(self.verify_button)
        chain.addWidget(self.progress)
        chain.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(splitter, 1)
        layout.addLayout(chain)

        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.actor_edit.returnPressed.connect(self.apply_filters)
        self.text_edit.returnPressed.connect(self.apply_filters)
        self.action_combo.activated.connect(self._on_action_activated)
        self.by_day.toggled.connect(self._on_by_day_toggled)
        self.model.state_changed.connect(self._update_status)
        self.model.failed.connect(self._on_model_failed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.verify_button.clicked.connect(self.verify_chain)
        self.check.progress.connect(self._on_check_progress)
        self.check.finished.connect(self._on_check_finished)
        self._on_by_day_toggled(False)
        self._retranslate()
        self._fit()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the action choices and the log from the newest entry."""
        self._load_actions()
        self._reload()

    def _reload(self, before: int | None = None) -> None:
        filters, actor, service = self.filters, self._actor, self.service

        def fetch(below: int | None) -> AuditPage:
            return service.audit_page(filters, actor=actor(), before=below)

        self.detail.clear()
        self.model.reset(fetch, before)
        if self.model.rowCount():
            self.table.select_row(0)

    def _load_actions(self) -> None:
        current = self.action_combo.currentData() or ALL
        try:
            actions = self.service.audit_actions(actor=self._actor())
        except Exception as exc:  # noqa: BLE001 - PermissionDenied, StorageError
            actions = []
            self.status.setText(error_text(exc))
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Any action"), ALL)
        for action in sorted(set(actions) | ({current} - {ALL}),
                             key=labels.action_label):
            self.action_combo.addItem(labels.action_label(action), action)
            self.action_combo.setItemData(self.action_combo.count() - 1, action,
                                          Qt.ItemDataRole.ToolTipRole)
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(current), 0))
        self.action_combo.blockSignals(False)

    def apply_filters(self) -> None:
        """Read the filter boxes and reload the log with them."""
        start = end = None
        if self.by_day.isChecked():
            start, end = _day(self.start_edit.date()), _day(self.end_edit.date())
            if end < start:
                start, end = end, start
        self.filters = AuditFilter(start=start, end=end,
                                   actor=self.actor_edit.text().strip(),
                                   action=self.action_combo.currentData() or ALL,
                                   text=self.text_edit.text().strip())
        self._reload()

    def set_filters(self, filters: AuditFilter) -> None:
        """Put ``filters`` into the boxes and apply them."""
        self.by_day.setChecked(filters.start is not None or filters.end is not None)
        for edit, value in ((self.start_edit, filters.start or filters.end),
                            (self.end_edit, filters.end or filters.start)):
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        self.actor_edit.setText(filters.actor)
        index = self.action_combo.findData(filters.action or ALL)
        if index < 0:
            self.action_combo.addItem(labels.action_label(filters.action),
                                      filters.action)
            index = self.action_combo.count() - 1
        self.action_combo.setCurrentIndex(index)
        self.text_edit.setText(filters.text)
        self.apply_filters()

    def clear_filters(self) -> None:
        self.set_filters(AuditFilter())

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Stop loading and checking (the window closes)."""
        self.model.stop()
        self.check.cancel()

    def _on_action_activated(self, _index: int) -> None:
        self.apply_filters()

    def _on_by_day_toggled(self, checked: bool) -> None:
        self.start_edit.setEnabled(checked)
        self.end_edit.setEnabled(checked)

    def _on_model_failed(self, exc: object) -> None:
        self.status.setText(error_text(exc) if isinstance(exc, Exception) else "")

    def _on_selection_changed(self, _selected: QItemSelection,
                              _deselected: QItemSelection) -> None:
        row = self.table.current_row()
        if row < 0:
            self.detail.clear()
            return
        entry = self.model.entry(row)
        self.detail.setPlainText(self.tr(
            "#{seq} · {time} · {actor} at {terminal} · {action} ({code})\n"
            "{entity} {entity_id}\n{details}\n\nhash {hash}\nprevious {prev}").format(
                seq=entry.seq, time=self.model.local_time(entry), actor=entry.actor,
                terminal=entry.terminal, action=labels.action_label(entry.action),
                code=entry.action, entity=labels.entity_label(entry.entity),
                entity_id=entry.entity_id or "", details=pretty_details(entry),
                hash=entry.hash, prev=entry.prev_hash))

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        if self.model.loading:
            text = self.tr("Searching the log… {shown} entries found so far "
                           "(down to entry #{seq}).").format(
                               shown=shown, seq=self.model.scanned_to or "-")
        elif self.model.exhausted:
            text = self.tr("{shown} entries: the whole log was searched.").format(
                shown=shown)
        else:
            text = self.tr("{shown} entries shown; scroll down for older ones.").format(
                shown=shown)
        if not self.filters.is_empty():
            text += " " + self.tr("(filtered)")
        self.status.setText(text)
        if shown and self.table.current_row() < 0:
            self.table.select_row(0)

    # -- the chain check --------------------------------------------------------------

    def verify_chain(self) -> None:
        """Start walking the hash chain (a no-op while a check is running)."""
        if self.check.running:
            return
        try:
            steps = self.service.verify_audit(actor=self._actor())
        except Exception as exc:  # noqa: BLE001 - PermissionDenied, StorageError
            self._show_result(error_text(exc), "error")
            return
        self.report = None
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        self._show_result(self.tr("Checking the hash chain…"), "")
        self.check.start(steps)

    @Slot(int, int)
    def _on_check_progress(self, checked: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(checked, max(total, 1)))

    @Slot(object)
    def _on_check_finished(self, report: object) -> None:
        self.verify_button.setEnabled(True)
        self.progress.hide()
        if not isinstance(report, ChainReport):
            self._show_result(messages.unknown_code_text("chain"), "error")
            return
        self.report = report
        self._show_result(labels.chain_text(report), "ok" if report.ok else "error")
        if not report.ok and report.first_bad is not None:
            self.show_from(report.first_bad)

    def show_from(self, seq: int) -> None:
        """Show the whole log from entry ``seq`` down (the first bad one), with that
        entry selected."""
        self.by_day.setChecked(False)
        self.actor_edit.clear()
        self.text_edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.filters = AuditFilter()
        self._reload(before=seq + 1)
        for row, entry in enumerate(self.model.entries()):
            if entry.seq == seq:
                self.table.select_row(row)
                return

    def _show_result(self, text: str, severity: str) -> None:
        self.result.setText(text)
        self.result.setProperty("severity", severity)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    # -- texts ------------------------------------------------------------------------

    def _fit(self) -> None:
        self.table.fit_columns(self.model.columns)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        fmt = i18n.DATE_FORMATS[i18n.current()]
        self.start_edit.setDisplayFormat(fmt)
        self.end_edit.setDisplayFormat(fmt)
        self.by_day.setText(self.tr("&Days from"))
        self._to_label.setText(self.tr("to"))
        self._actor_label.setText(self.tr("Offi&cer:"))
        self.actor_edit.setPlaceholderText(self.tr("e.g. BP0123"))
        self._action_label.setText(self.tr("Ac&tion:"))
        self._text_label.setText(self.tr("&Subject or details:"))
        self.text_edit.setPlaceholderText(self.tr("id, file name, reason…"))
        self.apply_button.setText(self.tr("&Filter"))
        self.clear_button.setText(self.tr("Show &all"))
        self.verify_button.setText(self.tr("&Verify the hash chain"))
        self.verify_button.setToolTip(self.tr(
            "Recompute every entry's hash and link: an entry changed or deleted "
            "outside the application is found"))
        if self.action_combo.count():
            self.action_combo.setItemText(0, self.tr("Any action"))
            for i in range(1, self.action_combo.count()):
                self.action_combo.setItemText(
                    i, labels.action_label(self.action_combo.itemData(i)))
        self.model.retranslate()
        self._update_status()
        if self.report is not None:
            self._show_result(labels.chain_text(self.report),
                              "ok" if self.report.ok else "error")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

