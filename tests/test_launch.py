"""``python -m borderdesk.launch`` (``make run``), headless: the GUI is a fake.

Real portal subprocesses on free local ports; every test checks that no portal
process outlives the launcher.
"""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from borderdesk import launch, logsetup
from borderdesk.config import LoadedSettings, Settings
from borderdesk.services import AuthService
from borderdesk.storage.db import open_db
from sync.portal import admin
from sync.portal.server import PortalServer


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _portal_pids(db_path: Path) -> list[int]:
    """Processes whose command line names ``db_path`` (the launcher's portals)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if str(db_path).encode() in cmdline and b"serve" in cmdline:
            found.append(int(entry.name))
    return found


def _wait_gone(db_path: Path, timeout: float = 15.0) -> list[int]:
    deadline = time.monotonic() + timeout
    pids = _portal_pids(db_path)
    while pids and time.monotonic() < deadline:
        time.sleep(0.1)
        pids = _portal_pids(db_path)
    return pids


@pytest.fixture
def url(monkeypatch: pytest.MonkeyPatch) -> str:
    address = f"http://127.0.0.1:{_free_port()}"
    monkeypatch.setenv("BORDERDESK_PORTAL_URL", address)
    return address


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"  # BORDERDESK_DATA_DIR (tests/conftest.py)


@pytest.fixture(autouse=True)
def _close_logs() -> Iterator[None]:
    yield
    logsetup.shutdown()


class FakeGui:
    """Records what the window would have found when it opened."""

    def __init__(self, exit_code: int = 0) -> None:
        self.calls: list[dict[str, Any]] = []
        self.exit_code = exit_code

    def __call__(self, loaded: LoadedSettings, qt_args: list[str]) -> int:
        settings = loaded.settings
        self.calls.append({
            "answers": launch.portal_answers(settings.portal_url),
            "enrolled": _enrolment_key(settings.data_dir) is not None,
            "portal_pids": _portal_pids(settings.data_dir / "portal" / "portal.db"),
            "qt_args": qt_args,
        })
        return self.exit_code


def _enrolment_key(data_dir: Path) -> str | None:
    from borderdesk.storage.db import open_db
    from borderdesk.storage.outbox import SqliteSyncStore

    store = SqliteSyncStore(open_db(data_dir / "borderdesk.db"), owns=True)
    try:
        enrolment = store.enrolment()
        return enrolment.key_id if enrolment else None
    finally:
        store.close()


def test_starts_seeds_and_enrols_then_stops_the_portal(url: str, data_dir: Path
                                                       ) -> None:
    gui = FakeGui(exit_code=5)

    code = launch.main(["gui"], gui=gui, err=io.StringIO())

    assert code == 5  # the window's exit code is the launcher's
    [call] = gui.calls
    assert call["answers"] and call["enrolled"]
    assert len(call["portal_pids"]) == 1
    assert call["qt_args"] == []
    portal_db = data_dir / "portal" / "portal.db"
    assert admin.show(portal_db)  # the demo data went into the new portal
    dumped = admin.terminals(portal_db)
    assert [(t["gate"], t["terminal"]) for t in dumped] == [("MONGCAI", "T01")]
    # stopped: nothing listens, no process left behind
    assert _wait_gone(portal_db) == []
    assert not launch.portal_answers(url)


def test_second_run_reuses_the_enrolment(url: str, data_dir: Path) -> None:
    first, second = FakeGui(), FakeGui()
    launch.main([], gui=first, err=io.StringIO())
    key = _enrolment_key(data_dir)
    portal_db = data_dir / "portal" / "portal.db"

    launch.main([], gui=second, err=io.StringIO())

    assert key is not None and _enrolment_key(data_dir) == key
    assert second.calls[0]["answers"] and second.calls[0]["enrolled"]
    assert len(admin.terminals(portal_db)) == 1  # no second enrolment
    assert _wait_gone(portal_db) == []


def test_an_already_running_portal_is_reused(url: str, data_dir: Path,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # The portal a developer started by hand, on the launcher's own database path.
    portal_db = data_dir / "portal" / "portal.db"
    portal_db.parent.mkdir(parents=True)
    port = int(url.rsplit(":", 1)[1])

    def no_start(self: launch.LocalPortal, port: int) -> bool:
        raise AssertionError("the launcher started a second portal")

    monkeypatch.setattr(launch.LocalPortal, "_start", no_start)
    gui = FakeGui()
    with PortalServer(portal_db, "127.0.0.1", port):
        launch.main([], gui=gui, err=io.StringIO())
        [call] = gui.calls
        assert call["answers"] and call["enrolled"]
        assert call["portal_pids"] == []  # in-process, not a launcher subprocess
        assert launch.portal_answers(url)  # left running: it is not the launcher's


def test_a_portal_that_cannot_start_leaves_the_app_offline(url: str, data_dir: Path
                                                           ) -> None:
    # Another program (not a portal) holds the port.
    port = int(url.rsplit(":", 1)[1])
    gui, err = FakeGui(), io.StringIO()
    with socket.socket() as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        assert launch.main([], gui=gui, err=err) == 0
    [call] = gui.calls
    assert not call["answers"] and not call["enrolled"]  # opened offline
    assert "offline" in err.getvalue()


def test_a_non_portal_answer_is_not_a_portal(url: str) -> None:
    assert not launch.portal_answers(url)  # nothing listens
    assert not launch.portal_answers("http://127.0.0.1:1")


_SLOW_GUI = """
import io, sys, time
from borderdesk import launch
def gui(loaded, qt_args):
    print("window open", flush=True)
    time.sleep(60)
    return 0
sys.exit(launch.main([], gui=gui, err=io.StringIO()))
"""


def test_sigterm_stops_the_portal(url: str, data_dir: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_GUI], stdout=subprocess.PIPE,
                            text=True, env=dict(os.environ))
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "window open"
        portal_db = data_dir / "portal" / "portal.db"
        assert len(_portal_pids(portal_db)) == 1
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 128 + signal.SIGTERM
        assert _wait_gone(portal_db) == []
        assert not launch.portal_answers(url)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_a_killed_launcher_takes_its_portal_along(url: str, data_dir: Path) -> None:
    """SIGKILL leaves no handler a chance: the child's parent-death signal acts."""
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_GUI], stdout=subprocess.PIPE,
                            text=True, env=dict(os.environ))
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "window open"
        portal_db = data_dir / "portal" / "portal.db"
        assert len(_portal_pids(portal_db)) == 1
        proc.kill()
        proc.wait(30)
        assert _wait_gone(portal_db) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.mark.parametrize(("argv", "app", "qt"), [
    (["gui", "-platform", "offscreen"], ["gui"], ["-platform", "offscreen"]),
    (["--db", "x.db", "gui", "--", "-style", "fusion"], ["--db", "x.db", "gui"],
     ["-style", "fusion"]),
    ([], [], []),
    (["list", "--json"], ["list", "--json"], []),
])
def test_qt_options_after_gui_go_to_qt(argv: list[str], app: list[str],
                                       qt: list[str]) -> None:
    assert launch._split_qt_args(argv) == (app, qt)


def test_another_command_runs_without_a_portal(url: str, data_dir: Path,
                                               capsys: pytest.CaptureFixture[str]
                                               ) -> None:
    def no_gui(loaded: LoadedSettings, qt_args: list[str]) -> int:
        raise AssertionError("the window opened")

    assert launch.main(["config", "show", "--json"], gui=no_gui) == 0
    assert '"portal_url"' in capsys.readouterr().out
    assert not (data_dir / "portal").exists()
    assert not launch.portal_answers(url)


def test_demo_officers_are_added_and_their_sign_in_printed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a portal address the launcher does not serve: the app opens offline at once
    monkeypatch.setenv("BORDERDESK_PORTAL_URL", "https://127.0.0.1:1")
    err = io.StringIO()
    assert launch.main([], gui=FakeGui(), err=err) == 0
    printed = err.getvalue()
    assert "demo officers added: AD0001, BP0123, GS0001" in printed
    assert "sign in as AD0001 (Phạm Quốc Bảo, admin) with PIN 112233" in printed
    assert "sign in as BP0123 (Nguyễn Văn Hùng, guard) with PIN 123456" in printed
    assert "sign in as GS0001 (Trần Thị Lan, supervisor) with PIN 654321" in printed
    logsetup.shutdown()
    logged = "".join(p.read_text(encoding="utf-8")
                     for p in (data_dir / "logs").glob("*") if p.is_file())
    assert "demo officers added" in logged
    for pin in ("112233", "123456", "654321"):  # PINs: console only
        assert pin not in logged

    # next time: nothing added, still reminded (the demo PINs still work)
    err = io.StringIO()
    launch.main([], gui=FakeGui(), err=err)
    assert "added" not in err.getvalue()
    assert "with PIN 123456" in err.getvalue()


def test_no_demo_officers_where_officers_exist(data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir)
    db = open_db(settings.db_path)
    try:
        AuthService(db, settings).create_officer("AD0001", "Lê Văn Tám", "admin",
                                                 "999999", actor=None)
    finally:
        db.close()
    out = io.StringIO()
    assert launch.ensure_demo_officers(settings, out.write, out) == []
    assert out.getvalue() == ""  # AD0001 exists with another PIN: no hint


def test_without_the_demo_admin_the_terminal_is_not_enrolled_automatically(
    url: str, data_dir: Path
) -> None:
    """Enrolling needs an admin: the launcher signs in as the demo one, or leaves it
    to a real administrator."""
    settings = Settings(data_dir=data_dir)
    db = open_db(settings.db_path)
    try:
        AuthService(db, settings).create_officer("AD0009", "Lê Văn Tám", "admin",
                                                 "999999", actor=None)
    finally:
        db.close()
    gui, err = FakeGui(), io.StringIO()
    assert launch.main([], gui=gui, err=err) == 0
    [call] = gui.calls
    assert call["answers"] and not call["enrolled"]
    assert "an admin enrols with `borderdesk enrol --officer ID" in err.getvalue()
    assert _wait_gone(data_dir / "portal" / "portal.db") == []
