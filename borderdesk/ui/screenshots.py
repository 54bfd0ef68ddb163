"""Screenshots of the main window in Vietnamese and English, for docs and review.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m borderdesk.ui.screenshots OUTDIR

Builds the window over a throw-away database filled with demo crossings
(:func:`borderdesk.demo.generate`), on a fixed clock, and saves for each language:
``main_<lang>.png`` (the day's list), ``errors_<lang>.png`` (a form with errors),
``findings_<lang>.png`` (an expired passport: a warning to acknowledge) and
``saved_<lang>.png`` (after acknowledging and saving).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from borderdesk import demo
from borderdesk.config import Settings
from borderdesk.services import CounterService
from borderdesk.storage.db import open_db
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window, open_prefs
from borderdesk.ui.crossing_form import CrossingForm
from borderdesk.ui.main_window import (
    PREF_DIRECTION,
    PREF_LANGUAGE,
    PREF_OFFICER,
    MainWindow,
)

SIZE = (1366, 768)
GATE = "MONGCAI"
# 10:40 on 14 August 2026 at the gate (UTC+7).
NOW = datetime(2026, 8, 14, 3, 40, tzinfo=UTC)
DEMO_COUNT = 16


def fill(form: CrossingForm, **values: str) -> None:
    """Type ``values`` into the form (keys: the form's field attribute names)."""
    for name, value in values.items():
        widget = getattr(form, name)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif name in ("nationality", "issuing_state"):
            widget.set_code(value)
        elif name in ("direction", "decision"):
            widget.set_value(value)
        else:
            widget.setCurrentIndex(widget.findData(value))


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, path: Path) -> None:
    _settle(app)
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)  # noqa: T201


def _scenes(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    form = window.form

    def main() -> None:
        window.today.search.clear()
        window.new_crossing()

    def errors() -> None:
        window.new_crossing()
        fill(
            form,
            document_type="cccd",
            document_number="03819000123",
            given_names="Thị Hoa",
            sex="F",
            birth_date="1990-07-15",
            decision="refused",
        )
        window.save_action.trigger()

    def findings() -> None:
        window.new_crossing()
        fill(
            form,
            document_number="C2837461",
            expiry_date="2026-05-02",
            surname="Trần",
            given_names="Thị Thu Hương",
            sex="F",
            birth_date="1988-11-03",
        )
        window.save_action.trigger()

    def saved() -> None:
        for row in window.findings.rows():
            if row.acknowledge is not None:
                row.acknowledge.setChecked(True)
        window.save_action.trigger()

    return [
        ("main", main),
        ("errors", errors),
        ("findings", findings),
        ("saved", saved),
    ]


def take(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["borderdesk-screenshots"])
    assert isinstance(app, QApplication)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="borderdesk-shots-") as tmp:
        settings = Settings(gate=GATE, data_dir=Path(tmp))
        for lang in i18n.LANGUAGES:
            db = open_db(Path(tmp) / f"{lang}.db")
            try:
                service = CounterService(db, settings, clock=lambda: NOW)
                for crossing in demo.generate(
                    DEMO_COUNT, start=service.today(), gate=GATE, seed=7, until=NOW
                ):
                    service.record(crossing, actor=crossing.officer)
                prefs = open_prefs(settings)
                prefs.setValue(PREF_LANGUAGE, lang)
                prefs.setValue(PREF_OFFICER, "BP0123")
                prefs.setValue(PREF_DIRECTION, "entry")
                window = build_window(service, settings, prefs=prefs)
                window.resize(*SIZE)
                window.show()
                for name, scene in _scenes(window):
                    scene()
                    path = outdir / f"{name}_{lang}.png"
                    _shoot(app, window, path)
                    shots.append(path)
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents()
            finally:
                db.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m borderdesk.ui.screenshots OUTDIR", file=sys.stderr)  # noqa: T201
        return 2
    take(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
