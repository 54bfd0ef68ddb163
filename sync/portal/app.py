"""The reference portal as a Flask app: every endpoint of ``sync/openapi.yaml``.

:func:`create_app` builds it; :mod:`sync.portal.server` serves it with waitress. Rules
that hold for every endpoint:

- every response carries ``BD-Protocol: borderdesk-sync/1`` and a JSON body with
  ``"protocol": "borderdesk-sync/1"``; errors are ``{"protocol", "error": {"code",
  "message"}}``;
- request bodies may be gzip-compressed; responses are gzip-compressed when the client
  accepts it; a body larger than ``max_batch_bytes`` (as sent) is refused with 413;
- everything but ``POST /v1/enrol`` must carry a valid RFC 9421 signature of an
  enrolled, non-revoked terminal key, a fresh nonce, and the matching ``BD-Terminal``.
  A refused request stores nothing (its nonce included);
- ``POST /v1/messages/batch`` answers only after the transaction holding the batch's
  effects, its idempotency record and the request's nonce has committed.

The database connection is opened per request (sqlite3 connections belong to one
thread; waitress serves requests on a pool of threads).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import hmac
import json
import logging
import re
import secrets
import sqlite3
import threading
import weakref
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from borderdesk.core import jsontext
from borderdesk.core.signed import b64decode, b64encode, key_id, load_public_key
from sync.portal import admin
from sync.portal.faults import FaultMiddleware, FaultRule, Faults
from sync.portal.ingest import (
    BatchProcessor,
    BatchShapeError,
    Sender,
    canonical_request,
    check_shape,
)
from sync.portal.store import (
    Checkpointer,
    PortalStore,
    TerminalKey,
    load_or_create_portal_key,
)
from sync.protocol import (
    IDEMPOTENCY_HEADER,
    MAX_BATCH_BYTES,
    MAX_BATCH_MESSAGES,
    PATH_BATCH,
    PATH_ENROL,
    PATH_KEYS,
    PATH_LIMITS,
    PATH_PREDECLARATIONS,
    PATH_RECONCILE,
    PATH_WATCHLIST,
    PROTOCOL,
    PROTOCOL_HEADER,
    REPLAY_WINDOW_S,
    RETRY_AFTER_HEADER,
)
from sync.signing import SignatureRejected, verify

log = logging.getLogger("sync.portal")

PATH_ADMIN_FAULTS = "/_admin/faults"
MAX_RECONCILE = 5000
PREDECLARATIONS_LIMIT = (200, 500)  # (default, maximum) items per page
WATCHLIST_LIMIT = (1000, 5000)
#: Idempotency records are kept this long (the per-message de-duplication is forever).
IDEMPOTENCY_TTL = timedelta(days=7)
MAX_DECODED_BYTES = 64 * 1024 * 1024
_LOOPBACK = {"127.0.0.1", "::1", "::ffff:127.0.0.1"}
_CURSOR = re.compile(r"^[0-9]{1,18}\Z")
_STATUS_OF = {
    "unauthenticated": 401,
    "replayed": 401,
    "digest_mismatch": 401,
    "unknown_terminal": 403,
}


@dataclass(frozen=True, slots=True)
class Limits:
    """What the portal advertises (GET /v1/limits) and enforces."""

    max_batch_messages: int = MAX_BATCH_MESSAGES
    max_batch_bytes: int = MAX_BATCH_BYTES
    replay_window_s: int = REPLAY_WINDOW_S

    def to_wire(self) -> dict[str, int]:
        return {
            "max_batch_messages": self.max_batch_messages,
            "max_batch_bytes": self.max_batch_bytes,
            "replay_window_s": self.replay_window_s,
        }


class ApiError(Exception):
    """An error answer: HTTP status, protocol error code, message."""

    def __init__(
        self, status: int, code: str, message: str, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after


@dataclass
class PortalState:
    """Per-app state, at ``app.extensions["borderdesk_portal"]``."""

    db_path: Path
    clock: Callable[[], datetime]
    faults: Faults
    limits: Limits
    portal_key: Any
    admin_token: str | None = None
    public_url: str | None = None
    checkpointer: Checkpointer | None = None
    #: batch ids being processed now (a second request with one gets 409)
    in_progress: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @contextlib.contextmanager
    def claim(self, batch_id: str) -> Iterator[bool]:
        with self.lock:
            busy = batch_id in self.in_progress
            if not busy:
                self.in_progress.add(batch_id)
        try:
            yield not busy
        finally:
            if not busy:
                with self.lock:
                    self.in_progress.discard(batch_id)


def _state() -> PortalState:
    from flask import current_app

    state: PortalState = current_app.extensions["borderdesk_portal"]
    return state


def _store() -> PortalStore:
    store: PortalStore | None = g.get("portal_store")
    if store is None:
        state = _state()
        store = g.portal_store = PortalStore.open(
            state.db_path, autocheckpoint=state.checkpointer is None)
    return store


def encode(data: dict[str, Any]) -> bytes:
    """A protocol JSON body (the marker first)."""
    return jsontext.compact_bytes({"protocol": PROTOCOL, **data})


def _json(data: dict[str, Any], status: int = 200) -> Response:
    return Response(encode(data), status=status, mimetype="application/json")


def _error(
    status: int, code: str, message: str, retry_after: int | None = None
) -> Response:
    response = _json({"error": {"code": code, "message": message}}, status)
    if retry_after is not None:
        response.headers[RETRY_AFTER_HEADER] = str(retry_after)
    return response


def _accepts_gzip(header: str) -> bool:
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        return q > 0
    return False


# -- request reading -------------------------------------------------------------------


def _raw_body() -> bytes:
    limit = _state().limits.max_batch_bytes
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, "too_large", f"the body is larger than {limit} bytes")
    return request.get_data(cache=True)


def _decode(raw: bytes) -> dict[str, Any]:
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding == "gzip":
        inflater = zlib.decompressobj(wbits=31)
        try:
            data = inflater.decompress(raw, MAX_DECODED_BYTES)
        except zlib.error as exc:
            raise ApiError(
                400, "bad_request", f"the gzip body is damaged: {exc}"
            ) from None
        if inflater.unconsumed_tail:
            raise ApiError(413, "too_large", "the body is too large once decompressed")
        if not inflater.eof:
            raise ApiError(400, "bad_request", "the gzip body is truncated")
    elif encoding in ("", "identity"):
        data = raw
    else:
        raise ApiError(400, "bad_request", f"unsupported Content-Encoding {encoding!r}")
    try:
        doc = jsontext.loads(data)
    except (ValueError, RecursionError):
        raise ApiError(400, "bad_request", "the body is not UTF-8 JSON") from None
    if not isinstance(doc, dict):
        raise ApiError(400, "bad_request", "the body is not a JSON object")
    if doc.get("protocol") != PROTOCOL:
        raise ApiError(
            400,
            "unsupported_protocol",
            f"this portal speaks {PROTOCOL}, not {doc.get('protocol')!r}",
        )
    return doc


def _signed_url() -> str:
    """The @target-uri the client signed (``public_url`` when behind a proxy)."""
    state = _state()
    if state.public_url is None:
        return request.url
    query = request.query_string.decode("latin-1")
    return state.public_url.rstrip("/") + request.path + (f"?{query}" if query else "")


def _authenticate(store: PortalStore, raw: bytes) -> tuple[Any, TerminalKey]:
    """Verify the signature and the terminal name (the nonce is claimed by the caller,
    inside the transaction that does the request's work)."""
    state = _state()
    try:
        verified = verify(
            request.method,
            _signed_url(),
            dict(request.headers),
            raw,
            store.active_public_key,
            now=state.clock(),
        )
    except SignatureRejected as exc:
        raise ApiError(_STATUS_OF.get(exc.code, 401), exc.code, str(exc)) from None
    key = store.terminal_key(verified.key_id)
    if key is None or key.revoked_at is not None:  # revoked between the two reads
        raise ApiError(403, "unknown_terminal", "the key is not enrolled")
    if verified.terminal != key.name:
        raise ApiError(
            403,
            "unknown_terminal",
            "BD-Terminal does not name the terminal this key is enrolled for",
        )
    return verified, key


def _claim_nonce(store: PortalStore, verified: Any) -> None:
    now = int(_state().clock().timestamp())
    if not store.claim_nonce(
        verified.key_id,
        verified.nonce,
        int(verified.created.timestamp()),
        now - REPLAY_WINDOW_S,
    ):
        raise ApiError(401, "replayed", "this signature nonce was already used")


def _signed_get(store: PortalStore) -> TerminalKey:
    verified, key = _authenticate(store, _raw_body())
    with store.transaction():
        _claim_nonce(store, verified)
    return key


def _page_args(limits: tuple[int, int]) -> tuple[int, int]:
    cursor = request.args.get("cursor", "")
    if cursor and not _CURSOR.match(cursor):
        raise ApiError(400, "bad_request", "unknown cursor")
    raw_limit = request.args.get("limit", str(limits[0]))
    try:
        limit = int(raw_limit)
    except ValueError:
        raise ApiError(400, "bad_request", "limit must be a whole number") from None
    if not 1 <= limit <= limits[1]:
        raise ApiError(400, "bad_request", f"limit must be between 1 and {limits[1]}")
    return int(cursor or 0), limit


def _optional_text(doc: dict[str, Any], key: str, max_length: int = 200) -> str | None:
    value = doc.get(key)
    if value is not None and (not isinstance(value, str) or len(value) > max_length):
        raise ApiError(400, "bad_request", f"{key} must be a string")
    return value


# -- the app ---------------------------------------------------------------------------


def create_app(
    db_path: Path | str,
    *,
    faults: Faults | None = None,
    clock: Callable[[], datetime] | None = None,
    admin_token: str | None = None,
    limits: Limits | None = None,
    public_url: str | None = None,
    background_checkpoints: bool = False,
) -> Flask:
    """The portal app on the database at ``db_path`` (created if absent).

    Args:
        db_path: the portal's SQLite file; its Ed25519 key lives next to it.
        faults: fault rules (tests); also settable through ``/_admin/faults``.
        clock: the portal's "now" (aware datetime), for tests.
        admin_token: enables ``/_admin/faults`` for requests from loopback bearing
            ``Authorization: Bearer <token>``; without it the endpoint does not exist.
        limits: batch limits to advertise and enforce.
        public_url: the base URL clients use (``https://portal.example``) when a proxy
            in front changes scheme or host, so signatures over ``@target-uri`` verify.
        background_checkpoints: copy the WAL into the database in a thread of its
            own (:class:`~sync.portal.store.Checkpointer`) after each POST has been
            answered, instead of inside the commit of every ~1,000th page (a server's
            choice).
    """
    db_path = Path(db_path)
    with PortalStore.open(db_path):  # create or upgrade the schema now, not mid-request
        pass
    # One idle connection held for the app's life (never in a transaction, so it
    # blocks nothing): a request's connection is then never the last one to close,
    # and closing it does not checkpoint and delete the WAL for the next request to
    # create again (checkpoints still run: SQLite's every 1000 pages, or the
    # Checkpointer's). Closed by close_app() (PortalServer.stop) or when the app is
    # collected.
    keeper = sqlite3.connect(str(db_path), check_same_thread=False)
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # stepped to the end
    checkpointer = Checkpointer(db_path).start() if background_checkpoints else None
    state = PortalState(
        db_path=db_path,
        clock=clock or (lambda: datetime.now(UTC)),
        faults=faults if faults is not None else Faults(),
        limits=limits or Limits(),
        portal_key=load_or_create_portal_key(db_path),
        admin_token=admin_token,
        public_url=public_url,
        checkpointer=checkpointer,
    )
    # Paths given, so Flask does not search sys.path for the package (a generic name
    # like "sync" may exist elsewhere too).
    app = Flask(
        __name__,
        static_folder=None,
        root_path=str(Path(__file__).parent),
        instance_path=str(db_path.resolve().parent),
    )
    app.config["MAX_CONTENT_LENGTH"] = state.limits.max_batch_bytes
    app.extensions["borderdesk_portal"] = state
    app.extensions["borderdesk_portal_close"] = weakref.finalize(
        app, _release, keeper, checkpointer)
    app.wsgi_app = FaultMiddleware(app.wsgi_app, state.faults)  # type: ignore[method-assign]

    @app.teardown_appcontext
    def _close_store(exc: BaseException | None) -> None:
        store = g.pop("portal_store", None)
        if store is not None:
            store.close()

    @app.after_request
    def _finish(response: Response) -> Response:
        response.headers[PROTOCOL_HEADER] = PROTOCOL
        if checkpointer is not None and request.method == "POST":
            response.call_on_close(checkpointer.poke)  # once the answer is out
        if (
            response.status_code >= 200
            and not response.direct_passthrough
            and "Content-Encoding" not in response.headers
            and _accepts_gzip(request.headers.get("Accept-Encoding", ""))
        ):
            response.set_data(gzip.compress(response.get_data(), 6, mtime=0))
            response.headers["Content-Encoding"] = "gzip"
            response.vary.add("Accept-Encoding")
        return response

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return _error(exc.status, exc.code, exc.message, exc.retry_after)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        code = "too_large" if status == 413 else "bad_request"
        return _error(status, code, exc.description or exc.name)

    @app.errorhandler(Exception)
    def _crash(exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return _error(500, "unavailable", "internal error", retry_after=5)

    # -- unsigned ---------------------------------------------------------------------

    @app.post(PATH_ENROL)
    def enrol() -> Response:
        doc = _decode(_raw_body())
        code, public_key = doc.get("code"), doc.get("public_key")
        if not isinstance(code, str) or not isinstance(public_key, str):
            raise ApiError(400, "bad_request", "code and public_key are required")
        try:
            raw_key = b64decode(public_key)
            key = load_public_key(raw_key)
        except ValueError:
            raise ApiError(
                400,
                "bad_request",
                "public_key must be base64url of 32 raw Ed25519 bytes",
            ) from None
        store = _store()
        now = state.clock()
        try:
            with store.transaction():
                terminal = admin.enrol(store, code, key, raw_key, now)
        except admin.EnrolmentRefused as exc:
            raise ApiError(403, "enrolment_code_invalid", str(exc)) from None
        portal_public = state.portal_key.public_key()
        return _json(
            {
                "gate": terminal.gate,
                "terminal": terminal.terminal,
                "key_id": terminal.key_id,
                "portal_public_key": b64encode(admin.raw_public(portal_public)),
                "portal_key_id": key_id(portal_public),
                "terminal_keys": [t.to_wire() for t in store.terminals(terminal.gate)],
                "watchlist_key": b64encode(store.watchlist_key()),
                "limits": state.limits.to_wire(),
            }
        )

    # -- signed -----------------------------------------------------------------------

    @app.get(PATH_LIMITS)
    def limits_() -> Response:
        _signed_get(_store())
        return _json(state.limits.to_wire())

    @app.get(PATH_KEYS)
    def keys() -> Response:
        store = _store()
        key = _signed_get(store)
        portal_public = state.portal_key.public_key()
        return _json(
            {
                "portal": [
                    {
                        "key_id": key_id(portal_public),
                        "public_key": b64encode(admin.raw_public(portal_public)),
                    }
                ],
                "terminals": [t.to_wire() for t in store.terminals(key.gate)],
            }
        )

    @app.post(PATH_BATCH)
    def batch() -> Response:
        store = _store()
        raw = _raw_body()
        verified, key = _authenticate(store, raw)
        doc = _decode(raw)
        batch_id = doc.get("batch_id")
        if not isinstance(batch_id, str) or not batch_id or len(batch_id) > 255:
            raise ApiError(400, "bad_request", "batch_id is required")
        idem = request.headers.get(IDEMPOTENCY_HEADER)
        if idem is None:
            raise ApiError(400, "bad_request", "the Idempotency-Key header is required")
        if idem != batch_id:
            raise ApiError(400, "bad_request", "Idempotency-Key must equal batch_id")
        audit_head = _optional_text(doc, "audit_head", 256)
        try:
            messages = check_shape(doc.get("messages"), state.limits.max_batch_messages)
        except BatchShapeError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        except OverflowError as exc:
            raise ApiError(413, "too_large", str(exc)) from None
        canonical, payload_texts = canonical_request(doc, messages)
        request_hash = hashlib.sha256(canonical).hexdigest()
        now = state.clock()
        replayed = False
        with state.claim(batch_id) as mine:
            if not mine:
                raise ApiError(
                    409,
                    "batch_in_progress",
                    "a batch with this Idempotency-Key is being processed",
                )
            with store.transaction():
                _claim_nonce(store, verified)
                earlier = store.batch(batch_id)
                if earlier is not None:
                    if (
                        earlier["terminal"] != key.name
                        or earlier["request_hash"] != request_hash
                    ):
                        raise ApiError(
                            422,
                            "idempotency_key_reused",
                            "this Idempotency-Key was used for another batch",
                        )
                    body, status, replayed = (
                        bytes(earlier["response"]),
                        earlier["status"],
                        True,
                    )
                else:
                    sender = Sender(key.key_id, key.gate, key.terminal)
                    results = BatchProcessor(store, sender, batch_id, now).process(
                        messages, payload_texts
                    )
                    body = encode(
                        {
                            "batch_id": batch_id,
                            "results": [r.to_wire() for r in results],
                        }
                    )
                    status = 200
                    store.save_batch(
                        batch_id, key.name, key.key_id, request_hash, status, body, now
                    )
                    if audit_head:
                        store.set_audit_head(
                            key.name, key.key_id, audit_head, batch_id, now
                        )
                    store.prune_batches(now - IDEMPOTENCY_TTL)
            # Committed (durably: WAL + synchronous=FULL). Only now is there an answer.
        response = Response(body, status=status, mimetype="application/json")
        if replayed:
            response.headers["Idempotent-Replayed"] = "true"
        return response

    @app.post(PATH_RECONCILE)
    def reconcile() -> Response:
        store = _store()
        raw = _raw_body()
        verified, key = _authenticate(store, raw)
        doc = _decode(raw)
        items = doc.get("messages")
        if not isinstance(items, list):
            raise ApiError(400, "bad_request", "messages must be a list")
        if len(items) > MAX_RECONCILE:
            raise ApiError(413, "too_large", f"at most {MAX_RECONCILE} messages")
        for i, item in enumerate(items):
            if not (
                isinstance(item, dict)
                and isinstance(item.get("message_id"), str)
                and isinstance(item.get("payload_sha256"), str)
            ):
                raise ApiError(
                    400,
                    "bad_request",
                    f"messages[{i}] needs message_id and payload_sha256",
                )
        with store.transaction():
            _claim_nonce(store, verified)
        results = []
        for item in items:
            mid = item["message_id"]
            held = store.message(mid)
            if held is not None and held.gate == key.gate:
                state_ = (
                    "held"
                    if held.payload_sha256 == item["payload_sha256"]
                    else "conflict"
                )
                results.append(
                    {"message_id": mid, "state": state_, "status": held.status}
                )
                continue
            out: dict[str, Any] = {"message_id": mid, "state": "missing"}
            refused = store.last_refusal(mid, key.name)
            if refused is not None:
                out.update(refused)
            results.append(out)
        return _json({"results": results})

    @app.get(PATH_PREDECLARATIONS)
    def predeclarations() -> Response:
        store = _store()
        key = _signed_get(store)
        after, limit = _page_args(PREDECLARATIONS_LIMIT)
        items = store.predeclaration_feed(key.gate, after, limit + 1)
        more = len(items) > limit
        items = items[:limit]
        next_cursor = str(items[-1]["seq"]) if items else (str(after) if after else "")
        return _json({"items": items, "next_cursor": next_cursor, "more": more})

    @app.get(PATH_WATCHLIST)
    def watchlist() -> Response:
        store = _store()
        _signed_get(store)
        after, limit = _page_args(WATCHLIST_LIMIT)
        with store.snapshot():
            version = store.watchlist_version()
            items = store.watchlist_feed(after, limit + 1)
        more = len(items) > limit
        items = items[:limit]
        next_cursor = str(items[-1]["seq"]) if items else (str(after) if after else "")
        return _json(
            {
                "version": version,
                "items": items,
                "next_cursor": next_cursor,
                "more": more,
            }
        )

    # -- testing: fault rules at run time ----------------------------------------------

    @app.route(PATH_ADMIN_FAULTS, methods=["GET", "POST", "DELETE"])
    def admin_faults() -> Response:
        if state.admin_token is None:
            raise ApiError(404, "bad_request", "the admin endpoint is not enabled")
        if request.remote_addr not in _LOOPBACK:
            raise ApiError(
                403, "unauthenticated", "the admin endpoint is loopback-only"
            )
        given = request.headers.get("Authorization", "")
        expected = f"Bearer {state.admin_token}"
        if not hmac.compare_digest(given.encode(), expected.encode()):
            raise ApiError(401, "unauthenticated", "a valid admin token is required")
        if request.method == "DELETE":
            state.faults.clear()
        elif request.method == "POST":
            try:
                doc = json.loads(request.get_data() or b"{}")
                rules = doc.get("rules") if isinstance(doc, dict) else None
                if not isinstance(rules, list):
                    raise ValueError('the body is {"rules": [...]}')
                parsed = [FaultRule.from_dict(r) for r in rules]
            except (ValueError, TypeError) as exc:
                raise ApiError(400, "bad_request", str(exc)) from None
            state.faults.set_rules(parsed)
        return _json({"rules": state.faults.rules()})

    return app


def _release(keeper: sqlite3.Connection, checkpointer: Checkpointer | None) -> None:
    if checkpointer is not None:
        checkpointer.stop()
    keeper.close()


def close_app(app: Flask) -> None:
    """Release what the app holds open (its idle database connection, its
    checkpointer thread after a last checkpoint)."""
    close = app.extensions.get("borderdesk_portal_close")
    if close is not None:
        close()


def new_admin_token() -> str:
    return secrets.token_urlsafe(24)
