"""Crossings survive ``kill -9`` of the process writing them (research notes 6.1).

A writer process records crossings with the real ``CrossingStore.record`` and
acknowledges each id after ``record`` returned; it is killed with SIGKILL after a
random 20-120 ms (sometimes right away), again and again on one database. After every
kill the database is reopened and checked: integrity, every acknowledged crossing with
its persons, outbox message and audit entry, no orphan rows, an intact audit chain.

``CRASH_TEST_SEED`` and ``CRASH_TEST_CYCLES`` (environment) replay or lengthen a run;
a failure names the seed and the cycle. ``tests/benchmarks/crash_loop.py`` runs the
same loop for longer.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from helpers.crash import CrashLoop, verify

SEED = int(os.environ.get("CRASH_TEST_SEED", "20260310"))
CYCLES = int(os.environ.get("CRASH_TEST_CYCLES", "200"))
SPAWNED_CYCLES = 5  # a fresh interpreter per writer: the path without the zygote

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]


def _run(tmp_path: Path, cycles: int, *, fork: bool) -> None:
    db_path = tmp_path / "crash.db"
    started = time.monotonic()
    with CrashLoop(db_path, tmp_path / "writer.log", fork=fork) as loop:
        report = None
        for n in range(cycles):
            seed = SEED * 10_000 + n
            where = f"cycle {n} (CRASH_TEST_SEED={SEED}, cycle seed {seed})"
            try:
                cycle = loop.cycle(seed)
            except (AssertionError, TimeoutError) as exc:
                raise AssertionError(f"{where}: {exc}") from exc
            try:
                report = verify(db_path, loop.acked)
            except AssertionError as exc:
                raise AssertionError(
                    f"after {where}, killed after {cycle.delay * 1000:.1f} ms with "
                    f"{len(cycle.acked)} acks in this cycle: {exc}\n"
                    f"writer log:\n{loop.log_text()}"
                ) from exc
    assert report is not None
    # The writers really wrote (tens of commits per cycle on an idle machine).
    assert report.acked >= cycles, report
    print(  # noqa: T201  (shown with -s: what the loop did)
        f"\n{cycles} kills ({'forked' if fork else 'spawned'}) in "
        f"{time.monotonic() - started:.1f} s: {report.acked} acknowledged crossings, "
        f"0 lost, {report.unacked_present} stored but not acknowledged, seed {SEED}"
    )


def test_acknowledged_crossings_survive_sigkill(tmp_path: Path) -> None:
    _run(tmp_path, CYCLES, fork=True)


def test_sigkill_of_a_freshly_started_interpreter(tmp_path: Path) -> None:
    _run(tmp_path, SPAWNED_CYCLES, fork=False)
