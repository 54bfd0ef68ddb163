"""``borderdesk portal …``: run and administer the reference portal.

:func:`register` adds the ``portal`` command group to the main program's subparsers.
Handlers take ``(ctx, out, err)`` like the other commands but read only ``ctx.args``
(they never open the terminal's database): for these commands ``--db`` names the
*portal's* database. Exit codes: 0 success, 1 runtime failure (database, key file,
port in use), 2 usage error (bad argument, unknown gate).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from sync.portal import admin
from sync.portal.faults import Faults
from sync.portal.store import PortalStoreError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[Any, TextIO, TextIO], int]


class _Usage(Exception):
    pass


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _db(args: argparse.Namespace, *, existing: bool = False) -> str:
    db = getattr(args, "db", None)
    if not db:
        raise _Usage("portal commands need --db PATH (the portal's database file)")
    if existing and not Path(db).is_file():
        # Reports and revocation never create a portal (a typo would hide the real one).
        raise PortalStoreError(f"no portal database at {db}")
    return str(db)


def _command(func: Callable[[argparse.Namespace, TextIO], int]) -> Handler:
    """Wrap a command body: errors become an exit code and a message (JSON with
    --json)."""

    def handler(ctx: Any, out: TextIO, err: TextIO) -> int:
        args = ctx.args
        try:
            return func(args, out)
        except (_Usage, admin.AdminError, ValueError) as exc:
            code, error = EXIT_USAGE, "usage"
            message = str(exc)
        except (PortalStoreError, OSError) as exc:
            code, error = EXIT_ERROR, "portal_error"
            message = str(exc)
        if getattr(args, "json", False):
            _dump({"status": "error", "error": error, "message": message}, out)
        else:
            err.write(f"borderdesk portal: error: {message}\n")
        return code

    handler.__name__ = func.__name__
    handler.__doc__ = func.__doc__
    return handler


# -- commands --------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    """Run the portal until SIGTERM/SIGINT."""
    from sync.portal.server import serve

    faults = Faults.from_file(args.faults) if args.faults else None
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    return serve(
        _db(args),
        host=args.host,
        port=args.port,
        threads=args.threads,
        faults=faults,
        admin_token=args.admin_token,
        public_url=args.public_url,
        out=out,
        json_output=args.json,
    )


def cmd_enrol_terminal(args: argparse.Namespace, out: TextIO) -> int:
    """Print a one-time enrolment code for a terminal."""
    result = admin.create_enrolment_code(
        _db(args), args.gate, args.terminal, ttl=timedelta(hours=args.ttl_hours)
    )
    if args.json:
        _dump(result, out)
    else:
        out.write(
            f"Enrolment code for {result['gate']}/{result['terminal']}: "
            f"{result['code']}\n(single use, valid until {result['expires_at']})\n"
        )
    return EXIT_OK


def cmd_revoke_terminal(args: argparse.Namespace, out: TextIO) -> int:
    """Revoke a terminal's keys: its requests are refused from now on."""
    revoked = admin.revoke_terminal(
        _db(args, existing=True), args.gate, args.terminal, key_id_=args.key_id
    )
    if args.json:
        _dump(
            {"gate": args.gate.upper(), "terminal": args.terminal, "revoked": revoked},
            out,
        )
    elif revoked:
        out.write("".join(f"revoked {k}\n" for k in revoked))
    else:
        out.write("no active key to revoke\n")
    return EXIT_OK


def cmd_seed(args: argparse.Namespace, out: TextIO) -> int:
    """Fill the portal with made-up pre-declarations and watchlist entries."""
    result = admin.seed(
        _db(args),
        args.gate,
        predeclarations=args.predeclarations,
        watchlist=args.watchlist,
        seed_=args.seed,
    )
    items = result["predeclarations"]
    confirmations = [
        {
            "reference": i["reference"],
            "expected_date": i["expected_date"],
            "status": i["status"],
            "persons": len(i["persons"]),
            "confirmation": i["confirmation"],
        }
        for i in items
    ]
    if args.json:
        _dump(
            {
                "gate": result["gate"],
                "predeclarations": len(items),
                "watchlist": len(result["watchlist"]),
                "confirmations": confirmations,
                "watchlist_entries": [
                    {
                        k: e[k]
                        for k in (
                            "entry_id",
                            "issuing_state",
                            "document_number",
                            "category",
                        )
                    }
                    for e in result["watchlist"]
                ],
            },
            out,
        )
        return EXIT_OK
    out.write(
        f"{len(items)} pre-declarations for {result['gate']}, "
        f"{len(result['watchlist'])} watchlist entries\n"
    )
    for c in confirmations:
        out.write(
            f"{c['reference']}  {c['expected_date']}  {c['status']:<9}  "
            f"{c['confirmation'] or '-'}\n"
        )
    return EXIT_OK


def cmd_dump(args: argparse.Namespace, out: TextIO) -> int:
    """Every message the portal holds: message id, payload hash, state."""
    rows = admin.dump(_db(args, existing=True), refusals=args.refusals)
    if args.json:
        _dump(rows, out)
        return EXIT_OK
    for r in rows:
        out.write(
            f"{r['message_id']}  {r['payload_hash'] or '-':.16}  {r['state']:<7} "
            f"{r['status']:<9} {r.get('function', '--')}  {r['terminal']}\n"
        )
    out.write(f"{len(rows)} messages\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Counts: terminals, messages by status, pre-declarations, watchlist, audit
    heads."""
    db = _db(args, existing=True)
    summary = admin.show(db)
    summary["terminal_keys"] = admin.terminals(db)
    if args.json:
        _dump(summary, out)
        return EXIT_OK
    t = summary["terminals"]
    out.write(
        f"schema version   {summary['schema_version']}\n"
        f"portal key       {summary['portal_key_id']}\n"
        f"terminals        {t['active']} active, {t['revoked']} revoked\n"
    )
    for k in summary["terminal_keys"]:
        out.write(
            f"  {k['gate']}/{k['terminal']}  {k['key_id']}"
            f"{'  (revoked)' if k['revoked'] else ''}\n"
        )
    messages = ", ".join(f"{n} {s}" for s, n in sorted(summary["messages"].items()))
    refusals = ", ".join(f"{n} {c}" for c, n in sorted(summary["refusals"].items()))
    pre = ", ".join(f"{n} {s}" for s, n in sorted(summary["predeclarations"].items()))
    out.write(
        f"messages         {messages or 'none'}\n"
        f"refusals         {refusals or 'none'}\n"
        f"crossings        {summary['crossings']}\n"
        f"pre-declarations {pre or 'none'}\n"
        f"watchlist        {summary['watchlist']['active']} active "
        f"(version {summary['watchlist']['version']})\n"
    )
    for h in summary["audit_heads"]:
        out.write(
            f"audit head       {h['terminal']}  {h['audit_head']}  {h['updated_at']}\n"
        )
    return EXIT_OK


# -- parser ----------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _threads(text: str) -> int:
    value = _positive_int(text)
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("between 1 and 64 threads")
    return value


def _port(text: str) -> int:
    value = _positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError("a port is 0-65535")
    return value


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 24 * 30:
        raise argparse.ArgumentTypeError("between 0 and 720 hours")
    return value


def register(
    sub: Any, parents: Sequence[argparse.ArgumentParser] = ()
) -> argparse.ArgumentParser:
    """Add ``portal`` and its subcommands to ``sub`` (an argparse subparsers action).

    ``parents`` supply the common options (``--db``, ``--config``); any of ``--db`` and
    ``--json`` they lack is added here. Each subcommand sets ``func`` (a
    ``(ctx, out, err) -> int`` handler that uses only ``ctx.args``) and
    ``portal_command=True``.
    """
    group: argparse.ArgumentParser = sub.add_parser(
        "portal",
        help="The reference portal: serve it, enrol terminals, seed, inspect",
        description="The reference portal server and its administration. For these "
        "commands --db names the portal's database, not the terminal's.",
    )
    actions = group.add_subparsers(
        dest="portal_action", metavar="COMMAND", required=True
    )

    def add(
        name: str, func: Callable[[argparse.Namespace, TextIO], int], help_: str
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = actions.add_parser(
            name, help=help_, description=help_, parents=list(parents)
        )
        options: list[tuple[str, dict[str, Any]]] = [
            ("--db", {"metavar": "PATH", "help": "the portal's database file"}),
            ("--json", {"action": "store_true", "help": "print JSON"}),
        ]
        for flag, kwargs in options:
            # Skipped when a parent parser supplies the option already.
            with contextlib.suppress(argparse.ArgumentError):
                p.add_argument(flag, **kwargs)
        p.set_defaults(func=_command(func), portal_command=True)
        return p

    p = add(
        "serve",
        cmd_serve,
        "Run the portal (HTTP on loopback by default) until SIGTERM or Ctrl+C",
    )
    p.add_argument(
        "--port", type=_port, default=8080, help="TCP port (8080; 0: any free)"
    )
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (127.0.0.1)"
    )
    p.add_argument("--threads", type=_threads, default=4, help="worker threads (4)")
    p.add_argument(
        "--admin-token",
        metavar="T",
        help="enable POST /_admin/faults for loopback clients with this token",
    )
    p.add_argument(
        "--faults",
        metavar="FILE",
        help='fault-injection rules to start with (JSON: {"rules": [...]})',
    )
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the URL clients use, when a TLS proxy sits in front",
    )

    p = add(
        "enrol-terminal",
        cmd_enrol_terminal,
        "Make a one-time enrolment code for a terminal",
    )
    p.add_argument("--gate", required=True, help="gate code, e.g. MONGCAI")
    p.add_argument("--terminal", required=True, help="terminal name, e.g. T01")
    p.add_argument(
        "--ttl-hours",
        type=_hours,
        default=24.0,
        metavar="H",
        help="the code expires after H hours (24)",
    )

    p = add(
        "revoke-terminal",
        cmd_revoke_terminal,
        "Revoke a terminal's keys (its signed requests are refused)",
    )
    p.add_argument("--gate", required=True)
    p.add_argument("--terminal", required=True)
    p.add_argument("--key-id", help="revoke only this key")

    p = add(
        "seed", cmd_seed, "Add realistic made-up pre-declarations and watchlist entries"
    )
    p.add_argument("--gate", required=True)
    p.add_argument("--predeclarations", type=_positive_int, default=20, metavar="N")
    p.add_argument("--watchlist", type=_positive_int, default=20, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    p = add(
        "dump",
        cmd_dump,
        "List every message the portal holds (id, payload hash, state)",
    )
    p.add_argument(
        "--refusals",
        action="store_true",
        help="also list refused messages (state 'refused')",
    )

    add(
        "show",
        cmd_show,
        "Counts: terminals, messages by status, pre-declarations, "
        "watchlist, audit heads",
    )
    return group
