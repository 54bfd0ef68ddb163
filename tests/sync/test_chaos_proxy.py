"""The chaos proxy itself (``tests/helpers/chaos_proxy.py``): each fault does to a real
HTTP client what it claims, the link limits bytes/s, counters count, and the proxy
stays on loopback and stops cleanly. A stdlib HTTP server stands in for the portal."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from helpers.chaos_proxy import (
    BLACKOUT,
    REFUSE,
    REQUEST_FAULTS,
    ChaosProxy,
    Link,
    Profile,
    TokenBucket,
)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    received: list[bytes] = []

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append(body)
        self._answer(b"ok:" + body[:20])

    def do_GET(self) -> None:  # noqa: N802
        size = int(self.path.rsplit("/", 1)[-1] or 0)
        self._answer(b"x" * size)

    def _answer(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[ThreadingHTTPServer]:
    _Handler.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    s = requests.Session()
    s.trust_env = False
    yield s
    s.close()


def _only(kind: str, **kwargs: object) -> Profile:
    return Profile(fault_rate=1.0, weights={kind: 1.0}, windows=(), hang_s=2.0,
                   **kwargs)  # type: ignore[arg-type]


def _proxy(server: ThreadingHTTPServer, **kwargs: object) -> ChaosProxy:
    return ChaosProxy(("127.0.0.1", server.server_address[1]), seed=3, lifetime_s=60,
                      **kwargs).start()  # type: ignore[arg-type]


def test_without_faults_it_forwards_and_counts_bytes(
        upstream: ThreadingHTTPServer, session: requests.Session) -> None:
    proxy = _proxy(upstream)
    try:
        for i in range(3):  # one keep-alive connection, three exchanges
            r = session.post(proxy.url + "/x", data=b"hello %d" % i, timeout=5)
            assert (r.status_code, r.content) == (200, b"ok:hello %d" % i)
        c = proxy.counters()
        assert (c["requests"], c["responses"], c["connections"]) == (3, 3, 1)
        assert c["bytes_up"] > 3 * len(b"hello 0") and c["bytes_down"] > 0
        assert sum(c["faults"].values()) == 0
    finally:
        proxy.stop()
    assert proxy.counters()["open_connections"] == 0


@pytest.mark.parametrize("kind,error", [
    ("reset_request", requests.ConnectionError),
    ("reset_response", requests.ConnectionError),
    ("blackhole_response", requests.ReadTimeout),
    ("hang_request", requests.ReadTimeout),
])
def test_a_request_fault_is_an_error_of_the_client(
        upstream: ThreadingHTTPServer, session: requests.Session, kind: str,
        error: type[Exception]) -> None:
    proxy = _proxy(upstream, profile=_only(kind))
    try:
        with pytest.raises(error):
            session.post(proxy.url + "/x", data=b"y" * 5000, timeout=(2, 0.5))
        assert proxy.counters()["faults"][kind] == 1
        delivered = {"reset_request": False, "hang_request": False}.get(kind, True)
        time.sleep(0.1)
        assert bool(_Handler.received) is delivered
    finally:
        proxy.stop()


@pytest.mark.parametrize("seed", range(6))
def test_a_truncated_answer_never_reads_as_the_whole_answer(
        upstream: ThreadingHTTPServer, session: requests.Session, seed: int) -> None:
    """Cut in the body: the client sees a short read. Cut in the headers: http.client
    may even hand back a "200" with no body (then the missing protocol marker is what
    tells the terminal it is no answer)."""
    proxy = ChaosProxy(("127.0.0.1", upstream.server_address[1]), seed=seed,
                       lifetime_s=60, profile=_only("truncate_response")).start()
    try:
        try:
            got: bytes | None = session.post(proxy.url + "/x", data=b"v" * 100,
                                             timeout=5).content
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
            got = None
        assert got != b"ok:" + b"v" * 20
        assert proxy.counters()["faults"]["truncate_response"] == 1
    finally:
        proxy.stop()


@pytest.mark.parametrize("kind,status", [("http_503", 503), ("captive", 200)])
def test_canned_pages_never_reach_the_portal(
        upstream: ThreadingHTTPServer, session: requests.Session, kind: str,
        status: int) -> None:
    proxy = _proxy(upstream, profile=_only(kind))
    try:
        r = session.post(proxy.url + "/x", data=b"z", timeout=5)
        assert r.status_code == status
        assert r.headers["Content-Type"].startswith("text/html")
        assert "BD-Protocol" not in r.headers
        assert _Handler.received == []
    finally:
        proxy.stop()


def test_slow_exchanges_and_the_link_rate_are_token_buckets(
        upstream: ThreadingHTTPServer, session: requests.Session) -> None:
    proxy = _proxy(upstream, profile=_only("slow", slow_bps=(40_000.0, 40_000.0)))
    try:
        started = time.monotonic()
        r = session.get(proxy.url + "/20000", timeout=10)
        assert len(r.content) == 20_000
        assert time.monotonic() - started >= 0.4  # 20 kB at 40 kB/s
        assert proxy.counters()["faults"]["slow"] == 1
    finally:
        proxy.stop()
    proxy = _proxy(upstream, link=Link(rate_bps=100_000))
    try:
        started = time.monotonic()
        r = session.get(proxy.url + "/60000", timeout=10)
        elapsed = time.monotonic() - started
        assert len(r.content) == 60_000
        assert 0.5 <= elapsed < 10  # 60 kB at 100 kB/s (after a 2 kB burst)
    finally:
        proxy.stop()


def test_a_token_bucket_keeps_its_rate() -> None:
    bucket = TokenBucket(50_000, 1_000)
    started = time.monotonic()
    for _ in range(25):
        bucket.take(1_000)
    assert 0.4 <= time.monotonic() - started < 5  # 25 kB - 1 kB burst at 50 kB/s


def test_windows_refuse_then_stall_and_healing_ends_them(
        upstream: ThreadingHTTPServer, session: requests.Session) -> None:
    def window(kind: str) -> Profile:
        return Profile(fault_rate=0.0, windows=(kind,), window_gap_s=(0.05, 0.05),
                       refuse_s=(0.6, 0.6), blackout_s=(0.8, 0.8))

    proxy = _proxy(upstream, profile=window(REFUSE))
    try:
        deadline = time.monotonic() + 5
        refused = False
        while not refused and time.monotonic() < deadline:
            try:
                session.get(proxy.url + "/1", timeout=(0.5, 0.5))
            except requests.ConnectionError as exc:  # the port is closed
                refused = "refused" in str(exc).lower()
            time.sleep(0.01)
        assert refused and proxy.counters()["faults"][REFUSE] == 1
        proxy.set_profile(window(BLACKOUT))
        while proxy.counters()["faults"][BLACKOUT] == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        started = time.monotonic()
        r = session.get(proxy.url + "/5", timeout=(2, 3))  # held, then delivered
        assert r.content == b"xxxxx"
        assert time.monotonic() - started > 0.3
        assert proxy.counters()["late_deliveries"] >= 1
        proxy.faults(False)  # heal: no more windows, the current one ends
        late = proxy.counters()["late_deliveries"]
        for _ in range(5):
            assert session.get(proxy.url + "/3", timeout=2).content == b"xxx"
        assert proxy.counters()["late_deliveries"] == late  # nothing held any more
    finally:
        proxy.stop()


def test_covering_applies_every_request_fault_once_first(
        upstream: ThreadingHTTPServer, session: requests.Session) -> None:
    proxy = _proxy(upstream, profile=Profile(fault_rate=1.0, windows=(), hang_s=2.0))
    try:
        for _ in REQUEST_FAULTS:
            try:
                session.post(proxy.url + "/x", data=b"w" * 3000, timeout=(2, 0.3))
            except requests.RequestException:
                pass
        assert proxy.counters()["faults"] == {
            **dict.fromkeys(REQUEST_FAULTS, 1), BLACKOUT: 0, REFUSE: 0}
    finally:
        proxy.stop()


def test_loopback_only() -> None:
    with pytest.raises(ValueError, match="loopback"):
        ChaosProxy(("10.0.0.1", 80))
    with pytest.raises(ValueError, match="loopback"):
        ChaosProxy(("127.0.0.1", 80), host="0.0.0.0")


def test_it_stops_by_itself(upstream: ThreadingHTTPServer) -> None:
    proxy = _proxy(upstream)
    proxy.lifetime_s = 0.2
    deadline = time.monotonic() + 5
    while not proxy.stopped and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proxy.stopped
    proxy.stop()
