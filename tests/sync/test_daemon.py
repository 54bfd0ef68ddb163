"""The daemon loop with fake time: prompt pushes, backoff with connectivity probes,
clean stop on SIGTERM, JSON lines."""

from __future__ import annotations

import io
import json
import os
import signal
from collections.abc import Callable
from typing import Any

from helpers.fake_portal import FakePortal
from helpers.sync_support import FakeClock

from borderdesk.storage.outbox import SqliteSyncStore
from sync import protocol
from sync.daemon import SyncDaemon
from sync.engine import SyncEngine


class Time:
    """Monotonic time and the engine's clock, advanced together by ``sleep``."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.t = 0.0
        self.hooks: list[tuple[float, Callable[[], None]]] = []

    def monotonic(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        assert 0 <= seconds <= 0.5 + 1e-9  # always small steps
        self.t += seconds
        self.clock.advance(seconds)
        due = [h for h in self.hooks if h[0] <= self.t]
        self.hooks = [h for h in self.hooks if h[0] > self.t]
        for _, hook in due:
            hook()

    def at(self, t: float, hook: Callable[[], None]) -> None:
        self.hooks.append((t, hook))


def _daemon(engine: SyncEngine, time: Time, **kwargs: Any) -> tuple[SyncDaemon,
                                                                     io.StringIO]:
    stream = io.StringIO()
    kwargs.setdefault("interval", 60)
    kwargs.setdefault("pull_interval", 300)
    kwargs.setdefault("probe_interval", 15)
    d = SyncDaemon(engine, sleep=time.sleep, monotonic=time.monotonic, stream=stream,
                   **kwargs)
    return d, stream


def _events(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_pushes_promptly_pulls_rarely_and_stops(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        clock: FakeClock) -> None:
    time = Time(clock)
    record(3)
    daemon, stream = _daemon(make_engine(), time)
    time.at(10, lambda: record(2))  # a crossing recorded while the daemon idles
    time.at(130, daemon.stop)
    assert daemon.run() == 0
    assert store.counts()["accepted"] == 5
    batch_times = [r for r in portal.requests if r["path"] == protocol.PATH_BATCH]
    assert len(batch_times) == 2
    # the second crossing batch went out within a poll interval, not after 60 s
    events = _events(stream)
    runs = [e for e in events if e.get("event") == "sync.run"]
    assert len(runs) == 3  # t=0, t≈10 (new messages), t≈72 (interval)
    assert runs[1]["accepted"] == 2
    assert [e for e in events if e.get("event") == "sync.batch"]
    # pulls: only in the first run (pull_interval 300 s)
    assert portal.paths().count(protocol.PATH_KEYS) == 1
    assert events[0]["event"] == "daemon.start" and events[-1]["event"] == "daemon.stop"
    assert all({"ts", "level", "logger"} <= set(e) for e in events)


def test_backoff_with_probes_resumes_when_the_link_returns(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        clock: FakeClock) -> None:
    time = Time(clock)
    record(2)
    # runs at t=0, 2, 6, 14 fail (backoff 2, 4, 8, then 16 s: until t=30); probes
    # every 15 s while waiting
    portal.fault("*", "connect", times=4)
    engine = make_engine(rng=lambda: 1.0)  # the longest delays, deterministic
    daemon, stream = _daemon(engine, time)
    batches_at: list[float] = []
    original = portal.handle

    def spy(request: Any) -> Any:
        response = original(request)
        if request.path_url.startswith(protocol.PATH_BATCH):
            batches_at.append(time.t)
        return response

    portal.handle = spy  # type: ignore[method-assign]
    time.at(200, daemon.stop)
    daemon.run()
    assert store.counts()["accepted"] == 2
    events = _events(stream)
    waits = [e for e in events if e.get("event") == "backoff.wait"]
    assert [w["seconds"] for w in waits] == [2, 4, 8, 16]
    assert all(w["probe"] for w in waits)
    assert [e for e in events if e.get("event") == "backoff.reset"]
    # the probe at t=29 found the portal: sent then, not at the end of the backoff
    assert batches_at and 29 <= batches_at[0] < 30


def test_a_portal_asking_to_wait_is_not_probed(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        clock: FakeClock) -> None:
    time = Time(clock)
    record(1)
    portal.fault(protocol.PATH_BATCH, "503", retry_after=120)
    daemon, stream = _daemon(make_engine(), time)
    requests_at: list[float] = []
    original = portal.handle

    def spy(request: Any) -> Any:
        requests_at.append(time.t)
        return original(request)

    portal.handle = spy  # type: ignore[method-assign]
    time.at(200, daemon.stop)
    daemon.run()
    assert store.counts()["accepted"] == 1
    # nothing between the 503 (t=0) and its Retry-After
    assert not [t for t in requests_at if 0 < t < 120]
    waits = [e for e in _events(stream) if e.get("event") == "backoff.wait"]
    assert waits[0]["probe"] is False and waits[0]["seconds"] == 120


def test_sigterm_stops_between_batches(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        clock: FakeClock) -> None:
    time = Time(clock)
    record(1)
    previous = signal.getsignal(signal.SIGTERM)
    daemon, stream = _daemon(make_engine(), time)
    time.at(5, lambda: os.kill(os.getpid(), signal.SIGTERM))
    assert daemon.run() == 0
    assert daemon.stopping
    assert signal.getsignal(signal.SIGTERM) is previous  # restored
    assert store.counts()["accepted"] == 1
    last = _events(stream)[-1]
    assert (last["event"], last["exit_code"]) == ("daemon.stop", 0)
    assert time.t < 6
