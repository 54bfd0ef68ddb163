"""An in-memory portal that honours the sync wire spec, mounted as a ``requests`` adapter.

Used by ``tests/sync``: the real :class:`sync.client.PortalClient` talks to it through
a real ``requests.Session``, so signing, gzip and response classification all run.
It verifies signatures (``sync.signing.verify``) against enrolled keys, deduplicates
messages by id and hash, keeps idempotency records per batch id, and serves the
pre-declaration and watch-list delta feeds and the keys.

Faults (``portal.fault(path, kind, times=1)``), checked before each request to
``path`` (``"*"`` for any):

- ``timeout`` — ReadTimeout without processing; ``timeout_after_commit`` — process
  and commit, then ReadTimeout (the reply is lost); ``drop_after_commit`` — same with
  a reset connection; ``crash_after_commit`` — process, then raise :class:`Crash`
  (a ``BaseException``, like the process dying);
- ``connect`` — connection refused; ``captive`` — a 200 HTML login page;
  ``truncated`` — protocol header, JSON cut short; ``503`` / ``429`` / ``500`` —
  protocol errors (``Retry-After`` from ``retry_after``); ``413``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
import urllib3.exceptions
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from borderdesk.core.signed import b64decode, b64encode, key_id, load_public_key, \
    public_key_bytes
from sync import protocol
from sync.signing import SignatureRejected, verify

BASE_URL = "http://portal.test"


class Crash(BaseException):  # noqa: N818 — stands for the process dying
    """Raised by ``crash_after_commit``: not an Exception, so nothing catches it."""


@dataclass
class Fault:
    path: str
    kind: str
    times: int = 1
    retry_after: int | None = None


@dataclass
class Held:
    message_id: str
    function: str
    crossing_id: str
    ref: str | None
    payload_sha256: str
    payload: dict[str, Any]
    batch_id: str


@dataclass
class FakePortal:
    gate: str = "MONGCAI"
    max_batch_messages: int = 100
    max_batch_bytes: int = protocol.MAX_BATCH_BYTES
    #: a 413 above this many messages, whatever is advertised (tests the halving)
    enforce_max_messages: int | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def __post_init__(self) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.watchlist_key = os.urandom(32)
        self.codes: dict[str, tuple[str, str]] = {}
        self.terminals: dict[str, dict[str, Any]] = {}  # key_id -> wire form
        self.held: dict[str, Held] = {}  # message id -> message
        self.stored_log: list[str] = []  # every message id stored (once each)
        self.crossings: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, tuple[str, bytes]] = {}
        self.audit_heads: list[str] = []
        self.nonces: set[str] = set()
        self.faults: list[Fault] = []
        self.reject_crossings: set[str] = set()  # crossing ids answered payload_invalid
        self.requests: list[dict[str, Any]] = []
        self.predeclarations: list[dict[str, Any]] = []
        self.watchlist: list[dict[str, Any]] = []
        self._seq = 0

    # -- set-up helpers ------------------------------------------------------------

    def add_code(self, code: str, gate: str | None = None, terminal: str = "T01") -> str:
        self.codes[code] = (gate or self.gate, terminal)
        return code

    def fault(self, path: str, kind: str, times: int = 1,
              retry_after: int | None = None) -> None:
        self.faults.append(Fault(path, kind, times, retry_after))

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def add_predeclaration(self, reference: str, **fields: Any) -> dict[str, Any]:
        item = {"reference": reference, "declarant": "Công ty ABC", "gate": self.gate,
                "direction": "entry", "expected_date": "2026-03-10", "status": "approved",
                "persons": [], "vehicle": None, **fields, "seq": self.next_seq()}
        self.predeclarations = [p for p in self.predeclarations
                                if p["reference"] != reference] + [item]
        return item

    def add_watch(self, entry_id: str, key: str, category: str = "alert") -> None:
        self.watchlist.append({"seq": self.next_seq(), "op": "add", "entry_id": entry_id,
                               "key": key, "category": category})

    def remove_watch(self, entry_id: str) -> None:
        self.watchlist.append({"seq": self.next_seq(), "op": "remove",
                               "entry_id": entry_id, "key": None, "category": None})

    def add_terminal(self, gate: str, terminal: str) -> str:
        key = Ed25519PrivateKey.generate().public_key()
        kid = key_id(key)
        self.terminals[kid] = {"key_id": kid, "gate": gate, "terminal": terminal,
                               "public_key": b64encode(public_key_bytes(key)),
                               "revoked": False}
        return kid

    def revoke(self, kid: str) -> None:
        self.terminals[kid]["revoked"] = True

    def session(self) -> requests.Session:
        s = requests.Session()
        s.trust_env = False
        s.mount(BASE_URL, _Adapter(self))
        return s

    def paths(self, method: str | None = None) -> list[str]:
        return [r["path"] for r in self.requests if method in (None, r["method"])]

    # -- request handling -----------------------------------------------------------

    def handle(self, request: requests.PreparedRequest) -> requests.Response:
        url = urlsplit(request.url or "")
        path = url.path
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        raw = request.body or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        entry = {"method": request.method, "path": path, "query": query, "raw": raw}
        self.requests.append(entry)
        fault = self._take_fault(path)
        if fault is not None:
            early = self._fault_before(fault, request)
            if early is not None:
                entry["status"] = early.status_code
                return early
        status, body, headers = self._dispatch(request, path, query, raw)
        entry["status"] = status
        if fault is not None and fault.kind == "timeout_after_commit":
            raise requests.exceptions.ReadTimeout("read timed out (after commit)")
        if fault is not None and fault.kind == "drop_after_commit":
            raise requests.exceptions.ConnectionError(
                urllib3.exceptions.ProtocolError("Connection aborted.",
                                                 ConnectionResetError(104, "reset")))
        if fault is not None and fault.kind == "crash_after_commit":
            raise Crash("the terminal died after the portal committed")
        return _response(request, status, body, headers)

    def _take_fault(self, path: str) -> Fault | None:
        for f in self.faults:
            if f.times > 0 and f.path in (path, "*"):
                f.times -= 1
                return f
        return None

    def _fault_before(self, fault: Fault, request: requests.PreparedRequest
                      ) -> requests.Response | None:
        kind = fault.kind
        if kind == "timeout":
            raise requests.exceptions.ReadTimeout("read timed out")
        if kind == "connect":
            raise requests.exceptions.ConnectionError(urllib3.exceptions.MaxRetryError(
                None, request.url,  # type: ignore[arg-type]
                urllib3.exceptions.NewConnectionError(None, "refused")))  # type: ignore[arg-type]
        if kind == "captive":
            return _response(request, 200, b"<html><body>Wi-Fi login</body></html>",
                             {"Content-Type": "text/html"}, protocol_header=False)
        if kind == "truncated":
            return _response(request, 200, b'{"protocol":"borderdesk-sync/1","batch_',
                             {})
        if kind.isdigit():
            status = int(kind)
            code = {503: "unavailable", 429: "rate_limited", 413: "too_large",
                    500: "unavailable", 409: "batch_in_progress"}.get(status,
                                                                     "bad_request")
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after else {}
            return _response(request, status, _error_body(code, kind), headers)
        return None

    def _dispatch(self, request: requests.PreparedRequest, path: str,
                  query: dict[str, str], raw: bytes
                  ) -> tuple[int, bytes, dict[str, str]]:
        try:
            if path == protocol.PATH_ENROL:
                return self._enrol(self._decode(request, raw))
            terminal = self._authenticate(request, raw)
            if path == protocol.PATH_LIMITS:
                return _ok({"max_batch_messages": self.max_batch_messages,
                            "max_batch_bytes": self.max_batch_bytes,
                            "replay_window_s": protocol.REPLAY_WINDOW_S})
            if path == protocol.PATH_BATCH:
                return self._batch(request, terminal, raw)
            if path == protocol.PATH_RECONCILE:
                return self._reconcile(self._decode(request, raw))
            if path == protocol.PATH_PREDECLARATIONS:
                return self._feed(self.predeclarations, query)
            if path == protocol.PATH_WATCHLIST:
                version = max((w["seq"] for w in self.watchlist), default=0)
                return self._feed(self.watchlist, query, version=version)
            if path == protocol.PATH_KEYS:
                return _ok({"portal": [self._portal_key()],
                            "terminals": list(self.terminals.values())})
        except _Error as exc:
            return exc.status, _error_body(exc.code, str(exc)), {}
        return 404, _error_body("bad_request", "no such path"), {}

    def _decode(self, request: requests.PreparedRequest, raw: bytes) -> dict[str, Any]:
        if request.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        doc = json.loads(raw)
        if doc.get("protocol") != protocol.PROTOCOL:
            raise _Error(400, "unsupported_protocol")
        return doc

    def _portal_key(self) -> dict[str, str]:
        public = self.key.public_key()
        return {"key_id": key_id(public), "public_key": b64encode(public_key_bytes(public))}

    def _enrol(self, doc: dict[str, Any]) -> tuple[int, bytes, dict[str, str]]:
        code = doc.get("code")
        if code not in self.codes:
            raise _Error(403, "enrolment_code_invalid")
        gate, terminal = self.codes.pop(code)
        public = load_public_key(b64decode(doc["public_key"]))
        kid = key_id(public)
        self.terminals[kid] = {"key_id": kid, "gate": gate, "terminal": terminal,
                               "public_key": doc["public_key"], "revoked": False}
        portal = self._portal_key()
        return _ok({"gate": gate, "terminal": terminal, "key_id": kid,
                    "portal_public_key": portal["public_key"],
                    "portal_key_id": portal["key_id"],
                    "terminal_keys": [t for t in self.terminals.values()
                                      if t["gate"] == gate],
                    "watchlist_key": b64encode(self.watchlist_key),
                    "limits": {"max_batch_messages": self.max_batch_messages,
                               "max_batch_bytes": self.max_batch_bytes,
                               "replay_window_s": protocol.REPLAY_WINDOW_S}})

    def _authenticate(self, request: requests.PreparedRequest, raw: bytes
                      ) -> dict[str, Any]:
        def lookup(kid: str) -> Any:
            t = self.terminals.get(kid)
            if t is None or t["revoked"]:
                return None
            return load_public_key(b64decode(t["public_key"]))

        try:
            verified = verify(request.method or "GET", request.url or "",
                              dict(request.headers), raw, lookup, now=self.clock())
        except SignatureRejected as exc:
            raise _Error(403 if exc.code == "unknown_terminal" else 401, exc.code) from None
        if verified.nonce in self.nonces:
            raise _Error(401, "replayed")
        self.nonces.add(verified.nonce)
        terminal = self.terminals[verified.key_id]
        if verified.terminal != f"{terminal['gate']}/{terminal['terminal']}":
            raise _Error(403, "unknown_terminal")
        return terminal

    def _batch(self, request: requests.PreparedRequest, terminal: dict[str, Any],
               raw: bytes) -> tuple[int, bytes, dict[str, str]]:
        if len(raw) > self.max_batch_bytes:
            raise _Error(413, "too_large")
        doc = self._decode(request, raw)
        batch_id = doc["batch_id"]
        if request.headers.get(protocol.IDEMPOTENCY_HEADER) != batch_id:
            raise _Error(400, "bad_request")
        messages = doc["messages"]
        limit = self.enforce_max_messages or self.max_batch_messages
        if len(messages) > limit:
            raise _Error(413, "too_large")
        fingerprint = protocol.sha256_hex(doc)
        if batch_id in self.batches:
            earlier_hash, body = self.batches[batch_id]
            if earlier_hash != fingerprint:
                raise _Error(422, "idempotency_key_reused")
            return 200, body, {}
        results = [self._one(m, terminal, batch_id) for m in messages]
        body = _body({"batch_id": batch_id, "results": [r.to_wire() for r in results]})
        self.batches[batch_id] = (fingerprint, body)
        if doc.get("audit_head"):
            self.audit_heads.append(doc["audit_head"])
        return 200, body, {}

    def _one(self, m: dict[str, Any], terminal: dict[str, Any], batch_id: str
             ) -> protocol.Result:
        mid, payload = m["message_id"], m["payload"]
        R, S = protocol.Result, protocol.Status  # noqa: N806
        if protocol.sha256_hex(payload) != m["payload_sha256"]:
            return R(mid, S.REJECTED, "hash_mismatch")
        held = self.held.get(mid)
        if held is not None:
            if held.payload_sha256 == m["payload_sha256"]:
                return R(mid, S.DUPLICATE)
            return R(mid, S.CONFLICT, "id_conflict", "message_id")
        function, cid, ref = m["function"], m["crossing_id"], m.get("ref")
        if cid in self.reject_crossings:
            return R(mid, S.REJECTED, "payload_invalid", "poisoned for the test")
        if function in ("01", "02"):
            if payload.get("gate") != terminal["gate"]:
                return R(mid, S.REJECTED, "wrong_gate")
            if cid in self.crossings:
                return R(mid, S.CONFLICT, "id_conflict", "crossing_id")
            if function == "02":
                old = self.crossings.get(ref or "")
                if old is None:
                    return R(mid, S.REJECTED, "unknown_reference", ref)
                if old["superseded_by"] or old["cancelled_by"]:
                    return R(mid, S.CONFLICT, "already_superseded")
                old["superseded_by"] = cid
            self.crossings[cid] = {"hash": m["payload_sha256"], "superseded_by": None,
                                   "cancelled_by": None}
        elif function == "03":
            old = self.crossings.get(ref or "")
            if old is None or payload.get("crossing_id") != ref:
                return R(mid, S.REJECTED, "unknown_reference", ref)
            if old["cancelled_by"] or old["superseded_by"]:
                return R(mid, S.CONFLICT, "already_superseded")
            old["cancelled_by"] = mid
        else:
            return R(mid, S.REJECTED, "payload_invalid", "function_unknown")
        self.held[mid] = Held(mid, function, cid, ref, m["payload_sha256"], payload,
                              batch_id)
        self.stored_log.append(mid)
        return R(mid, S.ACCEPTED)

    def _reconcile(self, doc: dict[str, Any]) -> tuple[int, bytes, dict[str, str]]:
        out = []
        for item in doc["messages"]:
            held = self.held.get(item["message_id"])
            if held is None:
                out.append({"message_id": item["message_id"], "state": "missing"})
            else:
                same = held.payload_sha256 == item["payload_sha256"]
                out.append({"message_id": item["message_id"],
                            "state": "held" if same else "conflict",
                            "status": "accepted"})
        return _ok({"results": out})

    @staticmethod
    def _feed(items: list[dict[str, Any]], query: dict[str, str], **extra: Any
              ) -> tuple[int, bytes, dict[str, str]]:
        after = int(query.get("cursor") or 0)
        limit = int(query.get("limit") or 100)
        rest = sorted((i for i in items if i["seq"] > after), key=lambda i: i["seq"])
        page = rest[:limit]
        next_cursor = str(page[-1]["seq"]) if page else (str(after) if after else "")
        return _ok({**extra, "items": page, "next_cursor": next_cursor,
                    "more": len(rest) > limit})


class _Error(Exception):
    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code


def _body(data: dict[str, Any]) -> bytes:
    return json.dumps({"protocol": protocol.PROTOCOL, **data},
                      ensure_ascii=False).encode("utf-8")


def _ok(data: dict[str, Any]) -> tuple[int, bytes, dict[str, str]]:
    return 200, _body(data), {}


def _error_body(code: str, message: str) -> bytes:
    return _body({"error": {"code": code, "message": message}})


def _response(request: requests.PreparedRequest, status: int, body: bytes,
              headers: dict[str, str], *, protocol_header: bool = True
              ) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.headers = CaseInsensitiveDict(
        {"Content-Type": "application/json", **headers})
    if protocol_header:
        response.headers[protocol.PROTOCOL_HEADER] = protocol.PROTOCOL
    response.raw = io.BytesIO(body)
    response.url = request.url or ""
    response.request = request
    response.reason = "fake"
    return response


class _Adapter(BaseAdapter):
    def __init__(self, portal: FakePortal) -> None:
        super().__init__()
        self.portal = portal

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        return self.portal.handle(request)

    def close(self) -> None:
        pass


class ScriptedAdapter(BaseAdapter):
    """Answers each request with the next scripted item: a ``(status, body, headers)``
    tuple (body bytes or a dict, sent with the protocol marker unless headers say
    ``{"BD-Protocol": None}``), or an exception instance to raise."""

    def __init__(self, *script: Any) -> None:
        super().__init__()
        self.script = list(script)
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        self.sent.append(request)
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        status, body, headers = item
        headers = dict(headers)
        marker = headers.pop(protocol.PROTOCOL_HEADER, protocol.PROTOCOL)
        if isinstance(body, dict):
            body = _body(body)
        response = _response(request, status, body, headers, protocol_header=False)
        if marker is not None:
            response.headers[protocol.PROTOCOL_HEADER] = marker
        return response

    def close(self) -> None:
        pass
