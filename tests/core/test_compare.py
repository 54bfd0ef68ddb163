"""Comparing a document read at the counter with the declared identity."""

from __future__ import annotations

from typing import Any

import pytest
from helpers.builders import crossing, person

from borderdesk.core.compare import (
    FIELDS,
    Agreement,
    FieldComparison,
    best_match,
    compare_identity,
    mismatches,
)
from borderdesk.core.model import Identity

SAME, DIFFERENT, MISSING = Agreement.SAME, Agreement.DIFFERENT, Agreement.MISSING


def ident(**overrides: Any) -> Identity:
    """The builders' Nguyễn Văn An (Vietnamese passport C1234567), with overrides."""
    return crossing(persons=[person(**overrides)]).persons[0].identity


def by_field(comparisons: tuple[FieldComparison, ...]) -> dict[str, FieldComparison]:
    return {c.field: c for c in comparisons}


def test_identical_identities_agree_on_every_field() -> None:
    result = compare_identity(ident(), ident())
    assert [c.field for c in result] == [name for name, _ in FIELDS] == [
        "document_number", "document_type", "issuing_state", "nationality",
        "surname", "given_names", "sex", "birth_date", "expiry_date",
    ]
    assert {c.agreement for c in result} == {SAME}
    assert mismatches(result) == []


def test_values_are_display_strings() -> None:
    fields = by_field(compare_identity(ident(), ident(birth_date="1990-05")))
    assert fields["document_number"] == FieldComparison(
        "document_number", "C1234567", "C1234567", SAME)
    assert fields["document_type"].document == "passport"
    assert fields["sex"].declared == "M"
    assert fields["birth_date"] == FieldComparison(
        "birth_date", "1990-05-17", "1990-05", SAME)
    assert fields["expiry_date"].document == "2031-01-01"
    assert fields["surname"].document == "Nguyễn"  # as printed, not folded


@pytest.mark.parametrize(
    ("read", "declared"),
    [
        ({"surname": "Nguyễn", "given_names": "Văn An"},
         {"surname": "NGUYEN", "given_names": "VAN AN"}),
        ({"surname": "Đặng", "given_names": "Thị Ánh"},
         {"surname": "dang", "given_names": "thi anh"}),
        ({"surname": "Nguyễn", "given_names": "Văn  An"},
         {"surname": "nguyễn", "given_names": "văn an"}),
    ],
)
def test_names_compare_without_accents_or_case(read: dict[str, str],
                                               declared: dict[str, str]) -> None:
    fields = by_field(compare_identity(ident(**read), ident(**declared)))
    assert fields["surname"].agreement is SAME
    assert fields["given_names"].agreement is SAME
    assert fields["surname"].declared == declared["surname"]


def test_differences_only_in_diacritics_agree_but_a_different_sex_does_not() -> None:
    result = compare_identity(ident(), ident(given_names="Văn Ân", sex="F"))
    assert [(c.field, c.document, c.declared) for c in mismatches(result)] == [
        ("sex", "M", "F"),
    ]


def test_given_names_that_differ_in_letters_differ() -> None:
    result = compare_identity(ident(), ident(given_names="Văn Bình"))
    assert [c.field for c in mismatches(result)] == ["given_names"]


@pytest.mark.parametrize(
    ("read", "declared", "agreement"),
    [
        ("1988-11-05", "1988-11", SAME),
        ("1988-11", "1988-11-05", SAME),
        ("1988", "1988-11-05", SAME),
        ("1988-11-05", "1988-11-06", DIFFERENT),
        ("1988-11", "1988-12", DIFFERENT),
        ("1988", "1989-01", DIFFERENT),
        ("1988-11-05", None, MISSING),
    ],
)
def test_partial_birth_dates_agree_on_the_parts_both_know(
    read: str, declared: str | None, agreement: Agreement
) -> None:
    fields = by_field(compare_identity(ident(birth_date=read),
                                       ident(birth_date=declared)))
    assert fields["birth_date"].agreement is agreement
    assert fields["birth_date"].declared == declared


def test_an_empty_side_is_missing_not_a_mismatch() -> None:
    read = ident(document_type="cccd", document_number="001090012345",
                 expiry_date=None, personal_number=None)
    declared = ident(document_type="cccd", document_number="001090012345")
    fields = by_field(compare_identity(read, declared))
    assert fields["expiry_date"] == FieldComparison(
        "expiry_date", None, "2031-01-01", MISSING)
    assert mismatches(tuple(fields.values())) == []
    fields = by_field(compare_identity(ident(given_names=""), ident()))
    assert fields["given_names"].agreement is MISSING
    assert fields["given_names"].document is None


def test_document_numbers_compare_normalised() -> None:
    fields = by_field(compare_identity(ident(document_number="c123-4567"), ident()))
    assert fields["document_number"].agreement is SAME
    fields = by_field(compare_identity(ident(document_number="C7654321"), ident()))
    assert fields["document_number"].agreement is DIFFERENT


def test_best_match_of_nobody_is_none() -> None:
    assert best_match(ident(), []) is None


def test_best_match_prefers_the_same_document_number() -> None:
    read = ident()
    # the first shares everything but the document; the second only the document
    namesake = ident(document_number="C7777777")
    holder = ident(surname="Trần", given_names="Thị Bình", sex="F",
                   birth_date="1992-02-29")
    found = best_match(read, [namesake, holder])
    assert found is not None
    index, comparisons = found
    assert index == 1
    assert comparisons == compare_identity(read, holder)
    assert {c.field for c in mismatches(comparisons)} == {
        "surname", "given_names", "sex", "birth_date"}


def test_best_match_then_counts_agreeing_fields() -> None:
    read = ident(document_number="C9999999")
    far = ident(surname="Trần", given_names="Thị Bình", document_number="C1111111")
    near = ident(document_number="C2222222")
    assert best_match(read, [far, near]) == (1, compare_identity(read, near))
    # equals: the first wins
    assert best_match(read, [near, near])[0] == 0  # type: ignore[index]
