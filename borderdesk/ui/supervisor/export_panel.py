"""Tab 4, "Xuất nhật ký": export the gate's daily log (CSV, XLSX, PDF, each with a
signed manifest) and verify an exported file.

The export runs :meth:`borderdesk.exports.service.ExportService.export` in a worker
QThread (:class:`ExportWorker`) with its *own* database connection, opened in that
thread; its progress callback feeds the progress bar through a queued signal. The
written files and their manifests are listed when it is done. "Kiểm tra tệp…" checks a
file against its manifest (:meth:`ExportService.verify`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.config import Settings
from borderdesk.exports.service import (
    MAX_DAYS,
    ExportedFile,
    ExportInvalid,
    ExportService,
    FontUnavailable,
)
from borderdesk.storage.db import open_db
from borderdesk.storage.errors import StorageError
from borderdesk.supervision import SupervisorService
from borderdesk.ui import i18n, messages
from borderdesk.ui.supervisor import labels
from borderdesk.ui.supervisor.common import Col, RowsModel, Table, error_text

log = logging.getLogger(__name__)

STOP_WAIT_MS = 60_000


class ExportWorker(QObject):
    """One export in a worker thread (``moveToThread``); opens its own connection.

    Signals:
        progress(int, int): rows written so far, and in all.
        finished(object): the list of :class:`ExportedFile`.
        failed(object): the exception.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path: Path, settings: Settings,
                 clock: Callable[[], datetime], start: date, end: date,
                 formats: list[str], out_dir: Path, actor: str) -> None:
        super().__init__()
        self._args = (db_path, settings, clock, start, end, formats, out_dir, actor)

    @Slot()
    def run(self) -> None:
        db_path, settings, clock, start, end, formats, out_dir, actor = self._args
        try:
            db = open_db(db_path)
        except StorageError as exc:
            self.failed.emit(exc)
            return
        try:
            service = ExportService(db, settings, clock)
            files = service.export(start, end, formats, out_dir, actor,
                                   self._on_progress)
        except Exception as exc:  # noqa: BLE001 - reported to the window
            log.warning("export failed: %s", exc)
            self.failed.emit(exc)
        else:
            self.finished.emit(files)
        finally:
            db.close()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


def database_file(service: SupervisorService) -> Path:
    """The file of the service's database (a worker opens its own connection)."""
    for _seq, name, path in service.db.conn.execute("PRAGMA database_list"):
        if name == "main" and path:
            return Path(path)
    return service.settings.db_path


class ExportPanel(QWidget):
    """The export form, its progress and result, and the file check."""

    def __init__(self, service: SupervisorService, actor: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._actor = actor
        self.files: list[ExportedFile] = []
        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.last_check: Any = None
        self.choose_folder: Callable[[str], str] = self._ask_folder
        self.choose_file: Callable[[str], str] = self._ask_file

        form_card = QFrame(self)
        form_card.setObjectName("card")
        self._title = QLabel(form_card)
        self._title.setObjectName("cardTitle")
        self._from_label = QLabel(form_card)
        self._from_label.setObjectName("fieldLabel")
        self.start_edit = QDateEdit(form_card)
        self._to_label = QLabel(form_card)
        self._to_label.setObjectName("fieldLabel")
        self.end_edit = QDateEdit(form_card)
        today = service.today()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setMinimumWidth(140)
            edit.setDate(QDate(today.year, today.month, today.day))
        self._from_label.setBuddy(self.start_edit)
        self._to_label.setBuddy(self.end_edit)
        self._formats_label = QLabel(form_card)
        self._formats_label.setObjectName("fieldLabel")
        self.csv = QCheckBox("CSV", form_card)
        self.xlsx = QCheckBox("XLSX", form_card)
        self.pdf = QCheckBox("PDF", form_card)
        for box in (self.csv, self.xlsx, self.pdf):
            box.setChecked(True)
        self._folder_label = QLabel(form_card)
        self._folder_label.setObjectName("fieldLabel")
        self.folder = QLineEdit(form_card)
        self.folder.setText(str(Path(service.settings.data_dir) / "exports"))
        self._folder_label.setBuddy(self.folder)
        self.browse_button = QPushButton(form_card)
        self.browse_button.setObjectName("secondary")
        self.export_button = QPushButton(form_card)
        self.export_button.setObjectName("primary")
        self.progress = QProgressBar(form_card)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.message = QLabel(form_card)
        self.message.setObjectName("summary")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(self.start_edit)
        period.addWidget(self._to_label)
        period.addWidget(self.end_edit)
        period.addStretch(1)
        grid.addWidget(self._from_label, 0, 0)
        grid.addLayout(period, 0, 1)
        formats = QHBoxLayout()
        for box in (self.csv, self.xlsx, self.pdf):
            formats.addWidget(box)
        formats.addStretch(1)
        grid.addWidget(self._formats_label, 1, 0)
        grid.addLayout(formats, 1, 1)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(self.browse_button)
        grid.addWidget(self._folder_label, 2, 0)
        grid.addLayout(folder, 2, 1)
        grid.setColumnStretch(1, 1)
        run = QHBoxLayout()
        run.addWidget(self.export_button)
        run.addWidget(self.progress, 3)
        run.addStretch(1)  # keeps the button its size while no progress shows
        form_layout = QVBoxLayout(form_card)
        form_layout.setContentsMargins(16, 10, 16, 10)
        form_layout.setSpacing(8)
        form_layout.addWidget(self._title)
        form_layout.addLayout(grid)
        form_layout.addLayout(run)
        form_layout.addWidget(self.message)

        files_card = QFrame(self)
        files_card.setObjectName("card")
        self._files_title = QLabel(files_card)
        self._files_title.setObjectName("cardTitle")
        self.columns = self._columns()
        self.model = RowsModel(self.columns, self)
        self.table = Table(files_card)
        self.table.setModel(self.model)
        self.verify_button = QPushButton(files_card)
        self.verify_button.setObjectName("secondary")
        self.check_result = QLabel(files_card)
        self.check_result.setObjectName("summary")
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        check_row = QHBoxLayout()
        check_row.addWidget(self.verify_button)
        check_row.addWidget(self.check_result, 1)
        files_layout = QVBoxLayout(files_card)
        files_layout.setContentsMargins(16, 10, 16, 10)
        files_layout.setSpacing(6)
        files_layout.addWidget(self._files_title)
        files_layout.addWidget(self.table, 1)
        files_layout.addLayout(check_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(form_card)
        layout.addWidget(files_card, 1)

        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self.start_export)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.table.row_entered.connect(self._on_file_entered)
        self._retranslate()
        self.table.fit_columns(self.columns)

    # -- export -----------------------------------------------------------------------

    def formats(self) -> list[str]:
        return [fmt for fmt, box in (("csv", self.csv), ("xlsx", self.xlsx),
                                     ("pdf", self.pdf)) if box.isChecked()]

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start_export(self) -> bool:
        """Start the export in the worker thread; False if refused before it."""
        if self.running:
            return False
        start, end = _day(self.start_edit.date()), _day(self.end_edit.date())
        formats = self.formats()
        if not formats:
            self._say(labels.export_error_text("format_unknown"), "error")
            return False
        if end < start:
            self._say(labels.export_error_text("period_invalid"), "error")
            return False
        if (end - start).days + 1 > MAX_DAYS:
            self._say(labels.export_error_text("period_too_long", days=MAX_DAYS),
                      "error")
            return False
        folder = self.folder.text().strip()
        if not folder:
            self._say(self.tr("Choose the folder to write the files into."), "error")
            return False
        actor = self._actor()  # ExportService.export checks its permission
        self.files = []
        self.model.set_rows([])
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"), "")
        thread = QThread()
        thread.setObjectName("borderdesk-export")
        worker = ExportWorker(database_file(self.service), self.service.settings,
                              self.service.clock, start, end, formats, Path(folder),
                              actor)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_worker_progress)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self.thread, self.worker = thread, worker
        thread.start()
        return True

    def stop(self) -> None:
        """Wait for an export in progress (the window closes)."""
        thread = self.thread
        if thread is not None:
            thread.quit()
            thread.wait(STOP_WAIT_MS)
            self.thread = self.worker = None

    def _finish_thread(self) -> None:
        thread = self.thread
        self.thread = self.worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.export_button.setEnabled(True)
        self.progress.hide()

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _on_worker_finished(self, files: object) -> None:
        self._finish_thread()
        self.files = list(files) if isinstance(files, list) else []
        self.model.set_rows(self.files)
        rows = self.files[0].rows if self.files else 0
        self._say(self.tr("Exported {rows} row(s) into {count} file(s), each with its "
                          "signed manifest, in {folder}.").format(
                              rows=rows, count=len(self.files),
                              folder=self.folder.text().strip()), "ok")
        if self.files:
            self.table.select_row(0)

    @Slot(object)
    def _on_worker_failed(self, exc: object) -> None:
        self._finish_thread()
        self._say(self._failure_text(exc), "error")

    @staticmethod
    def _failure_text(exc: object) -> str:
        if isinstance(exc, ExportInvalid):
            return labels.export_error_text(exc.code, days=MAX_DAYS)
        if isinstance(exc, FontUnavailable):
            return labels.export_error_text("font_unavailable")
        if isinstance(exc, StorageError):
            text = messages.storage_error_text(exc)
            if exc.code in ("disk_full", "read_only", "export_failed"):
                text = labels.export_error_text("export_failed") + " " + str(exc)
            return text
        if isinstance(exc, Exception):
            return error_text(exc)
        return messages.unknown_code_text("export")

    # -- verify -----------------------------------------------------------------------

    def verify(self, path: Path) -> Any:
        """Check ``path`` (an exported file or its manifest) and show the outcome."""
        try:
            result = ExportService(self.service.db, self.service.settings,
                                   self.service.clock).verify(path)
        except Exception as exc:  # noqa: BLE001 - StorageError
            self._check(error_text(exc), "error")
            return None
        self.last_check = result
        text = labels.export_check_text(result.status, result.message)
        details = self.tr("{file}: {rows} row(s), {gate} {start}–{end}, made at "
                          "{terminal}").format(
            file=Path(result.file).name, rows=result.rows if result.rows is not None
            else "-", gate=result.gate or "-",
            start=(result.period or {}).get("from", "-"),
            end=(result.period or {}).get("to", "-"), terminal=result.terminal or "-")
        self._check(f"{text}\n{details}", "ok" if result.ok else "error")
        return result

    def _on_verify_clicked(self) -> None:
        path = self.choose_file(self.folder.text().strip())
        if path:
            self.verify(Path(path))

    def _on_file_entered(self, row: int) -> None:
        exported: ExportedFile = self.model.row_at(row)
        self.verify(exported.path)

    def _on_browse_clicked(self) -> None:
        chosen = self.choose_folder(self.folder.text().strip())
        if chosen:
            self.folder.setText(chosen)

    def _ask_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the exported files"), start)

    def _ask_file(self, start: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Exported file to verify"), start,
            self.tr("Exported logs (*.csv *.xlsx *.pdf *.manifest.json);;"
                    "All files (*)"))
        return path

    # -- showing ----------------------------------------------------------------------

    def _say(self, text: str, severity: str) -> None:
        _set_message(self.message, text, severity)

    def _check(self, text: str, severity: str) -> None:
        _set_message(self.check_result, text, severity)

    def _columns(self) -> list[Col]:
        return [
            Col(lambda: self.tr("Format"), lambda f: f.format.upper(), width=100,
                bold=True),
            Col(lambda: self.tr("File"), lambda f: f.path.name,
                tooltip=lambda f: str(f.path)),
            Col(lambda: self.tr("Manifest"), lambda f: f.manifest.name,
                tooltip=lambda f: str(f.manifest)),
            Col(lambda: self.tr("Rows"), lambda f: str(f.rows), width=70),
            Col(lambda: self.tr("Size"), lambda f: _size(f.size), width=90),
            Col(lambda: "SHA-256", lambda f: f.sha256[:16] + "…",
                tooltip=lambda f: f.sha256, width=170),
        ]

    def focus_first(self) -> None:
        self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.table.fit_columns(self.columns)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        fmt = i18n.DATE_FORMATS[i18n.current()]
        self.start_edit.setDisplayFormat(fmt)
        self.end_edit.setDisplayFormat(fmt)
        self._title.setText(self.tr("Export the daily log"))
        self._from_label.setText(self.tr("&Days from:"))
        self._to_label.setText(self.tr("to"))
        self._formats_label.setText(self.tr("Formats:"))
        self._folder_label.setText(self.tr("F&older:"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self._files_title.setText(self.tr("Written files and their manifests"))
        self.verify_button.setText(self.tr("&Verify a file…"))
        self.verify_button.setToolTip(self.tr(
            "Check an exported file against its signed manifest"))
        self.model.retranslate()


def _set_message(label: QLabel, text: str, severity: str) -> None:
    label.setText(text)
    label.setProperty("severity", severity)
    label.style().unpolish(label)
    label.style().polish(label)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
