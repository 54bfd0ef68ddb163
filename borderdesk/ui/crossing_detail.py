"""Everything about one recorded crossing, and what can be done with it.

Opened from the day's list (Enter or a double-click). Shows the crossing as stored:
time on the gate's clock, direction, travel mode, every person with their identity,
the vehicle, the decision, notes, acknowledged warnings, officer, counter,
pre-declaration, the version chain (supersedes / superseded by), the cancellation, and
the sync state of each outbox message with the portal's answer.

Buttons: "Receipt" opens the :class:`~borderdesk.ui.receipt.ReceiptDialog`; "Amend"
emits :attr:`CrossingDetailDialog.amendRequested` (the window loads the crossing into
the form); "Cancel crossing" asks for a reason and cancels through the service, which
queues the cancellation for the sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.model import Crossing, CrossingPerson
from borderdesk.services import CounterService, PermissionDenied
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.errors import StorageError
from borderdesk.ui import messages
from borderdesk.ui.crossing_form import CrossingForm
from borderdesk.ui.receipt import ReceiptDialog, receipt_info
from borderdesk.ui.widgets import set_finding_state

log = logging.getLogger(__name__)

_CTX = "CrossingDetail"
# The outbox message kinds (storage/outbox.py), as the detail names them.
FUNCTIONS = {
    "declare": QT_TRANSLATE_NOOP("CrossingDetail", "Declaration"),
    "amend": QT_TRANSLATE_NOOP("CrossingDetail", "Correction"),
    "cancel": QT_TRANSLATE_NOOP("CrossingDetail", "Cancellation"),
}
MAX_REASON = 500


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


@dataclass(frozen=True, slots=True)
class CrossingDetails:
    """One crossing and what the store knows around it (read by :func:`load`)."""

    stored: StoredCrossing
    cancellation: Any = None  # storage.outbox.Cancellation, or None
    sync: list[dict[str, Any]] = field(default_factory=list)  # outbox messages
    acknowledged: list[str] = field(default_factory=list)  # warning sentences

    @property
    def crossing(self) -> Crossing:
        return self.stored.crossing

    @property
    def is_cancelled(self) -> bool:
        return self.cancellation is not None

    @property
    def is_superseded(self) -> bool:
        return self.stored.superseded_by is not None


def load(service: CounterService, crossing_id: str) -> CrossingDetails | None:
    """The crossing and its cancellation, outbox messages and acknowledged warnings
    (as sentences: validation is re-run to give them their parameters)."""
    stored = service.get(crossing_id)
    if stored is None:
        return None
    crossing = stored.crossing
    sentences: list[str] = []
    if crossing.acknowledged:
        seen: set[str] = set()
        for finding in service.check(crossing):
            if finding.code in crossing.acknowledged and finding.code not in seen:
                seen.add(finding.code)
                sentences.append(messages.finding_text(finding))
        # A warning that no longer fires (e.g. the rules changed): show its code.
        sentences += sorted(crossing.acknowledged - seen)
    return CrossingDetails(
        stored,
        service.cancellation(crossing_id),
        service.sync_messages(crossing_id),
        sentences,
    )


def _stamp(value: str | None, timezone: str) -> str:
    """An ISO time from the database on the gate's clock: ``14/08/2026 10:40:05``."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value).astimezone(ZoneInfo(timezone))
    except ValueError:
        return value
    return f"{messages.format_date(moment.date())} {moment:%H:%M:%S}"


class CancelReasonDialog(QDialog):
    """Asks why a crossing is cancelled; the reason is required.

    The owner connects ``accepted`` and reads :meth:`reason`; :meth:`show_error`
    keeps the dialog open with a message (the store refused).
    """

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelReasonDialog")
        self._summary = QLabel(summary, self)
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._label = QLabel(self)
        self._label.setObjectName("fieldLabel")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(80)
        self._label.setBuddy(self.reason_edit)
        self.error = QLabel(self)
        self.error.setObjectName("summary")
        self.error.setProperty("severity", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("danger")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("secondary")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.back_button.clicked.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self._summary)
        layout.addWidget(self._label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        set_finding_state(self.reason_edit, None)
        self._retranslate()
        self._on_reason_changed()
        self.resize(460, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_reason_changed(self) -> None:
        text = self.reason_edit.toPlainText()
        if len(text) > MAX_REASON:
            self.reason_edit.setPlainText(text[:MAX_REASON])
            return
        self.confirm_button.setEnabled(bool(self.reason()))
        self.error.hide()

    def _on_confirm_clicked(self) -> None:
        if self.reason():
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel the crossing"))
        self._label.setText(self.tr("&Reason for the cancellation (required):"))
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. recorded twice by mistake; wrong person selected")
        )
        self.confirm_button.setText(self.tr("Cancel the crossing"))
        self.back_button.setText(self.tr("Back"))


class CrossingDetailDialog(QDialog):
    """One crossing in full, with Receipt, Amend and Cancel.

    ``actor`` returns the officer acting now (the audit's actor of a cancellation);
    "" means nobody is signed in and cancelling is refused.

    Signals:
        amendRequested(StoredCrossing): the officer wants to correct the crossing;
            the dialog closes.
        crossingCancelled(str): the crossing was cancelled (its id).
    """

    amendRequested = Signal(object)
    crossingCancelled = Signal(str)

    def __init__(
        self,
        service: CounterService,
        details: CrossingDetails,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crossingDetail")
        self.service = service
        self.details = details
        self._actor = actor
        self.receipt_dialog: ReceiptDialog | None = None
        self.reason_dialog: CancelReasonDialog | None = None
        self.values: dict[str, QLabel] = {}  # key -> value label, for tests

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.receipt_button = QPushButton(self)
        self.receipt_button.setObjectName("secondary")
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("secondary")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("danger")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("primary")
        for button in (self.receipt_button, self.amend_button, self.cancel_button):
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)
        self._build()
        self._fit_to_screen()

    # -- content -----------------------------------------------------------------

    def reload(self) -> None:
        """Read the crossing again (after a cancellation) and redraw."""
        fresh = load(self.service, self.details.crossing.id)
        if fresh is not None:
            self.details = fresh
        self._build()

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 760, 680
        if area is not None:
            width = min(width, area.width() - 40)
            height = min(height, area.height() - 60)
        self.resize(width, height)

    def _build(self) -> None:
        """(Re)create the content in the current language."""
        d = self.details
        c = d.crossing
        tz = c.timezone
        self.values = {}
        content = QWidget()
        content.setObjectName("detailContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 4)
        column.setSpacing(4)

        # Head: the principal's name, the state, and one line of essentials.
        person = c.principal
        head = QHBoxLayout()
        self.name_label = QLabel(person.identity.full_name if person else "", content)
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.state_badge = QLabel(content)
        self.state_badge.setObjectName("stateBadge")
        if d.is_cancelled:
            tone, state = "cancelled", self.tr("Cancelled")
        elif d.is_superseded:
            tone, state = "superseded", self.tr("Replaced by a correction")
        else:
            tone, state = str(c.decision), messages.decision_label(c.decision)
        self.state_badge.setProperty("tone", tone)
        self.state_badge.setText(state)
        head.addWidget(self.name_label, 1)
        head.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(head)
        local = c.local_time
        summary = QLabel(
            " · ".join(
                [
                    messages.direction_label(c.direction),
                    f"{messages.format_date(local.date())} {local:%H:%M}",
                    messages.gate_name(c.gate),
                    self.tr("counter {terminal}").format(terminal=c.terminal),
                ]
            ),
            content,
        )
        summary.setObjectName("hint")
        summary.setWordWrap(True)
        column.addWidget(summary)

        self.cancelled_banner: QFrame | None = None
        if d.cancellation is not None:
            x = d.cancellation
            banner = QFrame(content)
            banner.setObjectName("cancelledBanner")
            text = QLabel(banner)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setText(
                self.tr(
                    "Cancelled on {time} by {officer}.\nReason: {reason}"
                ).format(
                    time=_stamp(x.cancelled_at, tz), officer=x.officer, reason=x.reason
                )
            )
            inner = QHBoxLayout(banner)
            inner.setContentsMargins(10, 6, 10, 6)
            inner.addWidget(text)
            column.addSpacing(4)
            column.addWidget(banner)
            self.cancelled_banner = banner

        self.sync_banner: QFrame | None = None
        refused = [m for m in d.sync if m["state"] in ("rejected", "conflict")]
        if refused:
            m = refused[-1]
            banner = QFrame(content)
            banner.setObjectName("cancelledBanner")
            text = QLabel(banner)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setText(
                self.tr("The portal did not accept it ({state}): {code} — {reason}. "
                        "A supervisor must review it.").format(
                    state=messages.sync_state_label(str(m["state"])),
                    code=m.get("result_code") or "",
                    reason=m.get("result_reason") or "",
                )
            )
            inner = QHBoxLayout(banner)
            inner.setContentsMargins(10, 6, 10, 6)
            inner.addWidget(text)
            column.addSpacing(4)
            column.addWidget(banner)
            self.sync_banner = banner

        # The crossing.
        form = self._section(column, self.tr("Crossing"))
        version = str(c.version)
        if c.supersedes:
            version = self.tr("{version} (corrects record {id})").format(
                version=c.version, id=c.supersedes
            )
        rows: list[tuple[str, str, str]] = [
            ("id", messages.field_label("id"), c.id),
            ("version", messages.field_label("version"), version),
        ]
        if d.stored.superseded_by:
            rows.append(
                ("superseded_by", self.tr("Replaced by"), d.stored.superseded_by)
            )
        rows += [
            (
                "time",
                self.tr("Time (gate clock)"),
                f"{messages.format_date(local.date())} {local:%H:%M:%S}  ({tz})",
            ),
            ("direction", messages.field_label("direction"),
             messages.direction_label(c.direction)),
            ("mode", messages.field_label("mode"), messages.mode_label(c.mode)),
            ("gate", messages.field_label("gate"), messages.gate_name(c.gate)),
            ("terminal", messages.field_label("terminal"), c.terminal),
            ("officer", messages.field_label("officer"), c.officer),
            ("decision", messages.field_label("decision"),
             messages.decision_label(c.decision)),
            ("predeclaration", messages.field_label("predeclaration_ref"),
             c.predeclaration_ref or self.tr("none")),
            ("notes", messages.field_label("notes"), c.notes or self.tr("none")),
            ("acknowledged", messages.field_label("acknowledged"),
             "\n".join(d.acknowledged) or self.tr("none")),
            ("recorded_at", self.tr("Recorded at"), _stamp(d.stored.recorded_at, tz)),
        ]
        for key, label, value in rows:
            self._row(form, key, label, value)

        # The people.
        self._section(column, messages.field_label("persons"), form=False)
        for number, person_ in enumerate(c.persons, start=1):
            self._person(column, number, person_)

        if c.vehicle is not None:
            form = self._section(column, messages.field_label("vehicle"))
            self._row(form, "vehicle.plate", messages.field_label("vehicle.plate"),
                      c.vehicle.plate)
            self._row(form, "vehicle.kind", messages.field_label("vehicle.kind"),
                      messages.mode_label(c.vehicle.kind))
            self._row(form, "vehicle.country", messages.field_label("vehicle.country"),
                      messages.country_name(c.vehicle.country))

        # The sync.
        form = self._section(column, self.tr("Sync with the portal"))
        self._row(form, "sync_state", self.tr("State"),
                  messages.sync_state_label(d.stored.sync_state))
        for message in d.sync:
            kind = FUNCTIONS.get(str(message["function"]))
            name = _tr(kind) if kind else str(message["function"])
            lines = [messages.sync_state_label(str(message["state"]))]
            if message.get("acked_at"):
                lines[0] += "  " + self.tr("({time})").format(
                    time=_stamp(message["acked_at"], tz)
                )
            if message.get("result_code") and message["state"] in (
                "rejected", "conflict"
            ):
                lines.append(
                    self.tr("Portal's answer: {code} — {reason}").format(
                        code=message["result_code"],
                        reason=message.get("result_reason") or "",
                    )
                )
            if message.get("last_error") and message["state"] in ("pending", "sent"):
                lines.append(
                    self.tr("Last attempt failed: {error}").format(
                        error=message["last_error"]
                    )
                )
            self._row(form, f"sync.{message['function']}", name, "\n".join(lines))
        column.addStretch(1)

        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(content)
        self._update_buttons()
        self._retranslate_fixed()

    def _section(
        self, column: QVBoxLayout, title: str, *, form: bool = True
    ) -> QFormLayout:
        label = QLabel(title, column.parentWidget())
        label.setObjectName("sectionTitle")
        column.addSpacing(6)
        column.addWidget(label)
        layout = QFormLayout()
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(3)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if form:
            column.addLayout(layout)
        return layout

    def _row(self, form: QFormLayout, key: str, label: str, value: str) -> None:
        parent = self._scroll
        name = QLabel(label + ":", parent)
        name.setObjectName("fieldLabel")
        shown = QLabel(value, parent)
        shown.setObjectName("detailValue")
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(name, shown)
        self.values[key] = shown

    def _person(self, column: QVBoxLayout, number: int, person: CrossingPerson) -> None:
        ident = person.identity
        title = QLabel(
            self.tr("{number}. {role} — {decision}").format(
                number=number,
                role=messages.role_label(person.role),
                decision=messages.decision_label(person.decision),
            ),
            column.parentWidget(),
        )
        title.setStyleSheet("font-weight: 600;")
        column.addWidget(title)
        form = QFormLayout()
        form.setContentsMargins(14, 0, 0, 4)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(3)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        key = f"persons[{number - 1}]."
        fields = [
            ("surname", ident.surname),
            ("given_names", ident.given_names),
            ("sex", messages.sex_label(ident.sex)),
            ("birth_date", str(ident.birth_date) if ident.birth_date else ""),
            ("nationality",
             f"{messages.country_name(ident.nationality)} ({ident.nationality})"),
            ("document_type", messages.document_type_label(ident.document_type)),
            ("document_number", ident.document_number),
            ("issuing_state",
             f"{messages.country_name(ident.issuing_state)} ({ident.issuing_state})"),
            ("expiry_date",
             messages.format_date(ident.expiry_date) if ident.expiry_date else "—"),
        ]
        if ident.personal_number:
            fields.append(("personal_number", ident.personal_number))
        for name, value in fields:
            self._row(
                form,
                key + name,
                messages.field_label(f"persons.identity.{name}"),
                value,
            )

    def _update_buttons(self) -> None:
        d = self.details
        done = d.is_cancelled or d.is_superseded
        self.receipt_button.setEnabled(not done)
        self.cancel_button.setEnabled(not done)
        self.amend_button.setEnabled(not done and CrossingForm.can_load(d.crossing))

    def _retranslate_fixed(self) -> None:
        d = self.details
        self.setWindowTitle(self.tr("Crossing details"))
        self.receipt_button.setText(self.tr("&Receipt"))
        self.amend_button.setText(self.tr("&Amend"))
        self.cancel_button.setText(self.tr("Ca&ncel crossing"))
        self.close_button.setText(self.tr("Close"))
        why = ""
        if d.is_cancelled:
            why = self.tr("This crossing was cancelled.")
        elif d.is_superseded:
            why = self.tr("This version was replaced by a correction: open that one.")
        self.receipt_button.setToolTip(why or self.tr("Show and print the receipt"))
        self.cancel_button.setToolTip(
            why or self.tr("Cancel the crossing (a reason is required)")
        )
        if not why and not CrossingForm.can_load(d.crossing):
            why = self.tr("This crossing cannot be corrected at this counter.")
        self.amend_button.setToolTip(
            why or self.tr("Load the crossing into the form to correct it")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._build()
        super().changeEvent(event)

    # -- actions -----------------------------------------------------------------

    def _on_receipt_clicked(self) -> None:
        self.open_receipt()

    def open_receipt(self) -> ReceiptDialog | None:
        try:
            info = receipt_info(self.service, self.details.crossing.id,
                                self._actor().strip())
        except (KeyError, ValueError, StorageError, PermissionDenied) as exc:
            log.error("no receipt for %s: %s", self.details.crossing.id, exc)
            return None
        self.receipt_dialog = ReceiptDialog(info, self)
        self.receipt_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.receipt_dialog.open()
        return self.receipt_dialog

    def _on_amend_clicked(self) -> None:
        self.amendRequested.emit(self.details.stored)
        self.accept()

    def _on_cancel_clicked(self) -> None:
        c = self.details.crossing
        person = c.principal
        summary = self.tr("Cancel the crossing of {name} at {time}?").format(
            name=person.identity.full_name if person else c.id,
            time=c.local_time.strftime("%H:%M"),
        )
        self.reason_dialog = CancelReasonDialog(summary, self)
        self.reason_dialog.accepted.connect(self._on_reason_accepted)
        self.reason_dialog.open()

    def _on_reason_accepted(self) -> None:
        dialog = self.reason_dialog
        if dialog is None:
            return
        error = self.cancel_crossing(dialog.reason())
        if error:
            dialog.show_error(error)
            dialog.open()  # stays open to fix, or go back

    def cancel_crossing(self, reason: str) -> str:
        """Cancel with ``reason``; "" on success, else what to tell the officer."""
        actor = self._actor().strip()
        if not actor:
            return self.tr("Enter your officer ID first: it is recorded with the "
                           "cancellation.")
        if not reason.strip():
            return self.tr("Write the reason for the cancellation.")
        crossing_id = self.details.crossing.id
        try:
            self.service.cancel(crossing_id, reason, actor)
        except PermissionDenied as exc:  # another officer's, or an earlier day's
            log.warning("crossing %s not cancelled: %s", crossing_id, exc)
            return messages.not_permitted_text(exc.reason)
        except StorageError as exc:
            log.warning("crossing %s not cancelled (%s)", crossing_id, exc.code)
            if exc.code == "supersede_conflict":
                return self.tr(
                    "This crossing cannot be cancelled: it was already cancelled or "
                    "corrected."
                )
            return messages.storage_error_text(exc)
        except ValueError:
            return self.tr("Write the reason for the cancellation.")
        self.reload()
        self.crossingCancelled.emit(crossing_id)
        return ""


def make_dialog(service: CounterService, crossing_id: str, actor: Callable[[], str],
                parent: QWidget) -> CrossingDetailDialog | None:
    """The detail dialog of ``crossing_id`` over ``parent``, deleted when closed, not
    yet shown (None: no such crossing). Raises StorageError."""
    details = load(service, crossing_id)
    if details is None:
        return None
    dialog = CrossingDetailDialog(service, details, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
