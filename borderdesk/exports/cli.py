"""The ``export`` command: ``export --date D [--to D] --format csv,xlsx,pdf --out DIR``
and ``export verify FILE``.

``borderdesk.cli`` calls :func:`register` with its subparsers and the parent parsers
shared by every command. ``export`` takes its options itself and has one
sub-subcommand, ``verify``: argparse's subparsers are optional here, so
``export --date …`` runs the export and ``export verify FILE`` the check.

Exit codes: ``export`` 0, or 1 when the files cannot be written (disk full, read-only
folder, no font for the PDF; nothing is left behind), 2 for bad arguments;
``export verify`` 0 when the file is intact and signed by a trusted terminal key, 4
when it is altered, its manifest missing, unreadable or badly signed, or the signer
unknown or revoked.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_INTACT = 0, 1, 2, 4

_EPILOG = """\
forms:
  borderdesk export --date YYYY-MM-DD [--to YYYY-MM-DD] --format csv,xlsx,pdf --out DIR
  borderdesk export verify FILE

Each file is written beside a signed FILE.manifest.json (SHA-256, gate, period, rows,
terminal, key id, Ed25519 signature). The log has one row per person per crossing.

examples:
  borderdesk export --date 2026-03-10 --format csv,xlsx,pdf --out ~/nhat-ky
  borderdesk export --date 2026-03-01 --to 2026-03-31 --format xlsx --out /mnt/usb
  borderdesk export verify /mnt/usb/nhat-ky-MONGCAI-2026-03-10.pdf
"""


class _Fail(Exception):
    def __init__(self, message: str, code: int = EXIT_ERROR,
                 error: str = "error") -> None:
        super().__init__(message)
        self.exit_code = code
        self.error = error


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add ``export`` (with ``export verify``) to ``sub``."""
    help_ = ("Export the gate's daily log as CSV, XLSX and/or a PDF report, each with "
             "a signed manifest; `export verify FILE` checks one")
    p = sub.add_parser("export", help=help_, description=help_, epilog=_EPILOG,
                       parents=list(parents),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the (first) day, in the gate's calendar (required to export)")
    p.add_argument("--to", type=_date, metavar="YYYY-MM-DD",
                   help="the last day of a range (default: --date)")
    p.add_argument("--format", metavar="LIST",
                   help="comma-separated: csv, xlsx, pdf (required to export)")
    p.add_argument("--out", metavar="DIR", help="folder to write into (required to "
                                                "export; created if missing)")
    p.add_argument("--gate", help="gate code (default: this terminal's gate)")
    # unless a parent parser has it (the acting officer)
    with contextlib.suppress(argparse.ArgumentError):
        p.add_argument("--officer", metavar="ID",
                       help="who exports (for the audit log and the report's footer)")
    p.set_defaults(func=cmd_export, export_command=None)
    esub = p.add_subparsers(dest="export_command", metavar="COMMAND",
                            help="verify FILE (without a command: export, with the "
                                 "options above)")
    help_ = ("Check an exported file against its signed manifest and the gate's "
             "trusted terminal keys (exit 0 intact, 4 otherwise)")
    # The shared parents but the one with --json (see below): --db, --config, the
    # acting officer.
    shared = [q for q in parents if "--json" not in q._option_string_actions]
    v = esub.add_parser("verify", help=help_, description=help_, parents=shared)
    v.add_argument("file", metavar="FILE",
                   help="the exported file (or its .manifest.json)")
    # SUPPRESS: `export --json verify F` keeps the --json given before `verify`.
    v.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="print JSON")
    v.set_defaults(func=cmd_verify)


def _service(ctx: Any) -> Any:
    from borderdesk.exports import ExportService

    return ExportService(ctx.service.db, ctx.settings, clock=ctx.service.clock)


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _failed(ctx: Any, exc: _Fail, out: TextIO, err: TextIO) -> int:
    if getattr(ctx.args, "json", False):
        _dump({"status": "error", "error": exc.error, "message": str(exc)}, out)
    else:
        err.write(f"borderdesk: error: {exc}\n")
    return exc.exit_code


def cmd_export(ctx: Any, out: TextIO, err: TextIO) -> int:
    try:
        return _export(ctx, out, err)
    except _Fail as exc:
        return _failed(ctx, exc, out, err)


def _export(ctx: Any, out: TextIO, err: TextIO) -> int:
    from borderdesk.exports import ExportInvalid, FontUnavailable, parse_formats

    args = ctx.args
    given = (("--date", args.date), ("--format", args.format), ("--out", args.out))
    missing = [flag for flag, value in given if not value]
    if missing:
        err.write("usage: borderdesk export --date YYYY-MM-DD [--to YYYY-MM-DD] "
                  "--format csv,xlsx,pdf --out DIR [--json]\n"
                  "   or: borderdesk export verify FILE [--json]\n")
        raise _Fail(f"export: missing {', '.join(missing)}", EXIT_USAGE, "usage")
    start, end = args.date, args.to or args.date
    try:
        formats = parse_formats(args.format)
    except ExportInvalid as exc:
        raise _Fail(str(exc), EXIT_USAGE, exc.code) from exc
    show = not args.json and err.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            err.write(f"\r{done * 100 // total:3d} %")
            err.flush()

    try:
        files = _service(ctx).export(start, end, formats, Path(args.out).expanduser(),
                                     actor=getattr(args, "officer", None) or "system",
                                     progress=progress,
                                     gate=args.gate)
    except ExportInvalid as exc:
        raise _Fail(str(exc), EXIT_USAGE, exc.code) from exc
    except FontUnavailable as exc:
        raise _Fail(str(exc), EXIT_ERROR, exc.code) from exc
    if show:
        err.write("\r")
    if args.json:
        _dump({"status": "exported", "gate": (args.gate or ctx.settings.gate).upper(),
               "from": start.isoformat(), "to": end.isoformat(),
               "files": [f.to_dict() for f in files]}, out)
    else:
        for f in files:
            out.write(f"{f.path}\n")
        rows = files[0].rows if files else 0
        err.write(f"{len(files)} file(s) of {rows} row(s), each with a signed "
                  ".manifest.json beside it\n")
    return EXIT_OK


def cmd_verify(ctx: Any, out: TextIO, err: TextIO) -> int:
    result = _service(ctx).verify(Path(ctx.args.file).expanduser())
    if getattr(ctx.args, "json", False):
        _dump(result.to_dict(), out)
    else:
        out.write(f"{result.file}: {result.message}\n")
        if result.format is not None:
            period = result.period or {}
            out.write(f"  {result.format}, gate {result.gate}, "
                      f"{period.get('from')}..{period.get('to')}, "
                      f"{result.rows} row(s), created {result.created_at} at terminal "
                      f"{result.terminal}\n")
            if result.signer_terminal or result.signer_gate:
                out.write(f"  signed by terminal {result.signer_terminal or '?'} of "
                          f"gate {result.signer_gate or '?'} (key {result.key_id})\n")
            else:
                out.write(f"  signed by key {result.key_id}, not a trusted terminal "
                          "key\n")
        if result.sha256_actual and result.sha256_actual != result.sha256_expected:
            out.write(f"  sha256 now {result.sha256_actual}, signed "
                      f"{result.sha256_expected}\n")
    return EXIT_OK if result.ok else EXIT_NOT_INTACT


__all__ = ["register"]
