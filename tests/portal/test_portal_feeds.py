"""Pull feeds: GET /v1/predeclarations and GET /v1/watchlist, paged with cursors, and
complete when changes arrive between pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers.portal_support import Terminal

from borderdesk.core.codec import crossing_from_dict
from borderdesk.core.signed import b64decode, load_public_key, parse_confirmation
from sync.portal import admin
from sync.protocol import PATH_PREDECLARATIONS, PATH_WATCHLIST, require_protocol
from sync.watchlist_key import document_key


def page(t: Terminal, path: str, cursor: str, limit: int) -> dict[str, Any]:
    response = t.request("GET", path, params={"cursor": cursor, "limit": limit})
    assert response.status_code == 200, response.text
    return require_protocol(response.headers, response.json())


def pull(
    t: Terminal, path: str, limit: int, *, cursor: str = "", between: Any = None
) -> tuple[dict[str, dict[str, Any]], str, int]:
    """Pull to the end; ``between(n)`` runs after page n. Returns the latest item per
    key (reference or entry id), the final cursor and the page count."""
    state: dict[str, dict[str, Any]] = {}
    pages = 0
    while True:
        body = page(t, path, cursor, limit)
        pages += 1
        assert len(body["items"]) <= limit
        for item in body["items"]:
            state[item.get("reference") or item["entry_id"] + item["op"]] = item
        cursor = body["next_cursor"]
        if between is not None:
            between(pages)
        if not body["more"]:
            return state, cursor, pages


def test_predeclarations_page_through_only_this_gate(
    terminal: Terminal, portal_db: Path
) -> None:
    mine = admin.seed_predeclarations(portal_db, "MONGCAI", 23, seed=1)
    admin.seed_predeclarations(portal_db, "LAOBAO", 7, seed=1)
    state, cursor, pages = pull(terminal, PATH_PREDECLARATIONS, 5)
    assert pages == 5
    assert set(state) == {i["reference"] for i in mine}
    item = state[mine[0]["reference"]]
    assert set(item) == {
        "reference",
        "declarant",
        "gate",
        "direction",
        "expected_date",
        "status",
        "persons",
        "vehicle",
        "seq",
    }
    assert {i["gate"] for i in state.values()} == {"MONGCAI"}
    # Persons are in the crossing JSON identity shape: crossings can be built of them.
    crossing_from_dict(
        {
            "gate": "MONGCAI",
            "terminal": "T01",
            "officer": "o",
            "direction": "exit",
            "decision": "cleared",
            "persons": [{"identity": item["persons"][0]}],
        }
    )
    # Nothing new: an empty page that keeps the cursor.
    body = page(terminal, PATH_PREDECLARATIONS, cursor, 5)
    assert (body["items"], body["next_cursor"], body["more"]) == ([], cursor, False)
    first = page(terminal, PATH_PREDECLARATIONS, "", 200)
    assert len(first["items"]) == 23
    assert not first["more"]


def test_changes_between_pages_are_not_lost(
    terminal: Terminal, portal_db: Path
) -> None:
    items = admin.seed_predeclarations(portal_db, "MONGCAI", 12, seed=2)
    refs = [i["reference"] for i in items]
    late: list[dict[str, Any]] = []

    def meanwhile(n: int) -> None:
        if n == 1:  # an item already pulled changes, one not yet pulled changes too
            admin.set_predeclaration_status(portal_db, refs[0], "cancelled")
            admin.set_predeclaration_status(portal_db, refs[8], "rejected")
        if n == 2:
            late.extend(admin.seed_predeclarations(portal_db, "MONGCAI", 3, seed=3))

    state, cursor, _ = pull(terminal, PATH_PREDECLARATIONS, 4, between=meanwhile)
    assert set(state) == set(refs) | {i["reference"] for i in late}
    assert state[refs[0]]["status"] == "cancelled"
    assert state[refs[8]]["status"] == "rejected"
    # A later pull from the saved cursor brings only what changed since.
    admin.set_predeclaration_status(portal_db, refs[5], "used")
    delta = page(terminal, PATH_PREDECLARATIONS, cursor, 100)
    assert [(i["reference"], i["status"]) for i in delta["items"]] == [
        (refs[5], "used")
    ]


def test_bad_cursor_or_limit(terminal: Terminal) -> None:
    for params in (
        {"cursor": "abc"},
        {"limit": "0"},
        {"limit": "501"},
        {"limit": "ten"},
    ):
        response = terminal.request("GET", PATH_PREDECLARATIONS, params=params)
        assert response.status_code == 400, params
        assert response.json()["error"]["code"] == "bad_request"
    assert (
        terminal.request("GET", PATH_WATCHLIST, params={"limit": "5000"}).status_code
        == 200
    )


def test_seeded_confirmations_verify_with_the_portal_key(
    terminal: Terminal, portal_db: Path
) -> None:
    items = admin.seed_predeclarations(portal_db, "MONGCAI", 30, seed=4)
    assert terminal.enrolment is not None
    portal_key = load_public_key(b64decode(terminal.enrolment["portal_public_key"]))
    keyring = {terminal.enrolment["portal_key_id"]: portal_key}
    confirmed = [i for i in items if i["status"] in ("confirmed", "used")]
    assert confirmed
    for item in items:
        if item not in confirmed:
            assert item["confirmation"] is None
            continue
        slip = parse_confirmation(item["confirmation"])
        slip.envelope.verify(keyring)
        assert (slip.reference, slip.gate, slip.persons) == (
            item["reference"],
            "MONGCAI",
            len(item["persons"]),
        )
        assert slip.expected_date == date.fromisoformat(item["expected_date"])


def test_watchlist_feed_with_keyed_document_hashes(
    terminal: Terminal, portal_db: Path
) -> None:
    entries = admin.seed_watchlist(portal_db, 9, seed=5)
    assert terminal.enrolment is not None
    wkey = b64decode(terminal.enrolment["watchlist_key"])
    body = page(terminal, PATH_WATCHLIST, "", 4)
    assert body["version"] == 9
    assert body["more"]
    admin.remove_watchlist_entry(portal_db, entries[0]["entry_id"])  # between pages
    added = admin.add_watchlist_entry(portal_db, "VNM", "C 765-4321", "exit_ban")
    rest, _, _ = pull(terminal, PATH_WATCHLIST, 4, cursor=body["next_cursor"])
    ops = [(i["op"], i["entry_id"]) for i in body["items"]] + [
        (i["op"], i["entry_id"]) for i in sorted(rest.values(), key=lambda i: i["seq"])
    ]
    assert ops == [("add", e["entry_id"]) for e in entries] + [
        ("remove", entries[0]["entry_id"]),
        ("add", added["entry_id"]),
    ]
    latest = page(terminal, PATH_WATCHLIST, "", 100)
    assert latest["version"] == 11
    keys = {i["key"] for i in latest["items"]}
    # The terminal finds a document by computing the same key; numbers never travel.
    assert document_key(wkey, "VNM", "C7654321") in keys
    for e in entries:
        assert document_key(wkey, e["issuing_state"], e["document_number"]) in keys
    response = terminal.request("GET", PATH_WATCHLIST)
    assert not any(e["document_number"] in response.text for e in entries)


def test_seed_puts_some_travellers_on_the_watchlist(
    terminal: Terminal, portal_db: Path
) -> None:
    result = admin.seed(portal_db, "MONGCAI", predeclarations=20, watchlist=5, seed_=6)
    assert len(result["watchlist"]) == 5 + 2
    first = result["predeclarations"][0]["persons"][0]
    hit = result["watchlist"][-2]
    assert (hit["issuing_state"], hit["document_number"]) == (
        first["issuing_state"],
        first["document_number"],
    )
    again = admin.seed(portal_db, "MONGCAI", predeclarations=20, watchlist=5, seed_=6)
    assert len(again["watchlist"]) == 7
    assert admin.show(portal_db)["watchlist"]["active"] == 7  # seeding twice: same set


def test_seeded_travellers_pass_validation_at_every_kind_of_gate() -> None:
    from datetime import UTC, datetime

    from borderdesk.core.validation import Severity, validate
    from sync.portal import seeding

    now = datetime(2026, 11, 23, 4, tzinfo=UTC)
    for gate in ("MONGCAI", "LAOBAO", "MOCBAI", "DONGDANG", "CANGHAIPHONG"):
        for item in seeding.predeclarations(gate, 60, today=now.date(), seed=7):
            for ident in item["persons"]:
                crossing = crossing_from_dict(
                    {
                        "gate": gate,
                        "terminal": "T01",
                        "officer": "o",
                        "direction": "exit",
                        "decision": "cleared",
                        "time_utc": "2026-11-23T03:00:00Z",
                        "persons": [{"identity": ident}],
                    }
                )
                errors = [
                    f for f in validate(crossing, now) if f.severity is Severity.ERROR
                ]
                assert errors == [], (gate, ident)
