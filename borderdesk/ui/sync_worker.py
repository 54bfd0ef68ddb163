"""Background sync for the window: the engine's generator in a worker QThread.

The sync itself is :meth:`sync.engine.SyncEngine.run_once`, a plain generator of
progress (STYLE.md §4). :class:`SyncWorker` only drives it: it lives in its own
QThread with its *own* database connection (opened in that thread: one connection per
thread, STYLE.md §5) and decides when to run:

- at start, then every ``poll_interval`` seconds (10 s) when the outbox holds
  something to send, and every ``pull_interval`` seconds (5 min) to pull the portal's
  pre-declarations, watch list and keys;
- soon after :meth:`SyncService.request_sync` (the window calls it after each save);
- at once, ignoring the backoff, on :meth:`SyncService.sync_now` ("Sync now", F9).

The backoff the engine persists in ``sync_state`` is honoured: while it runs, the
worker only sends one cheap probe every ``probe_interval`` seconds after a link
failure and starts again as soon as the portal answers (as ``sync.daemon`` does).
After the portal *refused* the terminal (revoked key, clock outside the replay
window), it tries again only every ``pull_interval`` or when a person asks: repeating
a refused request every few seconds cannot help. Not enrolled: the worker reports it
and touches no network.

Every change is reported as a :class:`SyncSnapshot` (plain, immutable data) through
``state_changed``. :class:`SyncService`, on the GUI thread, owns the thread, sends the
requests through its own signals to the worker's ``@Slot`` methods, receives the
snapshots in a ``@Slot`` and re-emits them (never lambdas across threads, never a
widget touched from the worker). :meth:`SyncService.stop` sets the cancel flag the
engine checks between batches, quits the thread and waits for it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from borderdesk import keys
from borderdesk.config import Settings
from borderdesk.storage.db import open_db
from borderdesk.storage.errors import StorageError
from borderdesk.storage.outbox import SqliteSyncStore
from sync import engine as engine_mod
from sync import ports
from sync.engine import SyncEngine, SyncProgress, SyncStatus, sync_status
from sync.ports import Enrolment

log = logging.getLogger(__name__)

# What the window shows (SyncSnapshot.state)
NOT_ENROLLED = "not_enrolled"
SYNCING = "syncing"
ONLINE = "online"
OFFLINE = "offline"
ERROR = "error"  # the portal refused the terminal, or a local problem: a person acts
UNKNOWN = "unknown"  # enrolled, nothing tried yet
STARTING = "starting"  # the worker has not looked yet

POLL_INTERVAL_S = 10.0
PULL_INTERVAL_S = 300.0
PROBE_INTERVAL_S = 30.0
SOON_MS = 300  # after a save: let a burst of saves settle into one run
# A counter's link: give up on a dead connection quickly (the engine retries later).
CLIENT_TIMEOUT = (5.0, 20.0)
# Longer than a request can take, so closing the window never abandons a run.
STOP_WAIT_MS = 25_000

# Threads that would not stop in time (a request hung past its timeout): kept
# referenced so that Python never destroys a running QThread (which aborts).
_STUCK: list[QThread] = []

EngineFactory = Callable[[SqliteSyncStore, Enrolment], SyncEngine]


class KeyMismatch(Exception):
    """The terminal key on disk is not the one the portal enrolled."""


def _time(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else None


@dataclass(frozen=True, slots=True)
class SyncSnapshot:
    """The sync as the window shows it (plain data, safe to pass between threads).

    Attributes:
        state: one of ``not_enrolled``, ``syncing``, ``online``, ``offline``,
            ``error``, ``unknown``, ``starting``.
        counts: outbox messages per state (``pending``, ``sent``, ``accepted``,
            ``rejected``, ``conflict``).
        last_success_at: the last request the portal answered (aware datetime).
        next_attempt_at: when the next automatic attempt may start (backoff).
        error_code: the current error's code (``timeout``, ``not_protocol``,
            ``unknown_terminal``, ...), None when the last attempt succeeded.
        error_text: the error's technical text (for the tooltip and the log).
        done, total: messages sent so far / to send in the run in progress.
        portal_url: the enrolled portal's address.
    """

    state: str
    counts: Mapping[str, int] = field(default_factory=dict)
    last_success_at: datetime | None = None
    next_attempt_at: datetime | None = None
    error_code: str | None = None
    error_text: str | None = None
    done: int = 0
    total: int = 0
    portal_url: str | None = None

    @property
    def waiting(self) -> int:
        """Messages not yet confirmed by the portal (``pending`` + ``sent``)."""
        return self.counts.get(ports.PENDING, 0) + self.counts.get(ports.SENT, 0)

    @property
    def rejected(self) -> int:
        return self.counts.get(ports.REJECTED, 0)

    @property
    def conflict(self) -> int:
        return self.counts.get(ports.CONFLICT, 0)


def snapshot_from_status(
    status: SyncStatus, progress: SyncProgress | None = None
) -> SyncSnapshot:
    """The snapshot for ``status`` (and the run in progress, if any)."""
    counts = {state: int(status.counts.get(state, 0)) for state in ports.STATES}
    if not status.enrolled:
        return SyncSnapshot(NOT_ENROLLED, counts)
    success = _time(status.last_success_at)
    error = dict(status.last_error or {})
    error_at = _time(error.get("at"))
    # An error is current until a later request succeeds.
    current = bool(error) and (
        success is None or error_at is None or error_at >= success)
    code = str(error.get("code")) if current and error.get("code") else None
    text = str(error.get("message") or "") if current else None
    next_at = _time(status.next_attempt_at)
    if progress is not None:
        state = SYNCING
    elif current and not error.get("transient", False):
        state = ERROR
    elif current or status.connection == "offline":
        state = OFFLINE
    elif status.connection == "online":
        state = ONLINE
    else:
        state = UNKNOWN
    done = total = 0
    if progress is not None:
        total = progress.total
        done = max(0, progress.total - progress.left)
    return SyncSnapshot(
        state, counts, success, next_at, code, text, done, total, status.portal_url
    )


class SyncWorker(QObject):
    """Runs the sync engine in the worker thread (``moveToThread``).

    Args:
        db_path: the terminal's database; the worker opens its own connection.
        settings: where the terminal key lives (``data_dir``).
        cancel: set by the GUI thread to stop; the engine checks it between batches.
        engine_factory: ``(store, enrolment) -> SyncEngine`` (tests inject one); the
            default signs with the terminal key and talks to the enrolled portal.

    Signals:
        state_changed(object): a :class:`SyncSnapshot`, whenever it changes.
    """

    state_changed = Signal(object)

    def __init__(
        self,
        db_path: Path,
        settings: Settings,
        cancel: threading.Event,
        *,
        engine_factory: EngineFactory | None = None,
        poll_interval: float = POLL_INTERVAL_S,
        pull_interval: float = PULL_INTERVAL_S,
        probe_interval: float = PROBE_INTERVAL_S,
    ) -> None:
        super().__init__()
        self._db_path = Path(db_path)
        self._settings = settings
        self._cancel = cancel
        self._factory = engine_factory or self._default_engine
        self._pull_interval = pull_interval
        self._probe_interval = probe_interval
        # Children move to the worker thread with their parent.
        self._poll = QTimer(self)
        self._poll.setInterval(int(poll_interval * 1000))
        self._poll.timeout.connect(self._on_poll_timeout)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SOON_MS)
        self._soon.timeout.connect(self._on_soon_timeout)
        self._db: Any = None
        self._store: SqliteSyncStore | None = None
        self._engine: SyncEngine | None = None
        self._engine_for: tuple[str, ...] | None = None
        self._requested = False
        self._last_pull: float | None = None
        self._last_probe: float | None = None
        self._refused_at: float | None = None
        self._last: SyncSnapshot | None = None
        self.closed = False

    # -- life cycle (worker thread) --------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Open the connection and look at once (connected to ``QThread.started``)."""
        try:
            self._db = open_db(self._db_path, autocheckpoint=False)
        except StorageError as exc:
            log.error("sync: cannot open the database (%s): %s", exc.code, exc)
            self._emit(SyncSnapshot(ERROR, error_code="storage", error_text=str(exc)))
            return
        self._store = SqliteSyncStore(self._db, owns=True)
        self._poll.start()
        self._cycle(force=False)

    @Slot()
    def finish(self) -> None:
        """Release everything, in the worker thread (``QThread.finished``)."""
        self._poll.stop()
        self._soon.stop()
        self._drop_engine()
        if self._store is not None:
            self._store.close()
            self._store = None
        self.closed = True

    # -- requests (queued from the GUI thread) ---------------------------------------

    @Slot()
    def request_sync(self) -> None:
        """Something was saved: send it soon (the backoff still applies)."""
        self._requested = True
        self._soon.start()

    @Slot()
    def sync_now(self) -> None:
        """A person asked: forget the backoff and run a full push and pull now."""
        self._cycle(force=True)

    @Slot()
    def _on_poll_timeout(self) -> None:
        self._cycle(force=False)

    @Slot()
    def _on_soon_timeout(self) -> None:
        self._cycle(force=False)

    # -- the decision ----------------------------------------------------------------

    def _cycle(self, *, force: bool) -> None:
        if self._store is None or self._cancel.is_set():
            return
        try:
            self._decide(self._store, force)
        except KeyMismatch as exc:
            self._drop_engine()
            self._emit(SyncSnapshot(ERROR, self._store.counts(),
                                    error_code="key_mismatch", error_text=str(exc)))
        except StorageError as exc:
            log.error("sync: database error (%s): %s", exc.code, exc)
            self._emit(SyncSnapshot(ERROR, error_code="storage", error_text=str(exc)))
        except Exception as exc:  # a bug must not kill the worker thread
            log.exception("sync: unexpected error")
            self._emit(SyncSnapshot(ERROR, error_code="internal",
                                    error_text=f"{type(exc).__name__}: {exc}"))

    def _decide(self, store: SqliteSyncStore, force: bool) -> None:
        enrolment = store.enrolment()
        if enrolment is None:
            self._drop_engine()
            self._report(store)
            return
        engine = self._engine_of(store, enrolment)
        now = time.monotonic()
        if force:
            engine.reset_backoff()
        elif self._refused_at is not None and (
                now - self._refused_at < self._pull_interval):
            self._report(store)
            return
        elif engine.seconds_until_next_attempt() > 0:
            if not self._probe_due(store, now) or not engine.probe():
                self._report(store)
                return
            log.info("sync: the portal answers again; backoff reset")
        pull = force or self._last_pull is None or (
            now - self._last_pull >= self._pull_interval)
        counts = store.counts()
        waiting = counts.get(ports.PENDING, 0) + counts.get(ports.SENT, 0)
        if not (force or pull or waiting or self._requested):
            self._report(store)
            return
        self._requested = False
        last: SyncProgress | None = None
        for progress in engine.run_once(self._cancel.is_set, force=force, pull=pull):
            last = progress
            if progress.phase != "done":
                self._report(store, progress)
        outcome = last.outcome if last is not None else None
        if outcome == engine_mod.OK and pull:
            self._last_pull = now
        self._refused_at = now if outcome == engine_mod.REFUSED else None
        self._report(store)

    def _probe_due(self, store: SqliteSyncStore, now: float) -> bool:
        """After a link failure (not when the portal asked to wait), probe sometimes."""
        if sync_status(store).connection == "online":
            return False
        last = self._last_probe
        if last is not None and now - last < self._probe_interval:
            return False
        self._last_probe = now
        return True

    def _report(self, store: SqliteSyncStore, progress: SyncProgress | None = None
                ) -> None:
        self._emit(snapshot_from_status(sync_status(store), progress))

    def _emit(self, snapshot: SyncSnapshot) -> None:
        if snapshot != self._last:
            self._last = snapshot
            self.state_changed.emit(snapshot)

    # -- the engine ------------------------------------------------------------------

    def _engine_of(self, store: SqliteSyncStore, enrolment: Enrolment) -> SyncEngine:
        ident = (enrolment.portal_url, enrolment.terminal_id, enrolment.key_id)
        if self._engine is None or self._engine_for != ident:
            self._drop_engine()
            self._engine = self._factory(store, enrolment)
            self._engine_for = ident
            self._last_pull = None
            self._refused_at = None
        return self._engine

    def _default_engine(self, store: SqliteSyncStore, enrolment: Enrolment
                        ) -> SyncEngine:
        import requests

        from sync.client import PortalClient

        path = self._settings.data_dir / "keys" / keys.PRIVATE_FILE
        if not path.exists():
            raise KeyMismatch(f"no terminal key at {path}")
        try:
            key = keys.load(path)
        except keys.KeyFileError as exc:
            raise KeyMismatch(str(exc)) from exc
        if key.key_id != enrolment.key_id:
            raise KeyMismatch("the terminal key changed since enrolment; enrol again")
        client = PortalClient(requests.Session(), enrolment.portal_url, key,
                              enrolment.terminal_id, timeout=CLIENT_TIMEOUT)
        return SyncEngine(store, client)

    def _drop_engine(self) -> None:
        if self._engine is not None:
            close = getattr(self._engine.client, "close", None)
            if callable(close):
                close()
        self._engine = None
        self._engine_for = None


class SyncService(QObject):
    """The GUI thread's handle on a :class:`SyncWorker` running in its own QThread.

    Call :meth:`start` once and :meth:`stop` before the owner goes away (the window
    does both); :meth:`stop` waits for the run in progress to reach a batch boundary.

    Signals:
        state_changed(object): the worker's :class:`SyncSnapshot`, on the GUI thread.
    """

    state_changed = Signal(object)
    # GUI thread -> worker thread (queued: the worker lives in the other thread)
    _sync_requested = Signal()
    _sync_now_requested = Signal()

    def __init__(
        self,
        db_path: Path,
        settings: Settings,
        parent: QObject | None = None,
        *,
        engine_factory: EngineFactory | None = None,
        poll_interval: float = POLL_INTERVAL_S,
        pull_interval: float = PULL_INTERVAL_S,
        probe_interval: float = PROBE_INTERVAL_S,
        name: str = "borderdesk-sync",
    ) -> None:
        super().__init__(parent)
        self.snapshot = SyncSnapshot(STARTING)
        self._cancel = threading.Event()
        self._started = False
        self._thread = QThread()
        self._thread.setObjectName(name)
        self.worker = SyncWorker(
            db_path, settings, self._cancel, engine_factory=engine_factory,
            poll_interval=poll_interval, pull_interval=pull_interval,
            probe_interval=probe_interval)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        # finished is emitted in the worker thread: the connection closes there.
        self._thread.finished.connect(self.worker.finish)
        self._thread.finished.connect(self.worker.deleteLater)
        self._sync_requested.connect(self.worker.request_sync)
        self._sync_now_requested.connect(self.worker.sync_now)
        self.worker.state_changed.connect(self._on_worker_state_changed)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @Slot()
    def request_sync(self) -> None:
        """Something was saved: the worker sends it soon (honouring the backoff)."""
        if self.is_running():
            self._sync_requested.emit()

    @Slot()
    def sync_now(self) -> None:
        """Run now, ignoring the backoff (the officer pressed "Sync now")."""
        if self.is_running():
            self._sync_now_requested.emit()

    def stop(self) -> None:
        """Cancel the run in progress at its next batch boundary and end the thread."""
        self._cancel.set()
        if not self._thread.isRunning():
            return
        self._thread.requestInterruption()
        self._thread.quit()
        if not self._thread.wait(STOP_WAIT_MS):
            log.error("the sync thread did not stop within %d ms", STOP_WAIT_MS)
            _STUCK.append(self._thread)

    @Slot(object)
    def _on_worker_state_changed(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        self.state_changed.emit(snapshot)
