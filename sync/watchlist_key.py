"""The keyed hash that names a document on the watchlist, shared by terminal and portal.

Document numbers never travel in clear on the watchlist feed: the portal publishes
``key = hex(HMAC-SHA256(watchlist_key, "doc|" + issuing_state + "|" + number))``
with the number normalised by :func:`borderdesk.core.text.normalize_document_number`,
and the terminal computes the same key for the document in front of the officer. The
32-byte ``watchlist_key`` is handed to the terminal at enrolment; without it a leaked
copy of the feed cannot be searched by guessing numbers.
"""

from __future__ import annotations

import hmac

from borderdesk.core.text import normalize_document_number

PREFIX = "doc"


def document_key(watchlist_key: bytes, issuing_state: str, document_number: str) -> str:
    """64 hex digits naming one document (issuing state + normalised number).

    >>> k = bytes(32)
    >>> document_key(k, "vnm", "c 123-4567") == document_key(k, "VNM", "C1234567")
    True
    """
    if len(watchlist_key) < 16:
        raise ValueError("the watchlist key is too short")
    number = normalize_document_number(document_number)
    text = f"{PREFIX}|{issuing_state.strip().upper()}|{number}"
    # hmac.digest: the one-shot C path (a fraction of hmac.new's cost, once per person
    # in every save)
    return hmac.digest(watchlist_key, text.encode("utf-8"), "sha256").hex()
