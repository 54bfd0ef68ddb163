"""``borderdesk officer add`` / ``officer list`` (the first officer of a terminal is
its admin, registered with no officer acting; every later one by an admin), and the
demo officers of ``demo``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from helpers.officers import ADMIN, SUPERVISOR, credentials, register_in

from borderdesk import cli, demo
from borderdesk.config import Settings
from borderdesk.services import AuthService
from borderdesk.storage.db import open_db


class Stdin(io.StringIO):
    def __init__(self, text: str = "", tty: bool = False) -> None:
        super().__init__(text)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "",
        tty: bool = False) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", Stdin(stdin, tty))
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def as_admin() -> Any:
    """The admin's credentials (BORDERDESK_PIN) while the test runs: the options."""
    with credentials(ADMIN) as who:
        yield who


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def _add(monkeypatch: pytest.MonkeyPatch, dbfile: Path, officer_id: str = "bp0123",
         pin: str = "123456\n", *extra: str, role: str = "guard"
         ) -> tuple[int, str, str]:
    return run(monkeypatch, "officer", "add", officer_id, "--name", "Nguyễn Văn Hùng",
               "--role", role, "--pin-stdin", "--db", str(dbfile), *extra, stdin=pin)


def _sign_in(dbfile: Path, tmp_path: Path, officer_id: str, pin: str) -> str:
    db = open_db(dbfile)
    try:
        auth = AuthService(db, Settings(data_dir=tmp_path / "data"))
        return auth.sign_in(officer_id, pin).officer.name
    finally:
        db.close()


@pytest.mark.parametrize("argv", [["officer", "--help"], ["officer", "add", "--help"],
                                  ["officer", "list", "--help"]])
def test_help(argv: list[str], capsys: Any) -> None:
    assert cli.main(argv) == 0
    assert "usage: borderdesk officer" in capsys.readouterr().out


def test_add_with_the_pin_on_stdin_then_sign_in(monkeypatch: pytest.MonkeyPatch,
                                                dbfile: Path, tmp_path: Path,
                                                as_admin: list[str]) -> None:
    register_in(dbfile, [ADMIN])
    code, out, _ = _add(monkeypatch, dbfile, "bp0123", "123456\n", *as_admin)
    assert (code, out) == (cli.EXIT_OK, "BP0123\n")
    assert _sign_in(dbfile, tmp_path, "BP0123", "123456") == "Nguyễn Văn Hùng"


def test_the_first_officer_is_an_admin_added_by_nobody(
    monkeypatch: pytest.MonkeyPatch, dbfile: Path, tmp_path: Path
) -> None:
    code, out, err = _add(monkeypatch, dbfile, "bp0123", "123456\n", "--json")
    assert code == cli.EXIT_REFUSED
    assert json.loads(out)["error"] == "first_officer_not_admin"
    code, out, _ = _add(monkeypatch, dbfile, "ad0001", "112233\n", role="admin")
    assert (code, out) == (cli.EXIT_OK, "AD0001\n")
    assert _sign_in(dbfile, tmp_path, "AD0001", "112233") == "Nguyễn Văn Hùng"
    # from now on an admin adds officers
    code, out, _ = _add(monkeypatch, dbfile, "bp0123", "123456\n", "--json")
    assert code == cli.EXIT_NOT_PERMITTED
    assert json.loads(out)["error"] == "officer_required"


def test_add_json_and_the_audit_actor(monkeypatch: pytest.MonkeyPatch,
                                      dbfile: Path, as_admin: list[str]) -> None:
    register_in(dbfile, [ADMIN])
    code, out, _ = _add(monkeypatch, dbfile, "GS0001", "654321\r\n", "--json",
                        *as_admin)
    assert code == cli.EXIT_OK
    assert json.loads(out) == {"status": "created", "officer_id": "GS0001",
                               "name": "Nguyễn Văn Hùng", "role": "guard",
                               "disabled": False}
    db = open_db(dbfile)
    try:
        row = db.conn.execute("SELECT action, actor, details FROM audit"
                              " WHERE action = 'officer.created'").fetchone()
    finally:
        db.close()
    assert row[:2] == ("officer.created", "AD0001")
    assert "654321" not in row[2]


def test_the_acting_pin_and_the_new_one_on_stdin(monkeypatch: pytest.MonkeyPatch,
                                                 dbfile: Path, tmp_path: Path) -> None:
    register_in(dbfile, [ADMIN])
    code, out, _ = _add(monkeypatch, dbfile, "GS0001", "112233\n654321\n",
                        "--officer", "AD0001")
    assert (code, out) == (cli.EXIT_OK, "GS0001\n")
    assert _sign_in(dbfile, tmp_path, "GS0001", "654321") == "Nguyễn Văn Hùng"


def test_add_prompts_at_a_terminal(monkeypatch: pytest.MonkeyPatch, dbfile: Path,
                                   tmp_path: Path) -> None:
    answers = iter(["135790", "135790"])
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", getpass)
    code, _, _ = run(monkeypatch, "officer", "add", "BP7", "--name", "Lê Văn Tám",
                     "--role", "admin", "--db", str(dbfile), tty=True)
    assert code == cli.EXIT_OK
    assert prompts == ["PIN: ", "PIN again: "]
    assert _sign_in(dbfile, tmp_path, "BP7", "135790") == "Lê Văn Tám"
    # the acting officer's PIN is asked for first, once
    answers = iter(["135790", "246802", "246802"])
    prompts.clear()
    code, _, _ = run(monkeypatch, "officer", "add", "BP8", "--name", "Lê Văn Chín",
                     "--role", "guard", "--db", str(dbfile), "--officer", "bp7",
                     tty=True)
    assert code == cli.EXIT_OK
    assert prompts == ["PIN of bp7: ", "PIN: ", "PIN again: "]
    assert _sign_in(dbfile, tmp_path, "BP8", "246802") == "Lê Văn Chín"


def test_two_different_pins_at_the_prompt(monkeypatch: pytest.MonkeyPatch,
                                          dbfile: Path) -> None:
    answers = iter(["135790", "135791"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, out, err = run(monkeypatch, "officer", "add", "BP7", "--name", "x", "--role",
                         "guard", "--db", str(dbfile), "--json", tty=True)
    assert code == cli.EXIT_USAGE
    assert json.loads(out)["error"] == "pin_mismatch"


def test_no_pin_without_a_terminal(monkeypatch: pytest.MonkeyPatch, dbfile: Path
                                   ) -> None:
    code, _, err = run(monkeypatch, "officer", "add", "BP7", "--name", "x", "--role",
                       "guard", "--db", str(dbfile), stdin="123456\n")
    assert code == cli.EXIT_USAGE
    assert "--pin-stdin" in err


def test_refusals_and_conflicts(monkeypatch: pytest.MonkeyPatch, dbfile: Path,
                                as_admin: list[str]) -> None:
    register_in(dbfile, [ADMIN])
    code, out, _ = _add(monkeypatch, dbfile, "BP0123", "12345\n", "--json", *as_admin)
    assert code == cli.EXIT_REFUSED
    assert json.loads(out)["error"] == "pin_too_short"
    code, _, err = _add(monkeypatch, dbfile, "B", "123456\n", *as_admin)
    assert code == cli.EXIT_REFUSED
    assert "officer_id_invalid" in err
    assert _add(monkeypatch, dbfile, "bp0123", "123456\n", *as_admin)[0] == cli.EXIT_OK
    code, out, _ = _add(monkeypatch, dbfile, "bp0123", "123456\n", "--json",
                        *as_admin)
    assert code == cli.EXIT_CONFLICT
    assert json.loads(out)["error"] == "officer_exists"
    code, _, _ = run(monkeypatch, "officer", "add", "BP1", "--name", "x", "--role",
                     "chief", "--pin-stdin", "--db", str(dbfile), *as_admin,
                     stdin="123456\n")
    assert code == cli.EXIT_USAGE


def test_list(monkeypatch: pytest.MonkeyPatch, dbfile: Path, as_admin: list[str]
              ) -> None:
    code, out, err = run(monkeypatch, "officer", "list", "--db", str(dbfile))
    assert code == cli.EXIT_NOT_PERMITTED  # nobody to ask yet
    register_in(dbfile, [ADMIN])
    code, out, err = run(monkeypatch, "officer", "list", "--db", str(dbfile),
                         *as_admin)
    assert (code, out, err) == (cli.EXIT_OK, "AD0001       admin      Phạm Quốc Bảo\n",
                                "1 officer(s)\n")
    _add(monkeypatch, dbfile, "bp0123", "123456\n", *as_admin)
    run(monkeypatch, "officer", "add", "GS0001", "--name", "Trần Thị Lan", "--role",
        "supervisor", "--pin-stdin", "--db", str(dbfile), *as_admin, stdin="654321")
    with credentials(SUPERVISOR) as who:  # a supervisor may list them too
        code, out, err = run(monkeypatch, "officer", "list", "--db", str(dbfile), *who)
    assert out.splitlines() == [
        "AD0001       admin      Phạm Quốc Bảo",
        "BP0123       guard      Nguyễn Văn Hùng",
        "GS0001       supervisor Trần Thị Lan",
    ]
    code, out, _ = run(monkeypatch, "officer", "list", "--json", "--db", str(dbfile),
                       *as_admin)
    assert [(o["officer_id"], o["role"], o["disabled"]) for o in json.loads(out)] == [
        ("AD0001", "admin", False), ("BP0123", "guard", False),
        ("GS0001", "supervisor", False)]


def test_demo_adds_the_demo_officers_once(monkeypatch: pytest.MonkeyPatch,
                                          dbfile: Path, tmp_path: Path) -> None:
    code, out, _ = run(monkeypatch, "demo", "--crossings", "5", "--json",
                       "--db", str(dbfile))
    assert code == cli.EXIT_OK
    assert json.loads(out)["officers_added"] == ["AD0001", "BP0123", "GS0001"]
    for o in demo.DEMO_OFFICERS:
        assert _sign_in(dbfile, tmp_path, o.officer_id, o.pin) == o.name
    # more made-up data in a terminal with officers: only its admin may add it
    code, out, _ = run(monkeypatch, "demo", "--crossings", "5", "--json", "--seed", "2",
                       "--db", str(dbfile))
    assert code == cli.EXIT_NOT_PERMITTED
    code, out, _ = run(monkeypatch, "demo", "--crossings", "5", "--json", "--seed", "2",
                       "--db", str(dbfile), "--officer", "AD0001", "--pin-stdin",
                       stdin="112233\n")
    assert code == cli.EXIT_OK
    assert json.loads(out)["officers_added"] == []
