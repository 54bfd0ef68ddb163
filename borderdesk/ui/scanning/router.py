"""Every scanner's text goes through one router: recognise it, then act on the window.

Thin by design: :func:`borderdesk.core.scanned.recognise` decides what the text is,
the service verifies signatures, :mod:`~borderdesk.ui.scanning.mapping` turns a
document into form values; the router only puts the outcome on screen:

- ID card QR (CCCD) and MRZ: fill the walk-in form's identity fields; the card's
  cross-check findings are listed and outlined. An MRZ whose check digit fails never
  fills the form: the band says which check failed (printed vs computed digit).
- Confirmation slip: verified against the portal's keys; its reference goes into
  the form; an unknown key is flagged NOT VERIFIED ("chưa xác minh được"), a bad
  signature is refused.
- Receipt: verified against the terminals' keys; the crossing is selected in today's
  list, else shown in a dialog.
- Anything else: a translated "unknown code".

Each outcome is shown in the result band and the status bar and emitted as a
:class:`ScanReport` (``routed``) for the sound, the camera window and the tests.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from borderdesk.core import signed
from borderdesk.core.scanned import Kind, Scanned, recognise
from borderdesk.storage.errors import StorageError
from borderdesk.ui import messages
from borderdesk.ui.scanning import mapping, texts
from borderdesk.ui.scanning.panel import ReceiptDialog, ScanResultPanel
from borderdesk.ui.scanning.texts import Line, Msg, from_table, msg, render

if TYPE_CHECKING:
    from borderdesk.storage.crossings import StoredCrossing
    from borderdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STATUS_MS = 10_000
TEXT_PREVIEW = 60  # characters of an unknown code shown to the officer


@dataclass
class ScanReport:
    """What a scan was and what the router did with it.

    Attributes:
        kind: what :func:`recognise` found.
        severity: ``ok``, ``warning`` (look at it) or ``error`` (not taken).
        outcome: ``filled`` (form), ``reference`` (pre-declaration number put in the
            form), ``selected`` (today's list), ``dialog`` (receipt shown),
            ``check_digit``, ``visa``, ``bad_signature``, ``unreadable``,
            ``unknown``, ``damaged`` or ``storage``.
        title, lines: the texts shown (rendered in the current language on demand).
        verified: for signed codes, whether the signature verified.
        crossing_id: the receipt's crossing.
    """

    kind: Kind
    severity: str
    outcome: str
    title: Line
    lines: list[Line] = field(default_factory=list)
    verified: bool | None = None
    crossing_id: str = ""

    @property
    def taken(self) -> bool:
        """Whether the scan changed what the window shows (form, list, dialog)."""
        return self.outcome in ("filled", "reference", "selected", "dialog")

    def title_text(self) -> str:
        return render(self.title)

    def text(self) -> str:
        return "\n".join([self.title_text(), *(render(line) for line in self.lines)])


class ScanRouter(QObject):
    """Routes scanned texts to the window (see the module docstring).

    Signals:
        routed(object): the :class:`ScanReport` of each text routed.
    """

    routed = Signal(object)

    def __init__(
        self, window: MainWindow, panel: ScanResultPanel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._panel = panel
        self.last_report: ScanReport | None = None
        self.last_dialog: ReceiptDialog | None = None

    @Slot(str)
    def route(self, text: str) -> None:
        """Recognise ``text`` and act on it; the outcome is ``routed``. Ignored while
        the counter is locked: nothing may fill a form nobody is watching."""
        if getattr(self._window, "locked", False):
            log.info("scan ignored: the counter is locked")
            return
        report = self.handle(text)
        self.last_report = report
        self._panel.show_result(report.severity, report.title, report.lines)
        self._window.statusBar().showMessage(report.title_text(), STATUS_MS)
        log.info("scan routed: %s -> %s", report.kind, report.outcome)
        self.routed.emit(report)

    def handle(self, text: str) -> ScanReport:
        if "\ufffd" in text:  # bytes that were not UTF-8: names would be garbled
            return ScanReport(
                Kind.UNKNOWN,
                "error",
                "damaged",
                msg(texts.DAMAGED_TEXT),
                [msg(texts.DAMAGED_HINT)],
            )
        service = self._window.service
        scanned = recognise(text, today=service.today())
        try:
            if scanned.kind is Kind.CCCD:
                return self._cccd(scanned)
            if scanned.kind is Kind.MRZ:
                return self._mrz(scanned)
            if scanned.kind is Kind.CONFIRMATION:
                return self._confirmation(scanned)
            if scanned.kind is Kind.RECEIPT:
                return self._receipt(scanned)
        except StorageError as exc:
            log.error("storage error while routing a scan: %s", exc)
            return ScanReport(
                scanned.kind,
                "error",
                "storage",
                msg(texts.STORAGE_PROBLEM),
                [functools.partial(messages.storage_error_text, exc)],
            )
        preview = " ".join(text.split())
        if len(preview) > TEXT_PREVIEW:
            preview = preview[:TEXT_PREVIEW] + "…"
        return ScanReport(
            Kind.UNKNOWN,
            "error",
            "unknown",
            msg(texts.UNKNOWN_CODE),
            [msg(texts.TEXT_START, text=preview)] if preview else [],
        )

    # -- documents -----------------------------------------------------------------

    def _fill(self, values: dict[str, str]) -> None:
        self._window.findings.clear()
        self._window.form.fill_identity(values)

    def _cccd(self, scanned: Scanned) -> ScanReport:
        if scanned.failure is not None:
            return ScanReport(
                Kind.CCCD,
                "error",
                "unreadable",
                msg(texts.CCCD_UNREADABLE),
                [from_table(texts.CCCD_FAILURES, scanned.failure.code)],
            )
        card = scanned.value
        self._fill(mapping.identity_from_cccd(card))
        self._window.form.show_document_findings(mapping.cccd_findings_for_form(card))
        lines: list[Line] = [msg(texts.FORM_FILLED)]
        lines += [functools.partial(messages.finding_text, f) for f in card.findings]
        return ScanReport(
            Kind.CCCD,
            "warning" if card.findings else "ok",
            "filled",
            msg(texts.CCCD_READ, name=card.full_name),
            lines,
        )

    def _mrz(self, scanned: Scanned) -> ScanReport:
        zone = scanned.value
        failure = scanned.failure
        if failure is not None and failure.code == "check_digit" and zone is not None:
            lines: list[Line] = [
                msg(
                    texts.CHECK_LINE,
                    check=texts.check_name(check.name),
                    printed=check.printed,
                    computed=check.computed,
                )
                for check in mapping.failed_checks(zone)
            ]
            lines.append(msg(texts.SCAN_AGAIN))
            return ScanReport(
                Kind.MRZ, "error", "check_digit", msg(texts.MRZ_CHECK_FAILED), lines
            )
        if failure is not None:
            lines = [from_table(texts.MRZ_FAILURES, failure.code)]
            if failure.line:
                lines.append(
                    msg(texts.WHERE, line=failure.line, position=failure.position)
                )
            return ScanReport(
                Kind.MRZ, "error", "unreadable", msg(texts.MRZ_UNREADABLE), lines
            )
        if mapping.is_visa(zone):
            return ScanReport(Kind.MRZ, "warning", "visa", msg(texts.MRZ_VISA))
        values = mapping.identity_from_mrz(zone)
        self._fill(values)
        name = " ".join(p for p in (zone.surname, zone.given_names) if p)
        document = functools.partial(
            messages.document_type_label, values["document_type"]
        )
        return ScanReport(
            Kind.MRZ,
            "ok",
            "filled",
            msg(texts.MRZ_READ, name=name, document=document),
            [msg(texts.FORM_FILLED), msg(texts.MRZ_NAMES_ASCII)],
        )

    # -- signed codes --------------------------------------------------------------

    def _confirmation(self, scanned: Scanned) -> ScanReport:
        if scanned.failure is not None:
            return ScanReport(
                Kind.CONFIRMATION,
                "error",
                "unreadable",
                msg(texts.CONFIRMATION_UNREADABLE),
                [from_table(texts.SIGNED_FAILURES, scanned.failure.code)],
                verified=False,
            )
        slip: signed.Confirmation = scanned.value
        window = self._window
        try:
            window.service.verify_confirmation(scanned.text)
            problem = ""
        except signed.SignedCodeError as exc:
            problem = exc.code
        if problem and problem != "unknown_key":
            return ScanReport(
                Kind.CONFIRMATION,
                "error",
                "bad_signature" if problem == "bad_signature" else "unreadable",
                msg(texts.CONFIRMATION_FORGED),
                [from_table(texts.SIGNED_FAILURES, problem), msg(texts.FORGED_LINE)],
                verified=False,
            )
        verified = not problem
        window.form.set_predeclaration_ref(slip.reference, verified=verified)
        notes = mapping.confirmation_notes(
            slip,
            window.settings.gate,
            window.service.today(),
            window.form.direction.value(),
        )
        lines: list[Line] = [
            msg(
                texts.DECLARED_LINE,
                persons=slip.persons,
                date=functools.partial(messages.format_date, slip.expected_date),
                gate=functools.partial(messages.gate_name, slip.gate),
                direction=functools.partial(messages.direction_label, slip.direction),
            ),
            msg(texts.VERIFIED_LINE)
            if verified
            else msg(texts.UNVERIFIED_LINE, key=slip.envelope.key_id),
        ]
        if notes.other_gate:
            lines.append(
                msg(
                    texts.OTHER_GATE,
                    gate=functools.partial(messages.gate_name, notes.other_gate),
                )
            )
        if notes.other_direction:
            lines.append(
                msg(
                    texts.OTHER_DIRECTION,
                    direction=functools.partial(
                        messages.direction_label, notes.other_direction
                    ),
                )
            )
        if notes.other_day is not None:
            lines.append(
                msg(
                    texts.OTHER_DAY,
                    date=functools.partial(messages.format_date, notes.other_day),
                )
            )
        lines.append(msg(texts.REFERENCE_IN_FORM))
        mismatch = notes.other_gate or notes.other_direction or notes.other_day
        title = (
            texts.CONFIRMATION_VERIFIED if verified else texts.CONFIRMATION_UNVERIFIED
        )
        return ScanReport(
            Kind.CONFIRMATION,
            "ok" if verified and not mismatch else "warning",
            "reference",
            msg(title, reference=slip.reference),
            lines,
            verified=verified,
        )

    def _receipt(self, scanned: Scanned) -> ScanReport:
        if scanned.failure is not None:
            return ScanReport(
                Kind.RECEIPT,
                "error",
                "unreadable",
                msg(texts.RECEIPT_UNREADABLE),
                [from_table(texts.SIGNED_FAILURES, scanned.failure.code)],
                verified=False,
            )
        receipt: signed.Receipt = scanned.value
        window = self._window
        try:
            stored = window.service.verify_receipt(scanned.text).stored
        except signed.SignedCodeError as exc:
            if exc.code == "unknown_key":
                # Readable but unverifiable: show what it says, flagged.
                self._show_dialog(receipt, None, msg(texts.RECEIPT_UNVERIFIED), False)
                return ScanReport(
                    Kind.RECEIPT,
                    "warning",
                    "dialog",
                    msg(texts.RECEIPT_UNVERIFIED),
                    [from_table(texts.SIGNED_FAILURES, exc.code)],
                    verified=False,
                    crossing_id=receipt.crossing_id,
                )
            return ScanReport(
                Kind.RECEIPT,
                "error",
                "bad_signature" if exc.code == "bad_signature" else "unreadable",
                msg(texts.RECEIPT_FORGED),
                [
                    from_table(texts.SIGNED_FAILURES, exc.code),
                    msg(texts.RECEIPT_FORGED_LINE),
                ],
                verified=False,
                crossing_id=receipt.crossing_id,
            )
        cid = receipt.crossing_id
        if stored is not None and self._select(stored.crossing.local_date, cid):
            person = stored.crossing.principal
            name = person.identity.full_name if person else cid
            return ScanReport(
                Kind.RECEIPT,
                "ok",
                "selected",
                msg(texts.RECEIPT_SELECTED, name=name),
                verified=True,
                crossing_id=cid,
            )
        verified_msg = msg(texts.RECEIPT_VERIFIED, id=cid)
        self._show_dialog(receipt, stored, verified_msg, True)
        lines: list[Line] = []
        if stored is None:
            lines.append(
                msg(
                    texts.RECEIPT_NOT_HERE, gate=receipt.gate, terminal=receipt.terminal
                )
            )
        return ScanReport(
            Kind.RECEIPT,
            "ok",
            "dialog",
            verified_msg,
            lines,
            verified=True,
            crossing_id=cid,
        )

    def _select(self, day: object, crossing_id: str) -> bool:
        """Select the crossing in today's list, refreshing and clearing the search
        if that is what hides it; False if it is not a crossing of today's list."""
        window = self._window
        today = window.today
        if today.select_id(crossing_id):
            return True
        if day != window.service.today():
            return False
        today.search.clear()
        window.refresh_today()
        return today.select_id(crossing_id)

    def _show_dialog(
        self,
        receipt: signed.Receipt,
        stored: StoredCrossing | None,
        verification: Msg,
        verified: bool,
    ) -> None:
        if self.last_dialog is not None:
            self.last_dialog.close()
            self.last_dialog.deleteLater()
        dialog = ReceiptDialog(
            receipt,
            stored,
            verification,
            verified,
            self._window.settings.timezone,
            self._window,
        )
        self.last_dialog = dialog
        dialog.show()
