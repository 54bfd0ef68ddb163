"""``borderdesk portal …``: the handlers, reached through
:func:`sync.portal.cli.register` on a fresh argparse parser built like the main
program's."""

from __future__ import annotations

import argparse
import io
import json
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from helpers.portal_support import Terminal, message

from borderdesk.core.signed import parse_confirmation
from sync.portal import cli
from sync.portal.store import PortalStore

ROOT = Path(__file__).resolve().parents[2]
SUBCOMMANDS = ("serve", "enrol-terminal", "revoke-terminal", "seed", "dump", "show")


def build_parser(*, with_json_parent: bool = False) -> argparse.ArgumentParser:
    """The main program's shape: --db/--config parents and a subparsers action."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    common.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS)
    parents = [common]
    if with_json_parent:
        json_flag = argparse.ArgumentParser(add_help=False)
        json_flag.add_argument("--json", action="store_true")
        parents.append(json_flag)
    parser = argparse.ArgumentParser(prog="borderdesk", parents=[common])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli.register(sub, parents)
    return parser


def run(
    *argv: str, parser: argparse.ArgumentParser | None = None
) -> tuple[int, str, str]:
    args = (parser or build_parser()).parse_args(list(argv))
    assert args.portal_command is True
    out, err = io.StringIO(), io.StringIO()
    code = args.func(SimpleNamespace(args=args, service=None), out, err)
    return code, out.getvalue(), err.getvalue()


def run_json(*argv: str) -> Any:
    code, out, err = run(*argv, "--json")
    assert code == 0, err or out
    return json.loads(out)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_has_help(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["portal", name, "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    assert "--db" in text
    assert "--json" in text


def test_json_may_come_from_a_parent(tmp_path: Path) -> None:
    PortalStore.open(tmp_path / "p.db").close()
    parser = build_parser(with_json_parent=True)
    code, out, _ = run(
        "portal", "show", "--db", str(tmp_path / "p.db"), "--json", parser=parser
    )
    assert code == 0
    assert json.loads(out)["terminals"] == {"active": 0, "revoked": 0}


def test_enrol_terminal_prints_a_one_time_code(
    terminal_factory: Callable[..., Terminal],
    portal_db: Path,
) -> None:
    code, out, _ = run(
        "portal",
        "enrol-terminal",
        "--db",
        str(portal_db),
        "--gate",
        "MONGCAI",
        "--terminal",
        "T05",
    )
    assert code == 0
    text_code = out.split(": ", 1)[1].split()[0]
    result = run_json(
        "portal",
        "enrol-terminal",
        "--db",
        str(portal_db),
        "--gate",
        "laobao",
        "--terminal",
        "T01",
        "--ttl-hours",
        "2",
    )
    assert (result["gate"], result["terminal"]) == ("LAOBAO", "T01")
    t = terminal_factory("MONGCAI", "T05", enrol=False)
    assert t.enrol(text_code).status_code == 200
    shown = run_json("portal", "show", "--db", str(portal_db))
    assert shown["terminals"]["active"] == 1
    assert shown["enrolment_codes_open"] == 1
    revoked = run_json(
        "portal",
        "revoke-terminal",
        "--db",
        str(portal_db),
        "--gate",
        "MONGCAI",
        "--terminal",
        "T05",
    )
    assert revoked["revoked"] == [t.key_id]
    code, out, _ = run(
        "portal",
        "revoke-terminal",
        "--db",
        str(portal_db),
        "--gate",
        "MONGCAI",
        "--terminal",
        "T05",
    )
    assert (code, out) == (0, "no active key to revoke\n")
    assert t.request("GET", "/v1/limits").status_code == 403


def test_seed_prints_counts_and_confirmations(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    result = run_json(
        "portal",
        "seed",
        "--db",
        db,
        "--gate",
        "MONGCAI",
        "--predeclarations",
        "15",
        "--watchlist",
        "4",
        "--seed",
        "9",
    )
    assert (result["gate"], result["predeclarations"], result["watchlist"]) == (
        "MONGCAI",
        15,
        4 + 2,
    )
    assert len(result["confirmations"]) == 15
    slips = [c for c in result["confirmations"] if c["confirmation"]]
    assert slips
    for c in slips:
        assert parse_confirmation(c["confirmation"]).reference == c["reference"]
    code, out, _ = run(
        "portal",
        "seed",
        "--db",
        db,
        "--gate",
        "MONGCAI",
        "--predeclarations",
        "2",
        "--watchlist",
        "0",
        "--seed",
        "10",
    )
    assert code == 0
    assert out.splitlines()[0] == "2 pre-declarations for MONGCAI, 0 watchlist entries"
    assert run_json("portal", "show", "--db", db)["watchlist"]["active"] == 6


def test_dump_and_show_after_a_batch(terminal: Terminal, portal_db: Path) -> None:
    msgs = [message(), message()]
    terminal.batch(msgs + [message(sha="0" * 64)], audit_head="cd" * 32)
    rows = run_json("portal", "dump", "--db", str(portal_db))
    assert [(r["message_id"], r["payload_hash"], r["state"]) for r in rows] == [
        (m["message_id"], m["payload_sha256"], "held") for m in msgs
    ]
    assert {"crossing_id", "function", "status", "terminal"} <= set(rows[0])
    with_refusals = run_json("portal", "dump", "--db", str(portal_db), "--refusals")
    assert [r["state"] for r in with_refusals] == ["held", "held", "refused"]
    code, out, _ = run("portal", "dump", "--db", str(portal_db))
    assert code == 0
    assert out.splitlines()[-1] == "2 messages"
    shown = run_json("portal", "show", "--db", str(portal_db))
    assert shown["messages"] == {"accepted": 2}
    assert shown["refusals"] == {"hash_mismatch": 1}
    assert shown["audit_heads"][0]["audit_head"] == "cd" * 32
    code, out, _ = run("portal", "show", "--db", str(portal_db))
    assert "messages         2 accepted" in out
    assert "MONGCAI/T01" in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    code, _, err = run("portal", "show")
    assert code == 2
    assert "--db" in err
    code, out, _ = run(
        "portal",
        "enrol-terminal",
        "--db",
        str(tmp_path / "p.db"),
        "--gate",
        "NOWHERE",
        "--terminal",
        "T1",
        "--json",
    )
    assert code == 2
    assert json.loads(out)["error"] == "usage"
    code, _, err = run(
        "portal",
        "serve",
        "--db",
        str(tmp_path / "p.db"),
        "--host",
        "0.0.0.0",
        "--admin-token",
        "t",
    )
    assert code == 2
    assert "loopback" in err


def test_runtime_errors_exit_1(tmp_path: Path) -> None:
    code, _, err = run("portal", "dump", "--db", str(tmp_path / "missing.db"))
    assert code == 1
    assert "no portal database" in err
    assert not (tmp_path / "missing.db").exists()
    not_a_db = tmp_path / "p.db"
    not_a_db.write_text("this is not SQLite " * 100)
    code, _, err = run("portal", "show", "--db", str(not_a_db))
    assert code == 1
    assert "portal" in err


SERVE_CLI = r"""
import argparse, io, sys
from types import SimpleNamespace
from sync.portal import cli
parser = argparse.ArgumentParser()
cli.register(parser.add_subparsers(dest="command"), [])
args = parser.parse_args(sys.argv[1:])
sys.stdout.reconfigure(line_buffering=True)
sys.exit(args.func(SimpleNamespace(args=args), sys.stdout, sys.stderr))
"""


def test_serve_runs_until_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SERVE_CLI,
            "portal",
            "serve",
            "--db",
            str(db),
            "--port",
            "0",
            "--json",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        started = json.loads(proc.stdout.readline())
        assert started["status"] == "listening"
        assert started["url"].startswith("http://127.0.0.1:")
        import requests

        with requests.Session() as s:
            response = s.post(
                started["url"] + "/v1/enrol",
                timeout=5,
                json={"protocol": "borderdesk-sync/1", "code": "x", "public_key": "x"},
            )
        assert response.headers["BD-Protocol"] == "borderdesk-sync/1"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
        assert proc.returncode == 0, err
        assert json.loads(out.strip().splitlines()[-1]) == {"status": "stopped"}
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
