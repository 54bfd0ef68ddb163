"""WAL checkpoints off the save path: autocheckpoint off + WalCheckpointer."""

from __future__ import annotations

import os
import time
from pathlib import Path

from helpers.builders import crossing

from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import WalCheckpointer, open_db


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_without_autocheckpoint_saves_never_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = open_db(path, autocheckpoint=False)
    try:
        assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        store = CrossingStore(db)
        sizes = []
        for _ in range(120):  # well past 1000 WAL pages with the default
            store.record(crossing(), actor="t")
            sizes.append(_wal_size(path))
        # The WAL only grows: no save restarted it (a checkpoint inside a commit would).
        assert sizes == sorted(sizes)
        assert sizes[-1] > 1000 * 4096
    finally:
        db.close()


def test_checkpointer_keeps_the_wal_bounded_and_truncates_on_stop(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = open_db(path, autocheckpoint=False)
    checkpointer = WalCheckpointer(path, interval=0.01).start()
    try:
        store = CrossingStore(db)
        ids = []
        for _ in range(60):
            ids.append(store.record(crossing(), actor="t").id)
        deadline = time.monotonic() + 10
        while checkpointer.checkpoints < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert checkpointer.checkpoints >= 3
        assert checkpointer.last_error is None
    finally:
        checkpointer.stop()
    try:
        assert _wal_size(path) == 0  # the final TRUNCATE checkpoint
        # Everything saved is in the database file proper and reads back.
        assert all(CrossingStore(db).get(i) is not None for i in ids)
    finally:
        db.close()
    other = open_db(path, readonly=True)
    try:
        assert CrossingStore(other).count() == 60
    finally:
        other.close()
    assert os.path.getsize(path) > 0
