"""ICAO Doc 9303 machine-readable zones: TD1 (3×30), TD2 (2×36), TD3 (2×44).

Input is taken as readers deliver it — lower case, stray spaces, CR/LF, both lines run
together — but a failed check digit is never accepted silently: :func:`parse` raises
:class:`MrzError` with code ``check_digit`` naming every check that failed, and carries
the parsed zone so the counter can show what was read. Visas (MRV-A/B, code ``V``) share
the TD3/TD2 geometry and are parsed the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from borderdesk.core.model import PartialDate, Sex

_WEIGHTS = (7, 3, 1)
_ALLOWED = re.compile(r"^[A-Z0-9<]*$")
# OCR confusions that are unambiguous in fields that can only hold digits.
_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2",
                           "S": "5", "B": "8", "G": "6"})
FORMATS = {"TD1": (3, 30), "TD2": (2, 36), "TD3": (2, 44)}


class MrzError(ValueError):
    """The text is not a valid MRZ.

    Attributes:
        code: ``empty``, ``length``, ``characters``, ``document_code``, ``date``,
            ``check_digit``.
        line: 1-based line of the fault (0 when not tied to a line).
        position: 1-based column of the fault (0 when not tied to one).
        result: the parsed zone when only check digits failed, else None.
    """

    def __init__(self, code: str, message: str, line: int = 0, position: int = 0,
                 result: Mrz | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.line = line
        self.position = position
        self.result = result


def char_value(ch: str) -> int:
    if ch.isdigit():
        return ord(ch) - 48
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(text: str) -> int:
    """ICAO 9303 Part 3 §4.9: weights 7, 3, 1; ``<`` counts 0; sum modulo 10."""
    return sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(text)) % 10


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # document_number, birth_date, expiry_date, optional_data, composite
    passed: bool
    printed: str  # the digit printed in the zone
    computed: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "printed": self.printed,
                "computed": self.computed}


@dataclass(frozen=True, slots=True)
class Mrz:
    format: str  # TD1, TD2, TD3
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: PartialDate | None
    sex: Sex
    expiry_date: date | None
    optional_data: str
    optional_data_2: str = ""  # TD1 line 2 only
    personal_number: str = ""  # the 12-digit ID on a Vietnamese CCCD (TD1), checked
    checks: tuple[Check, ...] = field(default_factory=tuple)
    lines: tuple[str, ...] = field(default_factory=tuple)

    @property
    def valid(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def failed_checks(self) -> list[str]:
        return [c.name for c in self.checks if not c.passed]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": str(self.sex),
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "optional_data": self.optional_data,
            "optional_data_2": self.optional_data_2,
            "personal_number": self.personal_number,
            "checks": [c.to_dict() for c in self.checks],
        }


def normalize_lines(text: str) -> list[str]:
    """Split reader output into MRZ lines of one of the three formats.

    Raises MrzError(``empty`` / ``length`` / ``characters``).
    """
    cleaned = text.replace("\x00", "").upper()
    lines = [re.sub(r"\s+", "", ln) for ln in re.split(r"[\r\n]+", cleaned)]
    lines = [ln for ln in lines if ln]
    if not lines:
        raise MrzError("empty", "no MRZ text")
    for count, width in FORMATS.values():
        if len(lines) == count and all(len(ln) == width for ln in lines):
            break
    else:
        joined = "".join(lines)
        for count, width in FORMATS.values():
            if len(joined) == count * width:
                lines = [joined[i * width:(i + 1) * width] for i in range(count)]
                break
        else:
            widths = "+".join(str(len(ln)) for ln in lines)
            raise MrzError("length", f"lines of {widths} characters match no MRZ format "
                           "(TD1 3×30, TD2 2×36, TD3 2×44)", line=1)
    for n, ln in enumerate(lines, 1):
        if not _ALLOWED.match(ln):
            pos = next(i for i, ch in enumerate(ln, 1) if not _ALLOWED.match(ch))
            raise MrzError("characters", f"character {ln[pos - 1]!r} is not allowed in an "
                           "MRZ", line=n, position=pos)
    return lines


def _name(field_text: str) -> tuple[str, str]:
    surname, _, given = field_text.partition("<<")
    clean = lambda s: re.sub(r"\s+", " ", s.replace("<", " ")).strip()  # noqa: E731
    return clean(surname), clean(given)


def _digits(text: str) -> str:
    return text.translate(_TO_DIGIT)


def _date(raw: str, line: int, pos: int, *, kind: str, today: date) -> PartialDate | None:
    """YYMMDD with ``<<`` for an unknown month or day; the century from ``kind``."""
    if raw == "<<<<<<":
        return None
    yy, mm, dd = _digits(raw[:2]), _digits(raw[2:4]), _digits(raw[4:6])
    try:
        if not yy.isdigit():
            raise ValueError
        month = None if mm == "<<" else int(mm)
        day = None if dd == "<<" else int(dd)
        two = int(yy)
        if kind == "birth":  # the most recent century that does not lie in the future
            year = 2000 + two
            if year > today.year:
                year -= 100
            value = PartialDate(year, month, day)
            if value.earliest() > today:
                value = PartialDate(year - 100, month, day)
            return value
        # expiry: within fifty years either side of today
        year = today.year - today.year % 100 + two
        if year < today.year - 50:
            year += 100
        elif year > today.year + 49:
            year -= 100
        return PartialDate(year, month, day)
    except ValueError:
        raise MrzError("date", f"{raw!r} is not a date (YYMMDD)", line=line,
                       position=pos) from None


def _check(name: str, data: str, digit: str, *, optional: bool = False) -> Check:
    """A check of ``data`` against the printed ``digit``.

    ``optional``: an all-filler field may carry ``<`` instead of ``0`` (Doc 9303 Part 4).
    """
    computed = str(check_digit(data))
    printed = _digits(digit)
    if optional and digit == "<" and set(data) <= {"<"}:
        return Check(name, True, digit, computed)
    return Check(name, printed == computed, digit, computed)


def _sex(ch: str) -> Sex:
    return {"M": Sex.MALE, "F": Sex.FEMALE}.get(ch, Sex.UNSPECIFIED)


def parse(text: str, today: date | None = None) -> Mrz:
    """Parse an MRZ; raise MrzError on any fault, including a failed check digit."""
    today = today or date.today()
    lines = normalize_lines(text)
    fmt = {30: "TD1", 36: "TD2", 44: "TD3"}[len(lines[0])]
    code = lines[0][:2]
    if not code[0].isalpha():
        raise MrzError("document_code", f"document code {code!r} does not start with a "
                       "letter", line=1, position=1)
    result = _parse_td1(lines, today) if fmt == "TD1" else _parse_two_line(lines, fmt, today)
    if not result.valid:
        failed = ", ".join(result.failed_checks)
        first = next(c for c in result.checks if not c.passed)
        line, pos = _CHECK_POSITIONS[fmt][first.name]
        raise MrzError("check_digit", f"check digit failed: {failed}", line=line,
                       position=pos, result=result)
    return result


_CCCD_OPTIONAL = re.compile(r"^([0-9]{12})<<([0-9OQDILZSBG])$")

# (line, column) of each check digit, for error positions.
_CHECK_POSITIONS = {
    "TD1": {"document_number": (1, 15), "personal_number": (1, 30),
            "birth_date": (2, 7), "expiry_date": (2, 15),
            "composite": (2, 30)},
    "TD2": {"document_number": (2, 10), "birth_date": (2, 20), "expiry_date": (2, 28),
            "composite": (2, 36)},
    "TD3": {"document_number": (2, 10), "birth_date": (2, 20), "expiry_date": (2, 28),
            "optional_data": (2, 43), "composite": (2, 44)},
}


def _parse_two_line(lines: list[str], fmt: str, today: date) -> Mrz:
    l1, l2 = lines
    surname, given = _name(l1[5:])
    end_opt = 42 if fmt == "TD3" else 35
    checks = [
        _check("document_number", l2[0:9], l2[9]),
        _check("birth_date", _digits(l2[13:19]), l2[19]),
        _check("expiry_date", _digits(l2[21:27]), l2[27]),
    ]
    if fmt == "TD3":
        checks.append(_check("optional_data", l2[28:42], l2[42], optional=True))
    # Composite: document number + its digit, birth date + digit, expiry + digit,
    # optional data (+ its digit on TD3); the composite digit itself closes the line.
    # Check digits read the same way here as in their own checks (OCR "O" for 0).
    composite = (l2[0:9] + _digits(l2[9]) + _digits(l2[13:20]) + _digits(l2[21:28])
                 + l2[28:end_opt] + (_digits(l2[42]) if fmt == "TD3" else ""))
    checks.append(_check("composite", composite, l2[-1]))
    expiry = _date(l2[21:27], 2, 22, kind="expiry", today=today)
    return Mrz(
        format=fmt, document_code=l1[0:2].rstrip("<"), issuing_state=l1[2:5].rstrip("<"),
        surname=surname, given_names=given,
        document_number=l2[0:9].rstrip("<"), nationality=l2[10:13].rstrip("<"),
        birth_date=_date(l2[13:19], 2, 14, kind="birth", today=today),
        sex=_sex(l2[20]),
        expiry_date=expiry.latest() if expiry else None,
        optional_data=l2[28:end_opt].rstrip("<").replace("<", " ").strip(),
        checks=tuple(checks), lines=tuple(lines),
    )


def _parse_td1(lines: list[str], today: date) -> Mrz:
    l1, l2, l3 = lines
    number, digit, optional = l1[5:14], l1[14], l1[15:30]
    if digit == "<" and optional[0] != "<":
        # Long document number (Doc 9303 Part 5 §4.2.4 note j): the number goes on in
        # the optional data, followed by its check digit, then a filler.
        rest = optional.split("<", 1)[0]
        number, digit = number + rest[:-1], rest[-1]
        optional = optional[len(rest) + 1:]
    checks = [
        _check("document_number", number, digit),
        _check("birth_date", _digits(l2[0:6]), l2[6]),
        _check("expiry_date", _digits(l2[8:14]), l2[14]),
        _check("composite", l1[5:14] + _digits(l1[14]) + l1[15:30] + _digits(l2[0:7])
               + _digits(l2[8:15]) + l2[18:29], l2[29]),
    ]
    personal = ""
    cccd = _CCCD_OPTIONAL.match(l1[15:30])
    if l1[2:5] == "VNM" and l1[0] == "I" and cccd:
        # Vietnamese ID card back (DOMAIN.md §2.4): the optional data holds the full
        # 12-digit personal number, two fillers and that number's own check digit.
        personal = cccd.group(1)
        checks.insert(1, _check("personal_number", personal, cccd.group(2)))
    surname, given = _name(l3)
    expiry = _date(l2[8:14], 2, 9, kind="expiry", today=today)
    return Mrz(
        personal_number=personal,
        format="TD1", document_code=l1[0:2].rstrip("<"), issuing_state=l1[2:5].rstrip("<"),
        surname=surname, given_names=given, document_number=number.rstrip("<"),
        nationality=l2[15:18].rstrip("<"),
        birth_date=_date(l2[0:6], 2, 1, kind="birth", today=today),
        sex=_sex(l2[7]),
        expiry_date=expiry.latest() if expiry else None,
        optional_data=optional.rstrip("<").replace("<", " ").strip(),
        optional_data_2=l2[18:29].rstrip("<").replace("<", " ").strip(),
        checks=tuple(checks), lines=tuple(lines),
    )
