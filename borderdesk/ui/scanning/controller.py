"""Wiring the scanners into the main window: the Scan menu, the sources, the router.

The window creates one :class:`ScanningController` and calls :meth:`shutdown` when it
closes. Every source's ``scanned(str)`` is connected to :meth:`ScanRouter.route`:

- the keyboard-wedge filter, always installed on the application;
- the serial-port scanner, when one is configured (Scan ▸ Serial port scanner);
- image files (Scan ▸ From image file, Ctrl+O, or dropped on the window);
- the camera window (Scan ▸ Camera, F7; F8 adds a person to a vehicle crossing).

Preferences go to the window's ``QSettings`` (``scan/...`` keys of ``ui.ini``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from borderdesk.ui.scanning import texts
from borderdesk.ui.scanning.feedback import ScanFeedback
from borderdesk.ui.scanning.file_scan import FileScanner, ImageDropFilter
from borderdesk.ui.scanning.panel import ScanResultPanel
from borderdesk.ui.scanning.router import ScanReport, ScanRouter
from borderdesk.ui.scanning.serial import SerialScanner, available_ports
from borderdesk.ui.scanning.settings import (
    CameraSettings,
    SerialSettings,
    WedgeSettings,
)
from borderdesk.ui.scanning.texts import render
from borderdesk.ui.scanning.wedge import WedgeScanFilter

if TYPE_CHECKING:
    from borderdesk.ui.main_window import MainWindow
    from borderdesk.ui.scanning.camera import CameraDialog
    from borderdesk.ui.scanning.dialogs import WedgeSettingsDialog

log = logging.getLogger(__name__)

STATUS_MS = 10_000


class ScanMenu(QMenu):
    """The "Scan" menu; a widget, so it re-reads its texts on a language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_action = QAction(self)
        self.file_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.camera_action = QAction(self)
        self.camera_action.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.serial_action = QAction(self)
        self.wedge_action = QAction(self)
        self.addAction(self.file_action)
        self.addAction(self.camera_action)
        self.addSeparator()
        self.addAction(self.serial_action)
        self.addAction(self.wedge_action)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("S&can"))
        self.file_action.setText(self.tr("From an image &file…"))
        self.camera_action.setText(self.tr("With the &camera…"))
        self.serial_action.setText(self.tr("&Serial port scanner…"))
        self.wedge_action.setText(self.tr("&Keyboard scanner (always on)…"))


class ScanningController(QObject):
    """Owns the scan sources, the router, the result band and the Scan menu.

    Attributes:
        panel: the result band (the window puts it in its layout).
        menu: the Scan menu (the window puts it in its menu bar).
        router, wedge, serial, files, feedback: the parts, for tests.
        camera_dialog: the camera window once opened.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._prefs = window.prefs
        self._app = QApplication.instance()
        self._shut = False
        self.panel = ScanResultPanel(window)
        self.router = ScanRouter(window, self.panel, self)
        self.feedback = ScanFeedback(self)
        self.menu = ScanMenu(window)
        self.camera_dialog: CameraDialog | None = None
        self._wedge_dialog: WedgeSettingsDialog | None = None

        self.wedge = WedgeScanFilter(WedgeSettings.load(self._prefs), parent=self)
        self.wedge.scanned.connect(self._on_wedge_scanned)
        self.wedge.rejected.connect(self._on_wedge_rejected)
        self.serial = SerialScanner(SerialSettings.load(self._prefs), self)
        self.serial.scanned.connect(self.router.route)
        self.serial.error.connect(self._on_serial_error)
        self.serial.connected_changed.connect(self._on_serial_connected_changed)
        self.files = FileScanner(parent=self)
        self.files.scanned.connect(self.router.route)
        self.files.failed.connect(self._on_files_failed)
        self.drops = ImageDropFilter(window, self)
        self.drops.dropped.connect(self.files.scan_file)
        self.router.routed.connect(self._on_router_routed)

        self.menu.file_action.triggered.connect(self._on_file_action_triggered)
        self.menu.camera_action.triggered.connect(self._on_camera_action_triggered)
        self.menu.serial_action.triggered.connect(self._on_serial_action_triggered)
        self.menu.wedge_action.triggered.connect(self._on_wedge_action_triggered)

        if self._app is not None:
            self._app.installEventFilter(self.wedge)
            self._app.installEventFilter(self.drops)
        if self.serial.settings().enabled:
            self.serial.start()

    def shutdown(self) -> None:
        """Stop every source and thread (the window is closing)."""
        if self._shut:
            return
        self._shut = True
        if self._app is not None:
            self._app.removeEventFilter(self.wedge)
            self._app.removeEventFilter(self.drops)
        self.wedge.flush()
        self.serial.stop()
        if self.camera_dialog is not None:
            self.camera_dialog.close()
        self.files.stop()
        if self.router.last_dialog is not None:
            self.router.last_dialog.close()

    # -- sources -------------------------------------------------------------------

    @Slot(str)
    def _on_wedge_scanned(self, text: str) -> None:
        if self._wedge_dialog is not None:
            self._wedge_dialog.show_test_scan(text)  # a test scan: not routed
            return
        self.router.route(text)

    @Slot(str)
    def _on_wedge_rejected(self, reason: str) -> None:
        if self._wedge_dialog is not None:
            self._wedge_dialog.show_test_rejection(reason)

    @Slot(str)
    def _on_serial_error(self, code: str) -> None:
        self._status(texts.from_table(texts.SERIAL_STATUS, code, port=self._port()))

    @Slot(bool)
    def _on_serial_connected_changed(self, connected: bool) -> None:
        if connected:
            self._status(texts.msg(texts.SERIAL_STATUS["connected"], port=self._port()))

    def _port(self) -> str:
        return self.serial.settings().port or "—"

    @Slot(str, str)
    def _on_files_failed(self, code: str, path: str) -> None:
        text = texts.from_table(texts.FILE_FAILURES, code, file=Path(path).name)
        self.panel.show_result("error", text, [])
        self._status(text)
        self.feedback.problem()

    @Slot(object)
    def _on_router_routed(self, report: ScanReport) -> None:
        if report.severity == "ok":
            self.feedback.ok()
        else:
            self.feedback.problem()
        if self.camera_dialog is not None and self.camera_dialog.is_running():
            self.camera_dialog.show_result(
                report.title_text(), ok=report.severity != "error"
            )

    def _status(self, text: texts.Msg) -> None:
        self._window.statusBar().showMessage(render(text), STATUS_MS)

    # -- menu ------------------------------------------------------------------------

    @Slot()
    def _on_file_action_triggered(self) -> None:
        self.files.choose_and_scan(self._window)

    @Slot()
    def _on_camera_action_triggered(self) -> None:
        self.open_camera()

    def open_camera(self, **options: object) -> CameraDialog:
        """Show the camera window (created on first use) and start the camera.

        ``options`` go to :class:`CameraDialog` when it is created (tests and demos
        pass ``choices`` of image sources).
        """
        from borderdesk.ui.scanning.camera import CameraDialog

        if self.camera_dialog is None:
            camera = CameraSettings.load(self._prefs)
            options.setdefault("selected", camera.device)
            options.setdefault("repeat_ms", camera.repeat_ms)
            dialog = CameraDialog(self._window, **options)  # type: ignore[arg-type]
            dialog.scanned.connect(self.router.route)
            dialog.source_chosen.connect(self._on_camera_source_chosen)
            dialog.failed.connect(self._on_camera_failed)
            self.camera_dialog = dialog
        dialog = self.camera_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.start()
        return dialog

    @Slot(str)
    def _on_camera_source_chosen(self, device_id: str) -> None:
        camera = CameraSettings.load(self._prefs)
        CameraSettings(device=device_id, repeat_ms=camera.repeat_ms).save(self._prefs)

    @Slot(str)
    def _on_camera_failed(self, code: str) -> None:
        self._status(texts.from_table(texts.CAMERA_FAILURES, code))

    @Slot()
    def _on_serial_action_triggered(self) -> None:
        from borderdesk.ui.scanning.dialogs import SerialSettingsDialog

        dialog = SerialSettingsDialog(
            self.serial.settings(), available_ports, self._serial_status(), self._window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_serial_settings(dialog.values())
        dialog.deleteLater()

    def apply_serial_settings(self, settings: SerialSettings) -> None:
        settings.save(self._prefs)
        self.serial.stop()
        self.serial.set_settings(settings)
        if settings.enabled:
            self.serial.start()

    def _serial_status(self) -> str:
        if not self.serial.is_running():
            return ""
        if self.serial.is_connected():
            return render(
                texts.msg(texts.SERIAL_STATUS["connected"], port=self._port())
            )
        code = self.serial.last_error() or "not_found"
        return render(texts.from_table(texts.SERIAL_STATUS, code, port=self._port()))

    @Slot()
    def _on_wedge_action_triggered(self) -> None:
        from borderdesk.ui.scanning.dialogs import WedgeSettingsDialog

        dialog = WedgeSettingsDialog(self.wedge.settings(), self._window)
        self._wedge_dialog = dialog
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.apply_wedge_settings(dialog.values())
        finally:
            self._wedge_dialog = None
            dialog.deleteLater()

    def apply_wedge_settings(self, settings: WedgeSettings) -> None:
        settings.save(self._prefs)
        self.wedge.set_settings(settings)
