"""The View menu: text size (A− / A / A+) and high contrast, applied app-wide at run
time and remembered in the window's preferences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.builders import crossing
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.config import Settings
from borderdesk.services import CounterService
from borderdesk.ui import style
from borderdesk.ui.app import build_window
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.models import Column
from borderdesk.ui.view_menu import PREF_HIGH_CONTRAST, PREF_SCALE


@pytest.fixture(autouse=True)
def _default_look(qapp: QApplication) -> Iterator[None]:
    """The look is application-wide: give the next test the default one back."""
    yield
    style.apply(qapp, style.Look())


def _point_size() -> float:
    return QApplication.font().pointSizeF()


def test_text_size_steps_change_the_app_font_and_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: Settings, service: CounterService
) -> None:
    menu = window.view_menu
    assert menu.title() == "&Hiển thị"
    assert _point_size() == pytest.approx(10)
    row_height = window.today.table.verticalHeader().defaultSectionSize()
    name_width = window.today.table.columnWidth(Column.DOCUMENT)

    menu.larger_action.trigger()
    assert _point_size() == pytest.approx(11.5)
    menu.larger_action.trigger()
    assert _point_size() == pytest.approx(13)
    assert not menu.larger_action.isEnabled()  # A+ is the largest step
    assert window.prefs.value(PREF_SCALE) in (130, "130")
    assert "19.5pt" in QApplication.instance().styleSheet()  # the 15 pt gate name
    # The list follows: taller rows, wider columns; widgets got the new font.
    assert window.today.table.verticalHeader().defaultSectionSize() > row_height
    assert window.today.table.columnWidth(Column.DOCUMENT) > name_width
    assert window.form.surname.font().pointSizeF() == pytest.approx(13)
    assert "130%" in menu.default_action.text()

    # A new window (the next start) comes up in the remembered size.
    second = build_window(service, settings)
    qtbot.addWidget(second)
    assert second.view_menu.look() == style.Look(130, False)
    assert _point_size() == pytest.approx(13)
    second.close()

    menu.default_action.trigger()
    assert _point_size() == pytest.approx(10)
    for _ in range(3):
        menu.smaller_action.trigger()
    assert _point_size() == pytest.approx(8.5)
    assert not menu.smaller_action.isEnabled()
    assert window.prefs.value(PREF_SCALE) in (85, "85")


def test_shortcuts_of_the_view_menu(window: MainWindow) -> None:
    menu = window.view_menu
    assert [s.toString() for s in menu.smaller_action.shortcuts()][0] == "Ctrl+-"
    assert menu.default_action.shortcut().toString() == "Ctrl+0"
    assert [s.toString() for s in menu.larger_action.shortcuts()][:2] == [
        "Ctrl+=",
        "Ctrl++",
    ]


def test_high_contrast_applies_everywhere_and_is_remembered(
    qtbot: QtBot, window: MainWindow, settings: Settings, service: CounterService
) -> None:
    service.record(crossing(), actor="BP0123")
    window.refresh_today()
    decision = window.today.proxy.index(0, Column.DECISION)
    normal = decision.data(Qt.ItemDataRole.ForegroundRole).color()

    window.view_menu.high_contrast_action.trigger()
    assert window.view_menu.high_contrast_action.isChecked()
    assert style.current().high_contrast
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == style.HC_ACCENT
    sheet = app.styleSheet()
    assert "QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus" in sheet
    assert f"border: 3px solid {style.HC_ACCENT}" in sheet  # strong focus outline
    # Decision colours readable on black.
    bright = decision.data(Qt.ItemDataRole.ForegroundRole).color()
    assert bright != normal
    assert bright.lightness() > 150
    assert window.prefs.value(PREF_HIGH_CONTRAST) in (True, "true")

    second = build_window(service, settings)
    qtbot.addWidget(second)
    assert second.view_menu.high_contrast_action.isChecked()
    second.close()

    window.view_menu.high_contrast_action.trigger()
    assert not style.current().high_contrast
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    assert window.prefs.value(PREF_HIGH_CONTRAST) in (False, "false")


def test_unreadable_saved_scale_falls_back_to_a_step(
    qtbot: QtBot, service: CounterService, settings: Settings
) -> None:
    from borderdesk.ui.app import open_prefs

    prefs = open_prefs(settings)
    prefs.setValue(PREF_SCALE, "banana")
    prefs.setValue(PREF_HIGH_CONTRAST, "false")
    win = build_window(service, settings, prefs=prefs)
    qtbot.addWidget(win)
    assert win.view_menu.look() == style.Look()
    assert style.Look(121).scale == 115
    assert style.nearest_scale(500) == 130
    win.close()
