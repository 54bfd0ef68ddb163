"""Upgrading databases written by earlier schemas (files kept in tests/data/db/)."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from helpers.builders import NOW, crossing, person
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from borderdesk.config import Settings
from borderdesk.services import AuthService
from borderdesk.storage import audit, migrations, name_index
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db, schema_version
from borderdesk.storage.errors import StorageReadOnly
from borderdesk.storage.predeclarations import PredeclarationStore

DATA = Path(__file__).resolve().parents[1] / "data" / "db"


def _load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_fixtures", DATA / "make_fixtures.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


maker = _load_maker()


def _all_migrations() -> list[str]:
    db = open_db(":memory:", migrate=False)
    try:
        return [m.name for m in migrations.MIGRATIONS.pending(db)]
    finally:
        db.close()


ALL = _all_migrations()
EARLIER = ALL[:-1]


def _schema(db: Database) -> list[tuple[str, str, str, str]]:
    """sqlite_master without root pages, whitespace in the SQL folded."""
    return sorted(
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in db.conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def old_copy(tmp_path: Path) -> Callable[[str], Path]:
    def copy(step: str) -> Path:
        target = tmp_path / f"old_{step}.db"
        shutil.copyfile(maker.fixture_path(step), target)
        return target

    return copy


def test_there_is_a_file_for_every_earlier_schema() -> None:
    assert ALL[:2] == ["m0001_crossings", "m0002_name_search"]
    assert set(maker.SCHEMAS) == set(EARLIER)
    for step in EARLIER:
        path = maker.fixture_path(step)
        assert path.exists(), f"run tests/data/db/make_fixtures.py for {step}"
        assert path.stat().st_size < 100_000
        assert maker.SCHEMAS[step] == ALL[ALL.index(step) + 1]


@pytest.mark.parametrize("step", EARLIER)
def test_file_is_at_its_schema(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    db = db_factory(old_copy(step), migrate=False)
    assert schema_version(db) == ALL[: ALL.index(step) + 1]
    assert CrossingStore(db).count() == len(maker.FIXTURE_CROSSINGS) + 1


@pytest.mark.parametrize("step", EARLIER)
def test_upgrade_reaches_the_current_schema(
    step: str,
    old_copy: Callable[[str], Path],
    db_factory: Callable[..., Database],
    tmp_path: Path,
) -> None:
    original = _sha(maker.fixture_path(step))
    db = db_factory(old_copy(step))
    fresh = db_factory(tmp_path / "fresh.db")

    assert schema_version(db) == ALL
    assert migrations.MIGRATIONS.pending(db) == []
    assert _schema(db) == _schema(fresh)
    assert db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _sha(maker.fixture_path(step)) == original  # the kept file is untouched


@pytest.mark.parametrize("step", EARLIER)
def test_old_rows_are_found_after_upgrade(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    db = db_factory(old_copy(step))
    store = CrossingStore(db)
    for cid, surname, given, number in maker.FIXTURE_CROSSINGS:
        full = f"{surname} {given}"
        for query in (full, full.lower(), maker_fold(full)):
            found = [s.crossing.id for s in store.search_names(query)]
            assert cid in found, (query, found)
        assert cid in [s.crossing.id for s in store.by_document(number)]
        stored = store.get(cid)
        assert stored is not None
        assert stored.sync_state == "pending"
    # the old car crossing's passenger is in the name index too
    assert maker.CAR_ID in [s.crossing.id for s in store.search_names("tran thi binh")]
    # the FTS index holds every person row (backfilled by the migration)
    persons = db.conn.execute("SELECT count(*) FROM crossing_persons").fetchone()[0]
    indexed = db.conn.execute("SELECT count(*) FROM persons_fts").fetchone()[0]
    assert indexed == persons == len(maker.FIXTURE_CROSSINGS) + 2


@pytest.mark.parametrize("step", EARLIER)
def test_old_rows_are_in_the_history_after_upgrade(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    """m0008 copies each crossing's time, direction, gate and time zone to its person
    rows (the history index)."""
    db = db_factory(old_copy(step))
    assert db.conn.execute(
        "SELECT count(*), sum((p.time_utc, p.direction, p.gate, p.timezone)"
        " IS (c.time_utc, c.direction, c.gate, c.timezone))"
        " FROM crossing_persons p JOIN crossings c ON c.id = p.crossing_id"
    ).fetchone() == (len(maker.FIXTURE_CROSSINGS) + 2,) * 2
    store = CrossingStore(db)
    for cid, _surname, _given, number in maker.FIXTURE_CROSSINGS[1:]:
        found = store.previous_crossing(number, "VNM", NOW)
        assert found is not None
        assert found.id == cid
    # the first document also drove the later car crossing
    found = store.previous_crossing(maker.FIXTURE_CROSSINGS[0][3], "VNM", NOW)
    assert found is not None
    assert found.id == maker.CAR_ID


@pytest.mark.parametrize("step", EARLIER)
def test_audit_chain_survives_upgrade_and_continues(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    db = db_factory(old_copy(step))
    before = audit.verify(db)
    assert before.ok
    assert before.entries == len(maker.FIXTURE_CROSSINGS) + 1
    store = CrossingStore(db)
    new = crossing(persons=[person(surname="Lò", given_names="Văn Pó")])
    store.record(new, actor="officer1", now=NOW)
    after = audit.verify(db)
    assert after.ok
    assert after.entries == before.entries + 1
    assert [s.crossing.id for s in store.search_names("lo van po")] == [new.id]


@pytest.mark.parametrize("step", EARLIER)
def test_the_upgrade_marks_every_old_name_indexed_and_new_ones_wait(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    db = db_factory(old_copy(step))
    conn = db.conn
    top = conn.execute("SELECT max(id) FROM crossing_persons").fetchone()[0]
    assert name_index.indexed_to(conn) == top
    assert name_index.pending(conn) == 0
    conn.execute("INSERT INTO persons_fts (persons_fts) VALUES ('integrity-check')")
    triggers = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "persons_fts_ai" not in triggers
    store = CrossingStore(db)
    new = crossing(persons=[person(surname="Lò", given_names="Văn Pó")])
    store.record(new, actor="officer1", now=NOW)
    assert name_index.pending(conn) == 1  # the save left its name to the index
    assert [s.crossing.id for s in store.search_names("lo van po")] == [new.id]
    assert name_index.pending(conn) == 0
    conn.execute("INSERT INTO persons_fts (persons_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize("step", EARLIER)
def test_officers_can_be_added_and_sign_in_after_upgrade(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database],
    settings: Settings,
) -> None:
    db = db_factory(old_copy(step))
    auth = AuthService(db, settings, clock=lambda: NOW)
    assert not auth.has_officers()
    # the first officer of an upgraded terminal is its admin, like a new one's
    auth.create_officer("AD0001", "Phạm Quốc Bảo", "admin", "112233", actor=None)
    session = auth.sign_in("ad0001", "112233")
    assert session.officer.name == "Phạm Quốc Bảo"
    report = audit.verify(db)
    assert report.ok
    assert report.entries == len(maker.FIXTURE_CROSSINGS) + 1 + 2


def test_pulled_predeclarations_get_their_name_index_on_upgrade(
    old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    db = db_factory(old_copy("m0004_sync"))
    store = PredeclarationStore(db)
    assert store.count() == len(maker.FIXTURE_PREDECLARATIONS) > 0
    for reference, surname, given, number in maker.FIXTURE_PREDECLARATIONS:
        full = f"{surname} {given}"
        assert [r["reference"] for r in store.by_name(maker_fold(full))] == [reference]
        assert [r["reference"] for r in store.by_name(full)] == [reference]
        assert [r["reference"] for r in store.by_document(number)] == [reference]
    indexed = db.conn.execute(
        "SELECT count(*) FROM predeclaration_persons_fts").fetchone()[0]
    assert indexed == len(maker.FIXTURE_PREDECLARATIONS)


def test_opening_twice_applies_nothing_more(
    db_factory: Callable[..., Database], tmp_path: Path
) -> None:
    path = tmp_path / "twice.db"
    first = db_factory(path)
    applied = [(m.name, m.applied_at) for m in migrations.MIGRATIONS.applied(first)]
    first.close()
    second = db_factory(path)
    assert [
        (m.name, m.applied_at) for m in migrations.MIGRATIONS.applied(second)
    ] == applied


@pytest.mark.parametrize("step", EARLIER)
def test_readonly_open_of_an_old_schema_is_refused(
    step: str, old_copy: Callable[[str], Path], db_factory: Callable[..., Database]
) -> None:
    path = old_copy(step)
    with pytest.raises(StorageReadOnly):
        db_factory(path, readonly=True)
    assert schema_version(db_factory(path, migrate=False))[-1] == step  # unchanged


def test_a_failing_migration_leaves_the_old_file_as_it_was(
    old_copy: Callable[[str], Path],
    db_factory: Callable[..., Database],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = Migrations("borderdesk")
    broken()(migrations.m0001_crossings)
    broken()(migrations.m0002_name_search)

    @broken()
    def m9999_broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    path = old_copy(EARLIER[0])
    with pytest.raises(RuntimeError, match="migration bug"):
        open_db(path)
    monkeypatch.undo()
    db = db_factory(path, migrate=False)
    # all steps ran in one transaction: m0002 was rolled back with the failing step
    assert schema_version(db) == ["m0001_crossings"]
    names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert "persons_fts" not in names


def maker_fold(text: str) -> str:
    from borderdesk.core.text import fold_ascii

    return fold_ascii(text)
