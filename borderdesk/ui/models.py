"""Qt item models over what the service returns (no SQL here).

:class:`TodayModel` holds the day's crossings; :class:`TodayFilter` narrows them by
direction, decision, sync state and typed words. What the filter compares is computed
once per row when the rows are set (:class:`RowKey`), so filtering a few thousand rows
on each keystroke stays well under a frame.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from borderdesk.core.text import search_key
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.ui import messages, style

ModelIndex = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # "cancelled", "superseded" or ""

CANCELLED = "cancelled"  # the decision filter's extra choice, and a row status
SUPERSEDED = "superseded"  # an amended crossing: a newer version replaces it


class Column(enum.IntEnum):
    TIME = 0
    DIRECTION = 1
    NAME = 2
    DOCUMENT = 3
    NATIONALITY = 4
    DECISION = 5
    SYNC = 6


@dataclass(frozen=True, slots=True)
class RowKey:
    """What the filter looks at in one row (computed once per row)."""

    direction: str
    decision: str
    sync_state: str
    status: str  # CANCELLED, SUPERSEDED or ""
    search: str  # names, document numbers, nationalities; folded (search_key)


def _row_key(stored: StoredCrossing, cancelled: bool) -> RowKey:
    c = stored.crossing
    parts = []
    for person in c.persons:
        ident = person.identity
        parts += [ident.full_name, ident.document_number, ident.nationality]
    status = CANCELLED if cancelled else SUPERSEDED if stored.superseded_by else ""
    return RowKey(
        str(c.direction), str(c.decision), stored.sync_state, status,
        search_key(" ".join(parts)),
    )


class TodayModel(QAbstractTableModel):
    """Crossings of one day, newest first, one row per crossing (its principal).

    A cancelled crossing is struck through and its decision reads "Cancelled"; an
    amended one (replaced by a newer version) is greyed.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StoredCrossing] = []
        self._keys: list[RowKey] = []
        self._cancelled: dict[str, str] = {}  # crossing id -> reason
        self._fonts: dict[tuple[str, bool, bool], QFont] = {}
        # Display texts by (crossing id, column): a repaint of the list asks for
        # every visible cell again, and building each text costs a few µs.
        self._texts: dict[tuple[str, int], str] = {}

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

    def set_rows(
        self, rows: list[StoredCrossing], cancelled: Mapping[str, str] | None = None
    ) -> None:
        """Replace the content; ``rows`` oldest first, as the service returns them;
        ``cancelled``: crossing id -> cancellation reason."""
        self.beginResetModel()
        self._texts.clear()
        self._rows = list(reversed(rows))
        self._cancelled = dict(cancelled or {})
        self._keys = [self._key(s) for s in self._rows]
        self.endResetModel()

    def put(self, stored: StoredCrossing) -> None:
        """Show one crossing just saved or changed, without reloading the day: a
        known id is updated in place, a new one inserted at its time (newest
        first)."""
        row = self.row_of(stored.crossing.id)
        for column in Column:
            self._texts.pop((stored.crossing.id, column), None)
        if row >= 0:
            self._rows[row] = stored
            self._keys[row] = self._key(stored)
            self.dataChanged.emit(self.index(row, 0),
                                  self.index(row, self.columnCount() - 1))
            return
        at = stored.crossing.time_utc
        row = next((i for i, s in enumerate(self._rows) if s.crossing.time_utc <= at),
                   len(self._rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, stored)
        self._keys.insert(row, self._key(stored))
        self.endInsertRows()

    def _key(self, stored: StoredCrossing) -> RowKey:
        return _row_key(stored, stored.crossing.id in self._cancelled)

    def row_key(self, row: int) -> RowKey:
        return self._keys[row]

    def row_of(self, crossing_id: str) -> int:
        """The row of ``crossing_id``, or -1."""
        for row, stored in enumerate(self._rows):
            if stored.crossing.id == crossing_id:
                return row
        return -1

    def is_cancelled(self, row: int) -> bool:
        return self._keys[row].status == CANCELLED

    def update_sync_states(self, rows: list[StoredCrossing]) -> bool:
        """Take the sync states of ``rows`` (oldest first) without a model reset, so
        selection and scrolling stay; False (nothing changed) if the list itself
        differs: the caller then reloads it with :meth:`set_rows`."""
        fresh = list(reversed(rows))
        if [s.crossing.id for s in fresh] != [s.crossing.id for s in self._rows]:
            return False
        self._rows = fresh
        for stored in fresh:
            self._texts.pop((stored.crossing.id, Column.SYNC), None)
        # Only the sync state changed: keep each row's folded search text.
        self._keys = [
            RowKey(k.direction, k.decision, s.sync_state, k.status, k.search)
            for k, s in zip(self._keys, fresh, strict=True)
        ]
        if fresh:
            self.dataChanged.emit(
                self.index(0, Column.SYNC), self.index(len(fresh) - 1, Column.SYNC)
            )
        return True

    def crossing_at(self, row: int) -> StoredCrossing:
        return self._rows[row]

    def retranslate(self) -> None:
        """Re-read every text after a language switch."""
        self._texts.clear()
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
        status = self._keys[index.row()].status
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            key = (stored.crossing.id, column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(stored, column, status)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(stored, column, status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if status:
                return QBrush(style.muted_color())
            if column is Column.DECISION:
                color = style.decision_color(str(stored.crossing.decision))
                return QBrush(color) if color is not None else None
            return None
        if role == Qt.ItemDataRole.FontRole:
            bold = column in (Column.NAME, Column.DECISION)
            if bold or status == CANCELLED:
                return self._font(bold=bold, strike=status == CANCELLED)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.TIME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SEARCH_ROLE:
            return self._keys[index.row()].search
        if role == ID_ROLE:
            return stored.crossing.id
        if role == STATUS_ROLE:
            return status
        return None

    def _font(self, *, bold: bool, strike: bool) -> QFont:
        """The application font (it follows the View menu's size), bold and/or
        struck through; cached per application font."""
        base = QGuiApplication.font()
        key = (base.key(), bold, strike)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(base)
            if bold:
                font.setWeight(QFont.Weight.DemiBold)
            font.setStrikeOut(strike)
            self._fonts[key] = font
        return font

    def _display(self, stored: StoredCrossing, column: Column, status: str) -> str:
        crossing = stored.crossing
        person = crossing.principal
        ident = person.identity if person else None
        if column is Column.TIME:
            return crossing.local_time.strftime("%H:%M")
        if column is Column.DIRECTION:
            return messages.direction_label(crossing.direction)
        if column is Column.DECISION:
            if status == CANCELLED:
                return self.tr("Cancelled")
            if status == SUPERSEDED:
                return self.tr("Amended")
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

    def _tooltip(
        self, stored: StoredCrossing, column: Column, status: str
    ) -> str | None:
        crossing = stored.crossing
        if column is Column.DECISION:
            text = messages.decision_label(crossing.decision)
            if status == CANCELLED:
                reason = self._cancelled.get(crossing.id, "")
                text = self.tr("Cancelled: {reason}").format(reason=reason)
            elif status == SUPERSEDED:
                text = self.tr("{decision}; replaced by a corrected version").format(
                    decision=text
                )
            if crossing.version > 1:
                text += "\n" + self.tr("Version {version} (a correction)").format(
                    version=crossing.version
                )
            return text
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



class TodayFilter(QSortFilterProxyModel):
    """Keeps the rows that match every criterion set: the direction, the decision
    (or :data:`CANCELLED`), the sync state (an outbox state), and every word typed in
    the name, document number or nationality, ignoring case and Vietnamese diacritics
    ("nguyen an" finds "Nguyễn Văn An"). None or "" means "all".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._direction = ""
        self._decision = ""
        self._sync_state = ""

    def set_query(self, text: str) -> None:
        words = search_key(text).split()
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_direction(self, value: str | None) -> None:
        if (value or "") != self._direction:
            self._change(lambda: setattr(self, "_direction", value or ""))

    def set_decision(self, value: str | None) -> None:
        if (value or "") != self._decision:
            self._change(lambda: setattr(self, "_decision", value or ""))

    def set_sync_state(self, value: str | None) -> None:
        if (value or "") != self._sync_state:
            self._change(lambda: setattr(self, "_sync_state", value or ""))

    def is_filtering(self) -> bool:
        return bool(
            self._words or self._direction or self._decision or self._sync_state
        )

    def _change(self, update: Callable[[], None]) -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            update()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            update()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, TodayModel):  # pragma: no cover - wiring error
            return True
        key = model.row_key(source_row)
        if self._direction and key.direction != self._direction:
            return False
        if self._decision == CANCELLED:
            if key.status != CANCELLED:
                return False
        elif self._decision and key.decision != self._decision:
            return False
        if self._sync_state and key.sync_state != self._sync_state:
            return False
        return all(word in key.search for word in self._words)
