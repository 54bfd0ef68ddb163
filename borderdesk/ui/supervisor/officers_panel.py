"""Tab 5, "Cán bộ": the terminal's officers, and the administrators' operations on
them (register, change the role, disable / re-enable, reset a PIN, lift a lockout).

Every operation goes through :class:`~borderdesk.services.AuthService`, which checks
``manage_officers`` (``view_officers`` for the list) and writes the audit entry; the
buttons are only enabled for an administrator's session, as a convenience.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.model import Officer, OfficerRole
from borderdesk.core.permissions import Permission, allowed
from borderdesk.services import (
    AuthService,
    OfficerInvalid,
    OfficerNotFound,
    PermissionDenied,
)
from borderdesk.storage.errors import StorageError
from borderdesk.storage.officers import OfficerExists
from borderdesk.ui import style
from borderdesk.ui.supervisor import labels
from borderdesk.ui.supervisor.common import Col, RowsModel, Table, error_text

MAX_PIN = 64


def _officer_error(exc: Exception) -> str:
    if isinstance(exc, OfficerInvalid | OfficerNotFound):
        return labels.officer_error_text(exc.code)
    if isinstance(exc, OfficerExists):
        return labels.officer_error_text("officer_exists")
    return error_text(exc)


class OfficerDialog(QDialog):
    """Asks for a new officer (``new=True``: id, name, role and PIN) or for a new
    PIN only. The owner connects ``accepted`` and reads the fields;
    :meth:`show_error` keeps the dialog open with a message."""

    def __init__(self, *, new: bool, officer: Officer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officerDialog")
        self.new = new
        self.officer_id = QLineEdit(self)
        self.officer_id.setMaxLength(32)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.role = QComboBox(self)
        for role in OfficerRole:
            self.role.addItem(labels.role_label(str(role)), str(role))
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PIN)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("secondary")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.cancel_button.clicked.connect(self.reject)

        self._form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        rows = [("id", self.officer_id), ("name", self.name), ("role", self.role),
                ("pin", self.pin), ("pin_again", self.pin_again)]
        for key, widget in rows:
            if not new and key in ("id", "name", "role"):
                continue
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            self._form.addRow(label, widget)
        self._who = QLabel(self)
        self._who.setWordWrap(True)
        self._who.setVisible(officer is not None)
        self._officer = officer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self._who)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._retranslate()
        self.resize(440, self.sizeHint().height())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_ok_clicked(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.show_error(labels.officer_error_text("pins_differ"))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register an officer") if self.new
                            else self.tr("Reset the PIN"))
        texts = {"id": self.tr("Officer &ID:"), "name": self.tr("Full &name:"),
                 "role": self.tr("&Role:"), "pin": self.tr("New &PIN:"),
                 "pin_again": self.tr("PIN &again:")}
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.officer_id.setPlaceholderText(self.tr("e.g. BP0123"))
        self.pin.setPlaceholderText(self.tr("at least 6 characters"))
        if self._officer is not None:
            self._who.setText(self.tr("{id} · {name}").format(
                id=self._officer.officer_id, name=self._officer.name))
        for i in range(self.role.count()):
            self.role.setItemText(i, labels.role_label(self.role.itemData(i)))
        self.ok_button.setText(self.tr("Register") if self.new else self.tr("Save"))
        self.cancel_button.setText(self.tr("Back"))


class RoleDialog(QDialog):
    """Chooses another role for an officer."""

    def __init__(self, officer: Officer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._officer = officer
        self._who = QLabel(self)
        self._label = QLabel(self)
        self.role = QComboBox(self)
        for role in OfficerRole:
            self.role.addItem(labels.role_label(str(role)), str(role))
        self.role.setCurrentIndex(max(self.role.findData(str(officer.role)), 0))
        self._label.setBuddy(self.role)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("secondary")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._label, self.role)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self._who)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._retranslate()

    def chosen(self) -> str:
        return str(self.role.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the role"))
        self._who.setText(self.tr("{id} · {name}").format(
            id=self._officer.officer_id, name=self._officer.name))
        self._label.setText(self.tr("&Role:"))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Back"))


class OfficersPanel(QWidget):
    """The officers list with the administrators' operations.

    ``role()`` returns the signed-in officer's role (it enables the buttons).
    """

    def __init__(self, auth: AuthService, actor: Callable[[], str],
                 role: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auth = auth
        self._actor = actor
        self._role = role
        self.dialog: QDialog | None = None  # the dialog open last (tests)

        card = QFrame(self)
        card.setObjectName("card")
        self._title = QLabel(card)
        self._title.setObjectName("cardTitle")
        self.count_badge = QLabel(card)
        self.count_badge.setObjectName("countBadge")
        self.columns = self._columns()
        self.model = RowsModel(self.columns, self)
        self.table = Table(card)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.add_button = QPushButton(card)
        self.add_button.setObjectName("primary")
        self.role_button = QPushButton(card)
        self.disable_button = QPushButton(card)
        self.pin_button = QPushButton(card)
        self.unlock_button = QPushButton(card)
        for button in (self.role_button, self.disable_button, self.pin_button,
                       self.unlock_button):
            button.setObjectName("secondary")
        self.message = QLabel(card)
        self.message.setObjectName("summary")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addWidget(self.count_badge)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.disable_button,
                       self.pin_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout_card = QVBoxLayout(card)
        layout_card.setContentsMargins(16, 10, 16, 10)
        layout_card.setSpacing(6)
        layout_card.addLayout(top)
        layout_card.addWidget(self.table, 1)
        layout_card.addLayout(buttons)
        layout_card.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(card)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.role_button.clicked.connect(self._on_role_clicked)
        self.disable_button.clicked.connect(self._on_disable_clicked)
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self._retranslate()
        self.table.fit_columns(self.columns)
        self._update_buttons()

    # -- content ----------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current()
        try:
            officers = self.auth.officers(actor=self._actor())
        except Exception as exc:  # noqa: BLE001 - PermissionDenied, StorageError
            self._say(error_text(exc), "error")
            officers = []
        self.model.set_rows(officers)
        self.count_badge.setText(str(len(officers)))
        if keep is not None:
            self.select(keep.officer_id)
        if self.current() is None and officers:
            self.table.select_row(0)
        self._update_buttons()

    def current(self) -> Officer | None:
        officer: Officer | None = self.table.current_item()
        return officer

    def select(self, officer_id: str) -> bool:
        return self.table.select_first(lambda o: o.officer_id == officer_id)

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _manager(self) -> bool:
        return allowed(self._role(), Permission.MANAGE_OFFICERS)

    def _update_buttons(self) -> None:
        manager = self._manager()
        officer = self.current()
        self.add_button.setEnabled(manager)
        for button in (self.role_button, self.disable_button, self.pin_button,
                       self.unlock_button):
            button.setEnabled(manager and officer is not None)
        self.disable_button.setText(
            self.tr("Re-&enable") if officer is not None and officer.disabled
            else self.tr("&Disable"))

    def _on_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()

    # -- operations -------------------------------------------------------------------

    def _run(self, operation: Callable[[], object], done: str) -> bool:
        try:
            operation()
        except (PermissionDenied, OfficerInvalid, OfficerNotFound, OfficerExists,
                StorageError) as exc:
            self._say(_officer_error(exc), "error")
            return False
        self._say(done, "ok")
        self.refresh()
        return True

    def _on_add_clicked(self) -> None:
        dialog = OfficerDialog(new=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_add_accepted)
        self.dialog = dialog
        dialog.open()

    def _on_add_accepted(self) -> None:
        dialog = self.dialog
        if not isinstance(dialog, OfficerDialog):
            return
        oid, name = dialog.officer_id.text().strip(), dialog.name.text().strip()
        role, pin = str(dialog.role.currentData()), dialog.pin.text()
        try:
            officer = self.auth.create_officer(oid, name, role, pin,
                                               actor=self._actor())
        except (PermissionDenied, OfficerInvalid, OfficerExists, StorageError) as exc:
            again = OfficerDialog(new=True, parent=self)
            again.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            again.officer_id.setText(oid)
            again.name.setText(name)
            again.role.setCurrentIndex(max(again.role.findData(role), 0))
            again.show_error(_officer_error(exc))
            again.accepted.connect(self._on_add_accepted)
            self.dialog = again
            again.open()
            return
        self._say(self.tr("Officer {id} registered.").format(id=officer.officer_id),
                  "ok")
        self.refresh()
        self.select(officer.officer_id)

    def _on_role_clicked(self) -> None:
        officer = self.current()
        if officer is None:
            return
        dialog = RoleDialog(officer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_role_accepted)
        self.dialog = dialog
        dialog.open()

    def _on_role_accepted(self) -> None:
        dialog, officer = self.dialog, self.current()
        if not isinstance(dialog, RoleDialog) or officer is None:
            return
        role = dialog.chosen()
        self._run(lambda: self.auth.set_role(officer.officer_id, role,
                                             actor=self._actor()),
                  self.tr("{id} is now {role}.").format(
                      id=officer.officer_id, role=labels.role_label(role)))

    def _on_disable_clicked(self) -> None:
        officer = self.current()
        if officer is None:
            return
        if officer.disabled:
            self._run(lambda: self.auth.enable_officer(officer.officer_id,
                                                       actor=self._actor()),
                      self.tr("{id} can sign in again.").format(id=officer.officer_id))
        else:
            self._run(lambda: self.auth.disable_officer(officer.officer_id,
                                                        actor=self._actor()),
                      self.tr("{id} can no longer sign in.").format(
                          id=officer.officer_id))

    def _on_pin_clicked(self) -> None:
        officer = self.current()
        if officer is None:
            return
        dialog = OfficerDialog(new=False, officer=officer, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_pin_accepted)
        self.dialog = dialog
        dialog.open()

    def _on_pin_accepted(self) -> None:
        dialog, officer = self.dialog, self.current()
        if not isinstance(dialog, OfficerDialog) or officer is None:
            return
        pin = dialog.pin.text()
        self._run(lambda: self.auth.reset_pin(officer.officer_id, pin,
                                              actor=self._actor()),
                  self.tr("New PIN saved for {id}; tell it to them in person.").format(
                      id=officer.officer_id))

    def _on_unlock_clicked(self) -> None:
        officer = self.current()
        if officer is None:
            return
        try:
            lifted = self.auth.unlock_officer(officer.officer_id, actor=self._actor())
        except (PermissionDenied, OfficerNotFound, StorageError) as exc:
            self._say(_officer_error(exc), "error")
            return
        self._say(self.tr("{id}'s lockout was lifted.").format(id=officer.officer_id)
                  if lifted else self.tr("{id} was not locked out.").format(
                      id=officer.officer_id), "ok")

    # -- showing ----------------------------------------------------------------------

    def _say(self, text: str, severity: str) -> None:
        self.message.setText(text)
        self.message.setProperty("severity", severity)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _columns(self) -> list[Col]:
        def state(o: Officer) -> str:
            return self.tr("Disabled") if o.disabled else self.tr("Active")

        def state_color(o: Officer) -> str | None:
            hc = style.current().high_contrast
            if o.disabled:
                return style.HC_ERROR if hc else style.ERROR
            return style.HC_OK if hc else style.GREEN

        return [
            Col(lambda: self.tr("Officer ID"), lambda o: o.officer_id, bold=True,
                width=120),
            Col(lambda: self.tr("Full name"), lambda o: o.name),
            Col(lambda: self.tr("Role"), lambda o: labels.role_label(str(o.role)),
                width=160),
            Col(lambda: self.tr("Account"), state, color=state_color, width=140),
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.table.fit_columns(self.columns)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Officers of this terminal"))
        self.add_button.setText(self.tr("&Register an officer…"))
        self.role_button.setText(self.tr("Change the r&ole…"))
        self.pin_button.setText(self.tr("Reset the &PIN…"))
        self.unlock_button.setText(self.tr("Lift the &lockout"))
        self.model.retranslate()
        self._update_buttons()
