"""Signing in, locking and the idle timer.

The counter shows personal data, so nothing of it is visible until an officer signs
in, and it is hidden again when the terminal locks (on request or after the
configured idle time). The page here replaces the whole counter view while the
terminal is locked; checking PINs, lockouts and the audit entries are the
:class:`~borderdesk.services.AuthService`'s job, never this widget's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.config import Settings
from borderdesk.services import AuthService, OfficerInvalid, Session, SignInRefused
from borderdesk.storage.errors import StorageError
from borderdesk.ui import messages
from borderdesk.ui.widgets import set_finding_state

log = logging.getLogger(__name__)

APP_ICON = ":/icons/borderdesk.svg"

# What counts as the officer being at the counter (a scanner's keystrokes included).
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Emits ``idle`` when no key, mouse or touch input reached the application for
    ``minutes`` (0 disables it). Watches the whole QApplication, so dialogs count."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(0, minutes) * 60_000)

    def start(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def remove(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restarts the countdown
        return False


class SignInPage(QWidget):
    """Officer id and PIN, shown at start and while the terminal is locked.

    On a terminal without any officer yet (a fresh installation) it asks for the
    first administrator instead: name, officer id and the PIN twice.

    Signals:
        signed_in(object): the new :class:`Session` (or the same one, unlocked).
    """

    signed_in = Signal(object)

    def __init__(self, auth: AuthService, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        self.auth = auth
        self.settings = settings
        self.locked: Session | None = None  # the session a lock is holding
        self._error_code = ""

        card = QFrame(self)
        card.setObjectName("card")
        card.setMaximumWidth(460)
        icon = QLabel(card)
        icon.setPixmap(QIcon(APP_ICON).pixmap(56, 56))
        self.gate = QLabel(card)
        self.gate.setObjectName("cardTitle")
        self.counter = QLabel(card)
        self.counter.setObjectName("hint")
        self.title = QLabel(card)
        self.title.setObjectName("signInTitle")
        self.title.setWordWrap(True)
        self._officer_label = QLabel(card)
        self.officer = QLineEdit(card)
        self.officer.setObjectName("signInOfficer")
        self.officer.setMaxLength(32)
        self._pin_label = QLabel(card)
        self.pin = QLineEdit(card)
        self.pin.setObjectName("signInPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self._officer_label.setBuddy(self.officer)
        self._pin_label.setBuddy(self.pin)
        # First run only: the administrator's name and the PIN again.
        self._name_label = QLabel(card)
        self.name = QLineEdit(card)
        self.name.setMaxLength(100)
        self._name_label.setBuddy(self.name)
        self._repeat_label = QLabel(card)
        self.repeat = QLineEdit(card)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setMaxLength(64)
        self._repeat_label.setBuddy(self.repeat)
        self.setup = False
        self.error = QLabel(card)
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.sign_in_button = QPushButton(card)
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.setDefault(True)
        self.switch_button = QPushButton(card)
        self.switch_button.setObjectName("secondary")

        heading = QHBoxLayout()
        heading.addWidget(icon)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.gate)
        names.addWidget(self.counter)
        heading.addLayout(names, 1)
        fields = QGridLayout()
        fields.addWidget(self._name_label, 0, 0)
        fields.addWidget(self.name, 0, 1)
        fields.addWidget(self._officer_label, 1, 0)
        fields.addWidget(self.officer, 1, 1)
        fields.addWidget(self._pin_label, 2, 0)
        fields.addWidget(self.pin, 2, 1)
        fields.addWidget(self._repeat_label, 3, 0)
        fields.addWidget(self.repeat, 3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(12)
        inner.addLayout(heading)
        inner.addWidget(self.title)
        inner.addLayout(fields)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.sign_in_button.clicked.connect(self.submit)
        self.officer.returnPressed.connect(self._on_officer_return_pressed)
        self.pin.returnPressed.connect(self._on_pin_return_pressed)
        self.repeat.returnPressed.connect(self.submit)
        self.name.returnPressed.connect(self._on_name_return_pressed)
        self.repeat.textEdited.connect(self._on_text_edited)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.officer.textEdited.connect(self._on_text_edited)
        self.pin.textEdited.connect(self._on_text_edited)
        self.show_sign_in()

    # -- modes -----------------------------------------------------------------

    def show_sign_in(self) -> None:
        """Empty, for any officer (or for the first administrator)."""
        self.locked = None
        try:
            self.setup = not self.auth.has_officers()
        except StorageError as exc:
            log.error("cannot read the officers (%s): %s", exc.code, exc)
            self.setup = False
        self.officer.clear()
        self.pin.clear()
        self.name.clear()
        self.repeat.clear()
        self._set_error("")
        self._update_mode()

    def show_locked(self, session: Session) -> None:
        """Held for ``session``'s officer: only the PIN is asked."""
        self.locked = session
        self.officer.setText(session.officer.officer_id)
        self.pin.clear()
        self._set_error("")
        self._update_mode()

    def focus_first(self) -> None:
        if self.locked is not None:
            target = self.pin
        else:
            target = self.name if self.setup else self.officer
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_mode(self) -> None:
        locked = self.locked is not None
        self.officer.setReadOnly(locked)
        self.switch_button.setVisible(locked)
        first_run = self.setup and not locked
        for widget in (self._name_label, self.name, self._repeat_label, self.repeat):
            widget.setVisible(first_run)
        self._retranslate()

    # -- actions ---------------------------------------------------------------

    def _on_officer_return_pressed(self) -> None:
        self.pin.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_name_return_pressed(self) -> None:
        self.officer.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_pin_return_pressed(self) -> None:
        if self.setup and self.locked is None:
            self.repeat.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.submit()

    def _on_switch_clicked(self) -> None:
        """Another officer takes the counter: the locked session ends (audited)."""
        if self.locked is not None:
            try:
                self.auth.sign_out(self.locked)
            except StorageError as exc:
                log.error("sign-out failed (%s): %s", exc.code, exc)
        self.show_sign_in()
        self.focus_first()

    def _on_text_edited(self, _text: str) -> None:
        if self._error_code:
            self._set_error("")

    def submit(self) -> None:
        officer = self.officer.text().strip()
        pin = self.pin.text()
        if not officer:
            self._set_error("officer_missing")
            self.officer.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not pin:
            self._set_error("pin_missing")
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.setup and self.locked is None:
            self._create_first()
            return
        try:
            if self.locked is not None:
                session = self.locked
                if not self.auth.unlock(session, pin):
                    raise SignInRefused("unknown_or_wrong_pin")
            else:
                session = self.auth.sign_in(officer, pin)
        except SignInRefused as exc:
            self.pin.clear()
            self._set_error(exc.code)
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except StorageError as exc:
            log.error("sign-in failed on storage (%s): %s", exc.code, exc)
            self.error.setText(messages.storage_error_text(exc))
            self.error.setVisible(True)
            return
        self.pin.clear()
        self._set_error("")
        self.locked = None
        self.signed_in.emit(session)

    def _create_first(self) -> None:
        """The first administrator of this terminal, then signed in."""
        if self.pin.text() != self.repeat.text():
            self.repeat.clear()
            self._set_error("pins_differ")
            self.repeat.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        officer, pin = self.officer.text().strip(), self.pin.text()
        try:
            self.auth.create_officer(officer, self.name.text().strip(), "admin", pin,
                                     actor=officer)
            session = self.auth.sign_in(officer, pin)
        except (OfficerInvalid, SignInRefused) as exc:
            self._set_error(exc.code)
            return
        except StorageError as exc:
            log.error("cannot create the first officer (%s): %s", exc.code, exc)
            self.error.setText(messages.storage_error_text(exc))
            self.error.setVisible(True)
            return
        self.setup = False
        self.pin.clear()
        self.repeat.clear()
        self._set_error("")
        self._update_mode()
        self.signed_in.emit(session)

    def _set_error(self, code: str) -> None:
        self._error_code = code
        set_finding_state(self.pin, "error" if code else None)
        self.error.setVisible(bool(code))
        self.error.setText(self._error_text(code))

    def _error_text(self, code: str) -> str:
        texts = {
            "officer_missing": self.tr("Enter your officer ID."),
            "pin_missing": self.tr("Enter your PIN."),
            "pins_differ": self.tr("The two PINs differ: type the PIN again."),
            "pin_too_short": self.tr("The PIN must have at least 6 characters."),
            "pin_too_long": self.tr("The PIN is too long."),
            "officer_id_invalid": self.tr(
                "Officer ID: letters and digits, 2 to 32 characters."),
            "name_missing": self.tr("Enter the officer's full name."),
            "name_too_long": self.tr("The name is too long."),
            "unknown_or_wrong_pin": self.tr("Wrong officer ID or PIN."),
            "disabled": self.tr(
                "This account is disabled. Ask an administrator."),
            "locked": self.tr(
                "Too many wrong PINs: this account is locked for a while. Try again "
                "later or ask a supervisor."),
        }
        return texts.get(code, self.tr("Sign-in refused ({code}).").format(code=code))

    # -- texts -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.gate.setText(messages.gate_name(self.settings.gate))
        self.counter.setText(
            self.tr("Counter {terminal}").format(terminal=self.settings.terminal))
        if self.setup and self.locked is None:
            self.title.setText(self.tr(
                "No officer is registered on this terminal yet. Create the "
                "administrator account: it can then add the other officers."))
        elif self.locked is not None:
            self.title.setText(
                self.tr("Locked. {name} ({id}): enter your PIN to continue.").format(
                    name=self.locked.officer.name, id=self.locked.officer.officer_id))
        else:
            self.title.setText(self.tr("Sign in to the counter"))
        self._officer_label.setText(self.tr("&Officer ID:"))
        self._pin_label.setText(self.tr("&PIN:"))
        self._name_label.setText(self.tr("Full &name:"))
        self._repeat_label.setText(self.tr("PIN &again:"))
        self.officer.setPlaceholderText(self.tr("e.g. BP0123"))
        if self.locked is not None:
            self.sign_in_button.setText(self.tr("Unlock"))
        elif self.setup:
            self.sign_in_button.setText(self.tr("Create and sign in"))
        else:
            self.sign_in_button.setText(self.tr("Sign in"))
        self.switch_button.setText(self.tr("Another officer…"))
        if self._error_code:
            self.error.setText(self._error_text(self._error_code))
