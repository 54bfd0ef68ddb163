"""Chaos: the terminal, the reference portal in its own process and the chaos proxy
between them, under every fault at once; then heal, drain and a Jepsen-style set
check (research §3.2, §3.3, §7 "fault matrix": 0 lost, 0 duplicated, 0 unexpected).

The scaled-down run of ``make test`` (1,500 crossings, 2 seeds, about 15 s each);
``tests/benchmarks/chaos.py`` is the full one (10,000 crossings, several seeds). What
one run does is described in :func:`helpers.sync_harness.run_chaos`.

Reproduce a failure with its seed (printed in the assertion message)::

    BD_CHAOS_SEEDS=7 .venv/bin/python -m pytest tests/sync/test_chaos.py -q
    BD_CHAOS_SEEDS=1,2,3 BD_CHAOS_CROSSINGS=3000 BD_CHAOS_SECONDS=30 make test \\
        PYTEST_ARGS=tests/sync/test_chaos.py

(Timing between processes and threads still differs from run to run: a seed fixes the
faults' schedule and choices, not the interleaving.)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.chaos_proxy import ALL_FAULTS
from helpers.sync_harness import (
    PORTAL_FAULTS,
    PROCESS_FAULTS,
    ChaosConfig,
    format_report,
    run_chaos,
)

SEEDS = [int(s) for s in os.environ.get("BD_CHAOS_SEEDS", "20260311,20260312")
         .split(",") if s.strip()]
CROSSINGS = int(os.environ.get("BD_CHAOS_CROSSINGS", "1500"))
SECONDS = float(os.environ.get("BD_CHAOS_SECONDS", "12"))

EXPECTED_FAULTS = ([f"proxy.{k}" for k in ALL_FAULTS]
                   + [f"portal.{k}" for k in PORTAL_FAULTS]
                   + [f"process.{k}" for k in PROCESS_FAULTS])


@pytest.mark.parametrize("seed", SEEDS)
def test_no_loss_no_duplicate_nothing_unexpected_under_chaos(seed: int,
                                                             tmp_path: Path) -> None:
    report = run_chaos(ChaosConfig(seed=seed, crossings=CROSSINGS, chaos_s=SECONDS),
                       tmp_path)
    text = (f"{format_report(report)}\nreproduce: BD_CHAOS_SEEDS={seed} "
            f"BD_CHAOS_CROSSINGS={CROSSINGS} BD_CHAOS_SECONDS={SECONDS:g} "
            ".venv/bin/python -m pytest tests/sync/test_chaos.py")
    print(text)
    check = report.check
    assert check is not None, text
    # the set check: every message exactly once with the terminal's hash
    assert check.lost == [] and check.lost_crossings == [], text
    assert check.duplicated == [], text
    assert check.unexpected == [] and check.unexpected_crossings == [], text
    assert check.hash_mismatch == [], text
    assert check.ok == check.messages >= CROSSINGS, text
    assert check.not_accepted == {}, text  # the terminal's outbox: all 'accepted'
    assert check.terminal_check["integrity"] == "ok", text
    assert check.terminal_check["audit_chain_ok"] is True, text
    assert check.terminal_check["ok"] is True, text
    assert check.portal_integrity == "ok", text
    assert report.errors == [], text
    # the chaos did happen: every kind of fault at least once
    assert sorted(report.faults) == sorted(EXPECTED_FAULTS), text
    assert {k: n for k, n in report.faults.items() if n <= 0} == {}, text
    # answers lost after the portal's commit were recovered as duplicates
    assert check.recovered > 0, text
    assert report.final["left"] == 0 and report.final["outcome"] == "ok", text
