"""Names indexed after the save (schema m0006): searches find the same either way."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from helpers.builders import NOW, car_crossing, crossing, person
from sqlite_utils import Database

from borderdesk import demo
from borderdesk.storage import name_index
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import WalCheckpointer, write_transaction
from borderdesk.storage.errors import StorageError
from borderdesk.storage.names import fts_query, key_matches, query_terms

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(db: Database) -> CrossingStore:
    return CrossingStore(db)


@pytest.fixture
def reader(db: Database, db_factory: Callable[..., Database]) -> CrossingStore:
    """A read-only connection: its searches cannot index, they scan what waits."""
    return CrossingStore(db_factory(readonly=True))


def _ids(found: list) -> list[str]:  # type: ignore[type-arg]
    return [s.crossing.id for s in found]


def _in_index(db: Database, word: str) -> list[int]:
    return [r[0] for r in db.conn.execute(
        "SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?", (f'"{word}"',))]


def _index_ok(db: Database) -> None:
    db.conn.execute("INSERT INTO persons_fts (persons_fts) VALUES ('integrity-check')")


def _record(store: CrossingStore, surname: str, given: str) -> str:
    c = crossing(persons=[person(surname=surname, given_names=given)])
    store.record(c, actor="officer1", now=NOW)
    return c.id


def test_a_save_leaves_its_names_waiting_and_searches_find_them(
    store: CrossingStore, reader: CrossingStore, db: Database
) -> None:
    car = car_crossing()
    store.record(car, actor="officer1", now=NOW)
    assert name_index.pending(db.conn) == 2  # driver and passenger
    assert name_index.indexed_to(db.conn) == 0
    assert _in_index(db, "nguyen") == []  # not in the index...
    assert _ids(reader.search_names("Nguyễn Văn An")) == [car.id]  # ...found anyway
    assert _ids(reader.search_names("tran thi b")) == [car.id]
    assert _ids(reader.search_names("ng v a")) == [car.id]  # the prefix fallback
    assert reader.search_names("nguyenx") == []
    assert name_index.pending(db.conn) == 2  # a read-only search indexes nothing


def test_indexing_catches_up_in_batches(store: CrossingStore, db: Database) -> None:
    ids = [_record(store, "Lò", f"Văn {i}") for i in range(7)]
    assert name_index.pending(db.conn) == 7
    assert name_index.index_pending(store.db, limit=3) == 3
    assert name_index.pending(db.conn) == 4
    assert name_index.catch_up(store.db, batch=3) == 4
    assert name_index.pending(db.conn) == 0
    top = db.conn.execute("SELECT max(id) FROM crossing_persons").fetchone()[0]
    assert name_index.indexed_to(db.conn) == top
    assert len(_in_index(db, "lo")) == 7
    _index_ok(db)
    assert name_index.index_pending(store.db) == 0  # nothing waits: no transaction
    assert set(_ids(store.search_names("lo van"))) == set(ids)


def test_a_search_indexes_first_when_it_can(store: CrossingStore, db: Database) -> None:
    cid = _record(store, "Hà", "Vy")
    assert name_index.pending(db.conn) == 1
    assert _ids(store.search_names("ha vy")) == [cid]
    assert name_index.pending(db.conn) == 0
    assert _in_index(db, "vy") != []


def test_a_search_inside_a_write_transaction_sees_it_and_commits_nothing(
    store: CrossingStore, db: Database
) -> None:
    with write_transaction(db):
        cid = _record(store, "Mai", "Lan")
        assert _ids(store.search_names("mai lan")) == [cid]
        assert db.conn.in_transaction
    assert name_index.pending(db.conn) == 1


def test_record_many_indexes_in_its_own_transaction(
    store: CrossingStore, db: Database
) -> None:
    batch = [crossing(persons=[person(surname="Vũ", given_names=f"Minh {i}")])
             for i in range(5)]
    store.record_many(batch, actor="import", now=NOW)
    assert name_index.pending(db.conn) == 0
    assert len(_in_index(db, "vu")) == 5
    _index_ok(db)


def _queries(names: list[str], rng: random.Random) -> list[str]:
    """Whole names, words, word orders, unfinished words, abbreviations, misses."""
    out = ["", "!!!", "zz", "nguyenx", "an", "ng", "van a", "thi"]
    for name in rng.sample(names, min(40, len(names))):
        words = name.split()
        out += [name, name.upper(), words[0], words[-1], " ".join(reversed(words)),
                " ".join(w[:2] for w in words), f"{words[0]} {words[-1][:1]}",
                words[-1][:3]]
    return out


def test_results_are_the_same_indexed_or_not(
    store: CrossingStore, reader: CrossingStore, db: Database
) -> None:
    people = list(demo.generate(300, start=date(2026, 3, 1), days=5, seed=7))
    for c in people:
        store.record(c, actor="officer1", now=NOW)
    names = sorted({p.identity.full_name for c in people for p in c.persons})
    queries = _queries(names, random.Random(3))

    def results() -> list[list[str]]:
        return [_ids(reader.search_names(q, limit=20)) for q in queries]

    waiting = results()  # nothing indexed: every row matched by key_matches
    assert name_index.indexed_to(db.conn) == 0
    assert sum(map(len, waiting)) > len(queries)  # the queries do find things
    name_index.index_pending(store.db, limit=180)  # half indexed, half waiting
    assert name_index.pending(db.conn) > 0
    half = results()
    name_index.catch_up(store.db)
    assert name_index.pending(db.conn) == 0
    indexed = results()  # all from the FTS index
    assert waiting == half == indexed


@pytest.mark.parametrize("seed", range(5))
def test_key_matches_agrees_with_fts5(seed: int) -> None:
    rng = random.Random(seed)
    words = ["an", "anh", "ba", "binh", "nguyen", "ng", "van", "vy", "le", "li",
             "1990", "a1", "x"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(name_key, tokenize='unicode61',"
                 " prefix='1 2 3')")
    keys = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
            for _ in range(200)]
    keys += ["NGUYEN VAN AN", "  le   van  ", "nguyễn văn", "o'brien-smith j"]
    conn.executemany("INSERT INTO f (rowid, name_key) VALUES (?, ?)",
                     enumerate(keys, 1))
    for _ in range(200):
        text = " ".join(rng.choice(words)[: rng.randint(1, 4)]
                        for _ in range(rng.randint(1, 3)))
        for terms in query_terms(text):
            by_fts = {r[0] for r in conn.execute(
                "SELECT rowid FROM f WHERE f MATCH ?", (fts_query(terms),))}
            by_key = {i for i, key in enumerate(keys, 1) if key_matches(terms, key)}
            assert by_fts == by_key, (text, terms)


def test_a_failed_indexing_leaves_index_and_mark_as_they_were(
    store: CrossingStore, db: Database
) -> None:
    _record(store, "Đinh", "Công")
    name_index.catch_up(store.db)
    waiting = _record(store, "Trịnh", "Quang")
    mark = name_index.indexed_to(db.conn)
    db.conn.execute(
        "CREATE TRIGGER fail_mark BEFORE UPDATE ON persons_fts_state"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
    with pytest.raises(StorageError, match="injected failure"):
        name_index.index_pending(store.db)
    assert name_index.indexed_to(db.conn) == mark
    assert _in_index(db, "trinh") == []  # the index rolled back with the mark
    assert store.index_names() == 0  # a search's indexing gives way quietly
    assert _ids(store.search_names("trinh quang")) == [waiting]
    db.conn.execute("DROP TRIGGER fail_mark")
    assert name_index.catch_up(store.db) == 1
    _index_ok(db)


def test_a_crash_between_the_save_and_its_indexing_loses_nothing(
    db_path: Path, db_factory: Callable[..., Database]
) -> None:
    db_factory().close()  # create and migrate
    script = textwrap.dedent(f"""
        import os, sys
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from helpers.builders import NOW, crossing, person
        from borderdesk.storage.crossings import CrossingStore
        from borderdesk.storage.db import open_db
        store = CrossingStore(open_db({str(db_path)!r}))
        c = crossing(persons=[person(surname="Quách", given_names="Tĩnh")])
        store.record(c, actor="officer1", now=NOW)
        print(c.id, flush=True)
        os._exit(0)  # no close, no checkpoint, no indexing: as if killed
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True,
                          text=True, check=True, timeout=60)
    cid = done.stdout.strip()
    db = db_factory()
    assert name_index.pending(db.conn) == 1
    assert _ids(CrossingStore(db_factory(readonly=True)).search_names("quach tinh")) \
        == [cid]
    assert _ids(CrossingStore(db).search_names("quach tinh")) == [cid]  # indexes first
    assert name_index.pending(db.conn) == 0
    _index_ok(db)


def test_deleting_rows_keeps_the_index_and_the_mark_right(
    store: CrossingStore, db: Database
) -> None:
    """The application never deletes a person row; if someone does, the index loses
    only indexed rows, and an id SQLite hands out again is indexed again."""
    for i in range(3):
        _record(store, "Tạ", f"Indexed {i}")
    name_index.catch_up(store.db)
    for i in range(2):
        _record(store, "Tạ", f"Waiting {i}")
    top = db.conn.execute("SELECT max(id) FROM crossing_persons").fetchone()[0]
    mark = name_index.indexed_to(db.conn)
    assert top == mark + 2
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    # the waiting rows, then the highest indexed one: the mark comes down below it
    conn.execute("DELETE FROM crossing_persons WHERE id > ?", (mark,))
    assert name_index.indexed_to(conn) == mark
    conn.execute("DELETE FROM crossing_persons WHERE id = ?", (mark,))
    assert name_index.indexed_to(conn) == mark - 1
    conn.execute("PRAGMA foreign_keys = ON")
    # the next row gets the deleted id again: it waits to be indexed
    again = _record(store, "Tạ", "Again")
    new_id = conn.execute("SELECT max(id) FROM crossing_persons").fetchone()[0]
    assert new_id == mark
    assert name_index.pending(conn) == 1
    name_index.catch_up(store.db)
    _index_ok(db)
    assert _ids(store.search_names("ta again")) == [again]
    assert len(_in_index(db, "ta")) == 3  # two indexed, one again


def test_rebuild_moves_the_mark(store: CrossingStore, db: Database) -> None:
    _record(store, "Hồ", "Xuân")
    name_index.rebuild(store.db)
    assert name_index.pending(db.conn) == 0
    _index_ok(db)
    assert name_index.catch_up(store.db) == 0  # nothing indexed twice
    _index_ok(db)


def test_the_checkpointer_indexes_when_the_database_is_idle(
    db_path: Path, store: CrossingStore, db: Database
) -> None:
    checkpointer = WalCheckpointer(db_path, interval=0.01).start()
    try:
        cid = _record(store, "Kiều", "Nga")
        deadline = time.monotonic() + 10
        while name_index.pending(db.conn) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert name_index.pending(db.conn) == 0
        assert checkpointer.indexed == 1
        assert _in_index(db, "kieu") != []
    finally:
        checkpointer.stop()
    assert _ids(store.search_names("kieu nga")) == [cid]
    _index_ok(db)


def test_the_checkpointer_indexes_a_backlog_while_saves_go_on(
    db_path: Path, store: CrossingStore, db: Database
) -> None:
    checkpointer = WalCheckpointer(db_path, interval=0.005, backlog=3).start()
    try:
        deadline = time.monotonic() + 10
        while checkpointer.indexed == 0 and time.monotonic() < deadline:
            _record(store, "Khúc", "Hạo")  # never idle for a whole round
        assert checkpointer.indexed > 0
    finally:
        checkpointer.stop()
    assert name_index.pending(db.conn) == 0  # and the rest when it stops
    _index_ok(db)


def test_without_indexing_the_checkpointer_leaves_names_waiting(
    db_path: Path, store: CrossingStore, db: Database
) -> None:
    checkpointer = WalCheckpointer(db_path, interval=0.01, index_names=False).start()
    try:
        _record(store, "Lạc", "Long")
        time.sleep(0.1)
    finally:
        checkpointer.stop()
    assert name_index.pending(db.conn) == 1
