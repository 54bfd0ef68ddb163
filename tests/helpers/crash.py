"""Kill -9 during writes: the loop that starts and kills writers, and the checks.

The writer (:mod:`helpers.crash_writer`, a separate process) records crossings with the
real :meth:`~borderdesk.storage.crossings.CrossingStore.record` and acknowledges each
id only after ``record`` returned. :class:`CrashLoop` kills it with SIGKILL after a
seeded random delay and collects the acknowledged ids; :func:`verify` reopens the
database and checks it. Research notes, section 6.1.

Starting Python and importing sqlite-utils costs ~0.13 s, more than a kill cycle
itself, so by default a zygote process imports everything once and forks one writer
per cycle: each writer is still a separate process that opens its own connection after
the fork and is the one killed. ``fork=False`` starts a new interpreter per cycle.

Used by ``tests/storage/test_crash.py`` and ``tests/benchmarks/crash_loop.py``.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlite_utils import Database

from borderdesk.storage import audit, name_index
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db

ACK, READY, EXIT = b"ACK ", b"READY ", b"EXIT "
WRITER = Path(__file__).resolve().with_name("crash_writer.py")
TIMEOUT = 30.0  # seconds a writer may take to start or to be reaped


class _Lines:
    """Lines from a pipe, read with a deadline (select + os.read, no buffering)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.fd = stream.fileno()
        self.buf = b""

    def next(self, deadline: float) -> bytes | None:
        """The next line, or None at end of file; TimeoutError after ``deadline``."""
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the crash-test writer did not answer in time")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    return None
                self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def drain_until(self, deadline: float, acked: list[str]) -> None:
        """Collect ``ACK`` lines until ``deadline`` (the writer keeps writing)."""
        while True:
            try:
                line = self.next(deadline)
            except TimeoutError:
                return
            if line is None:
                return
            _collect(line, acked)


def _collect(line: bytes, acked: list[str]) -> None:
    if line.startswith(ACK):
        acked.append(line[len(ACK) :].decode())
    else:
        raise AssertionError(
            f"unexpected line from the writer (did it fail?): {line!r}"
        )


@dataclass
class Cycle:
    seed: int
    delay: float
    acked: list[str] = field(default_factory=list)


class CrashLoop:
    """Starts writers on ``db_path``, kills them, and remembers every acknowledged id.

    Args:
        db_path: the database (created and migrated here).
        log_path: where the writers' standard error goes (read it on failure).
        fork: fork writers from a zygote (fast) or start a new interpreter per cycle.
    """

    def __init__(self, db_path: Path, log_path: Path, *, fork: bool = True) -> None:
        self.db_path = db_path
        self.log_path = log_path
        self.fork = fork and hasattr(os, "fork")
        self.acked: list[str] = []
        open_db(db_path).close()  # migrate once, before any writer
        self._log = open(log_path, "ab")  # noqa: SIM115  (closed in close())
        self._zygote: subprocess.Popen[bytes] | None = None
        self._zlines: _Lines | None = None

    def __enter__(self) -> CrashLoop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zygote is not None:
            assert self._zygote.stdin is not None
            assert self._zygote.stdout is not None
            self._zygote.stdin.close()
            try:
                self._zygote.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                self._zygote.kill()
                self._zygote.wait()
            self._zygote.stdout.close()
            self._zygote = None
        self._log.close()

    def log_text(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def cycle(self, seed: int) -> Cycle:
        """One writer, killed after a delay drawn from ``seed``; its acks are returned
        and added to :attr:`acked`."""
        rng = random.Random(seed)
        # Mostly 20-120 ms (tens of commits); one in ten within 5 ms of the start.
        delay = (
            rng.uniform(0.0, 0.005) if rng.random() < 0.1 else rng.uniform(0.02, 0.12)
        )
        c = Cycle(seed, delay)
        if self.fork:
            self._cycle_forked(c)
        else:
            self._cycle_spawned(c)
        self.acked.extend(c.acked)
        return c

    def _cycle_forked(self, c: Cycle) -> None:
        if self._zygote is None:
            self._zygote = subprocess.Popen(
                [sys.executable, str(WRITER), "serve"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._log,
            )
            assert self._zygote.stdout is not None
            self._zlines = _Lines(self._zygote.stdout)
        z, lines = self._zygote, self._zlines
        assert z.stdin is not None
        assert lines is not None
        z.stdin.write(f"RUN {self.db_path} {c.seed}\n".encode())
        z.stdin.flush()
        pid = self._await_ready(lines, c)
        lines.drain_until(time.monotonic() + c.delay, c.acked)
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + TIMEOUT
        while True:
            line = lines.next(deadline)
            if line is None:
                raise AssertionError(f"the zygote died\n{self.log_text()}")
            if line.startswith(EXIT):
                dead, status = (int(x) for x in line[len(EXIT) :].split())
                break
            _collect(line, c.acked)
        assert dead == pid
        self._check_killed(os.waitstatus_to_exitcode(status), c)

    def _cycle_spawned(self, c: Cycle) -> None:
        p = subprocess.Popen(
            [sys.executable, str(WRITER), "write", str(self.db_path), str(c.seed)],
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        try:
            assert p.stdout is not None
            lines = _Lines(p.stdout)
            pid = self._await_ready(lines, c)
            assert pid == p.pid
            lines.drain_until(time.monotonic() + c.delay, c.acked)
            p.send_signal(signal.SIGKILL)
            while (line := lines.next(time.monotonic() + TIMEOUT)) is not None:
                _collect(line, c.acked)
            self._check_killed(p.wait(TIMEOUT), c)
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
            if p.stdout is not None:
                p.stdout.close()

    def _await_ready(self, lines: _Lines, c: Cycle) -> int:
        line = lines.next(time.monotonic() + TIMEOUT)
        if line is None or not line.startswith(READY):
            raise AssertionError(
                f"writer did not start (seed {c.seed}): {line!r}\n{self.log_text()}"
            )
        return int(line[len(READY) :])

    def _check_killed(self, code: int, c: Cycle) -> None:
        if code != -signal.SIGKILL:
            raise AssertionError(
                f"writer ended with {code}, not by SIGKILL (seed {c.seed})\n"
                f"{self.log_text()}"
            )


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class Report:
    crossings: int
    acked: int
    unacked_present: int  # committed, killed before the ack was written (allowed)


_ORPHANS = {
    "person without its crossing": (
        "SELECT count(*) FROM crossing_persons p"
        " WHERE NOT EXISTS (SELECT 1 FROM crossings c WHERE c.id = p.crossing_id)"
    ),
    "outbox message without its crossing": (
        "SELECT count(*) FROM outbox o"
        " WHERE NOT EXISTS (SELECT 1 FROM crossings c WHERE c.id = o.crossing_id)"
    ),
    "crossing without exactly one outbox message": (
        "SELECT count(*) FROM crossings c"
        " WHERE (SELECT count(*) FROM outbox o WHERE o.crossing_id = c.id) != 1"
    ),
    "crossing without exactly one audit entry": (
        "SELECT count(*) FROM crossings c WHERE (SELECT count(*) FROM audit a"
        "  WHERE a.entity = 'crossing' AND a.entity_id = c.id) != 1"
    ),
    "audit entry of a missing crossing": (
        "SELECT count(*) FROM audit a WHERE a.entity = 'crossing'"
        " AND NOT EXISTS (SELECT 1 FROM crossings c WHERE c.id = a.entity_id)"
    ),
    "crossing whose persons are not all stored": (
        "SELECT count(*) FROM crossings c"
        " WHERE json_array_length(c.payload, '$.persons')"
        " != (SELECT count(*) FROM crossing_persons p WHERE p.crossing_id = c.id)"
    ),
    "amendment whose outbox message is not an amend": (
        "SELECT count(*) FROM crossings c JOIN outbox o ON o.crossing_id = c.id"
        " WHERE (c.supersedes IS NULL) != (o.function = 'declare')"
    ),
}


def _names_found(db: Database, ids: list[str]) -> None:
    store = CrossingStore(db)
    for cid in ids:
        stored = store.get(cid)
        assert stored is not None, f"acknowledged crossing {cid} lost"
        name = stored.crossing.persons[0].identity.full_name
        found = [s.crossing.id for s in store.search_names(name, limit=10_000)]
        assert cid in found, f"{cid} not found by its name {name!r}"


def verify(db_path: Path, acked: list[str]) -> Report:
    """Reopen the database (recovering the WAL) and check it; AssertionError if bad.

    Checks: ``PRAGMA integrity_check`` is ok, the last acknowledged crossings are
    found by name (from a read-only connection, which searches the rows not indexed
    yet), the FTS index agrees with its table once what waits is indexed,
    no foreign-key violation, every acknowledged id is stored with all its persons,
    its outbox message and its audit entry, no orphan row, and the audit chain
    verifies.
    """
    db = open_db(db_path)
    try:
        conn = db.conn
        check = conn.execute("PRAGMA integrity_check").fetchall()
        assert check == [("ok",)], f"integrity_check: {check[:5]}"
        readonly = open_db(db_path, readonly=True)  # cannot index: searches the rest
        try:
            _names_found(readonly, acked[-3:])
        finally:
            readonly.close()
        # Indexing what waits, then the index against its table: a kill inside an
        # indexing transaction must have left the index and its mark together.
        name_index.catch_up(db)
        conn.execute("INSERT INTO persons_fts(persons_fts) VALUES ('integrity-check')")
        _names_found(db, acked[-3:])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        assert fk == [], f"foreign_key_check: {fk[:5]}"
        stored = {r[0] for r in conn.execute("SELECT id FROM crossings")}
        lost = [i for i in acked if i not in stored]
        assert not lost, f"{len(lost)} acknowledged crossings lost, e.g. {lost[:3]}"
        for what, sql in _ORPHANS.items():
            count = conn.execute(sql).fetchone()[0]
            assert count == 0, f"{count} x {what}"
        chain = audit.verify(db)
        assert chain.ok, f"audit chain: {chain}"
        assert chain.entries == len(stored)
        return Report(len(stored), len(set(acked)), len(stored - set(acked)))
    finally:
        db.close()
