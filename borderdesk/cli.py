"""The ``borderdesk`` command: the desktop app with no arguments, headless commands else.

Every command takes ``--db PATH`` and ``--config PATH`` and can print JSON (``--json``;
for ``record``, whose ``--json`` names the input, ``--output json``). Exit codes are a
contract for scripts and schedulers:

====  =====================================================================
0     success
1     runtime failure (storage: disk full, read-only, locked, damaged; config)
2     usage error (bad arguments)
3     refused: validation findings (errors, or warnings not acknowledged)
4     ``db check`` found a problem
5     conflict: same id stored with other content, or amendment of an amended crossing
6     ``sync --once``: messages left to send (the portal could not be reached)
7     ``sync --once``: the portal rejected messages or reported conflicts
====  =====================================================================
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from borderdesk import __version__, config, logsetup
from borderdesk.core.codec import CrossingFormatError
from borderdesk.core.model import Officer, OfficerRole
from borderdesk.core.validation import Finding
from borderdesk.services import (
    AuthService,
    CounterService,
    CrossingRefused,
    OfficerInvalid,
)
from borderdesk.storage import maintenance
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.db import open_db
from borderdesk.storage.errors import IdConflict, StorageError, SupersedeConflict
from borderdesk.storage.officers import OfficerExists

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED, EXIT_CHECK_FAILED, EXIT_CONFLICT = range(6)

log = logging.getLogger("borderdesk.cli")


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_ERROR, error: str = "error") -> None:
        super().__init__(message)
        self.exit_code = code
        self.error = error


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
    """What a command needs: settings, and the service opened lazily on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        options = {"database": getattr(args, "db", None)}
        self.loaded = config.load(
            Path(args.config) if getattr(args, "config", None) else None, options=options
        )
        self.settings = self.loaded.settings
        self._service: CounterService | None = None
        self._auth: AuthService | None = None

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
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
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
            crossing = ctx.service.parse(item, officer=args.officer)
            if args.acknowledge:
                from dataclasses import replace

                crossing = replace(crossing,
                                   acknowledged=crossing.acknowledged | set(args.acknowledge))
            outcome = ctx.service.record(crossing, actor=args.officer)
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
    if as_json:
        _dump(results if isinstance(data, list) else results[0], out)
    return worst


def cmd_list(ctx: Context, out: TextIO, err: TextIO) -> int:
    day = ctx.args.date or ctx.service.today()
    items = ctx.service.day(day, None if ctx.args.all_gates else ctx.args.gate or
                            ctx.settings.gate)
    if ctx.args.json:
        _dump([s.to_dict() for s in items], out)
    else:
        out.writelines(line + "\n" for line in _crossing_rows(items))
        err.write(f"{len(items)} crossing(s) on {day.isoformat()}\n")
    return EXIT_OK


def cmd_find(ctx: Context, out: TextIO, err: TextIO) -> int:
    items = ctx.service.find(ctx.args.text, limit=ctx.args.limit)
    if ctx.args.json:
        _dump([s.to_dict() for s in items], out)
    else:
        out.writelines(line + "\n" for line in _crossing_rows(items))
        err.write(f"{len(items)} match(es)\n")
    return EXIT_OK


def cmd_db_check(ctx: Context, out: TextIO, err: TextIO) -> int:
    report = maintenance.check(ctx.service.db)
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
    dest = maintenance.backup(ctx.service.db, Path(ctx.args.dest))
    ctx.service.log_event("db.backup", actor=ctx.args.officer or "system", file=dest.name)
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
            total += len(service.store.record_many(chunk, actor="demo"))
            chunk = []
            if not args.json and err.isatty():
                err.write(f"\r{total}/{args.crossings}")
    if chunk:
        total += len(service.store.record_many(chunk, actor="demo"))
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

    text = sys.stdin.read() if ctx.args.text == "-" else ctx.args.text
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


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("no PIN: pass --pin-stdin and write it to standard input, or "
                       "run the command at a terminal to be asked for it", EXIT_USAGE,
                       "pin_missing")
    pin = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != pin:
        raise CliError("the two PINs differ", EXIT_USAGE, "pin_mismatch")
    return pin


def cmd_officer_add(ctx: Context, out: TextIO, err: TextIO) -> int:
    args = ctx.args
    pin = _read_pin(args)
    try:
        officer = ctx.auth.create_officer(args.officer_id, args.name, args.role, pin,
                                          actor=args.officer or "system")
    except OfficerInvalid as exc:
        raise CliError(f"officer refused: {exc.code}", EXIT_REFUSED, exc.code) from exc
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
    officers = ctx.auth.officers()
    if ctx.args.json:
        _dump([_officer_json(o) for o in officers], out)
    else:
        for o in officers:
            out.write(f"{o.officer_id:<12} {o.role:<10} {o.name}"
                      f"{'  (disabled)' if o.disabled else ''}\n")
        err.write(f"{len(officers)} officer(s)\n")
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
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print JSON")

    parser = argparse.ArgumentParser(
        prog="borderdesk",
        description="Border-gate counter application. Without a command, opens the "
                    "desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"borderdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[..., int], help_: str, *, json_out: bool = True,
            target: Any = sub) -> argparse.ArgumentParser:
        parents = [common, json_flag] if json_out else [common]
        p = target.add_parser(name, help=help_, description=help_, parents=parents)
        p.set_defaults(func=func)
        return p

    p = add("record", cmd_record, "Save crossings given as JSON (one object or a list)",
            json_out=False)
    p.add_argument("--json", required=True, metavar="FILE",
                   help="the crossing JSON file, or - for standard input")
    p.add_argument("--officer", help="officer id, when the JSON does not name one")
    p.add_argument("--acknowledge", action="append", metavar="CODE", default=[],
                   help="acknowledge a warning code (repeatable)")
    p.add_argument("--output", choices=["text", "json"], default="text",
                   help="print the ids (text) or a JSON result per crossing")

    p = add("list", cmd_list, "List a day's crossings at this gate")
    p.add_argument("--date", type=_date, help="the gate's calendar day (default: today)")
    p.add_argument("--gate", help="gate code (default: this terminal's gate)")
    p.add_argument("--all-gates", action="store_true", help="every gate in the database")

    p = add("find", cmd_find, "Find crossings by document number or name "
                              "(accent- and case-insensitive)")
    p.add_argument("text", help="document number or name, e.g. 'nguyen van an'")
    p.add_argument("--limit", type=_positive, default=50, help="at most this many (50)")

    db = sub.add_parser("db", help="Database maintenance",
                        description="Database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    add("check", cmd_db_check, "Run SQLite's integrity check and verify the audit chain",
        target=db_sub)
    p = add("backup", cmd_db_backup, "Consistent online backup (safe while the app runs)",
            target=db_sub)
    p.add_argument("dest", help="backup file to create, or a directory")
    p.add_argument("--officer", help="who makes the backup (for the audit log)")

    p = add("demo", cmd_demo, "Fill the database with realistic made-up crossings")
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
                             description="Officers who sign in at this terminal")
    officer_sub = officer.add_subparsers(dest="officer_command", metavar="COMMAND",
                                         required=True)
    p = add("add", cmd_officer_add, "Register an officer with a PIN (at least 6 "
            "characters), asked for at a terminal or read with --pin-stdin",
            target=officer_sub)
    p.add_argument("officer_id", metavar="OFFICER_ID", help="e.g. BP0123")
    p.add_argument("--name", required=True, help="full name, with diacritics")
    p.add_argument("--role", required=True, choices=[str(r) for r in OfficerRole])
    p.add_argument("--pin-stdin", action="store_true",
                   help="read the PIN from the first line of standard input")
    p.add_argument("--officer", help="who registers the officer (for the audit log)")
    add("list", cmd_officer_list, "List the officers", target=officer_sub)

    cfg = sub.add_parser("config", help="Configuration", description="Configuration")
    cfg_sub = cfg.add_subparsers(dest="config_command", metavar="COMMAND", required=True)
    add("show", cmd_config_show, "Print the effective settings and where each came from",
        target=cfg_sub)

    # The sync commands (enrol, sync) and the reference portal's admin commands live
    # with the sync package; the terminal's store is handed in (sync imports core only).
    from borderdesk.storage.outbox import SqliteSyncStore
    from sync import cli as sync_cli
    from sync.portal import cli as portal_cli

    sync_cli.register(sub, [common, json_flag], store_factory=SqliteSyncStore)
    portal_cli.register(sub, [common, json_flag])

    p = add("gui", cmd_gui, "Open the desktop app (the default)", json_out=False)
    p.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
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
        ctx = Context(args)
        return int(args.func(ctx, out, err))
    except BrokenPipeError:
        # The reader went away (`borderdesk list | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (CliError, StorageError, config.ConfigError) as exc:
        code = getattr(exc, "exit_code", EXIT_ERROR)
        error = getattr(exc, "error", None) or getattr(exc, "code", "config_invalid")
        log.error("%s failed: %s (%s)", args.command, error, exc)
        if wants_json:
            _dump({"status": "error", "error": error, "message": str(exc)}, out)
        else:
            err.write(f"borderdesk: error: {exc}\n")
        return code
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
