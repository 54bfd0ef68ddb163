"""A real portal process, a real terminal, the chaos proxy between them, and a
Jepsen-style set check (research §3.2): shared by ``tests/sync/test_chaos.py``,
``tests/benchmarks/chaos.py`` and ``tests/benchmarks/bench_sync.py``.

- :class:`PortalProcess`: ``borderdesk portal serve`` in a subprocess (loopback, an
  admin token for ``/_admin/faults``), killed with SIGKILL and restarted on the same
  database and port at will.
- :class:`Terminal`: a terminal's data directory, configuration and database; enrolled
  with the real ``borderdesk enrol``; crossings recorded with ``CrossingStore``; synced
  in-process (:meth:`Terminal.engine`) or with ``borderdesk sync --once`` subprocesses.
- :func:`set_check`: after healing, every message the terminal recorded is held by the
  portal exactly once with the terminal's payload hash (none lost), nothing is held
  twice (no duplicate), the portal holds nothing the terminal never sent (nothing
  unexpected);
  plus both databases' integrity and the terminal's audit chain.
- :func:`run_chaos`: one seeded chaos run (see its docstring).

Everything is bounded in time; every process is killed and reaped in ``finally``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import requests
from helpers import officers
from helpers.chaos_proxy import ALL_FAULTS, ChaosProxy, Profile

from borderdesk import demo, keys
from borderdesk.core import gates
from borderdesk.core.ids import new_id
from borderdesk.core.model import Crossing
from borderdesk.storage import audit, maintenance
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db
from borderdesk.storage.outbox import SqliteSyncStore
from sync.client import PortalClient
from sync.engine import SyncEngine, SyncProgress
from sync.portal import admin
from sync.portal.faults import CRASH_EXIT_CODE

_SCRIPT = Path(sys.executable).with_name("borderdesk")
BORDERDESK = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m",
                                                       "borderdesk.cli"]
GATE = "MONGCAI"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: no BORDERDESK_* from the caller's shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BORDERDESK_")}
    env.update(extra)
    return env


def _tail(path: Path, n: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def _reap(proc: subprocess.Popen[bytes] | None, *, term_first: bool = False
          ) -> int | None:
    """Stop a child for good (SIGTERM then SIGKILL, or SIGKILL) and wait for it."""
    if proc is None:
        return None
    if proc.poll() is None:
        if term_first:
            proc.terminate()
            try:
                return proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        proc.kill()
    return proc.wait(timeout=30)


# -- the portal ------------------------------------------------------------------------


class PortalProcess:
    """``borderdesk portal serve`` as a child process, restartable on the same port."""

    def __init__(self, db: Path, workdir: Path, *, admin_token: str = "chaos-token",
                 threads: int = 4, port: int = 0) -> None:
        self.db = db
        self.workdir = workdir
        self.token = admin_token
        self.threads = threads
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None
        self.incarnation = 0
        self.exits: list[int] = []
        self.log = workdir / "portal.log"
        self.env = clean_env()
        workdir.mkdir(parents=True, exist_ok=True)
        db.parent.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, rules: Sequence[dict[str, Any]] | None = None,
              timeout: float = 20.0) -> None:
        """Start (again) and wait until it listens; ``rules`` go to ``--faults``."""
        if self.alive():
            raise RuntimeError("the portal is already running")
        deadline = time.monotonic() + timeout
        while True:
            self.incarnation += 1
            n = self.incarnation
            out_path = self.workdir / f"portal-{n}.out"
            cmd = [*BORDERDESK, "portal", "serve", "--db", str(self.db), "--port",
                   str(self.port), "--threads", str(self.threads), "--json",
                   "--admin-token", self.token]
            if rules is not None:
                faults = self.workdir / f"faults-{n}.json"
                faults.write_text(json.dumps({"rules": list(rules)}))
                cmd += ["--faults", str(faults)]
            with open(out_path, "wb") as out, open(self.log, "ab") as log:
                self.proc = subprocess.Popen(cmd, stdout=out, stderr=log,
                                             stdin=subprocess.DEVNULL, env=self.env)
            while True:
                text = out_path.read_text(errors="replace")
                line = next((ln for ln in text.splitlines() if '"listening"' in ln),
                            None)
                if line is not None:
                    self.port = int(json.loads(line)["url"].rsplit(":", 1)[1])
                    return
                code = self.proc.poll()
                if code is not None:
                    self.proc = None
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"the portal did not start (exit {code}):\n"
                                           f"{_tail(self.log)}")
                    time.sleep(0.1)  # e.g. the port is not free yet: try again
                    break
                if time.monotonic() > deadline:
                    _reap(self.proc)
                    self.proc = None
                    raise RuntimeError(f"the portal did not start:\n{_tail(self.log)}")
                time.sleep(0.01)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def poll(self) -> int | None:
        """The exit status if it has ended since the last call (then forgotten)."""
        if self.proc is None:
            return None
        code = self.proc.poll()
        if code is not None:
            self.proc.wait()
            self.proc = None
            self.exits.append(code)
        return code

    def kill(self) -> int | None:
        """SIGKILL, as a power cut would (the OS keeps what SQLite wrote)."""
        if self.proc is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=30)
        self.proc = None
        self.exits.append(code)
        return code

    def stop(self) -> None:
        """SIGTERM: the portal finishes its requests and closes its sockets."""
        code = _reap(self.proc, term_first=True)
        if code is not None:
            self.exits.append(code)
        self.proc = None

    def admin(self, method: str = "GET", rules: Sequence[dict[str, Any]] | None = None,
              timeout: float = 2.0) -> list[dict[str, Any]]:
        """``/_admin/faults`` (directly, never through the proxy)."""
        body = None if rules is None else json.dumps({"rules": list(rules)})
        response = requests.request(method, self.url + "/_admin/faults", data=body,
                                    headers={"Authorization": f"Bearer {self.token}"},
                                    timeout=timeout)
        with contextlib.closing(response):
            response.raise_for_status()
            result: list[dict[str, Any]] = response.json()["rules"]
            return result

    def enrolment_code(self, terminal: str, gate: str = GATE) -> str:
        return str(admin.create_enrolment_code(self.db, gate, terminal)["code"])

    def dump(self) -> list[dict[str, Any]]:
        """``borderdesk portal dump --db DB --json`` (the real command)."""
        done = subprocess.run([*BORDERDESK, "portal", "dump", "--db", str(self.db),
                               "--json"], capture_output=True, env=self.env,
                              timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"portal dump failed: {done.stderr.decode()}")
        rows: list[dict[str, Any]] = json.loads(done.stdout)
        return rows


# -- the terminal ----------------------------------------------------------------------


class Terminal:
    """One terminal's files: ``<dir>/config.toml``, ``<dir>/data`` (database, key)."""

    def __init__(self, workdir: Path, *, gate: str = GATE, terminal: str = "T01"
                 ) -> None:
        self.dir = workdir
        self.gate = gate
        self.terminal = terminal
        self.data_dir = workdir / "data"
        self.config = workdir / "config.toml"
        self.db_path = self.data_dir / "borderdesk.db"
        workdir.mkdir(parents=True, exist_ok=True)
        self.config.write_text(f'gate = "{gate}"\nterminal = "{terminal}"\n')
        # Its commands run as the terminal's admin (enrol needs one), signed in with
        # the PIN in the environment as a scheduler's would be.
        self.env = clean_env(BORDERDESK_DATA_DIR=str(self.data_dir),
                             BORDERDESK_CONFIG=str(self.config),
                             BORDERDESK_PIN=officers.ADMIN.pin)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        officers.register_in(self.db_path)
        self._runs = 0
        self.last_output: Path | None = None

    @property
    def name(self) -> str:
        return f"{self.gate}/{self.terminal}"

    @property
    def _as(self) -> list[str]:
        return ["--officer", officers.ADMIN.officer_id]

    def cli(self, *argv: str, timeout: float = 120.0
            ) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*BORDERDESK, "--db", str(self.db_path), *self._as,
                               *argv],
                              capture_output=True, text=True, env=self.env,
                              timeout=timeout, check=False)

    def popen(self, *argv: str) -> subprocess.Popen[bytes]:
        """A CLI run in the background, its output in ``<dir>/cli-N.out``
        (:attr:`last_output`)."""
        self._runs += 1
        path = self.last_output = self.dir / f"cli-{self._runs}.out"
        with open(path, "wb") as out:
            return subprocess.Popen([*BORDERDESK, "--db", str(self.db_path),
                                     *self._as, *argv],
                                    stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, env=self.env)

    def enrol(self, portal_url: str, code: str) -> dict[str, Any]:
        """``borderdesk enrol --portal URL --code CODE`` (the real flow)."""
        done = self.cli("enrol", "--portal", portal_url, "--code", code, "--json")
        if done.returncode != 0:
            raise RuntimeError(f"enrol failed ({done.returncode}): {done.stdout}"
                               f"{done.stderr}")
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    def key(self) -> keys.TerminalKey:
        return keys.load(self.data_dir / "keys" / keys.PRIVATE_FILE)

    def record(self, crossings: Sequence[Crossing], actor: str = "officer1") -> None:
        db = open_db(self.db_path)
        try:
            CrossingStore(db).record_many(crossings, actor=actor)
        finally:
            db.close()

    @contextlib.contextmanager
    def engine(self, url: str, *, timeout: tuple[float, float] = (2.0, 5.0),
               batch_size: int | None = None, seed: int = 0
               ) -> Iterator[SyncEngine]:
        """The real engine on this terminal's database (this thread), its client
        pointed at ``url``; closed on exit."""
        session = requests.Session()
        session.trust_env = False
        client = PortalClient(session, url, self.key(), self.name, timeout=timeout)
        store = SqliteSyncStore(open_db(self.db_path), owns=True)
        try:
            yield SyncEngine(store, client, rng=random.Random(seed),
                             sleep=lambda s: time.sleep(min(s, 0.5)),
                             batch_size=batch_size)
        finally:
            client.close()
            store.close()

    def counts(self) -> dict[str, int]:
        db = open_db(self.db_path)
        try:
            return dict(db.conn.execute(
                "SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        finally:
            db.close()


def crossings_for(n: int, *, seed: int, terminal: str = "T01", gate: str = GATE,
                  days: int = 3, now: datetime | None = None) -> list[Crossing]:
    """``n`` realistic crossings (``borderdesk.demo.generate``) ending before now."""
    now = now or datetime.now(UTC)
    today = now.astimezone(ZoneInfo(gates.GATES[gate].timezone)).date()
    return list(demo.generate(n, start=today - timedelta(days=days - 1), days=days,
                              gate=gate, terminal=terminal, seed=seed, until=now))


def run_engine(engine: SyncEngine, **kwargs: Any) -> SyncProgress:
    last = None
    for last in engine.run_once(**kwargs):  # noqa: B007
        pass
    assert last is not None and last.phase == "done"
    return last


def drain(engine: SyncEngine, *, budget_s: float = 120.0, pull: bool = False
          ) -> tuple[SyncProgress, int]:
    """Run until nothing is left (or the budget is spent); (last progress, runs)."""
    deadline = time.monotonic() + budget_s
    runs = 0
    while True:
        runs += 1
        last = run_engine(engine, force=True, pull=pull)
        if (last.left == 0 and last.outcome == "ok") or time.monotonic() > deadline:
            return last, runs
        time.sleep(0.05)


# -- the set check ---------------------------------------------------------------------


@dataclass
class SetCheck:
    """Jepsen's set checker plus duplicates (research §3.2), over messages and over
    crossings. ``recovered``: messages the portal already held when the terminal
    learnt their fate (an earlier attempt with an unknown outcome had landed)."""

    messages: int = 0  # outbox messages at the terminal
    crossings: int = 0  # crossings at the terminal
    held: int = 0  # messages the portal holds for this terminal
    ok: int = 0
    lost: list[str] = field(default_factory=list)
    hash_mismatch: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    lost_crossings: list[str] = field(default_factory=list)
    unexpected_crossings: list[str] = field(default_factory=list)
    not_accepted: dict[str, int] = field(default_factory=dict)
    recovered: int = 0
    terminal_check: dict[str, Any] = field(default_factory=dict)
    portal_integrity: str = ""

    @property
    def passed(self) -> bool:
        return (not (self.lost or self.hash_mismatch or self.duplicated
                     or self.unexpected or self.lost_crossings
                     or self.unexpected_crossings or self.not_accepted)
                and self.ok == self.messages
                and self.terminal_check.get("ok") is True
                and self.portal_integrity == "ok")

    def summary(self) -> dict[str, Any]:
        return {"messages": self.messages, "crossings": self.crossings,
                "held": self.held, "ok": self.ok, "lost": len(self.lost),
                "hash_mismatch": len(self.hash_mismatch),
                "duplicated": len(self.duplicated), "unexpected": len(self.unexpected),
                "lost_crossings": len(self.lost_crossings),
                "unexpected_crossings": len(self.unexpected_crossings),
                "not_accepted": self.not_accepted, "recovered": self.recovered,
                "terminal_integrity": self.terminal_check.get("integrity"),
                "audit_chain_ok": self.terminal_check.get("audit_chain_ok"),
                "terminal_check_ok": self.terminal_check.get("ok"),
                "portal_integrity": self.portal_integrity, "passed": self.passed,
                "examples": {k: v[:5] for k, v in (
                    ("lost", self.lost), ("duplicated", self.duplicated),
                    ("unexpected", self.unexpected),
                    ("hash_mismatch", self.hash_mismatch)) if v}}


def set_check(terminal: Terminal, portal_db: Path, dump: list[dict[str, Any]]
              ) -> SetCheck:
    """Compare the terminal's database with the portal's dump (and its crossings)."""
    out = SetCheck()
    db = open_db(terminal.db_path)
    try:
        rows = db.conn.execute(
            "SELECT o.message_id, o.crossing_id, o.function, o.state, o.result_code,"
            " COALESCE(o.payload_sha256, c.payload_sha256)"
            " FROM outbox o JOIN crossings c ON c.id = o.crossing_id").fetchall()
        mine_crossings = dict(db.conn.execute(
            "SELECT id, payload_sha256 FROM crossings"))
        report = maintenance.check(db)
        chain = audit.verify(db)
        out.terminal_check = {"ok": report.ok and chain.ok,
                              "integrity": report.integrity,
                              "audit_chain_ok": chain.ok,
                              "audit_entries": chain.entries,
                              "problems": [p.to_dict() for p in report.problems][:5]}
    finally:
        db.close()
    mine = {r[0]: r for r in rows}
    out.messages, out.crossings = len(mine), len(mine_crossings)
    states = Counter(r[3] for r in rows)
    out.not_accepted = {s: n for s, n in states.items() if s != "accepted"}
    out.recovered = sum(1 for r in rows if r[4] == "duplicate")

    held = [h for h in dump if h["terminal"] == terminal.name]
    out.held = len(held)
    by_id = Counter(h["message_id"] for h in held)
    out.duplicated += [mid for mid, n in by_id.items() if n > 1]
    declares = Counter(h["crossing_id"] for h in held if h["function"] == "01")
    out.duplicated += [f"crossing:{cid}" for cid, n in declares.items() if n > 1]
    held_hash = {h["message_id"]: h["payload_hash"] for h in held}
    for mid, row in mine.items():
        if mid not in held_hash:
            out.lost.append(mid)
        elif held_hash[mid] != row[5]:
            out.hash_mismatch.append(mid)
        else:
            out.ok += 1
    out.unexpected = [mid for mid in held_hash if mid not in mine]

    conn = sqlite3.connect(f"file:{portal_db}?mode=ro", uri=True)
    try:
        theirs = dict(conn.execute(
            "SELECT crossing_id, payload_sha256 FROM crossings WHERE gate = ?"
            " AND terminal = ?", (terminal.gate, terminal.name)))
        out.portal_integrity = "; ".join(
            r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()
    out.lost_crossings = [cid for cid, digest in mine_crossings.items()
                          if theirs.get(cid) != digest]
    out.unexpected_crossings = [cid for cid in theirs if cid not in mine_crossings]
    return out


# -- the chaos run ---------------------------------------------------------------------

#: Faults the portal itself injects (``/_admin/faults`` rules), by kind.
PORTAL_FAULTS: dict[str, dict[str, Any]] = {
    "crash_after_commit": {"mode": "crash_after_commit", "target": "batch"},
    "drop_after_commit": {"mode": "drop_after_commit", "target": "batch"},
    "truncate": {"mode": "truncate", "target": "batch"},
    "drop_before_commit": {"mode": "drop_before_commit", "target": "batch"},
    "reset": {"mode": "reset", "target": "any"},
    "http_503": {"mode": "http_error", "status": 503, "retry_after": 1,
                 "target": "batch"},
    "http_429": {"mode": "http_error", "status": 429, "retry_after": 1,
                 "target": "any"},
    "http_500": {"mode": "http_error", "status": 500, "target": "batch"},
    "captive": {"mode": "captive", "target": "any"},
    "slow": {"mode": "slow", "target": "batch"},  # delay_s: past the read timeout
}
#: Faults of the harness: processes killed with SIGKILL.
PROCESS_FAULTS = ("portal_sigkill", "sync_cli_sigkill")


def _portal_kind(rule: dict[str, Any]) -> str:
    return (f"http_{rule['status']}" if rule["mode"] == "http_error" else rule["mode"])


@dataclass
class ChaosConfig:
    """One chaos run. The defaults are the scaled-down run of ``make test``."""

    seed: int
    crossings: int = 1500
    upfront: float = 0.6  # recorded before the faults start; the rest while syncing
    reserve: float = 0.05  # kept back for when faults still lack a batch to hit
    amend_share: float = 0.01
    cancel_share: float = 0.01
    chaos_s: float = 12.0  # the fault phase (extended, up to twice, until every
    #                        fault kind has happened)
    heal_s: float = 90.0  # bound of the final drain
    timeout: tuple[float, float] = (1.0, 1.0)  # the in-process client's (connect, read)
    batch_sizes: tuple[int, int] = (5, 60)
    cli_share: float = 0.12  # steps that are `borderdesk sync --once` subprocesses
    cli_kill_share: float = 0.6  # of those, killed with SIGKILL mid-run
    cli_kill_after_requests: tuple[int, int] = (1, 4)  # killed after the k-th
    cli_kill_delay_s: float = 0.05  # request reached the link, and up to this long
    cli_deadline_s: float = 12.0
    portal_uptime_s: tuple[float, float] = (2.0, 5.0)  # SIGKILL after this long up
    portal_restart_s: tuple[float, float] = (0.05, 0.5)
    portal_rule_rate: tuple[float, float] = (0.03, 0.2)
    proxy: Profile = field(default_factory=lambda: Profile(
        fault_rate=0.2,
        weights={"reset_request": 1.0, "reset_response": 1.0,
                 "truncate_response": 1.0, "blackhole_response": 0.2,
                 "hang_request": 0.2, "http_503": 1.0, "captive": 1.0, "slow": 0.5},
        window_gap_s=(2.5, 5.0), blackout_s=(0.5, 2.5), refuse_s=(0.3, 1.5),
        slow_bps=(16_000.0, 128_000.0), hang_s=10.0))


@dataclass
class ChaosReport:
    seed: int
    config: dict[str, Any]
    recorded: int = 0
    amended: int = 0
    cancelled: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)  # every kind, counted
    proxy: dict[str, Any] = field(default_factory=dict)
    steps: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    cli_exits: Counter[str] = field(default_factory=Counter)
    portal_exits: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    final: dict[str, Any] = field(default_factory=dict)
    at_heal: dict[str, int] = field(default_factory=dict)  # outbox when faults ended
    errors_seen: Counter[str] = field(default_factory=Counter)  # engine run errors
    sent_in_runs: int = 0  # messages transmitted by the in-process runs
    check: SetCheck | None = None

    @property
    def missing_faults(self) -> list[str]:
        return sorted(k for k, n in self.faults.items() if n <= 0)

    @property
    def passed(self) -> bool:
        return (self.check is not None and self.check.passed and not self.errors
                and not self.missing_faults)

    def to_dict(self) -> dict[str, Any]:
        return {"seed": self.seed, "passed": self.passed, "recorded": self.recorded,
                "amended": self.amended, "cancelled": self.cancelled,
                "timings": {k: round(v, 2) for k, v in self.timings.items()},
                "faults": self.faults, "missing_faults": self.missing_faults,
                "proxy": {k: v for k, v in self.proxy.items() if k != "faults"},
                "steps": dict(self.steps), "outcomes": dict(self.outcomes),
                "cli_exits": dict(self.cli_exits),
                "portal_exits": dict(self.portal_exits), "errors": self.errors,
                "outbox_at_heal": self.at_heal, "final": self.final,
                "engine_errors": dict(self.errors_seen),
                "engine_sent": self.sent_in_runs,
                "check": self.check.summary() if self.check else None,
                "config": self.config}


class _Chaos:
    """The moving parts of one run (threads share what is under ``lock``)."""

    def __init__(self, cfg: ChaosConfig, workdir: Path,
                 log: Callable[[str], None]) -> None:
        self.cfg = cfg
        self.log = log
        self.workdir = workdir
        self.report = ChaosReport(cfg.seed, _config_dict(cfg))
        self.lock = threading.Lock()
        self.stop_recorder = threading.Event()
        self.stop_nemesis = threading.Event()
        # Set when the chaos is past 40 %: a portal that keeps crashing on its own
        # (crash-after-commit faults) may never reach its random uptime, so the
        # nemesis then kills it at once if it has not been SIGKILLed yet.
        self.urgent = threading.Event()
        self.portal = PortalProcess(workdir / "portal" / "portal.db",
                                    workdir / "portal")
        self.terminal = Terminal(workdir / "terminal")
        self.proxy: ChaosProxy | None = None
        self.portal_counts: dict[int, tuple[str, int]] = {}  # rule seed -> kind, fired
        self.process_counts: Counter[str] = Counter()
        self.pool: list[Crossing] = []
        self.reserve: list[Crossing] = []
        self.recorded: list[Crossing] = []
        self.pool_done = threading.Event()

    # -- portal faults ---------------------------------------------------------------

    def portal_fired(self) -> Counter[str]:
        with self.lock:
            fired: Counter[str] = Counter()
            for kind, n in self.portal_counts.values():
                fired[kind] += n
            fired["crash_after_commit"] = self.process_counts["crash_after_commit"]
            return fired

    def rules(self, rng: random.Random, urgent: bool) -> list[dict[str, Any]]:
        """A few portal rules, the kinds that have not fired yet first (certain to
        fire once, when ``urgent``)."""
        fired = self.portal_fired()
        kinds = sorted(PORTAL_FAULTS)
        fresh = [k for k in kinds if fired[k] == 0]
        chosen = set(rng.sample(kinds, 2))
        if fresh:
            chosen |= set(rng.sample(fresh, min(2, len(fresh))))
        rules = []
        for kind in sorted(chosen):
            rule = {**PORTAL_FAULTS[kind], "seed": rng.randrange(1, 2**31),
                    "probability": round(rng.uniform(*self.cfg.portal_rule_rate), 3)}
            if kind == "slow":
                rule["delay_s"] = self.cfg.timeout[1] + 0.5
            if urgent and kind in fresh:
                rule.update(probability=1.0, count=1)
            rules.append(rule)
        rng.shuffle(rules)
        with self.lock:
            for r in rules:
                self.portal_counts.setdefault(r["seed"], (_portal_kind(r), 0))
        return rules

    def poll_portal(self) -> None:
        """Read the live portal's fired counters (a lower bound: a process killed
        between two reads takes its last counts with it)."""
        try:
            current = self.portal.admin("GET", timeout=1.0)
        except (requests.RequestException, ValueError, KeyError):
            return
        with self.lock:
            for r in current:
                kind, seen = self.portal_counts.get(r["seed"], (_portal_kind(r), 0))
                self.portal_counts[r["seed"]] = (kind, max(seen, int(r["fired"])))

    def arm(self, rng: random.Random, urgent: bool) -> None:
        self.poll_portal()
        with contextlib.suppress(requests.RequestException, ValueError, KeyError):
            self.portal.admin("POST", self.rules(rng, urgent), timeout=1.0)

    # -- threads ---------------------------------------------------------------------

    def nemesis(self) -> None:
        """Kill the portal with SIGKILL now and then; restart it whenever it is down
        (killed, or ended by its own crash_after_commit) on the same database."""
        cfg = self.cfg
        rng = random.Random(f"{cfg.seed}/portal")
        next_kill = time.monotonic() + rng.uniform(*cfg.portal_uptime_s)
        while not self.stop_nemesis.is_set():
            try:
                next_kill = self._nemesis_step(rng, next_kill)
            except Exception as exc:  # the harness failed, not the product: report
                with self.lock:
                    self.report.errors.append(f"nemesis: {type(exc).__name__}: {exc}")
                self.stop_nemesis.wait(0.5)
            self.stop_nemesis.wait(0.02)

    def _nemesis_step(self, rng: random.Random, next_kill: float) -> float:
        cfg = self.cfg
        code = self.portal.poll()
        if code is not None:
            self._exited(code)
        if not self.portal.alive():
            self.stop_nemesis.wait(rng.uniform(*cfg.portal_restart_s))
            if self.stop_nemesis.is_set():
                return next_kill
            self.portal.start(self.rules(rng, False))
            next_kill = time.monotonic() + rng.uniform(*cfg.portal_uptime_s)
        elif time.monotonic() >= next_kill or (
                self.urgent.is_set() and self.process_counts["portal_sigkill"] == 0):
            code = self.portal.kill()
            with self.lock:
                self.process_counts["portal_sigkill"] += 1
            if code is not None:
                self._exited(code, killed=True)
        return next_kill

    def _exited(self, code: int, killed: bool = False) -> None:
        with self.lock:
            if code == CRASH_EXIT_CODE:
                self.process_counts["crash_after_commit"] += 1
                self.report.portal_exits["crash_after_commit"] += 1
            elif code == -signal.SIGKILL:
                self.report.portal_exits["sigkill"] += 1
            else:
                self.report.portal_exits[f"exit_{code}"] += 1
                self.report.errors.append(f"the portal ended by itself with {code}: "
                                          f"{_tail(self.portal.log, 10)}")

    def recorder(self, span_s: float) -> None:
        """Record the pool in small transactions while the syncs run; now and then
        amend or cancel a crossing recorded earlier."""
        cfg = self.cfg
        rng = random.Random(f"{cfg.seed}/recorder")
        db = open_db(self.terminal.db_path)
        store = CrossingStore(db)
        touched: set[str] = set()
        try:
            pool = self.pool
            chunks = max(1, int(span_s / 0.15))
            size = max(1, len(pool) // chunks)
            pause = span_s / chunks
            i = 0
            while i < len(pool):
                if self.stop_recorder.is_set():
                    size = len(pool)  # the faults are over: record the rest now
                chunk = pool[i:i + rng.randint(1, 2 * size)]
                i += len(chunk)
                store.record_many(chunk, actor="officer1")
                with self.lock:
                    self.recorded.extend(chunk)
                    earlier = [c for c in self.recorded if c.id not in touched]
                for _ in range(len(chunk)):
                    roll = rng.random()
                    if roll < cfg.amend_share + cfg.cancel_share and earlier:
                        old = earlier.pop(rng.randrange(len(earlier)))
                        touched.add(old.id)
                        if roll < cfg.amend_share:
                            self._amend(store, old, touched)
                        else:
                            store.cancel(old.id, "Nhập nhầm (thử nghiệm)",
                                         actor="supervisor1")
                            self.report.cancelled += 1
                if not self.stop_recorder.is_set():
                    self.stop_recorder.wait(rng.uniform(0.3, 1.7) * pause)
            self.pool_done.set()
        except Exception as exc:
            with self.lock:
                self.report.errors.append(f"recorder: {type(exc).__name__}: {exc}")
        finally:
            db.close()

    def _amend(self, store: CrossingStore, old: Crossing, touched: set[str]) -> None:
        new = replace(old, id=new_id(), version=old.version + 1, supersedes=old.id,
                      notes=(old.notes + " (sửa)").strip())
        store.record(new, actor="officer1")
        touched.add(new.id)
        with self.lock:
            self.recorded.append(new)
        self.report.amended += 1

    # -- driver steps ----------------------------------------------------------------

    def engine_step(self, rng: random.Random) -> None:
        cfg = self.cfg
        assert self.proxy is not None
        batch = rng.randint(*cfg.batch_sizes)
        cancel_after = rng.choice([None, None, None, rng.randint(1, 4)])
        seen = [0]

        def cancelled() -> bool:
            seen[0] += 1
            return cancel_after is not None and seen[0] > cancel_after

        with self.terminal.engine(self.proxy.url, timeout=cfg.timeout,
                                  batch_size=batch, seed=rng.randrange(2**31)) as eng:
            for _ in range(rng.randint(1, 4)):  # a few runs in a row, like a daemon
                try:
                    last = None
                    for last in eng.run_once(cancelled, force=True,  # noqa: B007
                                             pull=rng.random() < 0.3):
                        pass
                    assert last is not None
                except Exception as exc:  # a bug of the engine, not a fault
                    self.report.errors.append(f"engine: {type(exc).__name__}: {exc}")
                    self.report.outcomes["exception"] += 1
                    break
                self.report.outcomes[str(last.outcome)] += 1
                if last.error:
                    self.report.errors_seen[str(last.error)] += 1
                self.report.sent_in_runs += last.sent
                if last.outcome == "cancelled":
                    break
        self.report.steps["engine"] += 1

    def cli_step(self, rng: random.Random, kill: bool | None = None) -> None:
        cfg = self.cfg
        assert self.proxy is not None
        if kill is None:
            kill = rng.random() < cfg.cli_kill_share
        base = self.proxy.counters()["requests"]
        proc = self.terminal.popen("sync", "--once", "--portal", self.proxy.url,
                                   "--batch-size", str(rng.randint(*cfg.batch_sizes)),
                                   "--json")
        try:
            if kill:  # SIGKILL mid-run: once its k-th request reached the link
                k = rng.randint(*cfg.cli_kill_after_requests)
                delay = rng.uniform(0.0, cfg.cli_kill_delay_s)
                deadline = time.monotonic() + cfg.cli_deadline_s
                while proc.poll() is None and time.monotonic() < deadline:
                    if self.proxy.counters()["requests"] - base >= k:
                        time.sleep(delay)
                        if proc.poll() is None:
                            proc.kill()
                            with self.lock:
                                self.process_counts["sync_cli_sigkill"] += 1
                        break
                    time.sleep(0.002)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=cfg.cli_deadline_s)
            if proc.poll() is None:  # a blackout outlasted the CLI's timeouts
                proc.kill()
                self.report.cli_exits["deadline_killed"] += 1
            code = proc.wait(timeout=30)
        finally:
            _reap(proc)
        self.report.cli_exits[str(code)] += 1
        if code not in (0, 6, -signal.SIGKILL):  # 1: refused, 7: rejections
            output = self.terminal.last_output
            self.report.errors.append(f"borderdesk sync --once exited {code}: "
                                      f"{_tail(output, 8) if output else ''}")
        self.report.steps["sync_cli"] += 1

    def all_faults(self) -> dict[str, int]:
        assert self.proxy is not None
        out = {f"proxy.{k}": n for k, n in self.proxy.counters()["faults"].items()}
        fired = self.portal_fired()
        out.update({f"portal.{k}": fired[k] for k in sorted(PORTAL_FAULTS)})
        with self.lock:
            out.update({f"process.{k}": self.process_counts[k] for k in PROCESS_FAULTS})
        return out

    # -- the run ---------------------------------------------------------------------

    def run(self) -> ChaosReport:
        cfg, report, log = self.cfg, self.report, self.log
        rng = random.Random(f"{cfg.seed}/driver")
        t0 = time.monotonic()
        admin.seed(self.portal.db, GATE, predeclarations=30, watchlist=20,
                   seed_=cfg.seed)
        self.portal.start()
        self.proxy = ChaosProxy(("127.0.0.1", self.portal.port), seed=cfg.seed,
                                lifetime_s=cfg.chaos_s * 2 + cfg.heal_s + 600).start()
        threads: list[threading.Thread] = []
        try:
            self.terminal.enrol(self.proxy.url,
                                self.portal.enrolment_code(self.terminal.terminal))
            everything = crossings_for(cfg.crossings, seed=cfg.seed)
            n_up = int(len(everything) * cfg.upfront)
            n_res = int(len(everything) * cfg.reserve)
            upfront = everything[:n_up]
            self.pool = everything[n_up:len(everything) - n_res]
            self.reserve = everything[len(everything) - n_res:]
            self.terminal.record(upfront)
            self.recorded.extend(upfront)
            report.timings["setup_s"] = time.monotonic() - t0
            log(f"seed {cfg.seed}: portal {self.portal.url}, proxy {self.proxy.url}, "
                f"{len(upfront)} crossings recorded, faults on")

            # -- faults on --
            t1 = time.monotonic()
            self.proxy.set_profile(cfg.proxy)
            self.arm(rng, False)
            threads = [
                threading.Thread(target=self.nemesis, name="chaos-nemesis",
                                 daemon=True),
                threading.Thread(target=self.recorder, args=(cfg.chaos_s * 0.75,),
                                 name="chaos-recorder", daemon=True),
            ]
            for t in threads:
                t.start()
            cli_kill_done = cli_full_done = False
            while True:
                elapsed = time.monotonic() - t1
                missing = [k for k, n in self.all_faults().items() if n == 0]
                if elapsed > cfg.chaos_s and not missing:
                    break
                if elapsed > 2 * cfg.chaos_s:
                    log(f"seed {cfg.seed}: chaos phase ends with faults never "
                        f"injected: {missing}")
                    break
                urgent = elapsed > 0.4 * cfg.chaos_s
                if urgent:
                    self.urgent.set()
                if urgent and self.reserve and self.pool_done.is_set() \
                        and self.terminal_left() == 0:
                    extra, self.reserve = self.reserve[:10], self.reserve[10:]
                    self.terminal.record(extra)
                    with self.lock:
                        self.recorded.extend(extra)
                if rng.random() < 0.5 or urgent:
                    self.arm(rng, urgent)
                if urgent and not cli_kill_done:
                    self.cli_step(rng, kill=True)
                elif urgent and not cli_full_done:
                    self.cli_step(rng, kill=False)
                elif rng.random() < cfg.cli_share:
                    self.cli_step(rng)
                else:
                    self.engine_step(rng)
                cli_kill_done = self.process_counts["sync_cli_sigkill"] > 0
                cli_full_done = any(k in ("0", "6") for k in report.cli_exits)
            report.timings["chaos_s"] = time.monotonic() - t1

            # -- heal --
            t2 = time.monotonic()
            self.poll_portal()
            self.stop_recorder.set()
            self.stop_nemesis.set()
            for t in threads:
                t.join(timeout=120)
            if self.reserve:
                self.terminal.record(self.reserve)
                self.recorded.extend(self.reserve)
            code = self.portal.poll()
            if code is not None:
                self._exited(code)
            if not self.portal.alive():
                self.portal.start()
            self.portal.admin("DELETE")
            self.proxy.faults(False)
            report.faults = self.all_faults()
            report.proxy = self.proxy.counters()
            report.at_heal = self.terminal.counts()
            if report.proxy.get("proxy_errors"):
                report.errors.append("the chaos proxy failed "
                                     f"{report.proxy['proxy_errors']} time(s)")
            log(f"seed {cfg.seed}: healed after {report.timings['chaos_s']:.1f} s; "
                f"outbox {report.at_heal}")
            with self.terminal.engine(self.proxy.url, timeout=(5.0, 30.0),
                                      seed=cfg.seed) as eng:
                last, runs = drain(eng, budget_s=cfg.heal_s)
                final = run_engine(eng, force=True, pull=True)
            report.final = {"drain_runs": runs, "left": last.left,
                            "outcome": last.outcome, "error": last.error,
                            "after_pull": final.outcome}
            report.timings["heal_s"] = time.monotonic() - t2

            # -- check --
            t3 = time.monotonic()
            self.portal.stop()
            dump = self.portal.dump()
            report.check = set_check(self.terminal, self.portal.db, dump)
            report.recorded = report.check.crossings
            report.timings["check_s"] = time.monotonic() - t3
            report.timings["total_s"] = time.monotonic() - t0
            return report
        finally:
            self.stop_recorder.set()
            self.stop_nemesis.set()
            for t in threads:
                t.join(timeout=120)
            if self.proxy is not None:
                self.proxy.stop()
            self.portal.stop()

    def terminal_left(self) -> int:
        counts = self.terminal.counts()
        return counts.get("pending", 0) + counts.get("sent", 0)


def _config_dict(cfg: ChaosConfig) -> dict[str, Any]:
    out = {k: v for k, v in cfg.__dict__.items() if k != "proxy"}
    out["proxy"] = {k: v for k, v in cfg.proxy.__dict__.items()}
    return json.loads(json.dumps(out, default=list))


def run_chaos(cfg: ChaosConfig, workdir: Path,
              log: Callable[[str], None] = lambda s: None) -> ChaosReport:
    """One seeded chaos run in ``workdir``.

    A portal process (SQLite WAL+FULL) behind the chaos proxy; a terminal enrolled
    through the proxy with ``borderdesk enrol``; ``cfg.upfront`` of the crossings
    recorded first, the rest (with a few amendments and cancellations) recorded by a
    thread while the syncs run. Faults on: the proxy's (resets mid-request and
    mid-response, truncation, swallowed requests and replies, canned 503 and captive
    pages, slow exchanges, blackouts, refused connections), the portal's own rules
    (commit-then-drop, truncate, crash right after commit, 5xx/429, reset, captive,
    slow), the portal killed with SIGKILL and restarted on the same database, and
    ``borderdesk sync --once`` subprocesses killed with SIGKILL mid-run, between
    in-process ``SyncEngine.run_once`` runs with short timeouts, random batch sizes
    and random cancellation. The phase lasts ``cfg.chaos_s`` (extended until every
    fault kind happened, at most twice as long). Then heal (faults off, portal up),
    drain until nothing is left, stop the portal and run :func:`set_check`.
    """
    return _Chaos(cfg, workdir, log).run()


def format_report(report: ChaosReport) -> str:
    d = report.to_dict()
    check = d["check"] or {}
    lines = [
        f"seed {report.seed}: {'PASSED' if report.passed else 'FAILED'} — "
        f"{check.get('crossings')} crossings, {check.get('messages')} messages "
        f"({report.amended} amendments, {report.cancelled} cancellations)",
        f"  lost {check.get('lost')}, duplicated {check.get('duplicated')}, "
        f"unexpected {check.get('unexpected')}, hash mismatch "
        f"{check.get('hash_mismatch')}, not accepted {check.get('not_accepted')}, "
        f"recovered {check.get('recovered')}; terminal integrity "
        f"{check.get('terminal_integrity')}, audit chain "
        f"{'ok' if check.get('audit_chain_ok') else 'BROKEN'}, portal integrity "
        f"{check.get('portal_integrity')}",
        "  faults: " + ", ".join(f"{k}={n}" for k, n in sorted(report.faults.items())),
        f"  outbox when the faults ended {report.at_heal}; drained in "
        f"{report.final.get('drain_runs')} run(s)",
        f"  engine: {report.sent_in_runs} messages sent under faults; run errors "
        f"{dict(report.errors_seen)}",
        f"  steps {dict(report.steps)}, engine outcomes {dict(report.outcomes)}, "
        f"cli exits {dict(report.cli_exits)}, portal exits {dict(report.portal_exits)}",
        f"  proxy: {report.proxy.get('requests')} requests, "
        f"{report.proxy.get('connections')} connections, "
        f"{report.proxy.get('bytes_up')} B up, "
        f"{report.proxy.get('bytes_down')} B down, "
        f"{report.proxy.get('upstream_unreachable')} times the portal was down, "
        f"{report.proxy.get('late_deliveries')} late deliveries",
        "  timings: " + ", ".join(f"{k} {v:.1f}" for k, v in report.timings.items()),
    ]
    if report.missing_faults:
        lines.append(f"  faults never injected: {report.missing_faults}")
    if report.errors:
        lines.append("  errors: " + " | ".join(report.errors[:5]))
    return "\n".join(lines)


__all__ = ["ALL_FAULTS", "BORDERDESK", "ChaosConfig", "ChaosReport", "PortalProcess",
           "SetCheck", "Terminal", "clean_env", "crossings_for", "drain",
           "format_report", "run_chaos", "run_engine", "set_check"]
