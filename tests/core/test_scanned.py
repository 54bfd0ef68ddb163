"""The scan router: whatever a scanner hands over, a kind and a value or a typed failure,
never an exception."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core import cccd_qr, mrz, signed
from borderdesk.core.scanned import Kind, Scanned, recognise

TODAY = date(2026, 3, 10)
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
CROSSING = "019577a2-3c4d-7e5f-8a6b-1c2d3e4f5a6b"

CCCD = "001090012345|012345678|Nguyễn Văn An|17051990|Nam|Hà Nội|01022021"
CAN_CUOC = "022192000123||Trần Thị Bình|02031992|Nữ|Quảng Ninh|15082024||"
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
RECEIPT = signed.make_receipt(
    crossing_id=CROSSING, gate="MONGCAI", terminal="T01", direction="exit",
    time_utc=datetime(2026, 3, 10, 4, 0, tzinfo=UTC),
    fingerprint=signed.document_fingerprint(CROSSING, "passport", "VNM", "C1234567"),
    key=KEY)
CONFIRMATION = signed.make_confirmation(
    reference="TTBP-2026/000123", gate="HUUNGHI", direction="entry",
    expected_date=date(2026, 3, 11), persons=2,
    issued_at=datetime(2026, 3, 10, 4, 0, tzinfo=UTC), key=KEY)


def scan(text: str) -> Scanned:
    result = recognise(text, today=TODAY)
    assert isinstance(result, Scanned)
    return result


# -- routing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value_type"),
    [(CCCD, Kind.CCCD, cccd_qr.CccdCard), (CAN_CUOC, Kind.CCCD, cccd_qr.CccdCard),
     ("\ufeff" + CCCD + "\r\n\x00", Kind.CCCD, cccd_qr.CccdCard),
     (TD3, Kind.MRZ, mrz.Mrz), (TD1, Kind.MRZ, mrz.Mrz), (TD2, Kind.MRZ, mrz.Mrz),
     (TD3.lower(), Kind.MRZ, mrz.Mrz), (TD1.replace("\n", ""), Kind.MRZ, mrz.Mrz),
     (TD3.replace("\n", "\r\n") + "\r\n", Kind.MRZ, mrz.Mrz),
     (RECEIPT, Kind.RECEIPT, signed.Receipt),
     ("  " + RECEIPT + "\r\n\x00", Kind.RECEIPT, signed.Receipt),
     (CONFIRMATION, Kind.CONFIRMATION, signed.Confirmation)],
)
def test_each_kind_is_routed_and_parsed(text: str, kind: Kind, value_type: type) -> None:
    result = recognise(text, today=date(2010, 1, 1) if kind is Kind.MRZ else TODAY)
    assert result.kind is kind
    assert result.ok, result.failure
    assert result.failure is None
    assert isinstance(result.value, value_type)
    assert result.text == text
    d = result.to_dict()
    assert d["kind"] == str(kind) and d["ok"] is True
    assert d["fields"] == result.value.to_dict()
    assert "error" not in d


def test_the_parsed_values() -> None:
    assert scan(CCCD).value.number == "001090012345"
    assert scan(TD3).value.document_number == "L898902C3"
    assert scan(RECEIPT).value.crossing_id == CROSSING
    assert scan(CONFIRMATION).value.persons == 2


@pytest.mark.parametrize("text", ["", "   ", "hello", "12345", "https://example.com/x",
                                  "P<UTO", "<<<<", "BDR1", "BDX1.abc.def", "\x00",
                                  "0010900123451|x"])
def test_unknown_codes(text: str) -> None:
    result = scan(text)
    assert result.kind is Kind.UNKNOWN
    assert not result.ok
    assert result.failure is not None and result.failure.code == "unknown_code"
    assert result.to_dict()["error"]["code"] == "unknown_code"


# -- failures carry a code -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [("001090012345|x", Kind.CCCD, "field_count"),
     (CCCD.replace("17051990", "31022000"), Kind.CCCD, "date"),
     (CCCD.replace("Nam", "X"), Kind.CCCD, "sex"),
     (CCCD + "|x", Kind.CCCD, "extra_field"),
     (TD3[:-1] + "1", Kind.MRZ, "check_digit"),
     (TD3[:-2], Kind.MRZ, "length"),
     (RECEIPT[:-5], Kind.RECEIPT, "base64"),
     ("BDR1.abc", Kind.RECEIPT, "format"),
     ("BDC1." + RECEIPT[5:], Kind.CONFIRMATION, "field"),
     ("BDR1.W10." + RECEIPT.rpartition(".")[2], Kind.RECEIPT, "json")],
)
def test_failures_carry_their_code(text: str, kind: Kind, code: str) -> None:
    result = recognise(text, today=date(2010, 1, 1))
    assert result.kind is kind
    assert not result.ok
    assert result.failure is not None and result.failure.code == code
    assert result.failure.message
    d = result.to_dict()
    assert d["ok"] is False and d["error"]["code"] == code
    assert set(d["error"]) == {"code", "message", "line", "position"}


def test_a_failed_mrz_check_keeps_the_zone_and_the_place() -> None:
    result = recognise(TD3[:-1] + "1", today=date(2010, 1, 1))
    assert result.failure is not None
    assert (result.failure.line, result.failure.position) == (2, 44)
    assert isinstance(result.value, mrz.Mrz)
    assert result.value.failed_checks == ["composite"]
    assert result.to_dict()["fields"]["surname"] == "ERIKSSON"


def test_a_cccd_failure_keeps_its_position() -> None:
    text = CCCD.replace("012345678", "0123")
    result = scan(text)
    assert result.failure is not None and result.failure.code == "old_id"
    assert text[result.failure.position:].startswith("0123|")


def test_the_router_does_not_verify_signatures() -> None:
    """Verification needs the trusted keys: the service does it (see test_cli_parse)."""
    other = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
    text = signed.make_receipt(
        crossing_id=CROSSING, gate="MONGCAI", terminal="T01", direction="exit",
        time_utc=datetime(2026, 3, 10, tzinfo=UTC), fingerprint="AAAAAAAAAAA", key=other)
    assert scan(text).ok


# -- property tests: recognise never raises ---------------------------------------------------


def _never_raises(text: str) -> Scanned:
    result = recognise(text, today=TODAY)
    assert isinstance(result, Scanned)
    assert result.ok == (result.failure is None and result.kind is not Kind.UNKNOWN)
    if result.failure is not None:
        # "internal" is the safety net for a parser bug: it must never be needed
        assert result.failure.code != "internal", result.failure
        assert result.failure.code
    result.to_dict()
    return result


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_arbitrary_text_never_raises(text: str) -> None:
    _never_raises(text)


@given(st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace")))
@settings(max_examples=300, deadline=None)
def test_arbitrary_bytes_never_raise(text: str) -> None:
    _never_raises(text)


@given(st.sampled_from(["BDR1.", "BDC1.", "001090012345|", "P<UTO", "I<UTO", "\ufeff"]),
       st.text(max_size=120))
@settings(max_examples=300, deadline=None)
def test_prefixed_noise_never_raises(prefix: str, rest: str) -> None:
    _never_raises(prefix + rest)


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<\n ", min_size=55,
               max_size=100))
@settings(max_examples=300, deadline=None)
def test_mrz_shaped_noise_never_raises(text: str) -> None:
    _never_raises(text)


@st.composite
def near_misses(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from([CCCD, CAN_CUOC, TD3, TD1, TD2, RECEIPT, CONFIRMATION]))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["replace", "insert", "delete", "cut", "lower", "join"]))
        ch = draw(st.sampled_from("0O1<|.A-_ \n\r\x00\ufeffữé="))
        if op == "replace":
            text = text[:i] + ch + text[i + 1:]
        elif op == "insert":
            text = text[:i] + ch + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + 1:]
        elif op == "cut":
            text = text[:i]
        elif op == "lower":
            text = text.lower()
        else:
            text = text.replace("\n", "")
    return text


@given(near_misses())
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_near_misses_never_raise(text: str) -> None:
    _never_raises(text)


def test_deeply_nested_json_in_a_signed_code_is_a_typed_failure() -> None:
    body = signed.b64encode(b"[" * 1400)
    result = scan(f"BDR1.{body}.{RECEIPT.rpartition('.')[2]}")
    assert result.kind is Kind.RECEIPT
    assert result.failure is not None and result.failure.code == "json"


def test_td1_filler_check_digit_is_a_typed_failure() -> None:
    text = ("I<UTOD23145890<<1234<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    result = scan(text)
    assert result.kind is Kind.MRZ
    assert result.failure is not None and result.failure.code == "check_digit"


def test_a_stray_reader_character_in_an_mrz_is_located_not_unknown() -> None:
    text = (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "L898902C36UTO7408122F12041«9ZE184226B<<<<<10"
    )
    scanned = recognise(text)
    assert scanned.kind is Kind.MRZ
    assert scanned.failure is not None
    assert (scanned.failure.code, scanned.failure.line, scanned.failure.position) == (
        "characters", 2, 27)


def test_prose_with_fillers_is_not_taken_for_an_mrz() -> None:
    text = "<< xin chào, đây không phải là vùng đọc máy của hộ chiếu đâu nhé >>" * 2
    assert recognise(text).kind is Kind.UNKNOWN
