"""Chaos run, long form: ``tests/sync/test_chaos.py`` at full size, several seeds.

The same run (:func:`helpers.sync_harness.run_chaos`): the reference portal in its own
process (``borderdesk portal serve``, WAL + FULL) behind the fault-injecting proxy
(resets mid-request and mid-response, truncated and swallowed answers, canned 503 and
captive pages, slow exchanges, blackouts, refused connections), the portal's own
faults (commit-then-drop, truncate, crash right after commit, 5xx/429, resets, captive,
slow), the portal killed with SIGKILL and restarted on the same database,
``borderdesk sync --once`` subprocesses killed with SIGKILL mid-run between in-process
engine runs, crossings (with amendments and cancellations) recorded while syncing.
Then heal, drain, and the set check: every message the terminal recorded is held once
with its hash (0 lost), nothing twice (0 duplicated), nothing else (0 unexpected);
the outbox all ``accepted``; both databases pass ``integrity_check``; the audit chain
verifies; and every fault kind happened at least once.

    .venv/bin/python tests/benchmarks/chaos.py                        # 10,000 x 3 seeds
    .venv/bin/python tests/benchmarks/chaos.py --seeds 7 --crossings 20000 --json
    .venv/bin/python tests/benchmarks/chaos.py --work-dir bench-out/chaos  # keep logs

Exit status 1 when a seed fails (its seed is printed; rerun with ``--seeds N``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers

import machine_info  # noqa: E402  (the folder of this script)
from helpers.sync_harness import ChaosConfig, format_report, run_chaos  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--crossings", type=int, default=10_000)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--chaos-seconds", type=float, default=60.0,
                    help="length of the fault phase per seed (60; extended until "
                         "every fault kind happened, at most twice)")
    ap.add_argument("--timeout", type=float, nargs=2, default=[2.0, 5.0],
                    metavar=("CONNECT", "READ"),
                    help="the in-process client's timeouts (2 5)")
    ap.add_argument("--work-dir", type=Path, default=None,
                    help="keep each seed's databases and logs here")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    # the engine logs every failed run as a warning: thousands under chaos
    logging.basicConfig(level=logging.ERROR)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    reports = []
    started = time.monotonic()
    for seed in args.seeds:
        cfg = ChaosConfig(seed=seed, crossings=args.crossings,
                          chaos_s=args.chaos_seconds, heal_s=300.0,
                          timeout=(args.timeout[0], args.timeout[1]),
                          batch_sizes=(10, 200), cli_deadline_s=30.0)
        if args.work_dir is not None:
            work = args.work_dir / f"seed-{seed}"
            work.mkdir(parents=True, exist_ok=False)
            report = run_chaos(cfg, work, log)
        else:
            with tempfile.TemporaryDirectory(prefix=f"chaos-{seed}-") as tmp:
                report = run_chaos(cfg, Path(tmp), log)
        reports.append(report)
        if not args.json:
            print(format_report(report), flush=True)
            if not report.passed:
                print(f"  reproduce: .venv/bin/python tests/benchmarks/chaos.py "
                      f"--seeds {seed} --crossings {args.crossings}", flush=True)
    failed = [r.seed for r in reports if not r.passed]
    machine = machine_info.describe()
    if args.json:
        print(json.dumps({"machine": machine, "seeds": [r.to_dict() for r in reports],
                          "failed_seeds": failed,
                          "wall_s": round(time.monotonic() - started, 1)}, indent=2))
        return 1 if failed else 0
    print(f"\nmachine: {machine['cpu']}, {machine['cores']} cores, Python "
          f"{machine['python']}, load {machine['load_average_1min']}")
    print(f"{'':<32}" + "".join(f"{'seed ' + str(r.seed):>12}" for r in reports)
          + f"{'total':>12}")
    kinds = sorted({k for r in reports for k in r.faults})
    for kind in kinds:
        row = [r.faults.get(kind, 0) for r in reports]
        print(f"{kind:<32}" + "".join(f"{n:>12}" for n in row) + f"{sum(row):>12}")

    def line(label: str, values: list[int]) -> None:
        print(f"{label:<32}" + "".join(f"{v:>12}" for v in values)
              + f"{sum(values):>12}")

    checks = [r.check for r in reports]
    line("crossings", [c.crossings if c else 0 for c in checks])
    line("messages", [c.messages if c else 0 for c in checks])
    line("held exactly once, same hash", [c.ok if c else 0 for c in checks])
    line("lost", [len(c.lost) + len(c.lost_crossings) if c else -1 for c in checks])
    line("duplicated", [len(c.duplicated) if c else -1 for c in checks])
    line("unexpected", [len(c.unexpected) + len(c.unexpected_crossings) if c else -1
                        for c in checks])
    line("recovered (unknown -> held)", [c.recovered if c else 0 for c in checks])
    line("engine runs under faults", [sum(r.outcomes.values()) for r in reports])
    line("sync --once subprocesses", [r.steps.get("sync_cli", 0) for r in reports])
    print("failed seeds: " + (", ".join(map(str, failed)) or "none")
          + f"; wall {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
