"""The long-running sync: runs the engine, waits out backoff, stops cleanly.

- Pushes as soon as the outbox has something (it looks every ``poll_interval``
  seconds), otherwise runs every ``interval`` seconds; pulls at most every
  ``pull_interval`` seconds.
- While a backoff is pending after the *link* failed (no answer from the portal), it
  probes every ``probe_interval`` seconds with one small signed GET and resumes as soon
  as the portal answers (research §2: reset the backoff on a connectivity change).
  After the portal itself asked to wait (429/503 + ``Retry-After``) it does not probe.
- All waiting is done in steps of ``step`` seconds, checking the stop flag, so SIGTERM
  or SIGINT (which only set the flag) stop it within a step, between two batches —
  never in the middle of a transaction.
- Every event is one JSON object per line on ``stream`` (stderr) and goes to the
  ``sync`` loggers (the rotating log file set up by ``borderdesk.logsetup``).
- A request the portal refuses (authentication, revoked key, clock out of the replay
  window) is not retried: the daemon logs it and exits with status 1.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType
from typing import Any, TextIO

from sync import engine as engine_mod
from sync.engine import SyncEngine, SyncProgress

log = logging.getLogger("sync.daemon")

EXIT_OK, EXIT_REFUSED = 0, 1


class JsonLineFormatter(logging.Formatter):
    """One JSON object per record: ts, level, logger, and the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(), "logger": record.name}
        try:
            parsed = json.loads(message)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            data.update(parsed)
        else:
            data["message"] = message
        return json.dumps(data, ensure_ascii=False, sort_keys=False)


class SyncDaemon:
    def __init__(self, engine: SyncEngine, *, interval: float = 60.0,
                 pull_interval: float = 300.0, probe_interval: float = 15.0,
                 poll_interval: float = 2.0, step: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep,
                 monotonic: Callable[[], float] = time.monotonic,
                 stream: TextIO | None = None) -> None:
        self.engine = engine
        self.interval = interval
        self.pull_interval = pull_interval
        self.probe_interval = probe_interval
        self.poll_interval = poll_interval
        self.step = step
        self.sleep = sleep
        self.monotonic = monotonic
        self.stream = stream if stream is not None else sys.stderr
        self._stop = threading.Event()
        self.runs = 0

    # -- control ---------------------------------------------------------------------

    def stop(self, signum: int | None = None, frame: FrameType | None = None) -> None:
        """Ask the loop to end (safe from a signal handler or another thread)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def event(self, name: str, level: int = logging.INFO, **fields: Any) -> None:
        log.log(level, json.dumps({"event": name, **fields}, ensure_ascii=False,
                                  default=str))

    # -- the loop --------------------------------------------------------------------

    def run(self) -> int:
        handler = logging.StreamHandler(self.stream)
        handler.setFormatter(JsonLineFormatter())
        sync_logger = logging.getLogger("sync")
        old_level = sync_logger.level
        if sync_logger.getEffectiveLevel() > logging.INFO:
            sync_logger.setLevel(logging.INFO)
        sync_logger.addHandler(handler)
        previous = self._install_signals()
        try:
            self.event("daemon.start", interval=self.interval,
                       pull_interval=self.pull_interval)
            code = self._loop()
            self.event("daemon.stop", exit_code=code)
            return code
        finally:
            self._restore_signals(previous)
            sync_logger.removeHandler(handler)
            sync_logger.setLevel(old_level)
            handler.close()

    def _loop(self) -> int:
        last_pull: float | None = None
        while not self.stopping:
            wait = self.engine.seconds_until_next_attempt()
            if wait > 0:
                status = self.engine.status()
                probe = status.connection != "online"
                self.event("backoff.wait", seconds=round(wait, 1), probe=probe,
                           error=(status.last_error or {}).get("code"))
                self._wait(wait, probe=probe)
                continue
            now = self.monotonic()
            pull = last_pull is None or now - last_pull >= self.pull_interval
            last = self._run_once(pull)
            if last is None:
                break
            if last.outcome == engine_mod.OK and pull:
                last_pull = now
            if last.outcome in (engine_mod.REFUSED, engine_mod.NOT_ENROLLED):
                self.event("daemon.refused", logging.ERROR, error=last.error,
                           message=last.message)
                return EXIT_REFUSED
            if last.outcome == engine_mod.OFFLINE:
                continue  # the loop waits out the backoff it scheduled
            self._idle()
        return EXIT_OK

    def _run_once(self, pull: bool) -> SyncProgress | None:
        self.runs += 1
        last: SyncProgress | None = None
        for progress in self.engine.run_once(is_cancelled=self._stop.is_set, pull=pull):
            last = progress
            if progress.phase == "push":
                self.event("sync.batch", sent=progress.sent, accepted=progress.accepted,
                           rejected=progress.rejected, conflict=progress.conflict,
                           left=progress.left, batch_size=progress.batch_size)
        if last is not None:
            offline = last.outcome == engine_mod.OFFLINE
            level = logging.WARNING if offline else logging.INFO
            self.event("sync.run", level, **last.to_dict())
        return last

    def _wait(self, seconds: float, *, probe: bool) -> None:
        """Sleep up to ``seconds`` in steps; with ``probe``, try the portal every
        ``probe_interval`` and return early when it answers."""
        start = self.monotonic()
        next_probe = start + self.probe_interval
        while not self.stopping:
            now = self.monotonic()
            if now - start >= seconds:
                return
            if probe and now >= next_probe:
                next_probe = now + self.probe_interval
                if self.engine.probe():
                    self.event("backoff.reset", reason="portal reachable")
                    return
            self.sleep(min(self.step, max(0.0, seconds - (now - start))))

    def _idle(self) -> None:
        """Wait ``interval`` seconds, or less if something new is waiting to be sent."""
        start = self.monotonic()
        next_poll = start + self.poll_interval
        while not self.stopping:
            now = self.monotonic()
            if now - start >= self.interval:
                return
            if now >= next_poll:
                next_poll = now + self.poll_interval
                if self.engine.status().left > 0:
                    return
            self.sleep(min(self.step, self.interval - (now - start)))

    # -- signals ---------------------------------------------------------------------

    def _install_signals(self) -> dict[int, Any]:
        if threading.current_thread() is not threading.main_thread():
            return {}
        previous: dict[int, Any] = {}
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, self.stop)
        return previous

    @staticmethod
    def _restore_signals(previous: dict[int, Any]) -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
