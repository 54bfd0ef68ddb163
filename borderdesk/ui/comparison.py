"""The pre-declaration beside the document: field by field, every difference marked.

Shown under the counter form once a pre-declaration is attached (a confirmation slip
scanned, or found by document number or name). The comparison itself is
:func:`borderdesk.core.compare.compare_identity`; this panel only shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.compare import FIELDS, Agreement, FieldComparison
from borderdesk.core.model import PreDeclaration
from borderdesk.ui import messages

IDENTITY = "persons.identity."
_MARKS = {Agreement.SAME: "✓", Agreement.DIFFERENT: "✗", Agreement.MISSING: "–"}


def display_value(field: str, value: str | None) -> str:
    """A compared value as the guard reads it (labels and country names)."""
    if not value:
        return "—"
    try:
        if field == "document_type":
            return messages.document_type_label(value)
        if field == "sex":
            return messages.sex_label(value)
        if field in ("nationality", "issuing_state"):
            return f"{messages.country_name(value)} ({value})"
    except ValueError:
        pass
    return value


class ComparisonPanel(QFrame):
    """Title, declarant and the table of compared fields.

    Signals:
        detach_requested(): the guard chose to record without this pre-declaration.
    """

    detach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.predeclaration: PreDeclaration | None = None
        self.person_index: int | None = None
        self.comparisons: tuple[FieldComparison, ...] = ()
        self._title = QLabel(self)
        self._title.setObjectName("cardTitle")
        self._title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.detach_button = QPushButton(self)
        self.detach_button.setObjectName("secondary")
        self.detach_button.clicked.connect(self.detach_requested)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(1)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self._heads = [QLabel(self) for _ in range(3)]
        for col, head in enumerate(self._heads):
            head.setObjectName("fieldLabel")
            self._grid.addWidget(head, 0, col)
        # One row per compared field, made once: a scan only changes texts.
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for i, (name, _same) in enumerate(FIELDS, start=1):
            labels = tuple(QLabel(self) for _ in range(4))
            labels[0].setObjectName("fieldLabel")
            for label in labels[1:]:
                label.setObjectName("compared")
                label.setProperty("agreement", "")
                label.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse)
            labels[3].setAlignment(Qt.AlignmentFlag.AlignCenter)
            for col, label in enumerate(labels):
                self._grid.addWidget(label, i, col)
            self._rows[name] = labels  # type: ignore[assignment]

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self.detach_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addWidget(self.summary)
        layout.addLayout(self._grid)
        self._retranslate()
        self.setVisible(False)

    # -- content -----------------------------------------------------------------

    def show_comparison(
        self,
        predeclaration: PreDeclaration,
        person_index: int | None,
        comparisons: Sequence[FieldComparison],
    ) -> None:
        """Show ``predeclaration``; ``person_index`` None: no document read yet."""
        self.predeclaration = predeclaration
        self.person_index = person_index
        self.comparisons = tuple(comparisons)
        self._fill_rows()
        self._retranslate()
        self.setVisible(True)

    def clear(self) -> None:
        self.predeclaration = None
        self.person_index = None
        self.comparisons = ()
        self._fill_rows()
        self.setVisible(False)

    def differences(self) -> list[FieldComparison]:
        return [c for c in self.comparisons if c.agreement is Agreement.DIFFERENT]

    def _fill_rows(self) -> None:
        """Show the rows of the compared fields (restyled only where the agreement
        changed)."""
        by_field = {c.field: c for c in self.comparisons}
        for name, labels in self._rows.items():
            comparison = by_field.get(name)
            for label in labels:
                label.setVisible(comparison is not None)
            if comparison is None:
                continue
            state = str(comparison.agreement)
            for label in labels[1:]:
                if label.property("agreement") != state:
                    label.setProperty("agreement", state)
                    label.style().unpolish(label)
                    label.style().polish(label)

    # -- texts -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.detach_button.setText(self.tr("Record without it"))
        self.detach_button.setToolTip(
            self.tr("Detach this pre-declaration from the crossing"))
        heads = (self.tr("Field"), self.tr("On the document"), self.tr("Declared"))
        for head, text in zip(self._heads, heads, strict=True):
            head.setText(text)
            head.setVisible(bool(self.comparisons))
        for comparison in self.comparisons:
            name, read, declared, mark = self._rows[comparison.field]
            name.setText(messages.field_label(IDENTITY + comparison.field))
            read.setText(display_value(comparison.field, comparison.document))
            declared.setText(display_value(comparison.field, comparison.declared))
            mark.setText(_MARKS[comparison.agreement])
        p = self.predeclaration
        if p is None:
            return
        self._title.setText(self.tr("Pre-declaration {ref}").format(ref=p.reference))
        self.detail.setText(
            self.tr("{declarant} · {direction} · {date} · %n person(s)", "",
                    len(p.persons)).format(
                declarant=p.declarant,
                direction=messages.direction_label(p.direction),
                date=messages.format_date(p.expected_date)))
        differences = len(self.differences())
        if self.person_index is None:
            self.summary.setProperty("severity", "warning")
            self.summary.setText(
                self.tr("Scan the traveller's document to compare it with the "
                        "declaration."))
        elif differences:
            self.summary.setProperty("severity", "warning")
            self.summary.setText(
                self.tr("%n field(s) differ from the declaration: check them "
                        "before deciding.", "", differences))
        else:
            self.summary.setProperty("severity", "ok")
            self.summary.setText(
                self.tr("The document matches the declaration (person {n} of {total})."
                        ).format(n=self.person_index + 1, total=len(p.persons)))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
