"""Fault injection for the reference portal, on demand, for reliability tests.

A :class:`Faults` object holds rules; :class:`FaultMiddleware` (wrapped around the Flask
app by :func:`sync.portal.app.create_app`) asks it, for every request, whether a rule
fires, and misbehaves accordingly. Rules come from ``create_app(faults=...)`` (tests in
the same process), from a JSON file at ``serve --faults FILE`` (``{"rules": [...]}``),
or at run time from ``POST /_admin/faults`` (admin token, loopback only).

A rule (JSON object; only ``mode`` is required)::

    {"mode": "drop_after_commit", "target": "batch", "probability": 0.3,
     "count": 5, "skip": 0, "seed": 7, "status": 503, "retry_after": 2, "delay_s": 1.5}

``target``: ``batch`` (default), ``reconcile``, ``enrol``, ``limits``, ``keys``,
``predeclarations``, ``watchlist``, ``any`` (every ``/v1`` path) or a literal path.
``skip``: let the first N matching requests through; ``count``: fire at most N times
(absent: no limit); ``probability`` with ``seed``: fire at random, reproducibly.

Modes — before the request is processed (nothing is stored):

- ``http_error``: answer ``status`` (500 by default; 503 and 429 carry ``Retry-After``
  and the ``unavailable``/``rate_limited`` error body);
- ``captive``: a 200 HTML page without the protocol marker (a captive portal or proxy);
- ``drop_before_commit``: read the request, then close the connection without a reply;
- ``reset``: read the request, then reset the connection (TCP RST);
- ``slow_request``: wait ``delay_s`` seconds, then process normally;

after the request was processed and committed:

- ``slow``: wait ``delay_s`` seconds before sending the response (client timeouts);
- ``drop_after_commit``: close the connection without a reply;
- ``truncate``: declare the full Content-Length but send half of the body, then close;
- ``crash_after_commit``: end the whole process at once (``os._exit``), as a power cut
  or kill -9 right after the commit would.

Connection-level modes need the waitress server (they reach its socket); under a WSGI
test client they raise :class:`DroppedConnection` instead.
"""

from __future__ import annotations

import json
import os
import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync.protocol import (
    PATH_BATCH,
    PATH_ENROL,
    PATH_KEYS,
    PATH_LIMITS,
    PATH_PREDECLARATIONS,
    PATH_RECONCILE,
    PATH_WATCHLIST,
    PROTOCOL,
    PROTOCOL_HEADER,
    RETRY_AFTER_HEADER,
)

BEFORE = frozenset(
    {"http_error", "captive", "drop_before_commit", "reset", "slow_request"}
)
AFTER = frozenset({"slow", "drop_after_commit", "truncate", "crash_after_commit"})
MODES = BEFORE | AFTER
TARGETS = {
    "batch": PATH_BATCH,
    "reconcile": PATH_RECONCILE,
    "enrol": PATH_ENROL,
    "limits": PATH_LIMITS,
    "keys": PATH_KEYS,
    "predeclarations": PATH_PREDECLARATIONS,
    "watchlist": PATH_WATCHLIST,
}
#: Exit status of the process after ``crash_after_commit``.
CRASH_EXIT_CODE = 86
_FIELDS = {
    "mode",
    "target",
    "probability",
    "count",
    "skip",
    "seed",
    "status",
    "retry_after",
    "delay_s",
}

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class DroppedConnection(ConnectionError):
    """A connection-level fault under a WSGI test client (no socket to drop)."""

    def __init__(self, mode: str) -> None:
        super().__init__(f"fault injected: {mode}")
        self.mode = mode


@dataclass
class FaultRule:
    mode: str
    target: str = "batch"
    probability: float = 1.0
    count: int | None = None
    skip: int = 0
    seed: int = 0
    status: int = 500
    retry_after: int = 1
    delay_s: float = 1.0
    fired: int = 0
    seen: int = 0
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(
                f"unknown fault mode {self.mode!r} (one of {sorted(MODES)})"
            )
        if (
            self.target not in TARGETS
            and self.target != "any"
            and not (self.target.startswith("/"))
        ):
            raise ValueError(f"unknown fault target {self.target!r}")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if self.count is not None and self.count < 0 or self.skip < 0:
            raise ValueError("count and skip must not be negative")
        if not 100 <= self.status <= 599:
            raise ValueError("status must be an HTTP status")
        if self.retry_after < 0 or self.delay_s < 0:
            raise ValueError("retry_after and delay_s must not be negative")
        self._rng = random.Random(self.seed)

    @classmethod
    def from_dict(cls, data: Any) -> FaultRule:
        if not isinstance(data, dict) or "mode" not in data:
            raise ValueError("a fault rule is an object with a 'mode'")
        unknown = set(data) - _FIELDS
        if unknown:
            raise ValueError(f"unknown fault rule keys: {sorted(unknown)}")
        kinds: dict[str, tuple[type, ...]] = {
            "mode": (str,),
            "target": (str,),
            "probability": (int, float),
            "count": (int, type(None)),
            "skip": (int,),
            "seed": (int,),
            "status": (int,),
            "retry_after": (int,),
            "delay_s": (int, float),
        }
        for key, value in data.items():
            if isinstance(value, bool) or not isinstance(value, kinds[key]):
                raise ValueError(f"fault rule key {key!r} has the wrong type")
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "target": self.target,
            "probability": self.probability,
            "count": self.count,
            "skip": self.skip,
            "seed": self.seed,
            "status": self.status,
            "retry_after": self.retry_after,
            "delay_s": self.delay_s,
            "fired": self.fired,
        }

    def matches(self, path: str) -> bool:
        if self.target == "any":
            return path.startswith("/v1/")
        return path == TARGETS.get(self.target, self.target)

    def fire(self) -> bool:
        """Called for each matching request; True when the fault happens this time."""
        self.seen += 1
        if self.seen <= self.skip:
            return False
        if self.count is not None and self.fired >= self.count:
            return False
        if self.probability < 1.0 and self._rng.random() >= self.probability:
            return False
        self.fired += 1
        return True


class Faults:
    """The active rules (thread-safe); the first rule that fires wins."""

    def __init__(self, rules: Iterable[FaultRule | dict[str, Any]] = ()) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self.set_rules(rules)

    @classmethod
    def from_file(cls, path: Path | str) -> Faults:
        """Rules from a JSON file: ``{"rules": [...]}`` or a bare list."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["rules"] if isinstance(data, dict) else data)

    def set_rules(self, rules: Iterable[FaultRule | dict[str, Any]]) -> None:
        parsed = [
            r if isinstance(r, FaultRule) else FaultRule.from_dict(r) for r in rules
        ]
        with self._lock:
            self._rules = parsed

    def add(self, rule: FaultRule | dict[str, Any]) -> FaultRule:
        parsed = rule if isinstance(rule, FaultRule) else FaultRule.from_dict(rule)
        with self._lock:
            self._rules.append(parsed)
        return parsed

    def clear(self) -> None:
        with self._lock:
            self._rules = []

    def rules(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.to_dict() for r in self._rules]

    @property
    def fired(self) -> int:
        with self._lock:
            return sum(r.fired for r in self._rules)

    def pick(self, path: str) -> FaultRule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(path) and rule.fire():
                    return rule
        return None


def _json_error(
    status: int, code: str, message: str, retry_after: int | None
) -> tuple[str, list[tuple[str, str]], bytes]:
    body = json.dumps(
        {"protocol": PROTOCOL, "error": {"code": code, "message": message}}
    ).encode()
    headers = [
        ("Content-Type", "application/json"),
        (PROTOCOL_HEADER, PROTOCOL),
        ("Content-Length", str(len(body))),
    ]
    if retry_after is not None:
        headers.append((RETRY_AFTER_HEADER, str(retry_after)))
    return f"{status} {_REASONS.get(status, 'Error')}", headers, body


_REASONS = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    408: "Request Timeout",
    200: "OK",
}


def _drain(environ: dict[str, Any]) -> None:
    stream = environ.get("wsgi.input")
    if stream is not None:
        while stream.read(65536):
            pass


def _drop(environ: dict[str, Any], mode: str, *, reset: bool) -> None:
    """Close (or reset) the client connection under waitress; never returns."""
    checker = environ.get("waitress.client_disconnected")
    channel = getattr(checker, "__self__", None)
    sock = getattr(channel, "socket", None)
    if sock is None:
        raise DroppedConnection(mode)
    from waitress.channel import ClientDisconnected

    try:
        if reset:
            # Linger 0: the close that follows sends RST instead of FIN.
            sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
        else:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    # Waitress treats this as "the client went away": no error page, connection closed.
    raise ClientDisconnected(f"fault injected: {mode}")


def _run(
    app: WSGIApp, environ: dict[str, Any]
) -> tuple[str, list[tuple[str, str]], bytes]:
    captured: dict[str, Any] = {}
    chunks: list[bytes] = []

    def start_response(
        status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], None]:
        captured["status"], captured["headers"] = status, headers
        return chunks.append

    result = app(environ, start_response)
    try:
        chunks.extend(result)
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()
    return captured["status"], list(captured["headers"]), b"".join(chunks)


class FaultMiddleware:
    """WSGI middleware outside Flask (so its error handling cannot absorb a drop)."""

    def __init__(self, app: WSGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    def __call__(
        self, environ: dict[str, Any], start_response: StartResponse
    ) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        rule = None if path.startswith("/_admin") else self.faults.pick(path)
        if rule is None:
            return self.app(environ, start_response)
        mode = rule.mode
        if mode == "slow_request":
            time.sleep(rule.delay_s)
            return self.app(environ, start_response)
        if mode in BEFORE:
            _drain(environ)
            if mode == "http_error":
                code = {429: "rate_limited"}.get(rule.status, "unavailable")
                retry = rule.retry_after if rule.status in (429, 503) else None
                status, headers, body = _json_error(
                    rule.status, code, "fault injected", retry
                )
                start_response(status, headers)
                return [body]
            if mode == "captive":
                body = b"<html><body>Please log in to the network</body></html>"
                start_response(
                    "200 OK",
                    [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                )
                return [body]
            _drop(environ, mode, reset=mode == "reset")
        status, headers, body = _run(self.app, environ)  # processed and committed
        if mode == "crash_after_commit":
            os._exit(CRASH_EXIT_CODE)
        if mode == "drop_after_commit":
            _drop(environ, mode, reset=False)
        if mode == "slow":
            time.sleep(rule.delay_s)
        if mode == "truncate":
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
            headers.append(("Content-Length", str(len(body))))
            start_response(status, headers)
            return [body[: len(body) // 2]]
        start_response(status, headers)
        return [body]
