"""Chaos run, long form: the same as ``tests/sync/test_chaos.py`` (real portal
subprocess behind the fault-injecting proxy, portal 5xx/429 bursts and
``crash_after_commit`` with restarts, heal, set check) at a larger size, several seeds.

    .venv/bin/python tests/benchmarks/chaos.py --crossings 10000 --seeds 1 2 3
    .venv/bin/python tests/benchmarks/chaos.py --json

Exit status 1 when any seed lost, duplicated or invented a crossing (or a fault kind
never fired).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers.chaos_proxy import run_chaos  # noqa: E402
from machine_info import describe  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--crossings", type=int, default=10_000)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--budget", type=float, default=60.0,
                    help="seconds of chaos per seed before healing (60)")
    ap.add_argument("--chunks", type=int, default=10,
                    help="record the crossings in this many parts (10)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    reports = []
    for seed in args.seeds:
        with tempfile.TemporaryDirectory(prefix=f"chaos-{seed}-") as tmp:
            r = run_chaos(tmp, seed=seed, crossings=args.crossings,
                          chunks=args.chunks, budget_s=args.budget,
                          min_s=args.budget, min_runs=30)
        reports.append(r)
        if not args.json:
            print(f"seed {seed}: {'OK' if r.ok and not r.missing_faults() else 'FAIL'}"
                  f" held {r.held}/{r.crossings} lost {len(r.lost)} dup "
                  f"{len(r.duplicated)} unexpected {len(r.unexpected)} wrong-hash "
                  f"{len(r.wrong_hash)} restarts {r.portal_restarts} runs {r.runs}"
                  f"+{r.heal_runs} wall {r.wall_s:.1f}s", flush=True)
    machine = describe()
    failed = [r.seed for r in reports if not r.ok or r.missing_faults()]
    if args.json:
        print(json.dumps({"machine": machine, "seeds": [r.summary() for r in reports],
                          "failed_seeds": failed}, indent=2))
    else:
        print(f"\nmachine: {machine['cpu']}, {machine['cores']} cores, Python "
              f"{machine['python']}, load {machine['load_average_1min']}")
        print(f"{'fault':<26}" + "".join(f"{'seed ' + str(r.seed):>10}" for r in reports))
        for side, get_faults in (("proxy", lambda r: r.proxy_faults),
                                 ("portal", lambda r: r.portal_faults)):
            for k in get_faults(reports[0]):
                row = [get_faults(r).get(k, 0) for r in reports]
                print(f"{side + ' ' + k:<26}" + "".join(f"{v:>10}" for v in row))
        for label, get in (("lost", lambda r: len(r.lost)),
                           ("duplicated", lambda r: len(r.duplicated)),
                           ("unexpected", lambda r: len(r.unexpected)),
                           ("wrong hash", lambda r: len(r.wrong_hash)),
                           ("portal restarts", lambda r: r.portal_restarts),
                           ("engine runs", lambda r: r.runs + r.heal_runs),
                           ("wall s", lambda r: round(r.wall_s, 1))):
            print(f"{label:<26}" + "".join(f"{get(r):>10}" for r in reports))
        print("failed seeds: " + (", ".join(map(str, failed)) or "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
