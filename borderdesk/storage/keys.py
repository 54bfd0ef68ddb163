"""The public keys a terminal trusts, by key id (see :mod:`borderdesk.core.signed`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlite_utils import Database

from borderdesk.core.signed import (
    b64decode,
    b64encode,
    key_id,
    load_public_key,
    public_key_bytes,
)
from borderdesk.storage import audit
from borderdesk.storage.db import write_transaction


@dataclass(frozen=True, slots=True)
class TrustedKey:
    key_id: str
    kind: str  # "terminal" or "portal"
    gate: str | None
    terminal: str | None
    public_key: Ed25519PublicKey
    revoked: bool


class KeyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def trust(self, key: Ed25519PublicKey, *, kind: str, gate: str | None = None,
              terminal: str | None = None, actor: str = "system") -> str:
        """Add (or keep) a trusted key; audited. Returns its key id."""
        kid = key_id(key)
        with write_transaction(self.db):
            exists = self.db.conn.execute(
                "SELECT 1 FROM trusted_keys WHERE key_id = ?", (kid,)).fetchone()
            if exists is None:
                self.db.conn.execute(
                    "INSERT INTO trusted_keys (key_id, kind, gate, terminal, public_key,"
                    " added_at) VALUES (?,?,?,?,?,?)",
                    (kid, kind, gate, terminal, b64encode(public_key_bytes(key)),
                     datetime.now(UTC).isoformat()),
                )
                audit.append(self.db, actor=actor, terminal=terminal or "-",
                             action="key.trusted", entity="key", entity_id=kid,
                             details={"kind": kind, "gate": gate, "terminal": terminal})
        return kid

    def revoke(self, kid: str, *, actor: str = "system") -> bool:
        """Stop trusting a key; audited. Returns False when there was nothing to revoke
        (unknown key, or already revoked)."""
        with write_transaction(self.db):
            changed = self.db.conn.execute(
                "UPDATE trusted_keys SET revoked_at = ? WHERE key_id = ? AND"
                " revoked_at IS NULL", (datetime.now(UTC).isoformat(), kid)).rowcount
            if changed:
                audit.append(self.db, actor=actor, terminal="-", action="key.revoked",
                             entity="key", entity_id=kid)
        return bool(changed)

    def all(self) -> list[TrustedKey]:
        return [
            TrustedKey(kid, kind, gate, terminal, load_public_key(b64decode(pub)),
                       revoked is not None)
            for kid, kind, gate, terminal, pub, revoked in self.db.conn.execute(
                "SELECT key_id, kind, gate, terminal, public_key, revoked_at"
                " FROM trusted_keys ORDER BY added_at")
        ]

    def keyring(self, kind: str) -> dict[str, Ed25519PublicKey]:
        """Key id -> public key, for one kind, revoked keys left out."""
        return {k.key_id: k.public_key for k in self.all() if k.kind == kind and not k.revoked}
