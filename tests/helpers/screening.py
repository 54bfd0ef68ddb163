"""A terminal's enrolment and watch list, written straight into its database, for
tests of the counter's screening::

    from helpers.screening import enrol, put_on_watchlist

    enrol(db)                                    # the gate's watch-list key
    put_on_watchlist(db, "VNM", "C1234567", "wanted")
"""

from __future__ import annotations

import itertools

from sqlite_utils import Database

from borderdesk.core.signed import b64encode
from borderdesk.storage.sync_state import SyncState
from borderdesk.storage.watchlist import WatchlistStore
from sync.ports import ENROLMENT, Enrolment
from sync.watchlist_key import document_key

WATCHLIST_KEY = bytes(range(32))
_entries = itertools.count(1)


def enrol(db: Database, key: bytes = WATCHLIST_KEY, *, raw_key: str | None = None
          ) -> None:
    """Store an enrolment for MONGCAI/T01 whose watch-list key is ``key`` (or the
    text ``raw_key`` as is, to test a damaged one)."""
    enrolment = Enrolment(
        portal_url="http://127.0.0.1:9", gate="MONGCAI", terminal="T01",
        key_id="0" * 16, portal_key_id="1" * 16,
        watchlist_key=b64encode(key) if raw_key is None else raw_key,
        enrolled_at="2026-03-01T00:00:00+00:00", limits={},
    )
    SyncState(db).put({ENROLMENT: enrolment.to_state()})


def put_on_watchlist(db: Database, issuing_state: str, number: str,
                     category: str | None = "wanted", key: bytes = WATCHLIST_KEY
                     ) -> str:
    """Add one document to the local watch list as the portal's feed would; its id."""
    entry_id = f"WL-{next(_entries):06d}"
    WatchlistStore(db).apply([{
        "entry_id": entry_id, "seq": 1, "op": "add", "category": category,
        "key": document_key(key, issuing_state, number),
    }])
    return entry_id

