"""The crossing model: who crossed, with which document, where, when and the decision.

Plain frozen dataclasses and string enums. Constructors normalise text (names to NFC,
codes to upper case) but never reject anything: what is acceptable is the job of
:mod:`borderdesk.core.validation`, which reports structured findings.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from borderdesk.core import countries
from borderdesk.core.text import fold_ascii, nfc, normalize_document_number


class Sex(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"  # ICAO 9303 "X" (or "<" in an MRZ)


class DocumentType(enum.StrEnum):
    PASSPORT = "passport"
    CCCD = "cccd"  # Căn cước công dân / Căn cước chip ID card
    BORDER_PASS_CN = "border_pass_vn_cn"  # giấy thông hành biên giới Việt Nam–Trung Quốc
    BORDER_PASS_LA = "border_pass_vn_la"  # giấy thông hành biên giới Việt Nam–Lào
    BORDER_PASS_KH = "border_pass_vn_kh"  # giấy thông hành biên giới Việt Nam–Campuchia
    SEAFARER_ID = "seafarer_id"  # seafarer's identity document (ILO C185)
    CREW_CERTIFICATE = "crew_certificate"  # crew member certificate
    TRAVEL_DOCUMENT = "travel_document"  # any other travel document

    @property
    def border_partner(self) -> str | None:
        """The neighbour a border pass is valid with (ICAO code), else None."""
        return _BORDER_PASS_PARTNER.get(self)


_BORDER_PASS_PARTNER = {
    DocumentType.BORDER_PASS_CN: "CHN",
    DocumentType.BORDER_PASS_LA: "LAO",
    DocumentType.BORDER_PASS_KH: "KHM",
}


class Direction(enum.StrEnum):
    EXIT = "exit"
    ENTRY = "entry"


class TravelMode(enum.StrEnum):
    FOOT = "foot"
    CAR = "car"
    TRUCK = "truck"
    BUS = "bus"
    MOTORBIKE = "motorbike"
    VESSEL = "vessel"

    @property
    def needs_vehicle(self) -> bool:
        return self is not TravelMode.FOOT


class Decision(enum.StrEnum):
    CLEARED = "cleared"
    REFUSED = "refused"
    SECONDARY = "secondary"  # referred to secondary control


class Role(enum.StrEnum):
    TRAVELLER = "traveller"  # a person on foot
    DRIVER = "driver"
    PASSENGER = "passenger"
    CREW = "crew"  # crew member of a vessel (the master included)


class PreDeclarationStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    USED = "used"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date whose day, or month and day, may be unknown (ICAO 9303 allows both).

    Written in ISO 8601 reduced precision: ``1980``, ``1980-05`` or ``1980-05-17``.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day without a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises ValueError on 31 Feb etc.

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError otherwise."""
        m = _PARTIAL_DATE.match(text.strip())
        if not m:
            raise ValueError(f"not a date: {text!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        return self.day is not None

    def earliest(self) -> date:
        """The first calendar day this partial date may stand for."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The last calendar day this partial date may stand for."""
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        if self.month is None:
            return date(self.year, 12, 31)
        # monthrange, not "first of next month - 1": December 9999 has no next month
        last_day = calendar.monthrange(self.year, self.month)[1]
        return date(self.year, self.month, last_day)

    def isoformat(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()


@dataclass(frozen=True, slots=True)
class Identity:
    """A person's identity as read from one document.

    Names are kept exactly as printed (NFC); :attr:`name_ascii` is the portal's form.
    """

    surname: str
    given_names: str
    sex: Sex
    birth_date: PartialDate | None
    nationality: str
    document_type: DocumentType
    document_number: str
    issuing_state: str
    expiry_date: date | None = None
    personal_number: str = ""  # e.g. the 12-digit CCCD number printed in a VN passport

    def __post_init__(self) -> None:
        object.__setattr__(self, "surname", nfc(self.surname))
        object.__setattr__(self, "given_names", nfc(self.given_names))
        object.__setattr__(self, "nationality", countries.normalize_code(self.nationality))
        object.__setattr__(self, "issuing_state", countries.normalize_code(self.issuing_state))
        object.__setattr__(
            self, "document_number", normalize_document_number(self.document_number)
        )
        object.__setattr__(self, "personal_number", self.personal_number.strip())

    @property
    def full_name(self) -> str:
        """Surname first, as Vietnamese documents and the counter list print it."""
        return " ".join(p for p in (self.surname, self.given_names) if p)

    @property
    def name_ascii(self) -> str:
        """Upper-case ASCII without diacritics (the portal's convention)."""
        return fold_ascii(self.full_name)


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A road vehicle or vessel. For a vessel, ``plate`` holds its IMO number or name."""

    plate: str
    kind: TravelMode
    country: str  # country of registration (ICAO code), or the flag state of a vessel

    def __post_init__(self) -> None:
        object.__setattr__(self, "plate", nfc(self.plate).upper())
        object.__setattr__(self, "country", countries.normalize_code(self.country))


@dataclass(frozen=True, slots=True)
class CrossingPerson:
    """One person in a crossing, with the decision taken for that person."""

    role: Role
    identity: Identity
    decision: Decision


@dataclass(frozen=True, slots=True)
class Crossing:
    """One recorded crossing of the border at a gate.

    A person on foot is one crossing with one ``traveller``; a vehicle crossing holds
    its driver and every person on board, each with a decision of their own, while
    :attr:`decision` is the decision for the crossing as a whole (the vehicle).
    Amendments are new crossings with ``version`` + 1 and ``supersedes`` set to the
    id they replace: a recorded crossing is never changed in place.
    """

    id: str
    gate: str
    terminal: str
    officer: str
    direction: Direction
    mode: TravelMode
    time_utc: datetime
    timezone: str
    persons: tuple[CrossingPerson, ...]
    decision: Decision
    vehicle: Vehicle | None = None
    predeclaration_ref: str | None = None
    notes: str = ""
    version: int = 1
    supersedes: str | None = None
    acknowledged: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.time_utc.tzinfo is None:
            raise ValueError("time_utc must be timezone-aware")
        object.__setattr__(self, "time_utc", self.time_utc.astimezone(UTC))
        object.__setattr__(self, "gate", self.gate.strip().upper())
        object.__setattr__(self, "notes", self.notes.strip())
        object.__setattr__(self, "persons", tuple(self.persons))
        object.__setattr__(self, "acknowledged", frozenset(self.acknowledged))

    @property
    def local_time(self) -> datetime:
        """The crossing time on the gate's wall clock."""
        return self.time_utc.astimezone(ZoneInfo(self.timezone))

    @property
    def local_date(self) -> date:
        """The gate's calendar day of the crossing (the day of the daily log)."""
        return self.local_time.date()

    @property
    def principal(self) -> CrossingPerson | None:
        """The traveller on foot, the driver of a vehicle, else the first person."""
        for wanted in (Role.TRAVELLER, Role.DRIVER):
            for person in self.persons:
                if person.role is wanted:
                    return person
        return self.persons[0] if self.persons else None


@dataclass(frozen=True, slots=True)
class PreDeclaration:
    """A declaration made on the portal before arrival, as the portal sends it down."""

    reference: str
    declarant: str
    gate: str
    direction: Direction
    expected_date: date
    persons: tuple[Identity, ...]
    status: PreDeclarationStatus
    vehicle: Vehicle | None = None


class OfficerRole(enum.StrEnum):
    GUARD = "guard"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Officer:
    """A person who may sign in at the terminal (never carries the PIN or its hash)."""

    officer_id: str
    name: str
    role: OfficerRole
    disabled: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "officer_id", normalize_officer_id(self.officer_id))
        object.__setattr__(self, "name", nfc(self.name))
        object.__setattr__(self, "role", OfficerRole(self.role))


def normalize_officer_id(text: str) -> str:
    """Officer ids compare upper case without surrounding spaces: ``bp0123`` is
    ``BP0123``."""
    return text.strip().upper()
