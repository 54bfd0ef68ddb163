"""Rotating log files that a remote supporter can read without seeing personal data.

Code logs ids and codes, never names or document numbers in clear; where a person must
be referred to it uses :func:`mask_document` / :func:`mask_name`. As a second line of
defence, :class:`RedactingFilter` masks anything that still looks like a document or
ID number in a message (long digit runs, passport-like tokens).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE = "borderdesk.log"
_HANDLER_NAME = "borderdesk-file"
MAX_BYTES = 2_000_000
BACKUPS = 5

# A UUID is not personal data and must survive redaction (ids are how support works).
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
# IGNORECASE: a number typed in lower case ("c1234567") is still a document number.
_SENSITIVE = re.compile(r"\b(?=[A-Z]{0,3}\d)[A-Z]{0,3}\d{6,15}[A-Z]?\b", re.IGNORECASE)


def mask_document(number: str) -> str:
    """``C1234567`` -> ``C1****67``: enough to tell two documents apart on a call."""
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]


def mask_name(name: str) -> str:
    """``Nguyễn Văn An`` -> ``N. V. A.``"""
    return " ".join(part[0] + "." for part in name.split() if part)


def redact(text: str) -> str:
    """Mask document-like tokens in ``text``, leaving UUIDs intact."""
    keep: dict[str, str] = {}

    def _hold(m: re.Match[str]) -> str:
        key = f"\x00{len(keep)}\x00"
        keep[key] = m.group(0)
        return key

    held = _UUID.sub(_hold, text)
    masked = _SENSITIVE.sub(lambda m: mask_document(m.group(0)), held)
    for key, value in keep.items():
        masked = masked.replace(key, value)
    return masked


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted entry: exception messages in tracebacks too."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the ``borderdesk`` and ``sync`` loggers to a rotating file in ``log_dir``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    )
    handler.addFilter(RedactingFilter())
    handler.set_name(_HANDLER_NAME)
    for name in ("borderdesk", "sync"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
            logger.removeHandler(old)
            old.close()
        logger.addHandler(handler)
    return path


def shutdown() -> None:
    """Detach and close the file handler installed by :func:`setup`."""
    for name in ("borderdesk", "sync"):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
            logger.removeHandler(old)
            old.close()
