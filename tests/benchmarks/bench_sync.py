"""Sync benchmark: the real engine against the real portal (a separate process).

(a) Loopback: push throughput (records/s) of ``SyncEngine.run_once`` (batches as large
    as the portal advertises, gzip both ways, each batch marked ``sent`` and then
    answered in the terminal's database: two local transactions per batch), next to a
    naive client measured in the same run that sends one signed, *uncompressed*
    request per record (a batch of 1, no gzip either way, and no local bookkeeping
    at all, which flatters it). Wire bytes per record are counted through the chaos
    proxy with the faults off (every byte of requests and responses, headers included,
    the ``GET /v1/limits`` of each run too). Targets: >= 10,000 records/s; the
    engine's bytes per record <= 1/5 of the naive client's.

(b) A 1 Mbit/s link (the proxy's token bucket, 125,000 bytes/s in *each* direction):
    goodput = payload bytes of the records delivered per second / link capacity.
    "Payload bytes" = the canonical JSON of each crossing (UTF-8, what
    ``payload_sha256`` is computed over; what a receiver gets out of the link). Since
    gzip makes the wire bytes smaller than the payload bytes, goodput can exceed 100 %;
    wire utilisation (bytes on the wire per second / capacity, per direction) is
    reported next to it. Target: goodput >= 80 %.

    .venv/bin/python tests/benchmarks/bench_sync.py                  # ~1 min
    .venv/bin/python tests/benchmarks/bench_sync.py --records 50000 --json
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers

import machine_info  # noqa: E402  (the folder of this script)
import requests  # noqa: E402
from helpers.chaos_proxy import ChaosProxy, Link  # noqa: E402
from helpers.sync_harness import (  # noqa: E402
    PortalProcess,
    Terminal,
    crossings_for,
    drain,
    set_check,
)

from borderdesk.core.ids import new_id  # noqa: E402
from borderdesk.storage.db import open_db  # noqa: E402
from borderdesk.storage.outbox import SqliteSyncStore  # noqa: E402
from sync.ports import OutboxMessage  # noqa: E402
from sync.protocol import (  # noqa: E402
    FUNCTION_OF,
    IDEMPOTENCY_HEADER,
    PATH_BATCH,
    BatchRequest,
    Message,
    parse_batch_response,
    require_protocol,
)
from sync.signing import sign  # noqa: E402

TARGET_RPS = 10_000
TARGET_BYTES_RATIO = 1 / 5
TARGET_GOODPUT = 0.80
MBIT = 125_000  # bytes/s


class NaiveClient:
    """One signed request per record: a batch of 1, plain JSON, no gzip either way."""

    def __init__(self, url: str, key: Any, terminal: str) -> None:
        self.url = url.rstrip("/") + PATH_BATCH
        self.key = key
        self.terminal = terminal
        self.session = requests.Session()
        self.session.trust_env = False

    def close(self) -> None:
        self.session.close()

    def send(self, m: OutboxMessage) -> None:
        message = Message(m.message_id, FUNCTION_OF[m.function], m.crossing_id,
                          json.loads(m.payload), m.payload_sha256, m.ref)
        batch = BatchRequest(batch_id=new_id(), messages=[message])
        body = json.dumps(batch.to_wire(), ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        prepared = self.session.prepare_request(requests.Request(
            "POST", self.url, data=body,
            headers={"Content-Type": "application/json", "Accept": "application/json",
                     "Accept-Encoding": "identity",
                     IDEMPOTENCY_HEADER: batch.batch_id}))
        sign(prepared, self.key, self.terminal)
        response = self.session.send(prepared, timeout=(5, 60))
        with response:
            data = require_protocol(response.headers, response.json())
            if response.status_code != 200:
                raise RuntimeError(f"naive client: HTTP {response.status_code}")
            result = parse_batch_response(data, [message])[0]
            if str(result.status) not in ("accepted", "duplicate"):
                raise RuntimeError(f"naive client: {result}")


def _pending(terminal: Terminal, n: int) -> list[OutboxMessage]:
    store = SqliteSyncStore(open_db(terminal.db_path), owns=True)
    try:
        return store.pending(n)
    finally:
        store.close()


def _payload_bytes(terminal: Terminal, ids: list[str]) -> int:
    db = open_db(terminal.db_path)
    try:
        total = 0
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for (payload,) in db.conn.execute(
                    f"SELECT payload FROM crossings WHERE id IN ({marks})", chunk):
                total += len(payload.encode("utf-8"))
        return total
    finally:
        db.close()


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _engine_push(terminal: Terminal, url: str, n: int, seed: int,
                 proxy: ChaosProxy | None = None,
                 portal_pid: int | None = None) -> dict[str, Any]:
    crossings = crossings_for(n, seed=seed, terminal=terminal.terminal)
    terminal.record(crossings)
    ids = [c.id for c in crossings]
    if proxy is not None:
        proxy.reset_counters()
    with terminal.engine(url, timeout=(10.0, 120.0), seed=seed) as engine:
        portal_cpu = _cpu_seconds(portal_pid) if portal_pid else 0.0
        client_cpu = time.process_time()
        t0 = time.perf_counter()
        last, runs = drain(engine, budget_s=600)
        elapsed = time.perf_counter() - t0
        client_cpu = time.process_time() - client_cpu
        portal_cpu = _cpu_seconds(portal_pid) - portal_cpu if portal_pid else None
    if last.left != 0 or last.outcome != "ok":
        raise RuntimeError(f"the engine did not finish: {last}")
    out: dict[str, Any] = {"records": n, "seconds": elapsed,
                           "records_per_s": n / elapsed,
                           "batch_size": engine.batch_size, "runs": runs,
                           "payload_bytes": _payload_bytes(terminal, ids),
                           # CPU per record: which side bounds the throughput
                           "client_cpu_us_per_record": client_cpu / n * 1e6,
                           "portal_cpu_us_per_record": (
                               None if portal_cpu is None else portal_cpu / n * 1e6)}
    if proxy is not None:
        c = proxy.counters()
        out.update(requests=c["requests"], bytes_up=c["bytes_up"],
                   bytes_down=c["bytes_down"],
                   wire_bytes_per_record=(c["bytes_up"] + c["bytes_down"]) / n,
                   up_bytes_per_record=c["bytes_up"] / n)
    return out


def _naive_push(terminal: Terminal, url: str, n: int, seed: int,
                proxy: ChaosProxy | None = None) -> dict[str, Any]:
    crossings = crossings_for(n, seed=seed, terminal=terminal.terminal)
    terminal.record(crossings)
    messages = _pending(terminal, n)
    assert len(messages) == n
    if proxy is not None:
        proxy.reset_counters()
    client = NaiveClient(url, terminal.key().private, terminal.name)
    try:
        t0 = time.perf_counter()
        for m in messages:
            client.send(m)
        elapsed = time.perf_counter() - t0
    finally:
        client.close()
    _mark_accepted(terminal, [m.message_id for m in messages])
    out: dict[str, Any] = {"records": n, "seconds": elapsed,
                           "records_per_s": n / elapsed,
                           "payload_bytes": _payload_bytes(terminal,
                                                           [c.id for c in crossings])}
    if proxy is not None:
        c = proxy.counters()
        out.update(requests=c["requests"], bytes_up=c["bytes_up"],
                   bytes_down=c["bytes_down"],
                   wire_bytes_per_record=(c["bytes_up"] + c["bytes_down"]) / n,
                   up_bytes_per_record=c["bytes_up"] / n)
    return out


def _mark_accepted(terminal: Terminal, ids: list[str]) -> None:
    """The naive client keeps no books while it is timed; afterwards its messages are
    marked accepted (so the final set check covers them too)."""
    from datetime import UTC, datetime

    from sync.ports import ACCEPTED, Outcome

    store = SqliteSyncStore(open_db(terminal.db_path), owns=True)
    try:
        now = datetime.now(UTC)
        store.mark_sent(ids, new_id(), now)
        store.apply_results([Outcome(i, ACCEPTED) for i in ids], now)
    finally:
        store.close()


def _link(link: dict[str, Any], capacity: float) -> dict[str, Any]:
    s = link["seconds"]
    return {**link, "goodput": link["payload_bytes"] / s / capacity,
            "wire_up_utilisation": link["bytes_up"] / s / capacity,
            "wire_down_utilisation": link["bytes_down"] / s / capacity,
            "payload_bytes_per_s": link["payload_bytes"] / s}


def run(args: argparse.Namespace, work: Path, log: Any) -> dict[str, Any]:
    portal = PortalProcess(work / "portal" / "portal.db", work / "portal",
                           threads=args.threads)
    engine_t = Terminal(work / "t01", terminal="T01")
    naive_t = Terminal(work / "t02", terminal="T02")
    result: dict[str, Any] = {"machine": machine_info.describe(
        sqlite=sqlite3.sqlite_version, requests=requests.__version__),
        "args": vars(args)}
    try:
        portal.start()
        engine_t.enrol(portal.url, portal.enrolment_code("T01"))
        naive_t.enrol(portal.url, portal.enrolment_code("T02"))

        log("(a) loopback, engine, direct ...")
        warm = _engine_push(engine_t, portal.url, 500, seed=args.seed + 100)
        del warm
        pid = portal.proc.pid if portal.proc is not None else None
        direct = [_engine_push(engine_t, portal.url, args.records, seed=args.seed + i,
                               portal_pid=pid)
                  for i in range(args.repeat)]
        best = max(direct, key=lambda r: r["records_per_s"])
        log(f"    {best['records_per_s']:,.0f} records/s "
            f"({[round(r['records_per_s']) for r in direct]})")
        log("(a) loopback, naive client, direct ...")
        naive_direct = _naive_push(naive_t, portal.url, args.naive_records,
                                   seed=args.seed + 10)
        log(f"    {naive_direct['records_per_s']:,.0f} records/s")

        log("(a) wire bytes through the proxy (faults off) ...")
        with ChaosProxy(("127.0.0.1", portal.port), seed=args.seed) as proxy:
            engine_wire = _engine_push(engine_t, proxy.url, args.wire_records,
                                       seed=args.seed + 20, proxy=proxy)
            naive_wire = _naive_push(naive_t, proxy.url, args.naive_wire_records,
                                     seed=args.seed + 21, proxy=proxy)
        ratio = (engine_wire["wire_bytes_per_record"]
                 / naive_wire["wire_bytes_per_record"])
        log(f"    engine {engine_wire['wire_bytes_per_record']:.1f} B/record, naive "
            f"{naive_wire['wire_bytes_per_record']:.1f} B/record (ratio {ratio:.3f})")

        log(f"(b) {args.link_rate * 8 / 1e6:g} Mbit/s link, engine ...")
        link = Link(rate_bps=args.link_rate, latency_s=args.latency)
        with ChaosProxy(("127.0.0.1", portal.port), seed=args.seed, link=link) as proxy:
            engine_link = _link(_engine_push(engine_t, proxy.url, args.link_records,
                                             seed=args.seed + 30, proxy=proxy),
                                args.link_rate)
            log(f"    goodput {engine_link['goodput']:.0%}, wire up "
                f"{engine_link['wire_up_utilisation']:.0%}, "
                f"{engine_link['records_per_s']:,.0f} records/s")
            log(f"(b) {args.link_rate * 8 / 1e6:g} Mbit/s link, naive client ...")
            naive_link = _link(_naive_push(naive_t, proxy.url, args.naive_link_records,
                                           seed=args.seed + 31, proxy=proxy),
                               args.link_rate)
            log(f"    goodput {naive_link['goodput']:.0%}, "
                f"{naive_link['records_per_s']:,.0f} records/s")
        portal.stop()
        checks = {t.name: set_check(t, portal.db, portal.dump()).summary()
                  for t in (engine_t, naive_t)}
    finally:
        portal.stop()
    result.update({
        "loopback": {"engine": direct, "engine_best": best, "naive": naive_direct},
        "wire": {"engine": engine_wire, "naive": naive_wire, "ratio": ratio},
        "link": {"capacity_bytes_per_s": args.link_rate, "engine": engine_link,
                 "naive": naive_link},
        "set_check": checks,
        "targets": {
            "records_per_s": {"target": TARGET_RPS, "value": best["records_per_s"],
                              "met": best["records_per_s"] >= TARGET_RPS},
            "bytes_ratio": {"target": TARGET_BYTES_RATIO, "value": ratio,
                            "met": ratio <= TARGET_BYTES_RATIO},
            "goodput": {"target": TARGET_GOODPUT, "value": engine_link["goodput"],
                        "met": engine_link["goodput"] >= TARGET_GOODPUT},
            "set_check": {"met": all(c["passed"] for c in checks.values())},
        },
    })
    return result


def table(r: dict[str, Any]) -> str:
    m = r["machine"]
    lp, w, lk, t = r["loopback"], r["wire"], r["link"], r["targets"]
    cap = lk["capacity_bytes_per_s"]
    rows = [
        f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}, SQLite "
        f"{m['sqlite']}, {m['platform']}, load {m['load_average_1min']}",
        "",
        "(a) loopback, portal in its own process (waitress, SQLite WAL + FULL)",
        f"{'client':<34}{'records':>9}{'seconds':>9}{'records/s':>11}"
        f"{'B/record':>10}{'up B/rec':>10}",
        f"{'engine (batches of %d, gzip)' % lp['engine_best']['batch_size']:<34}"
        f"{lp['engine_best']['records']:>9}{lp['engine_best']['seconds']:>9.2f}"
        f"{lp['engine_best']['records_per_s']:>11,.0f}"
        f"{w['engine']['wire_bytes_per_record']:>10.1f}"
        f"{w['engine']['up_bytes_per_record']:>10.1f}",
        f"{'naive (1 per request, no gzip)':<34}{lp['naive']['records']:>9}"
        f"{lp['naive']['seconds']:>9.2f}{lp['naive']['records_per_s']:>11,.0f}"
        f"{w['naive']['wire_bytes_per_record']:>10.1f}"
        f"{w['naive']['up_bytes_per_record']:>10.1f}",
        f"  all engine runs: {[round(x['records_per_s']) for x in lp['engine']]} "
        "records/s; bytes counted through the proxy over "
        f"{w['engine']['records']} / {w['naive']['records']} records; "
        f"engine/naive bytes = {w['ratio']:.3f}",
        f"  CPU per record in the best run: portal "
        f"{lp['engine_best']['portal_cpu_us_per_record']:.0f} µs, terminal "
        f"{lp['engine_best']['client_cpu_us_per_record']:.0f} µs "
        "(one core each at most: the portal judges a batch in one thread)",
        "",
        f"(b) link {cap * 8 / 1e6:g} Mbit/s each way (token bucket, {cap:,} B/s), "
        "goodput = canonical JSON bytes of crossings delivered / s / capacity",
        f"{'client':<34}{'records':>9}{'seconds':>9}{'records/s':>11}{'goodput':>9}"
        f"{'wire up':>9}{'wire dn':>9}",
    ]
    for name, x in (("engine", lk["engine"]), ("naive", lk["naive"])):
        rows.append(f"{name:<34}{x['records']:>9}{x['seconds']:>9.2f}"
                    f"{x['records_per_s']:>11,.0f}{x['goodput']:>9.0%}"
                    f"{x['wire_up_utilisation']:>9.0%}"
                    f"{x['wire_down_utilisation']:>9.0%}")
    rows += ["", "targets:"]
    rows.append(f"  push throughput >= {TARGET_RPS:,} records/s: "
                f"{t['records_per_s']['value']:,.0f} "
                f"{'MET' if t['records_per_s']['met'] else 'NOT MET'}")
    rows.append(f"  bytes/record <= 1/5 of naive: {t['bytes_ratio']['value']:.3f} "
                f"{'MET' if t['bytes_ratio']['met'] else 'NOT MET'}")
    rows.append(f"  goodput on the link >= 80 %: {t['goodput']['value']:.0%} "
                f"{'MET' if t['goodput']['met'] else 'NOT MET'}")
    rows.append(f"  set check (every record held once, right hash): "
                f"{'ok' if t['set_check']['met'] else 'FAILED'}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=20_000,
                    help="records per timed engine push on loopback (20000)")
    ap.add_argument("--repeat", type=int, default=3, help="timed engine pushes (3)")
    ap.add_argument("--naive-records", type=int, default=2_000)
    ap.add_argument("--wire-records", type=int, default=5_000)
    ap.add_argument("--naive-wire-records", type=int, default=500)
    ap.add_argument("--link-records", type=int, default=5_000)
    ap.add_argument("--naive-link-records", type=int, default=300)
    ap.add_argument("--link-rate", type=int, default=MBIT,
                    help="bytes/s per direction (125000 = 1 Mbit/s)")
    ap.add_argument("--latency", type=float, default=0.0,
                    help="one-way latency per message on the link (s)")
    ap.add_argument("--threads", type=int, default=4, help="portal threads (4)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work-dir", type=Path, default=None)
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    def log(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        work = args.work_dir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = run(args, work, log)
    result["args"] = {k: str(v) if isinstance(v, Path) else v
                      for k, v in result["args"].items()}
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(table(result))
    return 0 if all(t["met"] for t in result["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
