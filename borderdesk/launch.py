"""``make run``: the bundled reference portal on loopback next to the app, then the app.

    python -m borderdesk.launch [--config PATH] [--db PATH] [gui QT-OPTIONS]

1. Resolve the settings as the ``borderdesk`` command does.
2. If nothing answers at ``portal_url`` (``GET /v1/limits`` with the protocol marker)
   and it is a loopback ``http://`` address, start ``borderdesk portal serve --db
   <data_dir>/portal/portal.db --host 127.0.0.1 --port <its port, 8470 by default>``
   as a child process. A portal database created now gets a few demo
   pre-declarations and watch-list entries first.
3. A terminal without officers gets the demo officers (``borderdesk.demo``: an
   admin, a supervisor and a guard), and how to sign in as them is printed.
   Then the terminal is enrolled unless it already is, with that portal, under a key
   the portal holds as active: a code from the portal's database, then ``borderdesk
   enrol`` as the demo administrator (enrolling needs an admin; a terminal whose
   demo admin is gone or has another PIN is left for a real admin to enrol).
4. Run the desktop app in this process.
5. Stop the child when the app exits, on SIGTERM/SIGINT, and (Linux) when this process
   dies anyway (``PR_SET_PDEATHSIG``): no orphan portal.

If the portal cannot start (its port taken by another program), the app still starts,
offline; the reason is printed and logged. A portal that already answers is used as it
is and left running. Another command (``make run ARGS=list``) just runs it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TextIO
from urllib.parse import urlsplit

import requests

from borderdesk import cli, config, demo, logsetup
from borderdesk.config import LoadedSettings, Settings
from borderdesk.core.model import OfficerRole
from borderdesk.core.pin import verify_pin
from borderdesk.services import AuthService
from borderdesk.storage.db import open_db
from borderdesk.storage.errors import StorageError
from borderdesk.storage.outbox import SqliteSyncStore
from sync import protocol
from sync.portal import admin

log = logging.getLogger("borderdesk.launch")

DEFAULT_PORT = 8470
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
DEMO_PREDECLARATIONS = 12
DEMO_WATCHLIST = 8

Gui = Callable[[LoadedSettings, list[str]], int]


def portal_answers(url: str, timeout: float = 2.0) -> bool:
    """True if a borderdesk portal answers at ``url`` (its marker, even on a 401)."""
    try:
        response = requests.get(url.rstrip("/") + protocol.PATH_LIMITS,
                                timeout=timeout, allow_redirects=False)
        with response:
            protocol.require_protocol(response.headers, response.json())
    except (requests.RequestException, ValueError, protocol.ProtocolError):
        return False
    return True


def loopback_port(url: str) -> int | None:
    """The port to serve ``url`` on, or None if it is not a local ``http://`` URL."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        return None
    return parts.port or DEFAULT_PORT


def _port_taken(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the child gets SIGTERM when the launcher dies, even by SIGKILL."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LocalPortal:
    """The portal the app talks to: started here (and stopped by :meth:`stop`), or
    found already answering (``started`` False, left alone)."""

    def __init__(self, settings: Settings, say: Callable[[str], None]) -> None:
        self.url = settings.portal_url.rstrip("/")
        self.db_path = settings.data_dir / "portal" / "portal.db"
        self.log_path = settings.log_dir / "portal.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.answering = False
        self._say = say

    @property
    def started(self) -> bool:
        return self.process is not None

    def ensure(self, gate: str) -> bool:
        """Make a portal answer at :attr:`url` if possible; True if one does."""
        if portal_answers(self.url):
            self._say(f"using the portal already answering at {self.url}")
            self.answering = True
            return True
        port = loopback_port(self.url)
        if port is None:
            self._say(f"the portal at {self.url} does not answer; starting offline")
            return False
        if _port_taken(port):
            self._say(f"port {port} is used by another program: the reference portal "
                      "cannot start; the app starts offline")
            return False
        if not self.db_path.exists():
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            made = admin.seed(self.db_path, gate, predeclarations=DEMO_PREDECLARATIONS,
                              watchlist=DEMO_WATCHLIST, seed_=1)
            self._say(f"new demo portal database {self.db_path}: "
                      f"{len(made['predeclarations'])} pre-declarations, "
                      f"{len(made['watchlist'])} watch-list entries")
        self.answering = self._start(port)
        return self.answering

    def _start(self, port: int) -> bool:
        command = [sys.executable, "-m", "borderdesk", "portal", "serve",
                   "--db", str(self.db_path), "--host", "127.0.0.1",
                   "--port", str(port), "--json"]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as sink:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=sink, stderr=sink,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._say(f"the reference portal stopped at start (exit "
                          f"{self.process.returncode}, see {self.log_path}); the app "
                          "starts offline")
                self.process = None
                return False
            if portal_answers(self.url, timeout=1.0):
                self._say(f"reference portal started at {self.url} (pid "
                          f"{self.process.pid}, database {self.db_path})")
                return True
            time.sleep(0.1)
        self._say(f"the reference portal did not answer within {START_TIMEOUT_S:.0f} s;"
                  " the app starts offline")
        self.stop()
        return False

    def stop(self) -> None:
        """Stop the child (SIGTERM, then SIGKILL after a while); idempotent."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._say("reference portal stopped")


def _enrolled_here(settings: Settings, portal: LocalPortal) -> bool:
    """Enrolled with this portal under a key its database holds as active."""
    db = open_db(settings.db_path)
    try:
        enrolment = SqliteSyncStore(db).enrolment()
    finally:
        db.close()
    if enrolment is None or enrolment.portal_url.rstrip("/") != portal.url:
        return False
    return any(t["key_id"] == enrolment.key_id and not t["revoked"]
               for t in admin.terminals(portal.db_path))


def ensure_enrolled(loaded: LoadedSettings, portal: LocalPortal,
                    say: Callable[[str], None],
                    admin_officer: demo.DemoOfficer | None = demo.DEMO_ADMIN) -> bool:
    """Enrol the terminal with ``portal`` unless it is already, signed in as
    ``admin_officer`` (enrolling needs an admin); True if enrolled."""
    settings = loaded.settings
    if not portal.db_path.exists():
        say(f"cannot enrol automatically: no portal database at {portal.db_path}")
        return False
    try:
        if _enrolled_here(settings, portal):
            return True
        if admin_officer is None:
            say("cannot enrol automatically: no demo administrator to do it; an "
                "admin enrols with `borderdesk enrol --officer ID --portal URL "
                "--code CODE`")
            return False
        code = admin.create_enrolment_code(portal.db_path, settings.gate,
                                           settings.terminal)["code"]
    except (StorageError, admin.AdminError, OSError) as exc:
        say(f"cannot enrol automatically: {exc}")
        return False
    out, err = io.StringIO(), io.StringIO()
    # The `borderdesk enrol` command itself, on the same configuration, by the demo
    # admin (its PIN on the command's standard input, never in a log).
    status = cli.main(["enrol", "--config", str(loaded.config_file),
                       "--db", str(settings.db_path), "--portal", portal.url,
                       "--code", code, "--officer", admin_officer.officer_id,
                       "--pin-stdin", "--json"], out, err,
                      stdin=io.StringIO(admin_officer.pin + "\n"))
    logsetup.setup(settings.log_dir)  # the command closed the log file on its way out
    with contextlib.suppress(ValueError):
        answer: dict[str, Any] = json.loads(out.getvalue() or "{}")
        if status == 0:
            say(f"terminal enrolled as {answer.get('gate')}/{answer.get('terminal')} "
                f"with {portal.url}")
            return True
        say(f"enrolment failed: {answer.get('error')}: {answer.get('message')}")
    return False


def ensure_demo_officers(settings: Settings, say: Callable[[str], None],
                         out: TextIO) -> list[demo.DemoOfficer]:
    """Register the demo officers on a terminal that has none, and print how to sign
    in as each demo officer whose demo PIN still works (only to ``out``: the log
    never gets a PIN). Returns those printed."""
    try:
        db = open_db(settings.db_path)
        try:
            auth = AuthService(db, settings)
            added = demo.add_demo_officers(auth)
            usable = []
            for o in demo.DEMO_OFFICERS:
                record = auth.store.get(o.officer_id)
                if (record is not None and not record.officer.disabled
                        and verify_pin(o.pin, record.pin_hash)):
                    usable.append(o)
        finally:
            db.close()
    except StorageError as exc:
        say(f"cannot add the demo officers: {exc}")
        return []
    if added:
        say("demo officers added: " + ", ".join(o.officer_id for o in added))
    for o in usable:
        out.write(f"borderdesk: sign in as {o.officer_id} ({o.name}, {o.role}) "
                  f"with PIN {o.pin}\n")
    out.flush()
    return usable


class _Stop(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM/SIGINT end the launcher through its ``finally`` (the GUI installs its
    own handlers while it runs, and closes its window)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    fired: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if not fired:  # once: never interrupt the clean-up itself
            fired.append(signum)
            raise _Stop(signum)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


def _split_qt_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """``[--db X] gui -platform offscreen`` -> the app's part and Qt's options.

    Everything after ``gui`` goes to Qt verbatim (argparse's REMAINDER would take
    ``-platform`` for an option of its own).
    """
    i = 0
    while i < len(argv):
        if argv[i] in ("--db", "--config"):
            i += 2
        elif argv[i] == "gui":
            qt = argv[i + 1:]
            return argv[: i + 1], qt[1:] if qt[:1] == ["--"] else qt
        elif argv[i].startswith("-"):
            i += 1
        else:
            break
    return argv, []


def _default_gui(loaded: LoadedSettings, qt_args: list[str]) -> int:
    from borderdesk.ui.app import run

    return run(loaded, qt_args)


def main(argv: Sequence[str] | None = None, *, gui: Gui | None = None,
         err: TextIO | None = None) -> int:
    """Start (or find) the portal, enrol, run ``gui`` (the desktop app), clean up."""
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if {"-h", "--help", "--version"} & set(argv):
        return cli.main(argv)
    head, qt_args = _split_qt_args(argv)
    try:
        args: argparse.Namespace = cli.build_parser().parse_args(head)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command not in (None, "gui"):
        return cli.main(argv)
    try:
        path = getattr(args, "config", None)
        loaded = config.load(Path(path) if path else None,
                             options={"database": getattr(args, "db", None)})
    except config.ConfigError as exc:
        err.write(f"borderdesk: error: {exc}\n")
        return cli.EXIT_ERROR
    settings = loaded.settings
    logsetup.setup(settings.log_dir)

    def say(message: str) -> None:
        log.info("%s", message)
        err.write(f"borderdesk: {message}\n")
        err.flush()

    portal = LocalPortal(settings, say)
    try:
        with _stop_on_signals():
            usable = ensure_demo_officers(settings, say, err)
            if portal.ensure(settings.gate) and loopback_port(portal.url):
                admins = [o for o in usable if o.role is OfficerRole.ADMIN]
                ensure_enrolled(loaded, portal, say, admins[0] if admins else None)
            return (gui or _default_gui)(loaded, qt_args)
    except _Stop as stop:
        say(f"signal {stop.signum}: stopping")
        return 128 + stop.signum
    finally:
        portal.stop()
        logsetup.shutdown()


if __name__ == "__main__":
    sys.exit(main())
