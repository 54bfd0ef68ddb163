"""Screenshots of the supervision window, taken by :mod:`borderdesk.ui.screenshots`.

:func:`prepare` adds what the screens should show to the demo day (a watch-list hit
referred to secondary control, another referred case, a record the portal found
invalid and one in conflict); :func:`take` signs the demo supervisor in at the
counter window, opens the supervision window and saves, for the current language:
``supervision_overview``, ``supervision_review``, ``supervision_audit`` (after the
hash-chain check), ``supervision_export`` (after an export and the check of its CSV)
and, signed in as the demo administrator, ``supervision_officers``.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from borderdesk import demo
from borderdesk.core.codec import crossing_from_dict
from borderdesk.core.ids import new_id
from borderdesk.core.validation import Severity
from borderdesk.services import CounterService, CrossingRefused
from borderdesk.storage.outbox import Outbox
from borderdesk.ui.main_window import MainWindow
from sync.ports import Outcome

SUPERVISOR = next(o for o in demo.DEMO_OFFICERS if o.officer_id == "GS0001")
WAIT_S = 60.0


def _person(surname: str, given: str, sex: str, born: str, number: str,
            kind: str = "cccd") -> dict[str, object]:
    identity: dict[str, object] = {
        "surname": surname, "given_names": given, "sex": sex, "birth_date": born,
        "nationality": "VNM", "document_type": kind, "document_number": number,
        "issuing_state": "VNM"}
    if kind == "passport":
        identity["expiry_date"] = "2031-06-30"
    return {"role": "traveller", "identity": identity}


def prepare(service: CounterService, now: datetime) -> None:
    """The supervision screens' cases, recorded by the demo administrator."""
    actor = demo.DEMO_ADMIN.officer_id
    gate, tz = service.settings.gate, service.settings.timezone

    def crossing(minutes: int, person: dict[str, object], **extra: object) -> str:
        data = {
            "id": new_id(), "gate": gate, "terminal": service.settings.terminal,
            "officer": "BP0123", "direction": "entry", "mode": "foot",
            "time_utc": (now - timedelta(minutes=minutes)).isoformat(),
            "timezone": tz, "decision": "cleared", "notes": "",
            "persons": [person], **extra}
        c = crossing_from_dict(data)
        try:
            service.record(c, actor=actor)
        except CrossingRefused as exc:  # the demo's history warnings: acknowledged
            if any(f.severity is Severity.ERROR for f in exc.findings):
                raise
            service.record(dataclasses.replace(
                c, acknowledged=c.acknowledged | {f.code for f in exc.findings}),
                actor=actor)
        return c.id

    crossing(95, _person("Lê", "Minh Tuấn", "M", "1985-03-02", "031085004321"),
             decision="secondary", notes="Trùng danh sách cảnh báo, chuyển đội "
             "kiểm tra chuyên sâu", acknowledged=["watchlist_hit"])
    crossing(70, _person("Vương", "Lệ Quyên", "F", "1992-11-20", "C4417253",
                         "passport"), decision="secondary",
             notes="Hành lý nghi vấn")
    invalid = crossing(50, _person("Đặng", "Văn Lâm", "M", "1979-07-14",
                                   "022079003317"))
    clash = crossing(30, _person("Ngô", "Thị Ánh", "F", "1996-01-09",
                                 "001196004455"))
    box = Outbox(service.db)
    pending = {m.crossing_id: m for m in box.in_state("pending", 1000)}
    sent = [pending[invalid].message_id, pending[clash].message_id]
    box.mark_sent(sent, "demo-batch-2", now)
    box.apply_results([
        Outcome(sent[0], "rejected", "payload_invalid", "birth_date_in_future"),
        Outcome(sent[1], "conflict", "id_conflict", "crossing_id"),
    ], now)


def _wait(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        app.processEvents()


def _sign_in(app: QApplication, window: MainWindow, officer_id: str, pin: str) -> None:
    page = window.sign_in_page
    if page is None:
        return
    if window.session is not None:
        window.sign_out_action.trigger()
    page.officer.setText(officer_id)
    page.pin.setText(pin)
    page.submit()
    _wait(app, lambda: not window.locked)


def _save(app: QApplication, widget: QWidget, path: Path) -> Path:
    for _ in range(3):
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)  # noqa: T201
    return path


def take(app: QApplication, window: MainWindow, outdir: Path, lang: str,
         size: tuple[int, int]) -> list[Path]:
    """The supervision screens in the current language (see the module docstring)."""
    shots: list[Path] = []
    _sign_in(app, window, SUPERVISOR.officer_id, SUPERVISOR.pin)
    supervision = window.supervision.open("overview")
    if supervision is None:
        return shots
    supervision.resize(*size)
    supervision.move(0, 0)
    _wait(app, supervision.isVisible)
    shots.append(_save(app, supervision, outdir / f"supervision_overview_{lang}.png"))

    supervision.show_tab("review")
    review = supervision.review
    for row, item in enumerate(review.items()):
        if item.code == "payload_invalid":
            review.table.select_row(row)
    shots.append(_save(app, supervision, outdir / f"supervision_review_{lang}.png"))

    supervision.show_tab("audit")
    audit = supervision.audit
    audit.verify_chain()
    _wait(app, lambda: audit.report is not None)
    shots.append(_save(app, supervision, outdir / f"supervision_audit_{lang}.png"))

    exports = supervision.exports
    if exports is not None:
        supervision.show_tab("export")
        with tempfile.TemporaryDirectory(prefix="borderdesk-") as folder:
            exports.folder.setText(str(Path(folder) / "nhat-ky"))
            if exports.start_export():
                _wait(app, lambda: not exports.running)
                if exports.files:
                    exports.verify(exports.files[0].path)
            shots.append(_save(app, supervision,
                               outdir / f"supervision_export_{lang}.png"))
    supervision.close()
    app.processEvents()

    admin = demo.DEMO_ADMIN
    _sign_in(app, window, admin.officer_id, admin.pin)
    supervision = window.supervision.open("officers")
    if supervision is not None and supervision.officers is not None:
        supervision.resize(*size)
        supervision.move(0, 0)
        _wait(app, supervision.isVisible)
        shots.append(_save(app, supervision,
                           outdir / f"supervision_officers_{lang}.png"))
        supervision.close()
        app.processEvents()
    return shots
