"""Qt item models over what the service returns (no SQL here)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from borderdesk.core.text import search_key
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.ui import messages, style

ModelIndex = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):
    TIME = 0
    DIRECTION = 1
    NAME = 2
    DOCUMENT = 3
    NATIONALITY = 4
    DECISION = 5
    SYNC = 6


class TodayModel(QAbstractTableModel):
    """Crossings of one day, newest first, one row per crossing (its principal)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StoredCrossing] = []
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.TIME: self.tr("Time"),
            Column.DIRECTION: self.tr("Direction"),
            Column.NAME: self.tr("Full name"),
            Column.DOCUMENT: self.tr("Document"),
            Column.NATIONALITY: self.tr("Nationality"),
            Column.DECISION: self.tr("Decision"),
            Column.SYNC: self.tr("Sync"),
        }

    def set_rows(self, rows: list[StoredCrossing]) -> None:
        """Replace the content; ``rows`` oldest first, as the service returns them."""
        self.beginResetModel()
        self._rows = list(reversed(rows))
        self.endResetModel()

    def update_sync_states(self, rows: list[StoredCrossing]) -> bool:
        """Take the sync states of ``rows`` (oldest first) without a model reset, so
        selection and scrolling stay; False (nothing changed) if the list itself
        differs: the caller then reloads it with :meth:`set_rows`."""
        fresh = list(reversed(rows))
        if [s.crossing.id for s in fresh] != [s.crossing.id for s in self._rows]:
            return False
        self._rows = fresh
        if fresh:
            self.dataChanged.emit(
                self.index(0, Column.SYNC), self.index(len(fresh) - 1, Column.SYNC)
            )
        return True

    def crossing_at(self, row: int) -> StoredCrossing:
        return self._rows[row]

    def retranslate(self) -> None:
        """Re-read every text after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- QAbstractTableModel -------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self._headers().get(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stored = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(stored, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(stored, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DECISION:
            color = style.DECISION_COLORS.get(str(stored.crossing.decision))
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and column in (
            Column.NAME,
            Column.DECISION,
        ):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.TIME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SEARCH_ROLE:
            return self._search_text(stored)
        if role == ID_ROLE:
            return stored.crossing.id
        return None

    def _display(self, stored: StoredCrossing, column: Column) -> str:
        crossing = stored.crossing
        person = crossing.principal
        ident = person.identity if person else None
        if column is Column.TIME:
            return crossing.local_time.strftime("%H:%M")
        if column is Column.DIRECTION:
            return messages.direction_label(crossing.direction)
        if column is Column.DECISION:
            return messages.decision_label(crossing.decision, short=True)
        if column is Column.SYNC:
            return messages.sync_state_label(stored.sync_state)
        if ident is None:
            return ""
        if column is Column.NAME:
            return ident.full_name
        if column is Column.DOCUMENT:
            kind = messages.document_type_label(ident.document_type, short=True)
            return f"{kind} {ident.document_number}"
        if column is Column.NATIONALITY:
            return messages.country_name(ident.nationality)
        return ""

    def _tooltip(self, stored: StoredCrossing, column: Column) -> str | None:
        if column is Column.DECISION:
            return messages.decision_label(stored.crossing.decision)
        if column is Column.SYNC:  # the column may be too narrow for the label
            return messages.sync_state_label(stored.sync_state)
        person = stored.crossing.principal
        if person is None:
            return None
        ident = person.identity
        if column is Column.DOCUMENT:
            return messages.document_type_label(ident.document_type)
        if column is Column.NATIONALITY:
            return f"{messages.country_name(ident.nationality)} ({ident.nationality})"
        if column is Column.NAME:
            return ident.name_ascii
        return None

    def _search_text(self, stored: StoredCrossing) -> str:
        parts = []
        for person in stored.crossing.persons:
            ident = person.identity
            parts += [ident.full_name, ident.document_number, ident.nationality]
        return search_key(" ".join(parts))


class TodayFilter(QSortFilterProxyModel):
    """Keeps the rows whose name, document number or nationality contain every word
    typed, ignoring case and Vietnamese diacritics ("nguyen an" finds "Nguyễn Văn An").
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        words = search_key(text).split()
        if words == self._words:
            return
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in key for word in self._words)
