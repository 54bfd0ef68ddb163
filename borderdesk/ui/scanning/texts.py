"""What the officer reads about a scan, in the current language.

Like :mod:`borderdesk.ui.messages`: English sources marked with ``QT_TRANSLATE_NOOP``
(context ``Scan``), translated when shown. A :class:`Msg` keeps the source and its
parameters, so a scan result on screen is re-rendered when the language changes.
Parameters may themselves be :class:`Msg` or zero-argument callables (a label looked
up at display time).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger(__name__)

CONTEXT = "Scan"


@dataclass(frozen=True)
class Msg:
    """A translatable text with ``str.format`` parameters, rendered on demand."""

    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self)


Line = Msg | Callable[[], str]


def _value(value: Any) -> Any:
    if isinstance(value, Msg):
        return render(value)
    if callable(value):
        return value()
    return value


def render(text: Line) -> str:
    """The text in the current language (the English source if a translation's
    placeholders are broken)."""
    if not isinstance(text, Msg):
        return text()
    params = {key: _value(value) for key, value in text.params.items()}
    translated = QCoreApplication.translate(CONTEXT, text.source)
    try:
        return translated.format_map(params)
    except (KeyError, IndexError, ValueError):
        log.warning("bad placeholder in the translation of %r", text.source)
        try:
            return text.source.format_map(params)
        except (KeyError, IndexError, ValueError):
            return text.source


def msg(source: str, **params: Any) -> Msg:
    return Msg(source, params)


# -- titles --------------------------------------------------------------------------

CCCD_READ = QT_TRANSLATE_NOOP("Scan", "ID card (CCCD) read: {name}")
MRZ_READ = QT_TRANSLATE_NOOP("Scan", "Machine-readable zone read: {name} ({document})")
MRZ_CHECK_FAILED = QT_TRANSLATE_NOOP(
    "Scan", "MRZ check digit failed: the form was NOT filled"
)
MRZ_UNREADABLE = QT_TRANSLATE_NOOP("Scan", "The machine-readable zone cannot be read")
MRZ_VISA = QT_TRANSLATE_NOOP(
    "Scan", "This is a visa's MRZ: scan the passport's data page instead"
)
CCCD_UNREADABLE = QT_TRANSLATE_NOOP("Scan", "The ID card QR code cannot be read")
CONFIRMATION_VERIFIED = QT_TRANSLATE_NOOP(
    "Scan", "Pre-declaration {reference}: confirmation verified"
)
CONFIRMATION_UNVERIFIED = QT_TRANSLATE_NOOP(
    "Scan", "Pre-declaration {reference}: NOT VERIFIED (unknown signing key)"
)
CONFIRMATION_FORGED = QT_TRANSLATE_NOOP(
    "Scan", "Confirmation slip forged or altered: its signature does not match"
)
CONFIRMATION_UNREADABLE = QT_TRANSLATE_NOOP(
    "Scan", "The confirmation slip cannot be read"
)
RECEIPT_SELECTED = QT_TRANSLATE_NOOP(
    "Scan", "Receipt verified: crossing of {name} selected in today's list"
)
RECEIPT_VERIFIED = QT_TRANSLATE_NOOP("Scan", "Receipt verified: crossing {id}")
RECEIPT_UNVERIFIED = QT_TRANSLATE_NOOP(
    "Scan", "Receipt NOT VERIFIED: signed by an unknown counter"
)
RECEIPT_FORGED = QT_TRANSLATE_NOOP(
    "Scan", "Receipt forged or altered: its signature does not match"
)
RECEIPT_UNREADABLE = QT_TRANSLATE_NOOP("Scan", "The receipt cannot be read")
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Scan",
    "Unknown code: not an ID card QR, a passport MRZ, a confirmation slip or a receipt",
)
DAMAGED_TEXT = QT_TRANSLATE_NOOP(
    "Scan", "The scanner sent characters that cannot be read: nothing was filled"
)
STORAGE_PROBLEM = QT_TRANSLATE_NOOP("Scan", "The scan could not be checked")

# -- lines ---------------------------------------------------------------------------

FORM_FILLED = QT_TRANSLATE_NOOP(
    "Scan", "The document fields were filled in: compare them with the document."
)
MRZ_NAMES_ASCII = QT_TRANSLATE_NOOP(
    "Scan",
    "Names are as printed in the MRZ (without diacritics): correct them from the "
    "data page if needed.",
)
CHECK_LINE = QT_TRANSLATE_NOOP(
    "Scan", "Check digit of the {check}: printed {printed}, computed {computed}."
)
SCAN_AGAIN = QT_TRANSLATE_NOOP(
    "Scan", "Scan the zone again, or type the data from the data page."
)
WHERE = QT_TRANSLATE_NOOP("Scan", "Line {line}, position {position}.")
TEXT_START = QT_TRANSLATE_NOOP("Scan", "Text read: {text}")
DAMAGED_HINT = QT_TRANSLATE_NOOP(
    "Scan",
    "The scanner is not sending UTF-8: set it to UTF-8 (Unicode) output, or use it "
    "as a serial (COM) device, and scan again.",
)
DECLARED_LINE = QT_TRANSLATE_NOOP(
    "Scan",
    "Persons declared: {persons} · Expected on: {date} · {gate}, {direction}",
)
VERIFIED_LINE = QT_TRANSLATE_NOOP(
    "Scan", "Verification: signature of the national portal is valid."
)
UNVERIFIED_LINE = QT_TRANSLATE_NOOP(
    "Scan",
    "Verification: NOT VERIFIED — signed by key {key}, which this counter does not "
    "know. Check the traveller's documents by hand.",
)
FORGED_LINE = QT_TRANSLATE_NOOP(
    "Scan",
    "Do not accept this slip: it was altered or forged. The pre-declaration number "
    "was not put in the form.",
)
REFERENCE_IN_FORM = QT_TRANSLATE_NOOP(
    "Scan", "The pre-declaration number was put in the form."
)
OTHER_GATE = QT_TRANSLATE_NOOP("Scan", "Declared for another border gate: {gate}.")
OTHER_DIRECTION = QT_TRANSLATE_NOOP(
    "Scan", "Declared for the other direction: {direction}."
)
OTHER_DAY = QT_TRANSLATE_NOOP("Scan", "Expected on {date}, not today.")
RECEIPT_NOT_HERE = QT_TRANSLATE_NOOP(
    "Scan", "This crossing was recorded at another counter ({gate}, {terminal})."
)
RECEIPT_FORGED_LINE = QT_TRANSLATE_NOOP(
    "Scan", "Do not accept this receipt: it was altered or forged."
)

# -- check names (mrz.Check.name) ----------------------------------------------------

CHECKS: dict[str, str] = {
    "document_number": QT_TRANSLATE_NOOP("Scan", "document number"),
    "birth_date": QT_TRANSLATE_NOOP("Scan", "date of birth"),
    "expiry_date": QT_TRANSLATE_NOOP("Scan", "expiry date"),
    "optional_data": QT_TRANSLATE_NOOP("Scan", "personal number"),
    "composite": QT_TRANSLATE_NOOP("Scan", "whole zone (composite)"),
}

# -- parse failures (scanned.Failure.code) -------------------------------------------

MRZ_FAILURES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Scan", "No MRZ text was read."),
    "length": QT_TRANSLATE_NOOP(
        "Scan",
        "The lines do not have the length of a passport (2×44), visa (2×36) or "
        "ID card (3×30) zone: part of it was not read.",
    ),
    "characters": QT_TRANSLATE_NOOP(
        "Scan", "A character that cannot appear in an MRZ was read."
    ),
    "document_code": QT_TRANSLATE_NOOP(
        "Scan", "The document code at the start of the zone is not valid."
    ),
    "date": QT_TRANSLATE_NOOP("Scan", "A date in the zone is not a valid date."),
}
CCCD_FAILURES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Scan", "The QR code is empty."),
    "not_cccd": QT_TRANSLATE_NOOP(
        "Scan", "The QR code holds a web address, not an ID card."
    ),
    "field_count": QT_TRANSLATE_NOOP(
        "Scan", "Fields are missing: this is not a complete ID card QR code."
    ),
    "extra_field": QT_TRANSLATE_NOOP(
        "Scan", "The QR code has more fields than an ID card QR code."
    ),
    "number": QT_TRANSLATE_NOOP("Scan", "The ID number does not have 12 digits."),
    "old_id": QT_TRANSLATE_NOOP(
        "Scan", "The old ID number (CMND) does not have 9 digits."
    ),
    "name": QT_TRANSLATE_NOOP("Scan", "The name is missing or contains digits."),
    "date": QT_TRANSLATE_NOOP("Scan", "A date is not written as day-month-year."),
    "sex": QT_TRANSLATE_NOOP("Scan", "The sex is neither “Nam” nor “Nữ”."),
}
SIGNED_FAILURES: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP("Scan", "It is not in the expected format."),
    "base64": QT_TRANSLATE_NOOP("Scan", "It is damaged (bad encoding)."),
    "json": QT_TRANSLATE_NOOP("Scan", "Its content is damaged."),
    "field": QT_TRANSLATE_NOOP("Scan", "A field is missing or malformed."),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Scan", "Its signature does not match: it was altered or forged."
    ),
    "unknown_key": QT_TRANSLATE_NOOP(
        "Scan", "It was signed by a key this counter does not know."
    ),
    "wrong_document": QT_TRANSLATE_NOOP("Scan", "It was issued for another document."),
}
GENERIC_FAILURE = QT_TRANSLATE_NOOP("Scan", "Unexpected problem (code {code}).")

# -- files, serial port, camera ------------------------------------------------------

FILE_FAILURES: dict[str, str] = {
    "no_code": QT_TRANSLATE_NOOP("Scan", "No QR code found in {file}."),
    "unreadable": QT_TRANSLATE_NOOP(
        "Scan", "The image {file} cannot be read: is it a PNG or JPEG file?"
    ),
    "decoder_unavailable": QT_TRANSLATE_NOOP(
        "Scan",
        "The QR decoder is not installed on this computer: {file} cannot be "
        "scanned. Call the technician.",
    ),
    "decode_error": QT_TRANSLATE_NOOP(
        "Scan", "Decoding {file} failed unexpectedly: see the log."
    ),
}
SERIAL_STATUS: dict[str, str] = {
    "connected": QT_TRANSLATE_NOOP("Scan", "Serial scanner on {port}: connected."),
    "no_port": QT_TRANSLATE_NOOP(
        "Scan", "Serial scanner: no port chosen (Scan ▸ Serial port scanner)."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Scan", "Serial scanner on {port}: not plugged in. Waiting for it…"
    ),
    "permission": QT_TRANSLATE_NOOP(
        "Scan",
        "Serial scanner on {port}: access denied (on Linux the user must be in the "
        "“dialout” group).",
    ),
    "open_failed": QT_TRANSLATE_NOOP(
        "Scan", "Serial scanner on {port}: cannot be opened (used by another program?)."
    ),
    "disconnected": QT_TRANSLATE_NOOP(
        "Scan", "Serial scanner on {port}: disconnected. Reconnecting…"
    ),
    "overflow": QT_TRANSLATE_NOOP(
        "Scan",
        "Serial scanner on {port}: data without a line end was dropped. Check the "
        "line end setting.",
    ),
    "invalid_utf8": QT_TRANSLATE_NOOP(
        "Scan",
        "Serial scanner on {port}: the code was not UTF-8. Set the scanner to UTF-8 "
        "output.",
    ),
}
CAMERA_FAILURES: dict[str, str] = {
    "no_camera": QT_TRANSLATE_NOOP("Scan", "No camera found."),
    "camera_error": QT_TRANSLATE_NOOP("Scan", "The camera reported an error."),
    "decoder_unavailable": QT_TRANSLATE_NOOP(
        "Scan", "The QR decoder is not installed on this computer."
    ),
    "decode_error": QT_TRANSLATE_NOOP(
        "Scan", "Decoding a camera picture failed unexpectedly: see the log."
    ),
}


def from_table(table: Mapping[str, str], code: str, **params: Any) -> Msg:
    """The table's text for ``code``, or the generic text naming the code."""
    source = table.get(code)
    return Msg(source, params) if source else Msg(GENERIC_FAILURE, {"code": code})


def check_name(name: str) -> Msg:
    return Msg(CHECKS[name]) if name in CHECKS else Msg("{name}", {"name": name})
