"""orjson-backed JSON text: the canonical form is the standard library's for every
value the protocol carries, so hashes stored before the switch still match."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.core import jsontext


def std_canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def std_compact(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


# Any Unicode text that UTF-8 can carry: control characters, quotes, backslashes,
# U+2028/U+2029, DEL, astral planes (keys too: sorting by code point).
_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_ints = st.integers(min_value=-(2**63), max_value=2**64 - 1)
_values = st.recursive(
    st.none() | st.booleans() | _ints | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(_values)
def test_canonical_and_compact_equal_the_standard_library(data: Any) -> None:
    assert jsontext.canonical_json(data) == std_canonical(data)
    assert jsontext.canonical_bytes(data) == std_canonical(data).encode("utf-8")
    assert jsontext.compact_json(data) == std_compact(data)
    assert jsontext.compact_bytes(data) == std_compact(data).encode("utf-8")
    assert jsontext.loads(jsontext.canonical_bytes(data)) == data
    assert jsontext.loads(jsontext.compact_json(data)) == data


@pytest.mark.parametrize("data", [
    {"n": 2**64},  # beyond orjson's 64 bits
    {"n": -(2**63) - 1},
    {1: "not a string key", 2: [3]},
])
def test_values_orjson_refuses_are_written_as_before(data: Any) -> None:
    assert jsontext.canonical_json(data) == std_canonical(data)
    assert jsontext.canonical_bytes(data) == std_canonical(data).encode("utf-8")
    assert jsontext.compact_json(data) == std_compact(data)


def test_a_crossing_payload_hashes_as_before() -> None:
    payload = {"persons": [{"identity": {"surname": "Nguyễn", "given_names": "Văn An",
                                         "document_number": "B1234567"}}],
               "notes": "Ghi chú\nhai dòng\t\"trích\"", "version": 2, "vehicle": None}
    assert jsontext.canonical_json(payload) == std_canonical(payload)


@pytest.mark.parametrize("text", [
    b'{"a":NaN}', b'{"a":Infinity}', b'{"a":1} trailing', b'{"a":', b'\xff\xfe{}',
    b'"\\ud800"', b"",
])
def test_loads_refuses_what_is_not_strict_json(text: bytes) -> None:
    with pytest.raises(ValueError):
        jsontext.loads(text)
