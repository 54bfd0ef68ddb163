"""Tab 1, "Tổng quan ngày": one gate day in counts, and its referred and flagged
cases.

A date box (today by default; Alt+N focuses it, Up/Down change the day), the counts by
direction, decision, sync state, means of travel and officer (crossings in force), and
the cases referred to secondary control or hit on the watch list, with time, name,
document, decision and officer. Enter or a double-click opens a case in full
(:attr:`OverviewPanel.crossing_activated`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from borderdesk.supervision import DayOverview, FlaggedCase, SupervisorService
from borderdesk.ui import i18n, messages, style
from borderdesk.ui.supervisor.common import Col, RowsModel, Table, error_text

COUNT_ROWS_SHOWN = 6  # a count card's height fits this many rows before scrolling


class CountCard(QFrame):
    """A titled card with a two-column list: a value's label and its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("countTable")
        self.table.horizontalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def set_counts(self, rows: list[tuple[str, int, str]]) -> None:
        """``(label, count, tooltip)`` rows, shown in the order given."""
        self.table.setRowCount(len(rows))
        for i, (label, count, tip) in enumerate(rows):
            name = QTableWidgetItem(label)
            name.setToolTip(tip or label)
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                    | Qt.AlignmentFlag.AlignVCenter)
            font = number.font()
            font.setBold(True)
            number.setFont(font)
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, number)
        self.table.resizeRowsToContents()

    def counts(self) -> dict[str, int]:
        """Label -> count as shown (tests)."""
        out = {}
        for i in range(self.table.rowCount()):
            label, number = self.table.item(i, 0), self.table.item(i, 1)
            if label is not None and number is not None:
                out[label.text()] = int(number.text())
        return out


class OverviewPanel(QWidget):
    """The day's overview for the supervision window.

    Signals:
        crossing_activated(str): a case was opened (Enter or a double-click).
    """

    crossing_activated = Signal(str)

    def __init__(self, service: SupervisorService, actor: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._actor = actor
        self.overview: DayOverview | None = None

        self._date_label = QLabel(self)
        self._date_label.setObjectName("fieldLabel")
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumWidth(140)
        self._date_label.setBuddy(self.date_edit)
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("secondary")
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("secondary")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setProperty("severity", "ok")
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("summary")
        self.error.setProperty("severity", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.direction_card = CountCard(self)
        self.decision_card = CountCard(self)
        self.sync_card = CountCard(self)
        self.mode_card = CountCard(self)
        self.officer_card = CountCard(self)
        self.cards = (self.direction_card, self.decision_card, self.sync_card,
                      self.mode_card, self.officer_card)

        self._cases_card = QFrame(self)
        self._cases_card.setObjectName("card")
        self._cases_title = QLabel(self._cases_card)
        self._cases_title.setObjectName("cardTitle")
        self.cases_badge = QLabel(self._cases_card)
        self.cases_badge.setObjectName("countBadge")
        self.columns = self._columns()
        self.cases = RowsModel(self.columns, self)
        self.table = Table(self._cases_card)
        self.table.setModel(self.cases)
        self.table.row_entered.connect(self._on_row_entered)
        self.empty = QLabel(self._cases_card)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addWidget(self.reload_button)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        counts = QHBoxLayout()
        counts.setSpacing(8)
        for card in self.cards:
            counts.addWidget(card, 1)
        cases_layout = QVBoxLayout(self._cases_card)
        cases_layout.setContentsMargins(16, 10, 16, 10)
        cases_layout.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.addWidget(self._cases_title)
        title_row.addWidget(self.cases_badge)
        title_row.addStretch(1)
        cases_layout.addLayout(title_row)
        cases_layout.addWidget(self.table, 1)
        cases_layout.addWidget(self.empty, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(counts)
        layout.addWidget(self._cases_card, 1)

        self.set_day(service.today(), load=False)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.today_button.clicked.connect(self._on_today_clicked)
        self.reload_button.clicked.connect(self.refresh)
        self._retranslate()
        self._fit()

    # -- content ----------------------------------------------------------------------

    def day(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def set_day(self, day: date, *, load: bool = True) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        if load:
            self.refresh()

    def refresh(self) -> None:
        """Read the chosen day again from the service."""
        try:
            self.overview = self.service.overview(self.day(), actor=self._actor())
        except Exception as exc:  # noqa: BLE001 - PermissionDenied, StorageError
            self.overview = None
            self.error.setText(error_text(exc))
            self.error.show()
            self._show()
            return
        self.error.hide()
        self._show()

    def focus_first(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_date_changed(self, _date: QDate) -> None:
        self.refresh()

    def _on_today_clicked(self) -> None:
        self.set_day(self.service.today())

    def _on_row_entered(self, row: int) -> None:
        case: FlaggedCase = self.cases.row_at(row)
        self.crossing_activated.emit(case.stored.crossing.id)

    # -- showing ----------------------------------------------------------------------

    def _show(self) -> None:
        view = self.overview
        if view is None:
            for card in self.cards:
                card.set_counts([])
            self.cases.set_rows([])
            self.summary.clear()
            self._update_cases()
            return
        self.summary.setText(self.tr(
            "{crossings} crossing(s) in force · {persons} person(s) · "
            "{cancelled} cancelled · {corrected} corrected").format(
                crossings=view.crossings, persons=view.persons,
                cancelled=view.cancelled, corrected=view.corrected))
        self.direction_card.set_counts(
            self._rows(view.by_direction, messages.direction_label))
        self.decision_card.set_counts(
            self._rows(view.by_decision, messages.decision_label))
        self.sync_card.set_counts(
            self._rows(view.by_sync_state, messages.sync_state_label))
        self.mode_card.set_counts(self._rows(view.by_mode, messages.mode_label))
        self.officer_card.set_counts([
            (f"{oid} · {view.officer_names[oid]}" if oid in view.officer_names
             else oid, n, view.officer_names.get(oid, ""))
            for oid, n in view.by_officer.items()])
        self.cases.set_rows(list(view.flagged))
        self._update_cases()

    @staticmethod
    def _rows(counts: Mapping[str, int], label: Callable[[str], str]
              ) -> list[tuple[str, int, str]]:
        return [(label(k), n, k) for k, n in sorted(counts.items(),
                                                     key=lambda kv: -kv[1])]

    def _update_cases(self) -> None:
        n = self.cases.rowCount()
        self.cases_badge.setText(str(n))
        self.table.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        self.empty.setText(self.tr("No crossing was referred or flagged on this day."))

    def _columns(self) -> list[Col]:
        def principal(case: FlaggedCase) -> tuple[str, str]:
            person = case.stored.crossing.principal
            if person is None:
                return "", ""
            ident = person.identity
            kind = messages.document_type_label(ident.document_type, short=True)
            return ident.full_name, f"{kind} {ident.document_number}"

        def why(case: FlaggedCase) -> str:
            parts = []
            if case.watchlist:
                parts.append(self.tr("Watch list ({categories})").format(
                    categories=", ".join(case.categories) or "-"))
            if case.referred:
                parts.append(self.tr("Referred to secondary control"))
            if case.cancelled:
                parts.append(self.tr("Cancelled"))
            return "; ".join(parts)

        def why_color(case: FlaggedCase) -> str | None:
            return style.HC_ERROR if style.current().high_contrast and case.watchlist \
                else style.ERROR if case.watchlist else None

        return [
            Col(lambda: self.tr("Time"),
                lambda c: c.stored.crossing.local_time.strftime("%H:%M"), width=56),
            Col(lambda: self.tr("Full name"), lambda c: principal(c)[0], bold=True,
                width=230),
            Col(lambda: self.tr("Document"), lambda c: principal(c)[1], width=170),
            Col(lambda: self.tr("Decision"),
                lambda c: messages.decision_label(c.stored.crossing.decision,
                                                  short=True),
                color=lambda c: style.decision_color(str(c.stored.crossing.decision)),
                bold=True, width=110),
            Col(lambda: self.tr("Officer"), lambda c: c.stored.crossing.officer,
                width=90),
            Col(lambda: self.tr("Why"), why, color=why_color),
            Col(lambda: self.tr("Sync"),
                lambda c: messages.sync_state_label(c.stored.sync_state), width=150),
        ]

    def _fit(self) -> None:
        self.table.fit_columns(self.columns)
        scale = max(self.fontInfo().pointSizeF() / style.FONT_POINT_SIZE, 0.85)
        for card in self.cards:
            card.table.verticalHeader().setDefaultSectionSize(round(24 * scale))
            card.setMinimumHeight(round((48 + 24 * COUNT_ROWS_SHOWN) * scale))

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._date_label.setText(self.tr("Gate &day:"))
        self.date_edit.setDisplayFormat(i18n.DATE_FORMATS[i18n.current()])
        self.today_button.setText(self.tr("&Today"))
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Read the day again (F5)"))
        self.direction_card.title.setText(self.tr("By direction"))
        self.decision_card.title.setText(self.tr("By decision"))
        self.sync_card.title.setText(self.tr("By sync state"))
        self.mode_card.title.setText(self.tr("By means of travel"))
        self.officer_card.title.setText(self.tr("By officer"))
        self._cases_title.setText(
            self.tr("Referred to secondary control and watch-list hits"))
        self.cases.retranslate()
        self._show()
