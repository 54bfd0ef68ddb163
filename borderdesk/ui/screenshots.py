"""Screenshots of the main window in Vietnamese and English, for docs and review.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m borderdesk.ui.screenshots OUTDIR

Builds the window over a throw-away database filled with demo crossings
(:func:`borderdesk.demo.generate`), on a fixed clock, and saves for each language:
``main_<lang>.png`` (the day's list), ``errors_<lang>.png`` (a form with errors),
``findings_<lang>.png`` (an expired passport: a warning to acknowledge),
``saved_<lang>.png`` (after acknowledging and saving), ``receipt_<lang>.png`` (its
receipt, F6) with ``receipt_slip_<lang>.png`` (the printed slip),
``filters_<lang>.png`` (today's list filtered), ``detail_<lang>.png`` (a crossing in
full, rejected by the portal), ``cancel_<lang>.png`` (cancelling: the reason asked),
``amend_<lang>.png`` (a crossing loaded into the form to correct it) and
``large_contrast_<lang>.png`` (text size A+ and high contrast); the counter flow:
``signin_<lang>.png`` (the sign-in page), ``queue_<lang>.png`` (today's expected
pre-declarations), ``compare_<lang>.png`` (a card scanned against its declaration,
one field different) and ``watchlist_<lang>.png`` (the watchlist alert); and
``vehicle_<lang>.png`` (a car with its driver and a passenger listed, the third
person's card just read). The supervision window's tabs are
``supervision_<tab>_<lang>.png`` (:mod:`borderdesk.ui.supervisor.screens`).

Among the demo crossings one is cancelled, one amended, some accepted by the portal
and one rejected, so the list shows every state.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from borderdesk import demo
from borderdesk.config import Settings
from borderdesk.core.ids import new_id
from borderdesk.core.model import Crossing, TravelMode
from borderdesk.core.validation import Severity
from borderdesk.core.signed import b64encode
from borderdesk.services import AuthService, CounterService, CrossingRefused
from borderdesk.storage.db import open_db
from borderdesk.storage.outbox import Outbox
from borderdesk.storage.predeclarations import PredeclarationStore
from borderdesk.storage.sync_state import SyncState
from borderdesk.storage.watchlist import WatchlistStore
from borderdesk.ui import i18n, receipt, style
from borderdesk.ui.app import build_window, open_prefs
from borderdesk.ui.crossing_form import CrossingForm
from borderdesk.ui.main_window import (
    PREF_DIRECTION,
    PREF_LANGUAGE,
    PREF_OFFICER,
    MainWindow,
)
from borderdesk.ui.supervisor import screens as supervisor_screens
from sync.ports import ENROLMENT, Enrolment, Outcome
from sync.portal import seeding
from sync.watchlist_key import document_key

SIZE = (1366, 768)
GATE = "MONGCAI"
# 10:40 on 14 August 2026 at the gate (UTC+7).
NOW = datetime(2026, 8, 14, 3, 40, tzinfo=UTC)
DEMO_COUNT = 16
PIN = "123456"
WATCHLIST_KEY = bytes(range(32))
# Nguyễn Văn An's card; declared on the portal as "Văn Anh".
CARD = "001090012345||Nguyễn Văn An|17051990|Nam|Số 1 Phố Huế, Hà Nội|01022021"
# A card on the watchlist.
LISTED = "031085004321||Lê Minh Tuấn|02031985|Nam|Hải Phòng|15062022"
# The driver and two passengers of a car, read one by one.
CAR_CARDS = (
    "001078001234||Phạm Văn Đức|12041978|Nam|Móng Cái, Quảng Ninh|03052021",
    "022184005678||Hoàng Thị Thủy|25081984|Nữ|Hạ Long, Quảng Ninh|11092021",
    "001206009876||Phạm Minh Khôi|09022006|Nam|Móng Cái, Quảng Ninh|20032022",
)


def fill(form: CrossingForm, **values: str) -> None:
    """Type ``values`` into the form (keys: the form's field attribute names)."""
    for name, value in values.items():
        widget = getattr(form, name)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif name in ("nationality", "issuing_state"):
            widget.set_code(value)
        elif name in ("direction", "decision"):
            widget.set_value(value)
        else:
            widget.setCurrentIndex(widget.findData(value))


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, path: Path) -> None:
    _settle(app)
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)  # noqa: T201


def _shoot_dialog(app: QApplication, dialog: QWidget, path: Path) -> None:
    """The screen with ``dialog`` over the window (the window sits at 0, 0)."""
    _settle(app)
    screen = app.primaryScreen()
    width, height = SIZE
    if not screen.grabWindow(0, 0, 0, width, height).save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)  # noqa: T201


def record_demo(service: CounterService, crossing: Crossing) -> None:
    """Record a made-up crossing, acknowledging the warnings the screening gives
    (the demo's people cross at random: a second exit in a row happens). The demo
    administrator records them (they name made-up officers)."""
    actor = demo.DEMO_ADMIN.officer_id
    try:
        service.record(crossing, actor=actor)
    except CrossingRefused as exc:
        if any(f.severity is Severity.ERROR for f in exc.findings):
            raise
        acknowledged = crossing.acknowledged | {f.code for f in exc.findings}
        service.record(
            dataclasses.replace(crossing, acknowledged=acknowledged),
            actor=actor,
        )


def _prepare(service: CounterService, crossings: list[Crossing]) -> None:
    """Give the demo day every state: accepted and rejected by the portal, one
    crossing cancelled and one corrected (version 2)."""
    outbox = Outbox(service.db)
    messages = outbox.in_state("pending", 100)
    sent = messages[:8]
    outbox.mark_sent([m.message_id for m in sent], "demo-batch", NOW)
    outcomes = [Outcome(m.message_id, "accepted") for m in sent[:7]]
    outcomes.append(
        Outcome(sent[7].message_id, "rejected", "document_unknown",
                "The document number is not in the national register")
    )
    outbox.apply_results(outcomes, NOW)
    on_foot = [c for c in crossings if c.mode is TravelMode.FOOT]
    # another officer's crossings: the supervisor cancels and corrects them
    service.cancel(on_foot[-3].id, "Ghi nhận trùng hai lần", "GS0001")
    old = on_foot[-4]
    person = old.persons[0]
    corrected = dataclasses.replace(
        old,
        id=new_id(),
        version=2,
        supersedes=old.id,
        officer="BP0123",
        notes="Sửa ngày sinh theo hộ chiếu",
        persons=(person,),
    )
    service.record(corrected, actor="GS0001")


def _prepare_counter(service: CounterService) -> AuthService:
    """The day's pre-declarations and a watchlist entry (the demo officers are
    there already: BP0123 signs in)."""
    db = service.db
    auth = AuthService(db, service.settings, clock=service.clock)
    day = service.today()
    items = [p for p in seeding.predeclarations(GATE, 40, today=day, seed=3)
             if p["expected_date"] == day.isoformat()]
    items.append({
        "reference": f"TTBP-{day:%y%m%d}-004217", "declarant": "Nguyễn Văn An",
        "gate": GATE, "direction": "exit", "expected_date": day.isoformat(),
        "status": "confirmed", "vehicle": None,
        "persons": [{"surname": "Nguyễn", "given_names": "Văn Anh", "sex": "M",
                     "birth_date": "1990-05-17", "nationality": "VNM",
                     "document_type": "cccd", "document_number": "001090012345",
                     "issuing_state": "VNM"}],
    })
    PredeclarationStore(db).upsert(
        [{**item, "seq": seq} for seq, item in enumerate(items, start=1)], NOW)
    SyncState(db).put({ENROLMENT: Enrolment(
        portal_url="http://127.0.0.1:8765", gate=GATE, terminal="T01",
        key_id="0" * 16, portal_key_id="1" * 16,
        watchlist_key=b64encode(WATCHLIST_KEY),
        enrolled_at=NOW.isoformat(), limits={}).to_state()})
    WatchlistStore(db).apply([{
        "entry_id": "WL-000001", "seq": 1, "op": "add", "category": "Truy nã",
        "key": document_key(WATCHLIST_KEY, "VNM", "031085004321")}])
    return auth


def _counter_scenes(
    window: MainWindow,
) -> list[tuple[str, Callable[[], QWidget | None]]]:
    page = window.sign_in_page

    def signin() -> None:
        if page is not None:
            page.officer.setText("BP0123")
            page.pin.setText(PIN[:4])

    def queue() -> None:
        if page is not None:
            page.pin.setText(PIN)
            page.submit()
        window.tabs.setCurrentWidget(window.queue)
        window.queue.search.setText("")

    def compare() -> None:
        window.new_crossing()
        window.form.set_direction("exit")
        window.scanning.router.route(CARD)

    def watchlist() -> None:
        window.new_crossing()
        window.tabs.setCurrentWidget(window.today)
        window.form.set_direction("exit")
        window.scanning.router.route(LISTED)

    return [("signin", signin), ("queue", queue), ("compare", compare),
            ("watchlist", watchlist)]


def _scenes(
    window: MainWindow, crossings: list[Crossing]
) -> list[tuple[str, Callable[[], QWidget | None]]]:
    form = window.form

    def main() -> None:
        window.today.search.clear()
        window.new_crossing()

    def errors() -> None:
        window.new_crossing()
        fill(
            form,
            document_type="cccd",
            document_number="03819000123",
            given_names="Thị Hoa",
            sex="F",
            birth_date="1990-07-15",
            decision="refused",
        )
        window.save_action.trigger()

    def findings() -> None:
        window.new_crossing()
        fill(
            form,
            document_number="C2837461",
            expiry_date="2026-05-02",
            surname="Trần",
            given_names="Thị Thu Hương",
            sex="F",
            birth_date="1988-11-03",
        )
        window.save_action.trigger()

    def saved() -> None:
        for row in window.findings.rows():
            if row.acknowledge is not None:
                row.acknowledge.setChecked(True)
        window.save_action.trigger()

    def receipt_dialog() -> QWidget | None:
        window.records.receipt_action.trigger()  # F6: the crossing saved last
        return window.records.receipt_dialog

    def filters() -> None:
        window.new_crossing()
        window.today.set_filters(direction="exit", sync_state="accepted")
        window.today.search.setText("nguyen")

    def detail() -> QWidget | None:
        window.today.clear_filters()
        for c in crossings:
            stored = window.service.get(c.id)
            if stored is not None and stored.sync_state == "rejected":
                return window.records.open_detail(c.id)
        return None

    def cancel() -> QWidget | None:
        last = next(c for c in reversed(crossings) if c.mode is TravelMode.FOOT)
        dialog = window.records.open_detail(last.id)
        if dialog is None:
            return None
        dialog.cancel_button.click()
        ask = dialog.reason_dialog
        if ask is not None:
            ask.reason_edit.setPlainText("Chọn nhầm người trong danh sách")
        return ask

    def amend() -> None:
        window.today.clear_filters()
        last = next(c for c in reversed(crossings) if c.mode is TravelMode.FOOT)
        stored = window.service.get(last.id)
        if stored is not None:
            window.records.start_amend(stored)

    def large_contrast() -> None:
        window.new_crossing()
        window.view_menu.set_look(style.Look(130, True), remember=False)
        _fill_sample(form)

    def vehicle() -> None:
        window.view_menu.set_look(style.Look(), remember=False)
        window.new_crossing()
        form.set_direction("exit")
        form.set_mode("car")
        form.plate.setText("14A-123.45")
        for card in CAR_CARDS[:-1]:
            window.scanning.router.route(card)
            form.add_person()
        window.scanning.router.route(CAR_CARDS[-1])

    return [
        ("main", main),
        ("errors", errors),
        ("findings", findings),
        ("saved", saved),
        ("receipt", receipt_dialog),
        ("filters", filters),
        ("detail", detail),
        ("cancel", cancel),
        ("amend", amend),
        ("large_contrast", large_contrast),
        ("vehicle", vehicle),
    ]


def _fill_sample(form: CrossingForm) -> None:
    fill(
        form,
        document_number="C2837461",
        expiry_date="2031-05-02",
        surname="Trần",
        given_names="Thị Thu Hương",
        sex="F",
        birth_date="1988-11-03",
    )


def _close_dialogs(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    _settle(app)


def take(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["borderdesk-screenshots"])
    assert isinstance(app, QApplication)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="borderdesk-shots-") as tmp:
        settings = Settings(gate=GATE, data_dir=Path(tmp))
        for lang in i18n.LANGUAGES:
            db = open_db(Path(tmp) / f"{lang}.db")
            try:
                service = CounterService(db, settings, clock=lambda: NOW)
                demo.add_demo_officers(
                    AuthService(db, settings, clock=service.clock))
                crossings = list(
                    demo.generate(
                        DEMO_COUNT, start=service.today(), gate=GATE, seed=7, until=NOW
                    )
                )
                for crossing in crossings:
                    record_demo(service, crossing)
                _prepare(service, crossings)
                prefs = open_prefs(settings)
                prefs.setValue(PREF_LANGUAGE, lang)
                prefs.setValue(PREF_OFFICER, "BP0123")
                prefs.setValue(PREF_DIRECTION, "entry")
                auth = _prepare_counter(service)
                supervisor_screens.prepare(service, NOW)
                window = build_window(service, settings, prefs=prefs, auth=auth)
                window.resize(*SIZE)
                window.move(0, 0)
                window.show()
                scenes = _counter_scenes(window) + _scenes(window, crossings)
                for name, scene in scenes:
                    shown = scene()
                    path = outdir / f"{name}_{lang}.png"
                    if shown is None:
                        _shoot(app, window, path)
                    else:
                        _shoot_dialog(app, shown, path)
                        _close_dialogs(app)
                    shots.append(path)
                    if name == "receipt" and window.records.last_saved_id:
                        info = receipt.receipt_info(
                            service, window.records.last_saved_id, "BP0123"
                        )
                        slip = outdir / f"receipt_slip_{lang}.png"
                        receipt.render_image(info).save(str(slip))
                        print(slip)  # noqa: T201
                        shots.append(slip)
                window.view_menu.set_look(style.Look(), remember=False)
                shots += supervisor_screens.take(app, window, outdir, lang, SIZE)
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents()
            finally:
                db.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m borderdesk.ui.screenshots OUTDIR", file=sys.stderr)  # noqa: T201
        return 2
    take(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
