"""``borderdesk export`` and ``borderdesk export verify``: flags, JSON, exit codes.

Run as a signed-in supervisor (``helpers.officers``), as every command line test is:
exporting needs the ``export`` permission.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers.export_data import NAMES, Sample, record_sample
from helpers.officers import SUPERVISOR, TestOfficer, credentials, register_in

from borderdesk import cli
from borderdesk.exports import manifest
from borderdesk.keys import TerminalKey
from borderdesk.storage.db import open_db

STEM = "nhat-ky-MONGCAI-2026-03-10"


def run(*argv: str, officer: TestOfficer | None = SUPERVISOR) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if officer is not None and "--db" in argv:
        register_in(Path(argv[argv.index("--db") + 1]))
    with credentials(officer) as who:
        code = cli.main([*argv, *who], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def sample(dbfile: Path) -> Sample:
    db = open_db(dbfile)
    try:
        return record_sample(db)
    finally:
        db.close()


@pytest.mark.parametrize("argv", [["export", "--help"], ["export", "verify", "--help"]])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(*argv, officer=None)
    assert code == 0
    assert "usage: borderdesk export" in capsys.readouterr().out


def test_export_help_documents_both_forms(capsys: pytest.CaptureFixture[str]) -> None:
    run("export", "--help", officer=None)
    out = capsys.readouterr().out
    assert "--date YYYY-MM-DD [--to YYYY-MM-DD] --format csv,xlsx,pdf --out DIR" in out
    assert "borderdesk export verify FILE" in out


def test_export_writes_every_format_with_manifests(
        dbfile: Path, sample: Sample, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run("--db", str(dbfile), "export", "--date", "2026-03-10",
                         "--format", "csv,xlsx,pdf", "--out", str(out_dir), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["status"] == "exported"
    assert (result["gate"], result["from"], result["to"]) == (
        "MONGCAI", "2026-03-10", "2026-03-10")
    assert [f["format"] for f in result["files"]] == ["csv", "xlsx", "pdf"]
    for f in result["files"]:
        path = Path(f["path"])
        assert path.name == f"{STEM}.{f['format']}"
        assert manifest.file_digest(path)[0] == f["sha256"]
        assert Path(f["manifest"]).is_file()
        assert f["rows"] == sample.persons
    csv_text = (out_dir / f"{STEM}.csv").read_text(encoding="utf-8-sig")
    assert NAMES["driver"] in csv_text


def test_export_text_output_prints_the_paths(
        dbfile: Path, sample: Sample, tmp_path: Path) -> None:
    code, out, err = run("--db", str(dbfile), "export", "--date", "2026-03-10",
                         "--to", "2026-03-11", "--format", "csv", "--out",
                         str(tmp_path / "o"))
    assert code == 0, err
    name = "nhat-ky-MONGCAI-2026-03-10_2026-03-11.csv"
    assert out.strip() == str(tmp_path / "o" / name)
    assert "signed .manifest.json" in err


def test_verify_intact_then_altered(dbfile: Path, sample: Sample,
                                    tmp_path: Path) -> None:
    run("--db", str(dbfile), "export", "--date", "2026-03-10", "--format", "xlsx",
        "--out", str(tmp_path))
    path = tmp_path / f"{STEM}.xlsx"
    code, out, _ = run("--db", str(dbfile), "export", "verify", str(path))
    assert code == 0
    assert "intact" in out
    assert "signed by terminal T01 of gate MONGCAI" in out

    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    code, out, _ = run("--db", str(dbfile), "export", "verify", str(path))
    assert code == 4
    assert "ALTERED" in out
    code, out, _ = run("--db", str(dbfile), "export", "verify", str(path), "--json")
    assert code == 4
    result = json.loads(out)
    assert (result["status"], result["ok"]) == ("altered", False)
    assert result["signer"] == {"gate": "MONGCAI", "terminal": "T01",
                                "key_id": result["key_id"]}


def test_verify_reports_an_unknown_signer(
        dbfile: Path, sample: Sample, tmp_path: Path) -> None:
    run("--db", str(dbfile), "export", "--date", "2026-03-10", "--format", "csv",
        "--out", str(tmp_path))
    path = tmp_path / f"{STEM}.csv"
    m = manifest.manifest_path(path)
    stranger = TerminalKey(Ed25519PrivateKey.generate(), m)
    m.write_bytes(manifest.dumps(manifest.build(
        json.loads(m.read_text(encoding="utf-8")), stranger)))
    code, out, _ = run("--db", str(dbfile), "export", "--json", "verify", str(m))
    assert code == 4
    result = json.loads(out)
    assert result["status"] == "unknown_signer"
    assert result["key_id"] == stranger.key_id
    code, out, _ = run("--db", str(dbfile), "export", "verify", str(path))
    assert code == 4
    assert "UNKNOWN SIGNER" in out
    assert f"signed by key {stranger.key_id}, not a trusted terminal key" in out


def test_verify_without_a_manifest(dbfile: Path, tmp_path: Path) -> None:
    lonely = tmp_path / "report.pdf"
    lonely.write_bytes(b"%PDF-1.4")
    code, out, _ = run("--db", str(dbfile), "export", "verify", str(lonely))
    assert code == 4
    assert "no manifest" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["--format", "csv", "--out", "x"], "missing --date"),
    (["--date", "2026-03-10", "--out", "x"], "missing --format"),
    (["--date", "2026-03-10", "--format", "csv,doc", "--out", "x"], "doc"),
    (["--date", "2026-03-11", "--to", "2026-03-10", "--format", "csv", "--out", "x"],
     "before it starts"),
])
def test_usage_errors_exit_2(dbfile: Path, tmp_path: Path, argv: list[str],
                             message: str) -> None:
    code, _, err = run("--db", str(dbfile), "export", *argv)
    assert code == 2
    assert message in err


def test_a_bad_date_is_a_usage_error(dbfile: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run("--db", str(dbfile), "export", "--date", "10/03/2026",
                     "--format", "csv", "--out", "x")
    assert code == 2
    assert "not a date" in capsys.readouterr().err


def test_an_unwritable_folder_exits_1_with_json_error(
        dbfile: Path, sample: Sample, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, out, _ = run("--db", str(dbfile), "export", "--date", "2026-03-10",
                       "--format", "csv", "--out", str(blocker / "sub"), "--json")
    assert code == 1
    result = json.loads(out)
    assert result["status"] == "error"
    assert "Cannot write" in result["message"]


def test_export_is_in_the_audit_log_with_the_officer(
        dbfile: Path, sample: Sample, tmp_path: Path) -> None:
    run("--db", str(dbfile), "export", "--date", "2026-03-10", "--format", "csv",
        "--out", str(tmp_path / "o"))
    db = open_db(dbfile)
    try:
        rows = db.conn.execute("SELECT actor, details FROM audit"
                               " WHERE action = 'export.created'").fetchall()
    finally:
        db.close()
    assert len(rows) == 1
    assert rows[0][0] == SUPERVISOR.officer_id
    assert json.loads(rows[0][1])["formats"] == ["csv"]


def test_other_commands_still_parse() -> None:
    """``export``'s optional sub-subcommand does not swallow other commands."""
    parser = cli.build_parser()
    args = parser.parse_args(["export", "--date", "2026-03-10", "--format", "csv",
                              "--out", "d"])
    assert (args.export_command, args.func.__name__) == (None, "cmd_export")
    args = parser.parse_args(["export", "verify", "f.csv"])
    assert (args.export_command, args.func.__name__, args.file) == (
        "verify", "cmd_verify", "f.csv")
    assert parser.parse_args(["list", "--json"]).command == "list"
