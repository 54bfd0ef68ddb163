"""``borderdesk parse TEXT``: recognise a scanned text, print its fields; exit 3 when it is
refused (unreadable, failed check digit, bad or unknown signature)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers.builders import crossing
from helpers.officers import OFFICER1, register

from borderdesk import cli
from borderdesk.core import signed
from borderdesk.services import CounterService

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
CCCD = "001090012345|012345678|Nguyễn Văn An|17051990|Nam|Hà Nội|01022021"

MRZ_KEYS = {"document_code", "issuing_state", "surname", "given_names", "document_number",
            "nationality", "birth_date", "sex", "expiry_date", "optional_data", "checks"}
MRZ_ALLOWED = MRZ_KEYS | {"kind", "ok", "format", "optional_data_2", "personal_number"}


def run(*argv: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def parse_json(*args: str, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    code, out, _ = run("parse", *args, "--json", **kwargs)
    return code, json.loads(out)


# -- MRZ ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [TD3, TD1, TD3.replace("\n", ""), TD3.lower()])
def test_mrz_json_keys(text: str) -> None:
    code, data = parse_json(text)
    assert code == cli.EXIT_OK
    assert data["kind"] == "mrz" and data["ok"] is True
    assert MRZ_KEYS <= set(data) <= MRZ_ALLOWED
    assert data["surname"] == "ERIKSSON" and data["given_names"] == "ANNA MARIA"
    assert data["birth_date"] == "1974-08-12" and data["sex"] == "F"
    assert data["checks"]
    for check in data["checks"]:
        assert {"name", "passed"} <= set(check)
        assert check["passed"] is True


def test_mrz_text_output() -> None:
    code, out, _ = run("parse", TD3)
    assert code == cli.EXIT_OK
    assert "kind: mrz" in out
    assert "surname: ERIKSSON" in out
    assert "check composite: ok" in out


def test_a_failed_check_digit_exits_3_and_names_it() -> None:
    bad = TD3[:-1] + "1"
    code, data = parse_json(bad)
    assert code == cli.EXIT_REFUSED == 3
    assert data["ok"] is False
    assert data["error"]["code"] == "check_digit"
    assert (data["error"]["line"], data["error"]["position"]) == (2, 44)
    assert "composite" in data["error"]["message"]
    failed = [c["name"] for c in data["checks"] if not c["passed"]]
    assert failed == ["composite"]
    assert data["surname"] == "ERIKSSON"  # what was read is still shown

    code, out, _ = run("parse", bad)
    assert code == 3
    assert "check composite: FAILED" in out
    assert "ERROR check_digit at line 2, column 44" in out


def test_a_wrong_length_exits_3() -> None:
    code, data = parse_json(TD3[:-3])
    assert code == 3
    assert data["kind"] == "mrz" and data["error"]["code"] == "length"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("parse", "-", "--json", stdin=TD3 + "\r\n", monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK
    assert json.loads(out)["document_number"] == "L898902C3"
    code, out, _ = run("parse", "-", "--json", stdin=CCCD + "\n", monkeypatch=monkeypatch)
    assert code == cli.EXIT_OK
    assert json.loads(out)["kind"] == "cccd"


# -- CCCD and unknown ---------------------------------------------------------------------------


def test_cccd_json() -> None:
    code, data = parse_json(CCCD)
    assert code == cli.EXIT_OK
    assert data["kind"] == "cccd" and data["ok"] is True
    assert data["number"] == "001090012345" and data["full_name"] == "Nguyễn Văn An"
    assert data["birth_date"] == "1990-05-17" and data["sex"] == "M"
    assert data["findings"] == []


def test_cccd_findings_do_not_refuse() -> None:
    code, data = parse_json(CCCD.replace("Nam", "Nữ"))
    assert code == cli.EXIT_OK
    assert [f["code"] for f in data["findings"]] == ["cccd_sex_mismatch"]


def test_bad_cccd_exits_3() -> None:
    code, data = parse_json(CCCD.replace("17051990", "31022000"))
    assert code == 3
    assert data["kind"] == "cccd" and data["error"]["code"] == "date"


@pytest.mark.parametrize("text", ["hello", "", "https://example.com"])
def test_unknown_exits_3(text: str) -> None:
    code, data = parse_json(text)
    assert code == 3
    assert data == {"kind": "unknown", "ok": False, "error": data["error"]}
    assert data["error"]["code"] == "unknown_code"


# -- receipts and confirmations -----------------------------------------------------------------


def _receipt(service: CounterService) -> str:
    register(service.db)
    c = crossing()
    service.record(c, actor=OFFICER1.officer_id)
    return service.receipt(c.id, actor=OFFICER1.officer_id)


def test_a_receipt_of_this_terminal_verifies(service: CounterService) -> None:
    """The service fixture and the command share the data directory (conftest), hence
    the terminal key: the command trusts it in its own database on first use."""
    text = _receipt(service)
    code, data = parse_json(text)
    assert code == cli.EXIT_OK, data
    assert data["kind"] == "receipt" and data["ok"] is True
    assert data["signature"] == "valid"
    assert data["key_id"] == service.terminal_key().key_id


def test_a_receipt_verifies_against_the_same_database(service: CounterService,
                                                      db_path: Path) -> None:
    text = _receipt(service)
    code, data = parse_json(text, "--db", str(db_path))
    assert code == cli.EXIT_OK
    assert data["signature"] == "valid"


@pytest.mark.parametrize("offset", [-2, -10, -40])
def test_a_tampered_receipt_exits_3_with_bad_signature(service: CounterService,
                                                       offset: int) -> None:
    text = _receipt(service)
    i = len(text) + offset
    tampered = text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1:]
    code, data = parse_json(tampered)
    assert code == 3
    assert data["ok"] is False
    assert data["signature"] == "bad_signature"
    assert data["error"]["code"] == "bad_signature"


def test_a_receipt_with_a_changed_body_is_refused(service: CounterService) -> None:
    text = _receipt(service)
    prefix, body, sig = text.split(".")
    decoded = json.loads(signed.b64decode(body))
    decoded["d"] = "entry" if decoded["d"] == "exit" else "exit"
    forged = f"{prefix}.{signed.b64encode(json.dumps(decoded).encode())}.{sig}"
    code, data = parse_json(forged)
    assert code == 3
    assert data["error"]["code"] == "bad_signature"


def test_a_receipt_of_an_unknown_terminal_exits_3() -> None:
    key = Ed25519PrivateKey.generate()
    cid = "019577a2-3c4d-7e5f-8a6b-1c2d3e4f5a6b"
    text = signed.make_receipt(
        crossing_id=cid, gate="MONGCAI", terminal="T09", direction="exit",
        time_utc=datetime(2026, 3, 10, tzinfo=UTC),
        fingerprint=signed.document_fingerprint(cid, "passport", "VNM", "C1"), key=key)
    code, data = parse_json(text)
    assert code == 3
    assert data["signature"] == "unknown_key"
    assert data["error"]["code"] == "unknown_key"


def test_a_confirmation_needs_the_portal_key(service: CounterService,
                                             db_path: Path) -> None:
    portal = Ed25519PrivateKey.generate()
    text = signed.make_confirmation(
        reference="TTBP-2026/000123", gate="MONGCAI", direction="exit",
        expected_date=date(2026, 3, 10), persons=2,
        issued_at=datetime(2026, 3, 10, 2, tzinfo=UTC), key=portal)
    code, data = parse_json(text, "--db", str(db_path))
    assert code == 3
    assert data["kind"] == "confirmation" and data["signature"] == "unknown_key"
    service.keys.trust(portal.public_key(), kind="portal", actor="admin")
    code, data = parse_json(text, "--db", str(db_path))
    assert code == cli.EXIT_OK
    assert data["signature"] == "valid"
    assert data["reference"] == "TTBP-2026/000123" and data["persons"] == 2


def test_an_unreadable_receipt_exits_3_without_a_signature_verdict() -> None:
    code, data = parse_json("BDR1.abc")
    assert code == 3
    assert data["kind"] == "receipt" and data["error"]["code"] == "format"
    assert "signature" not in data


# -- isolation -----------------------------------------------------------------------------------


def test_the_command_uses_the_isolated_data_directory(tmp_path: Path) -> None:
    code, _ = parse_json(TD3)
    assert code == cli.EXIT_OK
    assert (tmp_path / "data" / "borderdesk.db").exists()


def test_db_option(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.db"
    code, _ = parse_json(CCCD, "--db", str(target))
    assert code == cli.EXIT_OK
    assert target.exists()


def test_config_option(tmp_path: Path) -> None:
    database = tmp_path / "from-config.db"
    config = tmp_path / "other.toml"
    config.write_text(f'database = "{database.as_posix()}"\n', encoding="utf-8")
    code, _ = parse_json(TD3, "--config", str(config))
    assert code == cli.EXIT_OK
    assert database.exists()
