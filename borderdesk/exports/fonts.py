"""A TrueType font with Vietnamese glyphs for the PDF report, found and registered once.

The PDF's built-in fonts (Helvetica…) have no Vietnamese letters (ơ, ư, ạ, ế, ỹ…), so
the report embeds a TrueType font: Noto Sans (Debian ``fonts-noto-core``, which the
Makefile installs), else DejaVu Sans (``fonts-dejavu-core``). A font is only taken if
it has every glyph of :data:`VIETNAMESE_SAMPLE`; with none found,
:class:`FontUnavailable` says what to install.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

REGULAR, BOLD = "BorderdeskSans", "BorderdeskSans-Bold"

#: Letters a Vietnamese name can hold that Latin-1 fonts lack (every tone on every
#: vowel is in the same Unicode block; these cover the shapes that differ).
VIETNAMESE_SAMPLE = (
    "ĂÂĐÊÔƠƯăâđêôơưẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬ"
    "ỮỰỲỴỶỸạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ–·…"
)

#: (regular, bold) file names, best first.
CANDIDATES = (
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)


def default_dirs() -> list[Path]:
    """Where fonts are installed on Debian/Ubuntu, other Unix, macOS and Windows."""
    home = Path.home()
    dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
            home / ".local/share/fonts", home / ".fonts", Path("/Library/Fonts"),
            home / "Library/Fonts"]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    return dirs


class FontUnavailable(RuntimeError):
    """No TrueType font with Vietnamese glyphs was found."""

    code = "font_unavailable"


@dataclass(frozen=True, slots=True)
class FontFiles:
    regular: Path
    bold: Path


def _find(name: str, dirs: list[Path]) -> list[Path]:
    found: list[Path] = []
    for d in dirs:
        if not d.is_dir():
            continue
        # Debian's own places first: a full walk of /usr/share/fonts is the fallback.
        for sub in ("truetype/noto", "truetype/dejavu", "noto", "dejavu", "TTF", "."):
            candidate = d / sub / name
            if candidate.is_file():
                found.append(candidate)
        if not found:
            found.extend(p for p in sorted(d.rglob(name)) if p.is_file())
        if found:
            break
    return found


def _covers(path: Path) -> bool:
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

    try:
        face = TTFontFile(str(path))
    except (TTFError, OSError):
        return False
    return all(ord(ch) in face.charToGlyph for ch in VIETNAMESE_SAMPLE)


def find_fonts(dirs: list[Path] | None = None) -> FontFiles:
    """The best font pair with Vietnamese coverage in ``dirs`` (default: the system's).

    Raises:
        FontUnavailable: no candidate is installed, or none covers Vietnamese.
    """
    search = default_dirs() if dirs is None else dirs
    for regular_name, bold_name in CANDIDATES:
        for regular in _find(regular_name, search):
            if not _covers(regular):
                continue
            bold = next((b for b in _find(bold_name, search) if _covers(b)), regular)
            return FontFiles(regular, bold)
    names = ", ".join(r for r, _ in CANDIDATES)
    raise FontUnavailable(
        f"no font with Vietnamese glyphs for the PDF report ({names}) in "
        f"{', '.join(str(d) for d in search)}: install fonts-noto-core (Debian/Ubuntu: "
        "`sudo apt-get install fonts-noto-core`, or `make setup`) or copy "
        "NotoSans-Regular.ttf and NotoSans-Bold.ttf into ~/.local/share/fonts")


_lock = threading.Lock()
_registered: FontFiles | None = None


def register(dirs: list[Path] | None = None) -> FontFiles:
    """Register :data:`REGULAR` and :data:`BOLD` with reportlab (once per process).

    Raises:
        FontUnavailable: see :func:`find_fonts`.
    """
    global _registered
    with _lock:
        if _registered is not None and dirs is None:
            return _registered
        files = find_fonts(dirs)
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(REGULAR, str(files.regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(files.bold)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        if dirs is None:
            _registered = files
        return files
