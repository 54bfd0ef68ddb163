"""Fixtures shared by every test. No Qt here: UI fixtures live in ``tests/ui``.

- Tests that use ``qtbot`` or ``qapp`` get the ``gui`` marker automatically, so
  ``pytest -m "not gui"`` runs the headless suite.
- Every test runs with ``BORDERDESK_CONFIG`` and ``BORDERDESK_DATA_DIR`` pointing into
  its own ``tmp_path`` (and no other ``BORDERDESK_*`` variable from the developer's
  shell), so nothing reads or writes the real user directories.
- ``db``: a migrated database file in ``tmp_path``, closed after the test.
- ``db_factory``: opens more connections (to the same file by default) on the test's
  thread, all closed after the test. A worker thread opens and closes its own with
  ``open_db`` (sqlite3 connections belong to the thread that opened them).
- ``service``: a :class:`~borderdesk.services.CounterService` on ``db`` whose clock is
  fixed at :data:`helpers.builders.NOW`.
- ``officers``: the test officers of every role (``helpers.officers``) registered in
  ``db``; operations of the services name one of them as their ``actor``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.builders import NOW
from helpers.officers import officers  # noqa: F401 (a fixture)
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.services import CounterService
from borderdesk.storage.db import open_db

GUI_FIXTURES = frozenset({"qtbot", "qapp"})


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    for item in items:
        if GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in list(os.environ):
        if var.startswith("BORDERDESK_"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("BORDERDESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("BORDERDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "t.db"


@pytest.fixture
def db_factory(db_path: Path) -> Iterator[Callable[..., Database]]:
    """``db_factory(path=db_path, **open_db_kwargs)``; every connection closed after."""
    opened: list[Database] = []

    def factory(path: Path | str | None = None, **kwargs: Any) -> Database:
        database = open_db(db_path if path is None else path, **kwargs)
        opened.append(database)
        return database

    yield factory
    for database in opened:
        database.close()


@pytest.fixture
def db(db_factory: Callable[..., Database]) -> Database:
    return db_factory()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def service(db: Database, settings: Settings) -> CounterService:
    return CounterService(db, settings, clock=lambda: NOW)
