"""The QR code on the Vietnamese chip ID card (DOMAIN.md §2): CCCD and Căn cước."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core import cccd_qr
from borderdesk.core.model import PartialDate, Sex

TODAY = date(2026, 3, 10)
ADDRESS = "Số 12 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội"
# An old CCCD (2021): 12-digit number of a man born 1990 in Hà Nội, 9-digit old CMND.
OLD_CARD = f"001090012345|012345678|Nguyễn Văn An|17051990|Nam|{ADDRESS}|01022021"
# A new Căn cước (2024): no old number, trailing empty fields.
NEW_CARD = ("022192000123||Trần Thị Bình|02031992|Nữ|Phường Hồng Gai, Quảng Ninh|"
            "15082024||")


def card(**fields: str) -> str:
    """OLD_CARD with some fields replaced (by name)."""
    parts = OLD_CARD.split("|")
    for name, value in fields.items():
        parts[cccd_qr.FIELDS.index(name)] = value
    return "|".join(parts)


def parse(text: str, today: date = TODAY) -> cccd_qr.CccdCard:
    return cccd_qr.parse(text, today=today)


def refused(text: str) -> cccd_qr.CccdQrError:
    with pytest.raises(cccd_qr.CccdQrError) as info:
        parse(text)
    return info.value


def codes(c: cccd_qr.CccdCard) -> list[str]:
    return [f.code for f in c.findings]


# -- the two layouts ------------------------------------------------------------------


def test_old_card() -> None:
    c = parse(OLD_CARD)
    assert c.number == "001090012345"
    assert c.old_id == "012345678"
    assert c.full_name == "Nguyễn Văn An"
    assert (c.surname, c.given_names) == ("Nguyễn", "Văn An")
    assert c.birth_date == PartialDate(1990, 5, 17)
    assert c.sex is Sex.MALE
    assert c.address == ADDRESS
    assert c.issue_date == date(2021, 2, 1)
    assert c.new_card is False
    assert c.findings == ()


def test_new_card_with_empty_old_id_and_trailing_empty_fields() -> None:
    c = parse(NEW_CARD)
    assert c.number == "022192000123"
    assert c.old_id == ""
    assert (c.surname, c.given_names) == ("Trần", "Thị Bình")
    assert c.birth_date == PartialDate(1992, 3, 2)
    assert c.sex is Sex.FEMALE
    assert c.issue_date == date(2024, 8, 15)
    assert c.new_card is True
    assert c.findings == ()


@pytest.mark.parametrize(
    "payload",
    [card(old_id=""),  # no old number, seven fields
     card(issue_date="01072024"),  # issued under the 2023 law
     OLD_CARD + "|", OLD_CARD + "|||"],  # extra empty fields
)
def test_new_card_is_recognised(payload: str) -> None:
    assert parse(payload).new_card is True


def test_to_dict() -> None:
    d = parse(NEW_CARD).to_dict()
    assert d["birth_date"] == "1992-03-02" and d["issue_date"] == "2024-08-15"
    assert d["sex"] == "F" and d["new_card"] is True and d["findings"] == []
    assert set(d) == {"number", "old_id", "full_name", "surname", "given_names",
                      "birth_date", "sex", "address", "issue_date", "new_card", "findings"}


# -- as decoders deliver it ---------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [OLD_CARD + "\x00", OLD_CARD + "\x00\x00\x00", OLD_CARD + "\x00garbage|||",
     OLD_CARD + "\r\n", OLD_CARD + "\n", OLD_CARD + "\r", "\ufeff" + OLD_CARD,
     "\ufeff" + OLD_CARD + "\r\n\x00", "  " + OLD_CARD + "  ", "\t" + OLD_CARD],
)
def test_decoder_noise_is_stripped(payload: str) -> None:
    assert parse(payload) == parse(OLD_CARD)


def test_spaces_around_fields_are_ignored() -> None:
    c = parse(card(number=" 001090012345", full_name="  Nguyễn  Văn   An ", sex=" Nam "))
    assert c.number == "001090012345" and c.full_name == "Nguyễn Văn An"
    assert c.sex is Sex.MALE


def test_decomposed_unicode_is_recognised() -> None:
    """Some decoders hand over NFD text: "Nữ" as "Nu" + combining marks."""
    payload = unicodedata.normalize("NFD", NEW_CARD)
    assert "Nữ" not in payload
    c = parse(payload)
    assert c.sex is Sex.FEMALE
    assert c.full_name == "Trần Thị Bình"
    assert c == parse(NEW_CARD)


@pytest.mark.parametrize(("text", "sex"), [("Nam", Sex.MALE), ("NAM", Sex.MALE),
                                           ("nam", Sex.MALE), ("Nữ", Sex.FEMALE),
                                           ("NỮ", Sex.FEMALE), ("nữ", Sex.FEMALE)])
def test_sex_spellings(text: str, sex: Sex) -> None:
    number = "001090012345" if sex is Sex.MALE else "001190012345"
    c = parse(card(number=number, sex=text))
    assert c.sex is sex
    assert "cccd_sex_mismatch" not in codes(c)


@pytest.mark.parametrize("text", ["", "X", "Khác", "M", "Nam Nữ"])
def test_other_sex_is_refused(text: str) -> None:
    err = refused(card(sex=text))
    assert (err.code, err.field) == ("sex", 4)


# -- partial dates of birth ------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [("1990", PartialDate(1990)),
                                               ("051990", PartialDate(1990, 5)),
                                               ("17051990", PartialDate(1990, 5, 17))])
def test_partial_birth_dates(raw: str, expected: PartialDate) -> None:
    c = parse(card(birth_date=raw))
    assert c.birth_date == expected
    assert c.findings == ()


@pytest.mark.parametrize(
    ("field", "raw"),
    [("birth_date", "31022000"), ("birth_date", "00011990"), ("birth_date", "17131990"),
     ("birth_date", "1990-05-17"), ("birth_date", "17/05/1990"), ("birth_date", "990"),
     ("birth_date", "1705199"), ("birth_date", "131990"), ("birth_date", "0000"),
     ("birth_date", ""), ("birth_date", "١٧٠٥١٩٩٠"),  # Arabic-Indic digits
     ("issue_date", "31022000"), ("issue_date", "2021"), ("issue_date", "022021"),
     ("issue_date", "01.02.2021")],
)
def test_bad_dates_are_refused_with_their_field(field: str, raw: str) -> None:
    payload = card(**{field: raw})
    err = refused(payload)
    index = cccd_qr.FIELDS.index(field)
    assert (err.code, err.field) == ("date", index)
    assert payload[err.position:].startswith(raw + "|" if index < 6 else raw)


# -- malformed payloads ------------------------------------------------------------------------


@pytest.mark.parametrize("payload", ["", "   ", "\x00", "\ufeff", "\r\n", "\x00" + OLD_CARD])
def test_empty(payload: str) -> None:
    assert refused(payload).code == "empty"


@pytest.mark.parametrize(
    "payload",
    ["https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?id=001090012345",
     "http://example.com/|a|b|c|d|e|f", "HTTPS://VNEID.GOV.VN/x", "zalo://001090012345"],
)
def test_web_addresses_are_refused(payload: str) -> None:
    assert refused(payload).code == "not_cccd"


@pytest.mark.parametrize("count", [1, 2, 5, 6])
def test_too_few_fields(count: int) -> None:
    payload = "|".join(OLD_CARD.split("|")[:count])
    err = refused(payload)
    assert err.code == "field_count"
    assert err.position == len(payload)


def test_six_field_layout_without_the_old_id_is_refused() -> None:
    """A known buggy layout (DOMAIN §2.2): fields must not be guessed from the count."""
    assert refused(
        f"001090012345|Nguyễn Văn An|17051990|Nam|{ADDRESS}|01022021").code == "field_count"


@pytest.mark.parametrize("extra", ["x", " 0 ", "|x", "||Nguyễn"])
def test_non_empty_extra_fields_are_refused(extra: str) -> None:
    payload = OLD_CARD + "|" + extra
    err = refused(payload)
    assert err.code == "extra_field"
    assert err.field >= 7
    content = payload.split("|")[err.field]
    assert content.strip()
    assert payload[err.position - 1] == "|"
    assert payload[err.position:].startswith(content)


@pytest.mark.parametrize("number", ["00109001234", "0010900123456", "00109001234A",
                                    "", "001 90012345", "００１０９００１２３４５"])
def test_the_number_must_have_twelve_ascii_digits(number: str) -> None:
    err = refused(card(number=number))
    assert (err.code, err.field) == ("number", 0)


@pytest.mark.parametrize("old_id", ["12345678", "1234567890", "01234567X",
                                    "٠١٢٣٤٥٦٧٨", "０１２３４５６７８"])
def test_the_old_id_must_have_nine_ascii_digits(old_id: str) -> None:
    payload = card(old_id=old_id)
    err = refused(payload)
    assert (err.code, err.field) == ("old_id", 1)
    assert payload[err.position:].startswith(old_id)


def test_a_twelve_digit_old_id_is_accepted_with_a_finding() -> None:
    c = parse(card(old_id="001090012345"))
    assert c.old_id == "001090012345"
    assert codes(c) == ["old_id_twelve_digits"]


@pytest.mark.parametrize("name", ["", "   ", "Nguyễn Văn 2", "123"])
def test_the_name_must_be_present_without_digits(name: str) -> None:
    err = refused(card(full_name=name))
    assert (err.code, err.field) == ("name", 2)


def test_a_missing_issue_date_is_read_as_unknown() -> None:
    assert parse(card(issue_date="")).issue_date is None


# -- cross-checks: findings, never exceptions -----------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [({"birth_date": "17051991"}, ["cccd_birth_year_mismatch"]),
     ({"birth_date": "1991"}, ["cccd_birth_year_mismatch"]),
     ({"number": "001290012345"}, ["cccd_century_mismatch"]),  # 2 = man born 2000s
     ({"sex": "Nữ"}, ["cccd_sex_mismatch"]),
     ({"number": "001190012345"}, ["cccd_sex_mismatch"]),  # 1 = woman
     ({"number": "003090012345"}, ["cccd_province_unknown"]),
     ({"number": "999090012345"}, ["cccd_province_unknown"]),
     ({"issue_date": "01011989"}, ["issue_before_birth"]),
     ({"issue_date": "11032026"}, ["issue_date_in_future"]),
     ({"number": "003190012345", "birth_date": "01012005", "issue_date": "01012030"},
      ["cccd_birth_year_mismatch", "cccd_sex_mismatch", "cccd_province_unknown",
       "issue_date_in_future"])],
)
def test_cross_check_findings(overrides: dict[str, str], expected: list[str]) -> None:
    c = parse(card(**overrides))
    assert codes(c) == expected
    assert all(str(f.severity) == "warning" for f in c.findings)


def test_century_digit_for_people_born_after_2000() -> None:
    c = parse("001305001234||Lê Thị Cúc|09092005|Nữ|Hà Nội|10092023")
    assert c.findings == ()
    assert c.birth_date == PartialDate(2005, 9, 9)


def test_issue_date_today_is_not_in_the_future() -> None:
    assert parse(card(issue_date="10032026")).findings == ()


def test_looks_like() -> None:
    assert cccd_qr.looks_like(OLD_CARD)
    assert cccd_qr.looks_like(NEW_CARD)
    assert cccd_qr.looks_like("\ufeff" + OLD_CARD)
    assert cccd_qr.looks_like("  " + OLD_CARD)
    assert not cccd_qr.looks_like("https://example.com/001090012345|")
    assert not cccd_qr.looks_like("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
    assert not cccd_qr.looks_like("00109001234|x")
    assert not cccd_qr.looks_like("")


# -- property tests: only CccdQrError, ever ------------------------------------------------

_CODES = {"empty", "not_cccd", "field_count", "extra_field", "number", "old_id", "name",
          "date", "sex"}


def _parse_or_typed_error(text: str) -> None:
    try:
        c = cccd_qr.parse(text, today=TODAY)
    except cccd_qr.CccdQrError as exc:
        assert exc.code in _CODES
        assert -1 <= exc.field
        assert 0 <= exc.position <= len(text)
        return
    assert len(c.number) == 12 and c.number.isascii() and c.number.isdigit()
    assert c.sex in (Sex.MALE, Sex.FEMALE)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_arbitrary_text_raises_only_cccd_qr_error(text: str) -> None:
    _parse_or_typed_error(text)


@given(st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace")))
@settings(max_examples=200, deadline=None)
def test_arbitrary_bytes_raise_only_cccd_qr_error(text: str) -> None:
    _parse_or_typed_error(text)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="|"), max_size=12),
                min_size=0, max_size=10).map("|".join))
@settings(max_examples=300, deadline=None)
def test_arbitrary_fields_raise_only_cccd_qr_error(text: str) -> None:
    _parse_or_typed_error(text)


@st.composite
def valid_payloads(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)))
    female = draw(st.booleans())
    digit = 2 * ((born.year - 1900) // 100) + int(female)
    number = (draw(st.sampled_from(["001", "022", "079", "096"])) + str(digit)
              + born.strftime("%y") + draw(st.from_regex(r"[0-9]{6}", fullmatch=True)))
    old_id = draw(st.sampled_from(["", "012345678"]))
    name = draw(st.sampled_from(["Nguyễn Văn An", "Trần Thị Bình", "Đỗ Đức", "Ý"]))
    issued = draw(st.dates(min_value=born, max_value=TODAY))
    trailing = "|" * draw(st.integers(0, 3))
    return (f"{number}|{old_id}|{name}|{born:%d%m%Y}|{'Nữ' if female else 'Nam'}|"
            f"{ADDRESS}|{issued:%d%m%Y}{trailing}")


@given(valid_payloads())
@settings(max_examples=100, deadline=None)
def test_generated_payloads_parse_without_findings(text: str) -> None:
    c = cccd_qr.parse(text, today=TODAY)
    assert c.findings == ()


@st.composite
def mutated_payloads(draw: st.DrawFn) -> str:
    text = draw(valid_payloads())
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        ch = draw(st.sampled_from("0123456789|| \x00\r\n\ufeffaZữ\u0303/:"))
        op = draw(st.sampled_from(["replace", "insert", "delete", "nfd"]))
        if op == "replace":
            text = text[:i] + ch + text[i + 1:]
        elif op == "insert":
            text = text[:i] + ch + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + 1:]
        else:
            text = unicodedata.normalize("NFD", text)
    return text


@given(mutated_payloads())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_payloads_raise_only_cccd_qr_error(text: str) -> None:
    _parse_or_typed_error(text)
