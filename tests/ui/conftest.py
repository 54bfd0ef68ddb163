"""UI fixtures: a main window over the shared ``service`` (temp DB, fixed clock).

Needs the compiled Qt resources (``make resources``); ``borderdesk.ui.app`` says so
when they are missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from helpers.officers import ALL, GUARD, register
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from borderdesk.config import Settings
from borderdesk.core.model import OfficerRole
from borderdesk.services import CounterService
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window
from borderdesk.ui.main_window import MainWindow


@pytest.fixture
def window(
    qtbot: QtBot, service: CounterService, settings: Settings
) -> Iterator[MainWindow]:
    """The main window, shown, in Vietnamese (the default), with an officer id.

    The test officers (``helpers.officers``) are registered, the counter's BP0123 as
    a supervisor here: these tests correct and cancel crossings of other officers
    (``officer1``), which a guard may not (``test_counter_flow`` signs a guard in).
    """
    register(service.db, [replace(o, role=OfficerRole.SUPERVISOR) if o is GUARD else o
                          for o in ALL])
    win = build_window(service, settings)
    qtbot.addWidget(win)
    win.header.officer.setText("BP0123")
    win.show()
    qtbot.waitExposed(win)
    yield win
    # The translator is application-wide: leave the next test in the default language.
    i18n.install(i18n.DEFAULT_LANGUAGE)
    # Destroy the window now, not at some later event loop: live windows would keep
    # receiving every later test's LanguageChange events.
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
