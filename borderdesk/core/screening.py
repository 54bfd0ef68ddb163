"""Checks of a crossing against what the terminal knows beyond the crossing itself.

:func:`borderdesk.core.validation.validate` looks at the crossing alone; these rules
take the watch-list hits and the earlier crossings of the same documents, looked up by
the caller (:meth:`borderdesk.services.CounterService.screen`), and return findings in
the same form.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from borderdesk.core.model import Crossing, Decision, Direction, Identity
from borderdesk.core.validation import Finding, error, warning

WATCHLIST_HIT = "watchlist_hit"


def _document_field(index: int) -> str:
    return f"persons[{index}].identity.document_number"


def watchlist_findings(
    crossing: Crossing, hits: Mapping[int, Sequence[str]]
) -> list[Finding]:
    """``watchlist_hit`` for each person index in ``hits`` (with its categories).

    An ERROR, unless the crossing or that person is referred to secondary control:
    then a WARNING the officer acknowledges.
    """
    out = []
    for index, categories in sorted(hits.items()):
        person = crossing.persons[index]
        fld, listed = _document_field(index), sorted(set(categories))
        # codes written out at each call, so a scan of the source finds every one
        if Decision.SECONDARY in (crossing.decision, person.decision):
            out.append(warning("watchlist_hit", fld, categories=listed))
        else:
            out.append(error("watchlist_hit", fld, categories=listed))
    return out


def _same_document(a: Identity, b: Identity) -> bool:
    return (a.document_number == b.document_number
            and a.issuing_state == b.issuing_state)


@dataclass(frozen=True, slots=True)
class PastCrossing:
    """One earlier crossing of a document, as much as the history rule needs (the
    store reads it from its columns, without parsing the whole crossing).

    ``crossed``: the document's holder went through (was not refused).
    """

    id: str
    time_utc: datetime
    timezone: str
    direction: Direction
    gate: str
    crossed: bool

    @property
    def local_time(self) -> datetime:
        return self.time_utc.astimezone(ZoneInfo(self.timezone))

    @classmethod
    def of(cls, crossing: Crossing, identity: Identity) -> PastCrossing | None:
        """``crossing`` as a past crossing of ``identity``'s document (None if the
        document is not in it)."""
        decisions = [p.decision for p in crossing.persons
                     if _same_document(p.identity, identity)]
        if not decisions:
            return None
        return cls(crossing.id, crossing.time_utc, crossing.timezone,
                   crossing.direction, crossing.gate,
                   any(d is not Decision.REFUSED for d in decisions))


def previous_crossing(
    crossing: Crossing, index: int, candidates: Iterable[PastCrossing]
) -> PastCrossing | None:
    """The latest of ``candidates`` before ``crossing`` in which the document of
    person ``index`` crossed (was not refused).

    ``candidates`` are that document's stored crossings still in force (not
    cancelled, not amended); ``crossing`` itself and the crossing it amends are left
    out here.
    """
    best: PastCrossing | None = None
    for c in candidates:
        if c.id in (crossing.id, crossing.supersedes):
            continue
        if c.time_utc >= crossing.time_utc or not c.crossed:
            continue
        if best is None or c.time_utc > best.time_utc:
            best = c
    return best


def history_findings(
    crossing: Crossing, previous: Mapping[int, PastCrossing]
) -> list[Finding]:
    """Warnings when a person's document crosses the same way twice in a row.

    ``previous`` maps a person index to that document's previous crossing (see
    :func:`previous_crossing`); no history means no warning (a first exit is normal).
    A person being refused now does not cross, so gets no warning.
    """
    out = []
    for index, prev in sorted(previous.items()):
        refused = crossing.persons[index].decision is Decision.REFUSED
        if refused or prev.direction is not crossing.direction:
            continue
        fld = _document_field(index)
        when = prev.local_time.isoformat(timespec="minutes")
        if crossing.direction is Direction.EXIT:
            out.append(warning("no_entry_before_exit", fld, previous_id=prev.id,
                               previous_gate=prev.gate, previous_time=when))
        else:
            out.append(warning("entry_twice", fld, previous_id=prev.id,
                               previous_gate=prev.gate, previous_time=when))
    return out
