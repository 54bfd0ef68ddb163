"""Storage errors with stable codes, mapped from SQLite's own error codes."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """A failure of the local database. ``code`` is stable and translated by the UI."""

    code = "storage_error"

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class StorageFull(StorageError):
    code = "disk_full"


class StorageReadOnly(StorageError):
    code = "read_only"


class StorageBusy(StorageError):
    code = "busy"


class StorageCorrupt(StorageError):
    code = "corrupt"


class StorageUnavailable(StorageError):
    code = "cannot_open"


class IdConflict(StorageError):
    """A crossing id already stored with a different content."""

    code = "id_conflict"


class SupersedeConflict(StorageError):
    """An amendment of a crossing that does not exist or was already amended."""

    code = "supersede_conflict"


# SQLite primary result codes (sqlite3.h); extended codes carry them in the low byte.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_PERM = 14, 26, 3


def translate(exc: sqlite3.Error) -> StorageError:
    """Map a sqlite3 exception to the StorageError a caller can act on."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return StorageFull("The disk holding the database is full", detail=text)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text:
        return StorageReadOnly("The database is read-only", detail=text)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StorageBusy("The database is busy (locked by another process)", detail=text)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StorageCorrupt("The database file is damaged", detail=text)
    if primary == _SQLITE_CANTOPEN:
        return StorageUnavailable("The database file cannot be opened", detail=text)
    if primary == _SQLITE_IOERR:
        # ENOSPC during a WAL write surfaces as an I/O error on some systems.
        if "full" in text or "space" in text:
            return StorageFull("The disk holding the database is full", detail=text)
        return StorageError("The disk reported an input/output error", detail=text)
    return StorageError(f"Database error: {text}", detail=text)
