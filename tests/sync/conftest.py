"""Fixtures for the sync tests: a fake portal, an enrolled terminal, an engine.

(No ``__init__.py`` in this folder: it would make ``tests/sync`` shadow the real
``sync`` package. Shared helpers live in ``tests/helpers/sync_support.py``.)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from helpers.builders import NOW, crossing
from helpers.fake_portal import BASE_URL, FakePortal
from helpers.sync_support import FakeClock, enrol

from borderdesk.services import CounterService
from borderdesk.storage.outbox import SqliteSyncStore
from sync.client import PortalClient
from sync.engine import SyncEngine
from sync.ports import Enrolment


@pytest.fixture
def portal() -> FakePortal:
    return FakePortal()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW + timedelta(hours=1))


@pytest.fixture
def store(service: CounterService) -> Iterator[SqliteSyncStore]:
    s = SqliteSyncStore(service.db)
    yield s
    s.close()


@pytest.fixture
def clients() -> Iterator[list[PortalClient]]:
    made: list[PortalClient] = []
    yield made
    for c in made:
        c.close()


@pytest.fixture
def make_client(service: CounterService, portal: FakePortal,
                clients: list[PortalClient]) -> Callable[..., PortalClient]:
    def make(terminal: str = "MONGCAI/T01", **kwargs: Any) -> PortalClient:
        client = PortalClient(portal.session(), BASE_URL, service.terminal_key(),
                              terminal, **kwargs)
        clients.append(client)
        return client

    return make


@pytest.fixture
def enrolled(service: CounterService, store: SqliteSyncStore, portal: FakePortal,
             make_client: Callable[..., PortalClient]) -> Enrolment:
    return enrol(service, store, portal, make_client())


@pytest.fixture
def make_engine(store: SqliteSyncStore, make_client: Callable[..., PortalClient],
                clock: FakeClock, enrolled: Enrolment) -> Callable[..., SyncEngine]:
    def make(**kwargs: Any) -> SyncEngine:
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("sleep", lambda s: None)
        kwargs.setdefault("rng", random.Random(7))
        return SyncEngine(kwargs.pop("store", store), make_client(), **kwargs)

    return make


@pytest.fixture
def record(service: CounterService) -> Callable[..., list[str]]:
    def rec(n: int, **overrides: Any) -> list[str]:
        made = [crossing(**overrides) for _ in range(n)]
        service.store.record_many(made, actor="officer1", now=NOW)
        return [c.id for c in made]

    return rec
