"""The counter's flow around one traveller: pre-declaration, comparison, watchlist.

After each document scan (or when the guard finishes typing a document number or a
name) the flow:

1. finds the pre-declaration if none is attached yet (by the confirmation slip's
   reference, else by the document number, confirmed ones first);
2. compares the identity read from the document with the declared person that
   matches best, and outlines every field that differs;
3. checks the document against the local, hashed watchlist: a hit raises the red
   alert and locks the decision to secondary control.

All of it runs synchronously on the scan (well under the 50 ms budget at a million
stored crossings, see ``tests/benchmarks/bench_counter.py``); the rules live in
:mod:`borderdesk.core.compare` and :class:`~borderdesk.services.CounterService`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from borderdesk.core.codec import CrossingFormatError, identity_from_dict
from borderdesk.core.compare import Agreement, FieldComparison, best_match
from borderdesk.core.model import Decision, Identity, PreDeclaration
from borderdesk.core.scanned import Kind
from borderdesk.storage.errors import StorageError
from borderdesk.ui.alerts import WatchlistAlert
from borderdesk.ui.comparison import IDENTITY, ComparisonPanel
from borderdesk.ui.scanning.router import ScanReport
from borderdesk.ui.widgets import set_finding_state

if TYPE_CHECKING:
    from borderdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_LOCKED_DECISIONS = (str(Decision.CLEARED), str(Decision.REFUSED))


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
        self.form.document_number.editingFinished.connect(self.refresh)
        self.form.surname.editingFinished.connect(self.refresh)
        self.form.given_names.editingFinished.connect(self.refresh)

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
        self.panel.clear()
        self._set_watchlist([], [])

    # -- the work ----------------------------------------------------------------

    def read_identity(self) -> Identity | None:
        """The identity in the form, or None while it is incomplete."""
        data = self.form.to_dict()["persons"][0]["identity"]
        try:
            return identity_from_dict(data)
        except CrossingFormatError:
            return None

    def refresh(self) -> None:
        """Find, compare and check the identity now in the form."""
        identity = self.read_identity()
        service = self.window.service
        try:
            if self.predeclaration is None and identity is not None:
                self._find(identity)
            hits = service.watchlist_categories(identity) if identity else []
        except StorageError as exc:
            log.error("counter lookup failed (%s): %s", exc.code, exc)
            hits = []
        self._compare(identity)
        name = identity.full_name if identity is not None else ""
        self._set_watchlist([name] if hits else [], hits)
        self.compared.emit()

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
