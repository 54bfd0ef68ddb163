"""The portal's canonical form of a request and of each payload equals what
canonical_json gives for each part on its own (the idempotency key and payload hashes
depend on it), and, for every value the protocol carries, what the standard library
writes with sorted keys (the form hashes were computed over before orjson)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.portal.ingest import canonical_request
from sync.protocol import canonical_json

_keys = st.text(min_size=1, max_size=8)
_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=12,
)
_message = st.dictionaries(_keys, _json, max_size=5).flatmap(
    lambda extra: st.one_of(
        st.just(extra),
        _json.map(lambda payload: {**extra, "payload": payload}),
    )
)


@settings(max_examples=300, deadline=None)
@given(
    messages=st.lists(_message, max_size=4),
    head=st.none() | st.text(max_size=10),
    batch=st.text(max_size=10),
    protocol=_json,
    extra=st.booleans(),
)
def test_request_and_payloads_equal_canonical_json_of_each_part(
    messages: list[dict[str, Any]], head: str | None, batch: str, protocol: Any,
    extra: bool,
) -> None:
    doc: dict[str, Any] = {"audit_head": head, "batch_id": batch,
                           "messages": messages, "protocol": protocol}
    if extra:
        doc["zz_unknown"] = 1
    whole, payloads = canonical_request(doc, messages)
    assert whole == canonical_json(doc).encode("utf-8")
    assert payloads == [canonical_json(m["payload"]) if "payload" in m else None
                        for m in messages]


def test_unicode_payload_is_kept_as_utf8_text() -> None:
    m = {"message_id": "a", "payload": {"name": "Nguyễn Văn An"}, "function": "declare"}
    doc = {"audit_head": None, "batch_id": "b", "messages": [m], "protocol": "1"}
    whole, payloads = canonical_request(doc, [m])
    assert payloads == ['{"name":"Nguyễn Văn An"}']
    assert whole == canonical_json(doc).encode("utf-8")
