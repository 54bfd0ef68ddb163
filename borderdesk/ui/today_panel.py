"""The "Today" card: this gate's crossings of the day, newest first, and a search."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.storage.crossings import StoredCrossing
from borderdesk.ui.models import ID_ROLE, Column, TodayFilter, TodayModel


class TodayPanel(QFrame):
    """A card with the day's crossings; the owner supplies them (:meth:`set_rows`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.model = TodayModel(self)
        self.proxy = TodayFilter(self)
        self.proxy.setSourceModel(self.model)

        self._title = QLabel(self)
        self._title.setObjectName("cardTitle")
        self.count_badge = QLabel(self)
        self.count_badge.setObjectName("countBadge")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._on_search_text_changed)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        widths = {
            Column.TIME: 50,
            Column.DIRECTION: 80,
            Column.DOCUMENT: 158,
            Column.NATIONALITY: 100,
            Column.DECISION: 104,
            Column.SYNC: 150,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._title)
        top.addWidget(self.count_badge)
        top.addStretch(1)
        top.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        self._retranslate()
        self._update_state()

    def set_rows(self, rows: list[StoredCrossing]) -> None:
        self.model.set_rows(rows)
        self._update_state()

    def select_id(self, crossing_id: str) -> bool:
        """Select and show the row of ``crossing_id`` if it is visible."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == crossing_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_state()

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count_badge.setText(str(total) if shown == total else f"{shown} / {total}")
        if shown:
            self._stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                self.tr("No crossing matches the search.")
                if total
                else self.tr("No crossing recorded at this gate today.")
            )
            self._stack.setCurrentWidget(self.empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Today"))
        self.search.setPlaceholderText(self.tr("Search name or document number…"))
        self.count_badge.setToolTip(self.tr("Crossings shown / recorded today"))
        self.model.retranslate()
        self._update_state()
