"""Look and feel: the font, the palette colours and one application style sheet.

The look has two settings the officer chooses in the View menu (see
:mod:`borderdesk.ui.view_menu`): a text size (:data:`SCALES`, in percent) and a
high-contrast mode (yellow and white on black, thick focus outlines). :func:`apply`
sets both application-wide at run time: the application font, the style sheet (whose
font sizes and control heights follow the scale) and the palette.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

# Fonts with every Vietnamese letter (stacked diacritics such as ệ, ử, ỡ), best first.
# Noto Sans comes from Debian's fonts-noto-core, DejaVu Sans from fonts-dejavu-core.
VIETNAMESE_FONTS = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Arial")
FONT_POINT_SIZE = 10

# Text sizes of the View menu (A− / A / A+), in percent of FONT_POINT_SIZE.
SCALES = (85, 100, 115, 130)
DEFAULT_SCALE = 100

GREEN_DARK = "#14532d"  # header band (border-guard green)
GREEN = "#1b7a3d"
ERROR = "#b3261e"
ERROR_BG = "#fdecea"
WARNING = "#a15c00"  # amber text, dark enough to read on white
WARNING_BORDER = "#e0a100"
WARNING_BG = "#fff6db"
MUTED = "#5f6b66"

# High contrast: the ministry sites' yellow on black, white text, strong outlines.
HC_BACKGROUND = "#000000"
HC_TEXT = "#ffffff"
HC_ACCENT = "#ffd400"  # yellow: titles, selection, focus
HC_OK = "#7dff7a"
HC_ERROR = "#ff8a80"
HC_WARNING = "#ffd400"
HC_MUTED = "#d0d0d0"

DECISION_COLORS = {
    "cleared": QColor(GREEN),
    "refused": QColor(ERROR),
    "secondary": QColor(WARNING),
}
HC_DECISION_COLORS = {
    "cleared": QColor(HC_OK),
    "refused": QColor(HC_ERROR),
    "secondary": QColor(HC_WARNING),
}


@dataclass(frozen=True, slots=True)
class Look:
    """What the View menu sets: text size in percent, high contrast on or off."""

    scale: int = DEFAULT_SCALE
    high_contrast: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "scale", nearest_scale(self.scale))


def nearest_scale(value: object) -> int:
    """The step of :data:`SCALES` closest to ``value`` (the default if unreadable)."""
    try:
        number = int(str(value))
    except ValueError:
        return DEFAULT_SCALE
    return min(SCALES, key=lambda step: abs(step - number))


_look = Look()


def current() -> Look:
    """The look applied last (the default before :func:`apply`)."""
    return _look


def muted_color() -> str:
    return HC_MUTED if _look.high_contrast else MUTED


def decision_color(decision: str) -> QColor | None:
    """The text colour of a decision in the current look (None: the default)."""
    table = HC_DECISION_COLORS if _look.high_contrast else DECISION_COLORS
    return table.get(decision)


def _sizes(scale: int) -> tuple[Callable[[float], str], Callable[[float], int]]:
    def pt(size: float) -> str:
        return f"{size * scale / 100:.1f}"

    def px(size: float) -> int:
        return max(1, round(size * scale / 100))

    return pt, px


def _normal_sheet(scale: int) -> str:
    pt, px = _sizes(scale)
    return f"""
QMainWindow, QWidget#centralArea {{ background: #f3f5f4; }}
QWidget#header {{ background: {GREEN_DARK}; }}
QWidget#header QLabel {{ color: white; }}
QLabel#gateName {{ font-size: {pt(15)}pt; font-weight: 600; }}
QLabel#headerDetail {{ color: #d5e8db; }}
QLineEdit#officerEdit {{
    background: white; color: black; border: 1px solid #0c3a1e; border-radius: 3px;
    padding: 3px 6px; min-width: {px(110)}px; font-weight: 600;
}}
QLineEdit#officerEdit[finding="error"] {{ border: 2px solid #ff8a80; }}
QFrame#card {{
    background: white; border: 1px solid #d7dedb; border-radius: 6px;
}}
QLabel#cardTitle {{ font-size: {pt(12)}pt; font-weight: 600; color: {GREEN_DARK}; }}
QLabel#fieldLabel {{ color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; }}
QLineEdit, QComboBox, QPlainTextEdit {{
    border: 1px solid #b9c4bf; border-radius: 3px; padding: 2px 5px; background: white;
    min-height: {px(20)}px;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {GREEN}; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: {px(22)}px;
    border: none;
}}
QComboBox::down-arrow {{
    image: url(:/icons/chevron-down.svg); width: {px(12)}px; height: {px(12)}px;
}}
QComboBox QAbstractItemView {{
    border: 1px solid #b9c4bf; selection-background-color: #cfe8d7;
    selection-color: black;
}}
QLineEdit[finding="error"], QComboBox[finding="error"] {{
    border: 2px solid {ERROR}; background: {ERROR_BG};
}}
QLineEdit[finding="warning"], QComboBox[finding="warning"] {{
    border: 2px solid {WARNING_BORDER}; background: {WARNING_BG};
}}
QWidget#segmented {{ border: 2px solid transparent; border-radius: 4px; }}
QWidget#segmented[finding="error"] {{
    border: 2px solid {ERROR}; background: {ERROR_BG};
}}
QWidget#segmented[finding="warning"] {{
    border: 2px solid {WARNING_BORDER}; background: {WARNING_BG};
}}
QPushButton#segment {{
    border: 1px solid #b9c4bf; background: white; padding: 3px 10px; border-radius: 3px;
    min-height: {px(20)}px;
}}
QPushButton#segment:checked {{
    background: {GREEN}; color: white; border: 1px solid {GREEN_DARK}; font-weight: 600;
}}
QPushButton#segment[tone="refused"]:checked {{
    background: {ERROR}; border-color: #7f1a15;
}}
QPushButton#segment[tone="secondary"]:checked {{
    background: #c77700; border-color: #8a5200;
}}
QPushButton#primary {{
    background: {GREEN}; color: white; border: 1px solid {GREEN_DARK};
    border-radius: 4px;
    padding: 6px 22px; font-weight: 600;
}}
QPushButton#primary:hover {{ background: #17924a; }}
QPushButton#primary:pressed {{ background: {GREEN_DARK}; }}
QPushButton#secondary {{
    background: white; border: 1px solid #b9c4bf; border-radius: 4px; padding: 6px 16px;
}}
QPushButton#danger {{
    background: white; color: {ERROR}; border: 1px solid {ERROR}; border-radius: 4px;
    padding: 6px 16px; font-weight: 600;
}}
QPushButton#danger:disabled, QPushButton#secondary:disabled {{
    color: #9aa5a0; border-color: #d7dedb;
}}
QFrame#finding[severity="error"] {{
    background: {ERROR_BG}; border: none; border-left: 4px solid {ERROR};
    border-radius: 2px;
}}
QFrame#finding[severity="warning"] {{
    background: {WARNING_BG}; border: none; border-left: 4px solid {WARNING_BORDER};
    border-radius: 2px;
}}
QFrame#finding QLabel {{ background: transparent; border: none; }}
QFrame#finding QCheckBox {{ background: transparent; font-weight: 600; spacing: 6px; }}
QFrame#finding QCheckBox::indicator {{
    width: {px(15)}px; height: {px(15)}px; border: 2px solid {WARNING_BORDER};
    border-radius: 3px; background: white;
}}
QFrame#finding QCheckBox::indicator:checked {{
    background: {GREEN}; border-color: {GREEN_DARK}; image: url(:/icons/check.svg);
}}
QLabel#summary[severity="error"] {{ color: {ERROR}; font-weight: 600; }}
QLabel#summary[severity="warning"] {{ color: {WARNING}; font-weight: 600; }}
QLabel#summary[severity="ok"] {{ color: {GREEN}; font-weight: 600; }}
QTableView {{
    background: white; border: none; gridline-color: #e6ebe9;
    selection-background-color: #cfe8d7; selection-color: black;
    alternate-background-color: #f7f9f8;
}}
QTableView#personsTable {{ border: 1px solid #b9c4bf; border-radius: 3px; }}
QTableView#personsTable:focus {{ border: 1px solid {GREEN}; }}
QTableView#personsTable[finding="error"] {{ border: 2px solid {ERROR}; }}
QTableView#personsTable[finding="warning"] {{ border: 2px solid {WARNING_BORDER}; }}
QHeaderView::section {{
    background: #eef2f0; border: none; border-bottom: 1px solid #d7dedb;
    padding: 4px 6px; font-weight: 600; color: #34423b;
}}
QLabel#emptyState {{ color: {MUTED}; font-size: {pt(11)}pt; }}
QLabel#countBadge {{
    background: #e3f1e7; color: {GREEN_DARK}; border-radius: {px(9)}px;
    padding: 1px 9px; font-weight: 600;
}}
QStatusBar QLabel {{ color: #34423b; padding: 0 6px; }}
QFrame#banner {{
    background: {WARNING_BG}; border: 1px solid {WARNING_BORDER}; border-left: 4px solid
    {WARNING_BORDER}; border-radius: 3px;
}}
QFrame#banner QLabel {{ background: transparent; border: none; font-weight: 600;
    color: #5c3500; }}
QFrame#cancelledBanner {{
    background: {ERROR_BG}; border: none; border-left: 4px solid {ERROR};
    border-radius: 2px;
}}
QFrame#cancelledBanner QLabel {{ background: transparent; color: {ERROR}; }}
QLabel#detailName {{ font-size: {pt(14)}pt; font-weight: 600; }}
QLabel#sectionTitle {{
    font-size: {pt(11)}pt; font-weight: 600; color: {GREEN_DARK}; padding-top: 6px;
}}
QLabel#detailValue {{ color: black; }}
QLabel#stateBadge {{
    border-radius: {px(9)}px; padding: 1px 10px; font-weight: 600;
    background: #e3f1e7; color: {GREEN_DARK};
}}
QLabel#stateBadge[tone="refused"], QLabel#stateBadge[tone="cancelled"] {{
    background: {ERROR_BG}; color: {ERROR};
}}
QLabel#stateBadge[tone="secondary"], QLabel#stateBadge[tone="superseded"] {{
    background: {WARNING_BG}; color: {WARNING};
}}
QLabel#qrCode {{ background: white; border: 1px solid #d7dedb; }}
QDialog#cancelReasonDialog {{ background: white; border: 1px solid #9aa5a0; }}
QFrame#watchlistAlert {{
    background: {ERROR}; border: 3px solid #7f1a15; border-radius: 6px;
}}
QFrame#watchlistAlert QLabel {{ color: white; background: transparent; }}
QLabel#alertIcon {{ font-size: {pt(26)}pt; font-weight: 700; }}
QLabel#alertTitle {{ font-size: {pt(14)}pt; font-weight: 700; }}
QLabel#alertText {{ font-size: {pt(11)}pt; }}
QLabel#compared[agreement="different"] {{
    background: {WARNING_BG}; color: {WARNING}; font-weight: 600; padding: 0 4px;
}}
QLabel#compared[agreement="same"] {{ color: black; padding: 0 4px; }}
QLabel#compared[agreement="missing"] {{ color: {MUTED}; padding: 0 4px; }}
QLabel#signInTitle {{ font-size: {pt(12)}pt; }}
QLabel#signInError {{ color: {ERROR}; font-weight: 600; }}
"""


def _high_contrast_sheet(scale: int) -> str:
    pt, px = _sizes(scale)
    bg, fg, accent = HC_BACKGROUND, HC_TEXT, HC_ACCENT
    return f"""
QWidget {{ background: {bg}; color: {fg}; }}
QMainWindow, QWidget#centralArea, QDialog {{ background: {bg}; }}
QWidget#header {{ background: {bg}; border-bottom: 3px solid {accent}; }}
QWidget#header QLabel {{ color: {fg}; }}
QLabel#gateName {{ font-size: {pt(15)}pt; font-weight: 700; color: {accent}; }}
QLabel#headerDetail {{ color: {fg}; }}
QLineEdit#officerEdit {{
    min-width: {px(110)}px; font-weight: 700;
}}
QFrame#card {{ background: {bg}; border: 2px solid {fg}; border-radius: 6px; }}
QLabel#cardTitle {{ font-size: {pt(12)}pt; font-weight: 700; color: {accent}; }}
QLabel#fieldLabel, QLabel#hint {{ color: {fg}; }}
QLineEdit, QComboBox, QPlainTextEdit {{
    background: {bg}; color: {fg}; border: 2px solid {fg}; border-radius: 3px;
    padding: 2px 5px; min-height: {px(20)}px;
    selection-background-color: {accent}; selection-color: {bg};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{
    border: 3px solid {accent};
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: {px(22)}px;
    border: none;
}}
QComboBox::down-arrow {{
    image: url(:/icons/chevron-down.svg); width: {px(12)}px; height: {px(12)}px;
    background: {fg};
}}
QComboBox QAbstractItemView {{
    background: {bg}; color: {fg}; border: 2px solid {accent};
    selection-background-color: {accent}; selection-color: {bg};
}}
QLineEdit[finding="error"], QComboBox[finding="error"] {{
    border: 3px solid {HC_ERROR}; background: #3a0000;
}}
QLineEdit[finding="warning"], QComboBox[finding="warning"] {{
    border: 3px dashed {HC_WARNING}; background: #2e2600;
}}
QWidget#segmented {{ border: 3px solid transparent; border-radius: 4px; }}
QWidget#segmented[finding="error"] {{ border: 3px solid {HC_ERROR}; }}
QWidget#segmented[finding="warning"] {{ border: 3px dashed {HC_WARNING}; }}
QPushButton {{
    background: {bg}; color: {fg}; border: 2px solid {fg}; border-radius: 4px;
    padding: 5px 14px; min-height: {px(20)}px;
}}
QPushButton:focus {{ border: 3px solid {accent}; }}
QPushButton:disabled {{ color: #9a9a9a; border: 2px dashed #9a9a9a; }}
QPushButton#segment {{ padding: 3px 10px; border-radius: 3px; }}
QPushButton#segment:checked {{
    background: {accent}; color: {bg}; font-weight: 700; border: 2px solid {accent};
}}
QPushButton#segment[tone="refused"]:checked {{
    background: {HC_ERROR}; border-color: {HC_ERROR};
}}
QPushButton#segment:checked:focus {{ border: 3px solid {fg}; }}
QPushButton#primary {{
    background: {accent}; color: {bg}; border: 2px solid {accent};
    padding: 6px 22px; font-weight: 700;
}}
QPushButton#primary:focus {{ border: 3px solid {fg}; }}
QPushButton#secondary {{ padding: 6px 16px; }}
QPushButton#danger {{
    color: {HC_ERROR}; border: 2px solid {HC_ERROR}; padding: 6px 16px;
    font-weight: 700;
}}
QPushButton#danger:focus {{ border: 3px solid {accent}; }}
QCheckBox, QRadioButton {{ spacing: 6px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {accent}; }}
QFrame#finding {{ background: {bg}; }}
QFrame#finding[severity="error"] {{
    border: 2px solid {HC_ERROR}; border-left: 8px solid {HC_ERROR};
}}
QFrame#finding[severity="warning"] {{
    border: 2px dashed {HC_WARNING}; border-left: 8px solid {HC_WARNING};
}}
QFrame#finding QLabel {{ border: none; }}
QFrame#finding QCheckBox {{ font-weight: 700; }}
QFrame#finding QCheckBox::indicator {{
    width: {px(15)}px; height: {px(15)}px; border: 2px solid {accent};
    border-radius: 3px; background: {bg};
}}
QFrame#finding QCheckBox::indicator:checked {{
    background: {accent}; image: url(:/icons/check.svg);
}}
QLabel#summary[severity="error"] {{ color: {HC_ERROR}; font-weight: 700; }}
QLabel#summary[severity="warning"] {{ color: {HC_WARNING}; font-weight: 700; }}
QLabel#summary[severity="ok"] {{ color: {HC_OK}; font-weight: 700; }}
QTableView {{
    background: {bg}; color: {fg}; border: none; gridline-color: #5a5a5a;
    selection-background-color: {accent}; selection-color: {bg};
    alternate-background-color: #1c1c1c;
}}
QTableView:focus {{ border: 3px solid {accent}; }}
QTableView#personsTable {{ border: 2px solid {fg}; }}
QTableView#personsTable:focus {{ border: 3px solid {accent}; }}
QTableView#personsTable[finding="error"] {{ border: 3px solid {HC_ERROR}; }}
QTableView#personsTable[finding="warning"] {{ border: 3px dashed {HC_WARNING}; }}
QHeaderView::section {{
    background: {bg}; color: {accent}; border: none; border-bottom: 2px solid {fg};
    padding: 4px 6px; font-weight: 700;
}}
QLabel#emptyState {{ color: {fg}; font-size: {pt(11)}pt; }}
QLabel#countBadge {{
    background: {accent}; color: {bg}; border-radius: {px(9)}px; padding: 1px 9px;
    font-weight: 700;
}}
QMenuBar {{ background: {bg}; color: {fg}; border-bottom: 1px solid {fg}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {accent}; color: {bg}; }}
QMenu {{ background: {bg}; color: {fg}; border: 2px solid {fg}; }}
QMenu::item:disabled {{ color: #9a9a9a; }}
QStatusBar {{ background: {bg}; border-top: 2px solid {fg}; }}
QStatusBar QLabel {{ color: {fg}; padding: 0 6px; }}
QToolTip {{ background: {bg}; color: {fg}; border: 2px solid {accent}; }}
QScrollArea, QWidget#findingList {{ background: {bg}; }}
QFrame#scanResult QLabel {{ color: black; }}
QFrame#banner {{ border: 2px solid {accent}; border-left: 8px solid {accent}; }}
QFrame#banner QLabel {{ color: {accent}; font-weight: 700; border: none; }}
QFrame#cancelledBanner {{ border: 2px solid {HC_ERROR}; border-left: 8px solid
    {HC_ERROR}; }}
QFrame#cancelledBanner QLabel {{ color: {HC_ERROR}; border: none; }}
QLabel#detailName {{ font-size: {pt(14)}pt; font-weight: 700; color: {accent}; }}
QLabel#sectionTitle {{
    font-size: {pt(11)}pt; font-weight: 700; color: {accent}; padding-top: 6px;
}}
QLabel#stateBadge {{
    border: 2px solid {HC_OK}; border-radius: {px(9)}px; padding: 1px 10px;
    color: {HC_OK}; font-weight: 700;
}}
QLabel#stateBadge[tone="refused"], QLabel#stateBadge[tone="cancelled"] {{
    border-color: {HC_ERROR}; color: {HC_ERROR};
}}
QLabel#stateBadge[tone="secondary"], QLabel#stateBadge[tone="superseded"] {{
    border-color: {HC_WARNING}; color: {HC_WARNING};
}}
QLabel#qrCode {{ background: white; border: 4px solid white; }}
QDialog#cancelReasonDialog {{ border: 2px solid {accent}; }}
QFrame#watchlistAlert {{ background: {HC_ERROR}; border: 4px solid {HC_TEXT}; }}
QFrame#watchlistAlert QLabel {{ color: black; background: transparent; }}
QLabel#alertIcon {{ font-size: {pt(26)}pt; font-weight: 700; }}
QLabel#alertTitle {{ font-size: {pt(14)}pt; font-weight: 700; }}
QLabel#alertText {{ font-size: {pt(11)}pt; font-weight: 600; }}
QLabel#compared[agreement="different"] {{
    color: {HC_WARNING}; font-weight: 700; text-decoration: underline;
}}
QLabel#compared[agreement="missing"] {{ color: {HC_MUTED}; }}
QLabel#signInTitle {{ font-size: {pt(12)}pt; }}
QLabel#signInError {{ color: {HC_ERROR}; font-weight: 700; }}
"""


def style_sheet(look: Look) -> str:
    """The application style sheet for ``look``."""
    if look.high_contrast:
        return _high_contrast_sheet(look.scale)
    return _normal_sheet(look.scale)


STYLE_SHEET = style_sheet(Look())


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection: for what the style sheet does not cover."""
    palette = QPalette()
    black, white, accent = QColor(HC_BACKGROUND), QColor(HC_TEXT), QColor(HC_ACCENT)
    roles = {
        QPalette.ColorRole.Window: black,
        QPalette.ColorRole.WindowText: white,
        QPalette.ColorRole.Base: black,
        QPalette.ColorRole.AlternateBase: QColor("#1c1c1c"),
        QPalette.ColorRole.Text: white,
        QPalette.ColorRole.Button: black,
        QPalette.ColorRole.ButtonText: white,
        QPalette.ColorRole.BrightText: accent,
        QPalette.ColorRole.Highlight: accent,
        QPalette.ColorRole.HighlightedText: black,
        QPalette.ColorRole.ToolTipBase: black,
        QPalette.ColorRole.ToolTipText: white,
        QPalette.ColorRole.PlaceholderText: QColor("#bdbdbd"),
        QPalette.ColorRole.Link: QColor("#66e0ff"),
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: QColor("#bdbdbd"),
        QPalette.ColorRole.Mid: QColor("#8a8a8a"),
        QPalette.ColorRole.Dark: QColor("#5a5a5a"),
        QPalette.ColorRole.Shadow: white,
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9a9a9a"))
    return palette


def pick_font_family(available: list[str]) -> str | None:
    """The first family of :data:`VIETNAMESE_FONTS` that is installed, else None."""
    installed = set(available)
    for family in VIETNAMESE_FONTS:
        if family in installed:
            return family
    return None


def apply(app: QApplication, look: Look | None = None) -> None:
    """Fusion style, a Vietnamese-capable font, the palette and the style sheet.

    ``look``: the text size and contrast; None keeps the current one. Widgets get
    ``FontChange``/``PaletteChange`` events and re-polish, so this works at run time.
    """
    global _look
    if look is not None:
        _look = look
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    family = pick_font_family(QFontDatabase.families())
    if family is None:
        # Keep Qt's default font: fontconfig usually substitutes missing glyphs.
        log.warning("no font with full Vietnamese coverage found; using the default")
        font = QFont(app.font())
    else:
        font = QFont(family)
    font.setPointSizeF(FONT_POINT_SIZE * _look.scale / 100)
    if _look.high_contrast:
        app.setPalette(high_contrast_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setFont(font)
    app.setStyleSheet(style_sheet(_look))
