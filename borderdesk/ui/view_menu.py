"""The View menu: text size (A− / A / A+) and high contrast, remembered per terminal.

The choice is stored in the window's ``QSettings`` (``view/scale``,
``view/high_contrast``) and applied application-wide at once through
:func:`borderdesk.ui.style.apply`: every open window re-lays itself out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QWidget

from borderdesk.ui import style

PREF_SCALE = "view/scale"
PREF_HIGH_CONTRAST = "view/high_contrast"


def _as_bool(value: object) -> bool:
    # An INI file gives back "true"/"false" strings.
    return value is True or str(value).lower() in ("true", "1", "yes")


def saved_look(prefs: QSettings) -> style.Look:
    """The look remembered in ``prefs`` (the default when nothing is stored)."""
    return style.Look(
        scale=style.nearest_scale(prefs.value(PREF_SCALE, style.DEFAULT_SCALE)),
        high_contrast=_as_bool(prefs.value(PREF_HIGH_CONTRAST, False)),
    )


class _WholeWidth(QObject):
    """Keeps a vertically scrolling pane at least as wide as its content needs, so
    larger text widens the pane (the splitter gives it the room) instead of
    clipping the content at its right edge."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._base = scroll.minimumWidth()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit)
        content = scroll.widget()
        if content is not None:
            content.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._timer.start()  # once the content's layout has settled
        return False

    def _fit(self) -> None:
        content = self._scroll.widget()
        if content is None:
            return
        need = (
            content.minimumSizeHint().width()
            + self._scroll.verticalScrollBar().sizeHint().width()
            + 2 * self._scroll.frameWidth()
        )
        self._scroll.setMinimumWidth(max(self._base, need))


class ViewMenu(QMenu):
    """"View": smaller / default / larger text and high contrast.

    Applies the remembered look when created. Shortcuts: Ctrl+- smaller, Ctrl+0
    default size, Ctrl+= (or Ctrl++) larger, Ctrl+Shift+H high contrast.
    """

    def __init__(self, prefs: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewMenu")
        self._prefs = prefs
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcuts(
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus),
             QKeySequence(QKeySequence.StandardKey.ZoomOut)]
        )
        self.default_action = QAction(self)
        self.default_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts(
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal),
             QKeySequence(QKeySequence.StandardKey.ZoomIn)]
        )
        self.high_contrast_action = QAction(self)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_H)
        )
        self.addAction(self.smaller_action)
        self.addAction(self.default_action)
        self.addAction(self.larger_action)
        self.addSeparator()
        self.addAction(self.high_contrast_action)
        self.smaller_action.triggered.connect(self._on_smaller_triggered)
        self.default_action.triggered.connect(self._on_default_triggered)
        self.larger_action.triggered.connect(self._on_larger_triggered)
        self.high_contrast_action.toggled.connect(self._on_high_contrast_toggled)
        self.set_look(saved_look(prefs), remember=False)
        self._retranslate()

    # -- state -------------------------------------------------------------------

    def look(self) -> style.Look:
        return style.current()

    def keep_whole(self, pane: QWidget) -> None:
        """Widen ``pane`` (a vertically scrolling area) with its content when the
        text grows, rather than clipping it."""
        if isinstance(pane, QScrollArea):
            _WholeWidth(pane)

    def set_look(self, look: style.Look, *, remember: bool = True) -> None:
        """Apply ``look`` to the whole application (and store it if ``remember``)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and look != style.current():
            style.apply(app, look)
        if remember:
            self._prefs.setValue(PREF_SCALE, look.scale)
            self._prefs.setValue(PREF_HIGH_CONTRAST, look.high_contrast)
        self._show(look)

    def _step(self, delta: int) -> None:
        look = self.look()
        index = style.SCALES.index(look.scale) + delta
        index = max(0, min(index, len(style.SCALES) - 1))
        self.set_look(style.Look(style.SCALES[index], look.high_contrast))

    def _show(self, look: style.Look) -> None:
        self.smaller_action.setEnabled(look.scale > style.SCALES[0])
        self.larger_action.setEnabled(look.scale < style.SCALES[-1])
        self.default_action.setEnabled(look.scale != style.DEFAULT_SCALE)
        self.high_contrast_action.blockSignals(True)
        self.high_contrast_action.setChecked(look.high_contrast)
        self.high_contrast_action.blockSignals(False)
        self._retranslate()

    def _on_smaller_triggered(self) -> None:
        self._step(-1)

    def _on_larger_triggered(self) -> None:
        self._step(+1)

    def _on_default_triggered(self) -> None:
        self.set_look(style.Look(style.DEFAULT_SCALE, self.look().high_contrast))

    def _on_high_contrast_toggled(self, checked: bool) -> None:
        self.set_look(style.Look(self.look().scale, checked))

    # -- texts -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&View"))
        self.smaller_action.setText(self.tr("&Smaller text (A−)"))
        self.default_action.setText(
            self.tr("&Normal text size (A) — now {scale}%").format(
                scale=self.look().scale
            )
        )
        self.larger_action.setText(self.tr("&Larger text (A+)"))
        self.high_contrast_action.setText(self.tr("&High contrast"))
