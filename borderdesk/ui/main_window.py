"""The counter's main window: header, walk-in form with its findings, today's list."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borderdesk.config import Settings
from borderdesk.core.codec import CrossingFormatError
from borderdesk.core.model import Crossing, PreDeclaration
from borderdesk.core.validation import Finding, Severity
from borderdesk.services import (
    AuthService,
    CounterService,
    CrossingRefused,
    PermissionDenied,
    Session,
)
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.errors import StorageError
from borderdesk.ui import i18n, messages, receipt
from borderdesk.ui.counter import CounterFlow
from borderdesk.ui.crossing_form import CrossingForm
from borderdesk.ui.findings_panel import FindingsPanel
from borderdesk.ui.queue_panel import QueuePanel
from borderdesk.ui.record_actions import RecordActions
from borderdesk.ui.scanning.controller import ScanningController
from borderdesk.ui.session import IdleWatcher, SignInPage
from borderdesk.ui.supervisor import SupervisionLauncher
from borderdesk.ui.sync_status import SyncStatusWidget
from borderdesk.ui.sync_worker import SyncService, SyncSnapshot
from borderdesk.ui.today_panel import TodayPanel
from borderdesk.ui.view_menu import ViewMenu
from borderdesk.ui.widgets import set_finding_state

log = logging.getLogger(__name__)

APP_ICON = ":/icons/borderdesk.svg"
PREF_LANGUAGE = "ui/language"
PREF_OFFICER = "ui/officer"
PREF_DIRECTION = "ui/direction"
PREF_MODE = "ui/mode"  # the lane's means of travel (on foot, car...)
PREF_GEOMETRY = "window/geometry"
PREF_SPLITTER = "window/splitter"
# The receipt QR beside "Saved": 2 px a module keeps it about 130 px square.
RECEIPT_MODULE_PX = 2
DAY_CHECK_MS = 60_000  # how often to look whether the gate's calendar day has changed


class AppHeader(QWidget):
    """The green band: gate, counter, date, and the officer's id."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._settings = settings
        self._day: date | None = None
        self._icon = QLabel(self)
        self._icon.setPixmap(QIcon(APP_ICON).pixmap(40, 40))
        self.gate = QLabel(self)
        self.gate.setObjectName("gateName")
        self.detail = QLabel(self)
        self.detail.setObjectName("headerDetail")
        self._officer_label = QLabel(self)
        self.officer = QLineEdit(self)
        self.officer.setObjectName("officerEdit")
        self.officer.setMaxLength(32)
        set_finding_state(self.officer, None)

        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.gate)
        names.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self._icon)
        layout.addLayout(names, 1)
        layout.addWidget(self._officer_label)
        layout.addWidget(self.officer)
        self._officer_label.setBuddy(self.officer)
        self._retranslate()

    def set_day(self, day: date) -> None:
        self._day = day
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.gate.setText(messages.gate_name(self._settings.gate))
        day = ""
        if self._day is not None:
            qdate = QDate(self._day.year, self._day.month, self._day.day)
            day = i18n.locale().toString(qdate, QLocale.FormatType.LongFormat)
        self.detail.setText(
            self.tr("Counter {terminal}  ·  {day}").format(
                terminal=self._settings.terminal, day=day
            )
        )
        self._officer_label.setText(self.tr("Officer ID:"))
        self.officer.setPlaceholderText(self.tr("e.g. BP0123"))
        self.officer.setToolTip(
            self.tr("Your officer ID, recorded with every crossing")
        )


class MainWindow(QMainWindow):
    """The counter window. All recording goes through ``service``.

    ``sync``: the background sync (started here, stopped on close); None shows no
    sync indicator (tests of other parts of the window).
    ``auth``: officers sign in before the counter shows anything, and the terminal
    locks after ``settings.idle_lock_minutes`` without input; None keeps the typed
    officer id of the earlier versions (tests of other parts of the window).
    """

    def __init__(
        self,
        service: CounterService,
        settings: Settings,
        prefs: QSettings,
        parent: QWidget | None = None,
        *,
        sync: SyncService | None = None,
        auth: AuthService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.auth = auth
        self.session: Session | None = None
        self.settings = settings
        self.prefs = prefs
        self.sync = sync
        self._sync_counts: dict[str, int] | None = None
        self._last_sync_success: object = None
        self._day = service.today()
        self.setWindowIcon(QIcon(APP_ICON))

        self.header = AppHeader(settings, self)
        self.header.officer.setText(str(prefs.value(PREF_OFFICER, "") or ""))
        self.form = CrossingForm(self)
        self.form.set_direction(str(prefs.value(PREF_DIRECTION, "") or "") or None)
        self.form.set_mode(str(prefs.value(PREF_MODE, "") or "") or None)
        self.findings = FindingsPanel(self)
        self.today = TodayPanel(self)
        # Scanners (keyboard wedge, serial port, camera, image files) and the router.
        self.scanning = ScanningController(self)
        # Detail, amend, cancel and receipt of recorded crossings (record_actions.py).
        self.records = RecordActions(self)
        # Pre-declaration comparison and the watchlist alert (counter.py).
        self.counter = CounterFlow(self)

        left = QWidget()
        left.setObjectName("centralArea")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.scanning.panel)
        left_layout.addWidget(self.counter.alert)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.findings, 1)
        self.findings.setMinimumHeight(130)
        # On a screen smaller than the form needs, scroll instead of clipping.
        left_scroll = QScrollArea(self)
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(500)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_scroll)
        # Right: today's recorded crossings, and the queue of expected declarations.
        self.queue = QueuePanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today, "")
        self.tabs.addTab(self.queue, "")
        # The comparison with the pre-declaration sits on top of the right column,
        # beside the form, so both are in view at 1366x768 without scrolling.
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.counter.panel)
        right_layout.addWidget(self.tabs, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 800])

        central = QWidget(self)
        central.setObjectName("centralArea")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.header)
        body = QVBoxLayout()
        body.setContentsMargins(10, 8, 10, 6)
        body.addWidget(self.splitter)
        central_layout.addLayout(body, 1)
        # The counter, or the sign-in page that hides it while nobody is signed in.
        self.stack = QStackedWidget(self)
        self.stack.addWidget(central)
        self.sign_in_page: SignInPage | None = None
        self.idle: IdleWatcher | None = None
        if auth is not None:
            self.sign_in_page = SignInPage(auth, settings, self)
            self.sign_in_page.setObjectName("centralArea")
            self.stack.addWidget(self.sign_in_page)
            self.idle = IdleWatcher(settings.idle_lock_minutes, self)
            self.header.officer.setReadOnly(True)
            self.header.officer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCentralWidget(self.stack)

        self.db_label = QLabel(self)
        self.db_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.count_label = QLabel(self)
        # Permanent: a temporary message ("Saved crossing …") never hides it.
        self.sync_status = SyncStatusWidget(settings.timezone, self)
        self.sync_status.setVisible(sync is not None)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self.menuBar().insertMenu(self._language_menu.menuAction(), self.scanning.menu)
        # Text size and high contrast (view_menu.py); applies the remembered look.
        self.view_menu = ViewMenu(prefs, self)
        self.view_menu.keep_whole(self.splitter.widget(0))
        self.menuBar().insertMenu(self._language_menu.menuAction(), self.view_menu)
        # Supervision (ui/supervisor): day overview, refused messages, audit log.
        self.supervision = SupervisionLauncher(self)
        self.menuBar().insertMenu(self._language_menu.menuAction(),
                                  self.supervision.menu)
        self._connect()
        self._restore_layout()
        self._retranslate()
        self.refresh_today()
        self.form.focus_first()

        # The gate's day can change while the window is open (night shift).
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._on_day_timer_timeout)
        self._day_timer.start()
        if sync is not None:
            sync.start()
        if self.sign_in_page is not None:
            self._show_sign_in_page()

    # -- construction ----------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.new_action = QAction(self)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.sign_out_action = QAction(self)
        self.queue_action = QAction(self)
        self.queue_action.setShortcut(QKeySequence(Qt.Key.Key_F3))
        self.addAction(self.queue_action)
        self._file_menu.addAction(self.save_action)
        self._file_menu.addAction(self.new_action)
        self._file_menu.addAction(self.refresh_action)
        self._file_menu.addAction(self.records.receipt_action)
        self.sync_now_action = self.sync_status.sync_now_action
        if self.sync is not None:
            self._file_menu.addAction(self.sync_now_action)
        self._file_menu.addSeparator()
        if self.auth is not None:
            self._file_menu.addAction(self.lock_action)
            self._file_menu.addAction(self.sign_out_action)
        self._file_menu.addAction(self.quit_action)

        self._language_menu = bar.addMenu("")
        self._language_group = QActionGroup(self)
        self._language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, autonym in i18n.LANGUAGES.items():
            action = QAction(autonym, self)
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.setData(code)
            self._language_group.addAction(action)
            self._language_menu.addAction(action)
            self.language_actions[code] = action

        self._help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self._help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.save_action.triggered.connect(self._on_save_triggered)
        self.new_action.triggered.connect(self._on_clear_requested)
        self.refresh_action.triggered.connect(self._on_refresh_triggered)
        self.quit_action.triggered.connect(self.close)
        self.lock_action.triggered.connect(self._on_lock_triggered)
        self.queue_action.triggered.connect(self._on_queue_triggered)
        self.queue.chosen.connect(self._on_queue_chosen)
        self.sign_out_action.triggered.connect(self._on_sign_out_triggered)
        self.scanning.router.routed.connect(self.counter.on_scan_routed)
        if self.sign_in_page is not None and self.idle is not None:
            self.sign_in_page.signed_in.connect(self._on_signed_in)
            self.idle.idle.connect(self._on_idle)
        self.about_action.triggered.connect(self._on_about_triggered)
        self._language_group.triggered.connect(self._on_language_triggered)
        self.form.save_requested.connect(self._on_save_triggered)
        self.form.clear_requested.connect(self._on_clear_requested)
        self.findings.field_activated.connect(self._on_finding_field_activated)
        self.header.officer.editingFinished.connect(self._on_officer_editing_finished)
        self.header.officer.textEdited.connect(self._on_officer_text_edited)
        if self.sync is not None:
            self.sync_now_action.triggered.connect(self.sync.sync_now)
            self.sync.state_changed.connect(self._on_sync_state_changed)

    def _restore_layout(self) -> None:
        geometry = self.prefs.value(PREF_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        splitter = self.prefs.value(PREF_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def has_saved_geometry(self) -> bool:
        return self.prefs.value(PREF_GEOMETRY) is not None

    # -- texts -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("BorderDesk — {gate}").format(
                gate=messages.gate_name(self.settings.gate)
            )
        )
        self._file_menu.setTitle(self.tr("&File"))
        self.save_action.setText(self.tr("&Save"))
        self.new_action.setText(self.tr("&New (clear the form)"))
        self.refresh_action.setText(self.tr("&Refresh today's list"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lock_action.setText(self.tr("&Lock the counter"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.queue_action.setText(self.tr("Expected pre-declarations"))
        self.tabs.setTabText(0, self.tr("Recorded today"))
        self.tabs.setTabText(1, self.tr("Expected (F3)"))
        # Bilingual on purpose, so it can be found whatever the current language.
        self._language_menu.setTitle(self.tr("Language / Ngôn ngữ"))
        self._help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About BorderDesk"))
        self.db_label.setText(
            self.tr("Database: {path}").format(path=self.settings.db_path)
        )
        self._update_count()
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current())

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Today: %n crossing(s)", "", self.today.model.rowCount())
        )

    # -- the queue of expected pre-declarations ---------------------------------

    def refresh_queue(self, rows: list[StoredCrossing] | None = None) -> None:
        """Reload today's confirmed pre-declarations (``rows``: today's crossings,
        to mark the declarations already recorded)."""
        officer = self.officer()
        if rows is None and not officer:
            return  # nobody signed in: nothing to show
        try:
            expected = self.service.expected(self._day)
            if rows is None:
                rows = self.service.day(self._day, self.settings.gate, actor=officer)
        except StorageError as exc:
            log.error("cannot load the expected pre-declarations (%s): %s", exc.code, exc)
            return
        except PermissionDenied as exc:
            self._show_not_permitted(exc)
            return
        recorded = {r.crossing.predeclaration_ref for r in rows
                    if r.crossing.predeclaration_ref}
        self.queue.set_items(expected, recorded)

    def _on_queue_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.queue)
        self.queue.focus_search()

    def _on_queue_chosen(self, predeclaration: PreDeclaration) -> None:
        self.counter.attach(predeclaration)
        self.statusBar().showMessage(
            self.tr("Pre-declaration {ref} attached: scan the traveller's document."
                    ).format(ref=predeclaration.reference), 10_000)
        self.form.focus_first()

    # -- today -----------------------------------------------------------------

    def refresh_today(self) -> None:
        """Reload today's crossings of this gate from the service."""
        self._day = self.service.today()
        self.header.set_day(self._day)
        officer = self.officer()
        if not officer:
            return  # nobody signed in: the list waits for the officer
        try:
            rows = self.service.day(self._day, self.settings.gate, actor=officer)
        except StorageError as exc:
            self._show_storage_error(exc)
            return
        except PermissionDenied as exc:
            self._show_not_permitted(exc)
            return
        self.today.set_rows(
            rows, self.service.cancelled_on(self._day, self.settings.gate)
        )
        self.refresh_queue(rows)
        self._update_count()

    def _on_refresh_triggered(self) -> None:
        self.refresh_today()

    def _on_day_timer_timeout(self) -> None:
        if self.service.today() != self._day:
            self.refresh_today()

    # -- sync ------------------------------------------------------------------

    @Slot(object)
    def _on_sync_state_changed(self, snapshot: SyncSnapshot) -> None:
        self.sync_status.set_snapshot(snapshot)
        counts = dict(snapshot.counts)
        if counts and counts != self._sync_counts:
            self._sync_counts = counts
            self._refresh_sync_column()
        if snapshot.last_success_at != self._last_sync_success:
            # A successful run may have brought new pre-declarations down.
            self._last_sync_success = snapshot.last_success_at
            self.refresh_queue()

    def _refresh_sync_column(self) -> None:
        """Show the outbox states the worker changed, keeping the selection."""
        officer = self.officer()
        if not officer or self.locked:
            return  # refreshed at the next sign-in
        try:
            rows = self.service.day(self._day, self.settings.gate, actor=officer)
        except StorageError as exc:
            log.error("cannot reload the sync states (%s): %s", exc.code, exc)
            return
        except PermissionDenied as exc:
            self._show_not_permitted(exc)
            return
        if not self.today.model.update_sync_states(rows):
            self.refresh_today()  # another process recorded crossings meanwhile

    # -- saving ----------------------------------------------------------------

    def officer(self) -> str:
        if self.auth is not None:
            return self.session.officer.officer_id if self.session else ""
        return self.header.officer.text().strip()

    # -- sign-in and lock ------------------------------------------------------

    @property
    def locked(self) -> bool:
        """Nobody is signed in, or the terminal is locked: the counter is hidden."""
        return self.sign_in_page is not None and (
            self.stack.currentWidget() is self.sign_in_page)

    def _show_sign_in_page(self) -> None:
        assert self.sign_in_page is not None
        if self.idle is not None:
            self.idle.stop()
        self.records.close_dialogs()  # they show personal data too
        self.stack.setCurrentWidget(self.sign_in_page)
        for menu in (self._file_menu, self.scanning.menu, self._help_menu):
            menu.menuAction().setEnabled(False)
        self.save_action.setEnabled(False)
        self.sign_in_page.focus_first()

    def _on_signed_in(self, session: Session) -> None:
        same = self.session is not None and (
            session.officer.officer_id == self.session.officer.officer_id)
        self.session = session
        self.header.officer.setText(session.officer.officer_id)
        self.header.officer.setToolTip(session.officer.name)
        if not same:  # another officer takes the counter: nothing of the last one's
            self.new_crossing()
        self.stack.setCurrentIndex(0)
        for menu in (self._file_menu, self.scanning.menu, self._help_menu):
            menu.menuAction().setEnabled(True)
        self.save_action.setEnabled(True)
        self.refresh_today()
        if self.idle is not None:
            self.idle.start()
        self.form.focus_first()

    def lock(self, reason: str = "manual") -> None:
        """Hide the counter until the officer's PIN is entered again (audited)."""
        if self.auth is None or self.sign_in_page is None or self.locked:
            return
        if self.session is None:
            self._show_sign_in_page()
            return
        try:
            self.auth.lock(self.session, reason)
        except StorageError as exc:
            log.error("could not audit the lock (%s): %s", exc.code, exc)
        self.sign_in_page.show_locked(self.session)
        self._show_sign_in_page()

    def _on_lock_triggered(self) -> None:
        self.lock("manual")

    def _on_idle(self) -> None:
        self.lock("idle")

    def _on_sign_out_triggered(self) -> None:
        if self.auth is None or self.sign_in_page is None or self.session is None:
            return
        try:
            self.auth.sign_out(self.session)
        except StorageError as exc:
            log.error("could not audit the sign-out (%s): %s", exc.code, exc)
        self.session = None
        self.header.officer.clear()
        self.new_crossing()
        self.sign_in_page.show_sign_in()
        self._show_sign_in_page()

    def _on_save_triggered(self) -> None:
        if self.locked:
            return
        data = self.form.to_dict()
        data["acknowledged"] = self.findings.acknowledged()
        officer = self.officer()
        try:
            crossing = self.service.parse(data, officer or None)
        except CrossingFormatError as exc:
            self._show_refused(exc.findings)
            return
        try:
            outcome = self.service.record(crossing, actor=officer)
        except CrossingRefused as exc:
            self._show_refused(exc.all_findings)
            return
        except PermissionDenied as exc:
            self._show_not_permitted(exc)
            return
        except StorageError as exc:
            self._show_storage_error(exc)
            return
        log.info("crossing %s saved from the counter window", outcome.result.id)
        self.records.note_saved(outcome.result.id)
        self.prefs.setValue(PREF_DIRECTION, str(crossing.direction))
        if self.form.amending() is None:  # a correction says nothing of the lane
            self.prefs.setValue(PREF_MODE, str(crossing.mode))
        self.prefs.setValue(PREF_OFFICER, officer)
        person = crossing.principal
        name = person.identity.full_name if person else ""
        self.form.clear()
        self.counter.reset()
        self.scanning.panel.hide()
        self._show_highlights([])
        self.findings.show_saved(name, str(crossing.direction), outcome.result.id,
                                 self._receipt_image(outcome.result.id))
        self.statusBar().showMessage(
            self.tr("Saved crossing {id}").format(id=outcome.result.id)
        )
        self._show_saved_row(outcome.result.id, crossing)
        self.form.focus_first()
        if self.sync is not None:
            self.sync.request_sync()

    def _receipt_image(self, crossing_id: str) -> QImage | None:
        """The saved crossing's signed receipt QR (None if it cannot be made: the
        crossing is saved all the same)."""
        try:
            text = self.service.receipt(crossing_id, actor=self.officer() or None)
        except (StorageError, PermissionDenied, KeyError, ValueError, OSError) as exc:
            log.warning("no receipt for %s: %s", crossing_id, exc)
            return None
        return receipt.qr_image(text, module_px=RECEIPT_MODULE_PX)

    def _show_saved_row(self, crossing_id: str, crossing: Crossing) -> None:
        """Put the saved crossing (and the version it replaces) into Today without
        reloading the whole day: at a busy gate that is thousands of rows."""
        if self.service.today() != self._day:
            self.refresh_today()  # the gate's day has just changed
        else:
            try:
                for changed in (crossing.supersedes, crossing_id):
                    stored = self.service.get(changed) if changed else None
                    if stored is not None and stored.crossing.local_date == self._day:
                        self.today.put(stored)
            except StorageError as exc:
                self._show_storage_error(exc)
                return
            self._update_count()
            if crossing.predeclaration_ref:
                self.queue.mark_recorded(crossing.predeclaration_ref)
        self.today.select_id(crossing_id)

    def _show_refused(self, findings: list[Finding]) -> None:
        self.findings.show_findings(findings)
        self._show_highlights(findings)
        self.statusBar().showMessage(self.tr("Not saved: see the check results."))
        first = next((f for f in findings if f.severity is Severity.ERROR), None)
        if first is not None:
            self._focus_field(first.field)

    def _show_highlights(self, findings: list[Finding]) -> None:
        self.form.show_findings(findings)
        officer = [f for f in findings if f.field == "officer"]
        set_finding_state(self.header.officer, "error" if officer else None)
        self.header.officer.setToolTip(
            "\n".join(messages.finding_text(f) for f in officer)
            or self.tr("Your officer ID, recorded with every crossing")
        )

    def _show_not_permitted(self, exc: PermissionDenied) -> None:
        """The service refused the officer (the refusal is in the audit log)."""
        log.warning("not permitted: %s", exc)
        self.statusBar().showMessage(messages.not_permitted_text(exc.reason))

    def _show_storage_error(self, exc: StorageError) -> None:
        log.error("storage error %s: %s", exc.code, exc)
        self.statusBar().showMessage(messages.storage_error_text(exc))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Database problem"),
            messages.storage_error_text(exc),
            parent=self,
        )
        if exc.detail:
            box.setDetailedText(exc.detail)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def _focus_field(self, path: str) -> None:
        if path == "officer":
            self.header.officer.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form.focus_field(path)

    def _on_finding_field_activated(self, path: str) -> None:
        self._focus_field(path)

    def _on_clear_requested(self) -> None:
        self.new_crossing()

    def new_crossing(self) -> None:
        """Empty the form and the check results, ready for the next traveller."""
        self.scanning.panel.hide()  # the last scan was the last traveller's
        self.form.clear()
        self.counter.reset()
        self.findings.clear()
        self._show_highlights([])
        self.statusBar().clearMessage()
        self.form.focus_first()

    # -- preferences -----------------------------------------------------------

    def _on_officer_editing_finished(self) -> None:
        self.prefs.setValue(PREF_OFFICER, self.officer())

    def _on_officer_text_edited(self, _text: str) -> None:
        set_finding_state(self.header.officer, None)

    def _on_language_triggered(self, action: QAction) -> None:
        code = i18n.normalize(action.data())
        if code == i18n.current():
            return
        i18n.install(code)
        self.prefs.setValue(PREF_LANGUAGE, code)

    def _on_about_triggered(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About BorderDesk"),
            self.tr(
                "BorderDesk — counter application of the electronic "
                "border-guard procedures."
            ),
            parent=self,
        )
        box.setIconPixmap(QIcon(APP_ICON).pixmap(64, 64))
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.setValue(PREF_GEOMETRY, self.saveGeometry())
        self.prefs.setValue(PREF_SPLITTER, self.splitter.saveState())
        self.prefs.setValue(PREF_OFFICER, self.officer())
        self.prefs.sync()
        self._day_timer.stop()
        self.scanning.shutdown()
        if self.sync is not None:
            self.sync.stop()
        super().closeEvent(event)
