"""Helpers shared by ``tests/sync`` (imported as ``helpers.sync_support``; a test
module must not ``from conftest import``: with several conftest files in a session the
name ``conftest`` means whichever was loaded last)."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers.builders import NOW
from helpers.fake_portal import BASE_URL, FakePortal
from helpers.officers import ADMIN, TestOfficer, credentials, register_in

import borderdesk.cli as bcli
from borderdesk import config
from borderdesk.core.signed import b64encode, public_key_bytes
from borderdesk.services import CounterService
from borderdesk.storage.outbox import SqliteSyncStore
from sync import cli as sync_cli
from sync.client import PortalClient
from sync.engine import SyncEngine, SyncProgress, enrolment_keys
from sync.ports import Enrolment

Run = Callable[..., tuple[int, str, str]]


@dataclass
class FakeClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def enrol(service: CounterService, store: SqliteSyncStore, portal: FakePortal,
          client: PortalClient) -> Enrolment:
    """Enrol the service's terminal with the fake portal and store the enrolment."""
    code = portal.add_code(f"CODE-{len(portal.codes)}")
    key = service.terminal_key()
    response = client.enrol(code, b64encode(public_key_bytes(key.public)))
    enrolment = Enrolment(BASE_URL, response["gate"], response["terminal"],
                          response["key_id"], response["portal_key_id"],
                          response["watchlist_key"], NOW.isoformat(),
                          response["limits"])
    store.save_enrolment(enrolment, enrolment_keys(response), actor="test")
    return enrolment


def run(engine: SyncEngine, **kwargs: Any) -> tuple[list[SyncProgress], SyncProgress]:
    """Run once to the end; (every progress, the last one)."""
    steps = list(engine.run_once(**kwargs))
    assert steps[-1].phase == "done"
    return steps, steps[-1]


def wire_cli(monkeypatch: pytest.MonkeyPatch) -> Run:
    """``borderdesk.cli.main`` with the sync commands (registered here until
    ``borderdesk.cli`` wires them itself); returns ``run(*argv, officer=ADMIN) ->
    (code, out, err)``: the command signed in as ``officer`` (enrolling needs an
    admin), registered in the database first (``--db``, else the configured one)."""
    original = bcli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        action = next(a for a in parser._actions
                      if isinstance(a, argparse._SubParsersAction))
        if "sync" not in action.choices:
            common = argparse.ArgumentParser(add_help=False)
            common.add_argument("--db", default=argparse.SUPPRESS)
            common.add_argument("--config", default=argparse.SUPPRESS)
            sync_cli.register(action, [common], store_factory=SqliteSyncStore)
        return parser

    monkeypatch.setattr(bcli, "build_parser", build)

    def run_cli(*argv: str, officer: TestOfficer | None = ADMIN
                ) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        if officer is not None:
            register_in(Path(argv[argv.index("--db") + 1]) if "--db" in argv
                        else config.load().settings.db_path)
        with credentials(officer) as who:
            code = bcli.main([*argv, *who], out, err)
        return code, out.getvalue(), err.getvalue()

    return run_cli
