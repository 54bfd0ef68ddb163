"""Write one SQLite file per earlier schema, for the upgrade tests.

When a migration is added, add the step before it to :data:`SCHEMAS` and run this
from the repository root; commit the new file and never regenerate the old ones (they
stand for databases already in the field)::

    .venv/bin/python tests/data/db/make_fixtures.py            # writes missing files
    .venv/bin/python tests/data/db/make_fixtures.py --force    # rewrites them all

Each file holds the crossings of :data:`FIXTURE_CROSSINGS`, recorded through the
store of this code base on the schema as it was after migration ``<step>``, and the
audit entries that recording wrote. ``tests/storage/test_migrations.py`` migrates a copy
of each file to the current schema and checks the old rows are still found.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from helpers.builders import car_crossing, crossing, person  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from borderdesk.storage import migrations  # noqa: E402
from borderdesk.storage.crossings import CrossingStore  # noqa: E402
from borderdesk.storage.db import (  # noqa: E402
    open_db,
    schema_version,
    write_transaction,
)

RECORDED_AT = datetime(2025, 6, 1, 2, 0, tzinfo=UTC)

# Fixed ids so the tests can look the rows up: (id, surname, given names, document).
FIXTURE_CROSSINGS = [
    ("01974a1c-6c00-7000-8000-000000000001", "Nguyễn", "Văn An", "C1234567"),
    ("01974a1c-6c00-7000-8000-000000000002", "Đặng", "Thị Ánh", "C2345678"),
    ("01974a1c-6c00-7000-8000-000000000003", "Trần", "Bình", "C3456789"),
]
CAR_ID = "01974a1c-6c00-7000-8000-000000000004"

# schema step the file stops after -> the first migration NOT applied
SCHEMAS = {
    "m0001_crossings": "m0002_name_search",
    "m0002_name_search": "m0003_trusted_keys",
    "m0003_trusted_keys": "m0004_sync",
    "m0004_sync": "m0005_officers",
    "m0005_officers": "m0006_deferred_name_index",
    "m0006_deferred_name_index": "m0007_document_history_index",
    "m0007_document_history_index": "m0008_history_by_time",
}

# Pre-declarations pulled from the portal, in the files whose schema has them (m0004
# on): (reference, surname, given names, document).
FIXTURE_PREDECLARATIONS = [
    ("TTBP-250601-000001", "Phạm", "Thị Đào", "C4567890"),
    ("TTBP-250601-000002", "Lưu", "Đức Thắng", "C5678901"),
]


def fixture_path(step: str) -> Path:
    return HERE / f"schema_{step}.db"


def build(step: str, stop_before: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    db = open_db(path, migrate=False)
    try:
        with write_transaction(db):
            migrations.MIGRATIONS.apply(db, stop_before=stop_before)
        store = CrossingStore(db)
        for cid, surname, given, number in FIXTURE_CROSSINGS:
            store.record(
                crossing(
                    id=cid,
                    time_utc="2025-06-01T01:00:00Z",
                    persons=[
                        person(
                            surname=surname, given_names=given, document_number=number
                        )
                    ],
                ),
                actor="fixture",
                now=RECORDED_AT,
            )
        store.record(
            car_crossing(id=CAR_ID, time_utc="2025-06-01T01:30:00Z"),
            actor="fixture",
            now=RECORDED_AT,
        )
        applied = schema_version(db)
        if "m0006_deferred_name_index" in applied:
            # names are indexed after the save: as the app does before it stops
            from borderdesk.storage import name_index

            name_index.catch_up(db)
        if "m0005_officers" in applied:
            _predeclarations_indexed(db)
        elif "m0004_sync" in applied:
            _predeclarations(db)
        # a self-contained file: no -wal/-shm next to it, no free pages
        db.conn.execute("PRAGMA journal_mode = DELETE")
        db.conn.execute("PRAGMA page_size = 1024")  # takes effect with the VACUUM
        db.conn.execute("VACUUM")
    finally:
        db.close()


def _predeclarations(db: Database) -> None:
    # Written as m0004's store did (no name index yet), so the upgrade must fill it.
    with write_transaction(db):
        for seq, (reference, surname, given, number) in enumerate(
            FIXTURE_PREDECLARATIONS, 1
        ):
            ident = person(surname=surname, given_names=given, document_number=number)
            db.conn.execute(
                "INSERT INTO predeclarations (reference, declarant, gate, direction,"
                " expected_date, status, persons, vehicle, seq, received_at)"
                " VALUES (?,?,?,?,?,?,?,NULL,?,?)",
                (reference, f"{surname} {given}", "MONGCAI", "exit", "2025-06-01",
                 "confirmed", json.dumps([ident["identity"]], ensure_ascii=False),
                 seq, RECORDED_AT.isoformat()),
            )
            db.conn.execute(
                "INSERT INTO predeclaration_documents (reference, issuing_state,"
                " document_number) VALUES (?,?,?)",
                (reference, "VNM", number),
            )


def _predeclarations_indexed(db: Database) -> None:
    # From m0005 on the store fills their name index as it writes them.
    from borderdesk.storage.predeclarations import PredeclarationStore

    items = []
    for seq, (reference, surname, given, number) in enumerate(
        FIXTURE_PREDECLARATIONS, 1
    ):
        ident = person(surname=surname, given_names=given, document_number=number)
        items.append({"reference": reference, "declarant": f"{surname} {given}",
                      "gate": "MONGCAI", "direction": "exit",
                      "expected_date": "2025-06-01", "status": "confirmed",
                      "persons": [ident["identity"]], "seq": seq})
    PredeclarationStore(db).upsert(items, RECORDED_AT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite existing files")
    args = parser.parse_args()
    for step, stop_before in SCHEMAS.items():
        path = fixture_path(step)
        if path.exists() and not args.force:
            print(f"kept {path.relative_to(ROOT)}")  # noqa: T201
            continue
        build(step, stop_before, path)
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
