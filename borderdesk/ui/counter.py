"""The counter's flow around one traveller: pre-declaration, comparison, watchlist.

After each document scan (or when the guard finishes typing a document number or a
name) the flow:

1. finds the pre-declaration if none is attached yet (by the confirmation slip's
   reference, else by the document number, confirmed ones first);
2. compares the identity read from the document with the declared person that
   matches best, and outlines every field that differs;
3. checks the document against the local, hashed watchlist: a hit raises the red
   alert and locks the decision to secondary control.

For a vehicle the flow works on the person in the identity fields, and checks every
person already listed on board against the watchlist too (again whenever the list
changes): a hit on any of them raises the alert and marks that person's row.

All of it runs synchronously on the scan (well under the 50 ms budget at a million
stored crossings, see ``tests/benchmarks/bench_counter.py``); the rules live in
:mod:`borderdesk.core.compare` and :class:`~borderdesk.services.CounterService`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from borderdesk.core.codec import CrossingFormatError, identity_from_dict
from borderdesk.core.compare import Agreement, FieldComparison, best_match
from borderdesk.core.model import Decision, Identity, PreDeclaration
from borderdesk.core.scanned import Kind
from borderdesk.core.validation import Finding
from borderdesk.storage.errors import StorageError
from borderdesk.ui.alerts import WatchlistAlert
from borderdesk.ui.comparison import IDENTITY, ComparisonPanel
from borderdesk.ui.scanning.router import ScanReport
from borderdesk.ui.widgets import set_finding_state

if TYPE_CHECKING:
    from borderdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_LOCKED_DECISIONS = (str(Decision.CLEARED), str(Decision.REFUSED))


def _name(identity: dict[str, Any]) -> str:
    return " ".join(
        str(p) for p in (identity.get("surname"), identity.get("given_names")) if p)


class CounterFlow(QObject):
    """Owns the comparison panel and the watchlist alert of the main window.

    Signals:
        compared(): the comparison and the watchlist check are on screen (the
            benchmark's stop mark).
    """

    compared = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.form = window.form
        self.panel = ComparisonPanel(window)
        self.alert = WatchlistAlert(window)
        self.predeclaration: PreDeclaration | None = None
        self.watchlist_hit = False
        self.panel.detach_requested.connect(self.detach)
        # Watchlist categories per document of the crossing on the counter (reset
        # with it), so each person of a bus is looked up once, not on every scan.
        self._categories: dict[tuple[str, str], list[str]] = {}
        self.form.document_number.editingFinished.connect(self.refresh)
        self.form.surname.editingFinished.connect(self.refresh)
        self.form.given_names.editingFinished.connect(self.refresh)
        self.form.persons_changed.connect(self._on_persons_changed)
        self.form.add_refused.connect(self._on_add_refused)

    # -- events ------------------------------------------------------------------

    def on_scan_routed(self, report: ScanReport) -> None:
        if report.kind is Kind.CONFIRMATION and report.outcome == "reference":
            self.attach_reference(self.form.predeclaration_ref())
        elif report.outcome == "filled":
            self.refresh()

    def attach_reference(self, reference: str) -> None:
        try:
            found = self.window.service.find_predeclarations(reference, limit=1)
        except StorageError as exc:
            log.error("pre-declaration lookup failed (%s): %s", exc.code, exc)
            found = []
        if found and found[0].reference == reference:
            self.attach(found[0])
        else:
            # The slip is genuine but its declaration has not reached this
            # terminal yet (offline): the reference stays, nothing to compare.
            self.panel.clear()
            self.refresh()

    def attach(self, predeclaration: PreDeclaration, *, verified: bool = True) -> None:
        """Record the crossing against ``predeclaration`` and compare."""
        self.predeclaration = predeclaration
        self.form.set_predeclaration_ref(predeclaration.reference, verified=verified)
        if self.form.direction.value() is None:
            self.form.set_direction(str(predeclaration.direction))
        self.refresh()

    def detach(self) -> None:
        self.predeclaration = None
        self.form.set_predeclaration_ref("", verified=False)
        self.panel.clear()
        self._outline([])
        self.form.focus_first()

    def reset(self) -> None:
        """The next traveller: no pre-declaration, no alert."""
        self.predeclaration = None
        self._categories = {}
        self.panel.clear()
        self._set_watchlist([], [])

    def _on_persons_changed(self) -> None:
        """A person was listed, removed or taken back: check everyone again, and let
        the check results follow the list (what was said about the fields before a
        person was listed is no longer true)."""
        panel = self.window.findings
        if panel.errors() or panel.warnings():
            panel.show_findings(self.form.findings())
        self.refresh()

    def _on_add_refused(self, findings: list[Finding]) -> None:
        """F8 with an incomplete identity: say what is missing under the form."""
        self.window.findings.show_findings(findings)

    # -- the work ----------------------------------------------------------------

    def read_identity(self) -> Identity | None:
        """The identity in the form's identity fields, or None while it is
        incomplete."""
        try:
            return identity_from_dict(self.form.current_identity_dict())
        except CrossingFormatError:
            return None

    def refresh(self) -> None:
        """Find and compare the identity now in the form's fields, and check it and
        every person listed on board against the watchlist."""
        identity = self.read_identity()
        service = self.window.service
        names: list[str] = []
        categories: list[str] = []
        try:
            if self.predeclaration is None and identity is not None:
                self._find(identity)
            if service.watchlist_ready():  # else the rows stay "not checked"
                listed: dict[int, list[str]] = {}
                for row, person in enumerate(self.form.persons_on_board()):
                    found = self._watchlist(person["identity"])
                    if found:
                        listed[row] = found
                        names.append(_name(person["identity"]))
                        categories += found
                self.form.set_watchlist_hits(listed)
            hits = self._watchlist(identity) if identity is not None else []
        except StorageError as exc:
            log.error("counter lookup failed (%s): %s", exc.code, exc)
            hits = []
        if hits and identity is not None:
            names.append(identity.full_name)
            categories += hits
        self._compare(identity)
        self._set_watchlist(names, categories)
        self.compared.emit()

    def _watchlist(self, identity: Identity | dict[str, Any]) -> list[str]:
        """The watchlist categories of a document (cached for this crossing)."""
        if isinstance(identity, dict):
            try:
                identity = identity_from_dict(identity)
            except CrossingFormatError:
                return []
        key = (identity.issuing_state, identity.document_number)
        if key not in self._categories:
            self._categories[key] = self.window.service.watchlist_categories(identity)
        return self._categories[key]

    def _find(self, identity: Identity) -> None:
        direction = self.form.direction.value()
        found = self.window.service.find_predeclarations(
            identity.document_number, direction=direction or None, limit=5)
        if found:
            self.predeclaration = found[0]
            self.form.set_predeclaration_ref(found[0].reference, verified=True)

    def _compare(self, identity: Identity | None) -> None:
        p = self.predeclaration
        if p is None:
            self.panel.clear()
            self._outline([])
            return
        match = best_match(identity, p.persons) if identity is not None else None
        if match is None:
            self.panel.show_comparison(p, None, ())
            self._outline([])
            return
        index, comparisons = match
        self.panel.show_comparison(p, index, comparisons)
        self._outline(comparisons)

    def _outline(self, comparisons: tuple[FieldComparison, ...] | list[FieldComparison]
                 ) -> None:
        """Warn on each form field that differs from the declaration."""
        for c in comparisons:
            widget = self.form.widget_for(IDENTITY + c.field)
            if widget is None:
                continue
            if c.agreement is Agreement.DIFFERENT:
                set_finding_state(widget, "warning")
                widget.setToolTip(self.tr("Declared: {value}").format(
                    value=c.declared or "—"))
            elif widget.property("finding") == "warning":
                set_finding_state(widget, None)
                widget.setToolTip("")

    def _set_watchlist(self, names: list[str], categories: list[str]) -> None:
        hit = bool(categories) or bool(names)
        self.watchlist_hit = hit
        if hit:
            self.alert.show_hit(names, sorted(set(categories)))
            self.form.decision.set_value(str(Decision.SECONDARY))
        else:
            self.alert.clear()
        for value in _LOCKED_DECISIONS:
            self.form.decision.button(value).setEnabled(not hit)
