"""The QR code on the Vietnamese chip ID card (CCCD / Căn cước).

One UTF-8 line of ``|``-separated fields (DOMAIN.md §2): 12-digit number | old 9-digit
CMND number or empty | full name | date of birth ddmmyyyy | ``Nam``/``Nữ`` | address |
issue date ddmmyyyy, and on the newer cards possibly further empty fields. Decoders may
append NUL, CR or LF. Inconsistencies between the number and the other fields are
reported as findings, never raised: the card is what it is, the officer decides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from borderdesk.core import cccd
from borderdesk.core.model import PartialDate, Sex
from borderdesk.core.text import nfc
from borderdesk.core.validation import Finding, warning

FIELDS = ("number", "old_id", "full_name", "birth_date", "sex", "address", "issue_date")
# ASCII digits only: \d would accept Arabic-Indic and full-width digits.
_OLD_ID = re.compile(r"^([0-9]{9}|[0-9]{12})?\Z")
_SEX = {"nam": Sex.MALE, "nữ": Sex.FEMALE, "nu": Sex.FEMALE, "male": Sex.MALE,
        "female": Sex.FEMALE}


class CccdQrError(ValueError):
    """Not a CCCD QR payload. ``code`` is stable; ``field`` is the 0-based field index
    (-1 for the payload as a whole) and ``position`` the character offset in the text."""

    def __init__(self, code: str, message: str, field: int = -1, position: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.position = position


@dataclass(frozen=True, slots=True)
class CccdCard:
    number: str
    old_id: str
    full_name: str
    surname: str
    given_names: str
    birth_date: PartialDate
    sex: Sex
    address: str
    issue_date: date | None
    new_card: bool  # the 2024 "Căn cước" layout (no old ID, trailing empty fields)
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number, "old_id": self.old_id, "full_name": self.full_name,
            "surname": self.surname, "given_names": self.given_names,
            "birth_date": self.birth_date.isoformat(), "sex": str(self.sex),
            "address": self.address,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
            "new_card": self.new_card,
            "findings": [f.to_dict() for f in self.findings],
        }


def _clean(text: str) -> str:
    text = text.split("\x00", 1)[0]
    return text.strip(" \r\n\t\ufeff")


def looks_like(text: str) -> bool:
    """Cheap test used by the scan router: 12 digits then a ``|``."""
    return bool(re.match(r"^\s*\ufeff?\d{12}\|", text))


def _ddmmyyyy(raw: str, index: int, offset: int, *, partial: bool) -> PartialDate:
    """ddmmyyyy; for the birth date also mmyyyy or yyyy (partial dates exist)."""
    digits = raw.isascii() and raw.isdigit()  # not Arabic-Indic or full-width digits
    try:
        if len(raw) == 8 and digits:
            return PartialDate(int(raw[4:]), int(raw[2:4]), int(raw[:2]))
        if partial and len(raw) == 6 and digits:
            return PartialDate(int(raw[2:]), int(raw[:2]))
        if partial and len(raw) == 4 and digits:
            return PartialDate(int(raw))
    except ValueError:
        pass
    raise CccdQrError("date", f"field {index + 1} is not a date (ddmmyyyy): {raw!r}",
                      field=index, position=offset)


def parse(text: str, today: date | None = None) -> CccdCard:
    """Parse a CCCD QR payload. Raises CccdQrError with the field at fault."""
    today = today or date.today()
    payload = _clean(text)
    if not payload:
        raise CccdQrError("empty", "the QR code is empty")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", payload):
        raise CccdQrError("not_cccd", "the QR code holds a web address, not an ID card")
    parts = payload.split("|")
    if len(parts) < len(FIELDS):
        raise CccdQrError("field_count", f"{len(parts)} fields; an ID card QR has at "
                          f"least {len(FIELDS)}", position=len(payload))
    offsets = [0]
    for part in parts[:-1]:
        offsets.append(offsets[-1] + len(part) + 1)
    for i, extra in enumerate(parts[len(FIELDS):], len(FIELDS)):
        if extra.strip():
            raise CccdQrError("extra_field", f"unexpected content in field {i + 1}",
                              field=i, position=offsets[i])
    number, old_id, name, born, sex_text, address, issued = (p.strip() for p in parts[:7])
    if not cccd.is_well_formed(number):
        raise CccdQrError("number", "the ID number must have exactly 12 digits", field=0)
    if not _OLD_ID.match(old_id):
        raise CccdQrError("old_id", "the old ID number must have 9 (or 12) digits",
                          field=1, position=offsets[1])
    name = nfc(name)
    if not name or any(ch.isdigit() for ch in name):
        raise CccdQrError("name", "the name is missing or contains digits", field=2,
                          position=offsets[2])
    birth = _ddmmyyyy(born, 3, offsets[3], partial=True)
    sex = _SEX.get(unicodedata.normalize("NFC", sex_text).lower())
    if sex is None:
        raise CccdQrError("sex", f"sex must be Nam or Nữ, not {sex_text!r}", field=4,
                          position=offsets[4])
    issue = _ddmmyyyy(issued, 6, offsets[6], partial=False).earliest() if issued else None
    surname, _, given = name.partition(" ")
    findings: list[Finding] = []
    parts_of = cccd.split(number)
    if birth.year % 100 != parts_of.year_two_digits:
        findings.append(warning("cccd_birth_year_mismatch", "number",
                                number_year=f"{parts_of.year_two_digits:02d}",
                                birth_year=birth.year))
    elif birth.year - birth.year % 100 != parts_of.century_start:
        findings.append(warning("cccd_century_mismatch", "number", birth_year=birth.year))
    if sex is not parts_of.sex:
        findings.append(warning("cccd_sex_mismatch", "number", number_sex=str(parts_of.sex),
                                sex=str(sex)))
    if not parts_of.province_known:
        findings.append(warning("cccd_province_unknown", "number",
                                province=parts_of.province))
    if issue is not None:
        if issue < birth.earliest():
            findings.append(warning("issue_before_birth", "issue_date"))
        elif issue > today:
            findings.append(warning("issue_date_in_future", "issue_date",
                                    date=issue.isoformat()))
    if old_id and len(old_id) == 12:
        findings.append(warning("old_id_twelve_digits", "old_id"))
    new_card = not old_id or len(parts) > len(FIELDS) or (
        issue is not None and issue.year >= 2024)
    return CccdCard(
        number=number, old_id=old_id, full_name=name, surname=surname, given_names=given,
        birth_date=birth, sex=sex, address=nfc(address), issue_date=issue,
        new_card=new_card, findings=tuple(findings),
    )
