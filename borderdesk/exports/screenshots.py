"""Render a sample daily report for the documentation (``make screenshots``).

    python -m borderdesk.exports.screenshots docs/screenshots

Fills a throw-away database with a made-up busy morning at Móng Cái
(:func:`borderdesk.demo.generate`, plus a cancelled and an amended crossing near the
top of the list), exports the PDF report and renders its first page and its first list
page to ``report_page1.png`` and ``report_list.png`` with ``pdftoppm`` (Debian
``poppler-utils``).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from borderdesk import demo
from borderdesk.config import Settings
from borderdesk.core.ids import new_id
from borderdesk.exports.service import ExportService
from borderdesk.services import AuthService
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db

DAY = date(2026, 3, 10)
CROSSINGS = 1200
DPI = 110


def render(out_dir: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm not found: install poppler-utils (make setup does)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = open_db(work / "sample.db")
        try:
            store = CrossingStore(db)
            now = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
            crossings = list(demo.generate(CROSSINGS, start=DAY, gate="MONGCAI",
                                           seed=3))
            store.record_many(crossings, actor="demo", now=now)
            store.cancel(crossings[4].id, "Ghi nhầm hướng, đã nhập lại", actor="GS0001",
                         now=now)
            amended = crossings[9]
            store.record(dataclasses.replace(amended, id=new_id(), version=2,
                                             supersedes=amended.id),
                         actor="GS0001", now=now)
            settings = Settings(data_dir=work / "data")
            demo.add_demo_officers(AuthService(db, settings))  # GS0001 exports
            service = ExportService(db, settings, clock=lambda: now)
            pdf = service.export(DAY, DAY, ["pdf"], work / "out", actor="GS0001")[0]
            shots = []
            first_list = _first_landscape_page(pdf.path)
            for page, name in ((1, "report_page1"), (first_list, "report_list")):
                target = out_dir / name
                subprocess.run([pdftoppm, "-png", "-r", str(DPI), "-f", str(page), "-l",
                                str(page), "-singlefile", str(pdf.path), str(target)],
                               check=True)
                shots.append(target.with_suffix(".png"))
            return shots
        finally:
            db.close()


def _first_landscape_page(pdf: Path) -> int:
    """The list's first page: the first page wider than high (``pdfinfo``)."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "20", str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    for line in info.splitlines():
        if line.startswith("Page") and " size: " in line:
            number = int(line.split()[1])
            width, _, height = line.split(" size: ")[1].split()[:3]
            if float(width) > float(height):
                return number
    return 2


if __name__ == "__main__":
    for shot in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        sys.stdout.write(f"{shot}\n")
