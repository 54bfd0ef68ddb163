"""Signed QR payloads: the counter's receipt (BDR1) and the portal's confirmation (BDC1).

Bodies for the error cases are signed here with an independent little signer (compact
JSON, base64url without padding, Ed25519 over ``PREFIX.BODY``), so a test of a parse
error is not masked by a signature error.
"""

from __future__ import annotations

import base64
import json
import string
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core import signed
from borderdesk.core.ids import new_id

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
RING: dict[str, Ed25519PublicKey] = {signed.key_id(KEY.public_key()): KEY.public_key()}
CROSSING = "019577a2-3c4d-7e5f-8a6b-1c2d3e4f5a6b"  # a UUIDv7
WHEN = datetime(2026, 3, 10, 4, 0, 12, tzinfo=UTC)
FINGERPRINT = signed.document_fingerprint(CROSSING, "passport", "VNM", "C1234567")
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
TYPED = {"format", "base64", "json", "field", "unknown_key", "bad_signature"}


def receipt(key: Ed25519PrivateKey = KEY, **overrides: Any) -> str:
    args: dict[str, Any] = {"crossing_id": CROSSING, "gate": "MONGCAI", "terminal": "T01",
                            "direction": "exit", "time_utc": WHEN,
                            "fingerprint": FINGERPRINT, "key": key}
    args.update(overrides)
    return signed.make_receipt(**args)


def confirmation(key: Ed25519PrivateKey = KEY, **overrides: Any) -> str:
    args: dict[str, Any] = {"reference": "TTBP-2026/000123", "gate": "HUUNGHI",
                            "direction": "entry", "expected_date": date(2026, 3, 11),
                            "persons": 3, "issued_at": WHEN, "key": key}
    args.update(overrides)
    return signed.make_confirmation(**args)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def sign_raw(prefix: str, body: bytes, key: Ed25519PrivateKey = KEY) -> str:
    head = f"{prefix}.{b64(body)}"
    return f"{head}.{b64(key.sign(head.encode('ascii')))}"


def sign_body(prefix: str, body: Any, key: Ed25519PrivateKey = KEY) -> str:
    return sign_raw(prefix, json.dumps(body, separators=(",", ":")).encode("utf-8"), key)


def receipt_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"v": 1, "id": CROSSING, "g": "MONGCAI", "t": "T01",
                            "d": "exit", "ts": "2026-03-10T04:00:12Z", "fp": FINGERPRINT,
                            "k": signed.key_id(KEY.public_key())}
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def confirmation_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"v": 1, "ref": "TTBP-2026/000123", "g": "HUUNGHI",
                            "d": "entry", "date": "2026-03-11", "n": 3,
                            "iat": "2026-03-10T04:00:12Z",
                            "k": signed.key_id(KEY.public_key())}
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def read_and_verify(text: str, ring: dict[str, Ed25519PublicKey] | None = None) -> Any:
    """Parse by prefix and verify; returns the parsed object."""
    parsed = (signed.parse_confirmation(text) if text.startswith("BDC1")
              else signed.parse_receipt(text))
    parsed.envelope.verify(RING if ring is None else ring)
    return parsed


def error(func: Any, *args: Any) -> signed.SignedCodeError:
    with pytest.raises(signed.SignedCodeError) as info:
        func(*args)
    return info.value


# -- round trips ---------------------------------------------------------------------------


def test_receipt_round_trip() -> None:
    text = receipt()
    assert text.startswith("BDR1.") and text.count(".") == 2
    r = read_and_verify(text)
    assert isinstance(r, signed.Receipt)
    assert (r.crossing_id, r.gate, r.terminal, r.direction) == (CROSSING, "MONGCAI", "T01",
                                                                 "exit")
    assert r.time_utc == WHEN
    assert r.fingerprint == FINGERPRINT
    assert r.envelope.key_id == signed.key_id(KEY.public_key())
    assert r.to_dict() == {"crossing_id": CROSSING, "gate": "MONGCAI", "terminal": "T01",
                           "direction": "exit", "time_utc": "2026-03-10T04:00:12Z",
                           "fingerprint": FINGERPRINT,
                           "key_id": signed.key_id(KEY.public_key())}


def test_receipt_time_is_stored_in_utc_without_microseconds() -> None:
    from zoneinfo import ZoneInfo

    local = datetime(2026, 3, 10, 11, 0, 12, 999_999, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert read_and_verify(receipt(time_utc=local)).time_utc == WHEN


def test_confirmation_round_trip() -> None:
    c = read_and_verify(confirmation())
    assert isinstance(c, signed.Confirmation)
    assert (c.reference, c.gate, c.direction, c.persons) == ("TTBP-2026/000123", "HUUNGHI",
                                                             "entry", 3)
    assert c.expected_date == date(2026, 3, 11)
    assert c.issued_at == WHEN
    assert c.to_dict()["expected_date"] == "2026-03-11"
    assert c.to_dict()["issued_at"] == "2026-03-10T04:00:12Z"


def test_the_independent_signer_makes_the_same_codes() -> None:
    assert sign_body("BDR1", dict(sorted(receipt_body().items()))) == receipt()


def test_surrounding_white_space_is_tolerated() -> None:
    assert read_and_verify(" \r\n" + receipt() + "\r\n ").crossing_id == CROSSING


def test_key_id_is_sixteen_hex_digits_of_the_public_key_hash() -> None:
    import hashlib

    raw = signed.public_key_bytes(KEY.public_key())
    assert len(raw) == 32
    assert signed.key_id(KEY.public_key()) == hashlib.sha256(raw).hexdigest()[:16]
    assert signed.key_id(OTHER.public_key()) != signed.key_id(KEY.public_key())


# -- tampering ----------------------------------------------------------------------------------


def _substitutes(ch: str) -> list[str]:
    """Two other characters: the next of the base64url alphabet and one far off."""
    if ch not in B64:
        return ["A", "x"]
    i = B64.index(ch)
    return [B64[(i + 1) % 64], B64[(i + 32) % 64]]


@pytest.mark.parametrize("make", [receipt, confirmation])
def test_any_single_changed_character_is_refused(make: Any) -> None:
    text = make()
    for i, ch in enumerate(text):
        for sub in _substitutes(ch):
            tampered = text[:i] + sub + text[i + 1:]
            assert tampered != text
            with pytest.raises(signed.SignedCodeError) as info:
                read_and_verify(tampered)
            assert info.value.code in TYPED, (i, sub)


@pytest.mark.parametrize("make", [receipt, confirmation])
def test_every_variant_of_the_last_signature_character_is_refused(make: Any) -> None:
    """The last base64url character of a 64-byte signature has 4 unused bits; a lenient
    decoder maps 16 texts onto the same bytes. Only the canonical one may verify."""
    text = make()
    for sub in B64:
        if sub == text[-1]:
            continue
        with pytest.raises(signed.SignedCodeError) as info:
            read_and_verify(text[:-1] + sub)
        assert info.value.code in {"base64", "bad_signature"}


@pytest.mark.parametrize("make", [receipt, confirmation])
def test_a_changed_signature_byte_is_a_bad_signature(make: Any) -> None:
    text = make()
    head, _, sig = text.rpartition(".")
    raw = bytearray(signed.b64decode(sig))
    for i in range(len(raw)):
        changed = bytearray(raw)
        changed[i] ^= 0x01
        err = error(read_and_verify, f"{head}.{b64(bytes(changed))}")
        assert err.code == "bad_signature"


def test_a_changed_body_value_with_the_old_signature_is_a_bad_signature() -> None:
    text = receipt()
    _, _, sig = text.rpartition(".")
    forged_head = sign_body("BDR1", receipt_body(d="entry")).rpartition(".")[0]
    assert error(read_and_verify, f"{forged_head}.{sig}").code == "bad_signature"


def test_a_receipt_relabelled_as_confirmation_fails() -> None:
    """The prefix is signed too."""
    text = receipt()
    assert error(signed.parse_confirmation, text).code == "format"
    relabelled = "BDC1" + text[4:]
    err = error(read_and_verify, relabelled)
    assert err.code in {"field", "format", "bad_signature"}


# -- keys ------------------------------------------------------------------------------------


def test_unknown_key() -> None:
    err = error(read_and_verify, receipt(key=OTHER))
    assert err.code == "unknown_key"
    assert signed.key_id(OTHER.public_key()) in str(err)
    assert error(read_and_verify, receipt(), {}).code == "unknown_key"
    assert error(read_and_verify, confirmation(key=OTHER)).code == "unknown_key"


def test_a_key_claiming_another_key_id_is_a_bad_signature() -> None:
    """Body names KEY, but OTHER signed it."""
    text = sign_body("BDR1", receipt_body(), key=OTHER)
    assert error(read_and_verify, text).code == "bad_signature"


def test_verification_with_several_keys() -> None:
    ring = {**RING, signed.key_id(OTHER.public_key()): OTHER.public_key()}
    assert read_and_verify(receipt(key=OTHER), ring).crossing_id == CROSSING
    assert read_and_verify(receipt(), ring).crossing_id == CROSSING


# -- malformed codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "BDR1", "BDR1.", "BDR1..", "BDR2.abc.def", "bdr1.abc.def", "BDR1.a.b.c",
     "BDC1.abc.def", "BDR1abc.def", "X" * 3000, "BDR1." + "A" * 2100 + ".AAAA"],
)
def test_wrong_prefix_or_shape(text: str) -> None:
    err = error(signed.parse_receipt, text)
    assert err.code in {"format", "base64"}


@pytest.mark.parametrize("cut", [1, 2, 10, 50, 86, 87, 100])
def test_truncated_codes(cut: int) -> None:
    for make, parse in ((receipt, signed.parse_receipt),
                        (confirmation, signed.parse_confirmation)):
        text = make()[:-cut]
        with pytest.raises(signed.SignedCodeError) as info:
            parse(text).envelope.verify(RING)
        assert info.value.code in {"format", "base64", "bad_signature", "json"}


def test_truncated_signature_is_refused_for_its_length() -> None:
    text = receipt()
    head, _, sig = text.rpartition(".")
    short = b64(signed.b64decode(sig)[:63])
    err = error(signed.parse_receipt, f"{head}.{short}")
    assert err.code == "bad_signature"
    assert err.position == len(head) + 1


@pytest.mark.parametrize("body", ["abc!", "ab+c", "abc=", "ab/c", "a b", "ÄÖ"])
def test_body_not_base64url(body: str) -> None:
    sig = receipt().rpartition(".")[2]
    err = error(signed.parse_receipt, f"BDR1.{body}.{sig}")
    assert err.code == "base64"
    assert err.position == 5


def test_signature_not_base64url() -> None:
    head = receipt().rpartition(".")[0]
    for sig in ("abc/def", "A", "A===", "abc\n"):
        err = error(signed.parse_receipt, f"{head}.{sig}x")
        assert err.code in {"base64", "bad_signature"}
    err = error(signed.parse_receipt, f"{head}.ab+cd")
    assert err.code == "base64"
    assert err.position == len(head) + 1


def test_non_canonical_base64_is_refused() -> None:
    assert signed.b64decode("QQ") == b"A"
    for text in ("QR", "QZ", "Q", "QQ==", "QQ\n"):
        with pytest.raises(ValueError, match="base64"):
            signed.b64decode(text)


@given(st.binary(max_size=100))
def test_b64_round_trip(data: bytes) -> None:
    if data:
        assert signed.b64decode(signed.b64encode(data)) == data


@pytest.mark.parametrize(
    "body",
    [b"[1,2]", b"null", b"1", b'"text"', b"true", b"{", b"\xff\xfe", b"{'v': 1}",
     b"[" * 1400, b'[{"a":' * 200],  # 1400: deeper than the recursion limit
)
def test_body_not_a_json_object(body: bytes) -> None:
    err = error(signed.parse_receipt, sign_raw("BDR1", body))
    assert err.code == "json"
    assert err.position == 5


@pytest.mark.parametrize(
    ("overrides", "code"),
    [({"v": 2}, "format"), ({"v": None}, "format"), ({"v": "1"}, "format"),
     ({"id": None}, "field"), ({"id": 12}, "field"), ({"id": str(uuid.uuid4())}, "field"),
     ({"id": CROSSING.upper()}, "field"), ({"g": "mongcai"}, "field"), ({"g": ""}, "field"),
     ({"g": ["MONGCAI"]}, "field"), ({"t": ""}, "field"), ({"t": "T\n1"}, "field"),
     ({"t": "T" * 41}, "field"), ({"d": "sideways"}, "field"), ({"d": "EXIT"}, "field"),
     ({"ts": "2026-13-45T99:99:99Z"}, "field"), ({"ts": "2026-03-10 04:00:12"}, "field"),
     ({"ts": "2026-03-10T04:00:12+07:00"}, "field"), ({"ts": 1773115212}, "field"),
     ({"fp": "short"}, "field"), ({"fp": FINGERPRINT + "A"}, "field"),
     ({"fp": "abc+def/ghi"}, "field"), ({"k": "ABCDEF0123456789"}, "field"),
     ({"k": None}, "field"), ({"k": 12345}, "field")],
)
def test_receipt_field_errors(overrides: dict[str, Any], code: str) -> None:
    err = error(signed.parse_receipt, sign_body("BDR1", receipt_body(**overrides)))
    assert err.code == code


@pytest.mark.parametrize(
    ("overrides", "code"),
    [({"v": 0}, "format"), ({"n": 0}, "field"), ({"n": 1001}, "field"),
     ({"n": True}, "field"), ({"n": "3"}, "field"), ({"n": 3.0}, "field"),
     ({"n": None}, "field"), ({"date": "2026-02-30"}, "field"),
     ({"date": "11/03/2026"}, "field"), ({"date": 20260311}, "field"),
     ({"iat": "2026-13-45T99:99:99Z"}, "field"), ({"iat": None}, "field"),
     ({"ref": ""}, "field"), ({"ref": "a b"}, "field"), ({"ref": "R" * 41}, "field"),
     ({"g": "huunghi"}, "field"), ({"d": None}, "field"), ({"k": "xyz"}, "field")],
)
def test_confirmation_field_errors(overrides: dict[str, Any], code: str) -> None:
    err = error(signed.parse_confirmation,
                sign_body("BDC1", confirmation_body(**overrides)))
    assert err.code == code


@pytest.mark.parametrize("persons", [1, 1000])
def test_confirmation_person_bounds(persons: int) -> None:
    text = sign_body("BDC1", confirmation_body(n=persons))
    assert read_and_verify(text).persons == persons


def test_the_length_is_capped() -> None:
    text = sign_body("BDR1", receipt_body(t="T" * 40, pad="x" * 2000))
    assert len(text) > signed.MAX_LENGTH
    assert error(signed.parse_receipt, text).code == "format"


# -- document fingerprint ---------------------------------------------------------------------


def test_fingerprint_shape_and_stability() -> None:
    fp = signed.document_fingerprint(CROSSING, "passport", "VNM", "C1234567")
    assert fp == FINGERPRINT
    assert len(fp) == 11 and all(ch in B64 for ch in fp)


@pytest.mark.parametrize(
    "document",
    [("cccd", "VNM", "C1234567"), ("passport", "CHN", "C1234567"),
     ("passport", "VNM", "C1234568"), ("passport", "VNM", "c1234567"),
     ("passport", "VNM", "")],
)
def test_the_fingerprint_matches_only_the_right_document(document: tuple[str, str, str]
                                                         ) -> None:
    r = read_and_verify(receipt())
    assert r.matches_document("passport", "VNM", "C1234567")
    assert not r.matches_document(*document)


def test_the_fingerprint_is_bound_to_the_crossing() -> None:
    other = new_id()
    assert signed.document_fingerprint(other, "passport", "VNM", "C1234567") != FINGERPRINT
    # the separator cannot be used to move characters between fields
    assert signed.document_fingerprint(CROSSING, "passport", "VN", "MC1234567") \
        != FINGERPRINT


# -- property tests: only SignedCodeError, ever -------------------------------------------------


def _parse_or_typed_error(text: str) -> None:
    for parse in (signed.parse_receipt, signed.parse_confirmation):
        try:
            parse(text).envelope.verify(RING)
        except signed.SignedCodeError as exc:
            assert exc.code in TYPED
            assert exc.position >= 0


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_arbitrary_text_raises_only_signed_code_error(text: str) -> None:
    _parse_or_typed_error(text)


@given(st.sampled_from(["BDR1.", "BDC1."]),
       st.text(alphabet=B64 + ".", max_size=200), st.text(alphabet=B64, max_size=100))
@settings(max_examples=200, deadline=None)
def test_prefixed_noise_raises_only_signed_code_error(prefix: str, body: str, sig: str
                                                      ) -> None:
    _parse_or_typed_error(f"{prefix}{body}.{sig}")


@given(st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace")))
@settings(max_examples=100, deadline=None)
def test_arbitrary_bytes_raise_only_signed_code_error(text: str) -> None:
    _parse_or_typed_error("BDR1." + text)
    _parse_or_typed_error(text)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                               max_size=4),
    max_leaves=10,
)
_receipt_values = st.fixed_dictionaries(
    {}, optional={"v": st.sampled_from([1, 2, "1", True, 1.0]) | _json,
                  "id": st.sampled_from([CROSSING, new_id()]) | _json,
                  "g": st.sampled_from(["MONGCAI", "mongcai"]) | _json,
                  "t": st.text(max_size=45) | _json,
                  "d": st.sampled_from(["exit", "entry"]) | _json,
                  "ts": st.sampled_from(["2026-03-10T04:00:12Z", "2026-13-45T99:99:99Z",
                                         "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"])
                  | _json,
                  "fp": st.just(FINGERPRINT) | _json,
                  "k": st.just(signed.key_id(KEY.public_key())) | _json,
                  "n": st.integers(-5, 2000) | _json,
                  "date": st.sampled_from(["2026-03-11", "2026-02-30", "0000-01-01"])
                  | _json,
                  "ref": st.text(max_size=45) | _json, "iat": _json})


@given(_receipt_values)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_signed_bodies_of_any_shape_raise_only_signed_code_error(body: dict[str, Any]
                                                                 ) -> None:
    for prefix in ("BDR1", "BDC1"):
        _parse_or_typed_error(sign_body(prefix, body))


@st.composite
def mutated_codes(draw: st.DrawFn) -> tuple[str, str]:
    original = draw(st.sampled_from([receipt(), confirmation(), receipt(key=OTHER)]))
    text = original
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["replace", "insert", "delete", "cut", "swap"]))
        ch = draw(st.sampled_from(B64 + ".= \n\x00é"))
        if op == "replace":
            text = text[:i] + ch + text[i + 1:]
        elif op == "insert":
            text = text[:i] + ch + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + 1:]
        elif op == "cut":
            text = text[:i]
        elif i + 1 < len(text):
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return original, text


@given(mutated_codes())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_codes_never_verify_unless_unchanged(case: tuple[str, str]) -> None:
    original, text = case
    ring = {**RING, signed.key_id(OTHER.public_key()): OTHER.public_key()}
    try:
        read_and_verify(text, ring)
    except signed.SignedCodeError as exc:
        assert exc.code in TYPED
    else:
        assert text.strip() == original
