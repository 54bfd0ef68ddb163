"""Log files readable by remote support: no document number or CCCD in clear."""

from __future__ import annotations

import logging
import logging.handlers
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk import logsetup
from borderdesk.logsetup import mask_document, mask_name, redact

CROSSING_ID = "0190a8c6-7f10-7cce-8ad1-123456789012"  # last group: 12 digits


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("C1234567", "C1****67"),
        ("001090012345", "00********45"),
        ("12345", "12*45"),
        ("1234", "****"),
        ("AB", "**"),
        ("", ""),
    ],
)
def test_mask_document(number: str, masked: str) -> None:
    assert mask_document(number) == masked
    assert len(mask_document(number)) == len(number)


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("Nguyễn Văn An", "N. V. A."),
        ("Đặng  Thị Ánh ", "Đ. T. Á."),
        ("An", "A."),
        ("", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("CCCD 001090012345 scanned", "001090012345"),
        ("passport C1234567 refused", "C1234567"),
        ("passport=N1234567.", "N1234567"),
        ("two-letter AB1234567 and old CMND 123456789", "AB1234567"),
        ("old CMND 123456789", "123456789"),
        ("with suffix 1234567X", "1234567X"),
        ("typed in lower case c1234567", "c1234567"),
        ("(001090012345)", "001090012345"),
    ],
)
def test_redact_masks_document_numbers(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out
    assert mask_document(secret) in out


@pytest.mark.parametrize(
    "text",
    [
        f"crossing {CROSSING_ID} recorded",
        f"ids {CROSSING_ID},{CROSSING_ID}",
        "audit #12 at gate MONGCAI on 2026-03-10 11:00:00",
        "sha 4dc71812e79ad98b1bf1fe9b21d4da84f1efe74b84064a4da8abaa4fb738119d",
        "12345 records",
        "",
    ],
)
def test_redact_keeps_ids_dates_and_short_numbers(text: str) -> None:
    assert redact(text) == text


def test_redact_keeps_uuid_next_to_a_secret() -> None:
    out = redact(f"{CROSSING_ID} C1234567 001090012345")
    assert out == f"{CROSSING_ID} C1****67 00********45"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    levels = {n: logging.getLogger(n).level for n in ("borderdesk", "sync")}
    yield tmp_path / "logs"
    logsetup.shutdown()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _ours(name: str) -> list[logging.Handler]:
    return [
        h
        for h in logging.getLogger(name).handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]


def test_log_file_has_no_document_number_in_clear(log_dir: Path) -> None:
    path = logsetup.setup(log_dir)
    assert path == log_dir / logsetup.LOG_FILE
    log = logging.getLogger("borderdesk.services")
    log.info(
        "crossing %s refused: document %s, CCCD %s",
        CROSSING_ID,
        "C1234567",
        "001090012345",
    )
    logging.getLogger("sync.engine").warning("portal rejected passport N7654321")
    logging.getLogger("borderdesk.storage").debug("not written at INFO: C9999999")
    for handler in _ours("borderdesk"):
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert CROSSING_ID in text
    assert "C1****67" in text
    assert "00********45" in text
    assert "N7****21" in text
    for secret in ("C1234567", "001090012345", "N7654321", "C9999999"):
        assert secret not in text
    assert not re.search(r"\b\d{9,12}\b", text.replace(CROSSING_ID, ""))
    assert " INFO borderdesk.services " in text
    assert " WARNING sync.engine " in text


def test_tracebacks_are_redacted_too(log_dir: Path) -> None:
    path = logsetup.setup(log_dir)
    try:
        raise ValueError("no crossing for document C1234567 / 001090012345")
    except ValueError:
        logging.getLogger("borderdesk.cli").exception("lookup failed")
    for handler in _ours("borderdesk"):
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "Traceback" in text
    assert "lookup failed" in text
    assert "C1234567" not in text
    assert "001090012345" not in text


def test_setup_twice_keeps_one_handler(log_dir: Path) -> None:
    logsetup.setup(log_dir)
    first = _ours("borderdesk")
    logsetup.setup(log_dir)
    assert len(_ours("borderdesk")) == 1
    assert len(_ours("sync")) == 1
    assert _ours("borderdesk")[0] is _ours("sync")[0]
    assert first[0] not in _ours("borderdesk")
    assert first[0].stream is None  # the replaced handler was closed


def test_shutdown_detaches(log_dir: Path) -> None:
    logsetup.setup(log_dir)
    logsetup.shutdown()
    assert _ours("borderdesk") == []
    assert _ours("sync") == []
