"""Starting the window: QApplication, resources, translator, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from borderdesk.config import LoadedSettings, Settings
from borderdesk.services import CounterService
from borderdesk.storage.db import WalCheckpointer, open_db
from borderdesk.storage.errors import StorageError
from borderdesk.ui import i18n, messages, style
from borderdesk.ui.main_window import APP_ICON, PREF_LANGUAGE, MainWindow

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
    service: CounterService, settings: Settings, *, prefs: QSettings | None = None
) -> MainWindow:
    """The main window over ``service`` (a QApplication must exist).

    Applies the style, installs the language remembered in ``prefs`` (Vietnamese by
    default) and returns the window, not shown.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("build_window() needs a QApplication")
    style.apply(app)
    app.setWindowIcon(QIcon(APP_ICON))
    prefs = prefs if prefs is not None else open_prefs(settings)
    i18n.install(i18n.normalize(prefs.value(PREF_LANGUAGE)))
    return MainWindow(service, settings, prefs)


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
    try:
        service = CounterService(db, settings)
        window = build_window(service, settings, prefs=prefs)
        if window.has_saved_geometry():
            window.show()
        else:
            window.showMaximized()
        return app.exec()
    finally:
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
