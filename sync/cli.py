"""The sync's commands: ``enrol``, ``sync --once|--daemon`` and ``sync status``.

The lead's ``borderdesk.cli`` calls :func:`register` with its subparsers, the parent
parsers shared by every command, and the factory of the store (which lives in
``borderdesk.storage``, a package ``sync`` must not import)::

    from borderdesk.storage.outbox import SqliteSyncStore
    from sync import cli as sync_cli
    sync_cli.register(sub, [common, json_flag], store_factory=SqliteSyncStore)

Handlers follow ``handler(ctx, out, err) -> int`` and use ``ctx.service`` (the
terminal's ``CounterService``: ``.db``, ``.settings``, ``.clock``, ``.terminal_key()``).

Exit codes of ``sync --once`` (scripts and schedulers rely on them):

====  =================================================================
0     nothing is left to send
1     not enrolled, the portal refused the terminal (key, clock), config
6     messages are left after a transient failure (offline); see the output
7     all sent, but this run's rejections/conflicts need a supervisor
====  =================================================================
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

import requests

from borderdesk.core.signed import b64encode, public_key_bytes
from sync import engine as engine_mod
from sync.client import PortalClient
from sync.daemon import SyncDaemon
from sync.engine import SyncEngine, SyncProgress, enrolment_keys, sync_status
from sync.errors import AuthError, SyncError, TransientError
from sync.ports import (
    BACKOFF_ATTEMPT,
    CURSOR_PREDECLARATIONS,
    CURSOR_WATCHLIST,
    ENROLMENT,
    NEXT_ATTEMPT_AT,
    Enrolment,
    SyncStore,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_LEFT = 6  # messages left after transient failures (offline)
EXIT_SUPERVISOR = 7  # rejected/conflicting messages need a supervisor

StoreFactory = Callable[[Any], SyncStore]  # (the service's Database) -> SyncStore


def make_session() -> requests.Session:
    """The HTTP session (tests replace this to talk to a fake portal)."""
    return requests.Session()


def make_client(base_url: str, key: Any, terminal: str) -> PortalClient:
    return PortalClient(make_session(), base_url, key, terminal)


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _url(text: str) -> str:
    if not text.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError("the portal address must start with http:// "
                                         "or https://")
    return text


def _add_json(parser: argparse.ArgumentParser) -> None:
    try:
        parser.add_argument("--json", action="store_true", help="print JSON")
    except argparse.ArgumentError:  # a parent parser already has it
        pass


def register(sub: Any, parents: Sequence[argparse.ArgumentParser], *,
             store_factory: StoreFactory | None = None) -> None:
    """Add ``enrol`` and ``sync`` (with ``sync status``) to ``sub``."""
    parents = list(parents)
    defaults = {"sync_store_factory": store_factory}

    help_ = "Enrol this terminal with the portal (once, with a code from the portal)"
    p = sub.add_parser("enrol", help=help_, description=help_, parents=parents)
    p.add_argument("--portal", required=True, type=_url, metavar="URL",
                   help="the portal's address, e.g. https://portal.example")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    # Skipped when a parent parser has it (borderdesk.cli's acting officer).
    with contextlib.suppress(argparse.ArgumentError):
        p.add_argument("--officer", help="who enrols the terminal (for the audit log)")
    _add_json(p)
    p.set_defaults(func=cmd_enrol, **defaults)

    help_ = ("Send the outbox to the portal and fetch pre-declarations, the watch list "
             "and keys")
    p = sub.add_parser("sync", help=help_, description=help_, parents=parents)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit")
    mode.add_argument("--daemon", action="store_true",
                      help="keep syncing until SIGTERM/SIGINT")
    p.add_argument("--portal", type=_url, metavar="URL",
                   help="use this address instead of the enrolled one (e.g. a proxy)")
    p.add_argument("--batch-size", type=_positive, metavar="N",
                   help="at most N messages per request")
    p.add_argument("--interval", type=float, default=60.0, metavar="S",
                   help=argparse.SUPPRESS)
    _add_json(p)
    p.set_defaults(func=cmd_sync, sync_command=None, **defaults)
    ssub = p.add_subparsers(dest="sync_command", metavar="COMMAND")
    help_ = "Show what is waiting, the last success and the last error (no network)"
    s = ssub.add_parser("status", help=help_, description=help_, parents=parents)
    _add_json(s)
    s.set_defaults(func=cmd_status, **defaults)


# -- helpers ---------------------------------------------------------------------------


def _store(ctx: Any) -> SyncStore:
    factory = getattr(ctx.args, "sync_store_factory", None)
    if factory is None:
        raise _Fail("sync is not wired to the local store: borderdesk.cli must call "
                    "sync.cli.register(..., store_factory=SqliteSyncStore)",
                    "not_wired")
    store: SyncStore = factory(ctx.service.db)
    return store


class _Fail(Exception):
    def __init__(self, message: str, error: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.error = error
        self.exit_code = code


def _failed(ctx: Any, exc: _Fail, out: TextIO, err: TextIO) -> int:
    if getattr(ctx.args, "json", False):
        _dump({"status": "error", "error": exc.error, "message": str(exc)}, out)
    else:
        err.write(f"borderdesk: error: {exc}\n")
    return exc.exit_code


def _now(ctx: Any) -> datetime:
    clock = getattr(ctx.service, "clock", None)
    return clock() if callable(clock) else datetime.now(UTC)


# -- enrol -----------------------------------------------------------------------------


def cmd_enrol(ctx: Any, out: TextIO, err: TextIO) -> int:
    try:
        return _enrol(ctx, out, err)
    except _Fail as exc:
        return _failed(ctx, exc, out, err)


def _enrol(ctx: Any, out: TextIO, err: TextIO) -> int:
    args, settings = ctx.args, ctx.settings
    store = _store(ctx)
    try:
        key = ctx.service.terminal_key()
        client = make_client(args.portal, key, f"{settings.gate}/{settings.terminal}")
        try:
            response = client.enrol(args.code, b64encode(public_key_bytes(key.public)))
        except AuthError as exc:
            raise _Fail(f"the portal refused the enrolment code ({exc.code})",
                        exc.code) from exc
        except TransientError as exc:
            raise _Fail(f"the portal cannot be reached: {exc}", exc.code,
                        EXIT_LEFT) from exc
        except SyncError as exc:
            raise _Fail(f"enrolment failed: {exc.code}: {exc}", exc.code) from exc
        finally:
            client.close()
        try:
            enrolment = Enrolment(
                portal_url=args.portal, gate=str(response["gate"]),
                terminal=str(response["terminal"]), key_id=str(response["key_id"]),
                portal_key_id=str(response["portal_key_id"]),
                watchlist_key=str(response["watchlist_key"]),
                enrolled_at=_now(ctx).astimezone(UTC).isoformat(),
                limits=dict(response.get("limits") or {}))
            keys = enrolment_keys(response)
        except (KeyError, TypeError, ValueError) as exc:
            raise _Fail(f"the portal's enrolment answer is incomplete: {exc}",
                        "bad_response") from exc
        if enrolment.key_id != key.key_id:
            raise _Fail("the portal registered another key than this terminal's",
                        "key_mismatch")
        previous = store.get(ENROLMENT)
        try:
            store.save_enrolment(enrolment, keys, actor=args.officer or "system")
        except ValueError as exc:
            raise _Fail(f"the portal's keys do not verify: {exc}",
                        "bad_response") from exc
        # Cursors and backoff belong to one portal: start afresh with another one.
        store.put({CURSOR_PREDECLARATIONS: None, CURSOR_WATCHLIST: None,
                   BACKOFF_ATTEMPT: None, NEXT_ATTEMPT_AT: None}
                  if previous is None or previous.get("portal_url") != args.portal
                  or previous.get("gate") != enrolment.gate else {})
    finally:
        store.close()
    warnings = []
    if (enrolment.gate.upper(), enrolment.terminal.upper()) != (
            settings.gate.upper(), settings.terminal.upper()):
        warnings.append(
            f"the portal enrolled this terminal as {enrolment.terminal_id} but the "
            f"settings say {settings.gate}/{settings.terminal}: crossings are recorded "
            "with the settings' gate, which the portal will refuse as wrong_gate")
    if args.json:
        _dump({"status": "enrolled", "portal_url": enrolment.portal_url,
               "gate": enrolment.gate, "terminal": enrolment.terminal,
               "key_id": enrolment.key_id, "portal_key_id": enrolment.portal_key_id,
               "trusted_keys": len(keys), "limits": dict(enrolment.limits),
               "warnings": warnings}, out)
    else:
        out.write(f"enrolled as {enrolment.terminal_id} with {enrolment.portal_url}\n"
                  f"terminal key {enrolment.key_id}, portal key "
                  f"{enrolment.portal_key_id}, {len(keys)} key(s) trusted\n")
        for warning in warnings:
            err.write(f"warning: {warning}\n")
    return EXIT_OK


# -- sync ------------------------------------------------------------------------------


def cmd_sync(ctx: Any, out: TextIO, err: TextIO) -> int:
    args = ctx.args
    if not (args.once or args.daemon):
        err.write("borderdesk sync: say --once or --daemon (or: sync status)\n")
        return EXIT_USAGE
    try:
        store = _store(ctx)
    except _Fail as exc:
        return _failed(ctx, exc, out, err)
    client: PortalClient | None = None
    try:
        data = store.get(ENROLMENT)
        if data is None:
            raise _Fail("this terminal is not enrolled: run "
                        "`borderdesk enrol --portal URL --code CODE` first",
                        "not_enrolled")
        enrolment = Enrolment.from_state(data)
        key = ctx.service.terminal_key()
        if key.key_id != enrolment.key_id:
            raise _Fail("the terminal key changed since enrolment; enrol again",
                        "key_mismatch")
        client = make_client(args.portal or enrolment.portal_url, key,
                             enrolment.terminal_id)
        engine = SyncEngine(store, client, clock=ctx.service.clock,
                            batch_size=args.batch_size)
        if args.daemon:
            return SyncDaemon(engine, interval=args.interval, stream=err).run()
        return _once(ctx, engine, store, out, err)
    except _Fail as exc:
        return _failed(ctx, exc, out, err)
    finally:
        if client is not None:
            client.close()
        store.close()


def exit_code(last: SyncProgress) -> int:
    """The ``sync --once`` exit code for a run's last progress."""
    if last.outcome in (engine_mod.NOT_ENROLLED, engine_mod.REFUSED):
        return EXIT_ERROR
    if last.left > 0:
        return EXIT_LEFT
    if last.needs_supervisor:
        return EXIT_SUPERVISOR
    return EXIT_OK


def _once(ctx: Any, engine: SyncEngine, store: SyncStore, out: TextIO, err: TextIO
          ) -> int:
    last: SyncProgress | None = None
    show = not ctx.args.json and err.isatty()
    for progress in engine.run_once(force=True):
        last = progress
        if show and progress.phase in ("push", "pull"):
            err.write(f"\r{progress.total - progress.left}/{progress.total} sent  "
                      f"{progress.message:<40}")
    if show:
        err.write("\r")
    assert last is not None
    code = exit_code(last)
    counts = store.counts()
    waiting = counts.get("rejected", 0) + counts.get("conflict", 0)
    if ctx.args.json:
        _dump({"status": last.outcome, "exit_code": code, "sent": last.sent,
               "accepted": last.accepted, "duplicates": last.duplicates,
               "rejected": last.rejected, "conflict": last.conflict, "left": last.left,
               "pulled": dict(last.pulled), "error": last.error,
               "message": last.message,
               "next_attempt_at": (last.next_attempt_at.isoformat()
                                   if last.next_attempt_at else None),
               "awaiting_supervisor": waiting, "counts": counts}, out)
        return code
    out.write(f"sent {last.sent}, accepted {last.accepted} ({last.duplicates} already "
              f"held), rejected {last.rejected}, conflict {last.conflict}, "
              f"left {last.left}\n")
    pulled = last.pulled
    out.write(f"pulled {pulled.get('predeclarations', 0)} pre-declaration(s), "
              f"{pulled.get('watchlist', 0)} watch-list change(s), "
              f"{pulled.get('keys', 0)} key change(s)\n")
    if code == EXIT_LEFT:
        when = (f"; next automatic attempt after {last.next_attempt_at:%H:%M:%S} UTC"
                if last.next_attempt_at else "")
        err.write(f"{last.left} message(s) left to send ({last.error or last.outcome})"
                  f"{when}\n")
    elif code == EXIT_ERROR:
        err.write("borderdesk: error: the portal refused the request: "
                  f"{last.message}\n")
    if waiting:
        err.write(f"{waiting} message(s) rejected or in conflict need a supervisor "
                  "(sync status)\n")
    return code


# -- status ----------------------------------------------------------------------------


def cmd_status(ctx: Any, out: TextIO, err: TextIO) -> int:
    try:
        store = _store(ctx)
    except _Fail as exc:
        return _failed(ctx, exc, out, err)
    try:
        status = sync_status(store)
        supervisor = getattr(getattr(store, "outbox", None), "needing_supervisor", None)
        problems = supervisor(20) if callable(supervisor) else []
    finally:
        store.close()
    if ctx.args.json:
        _dump({**status.to_dict(), "needing_supervisor": problems}, out)
        return EXIT_OK
    counts = status.counts
    out.write(f"portal: {status.portal_url or '(not enrolled)'}"
              + (f" as {status.terminal}" if status.terminal else "") + "\n")
    out.write("outbox: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in
                                     ("pending", "sent", "accepted", "rejected",
                                      "conflict")) + "\n")
    out.write(f"connection: {status.connection}; last success: "
              f"{status.last_success_at or 'never'}\n")
    if status.last_error:
        out.write(f"last error: {status.last_error.get('code')} at "
                  f"{status.last_error.get('at')}: "
                  f"{status.last_error.get('message')}\n")
    if status.next_attempt_at:
        out.write(f"next attempt after {status.next_attempt_at} "
                  f"(attempt {status.backoff_attempt})\n")
    for p in problems:
        out.write(f"  {p['state']}: {p['function']} {p['crossing_id']} "
                  f"({p['result_code']}: {p['result_reason'] or ''})\n")
    return EXIT_OK


__all__ = ["EXIT_LEFT", "EXIT_SUPERVISOR", "exit_code", "register"]
