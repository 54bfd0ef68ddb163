"""PortalClient: what it sends (signed, gzip) and how it classifies every answer."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import urllib3.exceptions
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers.fake_portal import BASE_URL, ScriptedAdapter

from borderdesk.core.signed import key_id
from sync import protocol
from sync.client import PortalClient
from sync.errors import (
    AuthError,
    OutcomeUnknown,
    RejectedError,
    TooLarge,
    TransientError,
)
from sync.signing import verify

KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def scripted() -> Iterator[Any]:
    made: list[PortalClient] = []

    def make(*script: Any) -> tuple[PortalClient, ScriptedAdapter]:
        adapter = ScriptedAdapter(*script)
        session = requests.Session()
        session.trust_env = False
        session.mount(BASE_URL, adapter)
        client = PortalClient(session, BASE_URL + "/", KEY, "MONGCAI/T01")
        made.append(client)
        return client, adapter

    yield make
    for c in made:
        c.close()


def _batch(n: int = 2) -> protocol.BatchRequest:
    messages = [protocol.Message(f"m{i}", protocol.Function.DECLARE, f"c{i}",
                                 {"id": f"c{i}", "x": "Nguyễn"},
                                 protocol.sha256_hex({"id": f"c{i}", "x": "Nguyễn"}))
                for i in range(n)]
    return protocol.BatchRequest("batch-1", messages, audit_head="ab" * 32)


def _results(batch: protocol.BatchRequest, status: str = "accepted") -> dict[str, Any]:
    return {"batch_id": batch.batch_id,
            "results": [{"message_id": m.message_id, "status": status}
                        for m in batch.messages]}


def test_a_batch_is_signed_gzipped_and_keyed(scripted: Any) -> None:
    batch = _batch()
    client, adapter = scripted((200, _results(batch), {}))
    results = client.send_batch(batch)
    assert [r.status for r in results] == [protocol.Status.ACCEPTED] * 2
    sent = adapter.sent[0]
    assert sent.method == "POST"
    assert sent.url == BASE_URL + protocol.PATH_BATCH
    assert sent.headers["Content-Encoding"] == "gzip"
    assert sent.headers["Accept-Encoding"] == "gzip"
    assert sent.headers["Idempotency-Key"] == "batch-1"
    assert sent.headers["BD-Terminal"] == "MONGCAI/T01"
    assert json.loads(gzip.decompress(sent.body)) == batch.to_wire()
    verified = verify("POST", sent.url, dict(sent.headers), sent.body,
                      lambda kid: KEY.public_key() if kid == key_id(KEY.public_key())
                      else None)
    assert verified.terminal == "MONGCAI/T01"
    # the digest covers the bytes as sent: tampering with them is detected
    with pytest.raises(Exception, match="digest|signature"):
        verify("POST", sent.url, dict(sent.headers), sent.body + b"x",
               lambda kid: KEY.public_key())


def test_gets_are_signed_without_a_body(scripted: Any) -> None:
    client, adapter = scripted((200, {"items": [], "next_cursor": "", "more": False}, {}))
    client.predeclarations("42", 10)
    sent = adapter.sent[0]
    assert sent.url == BASE_URL + protocol.PATH_PREDECLARATIONS + "?limit=10&cursor=42"
    assert "Signature" in sent.headers
    assert "Content-Digest" not in sent.headers


def test_enrolment_is_not_signed(scripted: Any) -> None:
    client, adapter = scripted((200, {"gate": "MONGCAI"}, {}))
    client.enrol("CODE", "pub")
    sent = adapter.sent[0]
    assert "Signature" not in sent.headers
    assert json.loads(sent.body) == {"protocol": protocol.PROTOCOL, "code": "CODE",
                                     "public_key": "pub"}


CAPTIVE = (200, b"<html>Please log in to the Wi-Fi</html>",
           {"Content-Type": "text/html", "BD-Protocol": None})


@pytest.mark.parametrize(("answer", "code"), [
    (CAPTIVE, "not_protocol"),
    # the header alone is not enough, nor the body alone
    ((200, {"batch_id": "b"}, {"BD-Protocol": None}), "not_protocol"),
    ((200, b'{"batch_id": "b", "results": []}', {}), "not_protocol"),
    ((200, b'{"protocol":"borderdesk-sync/1","batch_id":"batch-1","resu', {}),
     "not_protocol"),
    ((302, b"", {"Location": "http://login.example/", "BD-Protocol": None}),
     "not_protocol"),
    ((502, b"Bad gateway", {"BD-Protocol": None}), "not_protocol"),
    ((500, {"error": {"code": "unavailable", "message": "x"}}, {}), "unavailable"),
    (requests.exceptions.ReadTimeout("read timed out"), "timeout"),
    (requests.exceptions.ConnectionError(urllib3.exceptions.ProtocolError(
        "Connection aborted.", ConnectionResetError())), "network"),
    (requests.exceptions.ChunkedEncodingError("cut"), "network"),
])
def test_unknown_outcomes_of_a_write(scripted: Any, answer: Any, code: str) -> None:
    client, _ = scripted(answer)
    with pytest.raises(OutcomeUnknown) as info:
        client.send_batch(_batch())
    assert info.value.code == code
    assert not info.value.unprocessed


def test_a_result_list_that_does_not_answer_the_batch_is_not_an_ack(scripted: Any
                                                                   ) -> None:
    batch = _batch(2)
    partial = {"batch_id": "batch-1",
               "results": [{"message_id": "m0", "status": "accepted"}]}
    client, _ = scripted((200, partial, {}))
    with pytest.raises(OutcomeUnknown, match="exactly"):
        client.send_batch(batch)


@pytest.mark.parametrize("answer", [
    CAPTIVE,
    requests.exceptions.ReadTimeout("read timed out"),
    (500, {"error": {"code": "unavailable", "message": "x"}}, {}),
])
def test_the_same_failures_on_a_read_are_plain_transient(scripted: Any, answer: Any
                                                         ) -> None:
    client, _ = scripted(answer)
    with pytest.raises(TransientError) as info:
        client.limits()
    assert type(info.value) is TransientError


@pytest.mark.parametrize("exc", [
    requests.exceptions.ConnectTimeout("connect timed out"),
    requests.exceptions.ConnectionError(urllib3.exceptions.MaxRetryError(
        None, "/", urllib3.exceptions.NewConnectionError(None, "refused"))),  # type: ignore[arg-type]
])
def test_a_connection_never_made_is_known_unprocessed(scripted: Any, exc: Exception
                                                     ) -> None:
    client, _ = scripted(exc)
    with pytest.raises(TransientError) as info:
        client.send_batch(_batch())
    assert type(info.value) is TransientError
    assert info.value.unprocessed
    assert info.value.code == "unreachable"


@pytest.mark.parametrize(("status", "code"), [(503, "unavailable"), (429, "rate_limited")])
def test_the_portal_saying_wait_is_unprocessed_with_retry_after(
        scripted: Any, status: int, code: str) -> None:
    client, _ = scripted((status, {"error": {"code": code, "message": "busy"}},
                          {"Retry-After": "17"}))
    with pytest.raises(TransientError) as info:
        client.send_batch(_batch())
    assert type(info.value) is TransientError
    assert (info.value.code, info.value.retry_after, info.value.unprocessed) == (
        code, 17.0, True)


def test_batch_in_progress_is_an_unknown_outcome_to_wait_for(scripted: Any) -> None:
    client, _ = scripted((409, {"error": {"code": "batch_in_progress", "message": ""}},
                          {}))
    with pytest.raises(OutcomeUnknown) as info:
        client.send_batch(_batch())
    assert info.value.code == "batch_in_progress"
    assert info.value.retry_after == 1.0


@pytest.mark.parametrize("marker", [protocol.PROTOCOL, None])
def test_413_means_too_large(scripted: Any, marker: str | None) -> None:
    client, _ = scripted((413, {"error": {"code": "too_large", "message": ""}},
                          {"BD-Protocol": marker}))
    with pytest.raises(TooLarge):
        client.send_batch(_batch())


@pytest.mark.parametrize(("status", "code", "kind"), [
    (401, "unauthenticated", AuthError), (401, "replayed", AuthError),
    (401, "digest_mismatch", AuthError), (403, "unknown_terminal", AuthError),
    (422, "idempotency_key_reused", RejectedError), (400, "bad_request", RejectedError),
])
def test_protocol_4xx_are_rejections(scripted: Any, status: int, code: str,
                                     kind: type[Exception]) -> None:
    client, _ = scripted((status, {"error": {"code": code, "message": "no"}}, {}))
    with pytest.raises(kind) as info:
        client.send_batch(_batch())
    assert info.value.code == code  # type: ignore[attr-defined]
    assert not isinstance(info.value, TransientError)


def test_a_4xx_without_the_marker_is_not_the_portal_talking(scripted: Any) -> None:
    client, _ = scripted((403, b"Forbidden by proxy", {"BD-Protocol": None}))
    with pytest.raises(OutcomeUnknown):
        client.send_batch(_batch())


def test_a_gzip_answer_is_read(scripted: Any) -> None:
    """A real urllib3 response with Content-Encoding: gzip (as the portal sends)."""
    import io

    from requests.adapters import HTTPAdapter

    body = gzip.compress(json.dumps({"protocol": protocol.PROTOCOL,
                                     "max_batch_messages": 7}).encode())

    class GzipAdapter(HTTPAdapter):
        def send(self, request: Any, **kwargs: Any) -> requests.Response:
            raw = urllib3.response.HTTPResponse(
                body=io.BytesIO(body), headers={"Content-Encoding": "gzip",
                                                "BD-Protocol": protocol.PROTOCOL},
                status=200, preload_content=False, decode_content=True)
            return self.build_response(request, raw)

    session = requests.Session()
    session.mount(BASE_URL, GzipAdapter())
    client = PortalClient(session, BASE_URL, KEY, "MONGCAI/T01")
    try:
        assert client.limits()["max_batch_messages"] == 7
    finally:
        client.close()


def test_a_bad_address_is_a_rejection_not_a_retry() -> None:
    client = PortalClient(requests.Session(), "portal-without-scheme", KEY, "G/T")
    try:
        with pytest.raises(RejectedError) as info:
            client.limits()
        assert info.value.code == "invalid_url"
    finally:
        client.close()
