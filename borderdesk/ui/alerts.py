"""The watchlist alert: a red band above the form that nobody can miss.

It appears as soon as a scanned or typed document is found on the (hashed) watchlist,
before the guard decides. The decision is then forced to "referred to secondary
control"; the service refuses anything else whatever the window shows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class WatchlistAlert(QFrame):
    """Hidden until :meth:`show_hit`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistAlert")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.names: list[str] = []
        self.categories: list[str] = []
        self._icon = QLabel("⚠", self)
        self._icon.setObjectName("alertIcon")
        self.title = QLabel(self)
        self.title.setObjectName("alertTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("alertText")
        self.text.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.setVisible(False)

    def show_hit(self, names: Sequence[str], categories: Sequence[str]) -> None:
        self.names = [n for n in names if n]
        self.categories = [c for c in categories if c]
        self._retranslate()
        self.setVisible(True)

    def clear(self) -> None:
        self.names, self.categories = [], []
        self.setVisible(False)

    def active(self) -> bool:
        return not self.isHidden()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("WATCHLIST HIT — DO NOT CLEAR"))
        who = ", ".join(self.names)
        lines = [
            self.tr("The document of {who} is on the watchlist.").format(who=who)
            if who else self.tr("A document of this crossing is on the watchlist."),
            self.tr("Refer the traveller to secondary control and call the "
                    "supervisor. The decision is locked to secondary control."),
        ]
        if self.categories:
            lines.append(self.tr("Category: {categories}").format(
                categories=", ".join(self.categories)))
        self.text.setText("\n".join(lines))
