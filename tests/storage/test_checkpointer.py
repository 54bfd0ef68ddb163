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


def test_the_checkpointer_reserves_wal_space_and_commits_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.db"
    db = open_db(path, autocheckpoint=False)
    store = CrossingStore(db)
    ids = [store.record(crossing(), actor="t").id for _ in range(3)]
    checkpointer = WalCheckpointer(path, interval=0.01, reserve=2 << 20).start()
    try:
        deadline = time.monotonic() + 10
        while _wal_size(path) < 2 << 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _wal_size(path) >= 2 << 20
        names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
        assert "borderdesk_wal_reserve" not in names  # rolled back, never committed
        assert store.count() == 3
        ids.append(store.record(crossing(), actor="t").id)  # saving goes on as before
        assert db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        checkpointer.stop()
    try:
        assert _wal_size(path) == 0
        assert all(store.get(i) is not None for i in ids)
    finally:
        db.close()


def test_under_sustained_saves_the_wal_rewinds_within_its_reserve(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.db"
    db = open_db(path, autocheckpoint=False)
    reserve = 1 << 20
    checkpointer = WalCheckpointer(path, interval=0.005, reserve=reserve)
    checkpointer.RESTART_BACKOFF = 0.01
    checkpointer.start()
    try:
        store = CrossingStore(db)
        deadline = time.monotonic() + 20
        written = 0
        while (checkpointer.restarts < 3 or written < 10 * reserve) \
                and time.monotonic() < deadline:
            # a queue of saves, with the moment each takes to come (as the counter's)
            store.record(crossing(notes="x" * 1500), actor="t")
            written += 4 * 4096  # at least: the pages of four tables
            time.sleep(0.0005)
        assert checkpointer.restarts >= 3
        # Without the rewinds the WAL would hold everything written since the start.
        assert _wal_size(path) < written / 2
    finally:
        checkpointer.stop()
        db.close()
