"""The ``borderdesk`` command: the desktop app with no arguments, headless commands else.

Every command takes ``--db PATH`` and ``--config PATH`` and can print JSON (``--json``;
for ``record``, whose ``--json`` names the input, ``--output json``).

Commands that change or reveal the terminal's data say who acts: ``--officer ID``,
signed in through :class:`~borderdesk.services.AuthService` (so wrong PINs count
towards the lockout, and the sign-in is audited with ``via: cli`` and the command). The PIN comes
from the environment variable ``BORDERDESK_PIN`` when it is set (for schedulers: the
environment of a process is readable by the same OS user and root only), else from the
first line of standard input with ``--pin-stdin``, else it is asked for at a terminal.
Then the service layer checks the officer's role (:mod:`borderdesk.core.permissions`)
and audits a refusal. ``parse``, ``scan``, ``config show``, ``gui`` and the ``portal``
commands (the reference portal's own database) need no officer; ``officer add`` and
``demo`` need none on a terminal without officers (the first officer is its admin).

Exit codes are a contract for scripts and schedulers:

====  =====================================================================
0     success
1     runtime failure (storage: disk full, read-only, locked, damaged; config)
2     usage error (bad arguments)
3     refused: validation findings (errors, or warnings not acknowledged)
4     ``db check`` found a problem
5     conflict: same id stored with other content, or amendment of an amended crossing
6     ``sync --once``: messages left to send (the portal could not be reached)
7     ``sync --once``: the portal rejected messages or reported conflicts
8     not permitted: no ``--officer``, the sign-in was refused (wrong PIN or unknown
      officer, locked, disabled), or the officer's role lacks the permission
====  =====================================================================
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from borderdesk import __version__, config, logsetup
from borderdesk.core.codec import CrossingFormatError
from borderdesk.core.model import Officer, OfficerRole
from borderdesk.core.permissions import Permission
from borderdesk.core.validation import Finding
from borderdesk.services import (
    OFFICER_MISSING,
    AuthService,
    CounterService,
    CrossingRefused,
    OfficerInvalid,
    OfficerNotFound,
    PermissionDenied,
    Session,
    SignInRefused,
)
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.db import open_db
from borderdesk.storage.errors import IdConflict, StorageError, SupersedeConflict
from borderdesk.storage.officers import OfficerExists

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED, EXIT_CHECK_FAILED, EXIT_CONFLICT = range(6)
EXIT_NOT_PERMITTED = 8  # 6 and 7 are sync --once's (sync/cli.py)
PIN_ENV = "BORDERDESK_PIN"  # the acting officer's PIN, for schedulers

log = logging.getLogger("borderdesk.cli")


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_ERROR, error: str = "error",
                 **extra: Any) -> None:
        super().__init__(message)
        self.exit_code = code
        self.error = error
        self.extra = extra  # more keys of the JSON error object


# -- helpers -------------------------------------------------------------------


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _finding_line(f: Finding) -> str:
    params = " ".join(f"{k}={v}" for k, v in f.params.items() if k != "allowed")
    return f"  {f.severity}: {f.field or '-'}: {f.code}" + (f" ({params})" if params else "")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


class Context:
    """What a command needs: settings, the service opened lazily on first use, and
    the officer signed in for it (``actor``, None for a command that needs none)."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO | None = None) -> None:
        self.args = args
        self.stdin = stdin if stdin is not None else sys.stdin
        options = {"database": getattr(args, "db", None)}
        self.loaded = config.load(
            Path(args.config) if getattr(args, "config", None) else None, options=options
        )
        self.settings = self.loaded.settings
        self._service: CounterService | None = None
        self._auth: AuthService | None = None
        self.session: Session | None = None
        self._pin_from_stdin = False  # the acting officer's PIN took stdin's first line

    @property
    def actor(self) -> str | None:
        """The signed-in officer's id."""
        return None if self.session is None else self.session.officer.officer_id

    @property
    def service(self) -> CounterService:
        if self._service is None:
            logsetup.setup(self.settings.log_dir)
            self._service = CounterService(open_db(self.settings.db_path), self.settings)
        return self._service

    @property
    def auth(self) -> AuthService:
        if self._auth is None:
            self._auth = AuthService(self.service.db, self.settings,
                                     clock=self.service.clock)
        return self._auth

    def close(self) -> None:
        if self._service is not None:
            self._service.db.close()
        logsetup.shutdown()


# -- who acts --------------------------------------------------------------------

PermissionRule = Permission | Callable[[Context], Permission | None] | None


def _operation(args: argparse.Namespace) -> str:
    """The command as typed, e.g. ``db backup`` or ``officer disable``."""
    words = [args.command]
    for attr in ("db_command", "officer_command", "config_command", "sync_command",
                 "export_command", "portal_action"):
        value = getattr(args, attr, None)
        if isinstance(value, str):
            words.append(value)
    return " ".join(w for w in words if w)


def _unless_bootstrap(permission: Permission) -> Callable[[Context], Permission | None]:
    """``permission``, or none at all on a terminal without officers yet."""

    def rule(ctx: Context) -> Permission | None:
        return permission if ctx.auth.has_officers() else None

    return rule


def _export_permission(ctx: Context) -> Permission | None:
    return None if ctx.args.export_command == "verify" else Permission.EXPORT


def _acting_pin(ctx: Context, officer_id: str) -> str:
    pin = os.environ.get(PIN_ENV)
    if pin:
        return pin
    if getattr(ctx.args, "pin_stdin", False):
        ctx._pin_from_stdin = True
        return ctx.stdin.readline().rstrip("\r\n")
    if ctx.stdin.isatty():
        return getpass.getpass(f"PIN of {officer_id}: ")
    raise CliError(f"no PIN for {officer_id}: set {PIN_ENV}, or pass --pin-stdin and "
                   "write it to standard input, or run the command at a terminal",
                   EXIT_USAGE, "pin_missing")


def authorize(ctx: Context) -> None:
    """Sign the acting officer in and check the command's permission (nothing for a
    command that needs none).

    Raises:
        CliError: no PIN (usage) or the sign-in refused (not permitted).
        PermissionDenied: no ``--officer``, or the role lacks the permission.
    """
    rule: PermissionRule = getattr(ctx.args, "permission", None)
    permission = rule(ctx) if callable(rule) else rule
    if permission is None:
        return
    operation = _operation(ctx.args)
    officer_id = (getattr(ctx.args, "officer", None) or "").strip()
    if not officer_id:
        ctx.service.authorize(None, permission, operation)  # refuses, audited
    pin = _acting_pin(ctx, officer_id)
    try:
        ctx.session = ctx.auth.sign_in(officer_id, pin, via="cli", command=operation)
    except SignInRefused as exc:
        # The refused command, besides the refused sign-in (which counts towards the
        # lockout): every refusal is a permission.denied entry.
        ctx.service.permissions.refused(officer_id, permission, operation, exc.code)
        extra = {"officer": officer_id.upper()}
        if exc.locked_until is not None:
            extra["locked_until"] = exc.locked_until.isoformat()
        until = (f" until {exc.locked_until:%Y-%m-%d %H:%M:%S} UTC"
                 if exc.locked_until else "")
        message = {"locked": f"{officer_id} is locked out{until} (too many wrong "
                             "PINs; an administrator can unlock it)",
                   "disabled": f"{officer_id} is disabled"}.get(
                       exc.code, "sign-in refused: unknown officer or wrong PIN")
        raise CliError(message, EXIT_NOT_PERMITTED, exc.code, **extra) from exc
    ctx.args.officer = ctx.actor  # what the handlers record (normalised)
    ctx.service.authorize(ctx.actor, permission, operation)


def _denied_json(exc: PermissionDenied) -> dict[str, Any]:
    error = "officer_required" if exc.reason == OFFICER_MISSING else exc.code
    return {"status": "error", "error": error, "message": _denied_text(exc),
            "permission": str(exc.permission), "officer": exc.officer or None,
            "reason": exc.reason}


def _denied_text(exc: PermissionDenied) -> str:
    if exc.reason == OFFICER_MISSING:
        return (f"`{exc.operation}` needs an officer: --officer ID, with the PIN from "
                f"{PIN_ENV}, --pin-stdin or the prompt")
    why = {"unknown_officer": "not a registered officer",
           "disabled": "the account is disabled"}.get(
               exc.reason, f"it needs the {exc.permission} permission")
    return f"not permitted: {exc.officer} may not {exc.operation} ({why})"


def _crossing_rows(items: list[StoredCrossing]) -> list[str]:
    lines = []
    for s in items:
        c = s.crossing
        p = c.principal
        who = p.identity.full_name if p else "?"
        doc = f"{p.identity.document_type}:{p.identity.document_number}" if p else ""
        extra = f" +{len(c.persons) - 1}" if len(c.persons) > 1 else ""
        lines.append(
            f"{c.local_time:%Y-%m-%d %H:%M}  {c.gate:<10} {c.direction:<5} {c.decision:<9} "
            f"{who}{extra}  [{doc}]  {s.sync_state}  {c.id}"
        )
    return lines


# -- commands ------------------------------------------------------------------


def cmd_record(ctx: Context, out: TextIO, err: TextIO) -> int:
    args = ctx.args
    source = args.json
    try:
        text = (ctx.stdin.read() if source == "-"
                else Path(source).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {source}: {exc}", error="input_unreadable") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                       f"{exc.msg})", EXIT_REFUSED, "json_invalid") from exc
    items = data if isinstance(data, list) else [data]
    as_json = args.output == "json"
    results: list[dict[str, Any]] = []
    worst = EXIT_OK
    for index, item in enumerate(items):
        where = f"[{index}] " if isinstance(data, list) else ""
        result: dict[str, Any] = {"index": index}
        try:
            crossing = ctx.service.parse(item, officer=ctx.actor)
            if args.acknowledge:
                from dataclasses import replace

                crossing = replace(crossing,
                                   acknowledged=crossing.acknowledged | set(args.acknowledge))
            outcome = ctx.service.record(crossing, actor=ctx.actor)
        except PermissionDenied as exc:
            result.update(_denied_json(exc), status="not_permitted")
            worst = max(worst, EXIT_NOT_PERMITTED)
            if not as_json:
                err.write(f"{where}{_denied_text(exc)}\n")
        except (CrossingFormatError, CrossingRefused) as exc:
            result.update(status="refused", findings=[f.to_dict() for f in exc.findings])
            worst = max(worst, EXIT_REFUSED)
            if not as_json:
                err.write(f"{where}refused:\n")
                err.writelines(_finding_line(f) + "\n" for f in exc.findings)
                unacked = sorted({f.code for f in exc.findings if f.severity == "warning"})
                if unacked:
                    err.write("  warnings must be acknowledged: "
                              + " ".join(f"--acknowledge {c}" for c in unacked) + "\n")
        except (IdConflict, SupersedeConflict) as exc:
            result.update(status="conflict", error=exc.code, message=str(exc))
            worst = max(worst, EXIT_CONFLICT)
            if not as_json:
                err.write(f"{where}conflict: {exc}\n")
        else:
            rr = outcome.result
            result.update(id=rr.id, status="recorded" if rr.created else "already_recorded",
                          warnings=[f.to_dict() for f in outcome.warnings])
            if not as_json:
                out.write(rr.id + "\n")
                if not rr.created:
                    err.write(f"{where}already recorded (identical): {rr.id}\n")
        results.append(result)
    # The names go into the search index after the saves, not inside them.
    ctx.service.index_names()
    if as_json:
        _dump(results if isinstance(data, list) else results[0], out)
    return worst


def cmd_list(ctx: Context, out: TextIO, err: TextIO) -> int:
    day = ctx.args.date or ctx.service.today()
    items = ctx.service.day(day, None if ctx.args.all_gates else ctx.args.gate or
                            ctx.settings.gate, actor=ctx.actor)
    if ctx.args.json:
        _dump([s.to_dict() for s in items], out)
    else:
        out.writelines(line + "\n" for line in _crossing_rows(items))
        err.write(f"{len(items)} crossing(s) on {day.isoformat()}\n")
    return EXIT_OK


def cmd_find(ctx: Context, out: TextIO, err: TextIO) -> int:
    items = ctx.service.find(ctx.args.text, limit=ctx.args.limit, actor=ctx.actor)
    if ctx.args.json:
        _dump([s.to_dict() for s in items], out)
    else:
        out.writelines(line + "\n" for line in _crossing_rows(items))
        err.write(f"{len(items)} match(es)\n")
    return EXIT_OK


def cmd_cancel(ctx: Context, out: TextIO, err: TextIO) -> int:
    args = ctx.args
    try:
        cancellation = ctx.service.cancel(args.crossing_id, args.reason, ctx.actor)
    except SupersedeConflict as exc:
        raise CliError(str(exc), EXIT_CONFLICT, exc.code) from exc
    except ValueError as exc:
        raise CliError(f"cancellation refused: {exc}", EXIT_REFUSED,
                       "reason_required") from exc
    if args.json:
        _dump({"status": "cancelled", "id": cancellation.crossing_id,
               "reason": cancellation.reason, "officer": cancellation.officer,
               "cancelled_at": cancellation.cancelled_at}, out)
    else:
        out.write(f"{cancellation.crossing_id}\n")
    return EXIT_OK


def cmd_db_check(ctx: Context, out: TextIO, err: TextIO) -> int:
    report = ctx.service.check_database(actor=ctx.actor)
    if ctx.args.json:
        _dump(report.to_dict(), out)
    else:
        out.write(f"integrity check: {report.integrity}\n")
        out.write(f"audit chain: {report.chain.entries} entries, "
                  f"{'intact' if report.chain.ok else 'BROKEN'}\n")
        if not report.chain.ok:
            out.write(f"  first bad entry: #{report.chain.first_bad} "
                      f"({report.chain.problem})\n")
        out.write(f"crossings: {report.crossings}\n")
        for p in report.problems:
            out.write(f"PROBLEM {p.code}: {p.detail}"
                      + (f" [{p.entity_id}]" if p.entity_id is not None else "") + "\n")
        out.write("OK\n" if report.ok else "FAILED\n")
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


def cmd_db_backup(ctx: Context, out: TextIO, err: TextIO) -> int:
    dest = ctx.service.backup(Path(ctx.args.dest), actor=ctx.actor)
    if ctx.args.json:
        _dump({"backup": str(dest), "bytes": dest.stat().st_size}, out)
    else:
        out.write(f"{dest}\n")
    return EXIT_OK


def cmd_demo(ctx: Context, out: TextIO, err: TextIO) -> int:
    from borderdesk import demo

    args = ctx.args
    service = ctx.service
    start = args.date or date.fromordinal(service.today().toordinal() - args.days + 1)
    now = service.clock()
    actor = ctx.actor or "demo"  # none on a terminal without officers yet

    def crossings(first: date) -> Any:
        return demo.generate(args.crossings, start=first, days=args.days,
                             gate=ctx.settings.gate, terminal=ctx.settings.terminal,
                             seed=args.seed, until=now)

    try:
        gen = crossings(start)
        first = next(gen, None)
    except ValueError as exc:
        if args.date is not None:
            raise CliError(f"cannot make demo crossings: {exc}", EXIT_USAGE,
                           "demo_no_hours") from exc
        # Before the gate opens today: the same span of days, ending yesterday.
        start = date.fromordinal(start.toordinal() - 1)
        gen = crossings(start)
        first = next(gen, None)
    total = 0
    chunk: list[Any] = [] if first is None else [first]
    for crossing in gen:
        chunk.append(crossing)
        if len(chunk) >= 5000:
            total += len(service.store.record_many(chunk, actor=actor))
            chunk = []
            if not args.json and err.isatty():
                err.write(f"\r{total}/{args.crossings}")
    if chunk:
        total += len(service.store.record_many(chunk, actor=actor))
    officers = demo.add_demo_officers(ctx.auth)
    if args.json:
        _dump({"crossings": total, "from": start.isoformat(), "days": args.days,
               "database": str(ctx.settings.db_path),
               "officers_added": [o.officer_id for o in officers]}, out)
    else:
        err.write(f"\r{total} demo crossings from {start.isoformat()} over {args.days} "
                  f"day(s) in {ctx.settings.db_path}\n")
        for o in officers:
            err.write(f"demo officer {o.officer_id} ({o.name}, {o.role}): "
                      f"PIN {o.pin}\n")
    return EXIT_OK


def _scanned_json(scanned: Any, service: CounterService | None) -> dict[str, Any]:
    """The kind, the parsed fields at top level, the error, and for signed codes the
    outcome of the signature check against this terminal's trusted keys."""
    from borderdesk.core import signed
    from borderdesk.core.scanned import Kind

    data = scanned.to_dict()
    out: dict[str, Any] = {"kind": data["kind"], "ok": data["ok"]}
    out.update(data.get("fields", {}))
    if "error" in data:
        out["error"] = data["error"]
    if scanned.ok and scanned.kind in (Kind.RECEIPT, Kind.CONFIRMATION) and service:
        kind = "terminal" if scanned.kind is Kind.RECEIPT else "portal"
        if kind == "terminal":
            service.terminal_key()
        try:
            scanned.value.envelope.verify(service.keys.keyring(kind))
            out["signature"] = "valid"
        except signed.SignedCodeError as exc:
            out["signature"] = exc.code
            out["ok"] = False
            out["error"] = {"code": exc.code, "message": str(exc), "line": 0,
                            "position": 0}
    return out


def _print_scanned(item: dict[str, Any], out: TextIO, indent: str = "") -> None:
    out.write(f"{indent}kind: {item['kind']}\n")
    for key, value in item.items():
        if key in ("kind", "ok", "error", "checks", "findings"):
            continue
        out.write(f"{indent}{key}: {value}\n")
    for check in item.get("checks", []):
        mark = "ok" if check["passed"] else "FAILED"
        out.write(f"{indent}check {check['name']}: {mark} (printed {check['printed']}, "
                  f"computed {check['computed']})\n")
    for finding in item.get("findings", []):
        out.write(f"{indent}{finding['severity']}: {finding['code']} {finding['params']}\n")
    if "error" in item:
        err = item["error"]
        where = f" at line {err['line']}, column {err['position']}" if err["line"] else ""
        out.write(f"{indent}ERROR {err['code']}{where}: {err['message']}\n")


def cmd_parse(ctx: Context, out: TextIO, err: TextIO) -> int:
    from borderdesk.core.scanned import recognise

    text = ctx.stdin.read() if ctx.args.text == "-" else ctx.args.text
    item = _scanned_json(recognise(text), ctx.service)
    if ctx.args.json:
        _dump(item, out)
    else:
        _print_scanned(item, out)
    return EXIT_OK if item["ok"] else EXIT_REFUSED


def cmd_scan(ctx: Context, out: TextIO, err: TextIO) -> int:
    from borderdesk import scan
    from borderdesk.core.scanned import recognise

    results = []
    worst = EXIT_OK
    for name in ctx.args.images:
        entry: dict[str, Any] = {"file": name}
        try:
            result = scan.decode_file(Path(name))
        except scan.DecoderUnavailable as exc:
            raise CliError(str(exc), error="decoder_unavailable") from exc
        except scan.ImageUnreadable as exc:
            entry.update(error={"code": "image_unreadable", "message": str(exc)}, codes=[])
            worst = max(worst, EXIT_REFUSED)
        else:
            entry["ms"] = round(result.ms, 2)
            entry["codes"] = []
            for code in result.codes:
                item = _scanned_json(recognise(code.text), ctx.service)
                entry["codes"].append({"text": code.text, **item})
            if not result.codes:
                worst = max(worst, EXIT_REFUSED)
        results.append(entry)
    if ctx.args.json:
        _dump(results, out)
    else:
        for entry in results:
            if "error" in entry:
                out.write(f"{entry['file']}: ERROR {entry['error']['message']}\n")
                continue
            out.write(f"{entry['file']}: {len(entry['codes'])} code(s) in {entry['ms']} ms\n")
            for item in entry["codes"]:
                _print_scanned(item, out, "  ")
    return worst


def _read_pin(ctx: Context) -> str:
    """A new PIN (``officer add``, ``officer reset-pin``): the next line of standard
    input with ``--pin-stdin`` (after the acting officer's, when that came from there
    too), else asked twice at a terminal."""
    if getattr(ctx.args, "pin_stdin", False):
        return ctx.stdin.readline().rstrip("\r\n")
    if not ctx.stdin.isatty():
        raise CliError("no PIN: pass --pin-stdin and write it to standard input, or "
                       "run the command at a terminal to be asked for it", EXIT_USAGE,
                       "pin_missing")
    pin = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != pin:
        raise CliError("the two PINs differ", EXIT_USAGE, "pin_mismatch")
    return pin


def _officer_refused(exc: OfficerInvalid | OfficerNotFound) -> CliError:
    if isinstance(exc, OfficerNotFound):
        return CliError(str(exc), EXIT_REFUSED, exc.code, officer=exc.officer_id)
    return CliError(f"officer refused: {exc.code}", EXIT_REFUSED, exc.code)


def cmd_officer_add(ctx: Context, out: TextIO, err: TextIO) -> int:
    args = ctx.args
    pin = _read_pin(ctx)
    try:
        officer = ctx.auth.create_officer(args.officer_id, args.name, args.role, pin,
                                          actor=ctx.actor)
    except OfficerInvalid as exc:
        raise _officer_refused(exc) from exc
    except OfficerExists as exc:
        raise CliError(str(exc), EXIT_CONFLICT, exc.code) from exc
    if args.json:
        _dump({"status": "created", **_officer_json(officer)}, out)
    else:
        out.write(f"{officer.officer_id}\n")
    return EXIT_OK


def _officer_json(officer: Officer) -> dict[str, Any]:
    return {"officer_id": officer.officer_id, "name": officer.name,
            "role": str(officer.role), "disabled": officer.disabled}


def cmd_officer_list(ctx: Context, out: TextIO, err: TextIO) -> int:
    officers = ctx.auth.officers(actor=ctx.actor)
    if ctx.args.json:
        _dump([_officer_json(o) for o in officers], out)
    else:
        for o in officers:
            out.write(f"{o.officer_id:<12} {o.role:<10} {o.name}"
                      f"{'  (disabled)' if o.disabled else ''}\n")
        err.write(f"{len(officers)} officer(s)\n")
    return EXIT_OK


def cmd_officer_change(ctx: Context, out: TextIO, err: TextIO) -> int:
    """``officer disable|enable|unlock|reset-pin|set-role ID``."""
    args = ctx.args
    command = args.officer_command
    auth = ctx.auth
    try:
        if command == "reset-pin":
            pin = _read_pin(ctx)
            auth.reset_pin(args.target, pin, actor=ctx.actor)
            changed, status = True, "pin_reset"
        elif command == "set-role":
            changed = auth.set_role(args.target, args.role, actor=ctx.actor)
            status = "role_changed"
        else:
            change = {"disable": auth.disable_officer, "enable": auth.enable_officer,
                      "unlock": auth.unlock_officer}[command]
            changed = change(args.target, actor=ctx.actor)
            status = {"disable": "disabled", "enable": "enabled",
                      "unlock": "unlocked"}[command]
    except (OfficerInvalid, OfficerNotFound) as exc:
        raise _officer_refused(exc) from exc
    record = auth.store.get(args.target)
    assert record is not None  # the operation found it
    if not changed:
        status = "unchanged"
    if args.json:
        _dump({"status": status, **_officer_json(record.officer)}, out)
    else:
        out.write(f"{record.officer.officer_id}: {status.replace('_', ' ')}\n")
    return EXIT_OK


def cmd_audit(ctx: Context, out: TextIO, err: TextIO) -> int:
    args = ctx.args
    entries = ctx.service.audit_entries(actor=ctx.actor, since=args.since,
                                        action=args.action, officer=args.by,
                                        limit=args.limit)
    if args.json:
        _dump(entries, out)
    else:
        for e in entries:
            details = " ".join(f"{k}={v}" for k, v in e["details"].items())
            out.write(f"#{e['seq']:<6} {e['at'][:19]}  {e['terminal']:<6} "
                      f"{e['actor']:<12} {e['action']:<28} {e['entity_id'] or ''}"
                      f"{'  ' + details if details else ''}\n")
        err.write(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}\n")
    return EXIT_OK


def cmd_config_show(ctx: Context, out: TextIO, err: TextIO) -> int:
    values = config.as_dict(ctx.settings)
    sources = dict(ctx.loaded.sources)
    if ctx.args.json:
        _dump({"config_file": str(ctx.loaded.config_file),
               "config_file_exists": ctx.loaded.config_file.exists(),
               "values": {k: {"value": v, "source": sources.get(k, "default")}
                          for k, v in values.items()}}, out)
    else:
        out.write(f"config file: {ctx.loaded.config_file}"
                  f"{'' if ctx.loaded.config_file.exists() else ' (not present)'}\n")
        for key, value in values.items():
            out.write(f"{key:<18} = {value!s:<45} ({sources.get(key, 'default')})\n")
    return EXIT_OK


def cmd_gui(ctx: Context, out: TextIO, err: TextIO) -> int:
    try:
        from borderdesk.ui.app import run
    except ImportError as exc:  # Qt's system libraries missing
        raise CliError(f"the desktop app cannot start: {exc}. Run `make run`, which "
                       "installs what is missing.", error="gui_unavailable") from exc
    logsetup.setup(ctx.settings.log_dir)
    return run(ctx.loaded, ctx.args.qt_args)


# -- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own default must not erase a value given before it.
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: borderdesk.db in the data directory)")
    common.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                        help="configuration file (default: config.toml in the user's "
                             "config directory, or $BORDERDESK_CONFIG)")
    # Who acts: every command of the terminal takes them (those that need no officer
    # ignore them); the reference portal's commands do not.
    acting = argparse.ArgumentParser(add_help=False)
    acting.add_argument("--officer", metavar="ID", default=argparse.SUPPRESS,
                        help="the officer acting, signed in with the PIN from "
                             f"${PIN_ENV}, --pin-stdin or a prompt (for record also "
                             "the crossing's officer when its JSON names none)")
    acting.add_argument("--pin-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="read the PIN(s) from standard input, one line each: the "
                             f"acting officer's first (unless ${PIN_ENV} is set), "
                             "then a new one (officer add, officer reset-pin)")
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print JSON")

    parser = argparse.ArgumentParser(
        prog="borderdesk",
        description="Border-gate counter application. Without a command, opens the "
                    "desktop app.",
        epilog="Exit codes: 0 ok, 1 failure, 2 usage, 3 refused, 4 db check failed, "
               "5 conflict, 6/7 sync left/needs a supervisor, 8 not permitted.",
        parents=[common, acting],
    )
    parser.add_argument("--version", action="version", version=f"borderdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[..., int], help_: str, *, json_out: bool = True,
            target: Any = sub, permission: PermissionRule = None
            ) -> argparse.ArgumentParser:
        parents = [common, acting, json_flag] if json_out else [common, acting]
        p = target.add_parser(name, help=help_, description=help_, parents=parents)
        p.set_defaults(func=func, permission=permission)
        return p

    p = add("record", cmd_record, "Save crossings given as JSON (one object or a list)",
            json_out=False, permission=Permission.RECORD)
    p.add_argument("--json", required=True, metavar="FILE",
                   help="the crossing JSON file, or - for standard input (after the "
                        "PIN's line with --pin-stdin)")
    p.add_argument("--acknowledge", action="append", metavar="CODE", default=[],
                   help="acknowledge a warning code (repeatable)")
    p.add_argument("--output", choices=["text", "json"], default="text",
                   help="print the ids (text) or a JSON result per crossing")

    p = add("list", cmd_list, "List a day's crossings at this gate",
            permission=Permission.VIEW_DAY)
    p.add_argument("--date", type=_date, help="the gate's calendar day (default: today)")
    p.add_argument("--gate", help="gate code (default: this terminal's gate)")
    p.add_argument("--all-gates", action="store_true", help="every gate in the database")

    p = add("find", cmd_find, "Find crossings by document number or name "
                              "(accent- and case-insensitive)",
            permission=Permission.FIND)
    p.add_argument("text", help="document number or name, e.g. 'nguyen van an'")
    p.add_argument("--limit", type=_positive, default=50, help="at most this many (50)")

    p = add("cancel", cmd_cancel, "Cancel a recorded crossing (queued for the portal "
            "as a cancellation); a guard may cancel only their own crossings of today",
            permission=Permission.CANCEL_OWN)
    p.add_argument("crossing_id", metavar="ID", help="the crossing's id")
    p.add_argument("--reason", required=True, help="why it is cancelled")

    db = sub.add_parser("db", help="Database maintenance",
                        description="Database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    add("check", cmd_db_check, "Run SQLite's integrity check and verify the audit chain",
        target=db_sub, permission=Permission.VIEW_AUDIT)
    p = add("backup", cmd_db_backup, "Consistent online backup (safe while the app runs)",
            target=db_sub, permission=Permission.DB_BACKUP)
    p.add_argument("dest", help="backup file to create, or a directory")

    p = add("audit", cmd_audit, "Show the audit log (every sign-in, save, change and "
            "refusal), oldest first", permission=Permission.VIEW_AUDIT)
    p.add_argument("--since", type=int, default=0, metavar="SEQ",
                   help="entries after this sequence number")
    p.add_argument("--action", help="only this action, e.g. permission.denied")
    p.add_argument("--by", metavar="ID", help="only what this officer did")
    p.add_argument("--limit", type=_positive, default=100,
                   help="at most this many (100)")

    p = add("demo", cmd_demo, "Fill the database with realistic made-up crossings "
            "(and the demo officers, on a terminal without officers)",
            permission=_unless_bootstrap(Permission.DEMO_DATA))
    p.add_argument("--crossings", type=_positive, required=True, metavar="N")
    p.add_argument("--date", type=_date,
                   help="first day (default: so that the last day is today)")
    p.add_argument("--days", type=_positive, default=1, metavar="D")
    p.add_argument("--seed", type=int, default=1)

    p = add("parse", cmd_parse, "Recognise and parse a scanned text: ID card QR, passport "
            "MRZ, confirmation slip or receipt")
    p.add_argument("text", help="the text, or - for standard input (MRZ lines separated "
                                "by newlines)")

    p = add("scan", cmd_scan, "Decode the QR codes in image files and parse them")
    p.add_argument("images", nargs="+", metavar="IMAGE")

    officer = sub.add_parser("officer", help="Officers who sign in at this terminal",
                             description="Officers who sign in at this terminal "
                                         "(managing them needs an admin)")
    officer_sub = officer.add_subparsers(dest="officer_command", metavar="COMMAND",
                                         required=True)
    p = add("add", cmd_officer_add, "Register an officer with a PIN (at least 6 "
            "characters), asked for at a terminal or read with --pin-stdin; the first "
            "officer of a terminal is its admin and needs no --officer",
            target=officer_sub,
            permission=_unless_bootstrap(Permission.MANAGE_OFFICERS))
    p.add_argument("officer_id", metavar="OFFICER_ID", help="e.g. BP0123")
    p.add_argument("--name", required=True, help="full name, with diacritics")
    p.add_argument("--role", required=True, choices=[str(r) for r in OfficerRole])
    add("list", cmd_officer_list, "List the officers", target=officer_sub,
        permission=Permission.VIEW_OFFICERS)
    for name, help_ in (
        ("disable", "Disable an officer's account (no sign-in, no operation)"),
        ("enable", "Re-enable a disabled account"),
        ("unlock", "Lift a lockout after wrong PINs, before its 15 minutes are up"),
        ("reset-pin", "Give an officer a new PIN (asked for at a terminal or read with "
                      "--pin-stdin); also lifts a lockout"),
        ("set-role", "Change an officer's role"),
    ):
        p = add(name, cmd_officer_change, help_, target=officer_sub,
                permission=Permission.MANAGE_OFFICERS)
        p.add_argument("target", metavar="OFFICER_ID", help="the officer changed")
        if name == "set-role":
            p.add_argument("--role", required=True,
                           choices=[str(r) for r in OfficerRole])

    cfg = sub.add_parser("config", help="Configuration", description="Configuration")
    cfg_sub = cfg.add_subparsers(dest="config_command", metavar="COMMAND", required=True)
    add("show", cmd_config_show, "Print the effective settings and where each came from",
        target=cfg_sub)

    # The sync commands (enrol, sync) and the reference portal's admin commands live
    # with the sync package; the terminal's store is handed in (sync imports core only).
    from borderdesk.storage.outbox import SqliteSyncStore
    from sync import cli as sync_cli
    from sync.portal import cli as portal_cli

    sync_cli.register(sub, [common, acting, json_flag], store_factory=SqliteSyncStore)
    sub.choices["enrol"].set_defaults(permission=Permission.ENROL)
    sub.choices["sync"].set_defaults(permission=Permission.SYNC)  # and sync status
    # The reference portal stands in for the national one: its commands work on its
    # own database, not the terminal's, and know no officers.
    portal_cli.register(sub, [common, json_flag])

    # Daily log exports (borderdesk.exports): `export --date D … --out DIR` and
    # `export verify FILE`.
    from borderdesk.exports import cli as export_cli

    export_cli.register(sub, [common, acting, json_flag])
    # Exporting needs `export`; `export verify` none (a file and the trusted public
    # keys, nothing of the log: like `parse` checking a receipt's signature).
    sub.choices["export"].set_defaults(permission=_export_permission)

    p = add("gui", cmd_gui, "Open the desktop app (the default)", json_out=False)
    p.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None, *, stdin: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # Everything after "gui" belongs to Qt (-platform offscreen, -style ...): argparse's
    # REMAINDER would refuse arguments that look like options.
    qt_args: list[str] | None = None
    if "gui" in argv:
        at = argv.index("gui")
        argv, qt_args = argv[:at + 1], argv[at + 1:]
        if qt_args[:1] == ["--"]:
            qt_args = qt_args[1:]
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    if qt_args is not None:
        args.qt_args = qt_args
    wants_json = getattr(args, "json", False) is True or getattr(args, "output", "") == "json"
    ctx: Context | None = None
    try:
        ctx = Context(args, stdin)
        authorize(ctx)
        return int(args.func(ctx, out, err))
    except BrokenPipeError:
        # The reader went away (`borderdesk list | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except PermissionDenied as exc:
        log.error("%s refused: %s", _operation(args), exc)
        if wants_json:
            _dump(_denied_json(exc), out)
        else:
            err.write(f"borderdesk: {_denied_text(exc)}\n")
        return EXIT_NOT_PERMITTED
    except (CliError, StorageError, config.ConfigError) as exc:
        code = getattr(exc, "exit_code", EXIT_ERROR)
        error = getattr(exc, "error", None) or getattr(exc, "code", "config_invalid")
        log.error("%s failed: %s (%s)", args.command, error, exc)
        if wants_json:
            _dump({"status": "error", "error": error, "message": str(exc),
                   **getattr(exc, "extra", {})}, out)
        else:
            err.write(f"borderdesk: error: {exc}\n")
        return code
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
