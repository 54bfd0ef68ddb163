"""The alert list pulled from the portal, kept as keyed hashes only.

Entries carry no document number in clear: ``key`` is the hex HMAC-SHA256 of
``doc|<issuing state>|<normalized number>`` under the gate's watch-list key (see
``sync.watchlist_key.document_key``). A lookup computes the key of the document in
hand and asks :meth:`WatchlistStore.categories`. Deltas are applied by ``seq``, so a
page re-read after an interruption changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from borderdesk.storage.db import write_transaction


class WatchlistStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def apply(self, items: Sequence[Mapping[str, Any]]) -> int:
        """Apply add/remove deltas in order (its own transaction, or the caller's).

        Raises:
            KeyError, TypeError, ValueError: a malformed item; nothing is applied.
        """
        applied = 0
        with write_transaction(self.db):
            conn = self.db.conn
            for item in items:
                entry_id, seq, op = item["entry_id"], item["seq"], item["op"]
                if not isinstance(entry_id, str) or not entry_id:
                    raise ValueError("a watch-list entry without an id")
                if not isinstance(seq, int) or isinstance(seq, bool):
                    raise TypeError("seq must be an integer")
                old = conn.execute("SELECT seq FROM watchlist WHERE entry_id = ?",
                                   (entry_id,)).fetchone()
                if old is not None and old[0] > seq:
                    continue
                if op == "add":
                    key = item["key"]
                    if not isinstance(key, str) or not key:
                        raise ValueError("a watch-list entry without a key")
                    conn.execute(
                        "INSERT INTO watchlist (entry_id, key, category, seq)"
                        " VALUES (?,?,?,?) ON CONFLICT(entry_id) DO UPDATE SET"
                        " key = excluded.key, category = excluded.category,"
                        " seq = excluded.seq",
                        (entry_id, key.lower(), item.get("category"), seq),
                    )
                elif op == "remove":
                    conn.execute("DELETE FROM watchlist WHERE entry_id = ?",
                                 (entry_id,))
                else:
                    raise ValueError(f"unknown watch-list operation {op!r}")
                applied += 1
        return applied

    def categories(self, key: str) -> list[str]:
        """The categories listed under a document key (empty: not listed)."""
        return [r[0] or "" for r in self.db.conn.execute(
            "SELECT category FROM watchlist WHERE key = ? ORDER BY category",
            (key.lower(),))]

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM watchlist").fetchone()[0])

    def clear(self) -> None:
        with write_transaction(self.db):
            self.db.conn.execute("DELETE FROM watchlist")
