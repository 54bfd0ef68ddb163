"""Comparing the identity read from a document with the one a pre-declaration gives.

Field by field, each with an :class:`Agreement`: names compare accent- and
case-insensitively (``Nguyễn`` = ``NGUYEN``), document numbers after normalisation,
and partial dates by the parts both sides know (``1988-11`` = ``1988-11-05``). Values
are returned as display strings (dates in ISO 8601) so a UI can show them side by side.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from borderdesk.core.model import Identity, PartialDate
from borderdesk.core.text import fold_ascii, normalize_document_number


class Agreement(enum.StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    MISSING = "missing"  # empty on either side


@dataclass(frozen=True, slots=True)
class FieldComparison:
    field: str
    document: str | None
    declared: str | None
    agreement: Agreement


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, PartialDate | date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _same_text(a: object, b: object) -> bool:
    return str(a).strip().upper() == str(b).strip().upper()


def _same_name(a: object, b: object) -> bool:
    return fold_ascii(str(a)) == fold_ascii(str(b))


def _same_number(a: object, b: object) -> bool:
    return normalize_document_number(str(a)) == normalize_document_number(str(b))


def _partial(value: object) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.of(value)
    raise TypeError(f"not a date: {value!r}")


def _same_date(a: object, b: object) -> bool:
    x, y = _partial(a), _partial(b)
    return all(
        p is None or q is None or p == q
        for p, q in ((x.year, y.year), (x.month, y.month), (x.day, y.day))
    )


# The fields compared, in display order, with the rule for each.
FIELDS: tuple[tuple[str, Callable[[object, object], bool]], ...] = (
    ("document_number", _same_number),
    ("document_type", _same_text),
    ("issuing_state", _same_text),
    ("nationality", _same_text),
    ("surname", _same_name),
    ("given_names", _same_name),
    ("sex", _same_text),
    ("birth_date", _same_date),
    ("expiry_date", _same_date),
)


def compare_identity(read: Identity, declared: Identity) -> tuple[FieldComparison, ...]:
    """Compare ``read`` (from the document) with ``declared``, field by field."""
    out = []
    for name, same in FIELDS:
        a, b = getattr(read, name), getattr(declared, name)
        shown_a, shown_b = _text(a), _text(b)
        if shown_a is None or shown_b is None:
            agreement = Agreement.MISSING
        elif same(a, b):
            agreement = Agreement.SAME
        else:
            agreement = Agreement.DIFFERENT
        out.append(FieldComparison(name, shown_a, shown_b, agreement))
    return tuple(out)


def best_match(
    read: Identity, persons: Sequence[Identity]
) -> tuple[int, tuple[FieldComparison, ...]] | None:
    """The declared person ``read`` most likely is: the same document number first,
    then the most fields that agree (the first of equals). None if ``persons`` is
    empty."""
    best: tuple[tuple[bool, int], int, tuple[FieldComparison, ...]] | None = None
    for index, person in enumerate(persons):
        comparisons = compare_identity(read, person)
        same_document = comparisons[0].agreement is Agreement.SAME
        score = (same_document, sum(c.agreement is Agreement.SAME for c in comparisons))
        if best is None or score > best[0]:
            best = (score, index, comparisons)
    return None if best is None else (best[1], best[2])


def mismatches(comparisons: Sequence[FieldComparison]) -> list[FieldComparison]:
    """The fields whose values differ (a missing value is not a mismatch)."""
    return [c for c in comparisons if c.agreement is Agreement.DIFFERENT]
