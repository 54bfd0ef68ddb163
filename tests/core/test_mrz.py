"""ICAO Doc 9303 machine-readable zones (Part 3 check digits, Part 4 TD3, Part 5 TD1,
Part 6 TD2).

The vectors are our own: lines are built here with an independent check-digit
implementation (:func:`cd`), and checked against the published specimen lines of the
fictitious state Utopia (ERIKSSON ANNA MARIA) so the builders themselves are known good.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from borderdesk.core import mrz
from borderdesk.core.model import PartialDate, Sex

TODAY = date(2026, 3, 10)
SPECIMEN_DAY = date(2010, 1, 1)  # the specimens expire in 2012

# -- an independent check-digit implementation --------------------------------------

_VALUES = {**{str(d): d for d in range(10)},
           **{chr(ord("A") + i): 10 + i for i in range(26)}, "<": 0}
MRZ_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"


def cd(text: str) -> str:
    """Doc 9303 Part 3 §4.9: weights 7, 3, 1 from the left, A=10 … Z=35, < = 0."""
    return str(sum(_VALUES[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(text)) % 10)


def wrong(digit: str) -> str:
    return str((int(digit) + 1) % 10)


def pad(text: str, width: int) -> str:
    assert len(text) <= width, (text, width)
    return text + "<" * (width - len(text))


# -- builders -------------------------------------------------------------------------


def td3(*, code: str = "P<", state: str = "UTO", name: str = "ERIKSSON<<ANNA<MARIA",
        number: str = "L898902C3", nationality: str = "UTO", birth: str = "740812",
        sex: str = "F", expiry: str = "120415", optional: str = "ZE184226B",
        optional_digit: str | None = None, bad: frozenset[str] = frozenset()) -> list[str]:
    """Two 44-character lines; ``bad`` names the check digits to print wrong (each of
    the others, the composite included, is computed over what is printed)."""
    def digit(name: str, data: str) -> str:
        value = cd(data)
        return wrong(value) if name in bad else value

    l1 = pad(code, 2) + pad(state, 3) + pad(name, 39)
    num, opt = pad(number, 9), pad(optional, 14)
    opt_digit = optional_digit if optional_digit is not None else digit("optional_data", opt)
    l2 = (num + digit("document_number", num) + pad(nationality, 3) + birth
          + digit("birth_date", birth) + sex + expiry + digit("expiry_date", expiry)
          + opt + opt_digit)
    l2 += digit("composite", l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == len(l2) == 44
    return [l1, l2]


def td2(*, code: str = "I<", state: str = "UTO", name: str = "ERIKSSON<<ANNA<MARIA",
        number: str = "D23145890", nationality: str = "UTO", birth: str = "740812",
        sex: str = "F", expiry: str = "120415", optional: str = "",
        bad: frozenset[str] = frozenset()) -> list[str]:
    def digit(name: str, data: str) -> str:
        value = cd(data)
        return wrong(value) if name in bad else value

    l1 = pad(code, 2) + pad(state, 3) + pad(name, 31)
    num = pad(number, 9)
    l2 = (num + digit("document_number", num) + pad(nationality, 3) + birth
          + digit("birth_date", birth) + sex + expiry + digit("expiry_date", expiry)
          + pad(optional, 7))
    l2 += digit("composite", l2[0:10] + l2[13:20] + l2[21:35])
    assert len(l1) == len(l2) == 36
    return [l1, l2]


def td1(*, code: str = "I<", state: str = "UTO", number: str = "D23145890",
        optional: str = "", birth: str = "740812", sex: str = "F", expiry: str = "120415",
        nationality: str = "UTO", optional_2: str = "", name: str = "ERIKSSON<<ANNA<MARIA",
        bad: frozenset[str] = frozenset()) -> list[str]:
    """Three 30-character lines. A number longer than 9 characters is written the
    Part 5 way: 9 characters, ``<``, the rest and its check digit in the optional data."""
    def digit(name: str, data: str) -> str:
        value = cd(data)
        return wrong(value) if name in bad else value

    if len(number) > 9:
        head = number[:9] + "<" + number[9:] + digit("document_number", number) + "<"
        l1 = pad(code, 2) + pad(state, 3) + pad(head + optional, 25)
    else:
        num = pad(number, 9)
        l1 = pad(code, 2) + pad(state, 3) + num + digit("document_number", num) \
            + pad(optional, 15)
    l2 = (birth + digit("birth_date", birth) + sex + expiry
          + digit("expiry_date", expiry) + pad(nationality, 3) + pad(optional_2, 11))
    l2 += digit("composite", l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = pad(name, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def text(lines: list[str]) -> str:
    return "\n".join(lines)


def put(lines: list[str], line: int, position: int, ch: str) -> list[str]:
    """``lines`` with the character at 1-based (line, position) replaced."""
    out = list(lines)
    s = out[line - 1]
    out[line - 1] = s[:position - 1] + ch + s[position:]
    return out


def fails(lines: list[str] | str, today: date = TODAY) -> mrz.MrzError:
    with pytest.raises(mrz.MrzError) as info:
        mrz.parse(lines if isinstance(lines, str) else text(lines), today=today)
    return info.value


# -- Doc 9303 published specimens ------------------------------------------------------

TD3_SPECIMEN = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1_SPECIMEN = ["I<UTOD231458907<<<<<<<<<<<<<<<",
                "7408122F1204159UTO<<<<<<<<<<<6",
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
TD2_SPECIMEN = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                "D231458907UTO7408122F1204159<<<<<<<6"]


@pytest.mark.parametrize(
    ("data", "digit"),
    [("520727", 3), ("AB2134<<<", 5), ("L898902C3", 6), ("D23145890", 7),
     ("HA672242<658022549601086<<<<<<<<<<<<<<0", 8), ("", 0), ("<<<<<<", 0)],
)
def test_check_digit_examples_of_part_3(data: str, digit: int) -> None:
    assert mrz.check_digit(data) == digit
    assert cd(data) == str(digit)


@given(st.text(alphabet=MRZ_ALPHABET, max_size=60))
def test_check_digit_agrees_with_an_independent_implementation(data: str) -> None:
    assert str(mrz.check_digit(data)) == cd(data)


@pytest.mark.parametrize("ch", ["a", "#", " ", "é", "-"])
def test_check_digit_refuses_non_mrz_characters(ch: str) -> None:
    with pytest.raises(ValueError, match="not an MRZ character"):
        mrz.check_digit("AB" + ch)


def test_builders_reproduce_the_specimens() -> None:
    assert td3() == TD3_SPECIMEN
    assert td1() == TD1_SPECIMEN
    assert td2() == TD2_SPECIMEN


def test_td3_specimen() -> None:
    m = mrz.parse(text(TD3_SPECIMEN), today=SPECIMEN_DAY)
    assert m.format == "TD3"
    assert (m.document_code, m.issuing_state, m.nationality) == ("P", "UTO", "UTO")
    assert (m.surname, m.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert m.document_number == "L898902C3"
    assert m.birth_date == PartialDate(1974, 8, 12)
    assert m.sex is Sex.FEMALE
    assert m.expiry_date == date(2012, 4, 15)
    assert m.optional_data == "ZE184226B"
    assert [c.name for c in m.checks] == ["document_number", "birth_date", "expiry_date",
                                          "optional_data", "composite"]
    assert m.valid and m.failed_checks == []
    assert [(c.printed, c.computed) for c in m.checks] == [
        ("6", "6"), ("2", "2"), ("9", "9"), ("1", "1"), ("0", "0")]
    assert m.lines == tuple(TD3_SPECIMEN)


def test_td1_specimen() -> None:
    m = mrz.parse(text(TD1_SPECIMEN), today=SPECIMEN_DAY)
    assert m.format == "TD1"
    assert (m.document_code, m.issuing_state, m.nationality) == ("I", "UTO", "UTO")
    assert (m.surname, m.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert m.document_number == "D23145890"
    assert m.birth_date == PartialDate(1974, 8, 12)
    assert m.sex is Sex.FEMALE
    assert m.expiry_date == date(2012, 4, 15)
    assert (m.optional_data, m.optional_data_2) == ("", "")
    assert [c.name for c in m.checks] == ["document_number", "birth_date", "expiry_date",
                                          "composite"]
    assert m.valid


def test_td2_specimen() -> None:
    m = mrz.parse(text(TD2_SPECIMEN), today=SPECIMEN_DAY)
    assert m.format == "TD2"
    assert (m.document_code, m.issuing_state, m.nationality) == ("I", "UTO", "UTO")
    assert (m.surname, m.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert m.document_number == "D23145890"
    assert m.birth_date == PartialDate(1974, 8, 12)
    assert m.expiry_date == date(2012, 4, 15)
    assert m.optional_data == ""
    assert [c.name for c in m.checks] == ["document_number", "birth_date", "expiry_date",
                                          "composite"]
    assert m.valid


def test_to_dict() -> None:
    d = mrz.parse(text(TD3_SPECIMEN), today=SPECIMEN_DAY).to_dict()
    assert d["birth_date"] == "1974-08-12" and d["expiry_date"] == "2012-04-15"
    assert d["sex"] == "F"
    assert d["checks"][0] == {"name": "document_number", "passed": True, "printed": "6",
                              "computed": "6"}


# -- every check digit, alone, failing ------------------------------------------------

_BUILDERS = {"TD1": td1, "TD2": td2, "TD3": td3}
_POSITIONS = {
    "TD1": {"document_number": (1, 15), "birth_date": (2, 7), "expiry_date": (2, 15),
            "composite": (2, 30)},
    "TD2": {"document_number": (2, 10), "birth_date": (2, 20), "expiry_date": (2, 28),
            "composite": (2, 36)},
    "TD3": {"document_number": (2, 10), "birth_date": (2, 20), "expiry_date": (2, 28),
            "optional_data": (2, 43), "composite": (2, 44)},
}
_SINGLE_FAILURES = [(fmt, name) for fmt, names in _POSITIONS.items() for name in names]


@pytest.mark.parametrize(("fmt", "name"), _SINGLE_FAILURES)
def test_each_failing_check_digit_is_reported_by_name_and_place(fmt: str, name: str
                                                                ) -> None:
    lines = _BUILDERS[fmt](bad=frozenset({name}))
    err = fails(lines)
    assert err.code == "check_digit"
    assert err.result is not None
    assert err.result.failed_checks == [name]
    assert name in str(err)
    assert (err.line, err.position) == _POSITIONS[fmt][name]
    failed = next(c for c in err.result.checks if not c.passed)
    # the position points at the printed digit, and the result says what it should be
    assert lines[err.line - 1][err.position - 1] == failed.printed
    assert failed.computed == str((int(failed.printed) - 1) % 10)
    # the zone is still read, so the counter can show it
    assert err.result.surname == "ERIKSSON"


@pytest.mark.parametrize("fmt", ["TD1", "TD2", "TD3"])
def test_several_failing_checks_are_all_named_and_the_first_is_located(fmt: str) -> None:
    names = list(_POSITIONS[fmt])
    err = fails(_BUILDERS[fmt](bad=frozenset(names)))
    assert err.code == "check_digit"
    assert err.result is not None and err.result.failed_checks == names
    for name in names:
        assert name in str(err)
    assert (err.line, err.position) == _POSITIONS[fmt][names[0]]


def test_a_changed_data_character_fails_its_check_and_the_composite() -> None:
    lines = put(td3(), 2, 3, "9" if td3()[1][2] != "9" else "8")  # in the number
    err = fails(lines)
    assert err.result is not None
    assert err.result.failed_checks == ["document_number", "composite"]


@given(data=st.data())
@settings(max_examples=150, deadline=None)
def test_no_changed_digit_is_ever_accepted(data: st.DataObject) -> None:
    """A single digit misread as another digit anywhere a check digit covers it is
    always caught (7, 3 and 1 are prime to 10): never a silent wrong read."""
    fmt = data.draw(st.sampled_from(["TD1", "TD2", "TD3"]))
    lines = _BUILDERS[fmt](number="123456789", optional="12345" if fmt != "TD2" else "")
    digit_places = [(n, i) for n, ln in enumerate(lines, 1) for i, ch in enumerate(ln, 1)
                    if ch.isdigit()]
    line, position = data.draw(st.sampled_from(digit_places))
    old = lines[line - 1][position - 1]
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != old]))
    err = fails(put(lines, line, position, new))
    assert err.code in {"check_digit", "date"}


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "expected"),
    [("74<<<<", PartialDate(1974)), ("7408<<", PartialDate(1974, 8)),
     ("740812", PartialDate(1974, 8, 12))],
)
def test_unknown_day_and_month_give_a_partial_birth_date(birth: str,
                                                         expected: PartialDate) -> None:
    for build in (td1, td2, td3):
        m = mrz.parse(text(build(birth=birth)), today=TODAY)
        assert m.birth_date == expected
        assert m.valid


def test_a_wholly_unknown_birth_date_is_none() -> None:
    m = mrz.parse(text(td3(birth="<<<<<<")), today=TODAY)
    assert m.birth_date is None


def test_an_expiry_with_unknown_day_is_the_last_day_it_may_stand_for() -> None:
    assert mrz.parse(text(td3(expiry="3002<<")), today=TODAY).expiry_date == date(2030, 2,
                                                                                  28)
    assert mrz.parse(text(td3(expiry="30<<<<")), today=TODAY).expiry_date == date(2030, 12,
                                                                                  31)


@pytest.mark.parametrize(
    ("fmt", "field", "raw", "where"),
    [("TD3", "birth", "741332", (2, 14)), ("TD3", "birth", "740230", (2, 14)),
     ("TD3", "expiry", "301301", (2, 22)), ("TD3", "birth", "74<<12", (2, 14)),
     ("TD3", "birth", "7A0812", (2, 14)), ("TD2", "expiry", "300431", (2, 22)),
     ("TD1", "birth", "740000", (2, 1)), ("TD1", "expiry", "30<<<1", (2, 9))],
)
def test_impossible_dates_are_refused_with_their_place(fmt: str, field: str, raw: str,
                                                       where: tuple[int, int]) -> None:
    err = fails(_BUILDERS[fmt](**{field: raw}))
    assert err.code == "date"
    assert (err.line, err.position) == where
    assert err.result is None


@pytest.mark.parametrize(
    ("birth", "expected"),
    [("260310", date(2026, 3, 10)),  # today: not in the future
     ("260311", date(1926, 3, 11)),  # tomorrow in 2026 would be a future birth
     ("251231", date(2025, 12, 31)), ("270101", date(1927, 1, 1)),
     ("000229", date(2000, 2, 29)), ("991231", date(1999, 12, 31))],
)
def test_a_two_digit_birth_year_is_never_in_the_future(birth: str, expected: date) -> None:
    m = mrz.parse(text(td3(birth=birth)), today=TODAY)
    assert m.birth_date == PartialDate.of(expected)


@pytest.mark.parametrize(
    ("expiry", "today", "expected"),
    [("300101", TODAY, date(2030, 1, 1)), ("751231", TODAY, date(2075, 12, 31)),
     ("760101", TODAY, date(1976, 1, 1)), ("120415", TODAY, date(2012, 4, 15)),
     ("300101", date(2090, 6, 1), date(2130, 1, 1)),
     ("950101", date(2030, 6, 1), date(1995, 1, 1))],
)
def test_a_two_digit_expiry_year_lies_within_fifty_years_of_today(
        expiry: str, today: date, expected: date) -> None:
    assert mrz.parse(text(td3(expiry=expiry)), today=today).expiry_date == expected


@given(born=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
       today=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
@settings(max_examples=100, deadline=None)
def test_birth_and_expiry_pivots(born: date, today: date) -> None:
    # 29 February of a year 00 exists in 2000 but not in 1900 or 2100
    assume(not (born.month == 2 and born.day == 29 and born.year % 100 == 0))
    yymmdd = born.strftime("%y%m%d")
    m = mrz.parse(text(td3(birth=yymmdd, expiry=yymmdd)), today=today)
    assert m.birth_date is not None and m.expiry_date is not None
    birth = m.birth_date.earliest()
    assert birth <= today and birth.year >= today.year - 100
    assert birth.strftime("%y%m%d") == yymmdd
    assert abs(m.expiry_date.year - today.year) <= 50
    assert m.expiry_date.strftime("%y%m%d") == yymmdd


# -- sex, optional data, states, names ---------------------------------------------


@pytest.mark.parametrize(("ch", "sex"), [("M", Sex.MALE), ("F", Sex.FEMALE),
                                         ("<", Sex.UNSPECIFIED), ("X", Sex.UNSPECIFIED)])
def test_sex(ch: str, sex: Sex) -> None:
    for build in (td1, td2, td3):
        assert mrz.parse(text(build(sex=ch)), today=TODAY).sex is sex


@pytest.mark.parametrize("digit", ["<", "0"])
def test_empty_optional_data_may_carry_a_filler_or_zero_as_its_check_digit(digit: str
                                                                          ) -> None:
    m = mrz.parse(text(td3(optional="", optional_digit=digit)), today=TODAY)
    assert m.optional_data == ""
    assert m.valid


def test_filled_optional_data_needs_a_real_check_digit() -> None:
    err = fails(td3(optional="ZE184226B", optional_digit="<"))
    assert err.code == "check_digit"
    assert err.result is not None and "optional_data" in err.result.failed_checks


def test_optional_data_with_fillers_inside() -> None:
    assert mrz.parse(text(td3(optional="AB<12<C")), today=TODAY).optional_data == "AB 12 C"
    assert mrz.parse(text(td2(optional="X1<Y2")), today=TODAY).optional_data == "X1 Y2"
    m = mrz.parse(text(td1(optional="ABC<1", optional_2="12345<7")), today=TODAY)
    assert (m.optional_data, m.optional_data_2) == ("ABC 1", "12345 7")


def test_germany_d_with_fillers() -> None:
    m = mrz.parse(text(td3(state="D<<", nationality="D<<", name="MUSTERMANN<<ERIKA")),
                  today=TODAY)
    assert (m.issuing_state, m.nationality) == ("D", "D")
    m = mrz.parse(text(td1(code="ID", state="D", nationality="D")), today=TODAY)
    assert (m.document_code, m.issuing_state, m.nationality) == ("ID", "D", "D")


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [("VAN<DER<BERG<<JAN<PIETER<KLAAS", "VAN DER BERG", "JAN PIETER KLAAS"),
     ("NGUYEN<<VAN<AN", "NGUYEN", "VAN AN"),
     ("MOHAMMED", "MOHAMMED", ""),  # no given names
     ("<<ANNA", "", "ANNA"),
     ("O<BRIEN<<MARY<ANN<<<<<<<<<<<<", "O BRIEN", "MARY ANN"),
     # truncated name filling the whole field, no filler at the end
     ("ABCDEFGHIJKLMNOPQRSTUVWXY<<ABCDEFGHIJKL", "ABCDEFGHIJKLMNOPQRSTUVWXY",
      "ABCDEFGHIJKL")],
)
def test_names_split_on_double_filler_with_fillers_removed(name: str, surname: str,
                                                           given: str) -> None:
    m = mrz.parse(text(td3(name=name)), today=TODAY)
    assert (m.surname, m.given_names) == (surname, given)


def test_td1_name_on_line_three() -> None:
    m = mrz.parse(text(td1(name="TRAN<THI<<BINH<AN")), today=TODAY)
    assert (m.surname, m.given_names) == ("TRAN THI", "BINH AN")


@pytest.mark.parametrize("fmt", ["TD3", "TD2"])
def test_visas_share_the_passport_geometry(fmt: str) -> None:
    m = mrz.parse(text(_BUILDERS[fmt](code="V<")), today=TODAY)
    assert (m.format, m.document_code) == (fmt, "V")


def test_a_document_code_must_start_with_a_letter() -> None:
    err = fails(td3(code="1<"))
    assert err.code == "document_code"
    assert (err.line, err.position) == (1, 1)
    err = fails(td3(code="<<"))
    assert err.code == "document_code"


# -- TD1 long document numbers and the Vietnamese CCCD back side ------------------------


def test_td1_long_document_number_continues_in_the_optional_data() -> None:
    lines = td1(number="D23145890734", optional="AB")
    assert lines[0].startswith("I<UTOD23145890<734" + cd("D23145890734") + "<AB")
    m = mrz.parse(text(lines), today=TODAY)
    assert m.document_number == "D23145890734"
    assert m.optional_data == "AB"
    assert m.valid


def test_td1_long_document_number_with_a_wrong_check_digit() -> None:
    err = fails(td1(number="D23145890734", bad=frozenset({"document_number"})))
    assert err.code == "check_digit"
    assert err.result is not None and err.result.failed_checks == ["document_number"]
    assert err.result.document_number == "D23145890734"


def test_td1_filler_as_check_digit_without_a_continuation_is_a_failed_check() -> None:
    """Position 15 is ``<`` but the optional data starts with a filler: no long number,
    just a missing check digit (this used to raise IndexError)."""
    lines = td1(optional="<1234")
    lines = put(lines, 1, 15, "<")
    composite = lines[0][5:30] + lines[1][0:7] + lines[1][8:15] + lines[1][18:29]
    lines = put(lines, 2, 30, cd(composite))
    err = fails(lines)
    assert err.code == "check_digit"
    assert err.result is not None and err.result.failed_checks == ["document_number"]
    assert (err.line, err.position) == (1, 15)


def cccd_back(number: str = "001090012345", *, birth: str = "900517", sex: str = "M",
              expiry: str = "300517", name: str = "NGUYEN<<VAN<AN") -> list[str]:
    """DOMAIN §2.4: ``IDVNM`` + last 9 digits + check digit + the 12-digit number +
    ``<<`` + check digit of the 12-digit number; line 2 with 11 fillers."""
    return td1(code="ID", state="VNM", number=number[3:],
               optional=number + "<<" + cd(number), birth=birth, sex=sex, expiry=expiry,
               nationality="VNM", name=name)


def test_vietnamese_cccd_back_side() -> None:
    lines = cccd_back()
    assert lines[0] == "IDVNM090012345" + cd("090012345") + "001090012345<<" \
        + cd("001090012345")
    assert lines[1][15:29] == "VNM" + "<" * 11
    m = mrz.parse(text(lines), today=TODAY)
    assert m.valid
    assert (m.document_code, m.issuing_state, m.nationality) == ("ID", "VNM", "VNM")
    assert m.document_number == "090012345"
    assert m.optional_data.split()[0] == "001090012345"  # the full 12-digit number
    assert (m.surname, m.given_names) == ("NGUYEN", "VAN AN")
    assert m.birth_date == PartialDate(1990, 5, 17)
    assert m.expiry_date == date(2030, 5, 17)
    assert m.sex is Sex.MALE


def test_vietnamese_cccd_back_side_checks_the_twelve_digit_number() -> None:
    m = mrz.parse(text(cccd_back()), today=TODAY)
    assert m.personal_number == "001090012345"
    assert "personal_number" in [c.name for c in m.checks]
    assert m.to_dict()["personal_number"] == "001090012345"
    # A wrong digit in the 12-digit number's own check digit is caught and located.
    lines = cccd_back()
    lines = put(lines, 1, 30, wrong(lines[0][29]))
    err = fails(lines)
    assert err.result is not None and "personal_number" in err.result.failed_checks
    assert (err.line, err.position) == (1, 30)


def test_other_td1_cards_have_no_personal_number() -> None:
    assert mrz.parse(text(td1()), today=TODAY).personal_number == ""


def test_vietnamese_cccd_back_side_with_a_wrong_composite() -> None:
    lines = cccd_back(sex="F", name="TRAN<<THI<BINH")
    lines = put(lines, 2, 30, wrong(lines[1][29]))
    err = fails(lines)
    assert err.result is not None and err.result.failed_checks == ["composite"]
    assert (err.line, err.position) == (2, 30)


# -- input as readers deliver it -------------------------------------------------------


def _variants(lines: list[str]) -> list[str]:
    joined = "".join(lines)
    return [
        "\n".join(lines).lower(),
        "\r\n".join(lines) + "\r\n",
        "\r".join(lines),
        "  " + "\n\n".join(f" {ln[:10]} {ln[10:20]}  {ln[20:]} " for ln in lines) + " \n",
        joined,
        joined.lower(),
        " ".join(lines),  # one line, separated by spaces
        "\t".join(lines) + "\x00",
        "\n".join(lines[:1]) + "\n" + "".join(lines[1:]),  # a break lost in between
    ]


@pytest.mark.parametrize("fmt", ["TD1", "TD2", "TD3"])
def test_reader_noise_is_tolerated(fmt: str) -> None:
    lines = _BUILDERS[fmt]()
    expected = mrz.parse(text(lines), today=TODAY)
    for variant in _variants(lines):
        assert mrz.parse(variant, today=TODAY) == expected, repr(variant)
        assert mrz.normalize_lines(variant) == lines


def _birth_with_check_digit_zero() -> str:
    """A 1974-08 birth date whose check digit is 0 (so that OCR may print it as O)."""
    return next(f"7408{d:02d}" for d in range(1, 29) if cd(f"7408{d:02d}") == "0")


def test_ocr_letter_o_is_read_as_zero_in_dates_and_check_digits() -> None:
    birth = _birth_with_check_digit_zero()
    lines = td3(birth=birth, expiry="300101")
    ocr = put(lines, 2, 20, "O")  # birth check digit 0 printed as O
    ocr = put(ocr, 2, 16, "O")  # birth 7408dd -> 74O8dd
    ocr = put(ocr, 2, 23, "O")  # expiry 300101 -> 3O0101
    assert ocr != lines
    m = mrz.parse(text(ocr), today=TODAY)
    assert m.valid
    assert m.birth_date == PartialDate(1974, 8, int(birth[4:]))
    assert m.expiry_date == date(2030, 1, 1)


@pytest.mark.parametrize("fmt", ["TD1", "TD2", "TD3"])
def test_ocr_letter_o_in_the_document_number_check_digit_keeps_the_composite(fmt: str
                                                                              ) -> None:
    number = next(f"AB{n:07d}" for n in range(100) if cd(f"AB{n:07d}") == "0")
    lines = _BUILDERS[fmt](number=number)
    line, position = _POSITIONS[fmt]["document_number"]
    assert lines[line - 1][position - 1] == "0"
    m = mrz.parse(text(put(lines, line, position, "O")), today=TODAY)
    assert m.valid and m.document_number == number


def test_ocr_letter_o_in_the_composite_check_digit() -> None:
    lines = next(ln for ln in (td3(number=f"X{n:08d}") for n in range(100))
                 if ln[1][43] == "0")
    assert mrz.parse(text(put(lines, 2, 44, "O")), today=TODAY).valid


def test_letter_o_is_not_read_as_zero_in_the_document_number() -> None:
    lines = td3(number="AB1234O67")
    m = mrz.parse(text(lines), today=TODAY)
    assert m.document_number == "AB1234O67"
    # a zero misread as O in the number is caught by the check digit, not repaired
    good = td3(number="AB1234067")
    err = fails(put(good, 2, 7, "O"))
    assert err.result is not None and "document_number" in err.result.failed_checks


@pytest.mark.parametrize(
    "raw",
    [TD3_SPECIMEN[0] + "\n" + TD3_SPECIMEN[1][:-1],  # 44 + 43
     TD3_SPECIMEN[0] + "\n" + TD3_SPECIMEN[1] + "<",  # 44 + 45
     "\n".join(TD1_SPECIMEN[:2]),  # two lines of 30
     "\n".join([*TD2_SPECIMEN, TD2_SPECIMEN[1]]),  # three lines of 36
     "P<UTO", "<" * 100, "A" * 89],
)
def test_wrong_lengths(raw: str) -> None:
    err = fails(raw)
    assert err.code == "length"
    assert err.result is None


@pytest.mark.parametrize("raw", ["", "   ", "\r\n\r\n", "\x00\x00"])
def test_nothing_to_read(raw: str) -> None:
    assert fails(raw).code == "empty"


@pytest.mark.parametrize(
    ("fmt", "line", "position", "ch"),
    [("TD3", 1, 7, "#"), ("TD3", 2, 44, "-"), ("TD3", 2, 1, "É"), ("TD1", 3, 30, "."),
     ("TD1", 1, 3, "*"), ("TD2", 2, 20, "/"), ("TD3", 1, 20, "é")],
)
def test_forbidden_characters_are_located(fmt: str, line: int, position: int, ch: str
                                          ) -> None:
    err = fails(put(_BUILDERS[fmt](), line, position, ch))
    assert err.code == "characters"
    assert (err.line, err.position) == (line, position)
    assert err.result is None


def test_normalize_lines_splits_a_joined_zone_by_format() -> None:
    assert mrz.normalize_lines("".join(TD1_SPECIMEN)) == TD1_SPECIMEN
    assert mrz.normalize_lines("".join(TD2_SPECIMEN).lower()) == TD2_SPECIMEN
    assert mrz.normalize_lines(" ".join(TD3_SPECIMEN)) == TD3_SPECIMEN


# -- property tests: only MrzError, ever --------------------------------------------------


def _parse_or_typed_error(raw: str) -> mrz.Mrz | None:
    try:
        result = mrz.parse(raw, today=TODAY)
    except mrz.MrzError as exc:
        assert exc.code in {"empty", "length", "characters", "document_code", "date",
                            "check_digit"}
        assert (exc.result is not None) == (exc.code == "check_digit")
        return None
    assert result.valid  # a zone is returned only when every check passed
    return result


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_arbitrary_text_raises_only_mrz_error(raw: str) -> None:
    _parse_or_typed_error(raw)


@given(st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")))
@settings(max_examples=200, deadline=None)
def test_arbitrary_bytes_raise_only_mrz_error(raw: str) -> None:
    _parse_or_typed_error(raw)


@given(st.text(alphabet=MRZ_ALPHABET + "\n ", min_size=60, max_size=100))
@settings(max_examples=300, deadline=None)
def test_mrz_shaped_noise_raises_only_mrz_error(raw: str) -> None:
    _parse_or_typed_error(raw)


@st.composite
def valid_zones(draw: st.DrawFn) -> list[str]:
    fmt = draw(st.sampled_from(["TD1", "TD2", "TD3"]))
    dates = st.dates(min_value=date(1930, 1, 1), max_value=date(2060, 12, 31)).map(
        lambda d: d.strftime("%y%m%d"))
    alnum = st.text(alphabet=MRZ_ALPHABET[:-1], min_size=1, max_size=9)
    kwargs = {"number": draw(alnum), "birth": draw(dates), "expiry": draw(dates),
              "sex": draw(st.sampled_from("MF<X")),
              "optional": draw(st.text(alphabet=MRZ_ALPHABET, max_size=7))}
    if fmt == "TD1":
        kwargs["number"] = draw(st.text(alphabet=MRZ_ALPHABET[:-1], min_size=1,
                                        max_size=12))
        kwargs["optional"] = kwargs["optional"][:1] if len(kwargs["number"]) > 9 else \
            kwargs["optional"]
    return _BUILDERS[fmt](**kwargs)


@st.composite
def mutated_zones(draw: st.DrawFn) -> str:
    lines = draw(valid_zones())
    raw = "\n".join(lines)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(raw)))
        op = draw(st.sampled_from(["replace", "insert", "delete", "case", "join"]))
        ch = draw(st.sampled_from(MRZ_ALPHABET + "O \r\n#é\x00"))
        if op == "replace":
            raw = raw[:i] + ch + raw[i + 1:]
        elif op == "insert":
            raw = raw[:i] + ch + raw[i:]
        elif op == "delete":
            raw = raw[:i] + raw[i + 1:]
        elif op == "case":
            raw = raw.lower()
        else:
            raw = raw.replace("\n", "")
    return raw


@given(valid_zones())
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
def test_generated_zones_parse(lines: list[str]) -> None:
    m = mrz.parse(text(lines), today=TODAY)
    assert m.valid
    assert m.lines == tuple(lines)


@given(mutated_zones())
@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
def test_mutated_zones_raise_only_mrz_error(raw: str) -> None:
    _parse_or_typed_error(raw)
