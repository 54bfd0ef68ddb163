"""The watch-list document key: a fixed format shared by every terminal and the
portal, so it is pinned by known answers (HMAC-SHA256 of ``doc|STATE|NUMBER``)."""

from __future__ import annotations

import pytest

from sync.watchlist_key import document_key

KEY = bytes(range(32))


@pytest.mark.parametrize(
    ("state", "number", "expected"),
    [
        ("VNM", "C1234567",
         "b710ebfd43d96655efa1c8a85a1b4dc7ad6b3ca4aee17e21746dc035ec2832ff"),
        # the state trimmed and upper-cased, the number normalised first
        (" vnm ", "c 123-4567",
         "b710ebfd43d96655efa1c8a85a1b4dc7ad6b3ca4aee17e21746dc035ec2832ff"),
        ("CHN", "E12345678",
         "eb5e5c81d0a637ee4e1038828e7c63d3865eadab8c8dd560c8d2e09a8771032b"),
    ],
)
def test_known_answers(state: str, number: str, expected: str) -> None:
    assert document_key(KEY, state, number) == expected


def test_a_short_key_is_refused() -> None:
    with pytest.raises(ValueError):
        document_key(bytes(15), "VNM", "C1234567")
