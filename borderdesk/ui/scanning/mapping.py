"""From a recognised code to the walk-in form's values: plain functions, no Qt.

The router calls these and hands the result to the form, so the widgets never look
inside a :class:`~borderdesk.core.cccd_qr.CccdCard` or a
:class:`~borderdesk.core.mrz.Mrz`.
Nothing here imports Qt; the module sits in ``ui/scanning`` only because it exists
for the form (it could move to ``core`` unchanged).

Values use the crossing's JSON shape (``persons[].identity``): strings, ISO dates,
``M``/``F``/``X`` for sex, ICAO codes for countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from borderdesk.core import countries
from borderdesk.core.cccd_qr import CccdCard
from borderdesk.core.model import DocumentType
from borderdesk.core.mrz import Check, Mrz
from borderdesk.core.signed import Confirmation
from borderdesk.core.validation import Finding

VIETNAM = "VNM"
IDENTITY_PREFIX = "persons[0].identity."
# Where a finding of the CCCD QR parser is shown on the form (its field -> form path).
_CCCD_FIELDS = {"number": IDENTITY_PREFIX + "document_number"}
_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


def identity_from_cccd(card: CccdCard) -> dict[str, str]:
    """The form's identity values for a chip ID card's QR code.

    The QR holds no expiry date, so it is left empty; nationality and issuing state
    are Vietnam (only Vietnamese citizens hold a CCCD).
    """
    return {
        "document_type": str(DocumentType.CCCD),
        "document_number": card.number,
        "surname": card.surname,
        "given_names": card.given_names,
        "birth_date": card.birth_date.isoformat(),
        "sex": str(card.sex),
        "nationality": VIETNAM,
        "issuing_state": VIETNAM,
        "expiry_date": "",
    }


def is_visa(zone: Mrz) -> bool:
    """A visa's MRZ (MRV-A/B, document code ``V…``): not a travel document itself."""
    return zone.document_code.startswith("V")


def document_type_of(zone: Mrz) -> DocumentType:
    """The form's document type for an MRZ's document code (ICAO 9303 Part 4/5).

    ``P…`` passports; ``AC`` crew member certificates; a Vietnamese TD1 ``I…`` card
    carrying a 12-digit number is the chip ID card (CCCD); any other ``I``/``A``/``C``
    card is an "other travel document".
    """
    code = zone.document_code
    if code.startswith("P"):
        return DocumentType.PASSPORT
    if code == "AC":
        return DocumentType.CREW_CERTIFICATE
    if code.startswith("I") and _cccd_number(zone):
        return DocumentType.CCCD
    return DocumentType.TRAVEL_DOCUMENT


def _cccd_number(zone: Mrz) -> str:
    """The 12-digit CCCD number printed in a Vietnamese ID card's MRZ, or ""."""
    if countries.normalize_code(zone.issuing_state) != VIETNAM:
        return ""
    for text in (zone.optional_data.replace(" ", ""), zone.document_number):
        match = _TWELVE_DIGITS.search(text)
        if match:
            return match.group(0)
    return ""


def identity_from_mrz(zone: Mrz) -> dict[str, str]:
    """The form's identity values for a machine-readable zone (all checks passed).

    Names are the MRZ's transliteration (upper-case ASCII); the officer may correct
    them from the data page.
    """
    kind = document_type_of(zone)
    number = _cccd_number(zone) if kind is DocumentType.CCCD else zone.document_number
    return {
        "document_type": str(kind),
        "document_number": number,
        "surname": zone.surname,
        "given_names": zone.given_names,
        "birth_date": zone.birth_date.isoformat() if zone.birth_date else "",
        "sex": str(zone.sex),
        "nationality": countries.normalize_code(zone.nationality),
        "issuing_state": countries.normalize_code(zone.issuing_state),
        "expiry_date": zone.expiry_date.isoformat() if zone.expiry_date else "",
    }


def failed_checks(zone: Mrz) -> list[Check]:
    """The MRZ check digits that do not match, in the zone's order."""
    return [check for check in zone.checks if not check.passed]


def cccd_findings_for_form(card: CccdCard) -> list[Finding]:
    """The card's cross-check findings with their field moved to the form's path.

    Findings about something the form does not show (the issue date, the old ID
    number) keep their own field; the form ignores them, the result panel lists them.
    """
    return [
        Finding(f.code, f.severity, _CCCD_FIELDS.get(f.field, f.field), dict(f.params))
        for f in card.findings
    ]


@dataclass(frozen=True, slots=True)
class ConfirmationNotes:
    """What does not match between a confirmation slip and this counter today.

    Attributes:
        other_gate: the slip names another border gate (its code), else "".
        other_direction: the slip is for the other direction (its value), else "".
        other_day: the expected date is not today (the date), else None.
    """

    other_gate: str = ""
    other_direction: str = ""
    other_day: date | None = None


def confirmation_notes(
    slip: Confirmation, gate: str, today: date, direction: str | None
) -> ConfirmationNotes:
    """Compare a confirmation slip with this counter: gate, day and lane direction."""
    return ConfirmationNotes(
        other_gate=slip.gate if slip.gate != gate else "",
        other_direction=(
            slip.direction if direction and slip.direction != direction else ""
        ),
        other_day=slip.expected_date if slip.expected_date != today else None,
    )
