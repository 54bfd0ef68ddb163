"""Kill -9 crash loop, long form: N writer kills with a check after every one.

The same loop as ``tests/storage/test_crash.py`` (see ``tests/helpers/crash.py``): a
writer process records crossings with the real ``CrossingStore.record`` and
acknowledges each id after ``record`` returned; it is killed with SIGKILL after a
seeded random 20-120 ms (one cycle in ten within 5 ms); then the database is reopened
and checked (integrity_check, FTS index, foreign keys, every acknowledged crossing
with its persons, outbox message and audit entry, no orphans, audit chain).

A database is reused for ``--db-cycles`` kills, then a new one is started: checking
costs grow with the file, and this keeps 1 000 kills to a few minutes.

    .venv/bin/python tests/benchmarks/crash_loop.py              # 1 000 kills
    .venv/bin/python tests/benchmarks/crash_loop.py --cycles 200 --spawn --json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers

from helpers.crash import CrashLoop, Report, verify  # noqa: E402


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cycles", type=int, default=1000, help="kills (default 1000)")
    ap.add_argument("--seed", type=int, default=20260310)
    ap.add_argument(
        "--db-cycles",
        type=int,
        default=200,
        help="kills per database file before starting a new one (default 200)",
    )
    ap.add_argument(
        "--spawn",
        action="store_true",
        help="a new interpreter per writer instead of forking from a zygote",
    )
    ap.add_argument(
        "--work-dir",
        type=Path,
        default=None,
        help="where the databases go (default: a temporary directory)",
    )
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)

    tmp = None
    if args.work_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="crash-loop-")
        work = Path(tmp.name)
    else:
        work = args.work_dir
        work.mkdir(parents=True, exist_ok=True)
    out = sys.stdout
    started = time.monotonic()
    acked = unacked = 0
    per_cycle: list[float] = []
    per_verify: list[float] = []
    done = 0
    try:
        while done < args.cycles:
            db_path = work / f"crash-{args.seed}-{done:06d}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            report: Report | None = None
            with CrashLoop(db_path, work / "writer.log", fork=not args.spawn) as loop:
                for _ in range(min(args.db_cycles, args.cycles - done)):
                    seed = args.seed * 10_000 + done
                    t0 = time.monotonic()
                    cycle = loop.cycle(seed)
                    t1 = time.monotonic()
                    try:
                        report = verify(db_path, loop.acked)
                    except AssertionError as exc:
                        out.write(
                            f"FAILED after kill {done} (--seed {args.seed}, cycle seed "
                            f"{seed}, delay {cycle.delay * 1000:.1f} ms): {exc}\n"
                            f"database kept: {db_path}\n{loop.log_text()}\n"
                        )
                        return 1
                    per_cycle.append(t1 - t0)
                    per_verify.append(time.monotonic() - t1)
                    done += 1
                    if not args.json and done % 50 == 0:
                        out.write(
                            f"  {done} kills, {acked + report.acked} acknowledged, "
                            f"0 lost\n"
                        )
                        out.flush()
            assert report is not None
            acked += report.acked
            unacked += report.unacked_present
    finally:
        if tmp is not None:
            tmp.cleanup()
    elapsed = time.monotonic() - started
    result = {
        "kills": done,
        "writer": "spawned interpreter" if args.spawn else "forked from a zygote",
        "seed": args.seed,
        "acknowledged": acked,
        "lost": 0,
        "stored_not_acknowledged": unacked,
        "seconds": round(elapsed, 1),
        "cycle_ms_median": round(statistics.median(per_cycle) * 1000, 1),
        "verify_ms_median": round(statistics.median(per_verify) * 1000, 1),
        "machine": {
            "cpu": _cpu(),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
        },
    }
    if args.json:
        out.write(json.dumps(result, indent=2) + "\n")
    else:
        out.write(
            f"{done} SIGKILLs ({result['writer']}) in {elapsed:.1f} s: "
            f"{acked} acknowledged crossings, 0 lost, {unacked} stored but not "
            f"acknowledged (killed between commit and ack); every check passed after "
            f"every kill.\n"
            f"median cycle {result['cycle_ms_median']} ms, median check "
            f"{result['verify_ms_median']} ms; seed {args.seed}\n"
            f"machine: {_cpu()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
