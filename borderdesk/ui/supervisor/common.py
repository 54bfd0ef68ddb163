"""Pieces shared by the supervision tabs: a read-only table view, a generic table
model over a list of rows, and how service errors are told to the supervisor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from borderdesk.services import PermissionDenied
from borderdesk.storage.errors import StorageError
from borderdesk.ui import messages, style
from borderdesk.ui.supervisor import labels

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 28


@dataclass(frozen=True, slots=True)
class Col:
    """One column of a :class:`RowsModel`: its header (read at each language
    change), the text of a row, and optionally a tooltip, a colour and bold."""

    header: Callable[[], str]
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] | None = None
    color: Callable[[Any], QColor | str | None] | None = None
    bold: bool = False
    width: int = 0  # at the default text size; 0: stretch


class RowsModel(QAbstractTableModel):
    """A read-only table of ``rows`` (any objects) described by :class:`Col`."""

    def __init__(self, columns: Sequence[Col], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows += rows
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                    max(len(self.columns) - 1, 0))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1,
                                             len(self.columns) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].header()
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else col.text(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            color = col.color(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.FontRole and col.bold:
            font = QFont(QGuiApplication.font())
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None


class Table(QTableView):
    """A read-only row table: Enter (or a double-click) emits :attr:`row_entered`
    with the row number."""

    row_entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                   | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._on_double_clicked)

    def fit_columns(self, columns: Sequence[Col]) -> None:
        """Column widths for the current text size (View menu); width 0 stretches."""
        scale = max(self.fontInfo().pointSizeF() / style.FONT_POINT_SIZE, 0.85)
        self.verticalHeader().setDefaultSectionSize(round(ROW_HEIGHT * scale))
        header = self.horizontalHeader()
        for i, col in enumerate(columns):
            if col.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(i, round(col.width * scale))
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> int:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().hasSelection():
            return -1
        return index.row()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.selectRow(row)
            self.scrollTo(self.model().index(row, 0))

    def current_item(self) -> Any:
        """The selected row's object (a :class:`RowsModel` row), or None."""
        model = self.model()
        row = self.current_row()
        return model.row_at(row) if row >= 0 and isinstance(model, RowsModel) else None

    def select_first(self, wanted: Callable[[Any], bool]) -> bool:
        """Select the first row whose object is ``wanted``; False if none is."""
        model = self.model()
        if isinstance(model, RowsModel):
            for row, item in enumerate(model.rows()):
                if wanted(item):
                    self.select_row(row)
                    return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.current_row()
            if row >= 0:
                self.row_entered.emit(row)
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_entered.emit(index.row())


def error_text(exc: Exception) -> str:
    """What to tell the supervisor about a refused or failed service call."""
    if isinstance(exc, PermissionDenied):
        return labels.denied_text(exc)
    if isinstance(exc, StorageError):
        return messages.storage_error_text(exc)
    return messages.unknown_code_text(type(exc).__name__)


def decision_color(decision: str) -> QColor | None:
    return style.decision_color(decision)
