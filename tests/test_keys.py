"""The terminal's Ed25519 key file; the trusted public keys (:class:`KeyStore`); and the
service operations that use them: signing a receipt for a stored crossing and verifying
receipts and confirmation slips."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_public_key,
)
from helpers.builders import crossing
from helpers.officers import OFFICER1
from sqlite_utils import Database

from borderdesk import keys
from borderdesk.core import signed
from borderdesk.services import CounterService
from borderdesk.storage import audit
from borderdesk.storage.errors import StorageError
from borderdesk.storage.keys import KeyStore, TrustedKey

pytestmark = pytest.mark.usefixtures("officers")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def keydir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "keys"


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# -- the key file ---------------------------------------------------------------------------


def test_created_owner_only_and_reloaded(keydir: Path) -> None:
    key = keys.load_or_create(keydir)
    private = keydir / keys.PRIVATE_FILE
    assert private.is_file()
    assert mode(private) == 0o600
    assert mode(keydir) == 0o700
    assert isinstance(key.private, ed25519.Ed25519PrivateKey)
    assert key.path == private
    again = keys.load_or_create(keydir)
    assert again.key_id == key.key_id
    assert keys.load(private).key_id == key.key_id
    assert sorted(p.name for p in keydir.iterdir()) == sorted(
        [keys.PRIVATE_FILE, keys.PUBLIC_FILE])  # no temporary file left


def test_never_world_readable_even_with_a_permissive_umask(keydir: Path,
                                                           permissive_umask: None) -> None:
    keys.load_or_create(keydir)
    assert mode(keydir / keys.PRIVATE_FILE) == 0o600


def test_a_stale_temporary_file_does_not_leak_its_mode(keydir: Path) -> None:
    """A file left by an interrupted run, whatever its mode, is not reused."""
    keydir.mkdir(parents=True)
    stale = keydir / "terminal_ed25519.tmp"
    stale.write_text("left over")
    stale.chmod(0o644)
    key = keys.load_or_create(keydir)
    assert mode(keydir / keys.PRIVATE_FILE) == 0o600
    assert keys.load_or_create(keydir).key_id == key.key_id


def test_public_key_file_matches(keydir: Path) -> None:
    key = keys.load_or_create(keydir)
    public = load_pem_public_key((keydir / keys.PUBLIC_FILE).read_bytes())
    assert isinstance(public, ed25519.Ed25519PublicKey)
    assert signed.key_id(public) == key.key_id
    assert key.key_id == signed.key_id(key.public)
    assert len(key.key_id) == 16


def test_signatures_verify_with_the_public_key(keydir: Path) -> None:
    key = keys.load_or_create(keydir)
    sig = key.sign(b"BDR1.payload")
    key.public.verify(sig, b"BDR1.payload")  # raises if wrong


def test_different_directories_make_different_keys(tmp_path: Path) -> None:
    assert keys.load_or_create(tmp_path / "a").key_id != \
        keys.load_or_create(tmp_path / "b").key_id


@pytest.mark.parametrize("bad_mode", [0o644, 0o640, 0o604, 0o660, 0o666])
def test_a_file_readable_by_others_is_refused(keydir: Path, bad_mode: int) -> None:
    keys.load_or_create(keydir)
    (keydir / keys.PRIVATE_FILE).chmod(bad_mode)
    with pytest.raises(keys.KeyFileError, match="600"):
        keys.load_or_create(keydir)


def test_a_stricter_mode_is_accepted(keydir: Path) -> None:
    key = keys.load_or_create(keydir)
    (keydir / keys.PRIVATE_FILE).chmod(0o400)
    assert keys.load_or_create(keydir).key_id == key.key_id


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    path.chmod(0o600)


@pytest.mark.parametrize(
    "data",
    [b"", b"garbage", b"-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----\n",
     bytes(range(256))],
)
def test_a_garbage_file_is_refused(keydir: Path, data: bytes) -> None:
    _write(keydir / keys.PRIVATE_FILE, data)
    with pytest.raises(keys.KeyFileError) as info:
        keys.load_or_create(keydir)
    assert info.value.code == "key_file_invalid"
    assert (keydir / keys.PRIVATE_FILE).read_bytes() == data  # never overwritten


def test_a_non_ed25519_key_is_refused(keydir: Path) -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    _write(keydir / keys.PRIVATE_FILE,
           other.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    with pytest.raises(keys.KeyFileError, match="not an Ed25519 key"):
        keys.load_or_create(keydir)


def test_an_encrypted_key_is_refused(keydir: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    _write(keydir / keys.PRIVATE_FILE,
           key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                             BestAvailableEncryption(b"secret")))
    with pytest.raises(keys.KeyFileError):
        keys.load_or_create(keydir)


def test_a_public_key_in_place_of_the_private_one_is_refused(keydir: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    _write(keydir / keys.PRIVATE_FILE,
           key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(keys.KeyFileError):
        keys.load_or_create(keydir)


# -- the service: receipts signed with the terminal key ---------------------------------------


def _recorded(service: CounterService) -> str:
    c = crossing()
    service.record(c, actor=OFFICER1.officer_id)
    return c.id


def test_the_terminal_key_is_made_in_the_data_dir_and_trusted(service: CounterService,
                                                               db: Database) -> None:
    key = service.terminal_key()
    path = service.settings.data_dir / "keys" / keys.PRIVATE_FILE
    assert key.path == path and mode(path) == 0o600
    assert key.key_id in service.keys.keyring("terminal")
    assert service.terminal_key() is key  # once per service
    assert audit.verify(db).ok


def test_receipt_of_a_stored_crossing_verifies(service: CounterService) -> None:
    cid = _recorded(service)
    text = service.receipt(cid, actor=OFFICER1.officer_id)
    assert text.startswith("BDR1.")
    verified = service.verify_receipt(text)
    assert verified.receipt.crossing_id == cid
    assert verified.stored is not None and verified.stored.crossing.id == cid
    c = verified.stored.crossing
    ident = c.principal.identity if c.principal else None
    assert ident is not None
    assert verified.receipt.matches_document(str(ident.document_type), ident.issuing_state,
                                             ident.document_number)
    assert not verified.receipt.matches_document(str(ident.document_type),
                                                 ident.issuing_state, "C7654321")
    assert (verified.receipt.gate, verified.receipt.terminal) == (c.gate, c.terminal)
    assert verified.receipt.direction == str(c.direction)
    assert verified.receipt.time_utc == c.time_utc.replace(microsecond=0)


def test_receipt_of_an_unknown_crossing(service: CounterService) -> None:
    with pytest.raises(KeyError):
        service.receipt("019577a2-3c4d-7e5f-8a6b-1c2d3e4f5a6b",
                        actor=OFFICER1.officer_id)


def test_a_receipt_survives_a_restart(service: CounterService, db: Database) -> None:
    text = service.receipt(_recorded(service), actor=OFFICER1.officer_id)
    again = CounterService(db, service.settings, clock=service.clock)
    assert again.verify_receipt(text).stored is not None


@pytest.mark.parametrize("where", ["body", "signature"])
def test_a_tampered_receipt_is_refused(service: CounterService, where: str) -> None:
    text = service.receipt(_recorded(service), actor=OFFICER1.officer_id)
    i = 10 if where == "body" else len(text) - 10
    tampered = text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1:]
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_receipt(tampered)
    assert info.value.code in {"bad_signature", "json", "base64", "field", "unknown_key"}
    if where == "signature":
        assert info.value.code == "bad_signature"


def _foreign_receipt(key: ed25519.Ed25519PrivateKey) -> str:
    cid = "019577a2-3c4d-7e5f-8a6b-1c2d3e4f5a6b"
    return signed.make_receipt(
        crossing_id=cid, gate="MONGCAI", terminal="T02", direction="entry",
        time_utc=datetime(2026, 3, 10, 3, tzinfo=UTC),
        fingerprint=signed.document_fingerprint(cid, "passport", "VNM", "C1"), key=key)


def test_receipts_of_another_terminal_need_its_key(service: CounterService,
                                                   db: Database) -> None:
    other = ed25519.Ed25519PrivateKey.generate()
    text = _foreign_receipt(other)
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_receipt(text)
    assert info.value.code == "unknown_key"
    kid = service.keys.trust(other.public_key(), kind="terminal", gate="MONGCAI",
                             terminal="T02", actor="admin")
    verified = service.verify_receipt(text)
    assert verified.stored is None  # recorded at the other terminal
    service.keys.revoke(kid, actor="admin")
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_receipt(text)
    assert info.value.code == "unknown_key"
    assert audit.verify(db).ok


def test_a_portal_key_does_not_sign_receipts(service: CounterService) -> None:
    other = ed25519.Ed25519PrivateKey.generate()
    service.keys.trust(other.public_key(), kind="portal")
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_receipt(_foreign_receipt(other))
    assert info.value.code == "unknown_key"


def _confirmation(key: ed25519.Ed25519PrivateKey) -> str:
    return signed.make_confirmation(
        reference="TTBP-2026/000123", gate="MONGCAI", direction="exit",
        expected_date=date(2026, 3, 10), persons=1,
        issued_at=datetime(2026, 3, 10, 2, tzinfo=UTC), key=key)


def test_confirmations_need_a_trusted_portal_key(service: CounterService) -> None:
    portal = ed25519.Ed25519PrivateKey.generate()
    text = _confirmation(portal)
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_confirmation(text)
    assert info.value.code == "unknown_key"
    service.keys.trust(portal.public_key(), kind="portal", actor="admin")
    assert service.verify_confirmation(text).reference == "TTBP-2026/000123"
    tampered = text[:-3] + ("A" if text[-3] != "A" else "B") + text[-2:]
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_confirmation(tampered)
    assert info.value.code == "bad_signature"


def test_the_terminal_key_does_not_sign_confirmations(service: CounterService) -> None:
    key = service.terminal_key()
    with pytest.raises(signed.SignedCodeError) as info:
        service.verify_confirmation(_confirmation(key.private))
    assert info.value.code == "unknown_key"


def test_a_damaged_key_file_stops_receipts(service: CounterService) -> None:
    cid = _recorded(service)
    path = service.settings.data_dir / "keys" / keys.PRIVATE_FILE
    _write(path, b"damaged")
    with pytest.raises(keys.KeyFileError):
        service.receipt(cid, actor=OFFICER1.officer_id)


# -- KeyStore: the trusted public keys (trusted_keys), every change audited ----------
# (kept here: tests/storage/test_keys.py would clash with this module's basename)

TRUSTED_TERMINAL = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
TRUSTED_PORTAL = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


def audit_rows(db: Database) -> list[tuple[str, str, str, dict[str, object]]]:
    return [(actor, action, entity_id, json.loads(details))
            for actor, action, entity_id, details in db.conn.execute(
                "SELECT actor, action, entity_id, details FROM audit ORDER BY seq")]


def test_trust_returns_the_key_id_and_is_audited(db: Database) -> None:
    store = KeyStore(db)
    kid = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal", gate="MONGCAI",
                      terminal="T02", actor="admin")
    assert kid == signed.key_id(TRUSTED_TERMINAL.public_key())
    assert audit_rows(db) == [("admin", "key.trusted", kid,
                               {"kind": "terminal", "gate": "MONGCAI", "terminal": "T02"})]
    assert audit.verify(db).ok


def test_all_lists_the_keys(db: Database) -> None:
    store = KeyStore(db)
    tid = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal", gate="MONGCAI",
                      terminal="T02")
    pid = store.trust(TRUSTED_PORTAL.public_key(), kind="portal")
    keys = store.all()
    assert [k.key_id for k in keys] == [tid, pid]
    first = keys[0]
    assert isinstance(first, TrustedKey)
    assert (first.kind, first.gate, first.terminal, first.revoked) == ("terminal", "MONGCAI",
                                                                        "T02", False)
    assert (keys[1].kind, keys[1].gate, keys[1].terminal) == ("portal", None, None)
    assert signed.public_key_bytes(first.public_key) == signed.public_key_bytes(
        TRUSTED_TERMINAL.public_key())


def test_keyring_by_kind(db: Database) -> None:
    store = KeyStore(db)
    tid = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal")
    pid = store.trust(TRUSTED_PORTAL.public_key(), kind="portal")
    assert list(store.keyring("terminal")) == [tid]
    assert list(store.keyring("portal")) == [pid]
    assert store.keyring("other") == {}
    # the stored key verifies what the private key signed
    sig = TRUSTED_TERMINAL.sign(b"BDR1.x")
    store.keyring("terminal")[tid].verify(sig, b"BDR1.x")


def test_trusting_twice_keeps_one_row_and_one_audit_entry(db: Database) -> None:
    store = KeyStore(db)
    first = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal", gate="MONGCAI")
    again = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal", gate="MONGCAI")
    assert first == again
    assert len(store.all()) == 1
    assert [row[1] for row in audit_rows(db)] == ["key.trusted"]


def test_revoke_leaves_the_keyring_and_is_audited(db: Database) -> None:
    store = KeyStore(db)
    tid = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal")
    store.trust(TRUSTED_PORTAL.public_key(), kind="portal")
    store.revoke(tid, actor="supervisor")
    assert store.keyring("terminal") == {}
    assert len(store.keyring("portal")) == 1
    revoked = next(k for k in store.all() if k.key_id == tid)
    assert revoked.revoked
    assert audit_rows(db)[-1][:3] == ("supervisor", "key.revoked", tid)
    assert audit.verify(db).ok


def test_revoking_twice_keeps_the_first_revocation_time(db: Database) -> None:
    store = KeyStore(db)
    tid = store.trust(TRUSTED_TERMINAL.public_key(), kind="terminal")
    store.revoke(tid)
    when = db.conn.execute("SELECT revoked_at FROM trusted_keys WHERE key_id = ?",
                           (tid,)).fetchone()[0]
    store.revoke(tid)
    assert db.conn.execute("SELECT revoked_at FROM trusted_keys WHERE key_id = ?",
                           (tid,)).fetchone()[0] == when
    assert audit.verify(db).ok


def test_keys_are_persistent(db: Database, db_factory: Callable[..., Database]) -> None:
    tid = KeyStore(db).trust(TRUSTED_TERMINAL.public_key(), kind="terminal")
    other = db_factory()
    assert list(KeyStore(other).keyring("terminal")) == [tid]


def test_an_unknown_kind_is_refused_and_nothing_is_written(db: Database) -> None:
    store = KeyStore(db)
    with pytest.raises(StorageError):
        store.trust(TRUSTED_TERMINAL.public_key(), kind="laptop")
    assert store.all() == []
    assert audit_rows(db) == []
    assert audit.verify(db).ok


def test_the_audit_chain_verifies_after_many_changes(db: Database) -> None:
    store = KeyStore(db)
    ids = [store.trust(Ed25519PrivateKey.from_private_bytes(bytes([i]) * 32).public_key(),
                       kind="terminal" if i % 2 else "portal", terminal=f"T{i:02d}")
           for i in range(1, 9)]
    for kid in ids[::3]:
        store.revoke(kid)
    report = audit.verify(db)
    assert report.ok and report.entries == len(ids) + len(ids[::3])
    assert len(store.keyring("terminal")) + len(store.keyring("portal")) == 5


def test_revoking_nothing_changes_nothing(db: Database) -> None:
    store = KeyStore(db)
    kid = store.trust(Ed25519PrivateKey.generate().public_key(), kind="terminal")
    entries = audit.verify(db).entries
    assert store.revoke("0123456789abcdef") is False  # unknown key
    assert audit.verify(db).entries == entries
    assert store.revoke(kid) is True
    assert audit.verify(db).entries == entries + 1
    assert store.revoke(kid) is False  # already revoked: no second entry
    assert audit.verify(db).entries == entries + 1
    assert store.keyring("terminal") == {}
