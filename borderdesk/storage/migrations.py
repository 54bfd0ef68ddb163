"""Schema migrations, one function per step, forward only.

Every step is transactional. A database file at each earlier step is kept under
``tests/data/db/`` and the tests migrate each one to the current schema.
"""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from borderdesk.storage.names import declared_name_keys

MIGRATIONS = Migrations("borderdesk")


@MIGRATIONS()
def m0001_crossings(db: Database) -> None:
    """Crossings, the people in them, the outbox and the hash-chained audit log."""
    db.execute(
        """
        CREATE TABLE crossings (
            id TEXT PRIMARY KEY,
            version INTEGER NOT NULL DEFAULT 1,
            supersedes TEXT REFERENCES crossings(id),
            gate TEXT NOT NULL,
            terminal TEXT NOT NULL,
            officer TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('exit', 'entry')),
            mode TEXT NOT NULL,
            decision TEXT NOT NULL,
            time_utc TEXT NOT NULL,
            local_date TEXT NOT NULL,
            timezone TEXT NOT NULL,
            predeclaration_ref TEXT,
            vehicle_plate TEXT,
            payload TEXT NOT NULL,
            payload_sha256 TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX crossings_day ON crossings(local_date, gate, time_utc)")
    # A crossing can be superseded once: amendments form a chain, not a tree.
    db.execute(
        "CREATE UNIQUE INDEX crossings_supersedes ON crossings(supersedes)"
        " WHERE supersedes IS NOT NULL"
    )
    db.execute(
        """
        CREATE TABLE crossing_persons (
            -- explicit: VACUUM may renumber implicit rowids, the FTS index uses these
            id INTEGER PRIMARY KEY,
            crossing_id TEXT NOT NULL REFERENCES crossings(id),
            seq INTEGER NOT NULL,
            role TEXT NOT NULL,
            decision TEXT NOT NULL,
            surname TEXT NOT NULL,
            given_names TEXT NOT NULL,
            name_key TEXT NOT NULL,
            sex TEXT NOT NULL,
            birth_date TEXT,
            nationality TEXT NOT NULL,
            document_type TEXT NOT NULL,
            document_number TEXT NOT NULL,
            issuing_state TEXT NOT NULL,
            expiry_date TEXT,
            UNIQUE (crossing_id, seq)
        )
        """
    )
    db.execute("CREATE INDEX persons_document ON crossing_persons(document_number)")
    db.execute(
        """
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL UNIQUE,
            crossing_id TEXT NOT NULL REFERENCES crossings(id),
            function TEXT NOT NULL CHECK (function IN ('declare', 'amend', 'cancel')),
            ref_crossing_id TEXT REFERENCES crossings(id),
            state TEXT NOT NULL DEFAULT 'pending',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX outbox_crossing ON outbox(crossing_id)")
    db.execute("CREATE INDEX outbox_state ON outbox(state, seq)")
    db.execute(
        """
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            terminal TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX audit_entity ON audit(entity, entity_id)")
    # Append-only: the application never updates or deletes an entry. The hash chain
    # detects changes made around these triggers (another tool, a dropped trigger).
    db.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@MIGRATIONS()
def m0002_name_search(db: Database) -> None:
    """Accent-insensitive full-text index over names (schema 1 searched with LIKE).

    ``name_key`` is already folded (no diacritics, Đ -> d, lower case), so the plain
    unicode61 tokenizer suffices; prefix indexes serve names typed partially.
    """
    db.execute(
        "CREATE VIRTUAL TABLE persons_fts USING fts5("
        " name_key, content='crossing_persons', content_rowid='id',"
        " tokenize='unicode61', prefix='1 2 3')"
    )
    db.execute(
        "CREATE TRIGGER persons_fts_ai AFTER INSERT ON crossing_persons BEGIN"
        " INSERT INTO persons_fts(rowid, name_key) VALUES (new.id, new.name_key);"
        " END"
    )
    db.execute(
        "CREATE TRIGGER persons_fts_ad AFTER DELETE ON crossing_persons BEGIN"
        " INSERT INTO persons_fts(persons_fts, rowid, name_key)"
        " VALUES ('delete', old.id, old.name_key); END"
    )
    db.execute("INSERT INTO persons_fts(persons_fts) VALUES ('rebuild')")


@MIGRATIONS()
def m0003_trusted_keys(db: Database) -> None:
    """Public keys this terminal trusts: the gate's terminals (receipts) and the
    portal (confirmation slips), by key id. The terminal's own key is one of them."""
    db.execute(
        """
        CREATE TABLE trusted_keys (
            key_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('terminal', 'portal')),
            gate TEXT,
            terminal TEXT,
            public_key TEXT NOT NULL,
            added_at TEXT NOT NULL,
            revoked_at TEXT
        )
        """
    )


@MIGRATIONS()
def m0004_sync(db: Database) -> None:
    """What the sync needs: delivery bookkeeping on the outbox, cancellations, the
    sync's own state, and the data pulled from the portal.

    Outbox states: ``pending`` (never sent, or known not to have reached the portal),
    ``sent`` (transmitted, outcome unknown until the portal answers), ``accepted``,
    ``rejected`` and ``conflict`` (final; the last two need a supervisor).
    ``payload_sha256`` is frozen at the first send attempt (a trigger refuses a change);
    ``payload`` holds the body of messages that have no crossing row of their own
    (cancellations).
    """
    for column, kind in (
        ("attempts", "INTEGER NOT NULL DEFAULT 0"),
        ("first_sent_at", "TEXT"),
        ("last_attempt_at", "TEXT"),
        ("last_error", "TEXT"),
        ("result_code", "TEXT"),
        ("result_reason", "TEXT"),
        ("acked_at", "TEXT"),
        ("batch_id", "TEXT"),
        ("payload", "TEXT"),
        ("payload_sha256", "TEXT"),
    ):
        db.execute(f"ALTER TABLE outbox ADD COLUMN {column} {kind}")
    db.execute(
        "CREATE TRIGGER outbox_state_valid BEFORE UPDATE OF state ON outbox"
        " WHEN NEW.state NOT IN ('pending', 'sent', 'accepted', 'rejected', 'conflict')"
        " BEGIN SELECT RAISE(ABORT, 'invalid outbox state'); END"
    )
    db.execute(
        "CREATE TRIGGER outbox_payload_frozen BEFORE UPDATE OF payload, payload_sha256"
        " ON outbox WHEN OLD.payload_sha256 IS NOT NULL"
        " AND (NEW.payload_sha256 IS NOT OLD.payload_sha256"
        "      OR NEW.payload IS NOT OLD.payload)"
        " BEGIN SELECT RAISE(ABORT, 'outbox payload is frozen after the first send'); END"
    )
    db.execute(
        """
        CREATE TABLE crossings_cancelled (
            crossing_id TEXT PRIMARY KEY REFERENCES crossings(id),
            reason TEXT NOT NULL,
            officer TEXT NOT NULL,
            cancelled_at TEXT NOT NULL,
            message_id TEXT NOT NULL REFERENCES outbox(message_id)
        )
        """
    )
    # A cancelled crossing cannot be amended any more (the portal would answer
    # already_superseded); the store checks first, this is the safety net.
    db.execute(
        "CREATE TRIGGER crossings_no_amend_cancelled BEFORE INSERT ON crossings"
        " WHEN NEW.supersedes IS NOT NULL AND EXISTS"
        " (SELECT 1 FROM crossings_cancelled x WHERE x.crossing_id = NEW.supersedes)"
        " BEGIN SELECT RAISE(ABORT, 'the crossing was cancelled'); END"
    )
    db.execute(
        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"
    )
    db.execute(
        """
        CREATE TABLE predeclarations (
            reference TEXT PRIMARY KEY,
            declarant TEXT,
            gate TEXT,
            direction TEXT,
            expected_date TEXT,
            status TEXT,
            persons TEXT NOT NULL,
            vehicle TEXT,
            seq INTEGER NOT NULL,
            received_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX predeclarations_day ON predeclarations(expected_date, gate)")
    db.execute(
        """
        CREATE TABLE predeclaration_documents (
            reference TEXT NOT NULL REFERENCES predeclarations(reference)
                ON DELETE CASCADE,
            issuing_state TEXT NOT NULL,
            document_number TEXT NOT NULL,
            PRIMARY KEY (reference, issuing_state, document_number)
        )
        """
    )
    db.execute(
        "CREATE INDEX predeclaration_documents_number"
        " ON predeclaration_documents(document_number)"
    )
    db.execute(
        """
        CREATE TABLE watchlist (
            entry_id TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            category TEXT,
            seq INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX watchlist_key ON watchlist(key)")


@MIGRATIONS()
def m0005_officers(db: Database) -> None:
    """Officers who sign in at the terminal, and name search over pre-declarations.

    ``pin_hash`` is a self-describing scrypt string (``borderdesk.core.pin``);
    ``failed_attempts`` counts consecutive wrong PINs and ``locked_until`` (UTC,
    ISO 8601) holds a lockout. Declared persons get the folded ``name_key`` and FTS5
    index that crossings have (m0002), filled here from the pre-declarations already
    pulled.
    """
    db.execute(
        """
        CREATE TABLE officers (
            officer_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('guard', 'supervisor', 'admin')),
            pin_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE predeclaration_persons (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL REFERENCES predeclarations(reference)
                ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            name_key TEXT NOT NULL,
            UNIQUE (reference, seq)
        )
        """
    )
    db.execute(
        "CREATE VIRTUAL TABLE predeclaration_persons_fts USING fts5("
        " name_key, content='predeclaration_persons', content_rowid='id',"
        " tokenize='unicode61', prefix='1 2 3')"
    )
    db.execute(
        "CREATE TRIGGER predeclaration_persons_fts_ai AFTER INSERT"
        " ON predeclaration_persons BEGIN"
        " INSERT INTO predeclaration_persons_fts(rowid, name_key)"
        " VALUES (new.id, new.name_key); END"
    )
    db.execute(
        "CREATE TRIGGER predeclaration_persons_fts_ad AFTER DELETE"
        " ON predeclaration_persons BEGIN"
        " INSERT INTO predeclaration_persons_fts(predeclaration_persons_fts, rowid,"
        " name_key) VALUES ('delete', old.id, old.name_key); END"
    )
    rows = db.conn.execute("SELECT reference, persons FROM predeclarations").fetchall()
    for reference, persons in rows:
        db.conn.executemany(
            "INSERT INTO predeclaration_persons (reference, seq, name_key)"
            " VALUES (?,?,?)",
            [(reference, i, key) for i, key in declared_name_keys(json.loads(persons))],
        )


# Since m0006: a deleted person row leaves the name index only if it was indexed.
_PERSONS_FTS_AD = (
    "CREATE TRIGGER persons_fts_ad AFTER DELETE ON crossing_persons BEGIN"
    " INSERT INTO persons_fts(persons_fts, rowid, name_key)"
    " SELECT 'delete', old.id, old.name_key"
    " WHERE old.id <= (SELECT indexed_to FROM persons_fts_state);"
    " UPDATE persons_fts_state"
    " SET indexed_to = (SELECT coalesce(max(id), 0) FROM crossing_persons)"
    " WHERE indexed_to > (SELECT coalesce(max(id), 0) FROM crossing_persons);"
    " END"
)


@MIGRATIONS()
def m0006_deferred_name_index(db: Database) -> None:
    """Crossings' names are indexed after the save, not by a trigger inside it
    (:mod:`borderdesk.storage.name_index`).

    ``persons_fts_state.indexed_to`` is the highest ``crossing_persons.id`` in
    ``persons_fts``; the trigger indexed every row so far, so it starts at the last
    one. The delete trigger removes only indexed rows from the index, then lowers the
    mark to the highest row left when it is above it: SQLite gives the next row
    ``max(id) + 1``, which must not count as indexed.
    """
    db.execute("DROP TRIGGER persons_fts_ai")
    db.execute(
        "CREATE TABLE persons_fts_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " indexed_to INTEGER NOT NULL)"
    )
    db.execute(
        "INSERT INTO persons_fts_state (id, indexed_to)"
        " SELECT 1, coalesce(max(id), 0) FROM crossing_persons"
    )
    db.execute("DROP TRIGGER persons_fts_ad")
    db.execute(_PERSONS_FTS_AD)


@MIGRATIONS()
def m0007_document_history_index(db: Database) -> None:
    """The index of person rows by document number also holds the issuing state, the
    crossing and the decision, so that the screening's history query (a document's
    past crossings, in every save, once per person) reads no person row. It still
    serves the look-ups by number alone (``CrossingStore.by_document``)."""
    db.execute("DROP INDEX persons_document")
    db.execute(
        "CREATE INDEX persons_document ON crossing_persons"
        " (document_number, issuing_state, crossing_id, decision)"
    )


@MIGRATIONS()
def m0008_history_by_time(db: Database) -> None:
    """Each person row carries what the screening needs of its crossing (time,
    direction, gate, time zone), and the document index is ordered by time and holds
    all of it, so the screening finds a document's previous crossing by reading that
    document's index entries backwards from the new crossing's time and stopping at
    the first one still in force (:meth:`CrossingStore.previous_crossing`): no
    crossing or person row is read, where it used to read every crossing of the
    document, each from its own page, and sort them.

    A crossing never changes once stored (an amendment is a new crossing), so the
    copies cannot go stale. The table is rebuilt rather than altered to make the
    columns ``NOT NULL``; the explicit ids the name index refers to are kept.
    """
    columns = (
        "id, crossing_id, seq, role, decision, surname, given_names, name_key, sex,"
        " birth_date, nationality, document_type, document_number, issuing_state,"
        " expiry_date"
    )
    db.execute(
        """
        CREATE TABLE crossing_persons_new (
            -- explicit: VACUUM may renumber implicit rowids, the FTS index uses these
            id INTEGER PRIMARY KEY,
            crossing_id TEXT NOT NULL REFERENCES crossings(id),
            seq INTEGER NOT NULL,
            role TEXT NOT NULL,
            decision TEXT NOT NULL,
            surname TEXT NOT NULL,
            given_names TEXT NOT NULL,
            name_key TEXT NOT NULL,
            sex TEXT NOT NULL,
            birth_date TEXT,
            nationality TEXT NOT NULL,
            document_type TEXT NOT NULL,
            document_number TEXT NOT NULL,
            issuing_state TEXT NOT NULL,
            expiry_date TEXT,
            -- the crossing's, as in crossings (for the history index)
            time_utc TEXT NOT NULL,
            direction TEXT NOT NULL,
            gate TEXT NOT NULL,
            timezone TEXT NOT NULL,
            UNIQUE (crossing_id, seq)
        )
        """
    )
    prefixed = ", ".join(f"p.{c.strip()}" for c in columns.split(","))
    db.execute(
        f"INSERT INTO crossing_persons_new ({columns}, time_utc, direction, gate,"
        f" timezone) SELECT {prefixed}, c.time_utc, c.direction, c.gate, c.timezone"
        " FROM crossing_persons p JOIN crossings c ON c.id = p.crossing_id"
        " ORDER BY p.id"
    )
    db.execute("DROP TABLE crossing_persons")  # its indexes and triggers with it
    db.execute("ALTER TABLE crossing_persons_new RENAME TO crossing_persons")
    db.execute(
        "CREATE INDEX persons_document ON crossing_persons (document_number,"
        " issuing_state, time_utc, crossing_id, decision, direction, gate, timezone)"
    )
    db.execute(_PERSONS_FTS_AD)
