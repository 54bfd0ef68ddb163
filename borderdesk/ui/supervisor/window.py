"""The supervision window: a day's overview, the messages the portal refused, the
audit log, exports and officers, one tab each.

A top-level window of its own (not a child of the counter window, so the counter can
be brought in front of it to correct a crossing). It reads through
:class:`~borderdesk.supervision.SupervisorService` (and the exports' and officers'
services), always as the officer signed in at the counter window; the services check
the permissions. Keyboard: Ctrl+1…Ctrl+5 choose a tab, F5
reloads it, Ctrl+W or Esc closes the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.permissions import Permission, allowed
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.errors import StorageError
from borderdesk.supervision import SupervisorService
from borderdesk.ui import crossing_detail, messages
from borderdesk.ui.crossing_detail import CrossingDetailDialog
from borderdesk.ui.supervisor import labels
from borderdesk.ui.supervisor.audit_view import AuditPanel
from borderdesk.ui.supervisor.officers_panel import OfficersPanel
from borderdesk.ui.supervisor.overview import OverviewPanel
from borderdesk.ui.supervisor.review import ReviewPanel

if TYPE_CHECKING:
    from borderdesk.ui.main_window import MainWindow
    from borderdesk.ui.supervisor.export_panel import ExportPanel

log = logging.getLogger(__name__)

APP_ICON = ":/icons/borderdesk.svg"
STATUS_MS = 10_000
SYNC_RELOAD_MS = 500  # the review list follows the sync, at most this often
OVERVIEW, REVIEW, AUDIT, EXPORT, OFFICERS = (
    "overview", "review", "audit", "export", "officers")


def _export_panel_class() -> type[ExportPanel] | None:
    """The export tab, if this build has :mod:`borderdesk.exports`."""
    try:
        from borderdesk.ui.supervisor.export_panel import ExportPanel
    except ImportError as exc:  # pragma: no cover - exports not installed
        log.info("no export tab: %s", exc)
        return None
    return ExportPanel


class SupervisionWindow(QMainWindow):
    """The supervisors' window over the counter window ``main``.

    Attributes:
        overview, review, audit: the first three tabs.
        exports: the export tab (None without :mod:`borderdesk.exports`).
        officers: the officers tab (None without an AuthService).
        detail_dialog: the crossing detail opened last (tests).
    """

    def __init__(self, main: MainWindow) -> None:
        super().__init__(None)
        self.setObjectName("supervisionWindow")
        self.setWindowIcon(QIcon(APP_ICON))
        self.main = main
        self.service = SupervisorService(main.service.db, main.settings,
                                         main.service.clock)
        self.detail_dialog: CrossingDetailDialog | None = None
        actor = main.officer

        self.header = QWidget(self)
        self.header.setObjectName("header")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._title = QLabel(self.header)
        self._title.setObjectName("gateName")
        self._who = QLabel(self.header)
        self._who.setObjectName("headerDetail")
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(16, 8, 16, 8)
        header_layout.addWidget(self._title)
        header_layout.addStretch(1)
        header_layout.addWidget(self._who)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPanel(self.service, actor, self)
        self.review = ReviewPanel(self.service, actor, self)
        self.audit = AuditPanel(self.service, actor, self)
        self._pages: dict[str, QWidget] = {OVERVIEW: self.overview,
                                           REVIEW: self.review, AUDIT: self.audit}
        self.exports: ExportPanel | None = None
        panel = _export_panel_class()
        if panel is not None:
            self.exports = panel(self.service, actor, self)
            self._pages[EXPORT] = self.exports
        self.officers: OfficersPanel | None = None
        if main.auth is not None:
            self.officers = OfficersPanel(main.auth, actor, self._role, self)
            self._pages[OFFICERS] = self.officers
        for page in self._pages.values():
            self.tabs.addTab(page, "")
        self._loaded: set[str] = set()

        central = QWidget(self)
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        for number, key in enumerate(self._pages, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(self._tab_switcher(key))
        self.refresh_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Refresh), self)
        self.refresh_shortcut.activated.connect(self.refresh_current)
        for keys in (QKeySequence(QKeySequence.StandardKey.Close),
                     QKeySequence(Qt.Key.Key_Escape)):
            closer = QShortcut(keys, self)
            closer.activated.connect(self.close)

        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.review.amend_requested.connect(self._on_amend_requested)
        self.review.crossing_activated.connect(self.open_detail)
        self.overview.crossing_activated.connect(self.open_detail)
        self.review.can_amend = self._can_amend
        changed = getattr(main.records, "changed", None)
        if changed is not None:  # a crossing saved or cancelled at the counter
            changed.connect(self._on_counter_changed)
        self._sync_reload = QTimer(self)
        self._sync_reload.setSingleShot(True)
        self._sync_reload.setInterval(SYNC_RELOAD_MS)
        self._sync_reload.timeout.connect(self._on_sync_reload_timeout)
        if main.sync is not None:
            main.sync.state_changed.connect(self._on_sync_state_changed)
        self._retranslate()
        self.resize(1366, 768)

    # -- tabs -------------------------------------------------------------------------

    def show_tab(self, key: str) -> QWidget | None:
        """Bring tab ``key`` forward (loading it the first time); None if absent."""
        page = self._pages.get(key)
        if page is None:
            return None
        if self.tabs.currentWidget() is page:
            self._load(key)
        else:
            self.tabs.setCurrentWidget(page)  # loads it (currentChanged)
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()
        return page

    def has_tab(self, key: str) -> bool:
        return key in self._pages

    def refresh_current(self) -> None:
        """Read the current tab again (F5)."""
        key = self._current_key()
        if key is not None:
            self._loaded.discard(key)
            self._load(key)

    def _tab_switcher(self, key: str):  # noqa: ANN202 - a slot factory
        def switch() -> None:
            self.show_tab(key)
        return switch

    def _current_key(self) -> str | None:
        page = self.tabs.currentWidget()
        return next((k for k, p in self._pages.items() if p is page), None)

    def _on_tab_changed(self, _index: int) -> None:
        key = self._current_key()
        if key is not None and key not in self._loaded:
            self._load(key)

    def _load(self, key: str) -> None:
        self._loaded.add(key)
        page = self._pages[key]
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    # -- what the counter window does ------------------------------------------------

    def _role(self) -> str:
        session = self.main.session
        return str(session.officer.role) if session is not None else ""

    def _can_amend(self, stored: StoredCrossing) -> bool:
        from borderdesk.ui.crossing_form import CrossingForm

        return CrossingForm.can_load(stored.crossing) and (
            allowed(self._role(), Permission.AMEND_ANY)
            or allowed(self._role(), Permission.AMEND_OWN))

    def _on_amend_requested(self, stored: StoredCrossing) -> None:
        self.amend(stored)

    def amend(self, stored: StoredCrossing) -> bool:
        """Load ``stored`` into the counter form in amend mode and bring the counter
        window forward; the correction is saved (and sent) from there."""
        main = self.main
        if main.locked:
            return False
        if not main.records.start_amend(stored):
            self.statusBar().showMessage(
                self.tr("This crossing cannot be corrected at this counter."),
                STATUS_MS)
            return False
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        main.raise_()
        main.activateWindow()
        self.statusBar().showMessage(
            self.tr("The crossing is in the counter form: correct it and save "
                    "(Ctrl+S); the correction is sent as an amendment."), STATUS_MS)
        return True

    def open_detail(self, crossing_id: str) -> CrossingDetailDialog | None:
        """The crossing in full, over this window (amend and cancel work from it)."""
        main = self.main
        try:
            dialog = crossing_detail.make_dialog(main.service, crossing_id,
                                                 main.officer, self)
        except StorageError as exc:
            self.statusBar().showMessage(messages.storage_error_text(exc), STATUS_MS)
            return None
        if dialog is None:
            return None
        dialog.amendRequested.connect(self._on_amend_requested)
        dialog.crossingCancelled.connect(self._on_crossing_cancelled)
        dialog.destroyed.connect(self._on_detail_destroyed)
        self.detail_dialog = dialog
        dialog.open()
        return dialog

    def _on_detail_destroyed(self) -> None:
        self.detail_dialog = None

    def _on_crossing_cancelled(self, _crossing_id: str) -> None:
        self.main.refresh_today()
        if self.main.sync is not None:
            self.main.sync.request_sync()
        self._refresh_loaded(OVERVIEW, REVIEW)

    def _on_counter_changed(self, _crossing_id: str) -> None:
        self._refresh_loaded(OVERVIEW, REVIEW)

    def _on_sync_state_changed(self, _snapshot: object) -> None:
        self._sync_reload.start()  # a run reports every batch: reload once after

    def _on_sync_reload_timeout(self) -> None:
        self._refresh_loaded(REVIEW)

    def _refresh_loaded(self, *keys: str) -> None:
        """Reload the tabs among ``keys`` already shown (the others load when
        chosen)."""
        for key in keys:
            if key in self._loaded:
                self._load(key)

    # -- window -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.audit.stop()
        if self.exports is not None:
            self.exports.stop()
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
              and not self.main.locked):
            self._refresh_loaded(OVERVIEW, REVIEW)  # back from the counter window
        super().changeEvent(event)

    def _retranslate(self) -> None:
        gate = messages.gate_name(self.main.settings.gate)
        self.setWindowTitle(self.tr("Supervision — {gate}").format(gate=gate))
        self._title.setText(self.tr("Supervision"))
        session = self.main.session
        if session is not None:
            self._who.setText(self.tr("{gate} · {name} ({id}), {role}").format(
                gate=gate, name=session.officer.name, id=session.officer.officer_id,
                role=labels.role_label(str(session.officer.role))))
        else:
            self._who.setText(gate)
        texts = {
            OVERVIEW: self.tr("Day overview"),
            REVIEW: self.tr("Refused by the portal"),
            AUDIT: self.tr("Audit log"),
            EXPORT: self.tr("Export the log"),
            OFFICERS: self.tr("Officers"),
        }
        for number, (key, page) in enumerate(self._pages.items(), start=1):
            index = self.tabs.indexOf(page)
            self.tabs.setTabText(index, texts[key])
            self.tabs.setTabToolTip(index, f"Ctrl+{number}")
