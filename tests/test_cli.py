"""The command line: contracts (names, flags, JSON keys, exit codes) and behaviour.

Every command here runs as a signed-in officer (``helpers.officers``): a supervisor by
default, registered in the database the command names; the permissions themselves are
tested in ``test_permissions.py``.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers.officers import ADMIN, SUPERVISOR, TestOfficer, credentials, register_in

from borderdesk import cli


def run(*argv: str, stdin: str | None = None, monkeypatch: Any = None,
        officer: TestOfficer | None = SUPERVISOR) -> tuple[int, str, str]:
    """``borderdesk *argv`` as ``officer`` (registered in the ``--db`` database)."""
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if officer is not None and "--db" in argv:
        register_in(Path(argv[argv.index("--db") + 1]))
    with credentials(officer) as who:
        code = cli.main([*argv, *who], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def walkin(**identity: Any) -> dict[str, Any]:
    ident = {
        "surname": "Nguyễn", "given_names": "Văn An", "sex": "M",
        "birth_date": "1990-05-17", "nationality": "VNM", "document_type": "cccd",
        "document_number": "001090012345", "issuing_state": "VNM",
    }
    ident.update(identity)
    return {"direction": "exit", "decision": "cleared", "officer": "BP-0001",
            "persons": [{"identity": ident}]}


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def crossing_file(tmp_path: Path) -> Path:
    path = tmp_path / "crossing.json"
    path.write_text(json.dumps(walkin(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["record", "--help"], ["list", "--help"], ["find", "--help"],
     ["db", "check", "--help"], ["db", "backup", "--help"], ["demo", "--help"],
     ["config", "show", "--help"]],
)
def test_every_command_has_help(argv: list[str], capsys: Any) -> None:
    assert cli.main(argv) == 0
    assert "usage: borderdesk" in capsys.readouterr().out


def test_record_prints_id_and_list_shows_it(dbfile: Path, crossing_file: Path) -> None:
    code, out, _ = run("record", "--json", str(crossing_file), "--db", str(dbfile))
    assert code == cli.EXIT_OK
    cid = out.strip()
    code, out, _ = run("list", "--json", "--db", str(dbfile), "--date",
                       _local_date(dbfile, cid))
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [cid]
    assert rows[0]["persons"][0]["identity"]["surname"] == "Nguyễn"
    assert rows[0]["sync_state"] == "pending"


def test_record_indexes_the_names_after_saving(dbfile: Path,
                                               crossing_file: Path) -> None:
    code, out, _ = run("record", "--json", str(crossing_file), "--db", str(dbfile))
    assert code == cli.EXIT_OK
    cid = out.strip()
    with sqlite3.connect(dbfile) as conn:
        waiting = conn.execute(
            "SELECT count(*) FROM crossing_persons"
            " WHERE id > (SELECT indexed_to FROM persons_fts_state)").fetchone()[0]
        indexed = conn.execute("SELECT rowid FROM persons_fts WHERE persons_fts MATCH"
                               " 'nguyen AND van AND an'").fetchall()
    conn.close()
    assert waiting == 0
    assert len(indexed) == 1
    code, out, _ = run("find", "nguyen van an", "--json", "--db", str(dbfile))
    assert code == cli.EXIT_OK
    assert [r["id"] for r in json.loads(out)] == [cid]


def _local_date(dbfile: Path, cid: str) -> str:
    with sqlite3.connect(dbfile) as conn:
        value = conn.execute("SELECT local_date FROM crossings WHERE id = ?", (cid,)).fetchone()[0]
    conn.close()
    return str(value)


def test_list_output_feeds_back_into_record(tmp_path: Path, dbfile: Path,
                                            crossing_file: Path) -> None:
    _, out, _ = run("record", "--json", str(crossing_file), "--db", str(dbfile))
    day = _local_date(dbfile, out.strip())
    _, listed, _ = run("list", "--json", "--db", str(dbfile), "--date", day)
    exported = tmp_path / "day.json"
    exported.write_text(listed, encoding="utf-8")
    other = tmp_path / "other.db"
    code, out, _ = run("record", "--json", str(exported), "--db", str(other))
    assert code == cli.EXIT_OK
    _, relisted, _ = run("list", "--json", "--db", str(other), "--date", day)
    strip = [{k: v for k, v in r.items() if k != "recorded_at"} for r in json.loads(listed)]
    again = [{k: v for k, v in r.items() if k != "recorded_at"} for r in json.loads(relisted)]
    assert again == strip
    # Feeding the same list again is idempotent.
    code, _, err = run("record", "--json", str(exported), "--db", str(other))
    assert code == cli.EXIT_OK
    assert "already recorded" in err


def test_record_from_stdin_refused_with_findings(dbfile: Path, monkeypatch: Any) -> None:
    bad = walkin(birth_date="2999-01-01", nationality="ZZZ")
    code, out, _ = run("record", "--json", "-", "--db", str(dbfile), "--output", "json",
                       stdin=json.dumps(bad), monkeypatch=monkeypatch)
    assert code == cli.EXIT_REFUSED
    result = json.loads(out)
    assert result["status"] == "refused"
    codes = {(f["code"], f["field"]) for f in result["findings"]}
    assert ("birth_date_in_future", "persons[0].identity.birth_date") in codes
    assert ("country_unknown", "persons[0].identity.nationality") in codes
    with sqlite3.connect(dbfile) as conn:
        assert conn.execute("SELECT count(*) FROM crossings").fetchone()[0] == 0
    conn.close()


def test_warning_needs_acknowledge_flag(dbfile: Path, monkeypatch: Any) -> None:
    expired = json.dumps(walkin(document_type="passport", document_number="C7654321",
                                expiry_date="2020-02-02"))
    code, _, err = run("record", "--json", "-", "--db", str(dbfile), stdin=expired,
                       monkeypatch=monkeypatch)
    assert code == cli.EXIT_REFUSED
    assert "--acknowledge document_expired" in err
    code, out, _ = run("record", "--json", "-", "--db", str(dbfile), "--acknowledge",
                       "document_expired", stdin=expired, monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK
    assert out.strip()


@pytest.mark.parametrize("text", ["{not json", "", "[1, 2"])
def test_record_malformed_json(text: str, dbfile: Path, monkeypatch: Any) -> None:
    code, out, _ = run("record", "--json", "-", "--db", str(dbfile), "--output", "json",
                       stdin=text, monkeypatch=monkeypatch)
    assert code == cli.EXIT_REFUSED
    assert json.loads(out)["error"] == "json_invalid"


def test_record_missing_file(dbfile: Path, tmp_path: Path) -> None:
    code, _, err = run("record", "--json", str(tmp_path / "nope.json"), "--db", str(dbfile))
    assert code == cli.EXIT_ERROR
    assert "cannot read" in err


def test_same_id_other_content_is_a_conflict(dbfile: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps(walkin()), encoding="utf-8")
    _, out, _ = run("record", "--json", str(path), "--db", str(dbfile))
    changed = walkin(given_names="Văn Bình")
    changed["id"] = out.strip()
    path.write_text(json.dumps(changed), encoding="utf-8")
    code, out, _ = run("record", "--json", str(path), "--db", str(dbfile), "--output", "json")
    assert code == cli.EXIT_CONFLICT
    assert json.loads(out)["error"] == "id_conflict"


def test_find_is_accent_insensitive(dbfile: Path, crossing_file: Path) -> None:
    run("record", "--json", str(crossing_file), "--db", str(dbfile))
    for query in ("nguyen van an", "NGUYEN VAN AN", "Nguyễn Văn An", "001090012345"):
        code, out, _ = run("find", query, "--json", "--db", str(dbfile))
        assert code == 0
        assert len(json.loads(out)) == 1, query
    _, out, _ = run("find", "tran", "--json", "--db", str(dbfile))
    assert json.loads(out) == []


def test_db_check_ok_then_broken_chain(dbfile: Path, crossing_file: Path) -> None:
    run("record", "--json", str(crossing_file), "--db", str(dbfile))
    code, out, _ = run("db", "check", "--json", "--db", str(dbfile))
    assert code == 0
    assert json.loads(out)["ok"] is True
    conn = sqlite3.connect(dbfile)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET actor = 'intruder' WHERE seq = 1")
    conn.commit()
    conn.close()
    code, out, _ = run("db", "check", "--db", str(dbfile))
    assert code == cli.EXIT_CHECK_FAILED
    assert "first bad entry: #1 (edited)" in out


def test_db_check_detects_edited_crossing_payload(dbfile: Path, crossing_file: Path) -> None:
    run("record", "--json", str(crossing_file), "--db", str(dbfile))
    conn = sqlite3.connect(dbfile)
    conn.execute("UPDATE crossings SET payload = replace(payload, 'Văn An', 'Văn Ân')")
    conn.commit()
    conn.close()
    code, out, _ = run("db", "check", "--json", "--db", str(dbfile))
    assert code == cli.EXIT_CHECK_FAILED
    assert json.loads(out)["problems"][0]["code"] == "payload_hash"


def test_db_backup_is_consistent_copy(dbfile: Path, crossing_file: Path,
                                      tmp_path: Path) -> None:
    run("record", "--json", str(crossing_file), "--db", str(dbfile))
    code, out, _ = run("db", "backup", str(tmp_path / "copy.db"), "--json", "--db",
                       str(dbfile), officer=ADMIN)
    assert code == 0
    copy = Path(json.loads(out)["backup"])
    code, out, _ = run("db", "check", "--json", "--db", str(copy))
    assert code == 0
    assert json.loads(out)["crossings"] == 1
    # Never overwrites an existing file.
    code, _, err = run("db", "backup", str(copy), "--db", str(dbfile), officer=ADMIN)
    assert code == cli.EXIT_ERROR
    assert "already exists" in err


def test_db_backup_while_another_connection_writes(dbfile: Path, tmp_path: Path) -> None:
    import threading

    from borderdesk.config import Settings
    from borderdesk.services import CounterService
    from borderdesk.storage.db import open_db

    register_in(dbfile)
    saved: list[str] = []
    started = threading.Event()

    def writer() -> None:
        db = open_db(dbfile)
        service = CounterService(db, Settings(data_dir=tmp_path))
        try:
            for i in range(150):
                c = service.parse(walkin(document_number=f"0010900{i:05d}"))
                saved.append(service.record(c, actor=SUPERVISOR.officer_id).result.id)
                started.set()
        finally:
            db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    started.wait(10)
    code, out, _ = run("db", "backup", str(tmp_path / "live.db"), "--json", "--db",
                       str(dbfile), officer=ADMIN)
    thread.join()
    assert code == 0
    copy = Path(json.loads(out)["backup"])
    code, out, _ = run("db", "check", "--json", "--db", str(copy))
    report = json.loads(out)
    assert code == 0, report
    assert 1 <= report["crossings"] <= len(saved) == 150


def test_config_show_reports_sources(tmp_path: Path, monkeypatch: Any) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('gate = "MOCBAI"\nterminal = "K2"\n', encoding="utf-8")
    monkeypatch.setenv("BORDERDESK_TERMINAL", "K7")
    code, out, _ = run("config", "show", "--json", "--config", str(cfg))
    assert code == 0
    values = json.loads(out)["values"]
    assert values["gate"] == {"value": "MOCBAI", "source": f"file:{cfg}"}
    assert values["terminal"] == {"value": "K7", "source": "env:BORDERDESK_TERMINAL"}
    assert values["timezone"]["source"] == "default"


def test_config_error_is_reported_not_raised(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('gate = "NOWHERE"\n', encoding="utf-8")
    code, out, _ = run("config", "show", "--json", "--config", str(cfg))
    assert code == cli.EXIT_ERROR
    assert "NOWHERE" in json.loads(out)["message"]


def test_usage_errors_exit_2(capsys: Any) -> None:
    assert cli.main(["list", "--date", "2026-13-01"]) == cli.EXIT_USAGE
    assert cli.main(["frobnicate"]) == cli.EXIT_USAGE
    assert cli.main(["record"]) == cli.EXIT_USAGE


def test_storage_failure_is_a_clear_error(dbfile: Path, crossing_file: Path,
                                          monkeypatch: Any) -> None:
    from borderdesk.storage.crossings import CrossingStore
    from borderdesk.storage.errors import StorageFull

    def full(*args: Any, **kwargs: Any) -> None:
        raise StorageFull("The disk holding the database is full")

    monkeypatch.setattr(CrossingStore, "record", full)
    code, out, _ = run("record", "--json", str(crossing_file), "--db", str(dbfile),
                       "--output", "json")
    assert code == cli.EXIT_ERROR
    assert json.loads(out) == {"status": "error", "error": "disk_full",
                               "message": "The disk holding the database is full"}


def test_gui_passes_qt_options_through(monkeypatch: Any) -> None:
    seen: list[list[str]] = []

    def fake_run(loaded: Any, qt_args: list[str]) -> int:
        seen.append(qt_args)
        return 0

    import borderdesk.ui.app

    monkeypatch.setattr(borderdesk.ui.app, "run", fake_run)
    assert cli.main(["gui", "-platform", "offscreen"]) == 0
    assert cli.main(["gui", "--", "-style", "fusion"]) == 0
    assert cli.main(["gui"]) == 0
    assert seen == [["-platform", "offscreen"], ["-style", "fusion"], []]
