"""Starting the window: QApplication, resources, translator, database, main window."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from borderdesk.config import LoadedSettings, Settings
from borderdesk.services import AuthService, CounterService
from borderdesk.storage.db import WalCheckpointer, open_db
from borderdesk.storage.errors import StorageError
from borderdesk.ui import i18n, messages, style
from borderdesk.ui.main_window import APP_ICON, PREF_LANGUAGE, MainWindow
from borderdesk.ui.sync_worker import SyncService

try:
    import borderdesk.ui._rc  # noqa: F401  (registers :/i18n and :/icons)
except ImportError as exc:  # pragma: no cover - a checkout without `make resources`
    raise ImportError(
        "borderdesk.ui._rc is missing: run `make resources` to compile the Qt "
        "resources (translations and icons)"
    ) from exc

log = logging.getLogger(__name__)

APP_NAME = "BorderDesk"
PREFS_FILE = "ui.ini"
EXIT_STORAGE_ERROR = 3


def open_prefs(settings: Settings) -> QSettings:
    """The window's preferences (language, officer id, geometry) next to the data.

    An INI file in the data directory rather than Qt's per-user default, so a test or
    a second terminal configuration with its own ``data_dir`` never shares them.
    """
    return QSettings(
        str(Path(settings.data_dir) / PREFS_FILE), QSettings.Format.IniFormat
    )


def _application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # ``argv`` holds Qt's options only (``borderdesk gui -platform offscreen``); Qt
    # reads the first element as the program name.
    app = QApplication(list(sys.argv) if argv is None else [APP_NAME.lower(), *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("borderdesk")
    return app


def build_window(
    service: CounterService,
    settings: Settings,
    *,
    prefs: QSettings | None = None,
    sync: SyncService | None = None,
    auth: AuthService | None = None,
) -> MainWindow:
    """The main window over ``service`` (a QApplication must exist).

    Applies the style, installs the language remembered in ``prefs`` (Vietnamese by
    default) and returns the window, not shown. ``sync``: the background sync, which
    the window starts, shows and stops when it closes. ``auth``: officers sign in
    first and the terminal locks when idle.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("build_window() needs a QApplication")
    style.apply(app)
    app.setWindowIcon(QIcon(APP_ICON))
    prefs = prefs if prefs is not None else open_prefs(settings)
    i18n.install(i18n.normalize(prefs.value(PREF_LANGUAGE)))
    return MainWindow(service, settings, prefs, sync=sync, auth=auth)


def show_fatal(text: str, detail: str = "") -> None:
    """A modal error for problems that stop the start-up (no window exists yet)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "BorderDesk cannot start"),
        text,
    )
    if detail:
        box.setDetailedText(detail)
    box.addButton(
        QCoreApplication.translate("App", "Close"), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()


def _wake() -> None:
    """Nothing: the timer's call lets Python run pending signal handlers."""


@contextlib.contextmanager
def _close_on_signals(app: QApplication) -> Iterator[None]:
    """SIGTERM and SIGINT (Ctrl+C) close the windows like the Quit command.

    The window saves its preferences and stops the sync thread; then the event loop
    ends and the caller closes the database. Python runs signal handlers only between
    bytecodes, so a timer gives the interpreter a turn while Qt's loop waits.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: closing the window", signum)
        app.closeAllWindows()
        app.quit()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(_wake)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
        for s, old in previous.items():
            signal.signal(s, old)


def run(loaded: LoadedSettings, argv: list[str] | None = None) -> int:
    """Open the counter window and run until it is closed; the process exit code.

    Args:
        loaded: the resolved configuration.
        argv: Qt command-line options without the program name (``["-platform",
            "offscreen"]``); None uses ``sys.argv``.
    """
    settings = loaded.settings
    app = _application(argv)
    style.apply(app)
    prefs = open_prefs(settings)
    i18n.install(i18n.normalize(prefs.value(PREF_LANGUAGE)))
    try:
        # Checkpoints run in the background, never inside a save the officer waits for.
        db = open_db(settings.db_path, autocheckpoint=False)
    except StorageError as exc:
        log.error("cannot open the database (%s): %s", exc.code, exc)
        show_fatal(
            messages.storage_error_text(exc), f"{settings.db_path}\n{exc.detail or exc}"
        )
        return EXIT_STORAGE_ERROR
    checkpointer = WalCheckpointer(settings.db_path).start()
    # Its own connection, in its own thread; the window starts and stops it.
    sync = SyncService(settings.db_path, settings)
    try:
        service = CounterService(db, settings)
        auth = AuthService(db, settings)
        window = build_window(service, settings, prefs=prefs, sync=sync, auth=auth)
        if window.has_saved_geometry():
            window.show()
        else:
            window.showMaximized()
        with _close_on_signals(app):
            return app.exec()
    finally:
        sync.stop()
        checkpointer.stop()
        db.close()


def main(argv: list[str] | None = None) -> int:
    """``python -m borderdesk.ui.app``: the window with the configured settings."""
    from borderdesk import config

    try:
        loaded = config.load()
    except config.ConfigError as exc:
        print(f"borderdesk: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    return run(loaded, argv)


if __name__ == "__main__":
    sys.exit(main())
