"""The terminal's HTTP client for the portal: signed, compressed, and strict about
what counts as an answer.

Every request except enrolment is signed (:func:`sync.signing.sign`); request bodies
are gzip-compressed; responses are accepted only with the protocol marker in the
header *and* the body (a captive portal's 200 page is never an acknowledgement). Each
failure is classified for the outbox (see :mod:`sync.errors`):

====================================================  ===============================
what happened                                          raised
====================================================  ===============================
connection never made (DNS, refused, connect timeout)  TransientError(unprocessed)
timeout/reset after sending, truncated or non-JSON     OutcomeUnknown (writes) /
body, non-protocol answer (any status but 413), 5xx    TransientError (reads)
protocol 429 / 503 (the portal refused, did nothing)   TransientError(unprocessed)
413                                                    TooLarge
protocol 401 / 403                                     AuthError
other protocol 4xx                                     RejectedError(code)
====================================================  ===============================

No retries happen here: the engine decides, with backoff it persists. Redirects are
not followed (a POST must never be replayed elsewhere; a captive portal redirects).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import requests
import urllib3.exceptions
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from borderdesk.core import jsontext
from sync import protocol
from sync.errors import (
    AuthError,
    OutcomeUnknown,
    RejectedError,
    TooLarge,
    TransientError,
)
from sync.retry import parse_retry_after
from sync.signing import sign

USER_AGENT = "borderdesk-sync/1"
DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read) seconds; never unbounded


class HasPrivateKey(Protocol):
    """``borderdesk.keys.TerminalKey`` (or anything with its ``private`` key)."""

    @property
    def private(self) -> Ed25519PrivateKey: ...


def _private(key: HasPrivateKey | Ed25519PrivateKey) -> Ed25519PrivateKey:
    return key if isinstance(key, Ed25519PrivateKey) else key.private


def _never_connected(exc: BaseException) -> bool:
    """True when the request certainly did not reach the server."""
    if isinstance(exc, requests.exceptions.ConnectTimeout
                  | requests.exceptions.SSLError):
        return True
    if isinstance(exc, requests.exceptions.ProxyError):
        return False
    reason: Any = exc.args[0] if exc.args else None
    if isinstance(reason, urllib3.exceptions.MaxRetryError):
        reason = reason.reason
    return isinstance(reason, urllib3.exceptions.NewConnectionError
                      | urllib3.exceptions.ConnectTimeoutError)


def gzip_json(data: Any) -> bytes:
    """Compact JSON, gzip-compressed deterministically (no timestamp in the header)."""
    return gzip.compress(jsontext.compact_bytes(data), compresslevel=6, mtime=0)


class PortalClient:
    """One portal, one terminal identity, one ``requests.Session`` (injected).

    Args:
        session: the HTTP session (tests mount a fake adapter on it).
        base_url: e.g. ``https://portal.example/`` (paths are appended).
        key: the terminal's signing key (a ``TerminalKey`` or an Ed25519 private key).
        terminal: ``"<gate>/<terminal>"``, sent as ``BD-Terminal``.
        timeout: ``(connect, read)`` seconds.
        verify: TLS verification (a CA bundle path, or False for tests only).
    """

    def __init__(self, session: requests.Session, base_url: str,
                 key: HasPrivateKey | Ed25519PrivateKey, terminal: str,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 verify: bool | str = True) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self._key = _private(key)
        self.terminal = terminal
        self.timeout = timeout
        self.verify = verify

    def close(self) -> None:
        self.session.close()

    # -- endpoints -----------------------------------------------------------------

    def enrol(self, code: str, public_key: str) -> dict[str, Any]:
        """``POST /v1/enrol`` (unsigned): register ``public_key`` (base64url raw)."""
        body = json.dumps({"protocol": protocol.PROTOCOL, "code": code,
                           "public_key": public_key}).encode("utf-8")
        return self._request("POST", protocol.PATH_ENROL, body=body, gzipped=False,
                             signed=False, write=True)

    def limits(self) -> dict[str, Any]:
        return self._request("GET", protocol.PATH_LIMITS)

    @staticmethod
    def encode_batch(batch: protocol.BatchRequest) -> bytes:
        """The request body of a batch, as sent (gzip); its length is what
        ``max_batch_bytes`` limits. Stored payloads (:class:`~sync.protocol.RawJSON`)
        go in as they are, without being parsed again."""
        text = protocol.batch_json(batch)
        return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)

    def sign_batch(self, batch: protocol.BatchRequest, body: bytes | None = None
                   ) -> requests.PreparedRequest:
        """The batch's request, signed, for :meth:`send_batch` to send once (soon:
        the signature's ``created`` time counts against the portal's replay window).
        Lets the engine sign batch N+1 while the portal works on batch N."""
        return self._prepare(
            "POST", protocol.PATH_BATCH, body=body or self.encode_batch(batch),
            headers={protocol.IDEMPOTENCY_HEADER: batch.batch_id})

    def send_batch(self, batch: protocol.BatchRequest, body: bytes | None = None,
                   signed: requests.PreparedRequest | None = None
                   ) -> list[protocol.Result]:
        """``POST /v1/messages/batch``; the per-message results, in batch order.
        ``signed``: the request from :meth:`sign_batch`, never sent before.

        Raises:
            OutcomeUnknown: the portal may or may not have stored the batch.
            TransientError, TooLarge, RejectedError: see the module docstring.
        """
        data = self._send(signed or self.sign_batch(batch, body), write=True)
        try:
            return protocol.parse_batch_response(data, batch.messages)
        except protocol.ProtocolError as exc:
            raise OutcomeUnknown(exc.code, str(exc)) from exc

    def reconcile(self, messages: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """``POST /v1/messages/reconcile`` with ``(message_id, payload_sha256)`` pairs:
        what the portal holds (``held`` / ``missing`` / ``conflict``) per message."""
        body = gzip_json({"protocol": protocol.PROTOCOL, "messages": [
            {"message_id": mid, "payload_sha256": digest} for mid, digest in messages]})
        data = self._request("POST", protocol.PATH_RECONCILE, body=body)
        results = data.get("results")
        if not isinstance(results, list) or not all(isinstance(r, dict)
                                                    for r in results):
            raise TransientError("bad_response", "reconcile results missing")
        return results

    def predeclarations(self, cursor: str | None, limit: int) -> dict[str, Any]:
        return self._feed(protocol.PATH_PREDECLARATIONS, cursor, limit)

    def watchlist(self, cursor: str | None, limit: int) -> dict[str, Any]:
        return self._feed(protocol.PATH_WATCHLIST, cursor, limit)

    def keys(self) -> dict[str, Any]:
        return self._request("GET", protocol.PATH_KEYS)

    def _feed(self, path: str, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        data = self._request("GET", path, params=params)
        if not isinstance(data.get("items"), list):
            raise TransientError("bad_response", f"{path}: items missing")
        return data

    # -- transport -----------------------------------------------------------------

    def _request(self, method: str, path: str, *, body: bytes | None = None,
                 params: Mapping[str, Any] | None = None, write: bool = False,
                 signed: bool = True, gzipped: bool = True,
                 headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Send one request and return the protocol body of a 2xx answer (see
        :meth:`_send` for ``write``)."""
        return self._send(self._prepare(method, path, body=body, params=params,
                                        signed=signed, gzipped=gzipped,
                                        headers=headers), write=write)

    def _prepare(self, method: str, path: str, *, body: bytes | None = None,
                 params: Mapping[str, Any] | None = None, signed: bool = True,
                 gzipped: bool = True, headers: Mapping[str, str] | None = None
                 ) -> requests.PreparedRequest:
        """The request as it will leave, signed (unless ``signed=False``)."""
        head = {"Accept": "application/json", "Accept-Encoding": "gzip",
                "User-Agent": USER_AGENT, **(headers or {})}
        if body is not None:
            head["Content-Type"] = "application/json"
            if gzipped:
                head["Content-Encoding"] = "gzip"
        request = requests.Request(method, self.base_url + path, headers=head,
                                   data=body, params=dict(params or {}))
        try:
            prepared = self.session.prepare_request(request)
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema, ValueError) as exc:
            raise RejectedError("invalid_url", f"bad portal address: {exc}") from exc
        if signed:
            sign(prepared, self._key, self.terminal)
        return prepared

    def _send(self, prepared: requests.PreparedRequest, *, write: bool
              ) -> dict[str, Any]:
        """Send a prepared request; the protocol body of a 2xx answer.

        ``write``: the request changes state at the portal, so an unknown outcome
        raises OutcomeUnknown rather than a plain TransientError.
        """
        unknown = OutcomeUnknown if write else TransientError
        try:
            settings = self.session.merge_environment_settings(
                prepared.url, {}, False, self.verify, None)
            response = self.session.send(prepared, timeout=self.timeout,
                                         allow_redirects=False, **settings)
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema) as exc:
            raise RejectedError("invalid_url", f"bad portal address: {exc}") from exc
        except requests.exceptions.RequestException as exc:
            if _never_connected(exc):
                raise TransientError("unreachable", f"{type(exc).__name__}: {exc}",
                                     unprocessed=True) from exc
            timeout = isinstance(exc, requests.exceptions.Timeout)
            code = "timeout" if timeout else "network"
            raise unknown(code, f"{type(exc).__name__}: {exc}") from exc
        try:
            return self._classify(response, unknown)
        finally:
            response.close()

    @staticmethod
    def _classify(response: requests.Response, unknown: type[TransientError]
                  ) -> dict[str, Any]:
        status = response.status_code
        try:
            decoded: Any = jsontext.loads(response.content)
        except ValueError:  # not JSON, not UTF-8, or cut short
            decoded = None
        try:
            body: dict[str, Any] | None = protocol.require_protocol(response.headers,
                                                                    decoded)
        except protocol.ProtocolError:
            body = None
        retry_after = parse_retry_after(
            response.headers.get(protocol.RETRY_AFTER_HEADER))
        if 200 <= status < 300:
            if body is None:
                raise unknown("not_protocol",
                              f"HTTP {status} without the protocol marker (captive "
                              "portal or proxy?)", status=status,
                              retry_after=retry_after)
            return body
        error = body.get("error") if body else None
        code = str(error.get("code")) if isinstance(error, dict) and error.get("code") \
            else f"http_{status}"
        message = str(error.get("message", "")) if isinstance(error, dict) else ""
        if status == 413:
            raise TooLarge(code if body else "too_large",
                           message or "request too large", status=status)
        if body is None:
            raise unknown("not_protocol", f"HTTP {status} without the protocol marker",
                          status=status, retry_after=retry_after)
        if status in (408, 429) or status >= 500:
            if status in (429, 503):
                raise TransientError(code, message, status=status,
                                     retry_after=retry_after, unprocessed=True)
            raise unknown(code, message, status=status, retry_after=retry_after)
        if status == 409 and code == "batch_in_progress":
            raise unknown(code, message, status=status, retry_after=retry_after or 1.0)
        if status in (401, 403):
            raise AuthError(code, message, status=status)
        raise RejectedError(code, message, status=status)


__all__ = ["DEFAULT_TIMEOUT", "PortalClient", "gzip_json"]
