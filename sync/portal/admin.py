"""Administration of the reference portal: enrolment codes, revocation, seeding,
reports.

The functions behind ``borderdesk portal …`` (:mod:`sync.portal.cli`), usable from
tests and scripts. Each opens the portal database, does one transaction and closes it.

Enrolment codes are 16 characters of Crockford base32 (80 random bits, shown as
``XXXX-XXXX-XXXX-XXXX``), single-use, stored only as a SHA-256 hash, and expire (24 h by
default). When a terminal enrols, every earlier key of the same gate/terminal is
revoked. A retried enrolment with the same code and the same public key (the first
answer was lost) gets the same answer again.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from borderdesk.core import gates
from borderdesk.core.model import PreDeclarationStatus
from borderdesk.core.signed import b64encode, key_id, make_confirmation
from sync.portal import seeding
from sync.portal.store import (
    PortalStore,
    TerminalKey,
    load_or_create_portal_key,
)
from sync.watchlist_key import document_key

DEFAULT_CODE_TTL = timedelta(hours=24)
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_TERMINAL = re.compile(r"^[A-Za-z0-9_.-]{1,40}\Z")
_CONFIRMED = {"confirmed", "used"}

Clock = Callable[[], datetime]


class AdminError(ValueError):
    """A bad argument (unknown gate, malformed terminal name, unknown reference...)."""


class EnrolmentRefused(Exception):
    """Unknown, used or expired code (the terminal gets 403 enrolment_code_invalid)."""


def _now(clock: Clock | None) -> datetime:
    return (clock or (lambda: datetime.now(UTC)))()


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _gate(code: str) -> str:
    gate = gates.get(code)
    if gate is None:
        raise AdminError(f"unknown gate {code!r}")
    return gate.code


def _terminal(name: str) -> str:
    if not _TERMINAL.match(name):
        raise AdminError(
            f"terminal names are 1-40 letters, digits, '_', '.', '-': {name!r}"
        )
    return name


# -- enrolment -------------------------------------------------------------------------


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def normalize_code(text: str) -> str:
    """Case, spaces and dashes do not matter; O reads as 0, I and L as 1."""
    cleaned = re.sub(r"[\s\-]", "", text).upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def create_enrolment_code(
    db_path: Path | str,
    gate: str,
    terminal: str,
    *,
    ttl: timedelta = DEFAULT_CODE_TTL,
    clock: Clock | None = None,
) -> dict[str, Any]:
    """A one-time code for ``gate``/``terminal`` (printed once, stored hashed)."""
    gate, terminal = _gate(gate), _terminal(terminal)
    if ttl <= timedelta(0):
        raise AdminError("the code must live for a positive time")
    now = _now(clock)
    code = new_code()
    with PortalStore.open(db_path) as store, store.transaction():
        store.add_enrolment_code(normalize_code(code), gate, terminal, now, now + ttl)
    return {
        "code": code,
        "gate": gate,
        "terminal": terminal,
        "expires_at": (now + ttl).astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }


def enrol(
    store: PortalStore, code: str, key: Ed25519PublicKey, raw_key: bytes, now: datetime
) -> TerminalKey:
    """Register ``key`` with a code (inside the caller's transaction)."""
    normalized = normalize_code(code)
    row = store.enrolment_code(normalized)
    if row is None:
        raise EnrolmentRefused("unknown enrolment code")
    kid = key_id(key)
    existing = store.terminal_key(kid)
    if row["used_at"] is not None:
        if (
            row["key_id"] == kid
            and existing is not None
            and existing.revoked_at is None
        ):
            return existing  # a retry of an enrolment whose answer was lost
        raise EnrolmentRefused("this enrolment code was already used")
    if datetime.fromisoformat(row["expires_at"]) < now:
        raise EnrolmentRefused("this enrolment code has expired")
    if existing is not None:
        raise EnrolmentRefused(
            "this key is already enrolled (or was revoked): make a new key"
        )
    store.use_enrolment_code(normalized, kid, now)
    store.revoke(row["gate"], row["terminal"], now, except_key=kid)
    store.add_terminal_key(kid, row["gate"], row["terminal"], b64encode(raw_key), now)
    terminal = store.terminal_key(kid)
    assert terminal is not None
    return terminal


def revoke_terminal(
    db_path: Path | str,
    gate: str,
    terminal: str,
    *,
    key_id_: str | None = None,
    clock: Clock | None = None,
) -> list[str]:
    """Revoke the terminal's active keys (or only ``key_id_``); returns the key ids."""
    gate = _gate(gate)
    with PortalStore.open(db_path) as store, store.transaction():
        return store.revoke(gate, terminal, _now(clock), key_id=key_id_)


def terminals(db_path: Path | str, gate: str | None = None) -> list[dict[str, Any]]:
    with PortalStore.open(db_path) as store:
        return [
            {**t.to_wire(), "enrolled_at": t.enrolled_at, "revoked_at": t.revoked_at}
            for t in store.terminals(None if gate is None else _gate(gate))
        ]


# -- pre-declarations ------------------------------------------------------------------


def _confirmation(
    db_path: Path | str, item: dict[str, Any], now: datetime
) -> str | None:
    """The signed confirmation slip (QR text), for confirmed pre-declarations only."""
    if item["status"] not in _CONFIRMED:
        return None
    return make_confirmation(
        reference=item["reference"],
        gate=item["gate"],
        direction=item["direction"],
        expected_date=date.fromisoformat(item["expected_date"]),
        persons=len(item["persons"]),
        issued_at=now,
        key=load_or_create_portal_key(db_path),
    )


def put_predeclaration(
    db_path: Path | str, item: dict[str, Any], *, clock: Clock | None = None
) -> dict[str, Any]:
    """Store (or replace) one pre-declaration; returns it with ``seq`` and
    ``confirmation``."""
    now = _now(clock)
    item = {**item, "gate": _gate(item["gate"])}
    if item["status"] not in set(PreDeclarationStatus):
        raise AdminError(f"unknown status {item['status']!r}")
    item["confirmation"] = _confirmation(db_path, item, now)
    with PortalStore.open(db_path) as store, store.transaction():
        item["seq"] = store.put_predeclaration(item, now)
    return item


def set_predeclaration_status(
    db_path: Path | str, reference: str, status: str, *, clock: Clock | None = None
) -> int:
    """Change a pre-declaration's status: it reappears in the feed with a new seq."""
    if status not in set(PreDeclarationStatus):
        raise AdminError(f"unknown status {status!r}")
    with PortalStore.open(db_path) as store, store.transaction():
        seq = store.set_predeclaration_status(reference, status, _now(clock))
    if seq is None:
        raise AdminError(f"unknown pre-declaration {reference!r}")
    return seq


def seed_predeclarations(
    db_path: Path | str, gate: str, n: int, *, seed: int = 0, clock: Clock | None = None
) -> list[dict[str, Any]]:
    """``n`` made-up pre-declarations for ``gate``; each returned with its
    ``confirmation`` QR text (``BDC1…``, None unless confirmed) and feed ``seq``."""
    gate = _gate(gate)
    now = _now(clock)
    today = now.astimezone(ZoneInfo(gates.GATES[gate].timezone)).date()
    items = seeding.predeclarations(gate, n, today=today, seed=seed)
    key = load_or_create_portal_key(db_path)
    with PortalStore.open(db_path) as store, store.transaction():
        for item in items:
            if item["status"] in _CONFIRMED:
                item["confirmation"] = make_confirmation(
                    reference=item["reference"],
                    gate=gate,
                    direction=item["direction"],
                    expected_date=date.fromisoformat(item["expected_date"]),
                    persons=len(item["persons"]),
                    issued_at=now,
                    key=key,
                )
            else:
                item["confirmation"] = None
            item["seq"] = store.put_predeclaration(item, now)
    return items


# -- watchlist -------------------------------------------------------------------------


def add_watchlist_entry(
    db_path: Path | str,
    issuing_state: str,
    document_number: str,
    category: str,
    *,
    entry_id: str | None = None,
    clock: Clock | None = None,
) -> dict[str, Any]:
    """Put a document on the watchlist (the portal keeps only its keyed hash)."""
    entry_id = entry_id or f"WL-{secrets.token_hex(8)}"
    with PortalStore.open(db_path) as store, store.transaction():
        key = document_key(store.watchlist_key(), issuing_state, document_number)
        store.add_watchlist_entry(entry_id, key, category, _now(clock))
    return {"entry_id": entry_id, "key": key, "category": category}


def remove_watchlist_entry(
    db_path: Path | str, entry_id: str, *, clock: Clock | None = None
) -> bool:
    with PortalStore.open(db_path) as store, store.transaction():
        return store.remove_watchlist_entry(entry_id, _now(clock))


def seed_watchlist(
    db_path: Path | str,
    n: int,
    *,
    seed: int = 0,
    extra: list[dict[str, str]] | None = None,
    clock: Clock | None = None,
) -> list[dict[str, Any]]:
    """``n`` made-up watchlist entries (plus ``extra`` documents). Returned with the
    documents in clear, for demos and tests; the database holds only their keys.
    Entries whose id already exists are left alone (seeding twice is harmless)."""
    now = _now(clock)
    docs = seeding.watchlist_documents(n, seed=seed) + list(extra or [])
    out = []
    with PortalStore.open(db_path) as store, store.transaction():
        wkey = store.watchlist_key()
        known = {
            r[0] for r in store.conn.execute("SELECT entry_id FROM watchlist_entries")
        }
        for doc in docs:
            key = document_key(wkey, doc["issuing_state"], doc["document_number"])
            if doc["entry_id"] not in known:
                store.add_watchlist_entry(doc["entry_id"], key, doc["category"], now)
                known.add(doc["entry_id"])
            out.append({**doc, "key": key})
    return out


def seed(
    db_path: Path | str,
    gate: str,
    *,
    predeclarations: int = 0,
    watchlist: int = 0,
    seed_: int = 0,
    clock: Clock | None = None,
) -> dict[str, Any]:
    """Pre-declarations for ``gate`` and watchlist entries; when both are asked for,
    the first traveller of every tenth pre-declaration is also on the watchlist (so a
    demo shows a hit)."""
    items = seed_predeclarations(
        db_path, gate, predeclarations, seed=seed_, clock=clock
    )
    hits = []
    if watchlist:
        for i, item in enumerate(items[::10]):
            ident = item["persons"][0]
            hits.append(
                {
                    "entry_id": f"WL-{seed_:04d}-P{i + 1:05d}",
                    "issuing_state": ident["issuing_state"],
                    "document_number": ident["document_number"],
                    "category": "wanted",
                }
            )
    entries = seed_watchlist(db_path, watchlist, seed=seed_, extra=hits, clock=clock)
    return {"gate": _gate(gate), "predeclarations": items, "watchlist": entries}


# -- reports ---------------------------------------------------------------------------


def dump(db_path: Path | str, *, refusals: bool = False) -> list[dict[str, Any]]:
    """Every message the portal holds (``message_id``, ``payload_hash``, ``state`` =
    ``held``, and more); with ``refusals``, also the log of refused ones
    (``state`` = ``refused``)."""
    with PortalStore.open(db_path) as store:
        out = store.dump_messages()
        if refusals:
            out += store.dump_refusals()
    return out


def show(db_path: Path | str) -> dict[str, Any]:
    with PortalStore.open(db_path) as store:
        summary = store.summary()
    portal_key = load_or_create_portal_key(db_path).public_key()
    summary["portal_key_id"] = key_id(portal_key)
    return summary
