"""The terminal's Ed25519 key pair, created on first use and kept with its data.

The private key is a PKCS#8 PEM file readable by the owner only (mode 0600, created
with that mode so it is never briefly world-readable); the public key sits beside it.
Enrolment with the portal (the sync issue) registers the public key, so every terminal
of the gate can verify this terminal's receipts offline.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from borderdesk.core.signed import key_id

PRIVATE_FILE = "terminal_ed25519.pem"
PUBLIC_FILE = "terminal_ed25519.pub.pem"


class KeyFileError(Exception):
    """The key file exists but cannot be used (damaged, wrong type, unsafe mode)."""

    code = "key_file_invalid"


@dataclass(frozen=True)
class TerminalKey:
    private: Ed25519PrivateKey
    path: Path

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def key_id(self) -> str:
        return key_id(self.public)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def load_or_create(directory: Path) -> TerminalKey:
    """The terminal key in ``directory`` (``<data_dir>/keys``), made if absent."""
    path = directory / PRIVATE_FILE
    if path.exists():
        return load(path)
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    # A fresh name, created exclusively: a file left by an interrupted run (whatever its
    # mode) or written by a concurrent process is never reused.
    tmp = directory / f"{PRIVATE_FILE}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if another process created the key meanwhile
    except FileExistsError:
        tmp.unlink()
        return load(path)
    tmp.unlink()
    (directory / PUBLIC_FILE).write_bytes(
        key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    return TerminalKey(key, path)


def load(path: Path) -> TerminalKey:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyFileError(f"{path} is readable by other users (mode {mode:o}); "
                           "it must be 600")
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path} is not a usable private key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} holds a {type(key).__name__}, not an Ed25519 key")
    return TerminalKey(key, path)
