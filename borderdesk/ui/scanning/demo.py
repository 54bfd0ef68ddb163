"""Screenshots of camera scanning, in Vietnamese and English, for docs and review.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m borderdesk.ui.scanning.demo OUTDIR

Builds the window over a throw-away database with the demo crossings of
:mod:`borderdesk.ui.screenshots`, opens the camera window on an
:class:`~borderdesk.ui.scanning.camera.ImageFrameSource` showing a (made-up) ID card
QR code, waits until the real decoder has read it in its worker thread and the
router has filled the form, and saves the screen as ``scan_<lang>.png``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import qrcode
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop
from PySide6.QtWidgets import QApplication

from borderdesk import demo
from borderdesk.config import Settings
from borderdesk.services import AuthService, CounterService
from borderdesk.storage.db import open_db
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window, open_prefs
from borderdesk.ui.main_window import (
    PREF_DIRECTION,
    PREF_LANGUAGE,
    PREF_OFFICER,
    MainWindow,
)
from borderdesk.ui.scanning.camera import ImageFrameSource
from borderdesk.ui.screenshots import DEMO_COUNT, GATE, NOW, SIZE, record_demo

# A made-up card: a woman born in 1988 in Quảng Ninh (022, century/sex digit 1).
DEMO_CCCD = (
    "022188004567||Trần Thị Thu Hương|03111988|Nữ|"
    "Số 12 Trần Phú, Phường Trần Phú, Thành phố Móng Cái, Tỉnh Quảng Ninh|15042021"
)
TIMEOUT_MS = 20_000


def camera_picture(text: str, size: tuple[int, int] = (960, 720)) -> np.ndarray:
    """A grey picture like a counter camera's: a QR code on a card on a desk."""
    width, height = size
    y, x = np.mgrid[0:height, 0:width]
    desk = (90 + 50 * x / width + 25 * y / height).astype(np.uint8)
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text.encode("utf-8"))
    modules = np.array(code.get_matrix(), dtype=bool)
    box = max(2, int(height * 0.5) // len(modules))
    qr = np.kron(
        np.where(modules, 20, 235).astype(np.uint8), np.ones((box, box), np.uint8)
    )
    card_h, card_w = qr.shape[0] + 80, qr.shape[1] + 220
    top, left = (height - card_h) // 2, (width - card_w) // 2
    desk[top : top + card_h, left : left + card_w] = 228
    desk[top + 40 : top + 40 + qr.shape[0], left + 40 : left + 40 + qr.shape[1]] = qr
    for row in range(4):  # printed lines beside the code
        r = top + 60 + row * 36
        c = left + 80 + qr.shape[1]
        desk[r : r + 10, c : c + 90 - row * 12] = 120
    return desk


def _wait(app: QApplication, done: object, timeout_ms: int = TIMEOUT_MS) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not done() and clock.elapsed() < timeout_ms:  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    if not done():  # type: ignore[operator]
        raise TimeoutError("the demo code was not read in time")


def _shoot(
    app: QApplication, window: MainWindow, picture: np.ndarray, path: Path
) -> Path:
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    routed: list[object] = []
    window.scanning.router.routed.connect(routed.append)

    def source() -> ImageFrameSource:
        return ImageFrameSource([picture], interval_ms=66)

    dialog = window.scanning.open_camera(
        choices=[("demo", "USB Camera (1280×720)", source)]
    )
    dialog.resize(600, 500)
    dialog.move(SIZE[0] - 620, SIZE[1] - 560)
    _wait(app, lambda: bool(routed))
    for _ in range(5):
        app.processEvents()
    if not app.primaryScreen().grabWindow(0, 0, 0, *SIZE).save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)  # noqa: T201
    return path


def take(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["borderdesk-scan-demo"])
    assert isinstance(app, QApplication)
    picture = camera_picture(DEMO_CCCD)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="borderdesk-scan-shots-") as tmp:
        settings = Settings(gate=GATE, data_dir=Path(tmp))
        for lang in i18n.LANGUAGES:
            db = open_db(Path(tmp) / f"{lang}.db")
            try:
                service = CounterService(db, settings, clock=lambda: NOW)
                demo.add_demo_officers(AuthService(db, settings, clock=service.clock))
                for crossing in demo.generate(
                    DEMO_COUNT, start=service.today(), gate=GATE, seed=7, until=NOW
                ):
                    record_demo(service, crossing)
                prefs = open_prefs(settings)
                prefs.setValue(PREF_LANGUAGE, lang)
                prefs.setValue(PREF_OFFICER, "BP0123")
                prefs.setValue(PREF_DIRECTION, "entry")
                window = build_window(service, settings, prefs=prefs)
                try:
                    shots.append(
                        _shoot(app, window, picture, outdir / f"scan_{lang}.png")
                    )
                finally:
                    window.close()  # stops the camera window and its thread
                    window.deleteLater()
                    QCoreApplication.sendPostedEvents()
            finally:
                db.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(  # noqa: T201
            "usage: python -m borderdesk.ui.scanning.demo OUTDIR", file=sys.stderr
        )
        return 2
    take(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
