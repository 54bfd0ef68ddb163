"""Recognise what a scanned text is and parse it: the one entry point for every scanner.

:func:`recognise` never raises: it returns the kind (CCCD QR, MRZ, confirmation slip,
receipt, or unknown) with either the parsed value or the typed failure (code, message,
position), so a bad code gives the officer a clear message and never a crash.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from borderdesk.core import cccd_qr, mrz, signed


class Kind(enum.StrEnum):
    CCCD = "cccd"
    MRZ = "mrz"
    CONFIRMATION = "confirmation"
    RECEIPT = "receipt"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Failure:
    code: str
    message: str
    line: int = 0
    position: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "line": self.line,
                "position": self.position}


@dataclass(frozen=True, slots=True)
class Scanned:
    kind: Kind
    text: str
    value: Any = None  # CccdCard | Mrz | Confirmation | Receipt
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None and self.kind is not Kind.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": str(self.kind), "ok": self.ok}
        if self.value is not None:
            out["fields"] = self.value.to_dict()
        if self.failure is not None:
            out["error"] = self.failure.to_dict()
        return out


_MRZ_SHAPE = re.compile(r"^[A-Z0-9<\s]+$")


def _looks_like_mrz(text: str) -> bool:
    """Meant as an MRZ: the ``<<`` filler, long enough, and (nearly) only MRZ
    characters.

    A zone of the wrong length, or with a stray character from a reader (``«``), still
    counts, so the parser can say what is wrong with it and where, rather than
    "unknown code".
    """
    compact = re.sub(r"\s+", "", text.upper())
    if "<<" not in compact or len(compact) < 60:
        return False
    foreign = sum(1 for ch in compact if not _MRZ_SHAPE.match(ch))
    return foreign <= 3


def recognise(text: str, today: date | None = None) -> Scanned:
    """What ``text`` (decoded from a scan) is, parsed. Never raises."""
    try:
        return _recognise(text, today)
    except Exception as exc:  # a parser bug (any exception) must not crash the counter
        return Scanned(Kind.UNKNOWN, text if isinstance(text, str) else "",
                       failure=Failure("internal", f"unreadable code ({exc.__class__.__name__})"))


def _recognise(text: str, today: date | None) -> Scanned:
    stripped = text.strip().strip("\x00")
    if stripped.startswith(signed.RECEIPT_PREFIX + "."):
        try:
            return Scanned(Kind.RECEIPT, text, signed.parse_receipt(stripped))
        except signed.SignedCodeError as exc:
            return Scanned(Kind.RECEIPT, text, failure=Failure(exc.code, str(exc),
                                                                position=exc.position))
    if stripped.startswith(signed.CONFIRMATION_PREFIX + "."):
        try:
            return Scanned(Kind.CONFIRMATION, text, signed.parse_confirmation(stripped))
        except signed.SignedCodeError as exc:
            return Scanned(Kind.CONFIRMATION, text, failure=Failure(exc.code, str(exc),
                                                                     position=exc.position))
    if cccd_qr.looks_like(text):
        try:
            return Scanned(Kind.CCCD, text, cccd_qr.parse(text, today))
        except cccd_qr.CccdQrError as exc:
            return Scanned(Kind.CCCD, text, failure=Failure(exc.code, str(exc),
                                                             line=0, position=exc.position))
    if _looks_like_mrz(stripped):
        try:
            return Scanned(Kind.MRZ, text, mrz.parse(stripped, today))
        except mrz.MrzError as exc:
            return Scanned(Kind.MRZ, text, exc.result,
                           Failure(exc.code, str(exc), exc.line, exc.position))
    return Scanned(Kind.UNKNOWN, text, failure=Failure(
        "unknown_code", "not an ID card QR, a passport MRZ, a confirmation or a receipt"))
