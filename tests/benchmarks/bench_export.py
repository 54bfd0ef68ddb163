"""Daily log export benchmark: a busy day (default 20,000 crossings) as CSV, XLSX, PDF.

Fills a database with one day of ``borderdesk.demo`` crossings at Móng Cái (made once
under ``--work-dir``, then reused), then times ``ExportService.export`` for each format
alone, end to end as a guard or a script waits for it: reading the day (one query),
writing the file under a temporary name, fsync, SHA-256, the signed manifest, the
rename and the audit entry. Each format runs ``--repeat`` times; the median counts.
Targets: CSV <= 1 s, XLSX <= 5 s, PDF <= 5 s. Also shown: reading the day alone, and
all three formats in one call (which reads the day once).

    .venv/bin/python tests/benchmarks/bench_export.py
    .venv/bin/python tests/benchmarks/bench_export.py --crossings 5000 --repeat 1 --json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import machine_info  # noqa: E402  (the folder of this script)

from borderdesk import demo
from borderdesk.config import Settings
from borderdesk.services import AuthService
from borderdesk.exports import ExportService
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db

GATE = "MONGCAI"
DAY = date(2026, 3, 10)  # a Tuesday
CHUNK = 5000
TARGETS_S = {"csv": 1.0, "xlsx": 5.0, "pdf": 5.0}


ACTOR = "BENCH01"


def machine() -> dict[str, Any]:
    import xlsxwriter
    import reportlab

    return machine_info.describe(sqlite=sqlite3.sqlite_version,
                                 xlsxwriter=xlsxwriter.__version__,
                                 reportlab=reportlab.Version)


def fill(work: Path, crossings: int, seed: int, refill: bool,
         log: Any) -> tuple[Path, dict[str, Any]]:
    """The database with one day of ``crossings`` (made once, then reused)."""
    path = work / f"export-{crossings}-s{seed}.db"
    info_path = path.with_suffix(".fill.json")
    if path.exists() and info_path.exists() and not refill:
        info = json.loads(info_path.read_text())
        log(f"reusing {path} ({info['crossings']} crossings, "
            f"{info['persons']} persons)")
        return path, info
    for p in (path, info_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    log(f"filling {path} with {crossings} crossings of {DAY} ...")
    t = time.perf_counter()
    db = open_db(path)
    try:
        store = CrossingStore(db)
        chunk: list[Any] = []
        persons = 0
        stamp = datetime.now(UTC)
        for c in demo.generate(crossings, start=DAY, gate=GATE, seed=seed):
            chunk.append(c)
            persons += len(c.persons)
            if len(chunk) >= CHUNK:
                store.record_many(chunk, actor="bench", now=stamp)
                chunk = []
        if chunk:
            store.record_many(chunk, actor="bench", now=stamp)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    info = {"crossings": crossings, "persons": persons, "seed": seed,
            "fill_s": round(time.perf_counter() - t, 1)}
    info_path.write_text(json.dumps(info, indent=2))
    return path, info


def pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:  # pypdf is a test extra
        return None
    return len(PdfReader(path).pages)


def bench(path: Path, work: Path, repeat: int, log: Any) -> dict[str, Any]:
    db = open_db(path)
    settings = Settings(data_dir=work / "data", gate=GATE)
    service = ExportService(db, settings)
    out = work / "export-out"
    try:
        service.counter.terminal_key()  # made once, not timed
        auth = AuthService(db, settings)
        if not any(o.officer_id == ACTOR for o in auth.store.all()):
            # exporting needs a supervisor or an admin: the first officer is an admin
            first = not auth.has_officers()
            auth.create_officer(ACTOR, "Benchmark", "admin", "246810",
                                actor=None if first else auth.store.all()[0].officer_id)
        service.load(DAY, DAY)  # the file into the OS cache, as on a working terminal
        load_times = []
        for _ in range(repeat):
            t = time.perf_counter()
            rows = len(service.load(DAY, DAY).rows)
            load_times.append(time.perf_counter() - t)
        results: dict[str, Any] = {"read_day": {"rows": rows,
                                                "median_s": _median(load_times)}}
        for fmt in ("csv", "xlsx", "pdf", "csv,xlsx,pdf"):
            formats = fmt.split(",")
            log(f"exporting {fmt} x{repeat} ...")
            times = []
            for _ in range(repeat):
                shutil.rmtree(out, ignore_errors=True)
                t = time.perf_counter()
                files = service.export(DAY, DAY, formats, out, actor=ACTOR)
                times.append(time.perf_counter() - t)
            entry: dict[str, Any] = {
                "median_s": _median(times), "min_s": round(min(times), 3),
                "max_s": round(max(times), 3),
                "bytes": sum(f.size for f in files), "rows": files[0].rows,
            }
            if fmt in TARGETS_S:
                entry["target_s"] = TARGETS_S[fmt]
                entry["met"] = entry["median_s"] <= TARGETS_S[fmt]
            if fmt == "pdf":
                entry["pages"] = pages(files[0].path)
            results[fmt] = entry
        return results
    finally:
        db.close()


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--crossings", type=int, default=20_000,
                    help="crossings in the day (default 20 000)")
    ap.add_argument("--work-dir", type=Path, default=Path("bench-out"),
                    help="where the filled database is kept (default ./bench-out)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per format (default 3)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--refill", action="store_true", help="fill the database again")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)

    def log(text: str) -> None:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    args.work_dir.mkdir(parents=True, exist_ok=True)
    mach = machine()
    log(f"machine: {mach['cpu']}, {mach['cores']} cores, Python {mach['python']}, "
        f"load {mach['load_average_1min']}")
    path, info = fill(args.work_dir, args.crossings, args.seed, args.refill, log)
    results = bench(path, args.work_dir, max(1, args.repeat), log)
    result = {"date": date.today().isoformat(), "machine": mach, "fill": info,
              "results": results}
    out = sys.stdout
    if args.json:
        out.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        return 0
    out.write(f"\nDaily log export: {info['crossings']:,} crossings, "
              f"{results['read_day']['rows']:,} rows (one per person), gate {GATE}, "
              f"{DAY}\n")
    out.write(f"machine: {mach['cpu']}, {mach['cores']} cores, Python "
              f"{mach['python']}, SQLite {mach['sqlite']}, XlsxWriter "
              f"{mach['xlsxwriter']}, reportlab {mach['reportlab']}, load "
              f"{mach['load_average_1min']}\n\n")
    out.write(f"{'export':<14}{'median s':>10}{'min s':>8}{'max s':>8}"
              f"{'MB':>8}  target\n")
    out.write(f"{'read the day':<14}{results['read_day']['median_s']:>10.3f}\n")
    for fmt in ("csv", "xlsx", "pdf", "csv,xlsx,pdf"):
        r = results[fmt]
        target = ""
        if "target_s" in r:
            target = f"<= {r['target_s']:g} s {'met' if r['met'] else 'NOT MET'}"
        extra = f", {r['pages']} pages" if r.get("pages") else ""
        out.write(f"{fmt:<14}{r['median_s']:>10.3f}{r['min_s']:>8.3f}{r['max_s']:>8.3f}"
                  f"{r['bytes'] / 1e6:>8.1f}  {target}{extra}\n")
    return 0 if all(results[f]["met"] for f in TARGETS_S) else 1


if __name__ == "__main__":
    sys.exit(main())
