"""The sync engine: push the outbox, pull the portal's data; a generator of progress.

One run (:meth:`SyncEngine.run_once`):

1. unless forced, do nothing while the persisted backoff has not elapsed;
2. ``GET /v1/limits`` (also the cheapest proof that the portal, not a captive portal,
   answers);
3. resend the messages left ``sent`` by a timeout or a crash, with the same message
   ids (the portal answers ``duplicate`` for those it already holds), then push the
   ``pending`` ones in outbox order, in batches: start at the portal's advertised
   maximum (or 100), halve on 413 or when the gzip body would exceed
   ``max_batch_bytes``, grow back by a tenth after each success. Each batch is marked
   ``sent`` (hash frozen) in one transaction before it leaves and gets the portal's
   answers in one transaction after; a rejected or conflicting message never blocks
   the others and is never sent again automatically. One batch is on the wire at a
   time, but the next one is prepared (read, marked ``sent``, encoded, signed) while
   the portal works on it, and the answers are written down while the portal works
   on the next;
4. pull pre-declarations and watch-list deltas page by page (each page stored with
   its cursor in one transaction, so an interrupted pull resumes where it stopped),
   then the keys.

A transient failure ends the run and schedules the next attempt (full-jitter
exponential backoff, persisted in ``sync_state`` so a restart honours it); any
successful request resets the backoff. ``is_cancelled`` is checked between batches
(before the next one leaves: pushing is pipelined, see :meth:`SyncEngine._push`) and
pages. The engine never sleeps for backoff: the caller (daemon, GUI timer) does.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import random
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from borderdesk.core.ids import new_id
from sync import ports
from sync.client import PortalClient
from sync.errors import (
    OutcomeUnknown,
    RejectedError,
    SyncError,
    TooLarge,
    TransientError,
)
from sync.ports import Outcome, OutboxMessage, SyncStore, TrustedKeyInfo
from sync.protocol import (
    FUNCTION_OF,
    MAX_BATCH_BYTES,
    BatchRequest,
    Message,
    RawJSON,
    Result,
    Status,
)
from sync.retry import backoff_delay

log = logging.getLogger("sync.engine")

DEFAULT_BATCH = 100
PAGE_SIZE = 500
MAX_BATCH_IN_PROGRESS_WAITS = 3

# outcomes of a run (SyncProgress.outcome on the last, "done", progress)
OK = "ok"  # every request succeeded (rejections may have happened: see counts)
OFFLINE = "offline"  # a transient failure ended the run; next attempt scheduled
WAITING = "waiting"  # backoff not elapsed: nothing was tried
REFUSED = "refused"  # the portal refused a request (auth, config): a human must act
CANCELLED = "cancelled"
NOT_ENROLLED = "not_enrolled"

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _parse_time(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """What one step of a run did, with running totals for the run.

    ``phase``: ``start``, ``push`` (after each batch), ``pull`` (after each page),
    ``done`` (always last; ``outcome`` set). ``total`` is what was left to send when
    the run started, ``left`` what is left now (``pending`` + ``sent``).
    """

    phase: str
    message: str = ""
    sent: int = 0  # messages transmitted in this run (resends included)
    accepted: int = 0
    duplicates: int = 0  # of the accepted: the portal already held them
    rejected: int = 0
    conflict: int = 0
    left: int = 0
    total: int = 0
    pulled: Mapping[str, int] = field(default_factory=dict)
    batch_size: int = 0
    outcome: str | None = None
    error: str | None = None
    next_attempt_at: datetime | None = None

    @property
    def needs_supervisor(self) -> int:
        return self.rejected + self.conflict

    def to_dict(self) -> dict[str, Any]:
        return {"phase": self.phase, "message": self.message, "sent": self.sent,
                "accepted": self.accepted, "duplicates": self.duplicates,
                "rejected": self.rejected, "conflict": self.conflict,
                "left": self.left, "total": self.total, "pulled": dict(self.pulled),
                "batch_size": self.batch_size, "outcome": self.outcome,
                "error": self.error,
                "next_attempt_at": (_iso(self.next_attempt_at)
                                    if self.next_attempt_at else None)}


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The sync as the status bar shows it (no network involved)."""

    counts: Mapping[str, int]
    enrolled: bool
    portal_url: str | None
    terminal: str | None
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: Mapping[str, Any] | None
    next_attempt_at: str | None
    backoff_attempt: int
    connection: str  # "online" | "offline" | "unknown"
    audit_anchored: Mapping[str, Any] | None

    @property
    def left(self) -> int:
        return self.counts.get(ports.PENDING, 0) + self.counts.get(ports.SENT, 0)

    def to_dict(self) -> dict[str, Any]:
        return {"counts": dict(self.counts), "left": self.left,
                "enrolled": self.enrolled,
                "portal_url": self.portal_url, "terminal": self.terminal,
                "last_success_at": self.last_success_at,
                "last_attempt_at": self.last_attempt_at,
                "last_error": dict(self.last_error) if self.last_error else None,
                "next_attempt_at": self.next_attempt_at,
                "backoff_attempt": self.backoff_attempt, "connection": self.connection,
                "audit_anchored": (dict(self.audit_anchored)
                                   if self.audit_anchored else None)}


def sync_status(store: SyncStore) -> SyncStatus:
    enrolment = store.get(ports.ENROLMENT)
    online = store.get(ports.ONLINE)
    return SyncStatus(
        counts=store.counts(), enrolled=enrolment is not None,
        portal_url=enrolment.get("portal_url") if enrolment else None,
        terminal=(f"{enrolment['gate']}/{enrolment['terminal']}" if enrolment
                  else None),
        last_success_at=store.get(ports.LAST_SUCCESS_AT),
        last_attempt_at=store.get(ports.LAST_ATTEMPT_AT),
        last_error=store.get(ports.LAST_ERROR),
        next_attempt_at=store.get(ports.NEXT_ATTEMPT_AT),
        backoff_attempt=int(store.get(ports.BACKOFF_ATTEMPT, 0) or 0),
        connection="unknown" if online is None else ("online" if online else "offline"),
        audit_anchored=store.get(ports.AUDIT_ANCHORED),
    )


#: What a queued send returns when it did not leave (see SyncEngine._send_after).
_NOT_SENT: Any = object()


def _stayed(send: Future[Any]) -> bool:
    """True when a finished queued send did not leave."""
    return send.exception() is None and send.result() is _NOT_SENT


class _Stop(Exception):
    """Ends a run early with an outcome (internal)."""

    def __init__(self, outcome: str, error: SyncError | None = None) -> None:
        super().__init__(outcome)
        self.outcome = outcome
        self.error = error


@dataclass
class _Run:
    total: int
    sent: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    conflict: int = 0
    left: int = 0
    pulled: dict[str, int] = field(default_factory=lambda: {
        "predeclarations": 0, "watchlist": 0, "keys": 0})


@dataclass(slots=True)
class _Prepared:
    """A batch marked sent, its request body encoded: ready to leave."""

    request: BatchRequest
    body: bytes
    ids: list[str]
    #: the request signed ahead, sent at most once (its first attempt)
    signed: Any = None


class SyncEngine:
    """Push and pull for one terminal.

    Args:
        store: a :class:`~sync.ports.SyncStore`, or a factory opening one (called at
            the start of each run, in the thread that runs it, and closed after).
        client: the portal client (signed with the enrolled terminal's key).
        clock: "now" as an aware datetime.
        sleep: used only for the short waits a 409 ``batch_in_progress`` asks for.
        rng: a ``random.Random`` or a ``() -> float`` in [0, 1) for backoff jitter.
        batch_size: an upper bound on messages per batch (``--batch-size``).
        page_size: items per pull page.
    """

    def __init__(self, store: SyncStore | Callable[[], SyncStore], client: PortalClient,
                 clock: Clock = _utc_now, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | Callable[[], float] | None = None, *,
                 batch_size: int | None = None, page_size: int = PAGE_SIZE) -> None:
        self._store_source = store
        self.client = client
        self.clock = clock
        self.sleep = sleep
        if rng is None:
            self._rand: Callable[[], float] = random.random
        elif isinstance(rng, random.Random):
            self._rand = rng.random
        else:
            self._rand = rng
        self.cap = batch_size
        self.page_size = page_size
        self.max_batch = min(DEFAULT_BATCH, batch_size or DEFAULT_BATCH)
        self.batch_size = self.max_batch
        self.max_bytes = MAX_BATCH_BYTES
        self._sized = False  # batch size set from the portal's limits once

    # -- store handling ------------------------------------------------------------

    def _open(self) -> tuple[SyncStore, bool]:
        source = self._store_source
        if callable(source) and not hasattr(source, "counts"):
            return source(), True
        return source, False  # type: ignore[return-value]

    def status(self) -> SyncStatus:
        store, owned = self._open()
        try:
            return sync_status(store)
        finally:
            if owned:
                store.close()

    def seconds_until_next_attempt(self) -> float:
        """0 when a run may start now (no backoff pending)."""
        store, owned = self._open()
        try:
            when = _parse_time(store.get(ports.NEXT_ATTEMPT_AT))
        finally:
            if owned:
                store.close()
        if when is None:
            return 0.0
        return max(0.0, (when - self.clock()).total_seconds())

    def reset_backoff(self) -> None:
        """Forget the backoff (connectivity came back, or a person asked to sync)."""
        store, owned = self._open()
        try:
            store.put({ports.BACKOFF_ATTEMPT: None, ports.NEXT_ATTEMPT_AT: None},
                      self.clock())
        finally:
            if owned:
                store.close()

    def probe(self) -> bool:
        """One cheap signed request; True (and backoff reset) if the portal answers."""
        try:
            self.client.limits()
        except SyncError:
            return False
        store, owned = self._open()
        try:
            self._succeeded(store)  # clears the backoff, marks the link online
        finally:
            if owned:
                store.close()
        return True

    # -- a run -----------------------------------------------------------------------

    def run_once(self, is_cancelled: Callable[[], bool] = lambda: False, *,
                 force: bool = False, pull: bool = True) -> Iterator[SyncProgress]:
        """One push-then-pull pass; yields progress, the last item has phase "done".

        Args:
            is_cancelled: checked between batches (before the next one leaves) and
                pages.
            force: ignore the persisted backoff (a person pressed "sync now").
            pull: also pull pre-declarations, watch list and keys.
        """
        store, owned = self._open()
        try:
            yield from self._run(store, is_cancelled, force, pull)
        finally:
            if owned:
                store.close()

    def _left(self, store: SyncStore) -> int:
        counts = store.counts()
        return counts.get(ports.PENDING, 0) + counts.get(ports.SENT, 0)

    def _progress(self, run: _Run, phase: str, message: str = "", **extra: Any
                  ) -> SyncProgress:
        return SyncProgress(phase=phase, message=message, sent=run.sent,
                            accepted=run.accepted, duplicates=run.duplicates,
                            rejected=run.rejected, conflict=run.conflict, left=run.left,
                            total=run.total, pulled=dict(run.pulled),
                            batch_size=self.batch_size, **extra)

    def _run(self, store: SyncStore, is_cancelled: Callable[[], bool], force: bool,
             pull: bool) -> Iterator[SyncProgress]:
        run = _Run(total=self._left(store))
        run.left = run.total
        if store.get(ports.ENROLMENT) is None:
            yield self._progress(run, "done", "not enrolled", outcome=NOT_ENROLLED,
                                 error="not_enrolled")
            return
        if not force:
            when = _parse_time(store.get(ports.NEXT_ATTEMPT_AT))
            if when is not None and when > self.clock():
                yield self._progress(run, "done", "waiting for the next attempt",
                                     outcome=WAITING, next_attempt_at=when)
                return
        yield self._progress(run, "start", f"{run.total} message(s) to send")
        outcome, error = OK, None
        try:
            self._limits(store)
            yield from self._push(store, run, is_cancelled)
            if pull:
                yield from self._pull(store, run, is_cancelled)
        except _Stop as stop:
            outcome, error = stop.outcome, stop.error
        except TransientError as exc:
            outcome, error = OFFLINE, exc
            self._failed(store, exc)
        except SyncError as exc:  # RejectedError, AuthError, TooLarge outside a batch
            outcome, error = REFUSED, exc
            self._refused(store, exc)
        run.left = self._left(store)
        when = (_parse_time(store.get(ports.NEXT_ATTEMPT_AT)) if outcome == OFFLINE
                else None)
        message = (f"{run.accepted} accepted, {run.rejected} rejected, {run.conflict} "
                   f"conflict, {run.left} left")
        if error is not None:
            message += f"; {error.code}: {error}"
        done = self._progress(run, "done", message, outcome=outcome,
                              error=error.code if error else None, next_attempt_at=when)
        log.info("sync run %s: %s", outcome, json.dumps(done.to_dict(), sort_keys=True))
        yield done

    # -- bookkeeping -----------------------------------------------------------------

    def _succeeded(self, store: SyncStore, **extra: Any) -> None:
        """Clear the backoff, mark the link online (and write ``extra`` state keys in
        the same transaction)."""
        now = self.clock()
        store.put({ports.BACKOFF_ATTEMPT: None, ports.NEXT_ATTEMPT_AT: None,
                   ports.LAST_SUCCESS_AT: _iso(now), ports.LAST_ATTEMPT_AT: _iso(now),
                   ports.ONLINE: True, **extra}, now)

    def _failed(self, store: SyncStore, exc: TransientError) -> None:
        now = self.clock()
        attempt = int(store.get(ports.BACKOFF_ATTEMPT, 0) or 0) + 1
        delay = backoff_delay(attempt, retry_after=exc.retry_after, rand=self._rand)
        answered = exc.status is not None and exc.code != "not_protocol"
        store.put({ports.BACKOFF_ATTEMPT: attempt,
                   ports.NEXT_ATTEMPT_AT: _iso(now + timedelta(seconds=delay)),
                   ports.LAST_ATTEMPT_AT: _iso(now), ports.ONLINE: answered,
                   ports.LAST_ERROR: {"code": exc.code, "message": str(exc)[:500],
                                      "at": _iso(now), "transient": True}}, now)
        log.warning("sync failed (%s: %s); attempt %d, next in %.1f s", exc.code, exc,
                    attempt, delay)

    def _refused(self, store: SyncStore, exc: SyncError) -> None:
        now = self.clock()
        store.put({ports.LAST_ATTEMPT_AT: _iso(now), ports.ONLINE: True,
                   ports.LAST_ERROR: {"code": exc.code, "message": str(exc)[:500],
                                      "at": _iso(now), "transient": False}}, now)
        log.error("the portal refused the request (%s: %s); not retried automatically",
                  exc.code, exc)

    def _limits(self, store: SyncStore) -> None:
        limits = self.client.limits()
        self._succeeded(store)
        store.put({ports.LIMITS: limits}, self.clock())
        messages = limits.get("max_batch_messages")
        size = messages if isinstance(messages, int) and messages > 0 else DEFAULT_BATCH
        self.max_batch = min(size, self.cap) if self.cap else size
        if not self._sized:
            self.batch_size, self._sized = self.max_batch, True
        self.batch_size = min(self.batch_size, self.max_batch)
        max_bytes = limits.get("max_batch_bytes")
        if isinstance(max_bytes, int) and max_bytes > 0:
            self.max_bytes = max_bytes

    # -- push ------------------------------------------------------------------------

    def _push(self, store: SyncStore, run: _Run, is_cancelled: Callable[[], bool]
              ) -> Iterator[SyncProgress]:
        """Batches go out one at a time, in outbox order, but pipelined: while the
        portal works on batch N, batch N+1 is read, marked ``sent``, encoded and queued
        behind N in the one worker thread that talks to the portal, which sends it the
        moment N's answer is in (if N succeeded and the run is not cancelled: see
        :meth:`_send_after`); N's answers are written down while the portal works on
        N+1. Only ``pending`` batches are prepared ahead (those left ``sent`` are
        resent first, one at a time, and so are the batches growing back after a
        split). ``is_cancelled`` is checked before each batch leaves; a batch already
        on its way is finished. A batch prepared ahead that never left (N failed, a
        413, cancelled) goes back to ``pending``."""
        finished: set[str] = set()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-post") as pool:
            while True:
                if is_cancelled():
                    raise _Stop(CANCELLED)
                batch = store.unresolved(self.batch_size)
                ahead = not batch  # the outbox has nothing left in flight
                batch = batch or store.pending(self.batch_size)
                if not batch:
                    return
                if finished.intersection(m.message_id for m in batch):
                    raise RuntimeError("the outbox returned a message already answered")
                current = self._prepare(store, run, batch)
                if isinstance(current, list):  # refused locally, nothing to send
                    finished.update(current)
                    run.left = self._left(store)
                    yield self._progress(run, "push", f"batch of {len(batch)}")
                    continue
                flight: Future[Any] | None = pool.submit(
                    self.client.send_batch, current.request, current.body)
                upcoming: _Prepared | None = None
                queued: Future[Any] | None = None  # upcoming's send, behind flight
                try:
                    while current is not None:
                        # not while growing back after a split: the size of N+1
                        # depends on N's success
                        ahead = ahead and self.batch_size >= self.max_batch
                        upcoming = (self._prepare_next(store, run, finished)
                                    if ahead else None)
                        if upcoming is not None:
                            assert flight is not None
                            queued = pool.submit(self._send_after, flight, upcoming,
                                                 is_cancelled)
                        answered = current
                        results = self._post(store, current.request, current.body,
                                             current.ids, flight, is_cancelled)
                        flight = None
                        if results is _NOT_SENT:  # cancelled before it left
                            self._unsend(store, run, current, "not_sent")
                            break
                        if results is None:  # 413: back to the loop, smaller batches
                            if len(current.ids) == 1:
                                finished.update(self._too_large(store, run,
                                                                current.ids[0]))
                            break
                        if upcoming is not None:
                            # already on its way: N's answers are written down meanwhile
                            current, flight = upcoming, queued
                            upcoming = queued = None
                        else:
                            current = None
                        self._answered(store, run, answered, results)
                        finished.update(answered.ids)
                        run.left = self._left(store)
                        yield self._progress(run, "push",
                                             f"batch of {len(answered.ids)}")
                finally:
                    for pending in (flight, queued):
                        if pending is not None:  # the consumer stopped: wait
                            wait([pending])
                    # prepared ahead but never sent (N failed, a 413, cancelled)
                    if upcoming is not None and (queued is None or _stayed(queued)):
                        self._unsend(store, run, upcoming, "not_sent")

    def _send_after(self, previous: Future[Any], prepared: _Prepared,
                    is_cancelled: Callable[[], bool]) -> Any:
        """Runs in the worker thread right after ``previous`` (one worker: in order):
        sends ``prepared`` only if ``previous`` was answered and the run goes on, so
        that no thread hand-over stands between N's answer and N+1 leaving;
        :data:`_NOT_SENT` otherwise."""
        if (previous.exception() is not None or previous.result() is _NOT_SENT
                or is_cancelled()):
            return _NOT_SENT
        return self.client.send_batch(prepared.request, prepared.body,
                                      signed=prepared.signed)

    def _prepare_next(self, store: SyncStore, run: _Run, finished: set[str]
                      ) -> _Prepared | None:
        """The next pending batch, marked sent and encoded (None if there is none or
        it was refused locally)."""
        batch = store.pending(self.batch_size)
        if not batch:
            return None
        if finished.intersection(m.message_id for m in batch):
            raise RuntimeError("the outbox returned a message already answered")
        prepared = self._prepare(store, run, batch)
        if isinstance(prepared, list):
            finished.update(prepared)
            return None
        # Signed now, while the portal works on the batch before it, so that nothing
        # but the network stands between that batch's answer and this one leaving.
        return dataclasses.replace(
            prepared, signed=self.client.sign_batch(prepared.request, prepared.body))

    def _unsend(self, store: SyncStore, run: _Run, prepared: _Prepared | None,
                code: str) -> None:
        """A batch marked sent that never left goes back to ``pending``."""
        if prepared is not None:
            store.mark_unsent(prepared.ids, code, self.clock())
            run.sent -= len(prepared.ids)

    def _prepare(self, store: SyncStore, run: _Run, batch: list[OutboxMessage]
                 ) -> _Prepared | list[str]:
        """``batch`` (a prefix of it) marked sent with its request body; or the ids
        refused locally (a changed payload, a message too large)."""
        local = self._check_frozen(store, batch)
        if local:
            run.rejected += len(local)
            return local
        request, body = self._fit(batch, store.audit_head())
        if request is None:  # a single message larger than the portal accepts
            msg = batch[0]
            store.apply_results([Outcome(msg.message_id, ports.REJECTED, "too_large",
                                         f"larger than {self.max_bytes} bytes")],
                                self.clock())
            run.rejected += 1
            return [msg.message_id]
        ids = [m.message_id for m in request.messages]
        store.mark_sent(ids, request.batch_id, self.clock())
        run.sent += len(ids)
        return _Prepared(request, body, ids)

    def _too_large(self, store: SyncStore, run: _Run, message_id: str) -> list[str]:
        store.apply_results([Outcome(message_id, ports.REJECTED, "too_large",
                                     "the portal refused it as too large")],
                            self.clock())
        run.rejected += 1
        return [message_id]

    def _answered(self, store: SyncStore, run: _Run, sent: _Prepared,
                  results: list[Result]) -> None:
        request = sent.request
        outcomes = [self._outcome(r) for r in results]
        store.apply_results(outcomes, self.clock())
        # One state write for the answered batch: the backoff cleared and, when the
        # batch carried it, the audit head the portal now anchors.
        anchored = ({ports.AUDIT_ANCHORED: {"head": request.audit_head,
                                             "at": _iso(self.clock())}}
                    if request.audit_head else {})
        self._succeeded(store, **anchored)
        for r in results:
            if r.status is Status.ACCEPTED:
                run.accepted += 1
            elif r.status is Status.DUPLICATE:
                run.accepted += 1
                run.duplicates += 1
            elif r.status is Status.REJECTED:
                run.rejected += 1
            else:
                run.conflict += 1
        if self.batch_size < self.max_batch:  # grow back slowly after a split
            self.batch_size = min(self.max_batch,
                                  self.batch_size + max(1, self.batch_size // 10))
        log.info("batch %s: %d sent, %s", request.batch_id, len(sent.ids),
                 json.dumps({s: sum(1 for r in results if r.status is s)
                             for s in Status}, sort_keys=True))

    def _check_frozen(self, store: SyncStore, batch: list[OutboxMessage]) -> list[str]:
        """Refuse to send a message whose stored payload no longer matches its hash."""
        bad = [m for m in batch
               if hashlib.sha256(m.payload.encode("utf-8")).hexdigest()
               != m.payload_sha256]
        if bad:
            store.apply_results([Outcome(m.message_id, ports.REJECTED, "hash_mismatch",
                                         "the stored payload does not match its hash")
                                 for m in bad], self.clock())
            log.error("%d outbox message(s) with a changed payload: %s", len(bad),
                      ", ".join(m.message_id for m in bad))
        return [m.message_id for m in bad]

    def _fit(self, batch: list[OutboxMessage], head: str | None
             ) -> tuple[BatchRequest | None, bytes]:
        """The largest prefix of ``batch`` whose gzip body fits ``max_batch_bytes``
        (with the audit chain head, which the portal anchors)."""
        messages = [self._message(m) for m in batch]
        while True:
            request = BatchRequest(batch_id=new_id(), messages=messages,
                                   audit_head=head)
            body = self.client.encode_batch(request)
            if len(body) <= self.max_bytes:
                return request, body
            if len(messages) == 1:
                return None, body
            messages = messages[: len(messages) // 2]
            self.batch_size = len(messages)

    @staticmethod
    def _message(m: OutboxMessage) -> Message:
        # The stored payload is the canonical JSON its hash was computed over (checked
        # by _check_frozen): it goes into the request as it is, never parsed again.
        return Message(message_id=m.message_id, function=FUNCTION_OF[m.function],
                       crossing_id=m.crossing_id, payload=RawJSON(m.payload),
                       payload_sha256=m.payload_sha256, ref=m.ref)

    def _post(self, store: SyncStore, request: BatchRequest, body: bytes,
              ids: list[str], flight: Future[Any] | None = None,
              is_cancelled: Callable[[], bool] | None = None) -> Any:
        """POST a batch already marked sent; None after a 413 (messages unsent),
        :data:`_NOT_SENT` when its queued attempt did not leave because the run was
        cancelled. ``flight``: its first attempt, under way (or queued) in the worker
        thread; sent from here if it stayed behind a failed batch that a retry here
        then got through (409)."""
        waits = 0
        while True:
            try:
                if flight is not None:
                    first, flight = flight, None
                    results = first.result()
                    if results is _NOT_SENT:
                        if is_cancelled is not None and is_cancelled():
                            return _NOT_SENT
                        results = self.client.send_batch(request, body)
                else:
                    results = self.client.send_batch(request, body)
            except TooLarge:
                store.mark_unsent(ids, "too_large", self.clock())
                self.batch_size = max(1, len(ids) // 2)
                log.info("413 for %d message(s); batch size now %d", len(ids),
                         self.batch_size)
                return None
            except OutcomeUnknown as exc:
                if (exc.code == "batch_in_progress"
                        and waits < MAX_BATCH_IN_PROGRESS_WAITS):
                    waits += 1
                    self.sleep(min(exc.retry_after or 1.0, 10.0))
                    continue
                store.note_error(ids, exc.code, self.clock())
                raise
            except TransientError as exc:
                if exc.unprocessed:
                    store.mark_unsent(ids, exc.code, self.clock())
                else:
                    store.note_error(ids, exc.code, self.clock())
                raise
            except RejectedError as exc:
                store.mark_unsent(ids, exc.code, self.clock())
                raise
            return results  # the caller records the success with the answers

    @staticmethod
    def _outcome(r: Result) -> Outcome:
        if r.status is Status.ACCEPTED:
            return Outcome(r.message_id, ports.ACCEPTED)
        if r.status is Status.DUPLICATE:
            return Outcome(r.message_id, ports.ACCEPTED, "duplicate")
        state = ports.REJECTED if r.status is Status.REJECTED else ports.CONFLICT
        return Outcome(r.message_id, state, r.code, r.reason)

    # -- pull ------------------------------------------------------------------------

    def _pull(self, store: SyncStore, run: _Run, is_cancelled: Callable[[], bool]
              ) -> Iterator[SyncProgress]:
        yield from self._feed(store, run, is_cancelled, "predeclarations",
                              ports.CURSOR_PREDECLARATIONS)
        yield from self._feed(store, run, is_cancelled, "watchlist",
                              ports.CURSOR_WATCHLIST)
        if is_cancelled():
            raise _Stop(CANCELLED)
        data = self.client.keys()
        self._succeeded(store)
        try:
            keys = _keys(data)
            run.pulled["keys"] += store.apply_keys(keys)
        except (KeyError, TypeError, ValueError) as exc:
            self._bad_data(store, "keys", exc)
        yield self._progress(run, "pull", "keys")

    def _feed(self, store: SyncStore, run: _Run, is_cancelled: Callable[[], bool],
              name: str, cursor_key: str) -> Iterator[SyncProgress]:
        cursor = store.get(cursor_key) or None
        fetch = (self.client.predeclarations if name == "predeclarations"
                 else self.client.watchlist)
        while True:
            if is_cancelled():
                raise _Stop(CANCELLED)
            page = fetch(cursor, self.page_size)
            self._succeeded(store)
            items, more = page["items"], page.get("more") is True
            next_cursor = page.get("next_cursor") or None
            if next_cursor is not None and not isinstance(next_cursor, str):
                next_cursor = str(next_cursor)
            save = next_cursor if next_cursor is not None else cursor
            try:
                if name == "predeclarations":
                    n = store.store_predeclarations(items, save, self.clock())
                else:
                    n = store.store_watchlist(items, page.get("version"), save,
                                              self.clock())
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                self._bad_data(store, name, exc)
                return
            run.pulled[name] += n
            yield self._progress(run, "pull", f"{name}: {n}")
            if not more:
                return
            if next_cursor is None or next_cursor == cursor:
                self._bad_data(store, name, ValueError("more pages but no new cursor"))
                return
            cursor = next_cursor

    def _bad_data(self, store: SyncStore, feed: str, exc: Exception) -> None:
        """A malformed page: recorded, the feed skipped for this run (no backoff:
        the link works, retrying fast would not help)."""
        now = self.clock()
        store.put({ports.LAST_ERROR: {"code": "bad_response",
                                      "message": f"{feed}: {exc}"[:500],
                                      "at": _iso(now),
                                      "transient": True}}, now)
        log.error("malformed %s page from the portal: %s", feed, exc)


def _keys(data: Mapping[str, Any]) -> list[TrustedKeyInfo]:
    out = []
    for item in data.get("portal") or []:
        out.append(TrustedKeyInfo(str(item["key_id"]), "portal",
                                  str(item["public_key"]),
                                  revoked=bool(item.get("revoked", False))))
    for item in data.get("terminals") or []:
        out.append(TrustedKeyInfo(str(item["key_id"]), "terminal",
                                  str(item["public_key"]),
                                  gate=item.get("gate"), terminal=item.get("terminal"),
                                  revoked=bool(item.get("revoked", False))))
    return out


def enrolment_keys(response: Mapping[str, Any]) -> list[TrustedKeyInfo]:
    """The keys an enrolment response asks the terminal to trust."""
    keys = [TrustedKeyInfo(str(response["portal_key_id"]), "portal",
                           str(response["portal_public_key"]))]
    keys.extend(_keys({"terminals": response.get("terminal_keys") or []}))
    return keys


__all__ = [
    "CANCELLED", "NOT_ENROLLED", "OFFLINE", "OK", "REFUSED", "WAITING", "SyncEngine",
    "SyncProgress", "SyncStatus", "enrolment_keys", "sync_status",
]
