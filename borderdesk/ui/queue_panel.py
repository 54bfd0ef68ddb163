"""The queue: today's confirmed pre-declarations at this gate.

The guard picks a declaration here when the traveller has no slip to scan (Enter or a
double-click attaches it to the form), types part of a name, a reference or a
document number to narrow the list (accent-insensitive), and sees which declarations
are already recorded today.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.model import PreDeclaration
from borderdesk.core.text import normalize_document_number, search_key
from borderdesk.ui import messages

_COLUMNS = 5


def _haystack(p: PreDeclaration) -> str:
    """What the search box matches against: reference, declarant, names, numbers,
    plate."""
    parts = [p.reference, p.declarant]
    for person in p.persons:
        parts += [person.full_name, normalize_document_number(person.document_number)]
    if p.vehicle is not None:
        parts.append(p.vehicle.plate)
    return search_key(" ".join(parts))


class QueuePanel(QFrame):
    """Signals:
        chosen(object): the :class:`PreDeclaration` the guard picked.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._items: list[PreDeclaration] = []
        self._keys: list[str] = []
        self._recorded: set[str] = set()
        self._title = QLabel(self)
        self._title.setObjectName("cardTitle")
        self.count_badge = QLabel(self)
        self.count_badge.setObjectName("countBadge")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, _COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addWidget(self.count_badge)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.search.textChanged.connect(self._apply_filter)
        self.table.itemActivated.connect(self._on_item_activated)
        self.search.installEventFilter(self)
        self._retranslate()
        self._update_empty()

    # -- content -----------------------------------------------------------------

    def set_items(self, items: Sequence[PreDeclaration], recorded: Iterable[str]) -> None:
        """Show ``items``; ``recorded``: references already recorded today."""
        self._items = list(items)
        self._keys = [_haystack(p) for p in self._items]
        self._recorded = set(recorded)
        self.table.setRowCount(len(self._items))
        for row, _p in enumerate(self._items):
            for col in range(_COLUMNS):
                self.table.setItem(row, col, QTableWidgetItem())
        self._fill_texts()
        self._apply_filter()

    def mark_recorded(self, reference: str) -> None:
        """A crossing against ``reference`` was just saved."""
        if reference and reference not in self._recorded:
            self._recorded.add(reference)
            self._fill_texts()

    def item_at(self, row: int) -> PreDeclaration:
        return self._items[row]

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _fill_texts(self) -> None:
        for row, p in enumerate(self._items):
            names = ", ".join(i.full_name for i in p.persons)
            plate = p.vehicle.plate if p.vehicle is not None else ""
            done = p.reference in self._recorded
            values = (
                p.reference,
                messages.direction_label(p.direction),
                names,
                plate,
                self.tr("Recorded") if done else self.tr("Waiting"),
            )
            for col, text in enumerate(values):
                item = self.table.item(row, col)
                item.setText(text)
                item.setData(Qt.ItemDataRole.ToolTipRole,
                             f"{p.declarant}\n{names}" if col == 2 else text)
                font = item.font()
                font.setStrikeOut(False)
                font.setWeight(QFont.Weight.DemiBold if col == 2 and not done
                               else QFont.Weight.Normal)
                item.setFont(font)
                item.setForeground(
                    self.palette().placeholderText() if done
                    else self.palette().text())

    def _apply_filter(self) -> None:
        words = search_key(self.search.text()).split()
        shown = 0
        for row, key in enumerate(self._keys):
            hide = bool(words) and not all(w in key for w in words)
            self.table.setRowHidden(row, hide)
            shown += not hide
        total = len(self._items)
        self.count_badge.setText(str(total) if shown == total else f"{shown} / {total}")
        visible = self.visible_rows()
        if visible and not self.table.selectionModel().hasSelection():
            self.table.selectRow(visible[0])
        self._update_empty()

    def _update_empty(self) -> None:
        nothing = not self.visible_rows()
        self.table.setVisible(not nothing)
        self.empty.setVisible(nothing)

    # -- choosing ----------------------------------------------------------------

    def _on_item_activated(self, item: QTableWidgetItem) -> None:
        self.chosen.emit(self._items[item.row()])

    def choose_current(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else None
        if row is None or self.table.isRowHidden(row):
            visible = self.visible_rows()
            if not visible:
                return False
            row = visible[0]
        self.chosen.emit(self._items[row])
        return True

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # In the search box: Enter picks the selected (or first shown) declaration,
        # Up/Down move in the list without leaving the box.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                visible = self.visible_rows()
                if visible:
                    rows = self.table.selectionModel().selectedRows()
                    current = rows[0].row() if rows else visible[0]
                    pos = visible.index(current) if current in visible else 0
                    pos += 1 if key == Qt.Key.Key_Down else -1
                    self.table.selectRow(visible[max(0, min(pos, len(visible) - 1))])
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- texts -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Expected today"))
        self.search.setPlaceholderText(
            self.tr("Name, reference or document number… (F3)"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Direction"), self.tr("Persons"),
            self.tr("Vehicle"), self.tr("State"),
        ])
        self.empty.setText(
            self.tr("No confirmed pre-declaration matches.") if self._items
            else self.tr("No confirmed pre-declaration for today at this gate yet. "
                         "They arrive with each sync."))
        self._fill_texts()
