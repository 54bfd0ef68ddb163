"""Look and feel: the font, the palette colours and one application style sheet."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

# Fonts with every Vietnamese letter (stacked diacritics such as ệ, ử, ỡ), best first.
# Noto Sans comes from Debian's fonts-noto-core, DejaVu Sans from fonts-dejavu-core.
VIETNAMESE_FONTS = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Arial")
FONT_POINT_SIZE = 10

GREEN_DARK = "#14532d"  # header band (border-guard green)
GREEN = "#1b7a3d"
ERROR = "#b3261e"
ERROR_BG = "#fdecea"
WARNING = "#a15c00"  # amber text, dark enough to read on white
WARNING_BORDER = "#e0a100"
WARNING_BG = "#fff6db"
MUTED = "#5f6b66"

DECISION_COLORS = {
    "cleared": QColor(GREEN),
    "refused": QColor(ERROR),
    "secondary": QColor(WARNING),
}

STYLE_SHEET = f"""
QMainWindow, QWidget#centralArea {{ background: #f3f5f4; }}
QWidget#header {{ background: {GREEN_DARK}; }}
QWidget#header QLabel {{ color: white; }}
QLabel#gateName {{ font-size: 15pt; font-weight: 600; }}
QLabel#headerDetail {{ color: #d5e8db; }}
QLineEdit#officerEdit {{
    background: white; color: black; border: 1px solid #0c3a1e; border-radius: 3px;
    padding: 3px 6px; min-width: 110px; font-weight: 600;
}}
QLineEdit#officerEdit[finding="error"] {{ border: 2px solid #ff8a80; }}
QFrame#card {{
    background: white; border: 1px solid #d7dedb; border-radius: 6px;
}}
QLabel#cardTitle {{ font-size: 12pt; font-weight: 600; color: {GREEN_DARK}; }}
QLabel#fieldLabel {{ color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; }}
QLineEdit, QComboBox, QPlainTextEdit {{
    border: 1px solid #b9c4bf; border-radius: 3px; padding: 2px 5px; background: white;
    min-height: 20px;
}}
QLineEdit:focus, QComboBox:focus {{ border: 1px solid {GREEN}; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px;
    border: none;
}}
QComboBox::down-arrow {{
    image: url(:/icons/chevron-down.svg); width: 12px; height: 12px;
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
    min-height: 20px;
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
    width: 15px; height: 15px; border: 2px solid {WARNING_BORDER}; border-radius: 3px;
    background: white;
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
QHeaderView::section {{
    background: #eef2f0; border: none; border-bottom: 1px solid #d7dedb;
    padding: 4px 6px; font-weight: 600; color: #34423b;
}}
QLabel#emptyState {{ color: {MUTED}; font-size: 11pt; }}
QLabel#countBadge {{
    background: #e3f1e7; color: {GREEN_DARK}; border-radius: 9px; padding: 1px 9px;
    font-weight: 600;
}}
QStatusBar QLabel {{ color: #34423b; padding: 0 6px; }}
"""


def pick_font_family(available: list[str]) -> str | None:
    """The first family of :data:`VIETNAMESE_FONTS` that is installed, else None."""
    installed = set(available)
    for family in VIETNAMESE_FONTS:
        if family in installed:
            return family
    return None


def apply(app: QApplication) -> None:
    """Fusion style, a Vietnamese-capable font and the style sheet."""
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
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
