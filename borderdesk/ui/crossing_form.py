"""The counter's crossing form: a traveller on foot, or a vehicle and everyone on board.

The form knows nothing of the rules: it returns what was typed as the dict that
:meth:`CounterService.parse` reads, and shows the findings it is given.

On foot (the default "means of travel", in the title row) the identity fields are the
one traveller. For a vehicle or a vessel a compact section appears above them: the
plate (for a vessel its IMO number or name), the country of registration, and the list
of persons on board. The guard reads each person's document into the identity fields
and presses F8 ("Add this person"): the person goes into the list (the first one of a
road vehicle as its driver, the next ones as passengers; crew on a vessel) and the
fields are emptied for the next document. :meth:`CrossingForm.to_dict` returns the
listed persons followed by the one still in the fields, if any, so the guard can save
right after reading the last document.

Person indices in findings follow :meth:`CrossingForm.to_dict`: ``persons[i]`` below
the number of listed persons is a row of the list (its check column says so and its
tooltip gives the findings); the next index is the identity fields.

Amend mode (:meth:`CrossingForm.start_amend`): the form is filled from a recorded
crossing (a vehicle's persons go into the list), a banner says which one, and
:meth:`CrossingForm.to_dict` returns the correction: a new crossing with
``supersedes`` = the old id, ``version`` + 1, and the original time, gate and counter.
Clearing the form (Esc, the banner's button, or after the save) leaves amend mode.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.codec import (
    CrossingFormatError,
    identity_from_dict,
    identity_to_dict,
)
from borderdesk.core.model import (
    Crossing,
    Decision,
    Direction,
    DocumentType,
    Identity,
    Role,
    Sex,
    TravelMode,
)
from borderdesk.core.validation import Finding, Severity, error
from borderdesk.ui import messages, style
from borderdesk.ui.findings_panel import ICONS
from borderdesk.ui.widgets import CountryCombo, SegmentedChoice, set_finding_state

IDENTITY = "persons.identity."
DEFAULT_COUNTRY = "VNM"
ROAD_ROLES = (Role.DRIVER, Role.PASSENGER)
VESSEL_ROLES = (Role.CREW, Role.PASSENGER)
#: How many persons the list shows without scrolling (the column fits 1366×768).
VISIBLE_ROWS = 4
# Columns of the persons list.
ROLE_COLUMN, NAME_COLUMN, DOCUMENT_COLUMN, NATIONALITY_COLUMN, CHECK_COLUMN = range(5)
#: Item data of a role cell: the role's value (``driver``...).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
_PERSON = re.compile(r"^persons\[(\d+)\]")
_TEXT_FIELDS = (
    "document_number", "expiry_date", "surname", "given_names", "birth_date"
)


def roles_for(mode: TravelMode) -> tuple[Role, ...]:
    """The roles a person may have when crossing by ``mode``."""
    if mode is TravelMode.FOOT:
        return (Role.TRAVELLER,)
    return VESSEL_ROLES if mode is TravelMode.VESSEL else ROAD_ROLES


def _person_index(path: str) -> int | None:
    """``persons[2].identity.surname`` -> 2; None for a path not about one person."""
    match = _PERSON.match(path)
    return int(match.group(1)) if match else None


def _identity_values(identity: Identity) -> dict[str, Any]:
    """An identity in the JSON shape the form returns (no output-only keys)."""
    values = identity_to_dict(identity)
    del values["name_ascii"]
    if not values["personal_number"]:
        del values["personal_number"]
    return values


@dataclass(slots=True)
class OnBoard:
    """One person in the list of a vehicle crossing.

    Attributes:
        role: driver, passenger or crew member.
        identity: the identity in the crossing's JSON shape.
        decision: this person's own decision; "" follows the crossing's decision.
        watchlist: the watchlist categories found for the document; empty when not
            listed, None while not checked yet.
    """

    role: Role
    identity: dict[str, Any]
    decision: str = ""
    watchlist: list[str] | None = None

    @property
    def name(self) -> str:
        parts = (self.identity.get("surname"), self.identity.get("given_names"))
        return " ".join(str(p) for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": str(self.role), "identity": dict(self.identity)}
        if self.decision:
            out["decision"] = self.decision
        return out


class PersonsTable(QTableWidget):
    """The persons on board, about :data:`VISIBLE_ROWS` rows high, with a hint while
    empty. Enter asks to take the selected person back into the fields, Delete to
    remove them, F2 edits their role.

    Signals:
        edit_requested(): Enter on a row.
        remove_requested(): Delete or Backspace on a row.
    """

    edit_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("personsTable")
        self.placeholder = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the list, as elsewhere in the form
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        for column in (ROLE_COLUMN, DOCUMENT_COLUMN, NATIONALITY_COLUMN, CHECK_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        height = (
            self.horizontalHeader().sizeHint().height()
            + VISIBLE_ROWS * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
        return QSize(self._needed_width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _needed_width(self) -> int:
        """Every column but the name at its full width, and room for a name: the
        column widens rather than cutting off the check results (larger text)."""
        header = self.horizontalHeader()
        width = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        for column in range(self.columnCount()):
            if column == NAME_COLUMN:
                width += self.fontMetrics().horizontalAdvance("M" * 9)
            else:
                width += max(header.sectionSizeHint(column),
                             self.sizeHintForColumn(column))
        return width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and 0 <= self.currentRow() < self.rowCount():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_requested.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_requested.emit()
                event.accept()
                return
            if key == Qt.Key.Key_F2:
                item = self.item(self.currentRow(), ROLE_COLUMN)
                if item is not None:
                    self.editItem(item)
                event.accept()
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.rowCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(style.muted_color()))
        painter.drawText(
            self.viewport().rect().adjusted(10, 4, -10, -4),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.placeholder,
        )
        painter.end()


class _RoleDelegate(QStyledItemDelegate):
    """Edits a role cell with a list of the roles the means of travel allows."""

    def __init__(self, roles: Callable[[], tuple[Role, ...]], parent: QWidget) -> None:
        super().__init__(parent)
        self._roles = roles

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for role in self._roles():
            combo.addItem(messages.role_label(role), str(role))
        combo.activated.connect(functools.partial(self._on_editor_activated, combo))
        return combo

    def _on_editor_activated(self, combo: QComboBox, _row: int) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(VALUE_ROLE)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, str(editor.currentData()), VALUE_ROLE)


class CrossingForm(QFrame):
    """Form for one crossing: a traveller on foot, or a vehicle and its persons.

    Signals:
        save_requested(): Save clicked, or Enter pressed in the form.
        clear_requested(): Clear clicked, or Escape pressed in the form.
        amend_mode_changed(bool): amend mode started or ended.
        persons_changed(): a person was added to the list, removed from it, or taken
            back into the fields (the counter checks everyone again).
        add_refused(list): "Add this person" with an incomplete identity; the
            findings that say what is missing.
    """

    save_requested = Signal()
    clear_requested = Signal()
    amend_mode_changed = Signal(bool)
    persons_changed = Signal()
    add_refused = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._labels: dict[str, QLabel] = {}
        # The persons listed (vehicle crossings), the findings shown last, and those
        # findings per listed row.
        self._on_board: list[OnBoard] = []
        self._findings: list[Finding] = []
        self._row_findings: dict[int, list[Finding]] = {}
        # Of the person in the identity fields, when taken from a record or the list:
        # what the fields do not show.
        self._personal_number = ""
        self._fields_decision = ""
        # Tooltips shown while a widget has no finding.
        self._help: dict[QWidget, str] = {}

        self.mode = QComboBox(self)
        for mode in TravelMode:
            self.mode.addItem("", str(mode))
        self.direction = SegmentedChoice([str(d) for d in Direction], self)
        self.document_type = QComboBox(self)
        for kind in DocumentType:
            self.document_type.addItem("", str(kind))
        self.document_number = QLineEdit(self)
        self.document_number.setMaxLength(30)
        self.expiry_date = QLineEdit(self)
        self.expiry_date.setMaxLength(10)
        self.surname = QLineEdit(self)
        self.given_names = QLineEdit(self)
        self.sex = QComboBox(self)
        self.sex.addItem("", "")  # "— choose —"; never None in Qt (see widgets.py)
        for sex in Sex:
            self.sex.addItem("", str(sex))
        self.birth_date = QLineEdit(self)
        self.birth_date.setMaxLength(10)
        self.nationality = CountryCombo(self)
        self.issuing_state = CountryCombo(self)
        self.decision = SegmentedChoice([str(d) for d in Decision], self)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(2000)
        self._title = QLabel(self)
        self._title.setObjectName("cardTitle")
        # Amend mode: the crossing being corrected, and the lane's direction and means
        # of travel to restore afterwards.
        self._amending: Crossing | None = None
        self._lane_direction: str | None = None
        self._lane_mode: str | None = None
        self.amend_banner = QFrame(self)
        self.amend_banner.setObjectName("banner")
        self.amend_label = QLabel(self.amend_banner)
        self.amend_label.setWordWrap(True)
        self.amend_label.setTextFormat(Qt.TextFormat.PlainText)
        self.abandon_amend_button = QPushButton(self.amend_banner)
        self.abandon_amend_button.setObjectName("secondary")
        self.abandon_amend_button.setAutoDefault(True)
        banner_layout = QHBoxLayout(self.amend_banner)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        banner_layout.addWidget(self.amend_label, 1)
        banner_layout.addWidget(self.abandon_amend_button)
        self.amend_banner.hide()
        # A scanned pre-declaration confirmation (set by the scan router).
        self._predeclaration_ref = ""
        self._predeclaration_verified = False
        self.predeclaration = QLabel(self)
        self.predeclaration.setObjectName("hint")
        self.predeclaration.setTextFormat(Qt.TextFormat.PlainText)
        self.predeclaration.setWordWrap(True)

        # The vehicle section: shown for every means of travel but on foot.
        self.vehicle_section = QWidget(self)
        self._vehicle_fields = QWidget(self.vehicle_section)
        self.plate = QLineEdit(self._vehicle_fields)
        self.plate.setMaxLength(40)  # a vessel's name
        self.vehicle_country = CountryCombo(self._vehicle_fields)
        self._plate_label = QLabel(self._vehicle_fields)
        self._country_label = QLabel(self._vehicle_fields)
        self.persons_label = QLabel(self.vehicle_section)
        self.persons_label.setObjectName("fieldLabel")
        self.persons_table = PersonsTable(self.vehicle_section)
        self.persons_table.setItemDelegateForColumn(
            ROLE_COLUMN, _RoleDelegate(self._allowed_roles, self.persons_table)
        )
        self.edit_person_button = QPushButton(self.vehicle_section)
        self.remove_person_button = QPushButton(self.vehicle_section)
        self.add_person_button = QPushButton(self)
        for button in (
            self.edit_person_button,
            self.remove_person_button,
            self.add_person_button,
        ):
            button.setObjectName("secondary")
            button.setAutoDefault(True)
        # F8 anywhere in the window (the camera is F7).
        self.add_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F8), self)
        self.add_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

        self._hint = QLabel(self)
        self._hint.setObjectName("hint")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("secondary")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        # Enter on a focused button clicks that button (not "save" for Clear).
        self.save_button.setAutoDefault(True)
        self.clear_button.setAutoDefault(True)

        # Field path (without list indices) -> the widget showing it. A finding on a
        # listed person is shown on the list instead (see widget_for).
        self._fields: dict[str, QWidget] = {
            "direction": self.direction,
            "mode": self.mode,
            "decision": self.decision,
            "persons.decision": self.decision,
            "notes": self.notes,
            "vehicle": self.plate,
            "vehicle.kind": self.mode,
            "vehicle.plate": self.plate,
            "vehicle.country": self.vehicle_country,
            "persons": self.persons_table,
            "persons.role": self.persons_table,
            IDENTITY + "document_type": self.document_type,
            IDENTITY + "document_number": self.document_number,
            IDENTITY + "expiry_date": self.expiry_date,
            IDENTITY + "surname": self.surname,
            IDENTITY + "given_names": self.given_names,
            IDENTITY + "sex": self.sex,
            IDENTITY + "birth_date": self.birth_date,
            IDENTITY + "nationality": self.nationality,
            IDENTITY + "issuing_state": self.issuing_state,
        }
        for widget in set(self._fields.values()):
            set_finding_state(widget, None)
        self._layout()
        self._connect()
        self._retranslate()
        self.clear()

    # -- layout ----------------------------------------------------------------

    def _field(
        self, grid: QGridLayout, key: str, row: int, column: int, span: int = 1
    ) -> None:
        label = QLabel(self)
        label.setObjectName("fieldLabel")
        widget = self._fields[key]
        label.setBuddy(widget)
        if row > 0:
            label.setContentsMargins(0, 4, 0, 0)  # air above each pair but the first
        self._labels[key] = label
        grid.addWidget(label, row * 2, column, 1, span)
        grid.addWidget(widget, row * 2 + 1, column, 1, span)

    @staticmethod
    def _grid() -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _layout_vehicle(self) -> None:
        # Plate and country on one row, then the list with its buttons: compact, so
        # the whole column still fits a 1366×768 screen.
        fields = self._grid()
        fields.setContentsMargins(0, 0, 0, 0)
        for label, widget, column in (
            (self._plate_label, self.plate, 0),
            (self._country_label, self.vehicle_country, 1),
        ):
            label.setObjectName("fieldLabel")
            label.setBuddy(widget)
            fields.addWidget(label, 0, column)
            fields.addWidget(widget, 1, column)
        self._vehicle_fields.setLayout(fields)
        head = QHBoxLayout()
        head.setContentsMargins(0, 4, 0, 0)
        head.setSpacing(6)
        head.addWidget(self.persons_label, 1)
        head.addWidget(self.edit_person_button)
        head.addWidget(self.remove_person_button)
        for widget in (self._vehicle_fields, self.vehicle_section):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        section = QVBoxLayout(self.vehicle_section)
        section.setContentsMargins(0, 0, 0, 6)
        section.setSpacing(2)
        section.addWidget(self._vehicle_fields)
        section.addLayout(head)
        section.addWidget(self.persons_table)

    def _layout(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.mode)
        outer.addLayout(title_row)
        outer.addWidget(self.amend_banner)
        outer.addWidget(self.predeclaration)
        self._layout_vehicle()
        outer.addWidget(self.vehicle_section)
        grid = self._grid()
        self._field(grid, "direction", 0, 0)
        self._field(grid, IDENTITY + "document_type", 0, 1)
        self._field(grid, IDENTITY + "document_number", 1, 0)
        self._field(grid, IDENTITY + "expiry_date", 1, 1)
        self._field(grid, IDENTITY + "surname", 2, 0)
        self._field(grid, IDENTITY + "given_names", 2, 1)
        self._field(grid, IDENTITY + "sex", 3, 0)
        self._field(grid, IDENTITY + "birth_date", 3, 1)
        self._field(grid, IDENTITY + "nationality", 4, 0)
        self._field(grid, IDENTITY + "issuing_state", 4, 1)
        self._field(grid, "decision", 5, 0, span=2)
        self._field(grid, "notes", 6, 0, span=2)
        outer.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self._hint, 1)
        buttons.addStretch(0)  # keeps the buttons right while the hint is hidden
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        order = [
            self.mode,
            self.direction.button("exit"),
            self.direction.button("entry"),
            self.plate,
            self.vehicle_country,
            self.persons_table,
            self.edit_person_button,
            self.remove_person_button,
            self.document_type,
            self.document_number,
            self.expiry_date,
            self.surname,
            self.given_names,
            self.sex,
            self.birth_date,
            self.nationality,
            self.issuing_state,
            self.decision.first_button(),
            self.decision.button("refused"),
            self.decision.button("secondary"),
            self.notes,
            self.add_person_button,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.abandon_amend_button.clicked.connect(self.clear_requested)
        self.mode.currentIndexChanged.connect(self._on_mode_index_changed)
        self.add_person_button.clicked.connect(self._on_add_person_triggered)
        self.add_shortcut.activated.connect(self._on_add_person_triggered)
        self.edit_person_button.clicked.connect(self._on_edit_person_triggered)
        self.remove_person_button.clicked.connect(self._on_remove_person_triggered)
        table = self.persons_table
        table.edit_requested.connect(self._on_edit_person_triggered)
        table.remove_requested.connect(self._on_remove_person_triggered)
        table.itemChanged.connect(self._on_person_item_changed)
        table.itemSelectionChanged.connect(self._update_person_buttons)
        table.customContextMenuRequested.connect(self._on_persons_context_menu)
        for widget in set(self._fields.values()):
            clear = functools.partial(self._on_field_edited, widget)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(clear)
            elif isinstance(widget, CountryCombo):
                widget.lineEdit().textEdited.connect(clear)
                widget.activated.connect(clear)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(clear)
            elif isinstance(widget, SegmentedChoice):
                widget.value_changed.connect(clear)

    @staticmethod
    def _on_field_edited(widget: QWidget, *_args: object) -> None:
        set_finding_state(widget, None)  # the officer is fixing it

    # -- texts -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for key, label in self._labels.items():
            label.setText(messages.field_label(key))
        self._labels[IDENTITY + "expiry_date"].setText(
            self.tr("Expiry date (if printed)")
        )
        for row in range(self.mode.count()):
            self.mode.setItemText(row, messages.mode_label(self.mode.itemData(row)))
        self.direction.set_texts(
            {str(d): messages.direction_label(d) for d in Direction}
        )
        self.decision.set_texts({str(d): messages.decision_label(d) for d in Decision})
        for row in range(self.document_type.count()):
            kind = self.document_type.itemData(row)
            self.document_type.setItemText(row, messages.document_type_label(kind))
        self.sex.setItemText(0, self.tr("— choose —"))
        for row in range(1, self.sex.count()):
            self.sex.setItemText(row, messages.sex_label(self.sex.itemData(row)))
        self.document_number.setPlaceholderText(self.tr("e.g. C1234567"))
        self.birth_date.setPlaceholderText(self.tr("e.g. 1985-03-02, or 1985"))
        self.expiry_date.setPlaceholderText(self.tr("e.g. 2030-12-31"))
        self.surname.setPlaceholderText(self.tr("As printed in the document"))
        self.given_names.setPlaceholderText(self.tr("As printed in the document"))
        self.notes.setPlaceholderText(
            self.tr("Required when refusing: the reason for the refusal")
        )
        self.persons_table.setHorizontalHeaderLabels([
            messages.field_label("persons.role"),
            self.tr("Name"),
            self.tr("Document"),
            messages.field_label(IDENTITY + "nationality"),
            self.tr("Check"),
        ])
        self.mode.setAccessibleName(messages.field_label("mode"))
        self._help[self.mode] = self.tr(
            "Means of travel: on foot, or the vehicle or vessel the persons cross in"
        )
        self._help[self.persons_table] = self.tr(
            "Enter: take the selected person back into the fields to correct them. "
            "Delete: remove them from the list. F2: change their role."
        )
        self.edit_person_button.setText(self.tr("Edit (Enter)"))
        self.edit_person_button.setToolTip(
            self.tr("Take the selected person back into the fields to correct them")
        )
        self.remove_person_button.setText(self.tr("Remove (Delete)"))
        self.remove_person_button.setToolTip(
            self.tr("Remove the selected person from the list")
        )
        self.add_person_button.setText(self.tr("Add this person (F8)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self._hint.setText(self.tr("Enter saves, Esc clears the form."))
        self.abandon_amend_button.setText(self.tr("Abandon the correction (Esc)"))
        self._show_mode()
        self._show_predeclaration()
        self._show_amending()
        for widget, text in self._help.items():
            if not widget.property("finding"):
                widget.setToolTip(text)
        self._render_persons()

    def _show_mode(self) -> None:
        """Show what the means of travel needs, with its texts."""
        mode = self.current_mode()
        vehicle = mode is not TravelMode.FOOT
        vessel = mode is TravelMode.VESSEL
        # Persons listed before switching to "on foot" stay in view: validation says
        # that they cannot all cross on foot.
        self.vehicle_section.setVisible(vehicle or bool(self._on_board))
        self._vehicle_fields.setVisible(vehicle)
        self.add_person_button.setVisible(vehicle)
        self.add_shortcut.setEnabled(vehicle)
        self._hint.setVisible(not vehicle)
        if not vehicle:
            self._title.setText(self.tr("Record a crossing on foot"))
        elif vessel:
            self._title.setText(self.tr("Record a vessel crossing"))
        else:
            self._title.setText(self.tr("Record a vehicle crossing"))
        if vessel:
            self._plate_label.setText(self.tr("IMO number or ship name"))
            self._country_label.setText(self.tr("Flag state"))
            self.plate.setPlaceholderText(self.tr("e.g. IMO 9234567"))
        else:
            self._plate_label.setText(messages.field_label("vehicle.plate"))
            self._country_label.setText(messages.field_label("vehicle.country"))
            self.plate.setPlaceholderText(self.tr("e.g. 14A-123.45"))
        self.persons_table.placeholder = self.tr(
            "Read each person's document into the fields below, then press F8 to "
            "add them here."
        )
        self.persons_table.viewport().update()
        self._update_persons_label()

    def _update_persons_label(self) -> None:
        count = len(self._on_board)
        if self.current_mode() is TravelMode.VESSEL:
            text = self.tr("Crew and passengers (%n)", "", count)
        else:
            text = self.tr("Persons on board (%n)", "", count)
        self.persons_label.setText(text)
        self.persons_table.setAccessibleName(text)
        self.add_person_button.setToolTip(
            self.tr(
                "Add the person in the fields to the list as {role}, and empty the "
                "fields for the next document (F8)"
            ).format(role=messages.role_label(self.next_role()))
        )

    # -- reading ---------------------------------------------------------------

    def current_mode(self) -> TravelMode:
        return TravelMode(self.mode.currentData() or str(TravelMode.FOOT))

    def set_mode(self, value: str | None) -> None:
        """Choose the means of travel by its value (anything else: on foot)."""
        known = {str(m) for m in TravelMode}
        index = self.mode.findData(value if value in known else str(TravelMode.FOOT))
        self.mode.setCurrentIndex(max(index, 0))

    def current_identity_dict(self) -> dict[str, Any]:
        """The identity in the identity fields, in the JSON shape: the document the
        counter compares and checks (the traveller on foot, or the person being read
        into a vehicle crossing)."""

        def optional(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        identity = {
            "surname": self.surname.text(),
            "given_names": self.given_names.text(),
            "sex": self.sex.currentData() or None,
            "birth_date": optional(self.birth_date),
            "nationality": self.nationality.code(),
            "document_type": self.document_type.currentData(),
            "document_number": self.document_number.text(),
            "issuing_state": self.issuing_state.code(),
            "expiry_date": optional(self.expiry_date),
        }
        if self._personal_number:
            identity["personal_number"] = self._personal_number
        return identity

    def has_identity(self) -> bool:
        """Whether anything of a person was typed or read into the identity fields."""
        return any(getattr(self, name).text().strip() for name in _TEXT_FIELDS) or bool(
            self.sex.currentData()
        )

    def persons_on_board(self) -> list[dict[str, Any]]:
        """The listed persons in the JSON shape (without the one in the fields)."""
        return [person.to_dict() for person in self._on_board]

    def next_role(self) -> Role:
        """The role of the person in the fields (and of the next one added): driver
        while a road vehicle has none, then passenger; crew on a vessel."""
        mode = self.current_mode()
        if mode is TravelMode.FOOT:
            return Role.TRAVELLER
        if mode is TravelMode.VESSEL:
            return Role.CREW
        has_driver = any(p.role is Role.DRIVER for p in self._on_board)
        return Role.PASSENGER if has_driver else Role.DRIVER

    def vehicle_dict(self) -> dict[str, Any]:
        return {
            "plate": self.plate.text().strip(),
            "kind": str(self.current_mode()),
            "country": self.vehicle_country.code(),
        }

    def to_dict(self) -> dict[str, Any]:
        """The crossing as typed, in the JSON shape (without officer/gate/time).

        On foot: the identity fields are the one traveller. By vehicle: the listed
        persons, then the person in the fields if anything was entered there.
        """
        mode = self.current_mode()
        identity = self.current_identity_dict()
        persons = self.persons_on_board()
        if mode is TravelMode.FOOT or self.has_identity():
            person: dict[str, Any] = {
                "role": str(self.next_role()), "identity": identity
            }
            if self._fields_decision:
                person["decision"] = self._fields_decision
            persons.append(person)
        data: dict[str, Any] = {
            "mode": str(mode),
            "direction": self.direction.value(),
            "decision": self.decision.value(),
            "notes": self.notes.text(),
            "persons": persons,
        }
        if mode is not TravelMode.FOOT:
            data["vehicle"] = self.vehicle_dict()
        if self._predeclaration_ref:
            data["predeclaration_ref"] = self._predeclaration_ref
        old = self._amending
        if old is not None:
            # The correction of a recorded crossing: same moment, gate and counter.
            data.update(
                version=old.version + 1,
                supersedes=old.id,
                time_utc=old.time_utc.isoformat().replace("+00:00", "Z"),
                timezone=old.timezone,
                gate=old.gate,
                terminal=old.terminal,
            )
        return data

    # -- the persons on board --------------------------------------------------

    def add_person(self) -> bool:
        """Move the person in the identity fields to the end of the list (F8), with
        :meth:`next_role`, and empty the fields for the next document.

        Refused (False, ``add_refused``, the fields outlined) while the identity is
        incomplete, and on foot.
        """
        if self.current_mode() is TravelMode.FOOT:
            return False
        index = len(self._on_board)
        problems = self._incomplete_identity(index)
        if problems:
            kept = [f for f in self._findings if not self._about_fields(f.field)]
            self.show_findings(kept + problems)
            self.add_refused.emit(problems)
            self.focus_field(problems[0].field)
            return False
        role, identity = self.next_role(), self.current_identity_dict()
        self._on_board.append(OnBoard(role, identity, self._fields_decision))
        # The fields' findings were about what is now listed and complete.
        kept = [
            f for f in self._findings
            if not self._about_fields(f.field) and f.field != "persons"
        ]
        self._clear_identity()
        self.show_findings(kept)
        self.persons_table.scrollToBottom()
        self.persons_changed.emit()
        self.focus_first()
        return True

    def remove_person(self, row: int | None = None) -> bool:
        """Remove a listed person (the selected one by default)."""
        row = self.persons_table.currentRow() if row is None else row
        if not 0 <= row < len(self._on_board):
            return False
        del self._on_board[row]
        self.show_findings(self._renumbered(
            lambda i: None if i == row else (i - 1 if i > row else i)
        ))
        if self._on_board:
            self.persons_table.selectRow(min(row, len(self._on_board) - 1))
        self._show_mode()
        self.persons_changed.emit()
        return True

    def edit_person(self, row: int | None = None) -> bool:
        """Take a listed person (the selected one by default) back into the identity
        fields to correct them; F8 lists them again.

        A person still in the fields is added to the list first (refused if
        incomplete, so nothing typed is lost).
        """
        row = self.persons_table.currentRow() if row is None else row
        if not 0 <= row < len(self._on_board):
            return False
        if self.has_identity() and not self.add_person():
            return False
        fields = len(self._on_board)  # the fields' index: findings on nothing typed
        person = self._on_board.pop(row)
        last = len(self._on_board)  # the index of the fields from now on
        findings = self._renumbered(
            lambda i: None if i >= fields else (
                last if i == row else (i - 1 if i > row else i))
        )
        self.fill_identity(person.identity)
        self._fields_decision = person.decision
        self.show_findings(findings)
        self._show_mode()
        self.persons_changed.emit()
        self.focus_first()
        return True

    def findings(self) -> list[Finding]:
        """The findings shown on the form, with person indices as the list is now
        (adding, removing and editing persons renumber them)."""
        return list(self._findings)

    def set_person_role(self, row: int, role: Role) -> None:
        """Change a listed person's role; a new driver makes the old one a passenger."""
        if not 0 <= row < len(self._on_board):
            return
        if role is Role.DRIVER:
            for other in self._on_board:
                if other.role is Role.DRIVER:
                    other.role = Role.PASSENGER
        self._on_board[row].role = role
        self._render_persons()

    def set_watchlist_hits(self, hits: Mapping[int, Sequence[str]]) -> None:
        """Mark every listed person as checked against the watchlist: those at the
        indices of ``hits`` as listed (with the categories), the others as clear."""
        for row, person in enumerate(self._on_board):
            person.watchlist = sorted(set(hits.get(row, ())))
        self._render_persons()

    def row_state(self, row: int) -> str:
        """The list's mark of a row: ``error``, ``warning``, ``ok`` (checked) or ""."""
        return self._row_state(row, self._on_board[row])[0]

    def _allowed_roles(self) -> tuple[Role, ...]:
        mode = self.current_mode()
        return ROAD_ROLES if mode is TravelMode.FOOT else roles_for(mode)

    def _adapt_roles(self) -> None:
        """Give the listed persons roles the new means of travel allows."""
        mode = self.current_mode()
        if mode is TravelMode.FOOT:
            return  # kept as they are: validation says they cannot cross on foot
        allowed = roles_for(mode)
        has_driver = any(p.role is Role.DRIVER for p in self._on_board)
        for person in self._on_board:
            if person.role in allowed:
                continue
            if mode is TravelMode.VESSEL:
                person.role = Role.CREW
            elif not has_driver:
                person.role, has_driver = Role.DRIVER, True
            else:
                person.role = Role.PASSENGER

    def _incomplete_identity(self, index: int) -> list[Finding]:
        """What keeps the identity in the fields from being listed as person
        ``index``: what cannot be read, and the document number, a name, the sex
        and the date of birth when missing."""
        path = f"persons[{index}].identity"
        values = self.current_identity_dict()
        out: list[Finding] = []
        try:
            identity_from_dict(values, path)
        except CrossingFormatError as exc:
            out += exc.findings
        if not values["document_number"].strip():
            out.append(error("required", f"{path}.document_number"))
        if not values["surname"].strip() and not values["given_names"].strip():
            out.append(error("name_missing", f"{path}.surname"))
        if values["birth_date"] is None:
            out.append(error("required", f"{path}.birth_date"))
        for name in ("nationality", "issuing_state"):
            if not values[name]:
                out.append(error("required", f"{path}.{name}"))
        unique: dict[tuple[str, str], Finding] = {}
        for finding in out:
            unique.setdefault((finding.code, finding.field), finding)
        return list(unique.values())

    def _renumbered(self, new_index: Callable[[int], int | None]) -> list[Finding]:
        """The findings shown, with person indices mapped by ``new_index`` (None:
        the person is gone, so are its findings)."""
        out = []
        for finding in self._findings:
            index = _person_index(finding.field)
            if index is None:
                if finding.field != "persons":  # about the list as it was
                    out.append(finding)
                continue
            moved = new_index(index)
            if moved is not None:
                path = _PERSON.sub(f"persons[{moved}]", finding.field, count=1)
                out.append(dataclasses.replace(finding, field=path))
        return out

    def _render_persons(self) -> None:
        table = self.persons_table
        table.blockSignals(True)  # no itemChanged for what the form writes itself
        try:
            table.setRowCount(len(self._on_board))
            for row, person in enumerate(self._on_board):
                self._render_row(row, person)
        finally:
            table.blockSignals(False)
        self._update_persons_label()
        self._update_person_buttons()
        table.updateGeometry()  # the columns' widths follow what they show
        table.viewport().update()

    def _render_row(self, row: int, person: OnBoard) -> None:
        table = self.persons_table
        state, check, lines = self._row_state(row, person)
        identity = person.identity
        texts = {
            ROLE_COLUMN: messages.role_label(person.role),
            NAME_COLUMN: person.name,
            DOCUMENT_COLUMN: str(identity.get("document_number") or ""),
            NATIONALITY_COLUMN: str(identity.get("nationality") or ""),
            CHECK_COLUMN: check,
        }
        who = " · ".join(p for p in (
            person.name,
            messages.document_type_label(str(identity.get("document_type") or "")),
            texts[DOCUMENT_COLUMN],
        ) if p)
        tip = "\n".join([who, *lines])
        for column, text in texts.items():
            item = table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(row, column, item)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if column == ROLE_COLUMN:
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setData(VALUE_ROLE, str(person.role))
            item.setFlags(flags)
            item.setText(text)
            item.setToolTip(tip)
        table.item(row, CHECK_COLUMN).setIcon(
            QIcon(ICONS[state]) if state else QIcon()
        )

    def _row_state(self, row: int, person: OnBoard) -> tuple[str, str, list[str]]:
        """A row's mark (icon key), its check text, and its tooltip lines."""
        findings = self._row_findings.get(row, [])
        lines = [messages.finding_text(f) for f in findings]
        if person.watchlist:
            lines.insert(0, self.tr("On the watchlist: {categories}").format(
                categories=", ".join(person.watchlist)))
        if person.decision:
            lines.append(self.tr("Decision for this person: {decision}").format(
                decision=messages.decision_label(person.decision)))
        if person.watchlist:
            state, text = "error", self.tr("Watchlist")
        elif any(f.severity is Severity.ERROR for f in findings):
            state, text = "error", self.tr("To correct")
        elif findings:
            state, text = "warning", self.tr("To check")
        elif person.watchlist is not None:
            state, text = "ok", self.tr("Checked")
        else:
            state, text = "", "—"
        if person.decision:
            text += " · " + messages.decision_label(person.decision, short=True)
        return state, text, lines

    def _update_person_buttons(self) -> None:
        selected = 0 <= self.persons_table.currentRow() < len(self._on_board)
        self.edit_person_button.setEnabled(selected)
        self.remove_person_button.setEnabled(selected)

    def _on_mode_index_changed(self, _index: int) -> None:
        self._adapt_roles()
        self._show_mode()
        self._render_persons()

    def _on_add_person_triggered(self, *_args: object) -> None:
        self.add_person()

    def _on_edit_person_triggered(self, *_args: object) -> None:
        self.edit_person()

    def _on_remove_person_triggered(self, *_args: object) -> None:
        self.remove_person()

    def _on_person_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != ROLE_COLUMN:
            return
        try:
            role = Role(str(item.data(VALUE_ROLE)))
        except ValueError:
            return
        self.set_person_role(item.row(), role)

    def _on_persons_context_menu(self, pos: QPoint) -> None:
        table = self.persons_table
        row = table.rowAt(pos.y())
        if not 0 <= row < len(self._on_board):
            return
        table.selectRow(row)
        current = self._on_board[row].role
        menu = QMenu(self)
        roles = {}
        for role in self._allowed_roles():
            action = menu.addAction(messages.role_label(role))
            action.setCheckable(True)
            action.setChecked(role is current)
            roles[action] = role
        menu.addSeparator()
        edit = menu.addAction(self.edit_person_button.text())
        remove = menu.addAction(self.remove_person_button.text())
        chosen = menu.exec(table.viewport().mapToGlobal(pos))
        if chosen is edit:
            self.edit_person(row)
        elif chosen is remove:
            self.remove_person(row)
        elif chosen in roles:
            self.set_person_role(row, roles[chosen])

    # -- amend mode ------------------------------------------------------------

    @staticmethod
    def can_load(crossing: Crossing) -> bool:
        """Whether this form can show ``crossing``: one traveller on foot, or a
        vehicle with its persons."""
        if crossing.mode is TravelMode.FOOT:
            return len(crossing.persons) == 1 and (
                crossing.persons[0].role is Role.TRAVELLER)
        return crossing.vehicle is not None

    def load_crossing(self, crossing: Crossing) -> None:
        """Fill the form with a recorded crossing (see :meth:`can_load`): a traveller
        on foot into the identity fields, a vehicle's persons into the list."""
        self._on_board = []
        self.set_mode(str(crossing.mode))
        if crossing.mode is TravelMode.FOOT:
            person = crossing.principal
            self.fill_identity(
                _identity_values(person.identity) if person is not None else {})
        else:
            self._on_board = [
                OnBoard(
                    p.role,
                    _identity_values(p.identity),
                    "" if p.decision is crossing.decision else str(p.decision),
                )
                for p in crossing.persons
            ]
            self.fill_identity({})
        vehicle = crossing.vehicle
        self.plate.setText(vehicle.plate if vehicle is not None else "")
        self.vehicle_country.set_code(
            vehicle.country if vehicle is not None else DEFAULT_COUNTRY)
        self.direction.set_value(str(crossing.direction))
        self.decision.set_value(str(crossing.decision))
        self.notes.setText(crossing.notes)
        self.set_predeclaration_ref(crossing.predeclaration_ref or "", verified=False)
        self._show_mode()
        self._render_persons()
        if self._on_board:
            self.persons_changed.emit()

    def start_amend(self, crossing: Crossing) -> None:
        """Load ``crossing`` to correct it; saving records version + 1."""
        if self._amending is None:
            self._lane_direction = self.direction.value()
            self._lane_mode = str(self.current_mode())
        self._amending = crossing
        self.load_crossing(crossing)
        self._show_amending()
        self.amend_mode_changed.emit(True)

    def amending(self) -> Crossing | None:
        """The crossing being corrected, or None outside amend mode."""
        return self._amending

    def _show_amending(self) -> None:
        old = self._amending
        self.amend_banner.setVisible(old is not None)
        if old is None:
            self.amend_label.clear()
            return
        person = old.principal
        name = person.identity.full_name if person is not None else ""
        if old.vehicle is not None:
            name = " · ".join(p for p in (old.vehicle.plate, name) if p)
        self.amend_label.setText(
            self.tr(
                "Correcting the record of {name} at {time} (version {version}). "
                "Saving records the corrected version."
            ).format(
                name=name,
                time=old.local_time.strftime("%H:%M"),
                version=old.version,
            )
        )

    def fill_identity(self, values: Mapping[str, Any]) -> None:
        """Put a document's identity (JSON-shape values) into the identity fields.

        Every identity field is replaced (absent keys are emptied); the direction,
        decision, notes, pre-declaration number, vehicle and list are kept.
        """
        for name in _TEXT_FIELDS:
            getattr(self, name).setText(str(values.get(name) or ""))
        kind = self.document_type.findData(values.get("document_type") or "")
        self.document_type.setCurrentIndex(max(kind, 0))
        self.sex.setCurrentIndex(max(self.sex.findData(values.get("sex") or ""), 0))
        self.nationality.set_code(str(values.get("nationality") or DEFAULT_COUNTRY))
        self.issuing_state.set_code(str(values.get("issuing_state") or DEFAULT_COUNTRY))
        self._personal_number = str(values.get("personal_number") or "")
        self._fields_decision = ""
        self.show_findings([])

    def set_predeclaration_ref(self, reference: str, *, verified: bool) -> None:
        """Record the crossing against a pre-declaration ("" for none)."""
        self._predeclaration_ref = reference
        self._predeclaration_verified = verified
        self._show_predeclaration()

    def predeclaration_ref(self) -> str:
        return self._predeclaration_ref

    def _show_predeclaration(self) -> None:
        ref = self._predeclaration_ref
        self.predeclaration.setVisible(bool(ref))
        if not ref:
            self.predeclaration.clear()
        elif self._predeclaration_verified:
            self.predeclaration.setText(
                self.tr("Pre-declaration {ref} ✓").format(ref=ref)
            )
        else:
            self.predeclaration.setText(
                self.tr("Pre-declaration {ref} (not verified)").format(ref=ref)
            )

    def _clear_identity(self) -> None:
        for name in _TEXT_FIELDS:
            getattr(self, name).clear()
        self.document_type.setCurrentIndex(0)
        self.sex.setCurrentIndex(0)
        self.nationality.set_code(DEFAULT_COUNTRY)
        self.issuing_state.set_code(DEFAULT_COUNTRY)
        self._personal_number = ""
        self._fields_decision = ""

    def clear(self) -> None:
        """Empty the form for the next traveller or vehicle; the direction and the
        means of travel (the lane) are kept.

        Leaves amend mode, and puts back the lane's direction and means of travel
        from before it. Does not emit ``persons_changed``.
        """
        self._on_board = []
        if self._amending is not None:
            self._amending = None
            self.set_direction(self._lane_direction)
            self.set_mode(self._lane_mode)
            self._show_amending()
            self.amend_mode_changed.emit(False)
        self._clear_identity()
        self.notes.clear()
        self.plate.clear()
        self.vehicle_country.set_code(DEFAULT_COUNTRY)
        self.decision.set_value(str(Decision.CLEARED))
        self.set_predeclaration_ref("", verified=False)
        self._show_mode()
        self.show_findings([])

    def set_direction(self, value: str | None) -> None:
        self.direction.set_value(
            value if value in {str(d) for d in Direction} else None
        )

    def focus_first(self) -> None:
        self.document_number.setFocus(Qt.FocusReason.OtherFocusReason)
        self.document_number.selectAll()

    # -- findings --------------------------------------------------------------

    def _listed_row(self, path: str) -> int | None:
        """The list's row a finding's path is about, or None (not a listed person)."""
        index = _person_index(path)
        return index if index is not None and index < len(self._on_board) else None

    def _about_fields(self, path: str) -> bool:
        """Whether ``path`` is about the person in the identity fields."""
        index = _person_index(path)
        if index is not None:
            return index >= len(self._on_board)
        return path.startswith("persons.")

    def widget_for(self, path: str) -> QWidget | None:
        """The widget showing the field at ``path`` (``persons[0].identity.sex``): a
        listed person's fields are in the list."""
        if self._listed_row(path) is not None:
            return self.persons_table
        return self._fields.get(messages.field_key(path))

    def show_findings(self, findings: list[Finding]) -> None:
        """Outline each field that a finding is about (errors win over warnings), and
        mark the listed persons with findings."""
        self._findings = list(findings)
        states: dict[QWidget, str] = {}
        tips: dict[QWidget, list[str]] = {}
        rows: dict[int, list[Finding]] = {}
        for finding in findings:
            row = self._listed_row(finding.field)
            if row is not None:
                rows.setdefault(row, []).append(finding)
            widget = self.widget_for(finding.field)
            if widget is None:
                continue
            if finding.severity is Severity.ERROR or widget not in states:
                states[widget] = str(finding.severity)
            if row is None:  # a row's findings are the row's tooltip
                tips.setdefault(widget, []).append(messages.finding_text(finding))
        self._row_findings = rows
        for widget in set(self._fields.values()):
            set_finding_state(widget, states.get(widget))
            widget.setToolTip(
                "\n".join(tips.get(widget, [])) or self._help.get(widget, "")
            )
        self._render_persons()

    def show_document_findings(self, findings: list[Finding]) -> None:
        """Show findings about the document just read into the identity fields. Their
        paths name a lone person (``persons[0].identity...``), whoever is listed."""
        here = f"persons[{len(self._on_board)}]"
        self.show_findings([
            dataclasses.replace(f, field=_PERSON.sub(here, f.field, count=1))
            for f in findings
        ])

    def focus_field(self, path: str) -> bool:
        row = self._listed_row(path)
        if row is not None:
            self.persons_table.selectRow(row)
            self.persons_table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        widget = self.widget_for(path)
        if widget is None:
            return False
        if isinstance(widget, SegmentedChoice):
            value = widget.value()
            target = widget.button(value) if value else widget.first_button()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    # -- keys ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits and buttons leave Enter/Escape unhandled, so they arrive here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)
