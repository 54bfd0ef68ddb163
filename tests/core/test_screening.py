"""The watch-list and history rules, on crossings built in memory."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from helpers.builders import TIME_UTC, car_crossing, crossing, person

from borderdesk.core.model import Crossing
from borderdesk.core.screening import (
    PastCrossing,
    history_findings,
    previous_crossing,
    watchlist_findings,
)
from borderdesk.core.validation import Severity


def _at(hours: float, **overrides: Any) -> Crossing:
    when = TIME_UTC + timedelta(hours=hours)
    return crossing(time_utc=when.isoformat(), **overrides)


def test_a_hit_stops_the_crossing() -> None:
    c = crossing()
    (f,) = watchlist_findings(c, {0: ["wanted", "wanted", "lost_document"]})
    assert (f.code, f.severity, f.field) == (
        "watchlist_hit", Severity.ERROR, "persons[0].identity.document_number")
    assert f.params == {"categories": ["lost_document", "wanted"]}
    assert watchlist_findings(c, {}) == []


def test_a_referral_turns_the_hit_into_a_warning() -> None:
    (f,) = watchlist_findings(crossing(decision="secondary"), {0: ["wanted"]})
    assert f.severity is Severity.WARNING
    # a passenger referred on their own, the vehicle cleared
    car = car_crossing(persons=[
        person(role="driver"),
        person(role="passenger", decision="secondary", document_number="C7654321"),
    ])
    (f,) = watchlist_findings(car, {1: ["wanted"]})
    assert (f.severity, f.field) == (Severity.WARNING,
                                     "persons[1].identity.document_number")
    (f,) = watchlist_findings(car, {0: ["wanted"]})
    assert f.severity is Severity.ERROR  # the driver is not referred


def test_refusing_is_not_referring() -> None:
    (f,) = watchlist_findings(crossing(decision="refused", notes="x"), {0: ["wanted"]})
    assert f.severity is Severity.ERROR


def _previous(now: Crossing, candidates: list[Crossing]) -> str | None:
    """The id of the previous crossing of ``now``'s first person's document."""
    ident = now.persons[0].identity
    past = [p for p in (PastCrossing.of(c, ident) for c in candidates) if p]
    found = previous_crossing(now, 0, past)
    return None if found is None else found.id


def _past(c: Crossing) -> PastCrossing:
    past = PastCrossing.of(c, c.persons[0].identity)
    assert past is not None
    return past


def test_previous_crossing_is_the_latest_earlier_one() -> None:
    now = _at(0)
    older, old, later = _at(-48), _at(-24, direction="entry"), _at(+1)
    assert _previous(now, [older, later, old]) == old.id
    assert _previous(now, [later]) is None
    assert _previous(now, []) is None


def test_previous_crossing_leaves_out_itself_what_it_amends_and_refusals() -> None:
    old = _at(-2)
    amended = _at(-1)
    now = _at(0, version=2, supersedes=amended.id)
    refused = _at(-0.5, decision="refused", notes="no visa")
    assert _previous(now, [old, amended, refused, now]) == old.id


def test_previous_crossing_needs_the_same_document_of_the_same_state() -> None:
    now = _at(0)
    other_number = _at(-1, persons=[person(document_number="C7654321")])
    other_state = _at(-1, persons=[person(
        nationality="CHN", issuing_state="CHN", document_number="C1234567",
        personal_number=None)])
    assert _previous(now, [other_number, other_state]) is None
    assert PastCrossing.of(other_number, now.persons[0].identity) is None


def test_same_direction_twice_warns() -> None:
    exit_now, entry_now = _at(0), _at(0, direction="entry")
    prev_exit, prev_entry = _at(-24), _at(-24, direction="entry")
    (f,) = history_findings(exit_now, {0: _past(prev_exit)})
    assert (f.code, f.severity, f.field) == (
        "no_entry_before_exit", Severity.WARNING, "persons[0].identity.document_number")
    assert f.params == {"previous_id": prev_exit.id, "previous_gate": "MONGCAI",
                        "previous_time": "2026-03-09T10:00+07:00"}
    (f,) = history_findings(entry_now, {0: _past(prev_entry)})
    assert f.code == "entry_twice"
    assert history_findings(exit_now, {0: _past(prev_entry)}) == []
    assert history_findings(entry_now, {0: _past(prev_exit)}) == []
    assert history_findings(exit_now, {}) == []


def test_a_person_refused_now_gets_no_history_warning() -> None:
    refused = _at(0, decision="refused", notes="no visa")
    assert history_findings(refused, {0: _past(_at(-24))}) == []
