"""A fault-injecting TCP proxy for the terminal ↔ portal link (tests and benchmarks).

A userspace stand-in for toxiproxy/netem (research §3.3, §6.3: the CI kernel has no
``sch_netem``): it listens on loopback, forwards HTTP/1.1 to one upstream (the portal)
and misbehaves on purpose. It reads each request and each response whole
(``Content-Length`` framing, as ``requests`` and waitress use; anything else is
tunnelled untouched), so a fault lands at a chosen byte of a chosen request:

per request (a seeded RNG per connection picks them; ``Profile.fault_rate``):

- ``reset_request``      forward a prefix of the request, then RST both sides
                         (``SO_LINGER`` 0): the portal never sees a whole request, the
                         client sees a reset after sending (outcome unknown);
- ``reset_response``     deliver the request, then RST the client after a prefix
                         (possibly empty) of the response: committed, answer lost;
- ``truncate_response``  deliver the request, send a prefix of the response, then
                         close normally (FIN): a short body under a full Content-Length;
- ``blackhole_response`` deliver the request, swallow the response: a client timeout;
- ``hang_request``       swallow the request (never delivered): a client timeout too;
- ``http_503``           answer a canned ``HTTP/1.1 503`` page (no protocol marker);
- ``captive``            answer a captive-portal ``200 text/html`` login page;
- ``slow``               this exchange crosses a slower link (token bucket, both ways);

over time (a seeded schedule; ``Profile.windows``):

- ``blackout``  for N s nothing is forwarded: connections are accepted, bytes are held
                and delivered when the window ends (late, if the client still waits;
                a held request reaches the portal even if its client gave up, as data
                in flight would) — clients whose read timeout is shorter time out;
- ``refuse``    for N s the port is closed (connect → ECONNREFUSED) and every open
                connection is reset.

The link itself (:class:`Link`) may be rate limited with a token bucket per direction
(bytes/s; the bucket's burst is never smaller than a chunk, unlike a ``tbf`` with a
burst below the MTU, research §5.2) and delayed by a fixed latency per message.

Bounded: loopback addresses only; the proxy stops by itself after ``lifetime_s`` or
``max_connections``; held connections are released after ``Profile.hang_s``; every
blocking call has a timeout; :meth:`ChaosProxy.stop` resets what is left and joins
every thread. :meth:`ChaosProxy.counters` reports faults applied per kind, requests,
connections and wire bytes per direction.

Run standalone (SIGUSR1 toggles the faults, SIGUSR2 prints the counters)::

    python tests/helpers/chaos_proxy.py --upstream 127.0.0.1:8080 --port 8081 --seed 7
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import select
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})

RESET_REQUEST = "reset_request"
RESET_RESPONSE = "reset_response"
TRUNCATE_RESPONSE = "truncate_response"
BLACKHOLE_RESPONSE = "blackhole_response"
HANG_REQUEST = "hang_request"
HTTP_503 = "http_503"
CAPTIVE = "captive"
SLOW = "slow"
REQUEST_FAULTS = (RESET_REQUEST, RESET_RESPONSE, TRUNCATE_RESPONSE, BLACKHOLE_RESPONSE,
                  HANG_REQUEST, HTTP_503, CAPTIVE, SLOW)
BLACKOUT = "blackout"
REFUSE = "refuse"
WINDOW_FAULTS = (BLACKOUT, REFUSE)
ALL_FAULTS = REQUEST_FAULTS + WINDOW_FAULTS

MAX_HEAD = 64 * 1024
MAX_BODY = 64 * 1024 * 1024
CHUNK = 16 * 1024
IO_TIMEOUT_S = 60.0  # a single recv/send on either side
POLL_S = 0.05

_CAPTIVE_BODY = (b"<!DOCTYPE html><html><head><title>Wi-Fi</title></head><body>"
                 b"<h1>Welcome</h1><p>Please log in to use the network.</p>"
                 b"<form method=post action=/login><input name=voucher>"
                 b"<button>Connect</button></form></body></html>")
_503_BODY = b"<html><body><h1>503 Service Unavailable</h1>upstream busy</body></html>"


def _canned(status: str, body: bytes, extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
            ).encode("ascii") + body


CANNED = {
    HTTP_503: _canned("503 Service Unavailable", _503_BODY, "Retry-After: 1\r\n"),
    CAPTIVE: _canned("200 OK", _CAPTIVE_BODY, "Cache-Control: no-store\r\n"),
}


@dataclass(frozen=True)
class Profile:
    """Which faults, how often. ``Profile.off()`` forwards everything untouched."""

    fault_rate: float = 0.25  # probability that a request gets one request fault
    weights: dict[str, float] = field(default_factory=lambda: dict.fromkeys(
        REQUEST_FAULTS, 1.0))
    windows: tuple[str, ...] = WINDOW_FAULTS  # time-window faults to schedule
    window_gap_s: tuple[float, float] = (2.0, 5.0)  # quiet time between windows
    blackout_s: tuple[float, float] = (1.0, 3.0)
    refuse_s: tuple[float, float] = (0.5, 2.0)
    slow_bps: tuple[float, float] = (8_000.0, 64_000.0)  # rate of a ``slow`` exchange
    hang_s: float = 30.0  # a swallowed exchange is released (reset) after this
    cover_all: bool = True  # pick kinds not applied yet first: each kind happens early

    @classmethod
    def off(cls) -> Profile:
        return cls(fault_rate=0.0, windows=())

    @property
    def active(self) -> bool:
        return self.fault_rate > 0 or bool(self.windows)

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(REQUEST_FAULTS)
        unknown |= set(self.windows) - set(WINDOW_FAULTS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        if not 0.0 <= self.fault_rate <= 1.0:
            raise ValueError("fault_rate must be between 0 and 1")


@dataclass(frozen=True)
class Link:
    """The emulated link: bytes/s per direction (None: unlimited) and a fixed one-way
    latency per message."""

    rate_bps: float | None = None
    burst: int | None = None  # bytes; default: 20 ms of traffic, at least one chunk
    latency_s: float = 0.0
    chunk: int = 1448  # bytes per send when rate limited (an Ethernet TCP segment)


class TokenBucket:
    """Bytes per second with a burst; ``take`` reserves and sleeps (FIFO-ish, shared by
    every connection of a direction, like one link)."""

    def __init__(self, rate: float, burst: float) -> None:
        if rate <= 0 or burst <= 0:
            raise ValueError("rate and burst must be positive")
        self.rate = float(rate)
        self.burst = float(burst)
        self._tokens = float(burst)
        self._at = time.monotonic()
        self._lock = threading.Lock()

    def take(self, n: int, stop: threading.Event | None = None) -> None:
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
            self._at = now
            self._tokens -= n
            wait = -self._tokens / self.rate if self._tokens < 0 else 0.0
        if wait > 0:
            if stop is None:
                time.sleep(wait)
            else:
                stop.wait(wait)


class _Closed(Exception):
    """The peer closed (``reset``: it reset) — the exchange ends."""

    def __init__(self, side: str, reset: bool = False) -> None:
        super().__init__(side)
        self.side = side
        self.reset = reset


def _rst(sock: socket.socket | None) -> None:
    """Close with RST (linger 0) instead of FIN."""
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def _fin(sock: socket.socket | None) -> None:
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


_CL = re.compile(rb"^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)
_TE = re.compile(rb"^transfer-encoding[ \t]*:", re.I | re.M)
_CLOSE = re.compile(rb"^connection[ \t]*:[^\r\n]*\bclose\b", re.I | re.M)


def _framing(head: bytes) -> tuple[int | None, bool]:
    """(Content-Length or None, Connection: close) of a message head."""
    if _TE.search(head):
        return None, True
    m = _CL.search(head)
    return (int(m.group(1)) if m else None), bool(_CLOSE.search(head))


class ChaosProxy:
    """One listening port on loopback forwarding to ``upstream``.

    Args:
        upstream: (host, port) of the portal; the port may change later
            (:meth:`set_upstream`, e.g. after the portal restarts elsewhere).
        seed: faults are drawn from ``Random(seed)`` (schedule) and one RNG per
            connection (``seed`` and the connection's number).
        profile: the faults; ``Profile.off()`` by default (a plain proxy).
        link: the emulated link (rate, latency).
        port: 0 picks a free port; it is kept across ``refuse`` windows.
        lifetime_s, max_connections: the proxy stops by itself after either.
    """

    def __init__(self, upstream: tuple[str, int], *, seed: int = 0,
                 profile: Profile | None = None, link: Link | None = None,
                 host: str = "127.0.0.1", port: int = 0, lifetime_s: float = 900.0,
                 max_connections: int = 100_000) -> None:
        if host not in LOOPBACK or upstream[0] not in LOOPBACK:
            raise ValueError("the chaos proxy is for loopback addresses only")
        self.host = host
        self.upstream = (upstream[0], int(upstream[1]))
        self.seed = seed
        self.profile = profile or Profile.off()
        self.lifetime_s = lifetime_s
        self.max_connections = max_connections
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._counts: dict[str, int] = dict.fromkeys(ALL_FAULTS, 0)
        self._stats = {"connections": 0, "requests": 0, "responses": 0,
                       "bytes_up": 0, "bytes_down": 0, "upstream_unreachable": 0,
                       "tunnelled": 0, "late_deliveries": 0, "proxy_errors": 0}
        self._conns: dict[int, _Conn] = {}
        self._threads: list[threading.Thread] = []
        self._blackout_until = 0.0
        self._refuse_until = 0.0
        self._window_rng = random.Random(f"{seed}/windows")
        self._last_active: Profile | None = None
        self._listener: socket.socket | None = None
        self._listen(port)
        self.port = self._listener.getsockname()[1]  # type: ignore[union-attr]
        self.set_link(link or Link())
        self._started = 0.0

    # -- configuration ---------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def set_upstream(self, port: int, host: str | None = None) -> None:
        host = host or self.upstream[0]
        if host not in LOOPBACK:
            raise ValueError("the chaos proxy is for loopback addresses only")
        with self._lock:
            self.upstream = (host, int(port))

    def set_profile(self, profile: Profile) -> None:
        """Change the faults at run time; ``Profile.off()`` also ends a window now."""
        with self._lock:
            self.profile = profile
            if not profile.windows:
                self._blackout_until = self._refuse_until = 0.0

    def faults(self, on: bool, profile: Profile | None = None) -> None:
        """Faults on (with ``profile`` or the last active one) or off (heal)."""
        if on:
            self.set_profile(profile or self._last_active or Profile())
        else:
            if self.profile.active:
                self._last_active = self.profile
            self.set_profile(Profile.off())

    @property
    def faults_enabled(self) -> bool:
        return self.profile.active

    @faults_enabled.setter
    def faults_enabled(self, on: bool) -> None:
        self.faults(on)

    def set_link(self, link: Link) -> None:
        with self._lock:
            self.link = link
            if link.rate_bps:
                burst = link.burst or max(link.chunk, int(link.rate_bps * 0.02))
                burst = max(burst, link.chunk)  # a chunk must fit, or nothing passes
                self._up = TokenBucket(link.rate_bps, burst)
                self._down = TokenBucket(link.rate_bps, burst)
            else:
                self._up = self._down = None

    def counters(self) -> dict[str, Any]:
        """Faults applied per kind, and traffic: a snapshot."""
        with self._lock:
            return {"faults": dict(self._counts), **self._stats,
                    "open_connections": len(self._conns)}

    def reset_counters(self) -> None:
        with self._lock:
            self._counts = dict.fromkeys(ALL_FAULTS, 0)
            for k in self._stats:
                self._stats[k] = 0

    # -- life cycle ------------------------------------------------------------------

    def start(self) -> ChaosProxy:
        self._started = time.monotonic()
        for target, name in ((self._accept_loop, "chaos-accept"),
                             (self._window_loop, "chaos-windows")):
            t = threading.Thread(target=target, name=name, daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            conns = list(self._conns.values())
        for c in conns:
            c.abort()
        for t in self._threads:
            t.join(timeout=10)
        for c in conns:
            c.join(timeout=10)
        self._close_listener()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def __enter__(self) -> ChaosProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- internals -------------------------------------------------------------------

    def _listen(self, port: int) -> None:
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, port))
            sock.listen(128)
            sock.settimeout(POLL_S)
        except OSError:
            sock.close()
            raise
        self._listener = sock

    def _close_listener(self) -> None:
        sock, self._listener = self._listener, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def _count(self, kind: str, n: int = 1) -> None:
        with self._lock:
            if kind in self._counts:
                self._counts[kind] += n
            else:
                self._stats[kind] += n

    def _expired(self) -> bool:
        return (self._stop.is_set()
                or time.monotonic() - self._started > self.lifetime_s)

    def _accept_loop(self) -> None:
        n = 0
        try:
            while not self._expired():
                if time.monotonic() < self._refuse_until:
                    self._close_listener()
                    self._stop.wait(POLL_S)
                    continue
                if self._listener is None:
                    try:
                        self._listen(self.port)
                    except OSError:  # the port is briefly taken: try again
                        self._stop.wait(0.1)
                        continue
                try:
                    client, _ = self._listener.accept()  # type: ignore[union-attr]
                except TimeoutError:
                    continue
                except OSError:
                    continue
                n += 1
                if n > self.max_connections:
                    _rst(client)
                    break
                client.settimeout(IO_TIMEOUT_S)
                with contextlib.suppress(OSError):
                    client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                conn = _Conn(self, client, n)
                with self._lock:
                    self._conns[n] = conn
                    self._stats["connections"] += 1
                conn.start()
        except Exception:  # a bug of the proxy: counted, never raised in a thread
            self._count("proxy_errors")
        finally:
            self._stop.set()  # bounded: once the accept loop ends, the proxy is done
            self._close_listener()

    def _window_loop(self) -> None:
        try:
            self._windows()
        except Exception:  # a bug of the proxy: counted, never raised in a thread
            self._count("proxy_errors")

    def _windows(self) -> None:
        rng = self._window_rng
        while not self._expired():
            with self._lock:
                profile = self.profile
            if not profile.windows:
                self._stop.wait(0.1)
                continue
            if self._stop.wait(rng.uniform(*profile.window_gap_s)):
                return
            with self._lock:
                profile = self.profile
                if not profile.windows:
                    continue
                kinds = list(profile.windows)
                fresh = [k for k in kinds if self._counts[k] == 0]
                kind = rng.choice(fresh if profile.cover_all and fresh else kinds)
                span = rng.uniform(*(profile.blackout_s if kind == BLACKOUT
                                     else profile.refuse_s))
                until = time.monotonic() + span
                if kind == BLACKOUT:
                    self._blackout_until = until
                else:
                    self._refuse_until = until
                self._counts[kind] += 1
                conns = list(self._conns.values()) if kind == REFUSE else []
            for c in conns:  # the link went down: open connections are reset
                c.abort()
            # wait for the window to end before scheduling the next
            while time.monotonic() < until and not self._stop.is_set():
                self._stop.wait(POLL_S)

    def _stall(self) -> bool:
        """Hold while a blackout lasts; True if something was held."""
        held = False
        while time.monotonic() < self._blackout_until and not self._stop.is_set():
            held = True
            self._stop.wait(POLL_S)
        return held

    def _choose(self, rng: random.Random) -> str | None:
        with self._lock:
            profile = self.profile
            if profile.fault_rate <= 0 or rng.random() >= profile.fault_rate:
                return None
            kinds = sorted(k for k, w in profile.weights.items() if w > 0)
            if not kinds:
                return None
            fresh = [k for k in kinds if self._counts[k] == 0]
            if profile.cover_all and fresh:
                return rng.choice(fresh)
            return rng.choices(kinds, [profile.weights[k] for k in kinds])[0]

    def _forget(self, conn: _Conn) -> None:
        with self._lock:
            self._conns.pop(conn.number, None)


class _Conn(threading.Thread):
    """One client connection: request by request, in lock step."""

    def __init__(self, proxy: ChaosProxy, client: socket.socket, number: int) -> None:
        super().__init__(name=f"chaos-conn-{number}", daemon=True)
        self.proxy = proxy
        self.client = client
        self.number = number
        self.upstream: socket.socket | None = None
        self.rng = random.Random(proxy.seed * 1_000_003 + number)
        self._buf = b""  # bytes read from the client beyond the current request
        self._aborted = threading.Event()

    def abort(self) -> None:
        """Reset both sides (a refuse window, or the proxy stops): SHUT_RD wakes the
        connection's thread without sending anything; it then closes with RST."""
        self._aborted.set()
        for sock in (self.client, self.upstream):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RD)

    def run(self) -> None:
        try:
            self._pump()
        except _Closed as closed:
            if closed.reset:
                self._close(reset=True)
        except OSError:
            self._close(reset=True)
        except Exception:  # a bug of the proxy: counted, never raised in a thread
            self.proxy._count("proxy_errors")
            self._close(reset=True)
        finally:
            self._close(reset=self._aborted.is_set())
            self.proxy._forget(self)

    def _close(self, *, reset: bool) -> None:
        (_rst if reset else _fin)(self.client)
        (_rst if reset else _fin)(self.upstream)

    # -- reading ---------------------------------------------------------------------

    def _alive(self) -> bool:
        return not (self._aborted.is_set() or self.proxy._expired())

    def _recv(self, sock: socket.socket, side: str) -> bytes:
        try:
            data = sock.recv(CHUNK)
        except ConnectionResetError:
            raise _Closed(side, reset=True) from None
        except TimeoutError:
            raise _Closed(side, reset=True) from None
        if not data:
            raise _Closed(side)
        return data

    def _wait_request(self) -> None:
        """Wait for the client's next bytes; while idle, an upstream that closes
        closes the client too (as a transparent TCP path would)."""
        deadline = time.monotonic() + IO_TIMEOUT_S
        while not self._buf:
            if not self._alive() or time.monotonic() > deadline:
                raise _Closed("client")
            watch = [self.client] + ([self.upstream] if self.upstream else [])
            ready, _, _ = select.select(watch, [], [], POLL_S)
            if self.upstream is not None and self.upstream in ready:
                try:
                    extra = self.upstream.recv(CHUNK)
                except OSError:
                    raise _Closed("upstream", reset=True) from None
                if not extra:
                    raise _Closed("upstream")
                raise _Closed("upstream", reset=True)  # unsolicited bytes: give up
            if self.client in ready:
                self._buf = self._recv(self.client, "client")

    def _read_head(self, sock: socket.socket, side: str, buf: bytes
                   ) -> tuple[bytes, bytes]:
        while b"\r\n\r\n" not in buf:
            if len(buf) > MAX_HEAD or not self._alive():
                raise _Closed(side, reset=True)
            buf += self._recv(sock, side)
        end = buf.index(b"\r\n\r\n") + 4
        return buf[:end], buf[end:]

    def _read_body(self, sock: socket.socket, side: str, buf: bytes, length: int
                   ) -> tuple[bytes, bytes]:
        if length > MAX_BODY:
            raise _Closed(side, reset=True)
        while len(buf) < length:
            if not self._alive():
                raise _Closed(side, reset=True)
            buf += self._recv(sock, side)
        return buf[:length], buf[length:]

    # -- writing ---------------------------------------------------------------------

    def _send(self, sock: socket.socket, data: bytes, direction: str,
              slow: TokenBucket | None = None) -> None:
        proxy = self.proxy
        link = proxy.link
        if link.latency_s > 0:
            proxy._stop.wait(link.latency_s)
        bucket = proxy._up if direction == "up" else proxy._down
        step = link.chunk if (bucket or slow) else len(data) or 1
        if slow is not None:
            step = min(step, 1024)
        for i in range(0, len(data), step):
            piece = data[i:i + step]
            if bucket is not None:
                bucket.take(len(piece), proxy._stop)
            if slow is not None:
                slow.take(len(piece), proxy._stop)
            if not self._alive():
                raise _Closed(direction, reset=True)
            sock.sendall(piece)
            proxy._count("bytes_up" if direction == "up" else "bytes_down", len(piece))

    def _hold(self, seconds: float) -> None:
        """Keep the exchange open and silent until the client gives up (or the
        bound)."""
        deadline = time.monotonic() + seconds
        while self._alive() and time.monotonic() < deadline:
            ready, _, _ = select.select([self.client], [], [], POLL_S)
            if ready:
                try:
                    if not self.client.recv(CHUNK):
                        return
                except OSError:
                    return

    def _connect(self) -> None:
        proxy = self.proxy
        try:
            sock = socket.create_connection(proxy.upstream, timeout=5)
        except OSError:
            proxy._count("upstream_unreachable")
            raise _Closed("upstream") from None
        sock.settimeout(IO_TIMEOUT_S)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.upstream = sock

    # -- the exchange loop -----------------------------------------------------------

    def _pump(self) -> None:
        proxy = self.proxy
        while True:
            self._wait_request()
            head, rest = self._read_head(self.client, "client", self._buf)
            length, close_after = _framing(head)
            if length is None and not head.startswith((b"GET ", b"HEAD ", b"DELETE ")):
                self._tunnel(head + rest)
                return
            body, self._buf = self._read_body(self.client, "client", rest, length or 0)
            request = head + body
            proxy._count("requests")
            kind = proxy._choose(self.rng)
            if kind in CANNED:
                proxy._count(kind)
                self.client.sendall(CANNED[kind])
                raise _Closed("canned")
            if kind == HANG_REQUEST:
                proxy._count(kind)
                self._hold(proxy.profile.hang_s)
                raise _Closed(kind, reset=True)
            if proxy._stall():
                proxy._count("late_deliveries")
            if self.upstream is None:
                self._connect()
            assert self.upstream is not None
            if kind == RESET_REQUEST:
                cut = self.rng.randrange(1, len(request))
                self._send(self.upstream, request[:cut], "up")
                proxy._count(kind)
                raise _Closed(kind, reset=True)
            slow = None
            if kind == SLOW:
                proxy._count(kind)
                slow = TokenBucket(self.rng.uniform(*proxy.profile.slow_bps), 2048)
            self._send(self.upstream, request, "up", slow)
            if kind == BLACKHOLE_RESPONSE:
                proxy._count(kind)
                self._hold(proxy.profile.hang_s)
                raise _Closed(kind, reset=True)
            response, complete, up_close = self._read_response()
            if proxy._stall():
                proxy._count("late_deliveries")
            if kind == RESET_RESPONSE:
                cut = self.rng.randrange(0, len(response))
                self._send(self.client, response[:cut], "down")
                proxy._count(kind)
                raise _Closed(kind, reset=True)
            if kind == TRUNCATE_RESPONSE:
                cut = self.rng.randrange(1, len(response))
                self._send(self.client, response[:cut], "down")
                proxy._count(kind)
                raise _Closed(kind)
            self._send(self.client, response, "down", slow)
            proxy._count("responses")
            if not complete or up_close or close_after:
                raise _Closed("done")

    def _read_response(self) -> tuple[bytes, bool, bool]:
        """(bytes, complete, connection close). An upstream that closes mid-response
        gives what came (the client gets the same short answer, then a close)."""
        assert self.upstream is not None
        buf = b""
        try:
            head, rest = self._read_head(self.upstream, "upstream", buf)
        except _Closed:
            raise
        length, close = _framing(head)
        status = head[9:12]
        if status in (b"204", b"304") or status.startswith(b"1"):
            return head, True, close
        if length is None:  # read to the end
            while True:
                try:
                    rest += self._recv(self.upstream, "upstream")
                except _Closed:
                    return head + rest, True, True
        try:
            body, extra = self._read_body(self.upstream, "upstream", rest, length)
        except _Closed:
            return head + rest, False, True
        return head + body, True, close

    def _tunnel(self, first: bytes) -> None:
        """Something this proxy does not frame: pass bytes both ways until a close."""
        self.proxy._count("tunnelled")
        if self.upstream is None:
            self._connect()
        assert self.upstream is not None
        self._send(self.upstream, first, "up")
        socks = [self.client, self.upstream]
        while self._alive():
            ready, _, _ = select.select(socks, [], [], POLL_S)
            for s in ready:
                data = self._recv(s, "client" if s is self.client else "upstream")
                if s is self.client:
                    self._send(self.upstream, data, "up")
                else:
                    self._send(self.client, data, "down")


@contextlib.contextmanager
def running(upstream: tuple[str, int], **kwargs: Any) -> Iterator[ChaosProxy]:
    proxy = ChaosProxy(upstream, **kwargs).start()
    try:
        yield proxy
    finally:
        proxy.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Fault-injecting TCP proxy (loopback).")
    ap.add_argument("--upstream", required=True, metavar="HOST:PORT")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rate", type=float, default=None, metavar="BYTES_PER_S",
                    help="link rate per direction (default: unlimited)")
    ap.add_argument("--latency", type=float, default=0.0, metavar="S")
    ap.add_argument("--fault-rate", type=float, default=0.25)
    ap.add_argument("--no-faults", action="store_true", help="start healed")
    ap.add_argument("--lifetime", type=float, default=900.0, metavar="S")
    args = ap.parse_args(argv)
    host, _, port = args.upstream.rpartition(":")
    profile = Profile(fault_rate=args.fault_rate)
    proxy = ChaosProxy((host, int(port)), seed=args.seed, port=args.port,
                       profile=Profile.off() if args.no_faults else profile,
                       link=Link(rate_bps=args.rate, latency_s=args.latency),
                       lifetime_s=args.lifetime)
    proxy._last_active = profile

    def toggle(signum: int, frame: Any) -> None:
        proxy.faults(not proxy.profile.active)
        print(json.dumps({"faults": proxy.profile.active}), flush=True)

    def show(signum: int, frame: Any) -> None:
        print(json.dumps(proxy.counters()), flush=True)

    done = threading.Event()
    signal.signal(signal.SIGUSR1, toggle)
    signal.signal(signal.SIGUSR2, show)
    signal.signal(signal.SIGTERM, lambda s, f: done.set())
    signal.signal(signal.SIGINT, lambda s, f: done.set())
    proxy.start()
    print(json.dumps({"status": "listening", "url": proxy.url,
                      "upstream": f"{host}:{port}"}), flush=True)
    while not done.is_set() and not proxy.stopped:
        done.wait(0.2)
    proxy.stop()
    print(json.dumps(proxy.counters()), flush=True)
    return 0


__all__ = ["ALL_FAULTS", "BLACKOUT", "REFUSE", "REQUEST_FAULTS", "WINDOW_FAULTS",
           "ChaosProxy", "Link", "Profile", "TokenBucket", "running"]


if __name__ == "__main__":
    sys.exit(main())
