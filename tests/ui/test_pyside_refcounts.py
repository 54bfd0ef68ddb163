"""Guard against PySide6 builds that leak references to None/True/False.

PySide6 6.12.0 under Python 3.11 dropped one reference to None on every void call (and
to True on every Signal.emit), so the interpreter aborted ("none_dealloc") after a few
thousand calls; pyproject.toml pins PySide6-Essentials < 6.12. This test fails if an
upgrade brings such a build back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(str)


def test_void_calls_and_emits_keep_singleton_refcounts(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    emitter = _Emitter()
    seen: list[str] = []
    emitter.fired.connect(seen.append)
    edit.setText("warm-up")
    emitter.fired.emit("warm-up")
    before = {name: sys.getrefcount(obj) for name, obj in
              (("None", None), ("True", True), ("False", False))}
    for _ in range(2_000):
        edit.setText("x")  # a void method: returns None
        emitter.fired.emit("y")  # returns True
    after = {name: sys.getrefcount(obj) for name, obj in
             (("None", None), ("True", True), ("False", False))}
    assert len(seen) == 2_001
    for name in before:
        # Unrelated code may hold or release a handful; a leak loses one per call.
        assert after[name] - before[name] > -100, (name, before[name], after[name])
