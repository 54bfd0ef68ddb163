"""The walk-in form: one person crossing on foot, read into the crossing's JSON shape.

The form knows nothing of the rules: it returns what was typed as the dict that
:meth:`CounterService.parse` reads, and shows the findings it is given.

Amend mode (:meth:`CrossingForm.start_amend`): the form is filled from a recorded
crossing, a banner says which one, and :meth:`CrossingForm.to_dict` returns the
correction: a new crossing with ``supersedes`` = the old id, ``version`` + 1, and the
original time, gate and counter. Clearing the form (Esc, the banner's button, or
after the save) leaves amend mode.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.codec import identity_to_dict
from borderdesk.core.model import (
    Crossing,
    Decision,
    Direction,
    DocumentType,
    Role,
    Sex,
    TravelMode,
)
from borderdesk.core.validation import Finding, Severity
from borderdesk.ui import messages
from borderdesk.ui.widgets import CountryCombo, SegmentedChoice, set_finding_state

IDENTITY = "persons.identity."
DEFAULT_COUNTRY = "VNM"


class CrossingForm(QFrame):
    """Form for one traveller on foot.

    Signals:
        save_requested(): Save clicked, or Enter pressed in the form.
        clear_requested(): Clear clicked, or Escape pressed in the form.
        amend_mode_changed(bool): amend mode started or ended.
    """

    save_requested = Signal()
    clear_requested = Signal()
    amend_mode_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._labels: dict[str, QLabel] = {}

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
        # Amend mode: the crossing being corrected, and the lane's direction to
        # restore afterwards.
        self._amending: Crossing | None = None
        self._lane_direction: str | None = None
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
        self._hint = QLabel(self)
        self._hint.setObjectName("hint")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("secondary")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        # Enter on a focused button clicks that button (not "save" for Clear).
        self.save_button.setAutoDefault(True)
        self.clear_button.setAutoDefault(True)

        # Field path (without list indices) -> the widget showing it.
        self._fields: dict[str, QWidget] = {
            "direction": self.direction,
            "decision": self.decision,
            "persons.decision": self.decision,
            "notes": self.notes,
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

    def _layout(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(6)
        outer.addWidget(self._title)
        outer.addWidget(self.amend_banner)
        outer.addWidget(self.predeclaration)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
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
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        order = [
            self.direction.button("exit"),
            self.direction.button("entry"),
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
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.abandon_amend_button.clicked.connect(self.clear_requested)
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
        self._title.setText(self.tr("Record a crossing on foot"))
        for key, label in self._labels.items():
            label.setText(messages.field_label(key))
        self._labels[IDENTITY + "expiry_date"].setText(
            self.tr("Expiry date (if printed)")
        )
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
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self._hint.setText(self.tr("Enter saves, Esc clears the form."))
        self.abandon_amend_button.setText(self.tr("Abandon the correction (Esc)"))
        self._show_predeclaration()
        self._show_amending()

    # -- reading and resetting -------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The crossing as typed, in the JSON shape (without officer/gate/time)."""

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
        data = {
            "mode": "foot",
            "direction": self.direction.value(),
            "decision": self.decision.value(),
            "notes": self.notes.text(),
            "persons": [{"role": "traveller", "identity": identity}],
        }
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
            person = old.principal
            if person is not None and person.identity.personal_number:
                identity["personal_number"] = person.identity.personal_number
        return data

    # -- amend mode ------------------------------------------------------------

    @staticmethod
    def can_load(crossing: Crossing) -> bool:
        """Whether this form can show ``crossing`` (one traveller on foot)."""
        return (
            crossing.mode is TravelMode.FOOT
            and len(crossing.persons) == 1
            and crossing.persons[0].role is Role.TRAVELLER
        )

    def load_crossing(self, crossing: Crossing) -> None:
        """Fill the form with a recorded crossing (see :meth:`can_load`)."""
        person = crossing.principal
        values = identity_to_dict(person.identity) if person is not None else {}
        self.fill_identity({k: v or "" for k, v in values.items()})
        self.direction.set_value(str(crossing.direction))
        self.decision.set_value(str(crossing.decision))
        self.notes.setText(crossing.notes)
        self.set_predeclaration_ref(crossing.predeclaration_ref or "", verified=False)

    def start_amend(self, crossing: Crossing) -> None:
        """Load ``crossing`` to correct it; saving records version + 1."""
        if self._amending is None:
            self._lane_direction = self.direction.value()
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
        self.amend_label.setText(
            self.tr(
                "Correcting the record of {name} at {time} (version {version}). "
                "Saving records the corrected version."
            ).format(
                name=person.identity.full_name if person is not None else "",
                time=old.local_time.strftime("%H:%M"),
                version=old.version,
            )
        )

    def fill_identity(self, values: Mapping[str, str]) -> None:
        """Put a scanned document's identity (JSON-shape values) into the form.

        Every identity field is replaced (absent keys are emptied); the direction,
        decision, notes and pre-declaration number are kept.
        """
        for name in (
            "document_number",
            "expiry_date",
            "surname",
            "given_names",
            "birth_date",
        ):
            getattr(self, name).setText(values.get(name, ""))
        kind = self.document_type.findData(values.get("document_type", ""))
        self.document_type.setCurrentIndex(max(kind, 0))
        self.sex.setCurrentIndex(max(self.sex.findData(values.get("sex", "")), 0))
        self.nationality.set_code(values.get("nationality") or DEFAULT_COUNTRY)
        self.issuing_state.set_code(values.get("issuing_state") or DEFAULT_COUNTRY)
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

    def clear(self) -> None:
        """Empty the form for the next traveller; the direction (the lane) is kept.

        Leaves amend mode, and puts back the lane's direction from before it.
        """
        if self._amending is not None:
            self._amending = None
            self.set_direction(self._lane_direction)
            self._show_amending()
            self.amend_mode_changed.emit(False)
        for edit in (
            self.document_number,
            self.expiry_date,
            self.surname,
            self.given_names,
            self.birth_date,
            self.notes,
        ):
            edit.clear()
        self.document_type.setCurrentIndex(0)
        self.sex.setCurrentIndex(0)
        self.nationality.set_code(DEFAULT_COUNTRY)
        self.issuing_state.set_code(DEFAULT_COUNTRY)
        self.decision.set_value(str(Decision.CLEARED))
        self.set_predeclaration_ref("", verified=False)
        self.show_findings([])

    def set_direction(self, value: str | None) -> None:
        self.direction.set_value(
            value if value in {str(d) for d in Direction} else None
        )

    def focus_first(self) -> None:
        self.document_number.setFocus(Qt.FocusReason.OtherFocusReason)
        self.document_number.selectAll()

    # -- findings --------------------------------------------------------------

    def widget_for(self, path: str) -> QWidget | None:
        """The widget showing the field at ``path`` (``persons[0].identity.sex``)."""
        return self._fields.get(messages.field_key(path))

    def show_findings(self, findings: list[Finding]) -> None:
        """Outline each field that a finding is about (errors win over warnings)."""
        states: dict[QWidget, str] = {}
        tips: dict[QWidget, list[str]] = {}
        for finding in findings:
            widget = self.widget_for(finding.field)
            if widget is None:
                continue
            if finding.severity is Severity.ERROR or widget not in states:
                states[widget] = str(finding.severity)
            tips.setdefault(widget, []).append(messages.finding_text(finding))
        for widget in set(self._fields.values()):
            set_finding_state(widget, states.get(widget))
            widget.setToolTip("\n".join(tips.get(widget, [])))

    def focus_field(self, path: str) -> bool:
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
