"""PIN hashing: scrypt, self-describing strings, policy, malformed hashes."""

from __future__ import annotations

import base64
import time

import pytest

from borderdesk.core import pin


def _b64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def test_hash_describes_itself() -> None:
    stored = pin.hash_pin("123456")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(_b64(salt)) == 16
    assert len(_b64(key)) == 32
    assert "123456" not in stored


def test_right_and_wrong_pins() -> None:
    stored = pin.hash_pin("123456")
    assert pin.verify_pin("123456", stored)
    assert not pin.verify_pin("123457", stored)
    assert not pin.verify_pin("", stored)
    assert not pin.verify_pin("1234567", stored)


def test_each_hash_has_its_own_salt() -> None:
    a, b = pin.hash_pin("123456"), pin.hash_pin("123456")
    assert a != b
    assert a.split("$")[4] != b.split("$")[4]
    assert pin.verify_pin("123456", a)
    assert pin.verify_pin("123456", b)


def test_the_same_pin_typed_with_full_width_digits_matches() -> None:
    stored = pin.hash_pin("123456")
    assert pin.verify_pin("１２３４５６", stored)  # NFKC


@pytest.mark.parametrize(("text", "code"), [
    ("", "pin_too_short"),
    ("12345", "pin_too_short"),
    ("x" * 129, "pin_too_long"),
])
def test_policy(text: str, code: str) -> None:
    with pytest.raises(pin.PinPolicyError) as info:
        pin.hash_pin(text)
    assert info.value.code == code
    with pytest.raises(ValueError, match=code):
        pin.check_policy(text)


def test_six_characters_are_enough() -> None:
    pin.check_policy("123456")
    pin.check_policy("mật khẩu")  # a password works too


@pytest.mark.parametrize("stored", [
    "",
    "123456",
    "scrypt$16384$8$1$abc",
    "bcrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43,
    "scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43,
    "scrypt$16383$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43,  # not a power of two
    "scrypt$16384$8$1$!!!$" + "A" * 43,
    "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA",  # key too short
])
def test_a_malformed_hash_never_verifies(stored: str) -> None:
    assert not pin.verify_pin("123456", stored)
    assert pin.needs_rehash(stored)


def test_a_tampered_cost_is_refused_without_running_it() -> None:
    good = pin.hash_pin("123456").split("$")
    for n, r, p in ((2**30, 8, 1), (2**14, 1000, 1), (2**14, 8, 1000)):
        tampered = "$".join([good[0], str(n), str(r), str(p), *good[4:]])
        started = time.perf_counter()
        assert not pin.verify_pin("123456", tampered)
        assert time.perf_counter() - started < 0.5


def test_needs_rehash_for_other_parameters() -> None:
    stored = pin.hash_pin("123456")
    assert not pin.needs_rehash(stored)
    parts = stored.split("$")
    cheaper = "$".join([parts[0], "1024", *parts[2:]])
    assert pin.needs_rehash(cheaper)


def test_the_dummy_hash_matches_no_pin() -> None:
    assert pin.dummy_hash() == pin.dummy_hash()
    assert not pin.verify_pin("123456", pin.dummy_hash())
