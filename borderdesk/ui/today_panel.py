"""The "Today" card: this gate's crossings of the day, newest first, with filters.

Filters combine: direction, decision (or cancelled), sync state and the search words.
Keyboard: Ctrl+F goes to the search box (Esc there clears it), Alt+<letter> of each
filter label opens that filter, Enter or a double-click on a row opens the crossing
(:attr:`TodayPanel.crossing_activated`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.model import Decision, Direction
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.ui import messages, style
from borderdesk.ui.models import CANCELLED, ID_ROLE, Column, TodayFilter, TodayModel
from sync.ports import STATES

# Column widths at the default text size; they grow with the View menu's size.
COLUMN_WIDTHS = {
    Column.TIME: 50,
    Column.DIRECTION: 80,
    Column.DOCUMENT: 158,
    Column.NATIONALITY: 100,
    Column.DECISION: 104,
    Column.SYNC: 150,
}
# The name column stretches over the room left; with less than NAME_MIN_WIDTH left
# (large text on a small screen) it takes NAME_WIDTH and the table scrolls sideways.
NAME_MIN_WIDTH = 110
NAME_WIDTH = 200
ROW_HEIGHT = 30
ALL = ""  # a filter's "all" choice (never None in Qt: see widgets.set_finding_state)


class FlowLayout(QLayout):
    """Items in a row, wrapping to the next line when the row is too narrow (the
    filters with large text on a small screen)."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 12, line_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of every item."""
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._spacing * max(len(shown) - 1, 0)
        return QSize(width, max((s.height() for s in shown), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items line by line, each centred vertically on its line;
        returns the height used."""
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = rect.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > rect.right() + 1:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = rect.y()
        for line in lines:
            height = max((hint.height() for _, hint in line), default=0)
            x = rect.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._line_spacing
        return max(y - self._line_spacing - rect.y(), 0)


def _pair(label: QLabel, combo: QComboBox) -> QWidget:
    """A filter label and its box, kept together on one line."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(label)
    layout.addWidget(combo)
    return box


class _Table(QTableView):
    """The day's table: Enter opens the current row (Qt's ``activated`` is not sent
    for Enter on every platform style, so it is handled here explicitly)."""

    row_entered = Signal(QModelIndex)
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.row_entered.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)


class TodayPanel(QFrame):
    """A card with the day's crossings; the owner supplies them (:meth:`set_rows`).

    Signals:
        crossing_activated(str): Enter or a double-click on a row; the crossing id.
    """

    crossing_activated = Signal(str)

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
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)

        # Filters: value in Qt is the code ("exit", "cleared", "pending"...) or ALL.
        self.direction_filter = self._combo([ALL, *(str(d) for d in Direction)])
        self.decision_filter = self._combo(
            [ALL, *(str(d) for d in Decision), CANCELLED]
        )
        self.sync_filter = self._combo([ALL, *STATES])
        self._direction_label = QLabel(self)
        self._decision_label = QLabel(self)
        self._sync_label = QLabel(self)
        for label, combo in (
            (self._direction_label, self.direction_filter),
            (self._decision_label, self.decision_filter),
            (self._sync_label, self.sync_filter),
        ):
            label.setObjectName("fieldLabel")
            label.setBuddy(combo)  # Alt+<the label's underlined letter>
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("hint")

        self.table = _Table(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.row_entered.connect(self._on_table_activated)
        self.table.resized.connect(self._fit_name_column)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self._fit_to_font()

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)

        self.find_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find), self
        )
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_search)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._title)
        top.addWidget(self.count_badge)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        layout.addLayout(top)
        filters = FlowLayout(spacing=14)
        for label, combo in (
            (self._direction_label, self.direction_filter),
            (self._decision_label, self.decision_filter),
            (self._sync_label, self.sync_filter),
        ):
            filters.addWidget(_pair(label, combo))
        filters.addWidget(self.shown_label)
        layout.addLayout(filters)
        layout.addWidget(self._stack, 1)
        self._retranslate()
        self._update_state()

    def _combo(self, values: list[str]) -> QComboBox:
        combo = QComboBox(self)
        for value in values:
            combo.addItem("", value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- content ---------------------------------------------------------------

    def set_rows(
        self, rows: list[StoredCrossing], cancelled: Mapping[str, str] | None = None
    ) -> None:
        """The day's crossings (oldest first) and the cancelled ones (id -> reason)."""
        self.model.set_rows(rows, cancelled)
        self._update_state()

    def put(self, stored: StoredCrossing) -> None:
        """One crossing saved or changed (see :meth:`TodayModel.put`)."""
        self.model.put(stored)
        self._update_state()

    def select_id(self, crossing_id: str) -> bool:
        """Select and show the row of ``crossing_id`` if it is visible."""
        row = self.model.row_of(crossing_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False  # filtered out
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_id(self) -> str | None:
        """The id of the selected crossing, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return str(index.siblingAtColumn(0).data(ID_ROLE))

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    # -- filters ---------------------------------------------------------------

    def set_filters(
        self,
        *,
        direction: str | None = None,
        decision: str | None = None,
        sync_state: str | None = None,
    ) -> None:
        """Choose the filters (None or "" for all), as picking them in the boxes."""
        for combo, value in (
            (self.direction_filter, direction),
            (self.decision_filter, decision),
            (self.sync_filter, sync_state),
        ):
            combo.setCurrentIndex(max(combo.findData(value or ALL), 0))

    def clear_filters(self) -> None:
        self.search.clear()
        self.set_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_state()

    def _on_filter_changed(self, _index: int) -> None:
        self.proxy.set_direction(self.direction_filter.currentData())
        self.proxy.set_decision(self.decision_filter.currentData())
        self.proxy.set_sync_state(self.sync_filter.currentData())
        self._update_state()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.crossing_activated.emit(str(index.siblingAtColumn(0).data(ID_ROLE)))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Esc in the search box clears it (and does not reach the window).
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- state and texts -------------------------------------------------------

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count_badge.setText(str(total) if shown == total else f"{shown} / {total}")
        filtering = self.proxy.is_filtering()
        self.shown_label.setVisible(filtering and bool(total))
        self.shown_label.setText(
            self.tr("Showing {shown} of {total}").format(shown=shown, total=total)
        )
        if shown:
            self._stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                self.tr("No crossing matches the search.")
                if total
                else self.tr("No crossing recorded at this gate today.")
            )
            self._stack.setCurrentWidget(self.empty)

    def _scale(self) -> float:
        return max(self.fontInfo().pointSizeF() / style.FONT_POINT_SIZE, 0.85)

    def _fit_to_font(self) -> None:
        """Row height and column widths for the current text size (View menu)."""
        scale = self._scale()
        self.table.verticalHeader().setDefaultSectionSize(round(ROW_HEIGHT * scale))
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, round(width * scale))
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The name takes the room left, but never less than a name's width: when
        the card is too narrow (large text), the table scrolls sideways instead."""
        scale = self._scale()
        fixed = sum(round(w * scale) for w in COLUMN_WIDTHS.values())
        room = self.table.width() - 2 * self.table.frameWidth()
        room -= self.table.verticalScrollBar().sizeHint().width()
        header = self.table.horizontalHeader()
        if room >= fixed + round(NAME_MIN_WIDTH * scale):
            header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(
                Column.NAME, QHeaderView.ResizeMode.Interactive
            )
            self.table.setColumnWidth(Column.NAME, round(NAME_WIDTH * scale))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Today"))
        self.search.setPlaceholderText(
            self.tr("Search name or document number… (Ctrl+F)")
        )
        self.count_badge.setToolTip(self.tr("Crossings shown / recorded today"))
        self._direction_label.setText(self.tr("&Direction:"))
        self._decision_label.setText(self.tr("D&ecision:"))
        self._sync_label.setText(self.tr("&Sync:"))
        every = self.tr("All")
        self.direction_filter.setItemText(0, every)
        for row in range(1, self.direction_filter.count()):
            value = self.direction_filter.itemData(row)
            self.direction_filter.setItemText(row, messages.direction_label(value))
        self.decision_filter.setItemText(0, every)
        for row in range(1, self.decision_filter.count()):
            value = self.decision_filter.itemData(row)
            self.decision_filter.setItemText(
                row,
                self.tr("Cancelled")
                if value == CANCELLED
                else messages.decision_label(value, short=True),
            )
        self.sync_filter.setItemText(0, every)
        for row in range(1, self.sync_filter.count()):
            value = self.sync_filter.itemData(row)
            self.sync_filter.setItemText(row, messages.sync_state_label(value))
        self.model.retranslate()
        self._update_state()
