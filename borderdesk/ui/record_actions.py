"""What the counter does with recorded crossings: look, correct, cancel, receipt.

The window creates one :class:`RecordActions`. It opens the detail dialog
(:mod:`borderdesk.ui.crossing_detail`) for a row of the day's list, loads a crossing
into the form in amend mode when the officer asks to correct it, refreshes the list
after a cancellation, and owns "Receipt (F6)": the receipt of the crossing saved
last (else of the row selected), shown on demand rather than after every save, so
the queue never waits for a dialog.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from borderdesk.services import PermissionDenied
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.errors import StorageError
from borderdesk.ui import crossing_detail, messages
from borderdesk.ui.crossing_detail import CrossingDetailDialog
from borderdesk.ui.crossing_form import CrossingForm
from borderdesk.ui.receipt import ReceiptDialog, receipt_info

if TYPE_CHECKING:
    from borderdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STATUS_MS = 10_000


class RecordActions(QObject):
    """Detail, amend, cancel and receipt for the main window.

    Attributes:
        receipt_action: "Receipt" (F6); the window puts it in its File menu.
        detail_dialog / receipt_dialog: the dialog open last (tests look at them).

    Signals:
        changed(str): a crossing was saved (a correction too) or cancelled at the
            counter; its id (the supervision window reloads its lists).
    """

    changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last_saved_id: str | None = None
        self.detail_dialog: CrossingDetailDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.receipt_action = QAction(window)
        self.receipt_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.receipt_action.triggered.connect(self._on_receipt_triggered)
        window.today.crossing_activated.connect(self.open_detail)
        window.installEventFilter(self)  # LanguageChange: re-read the action's text
        self._retranslate()

    def note_saved(self, crossing_id: str) -> None:
        """The window saved ``crossing_id`` (what F6 shows)."""
        self.last_saved_id = crossing_id
        self.changed.emit(crossing_id)

    def close_dialogs(self) -> None:
        """Close the detail and receipt dialogs (they show personal data: call this
        when the terminal locks or the officer signs out)."""
        for dialog in (self.receipt_dialog, self.detail_dialog):
            if dialog is not None:
                dialog.close()
        self.last_saved_id = None

    # -- detail ------------------------------------------------------------------

    def open_detail(self, crossing_id: str) -> CrossingDetailDialog | None:
        """Open the crossing's detail dialog (window-modal, not blocking)."""
        window = self._window
        try:
            dialog = crossing_detail.make_dialog(window.service, crossing_id,
                                                 window.officer, window)
        except StorageError as exc:
            log.error("cannot read crossing %s (%s)", crossing_id, exc.code)
            window.statusBar().showMessage(self._storage_text(exc), STATUS_MS)
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

    def _on_amend_requested(self, stored: StoredCrossing) -> None:
        self.start_amend(stored)

    def start_amend(self, stored: StoredCrossing) -> bool:
        """Load ``stored`` into the form to correct it; False if the form cannot."""
        window = self._window
        if not CrossingForm.can_load(stored.crossing):
            window.statusBar().showMessage(
                self.tr("This crossing cannot be corrected at this counter."),
                STATUS_MS,
            )
            return False
        window.findings.clear()
        window.form.show_findings([])
        window.form.start_amend(stored.crossing)
        window.form.focus_first()
        window.statusBar().showMessage(
            self.tr("Correct the fields, then save: a new version replaces this one."),
            STATUS_MS,
        )
        return True

    def _on_crossing_cancelled(self, crossing_id: str) -> None:
        self.changed.emit(crossing_id)
        window = self._window
        window.refresh_today()
        window.today.select_id(crossing_id)
        window.statusBar().showMessage(
            self.tr("Crossing cancelled; the cancellation is queued for the portal."),
            STATUS_MS,
        )
        if window.sync is not None:
            window.sync.request_sync()

    # -- receipt -----------------------------------------------------------------

    def _on_receipt_triggered(self) -> None:
        self.open_receipt(self.last_saved_id or self._window.today.current_id())

    def open_receipt(self, crossing_id: str | None) -> ReceiptDialog | None:
        """Show the receipt of ``crossing_id`` (window-modal, not blocking)."""
        window = self._window
        if not crossing_id:
            window.statusBar().showMessage(
                self.tr("No crossing saved yet: select one in today's list."),
                STATUS_MS,
            )
            return None
        try:
            info = receipt_info(window.service, crossing_id, window.officer())
        except StorageError as exc:
            window.statusBar().showMessage(self._storage_text(exc), STATUS_MS)
            return None
        except PermissionDenied as exc:
            window.statusBar().showMessage(messages.not_permitted_text(exc.reason),
                                           STATUS_MS)
            return None
        except (KeyError, ValueError):
            log.warning("no receipt for crossing %s", crossing_id)
            return None
        dialog = ReceiptDialog(info, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_receipt_destroyed)
        self.receipt_dialog = dialog
        dialog.open()
        return dialog

    def _on_receipt_destroyed(self) -> None:
        self.receipt_dialog = None

    # -- texts -------------------------------------------------------------------

    @staticmethod
    def _storage_text(exc: StorageError) -> str:
        return messages.storage_error_text(exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.receipt_action.setText(self.tr("Re&ceipt of the last crossing"))
        self.receipt_action.setToolTip(
            self.tr("Show and print the receipt of the crossing saved last (F6)")
        )
