"""Small reusable widgets: a segmented choice and a searchable country box."""

from __future__ import annotations

import functools
import re
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from borderdesk.core import countries
from borderdesk.core.text import search_key
from borderdesk.ui import i18n

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

# Listed first: Vietnam and its land neighbours are most of the traffic at a gate.
PINNED_COUNTRIES = ("VNM", "CHN", "LAO", "KHM")
_CODE_IN_TEXT = re.compile(r"\(([A-Za-z]{1,3})\)\s*$")


def set_finding_state(widget: QWidget, severity: str | None) -> None:
    """Mark ``widget`` as holding an error/warning (styled by the style sheet).

    No finding is stored as "" rather than None. PySide6 6.12 drops a reference when
    it turns an invalid QVariant into None (``property()`` of an unset name,
    ``itemData()`` of None...), which aborts the interpreter after a while; so this
    package never stores None in Qt and never reads back a value it did not set.
    """
    widget.setProperty("finding", severity or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class SegmentedChoice(QWidget):
    """A row of exclusive toggle buttons, one per value (like a segmented control).

    Signals:
        value_changed(str): a button was chosen by the user or by :meth:`set_value`.
    """

    value_changed = Signal(str)

    def __init__(self, values: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmented")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)  # room for the finding outline
        layout.setSpacing(4)
        for value in values:
            button = QPushButton(value, self)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setProperty("tone", value)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
        self._group.buttonToggled.connect(self._on_button_toggled)

    def button(self, value: str) -> QPushButton:
        return self._buttons[value]

    def set_texts(self, texts: dict[str, str]) -> None:
        for value, text in texts.items():
            self._buttons[value].setText(text)

    def value(self) -> str | None:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: str | None) -> None:
        if value is None:
            # An exclusive group cannot be emptied button by button.
            self._group.setExclusive(False)
            for button in self._buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
        elif value in self._buttons:
            self._buttons[value].setChecked(True)

    def first_button(self) -> QPushButton:
        return next(iter(self._buttons.values()))

    def _on_button_toggled(self, button: Any, checked: bool) -> None:
        if checked:
            self.value_changed.emit(button.property("tone"))


class _CountryFilter(QSortFilterProxyModel):
    """Rows whose name or code contain the typed text, ignoring case and diacritics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        needle = search_key(text)
        if needle == self._needle:
            return
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), KEY_ROLE)
        if not key:
            return False  # separators
        return not self._needle or self._needle in key


class CountryCombo(QComboBox):
    """An editable list of every ICAO 9303 country code, named in the UI language.

    Typing filters the list by name or code without regard to diacritics ("viet" finds
    "Việt Nam"). :meth:`code` returns the chosen code; text that matches no country
    is returned upper-cased, for validation to report.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.setMinimumContentsLength(12)
        self._names: list[tuple[str, ...]] = []  # per row: folded names and the code
        self._filter = _CountryFilter(self)
        self._filter.setSourceModel(self.model())
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        line.textEdited.connect(self._on_text_edited)
        line.editingFinished.connect(self._on_editing_finished)
        self._fill()

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return str(self.itemData(index, CODE_ROLE))
        match = _CODE_IN_TEXT.search(text)
        if match:
            return match.group(1).upper()
        if countries.is_known(text):
            return countries.normalize_code(text)
        rows = self._matching_rows(text)
        if len(rows) == 1:
            return str(self.itemData(rows[0], CODE_ROLE))
        return text.upper()

    def set_code(self, code: str) -> None:
        index = self.findData(countries.normalize_code(code), CODE_ROLE)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def _matching_rows(self, text: str) -> list[int]:
        """Rows whose name is ``text`` (ignoring case and diacritics), else whose name
        starts with it, else whose name or code contain it."""
        needle = search_key(text)
        if not needle:
            return []
        for matches in (
            lambda names: needle in names,
            lambda names: any(n.startswith(needle) for n in names),
            lambda names: any(needle in n for n in names),
        ):
            rows = [row for row, names in enumerate(self._names) if matches(names)]
            if rows:
                return rows
        return []

    def _fill(self) -> None:
        kept = self.code() if self.count() else "VNM"
        lang = i18n.current()
        collator = QCollator(i18n.locale())
        self.blockSignals(True)
        self.clear()
        self._names = []
        for code in PINNED_COUNTRIES:
            self._add(code, lang)
        self.insertSeparator(self.count())
        self._names.append(())
        # Never leave a role unset: see set_finding_state() on PySide6 and None.
        self.setItemData(self.count() - 1, "", CODE_ROLE)
        self.setItemData(self.count() - 1, "", KEY_ROLE)
        rest = [c for c in countries.all_codes() if c not in PINNED_COUNTRIES]
        names = {c: countries.name(c, lang) for c in rest}
        order = functools.cmp_to_key(collator.compare)
        for code in sorted(rest, key=lambda c: order(names[c])):
            self._add(code, lang)
        self.blockSignals(False)
        self.set_code(kept)

    def _add(self, code: str, lang: str) -> None:
        name = countries.name(code, lang)
        self.addItem(f"{name} ({code})")
        row = self.count() - 1
        self.setItemData(row, code, CODE_ROLE)
        # Search both languages' names, so an English name typed in Vietnamese mode
        # (or the other way round) still finds the country.
        other = countries.name(code, "en" if lang == "vi" else "vi")
        self.setItemData(row, search_key(f"{name} {other} {code}"), KEY_ROLE)
        self._names.append((search_key(name), search_key(other), code.lower()))

    def _on_text_edited(self, text: str) -> None:
        self._filter.set_needle(text)

    def _on_editing_finished(self) -> None:
        code = self.code()
        index = self.findData(code, CODE_ROLE)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index >= 0 and self.currentText() != self.itemText(index):
            self.setEditText(self.itemText(index))
        self._filter.set_needle("")
