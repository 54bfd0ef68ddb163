"""PredeclarationStore: look-ups by document and by declared name."""

from __future__ import annotations

import pytest
from helpers.builders import identity, predeclaration
from sqlite_utils import Database

from borderdesk.storage.predeclarations import PredeclarationStore


@pytest.fixture
def store(db: Database) -> PredeclarationStore:
    return PredeclarationStore(db)


def _refs(rows: list[dict[str, object]]) -> list[object]:
    return [r["reference"] for r in rows]


def _name_rows(db: Database) -> list[tuple[str, int, str]]:
    return db.conn.execute(
        "SELECT reference, seq, name_key FROM predeclaration_persons ORDER BY id"
    ).fetchall()


def test_declared_names_are_found_without_accents_or_case(store: PredeclarationStore
                                                          ) -> None:
    store.upsert([
        predeclaration("R1", seq=1, persons=[
            identity(),
            {"identity": identity(surname="Đặng", given_names="Thị Ánh",
                                  document_number="C2345678")},
        ]),
        predeclaration("R2", seq=2, persons=[
            identity(surname="Trần", given_names="Bình", document_number="C3456789")]),
    ])
    for query in ("Nguyễn Văn An", "nguyen van an", "NGUYEN VAN AN", "an nguyen",
                  "nguyen van a", "nguy v a", "dang thi anh", "Đặng"):
        assert _refs(store.by_name(query)) == ["R1"], query
    assert _refs(store.by_name("tran binh")) == ["R2"]
    assert store.by_name("le van tam") == []
    assert store.by_name("  -- ") == []
    (row,) = store.by_name("dang")
    assert row == store.get("R1")  # what upsert stored, in get()'s shape
    assert row["persons"][1]["identity"]["surname"] == "Đặng"


def test_newest_first_and_limited(store: PredeclarationStore) -> None:
    store.upsert([predeclaration(f"R{i}", seq=i) for i in range(1, 6)])
    assert _refs(store.by_name("nguyen van an", limit=3)) == ["R5", "R4", "R3"]


def test_an_update_replaces_the_names(store: PredeclarationStore, db: Database) -> None:
    store.upsert([predeclaration("R1", seq=1)])
    lo = identity(surname="Lò", given_names="Văn Pó")
    store.upsert([predeclaration("R1", seq=2, persons=[lo])])
    assert store.by_name("nguyen van an") == []
    assert _refs(store.by_name("lo van po")) == ["R1"]
    assert _name_rows(db) == [("R1", 0, "lo van po")]
    # an older copy read again changes nothing
    store.upsert([predeclaration("R1", seq=1)])
    assert _name_rows(db) == [("R1", 0, "lo van po")]
    fts = db.conn.execute("SELECT count(*) FROM predeclaration_persons_fts").fetchone()
    assert fts == (1,)


def test_nameless_and_malformed_persons_are_passed_over(store: PredeclarationStore,
                                                        db: Database) -> None:
    store.upsert([predeclaration("R1", persons=[
        identity(surname="", given_names=""), "not a person", {"identity": 3},
        identity(surname="Hà", given_names="Giang"),
    ])])
    assert _name_rows(db) == [("R1", 3, "ha giang")]


def test_gate_and_direction_filters(store: PredeclarationStore) -> None:
    store.upsert([
        predeclaration("R1", seq=1),
        predeclaration("R2", seq=2, gate="LAOBAO"),
        predeclaration("R3", seq=3, direction="entry"),
    ])
    assert _refs(store.by_name("nguyen", gate="mongcai")) == ["R3", "R1"]
    assert _refs(store.by_name("nguyen", gate="MONGCAI", direction="exit")) == ["R1"]
    assert _refs(store.by_document("c1234567")) == ["R3", "R2", "R1"]
    assert _refs(store.by_document("C1234567", gate="LAOBAO")) == ["R2"]
    assert _refs(store.by_document("C1234567", "VNM", direction="entry")) == ["R3"]
    assert store.by_document("C1234567", "CHN") == []
