"""The supervisors' part of the window: the "Giám sát / Supervision" menu and the
supervision window it opens (:mod:`borderdesk.ui.supervisor.window`).

The counter window creates one :class:`SupervisionLauncher` and puts its menu in the
menu bar. The menu is enabled while a supervisor or an administrator is signed in
(the services check the permission again on every call: a hidden button is not a
permission), and the supervision window closes when the counter locks or its officer
signs out, since it shows personal data too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from borderdesk.core.permissions import Permission, allowed

if TYPE_CHECKING:
    from borderdesk.ui.main_window import MainWindow
    from borderdesk.ui.supervisor.window import SupervisionWindow

# What opens the window: any of these.
PERMISSIONS = (Permission.REVIEW, Permission.VIEW_AUDIT)


class SupervisionLauncher(QObject):
    """The "Giám sát" menu of the counter window and the window it opens.

    Attributes:
        menu: the menu to put in the menu bar.
        open_action: "Supervision window" (Ctrl+Shift+S), on the overview.
        review_action, audit_action: the window on that tab.
        window: the supervision window while it is open.
    """

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self._main = main
        self.window: SupervisionWindow | None = None
        self.menu = QMenu(main)
        self.open_action = QAction(main)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.review_action = QAction(main)
        self.audit_action = QAction(main)
        for action in (self.open_action, self.review_action, self.audit_action):
            self.menu.addAction(action)
        main.addAction(self.open_action)  # the shortcut works with the menu closed
        self.open_action.triggered.connect(self._on_open_triggered)
        self.review_action.triggered.connect(self._on_review_triggered)
        self.audit_action.triggered.connect(self._on_audit_triggered)
        main.stack.currentChanged.connect(self._on_stack_changed)
        main.installEventFilter(self)  # LanguageChange; Close closes ours too
        self._retranslate()
        self.update_state()

    def allowed(self) -> bool:
        """Whether the officer signed in may open the window."""
        session = self._main.session
        if session is None or self._main.locked:
            return False
        return any(allowed(session.officer.role, p) for p in PERMISSIONS)

    def update_state(self) -> None:
        ok = self.allowed()
        for action in (self.open_action, self.review_action, self.audit_action):
            action.setEnabled(ok)
        self.menu.menuAction().setEnabled(ok)
        if not ok:
            self.close()

    def open(self, tab: str = "overview") -> SupervisionWindow | None:
        """Open (or bring forward) the supervision window on ``tab``; None if the
        officer signed in may not."""
        if not self.allowed():
            return None
        if self.window is None:
            from borderdesk.ui.supervisor.window import SupervisionWindow

            window = SupervisionWindow(self._main)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._on_window_destroyed)
            self.window = window
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.show_tab(tab)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _on_window_destroyed(self) -> None:
        self.window = None

    def _on_open_triggered(self) -> None:
        self.open("overview")

    def _on_review_triggered(self) -> None:
        self.open("review")

    def _on_audit_triggered(self) -> None:
        self.open("audit")

    def _on_stack_changed(self, _index: int) -> None:
        self.update_state()  # signed in, locked, signed out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._main:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.Close:
                self.close()
        return False

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Supervision"))
        self.open_action.setText(self.tr("Supervision &window"))
        self.open_action.setToolTip(self.tr(
            "The day's overview, refused messages, audit log (Ctrl+Shift+S)"))
        self.review_action.setText(self.tr("Messages &refused by the portal"))
        self.audit_action.setText(self.tr("&Audit log"))


__all__ = ["PERMISSIONS", "SupervisionLauncher"]
