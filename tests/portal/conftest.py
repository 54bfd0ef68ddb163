"""Fixtures for the reference portal: a real waitress server on loopback and terminals
that enrol with it and send signed requests (``requests`` + :func:`sync.signing.sign`).

- ``portal_db``: the portal's database path in ``tmp_path``;
- ``portal``: a :class:`~sync.portal.server.PortalServer` on a free port, stopped after;
- ``terminal_factory(gate="MONGCAI", terminal="T01", enrol=True)``: a :class:`Terminal`
  (enrolled through ``POST /v1/enrol`` unless ``enrol=False``); sessions closed after;
- ``terminal``: one enrolled terminal MONGCAI/T01;
- ``message(...)`` / ``crossing_payload(...)``: helpers (plain functions below).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.portal_support import (  # noqa: F401  (re-exported for fixtures)
    Terminal,
    amendment_of,
    cancellation_of,
    crossing_payload,
    message,
)

from sync.portal import admin
from sync.portal.server import PortalServer


@pytest.fixture
def portal_db(tmp_path: Path) -> Path:
    return tmp_path / "portal" / "portal.db"


@pytest.fixture
def portal(portal_db: Path) -> Iterator[PortalServer]:
    server = PortalServer(portal_db, admin_token="secret-token").start()
    yield server
    server.stop()


@pytest.fixture
def terminal_factory(
    portal: PortalServer, portal_db: Path
) -> Iterator[Callable[..., Terminal]]:
    made: list[Terminal] = []

    def factory(
        gate: str = "MONGCAI", terminal: str = "T01", *, enrol: bool = True
    ) -> Terminal:
        t = Terminal(portal.url, gate, terminal)
        made.append(t)
        if enrol:
            code = admin.create_enrolment_code(portal_db, gate, terminal)["code"]
            response = t.enrol(code)
            assert response.status_code == 200, response.text
        return t

    yield factory
    for t in made:
        t.session.close()


@pytest.fixture
def terminal(terminal_factory: Callable[..., Terminal]) -> Terminal:
    return terminal_factory()
