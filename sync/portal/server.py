"""Serving the portal with waitress (a production WSGI server; TCP_NODELAY by default).

:func:`serve` runs in the foreground until SIGTERM or SIGINT and then stops cleanly:
it stops accepting, lets the worker threads finish the requests in hand (each either
commits or rolls back as a whole) and closes every socket. :class:`PortalServer` runs
the same server on a background thread, for tests (``port=0`` picks a free port).

TLS is not terminated here: in production put the portal behind a TLS proxy (and pass
``public_url`` so signatures over ``@target-uri`` still verify). The terminal verifies
TLS certificates by default.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from waitress import create_server, wasyncore

from sync.portal.app import Limits, close_app, create_app
from sync.portal.faults import Faults

log = logging.getLogger("sync.portal")
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


class PortalServer:
    """A waitress server for the portal app, started and stopped on demand."""

    def __init__(
        self,
        db_path: Path | str,
        host: str = "127.0.0.1",
        port: int = 0,
        threads: int = 4,
        *,
        faults: Faults | None = None,
        clock: Callable[[], datetime] | None = None,
        admin_token: str | None = None,
        limits: Limits | None = None,
        public_url: str | None = None,
    ) -> None:
        self.faults = faults if faults is not None else Faults()
        self.app = create_app(
            db_path,
            faults=self.faults,
            clock=clock,
            admin_token=admin_token,
            limits=limits,
            public_url=public_url,
            background_checkpoints=True,
        )
        self._server: Any = create_server(
            self.app,
            host=host,
            port=port,
            threads=threads,
            ident="borderdesk-portal",
            clear_untrusted_proxy_headers=True,
            # A batch must never be cut off by the server while the client still sends.
            channel_timeout=120,
        )
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    @property
    def url(self) -> str:
        host = self._server.effective_host
        if ":" in str(host):
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def state(self) -> Any:
        return self.app.extensions["borderdesk_portal"]

    def run(self) -> None:
        """Serve in this thread until :meth:`stop` (or KeyboardInterrupt)."""
        try:
            self._server.run()
        finally:
            self._close_sockets()

    def start(self) -> PortalServer:
        self._thread = threading.Thread(
            target=self.run, name="portal-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: close the listening socket and the open connections (from the
        server's own loop thread), wait for it, then for the worker threads."""
        server = self._server
        if self._thread is not None and self._thread.is_alive():
            # The loop may end (and close its trigger) between the check and the pull:
            # a closed trigger means there is no loop left to stop.
            with contextlib.suppress(OSError):
                server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
            self._thread.join(timeout=10)
        self._close_sockets()
        server.task_dispatcher.shutdown(timeout=10)
        close_app(self.app)

    def _close_sockets(self) -> None:
        with contextlib.suppress(OSError):  # already closed
            wasyncore.close_all(self._server._map)

    def __enter__(self) -> PortalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(
    db_path: Path | str,
    host: str = "127.0.0.1",
    port: int = 8080,
    threads: int = 4,
    *,
    faults: Faults | None = None,
    admin_token: str | None = None,
    public_url: str | None = None,
    out: TextIO | None = None,
    json_output: bool = False,
) -> int:
    """Serve the portal in the foreground until SIGTERM/SIGINT; returns 0.

    ``admin_token`` enables ``/_admin/faults`` and is refused unless ``host`` is a
    loopback address (the endpoint is for tests on one machine).
    """
    out = out or sys.stdout
    if admin_token is not None and host not in LOOPBACK_HOSTS:
        raise ValueError("--admin-token is only allowed with a loopback --host")
    server = PortalServer(
        db_path,
        host,
        port,
        threads,
        faults=faults,
        admin_token=admin_token,
        public_url=public_url,
    )

    # Everything loaded so far (Flask, the app, the schema) lives as long as the
    # process: out of the collector's sight, a full collection no longer walks it
    # while a batch is being judged (~10 % of a batch of 500's time, in spikes).
    gc.collect()
    gc.freeze()

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt  # waitress' loop catches it and shuts its threads down

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        if json_output:
            out.write(
                json.dumps(
                    {"status": "listening", "url": server.url, "db": str(db_path)}
                )
                + "\n"
            )
        else:
            out.write(
                f"borderdesk portal listening on {server.url} (database {db_path})\n"
            )
        out.flush()
        log.info("portal listening on %s", server.url)
        server.run()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        server.stop()
    out.write(
        json.dumps({"status": "stopped"}) + "\n"
        if json_output
        else "borderdesk portal stopped\n"
    )
    out.flush()
    return 0
