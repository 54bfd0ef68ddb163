"""Signed manifests beside exported files, and their verification.

``FILE.manifest.json`` holds the file's SHA-256 and size, what it is (gate, period,
format, rows), when and where it was made (``created_at``, terminal, officer) and the
id of the terminal key that signed it. ``signature`` is the base64url Ed25519
signature, by that terminal's key, over the canonical JSON (sorted keys, no spaces,
UTF-8) of every other field; so no field can be changed, added or removed without
breaking it.

Verification checks, in this order, that the manifest can be read, that its key is one
of the gate's trusted terminal keys (:class:`~borderdesk.storage.keys.KeyStore`) and
signs it, and that the file still has the hash it names. The outcome names who signed
as the *key store* knows them (gate, terminal), not as the manifest claims.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from borderdesk.core import signed
from borderdesk.core.codec import canonical_json
from borderdesk.keys import TerminalKey
from borderdesk.storage.keys import TrustedKey

SCHEMA = "borderdesk.export-manifest/1"
SUFFIX = ".manifest.json"
MAX_MANIFEST_BYTES = 64 * 1024

# Verification outcomes, best first.
INTACT = "intact"
ALTERED = "altered"  # the file's hash or size differs from the manifest's
BAD_SIGNATURE = "bad_signature"  # the manifest was changed, or signed by another key
UNKNOWN_SIGNER = "unknown_signer"  # the key is not among the trusted terminal keys
REVOKED_SIGNER = "revoked_signer"  # the key was trusted once, then revoked
SIGNER_MISMATCH = "signer_mismatch"  # a valid signature, but the key belongs to another
#                                      gate or terminal than the manifest names
MISSING_FILE = "missing_file"
MISSING_MANIFEST = "missing_manifest"
INVALID_MANIFEST = "invalid_manifest"

MESSAGES = {
    INTACT: "intact: the file matches its manifest, signed by a trusted terminal key",
    ALTERED: "ALTERED: the file's content differs from the one the manifest was "
             "signed for",
    BAD_SIGNATURE: "BAD SIGNATURE: the manifest was changed after signing, or forged",
    UNKNOWN_SIGNER: "UNKNOWN SIGNER: the manifest is signed by a key this terminal "
                    "does not trust",
    REVOKED_SIGNER: "REVOKED SIGNER: the manifest is signed by a key that was revoked",
    SIGNER_MISMATCH: "SIGNER MISMATCH: the signing key belongs to another gate or "
                     "terminal than the manifest names",
    MISSING_FILE: "the exported file is missing",
    MISSING_MANIFEST: "no manifest beside the file: it cannot be verified",
    INVALID_MANIFEST: "the manifest cannot be read",
}

_REQUIRED = {"schema": str, "file": str, "sha256": str, "size": int, "format": str,
             "gate": str, "period": dict, "rows": int, "created_at": str,
             "terminal": str, "key_id": str, "signature": str}


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def signing_input(fields: Mapping[str, Any]) -> bytes:
    """What is signed: the canonical JSON of every field but ``signature``."""
    return canonical_json({k: v for k, v in fields.items() if k != "signature"}).encode(
        "utf-8")


def build(fields: Mapping[str, Any], key: TerminalKey) -> dict[str, Any]:
    """``fields`` with ``schema`` and ``key_id`` added, signed."""
    body = {"schema": SCHEMA, **fields, "key_id": key.key_id}
    body.pop("signature", None)
    body["signature"] = signed.b64encode(key.sign(signing_input(body)))
    return body


def dumps(manifest: Mapping[str, Any]) -> bytes:
    """The manifest file's bytes: indented for people; the signature does not depend
    on the layout (it covers the canonical form)."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            ).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of :func:`verify`."""

    status: str
    file: Path
    manifest: Path
    message: str
    ok: bool = False
    format: str | None = None
    gate: str | None = None  # as the manifest names it
    period: dict[str, str] | None = None
    rows: int | None = None
    created_at: str | None = None
    terminal: str | None = None  # as the manifest names it
    key_id: str | None = None
    signer_gate: str | None = None  # as the trusted key store knows the key
    signer_terminal: str | None = None
    sha256_expected: str | None = None
    sha256_actual: str | None = None
    problems: list[str] = field(default_factory=list)  # every check that failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status, "ok": self.ok, "message": self.message,
            "file": str(self.file), "manifest": str(self.manifest),
            "format": self.format, "gate": self.gate, "period": self.period,
            "rows": self.rows, "created_at": self.created_at,
            "terminal": self.terminal, "key_id": self.key_id,
            "signer": {"gate": self.signer_gate, "terminal": self.signer_terminal,
                       "key_id": self.key_id},
            "sha256_expected": self.sha256_expected,
            "sha256_actual": self.sha256_actual, "problems": list(self.problems),
        }


def split(path: Path) -> tuple[Path, Path]:
    """(exported file, manifest) for either of the two paths."""
    if path.name.endswith(SUFFIX):
        return path.with_name(path.name[: -len(SUFFIX)]), path
    return path, manifest_path(path)


def read(manifest: Path) -> dict[str, Any]:
    """The manifest's fields, checked for shape. Raises ValueError."""
    raw = manifest.read_bytes()
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ValueError("the manifest is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("the manifest is not JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the manifest is not a JSON object")
    for key, kind in _REQUIRED.items():
        value = data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ValueError(f"field {key!r} is missing or of the wrong type")
    if data["schema"] != SCHEMA:
        raise ValueError(f"unsupported manifest schema {data['schema']!r}")
    return data


def verify(path: Path, trusted: Iterable[TrustedKey]) -> Verification:
    """Check an exported file (or its manifest's path) against its signed manifest.

    ``trusted``: every key the terminal knows (:meth:`KeyStore.all`); only terminal
    keys count, and a revoked one is reported as such.
    """
    target, manifest = split(path)
    if not manifest.is_file():
        return Verification(MISSING_MANIFEST, target, manifest,
                            MESSAGES[MISSING_MANIFEST], problems=[MISSING_MANIFEST])
    try:
        data = read(manifest)
    except (OSError, ValueError) as exc:
        return Verification(INVALID_MANIFEST, target, manifest,
                            f"{MESSAGES[INVALID_MANIFEST]}: {exc}",
                            problems=[INVALID_MANIFEST])
    problems: list[str] = []
    keys = {k.key_id: k for k in trusted if k.kind == "terminal"}
    key = keys.get(data["key_id"])
    signer_gate = signer_terminal = None
    if key is None:
        problems.append(UNKNOWN_SIGNER)
    else:
        signer_gate, signer_terminal = key.gate, key.terminal
        try:
            signature = signed.b64decode(data["signature"])
            key.public_key.verify(signature, signing_input(data))
        except (ValueError, InvalidSignature):
            problems.append(BAD_SIGNATURE)
        else:
            if key.revoked:
                problems.append(REVOKED_SIGNER)
            if ((key.gate and key.gate.upper() != data["gate"].upper())
                    or (key.terminal and key.terminal != data["terminal"])):
                problems.append(SIGNER_MISMATCH)
    actual = None
    if not target.is_file():
        problems.insert(0, MISSING_FILE)
    else:
        actual, size = file_digest(target)
        if actual != data["sha256"] or size != data["size"]:
            problems.insert(0, ALTERED)
    status = problems[0] if problems else INTACT
    message = MESSAGES[status]
    if len(problems) > 1:
        message += " (also: " + ", ".join(problems[1:]) + ")"
    return Verification(
        status, target, manifest, message, ok=not problems, format=data["format"],
        gate=data["gate"], period=data["period"], rows=data["rows"],
        created_at=data["created_at"], terminal=data["terminal"],
        key_id=data["key_id"], signer_gate=signer_gate, signer_terminal=signer_terminal,
        sha256_expected=data["sha256"], sha256_actual=actual, problems=problems,
    )
