"""Daily log exports read back: CSV (csv module, excel dialect), XLSX (openpyxl), PDF
(pypdf's text); their signed manifests and verification; atomic writing; the audit."""

from __future__ import annotations

import csv
import errno
import io
import json
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers.builders import NOW
from helpers.export_data import (
    ACTOR,
    CANCEL_REASON,
    DAY,
    NAMES,
    NEXT_DAY,
    REFUSAL,
    Sample,
    record_sample,
)
from pypdf import PdfReader
from sqlite_utils import Database

from borderdesk import demo
from borderdesk.config import Settings
from borderdesk.core import signed
from borderdesk.exports import (
    ExportFull,
    ExportInvalid,
    ExportService,
    FontUnavailable,
    columns,
    fonts,
    manifest,
)
from borderdesk.exports.log import DailyLog, ExportInfo
from borderdesk.keys import TerminalKey
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.errors import StorageError
from borderdesk.storage.keys import KeyStore

HEADERS = [c.header for c in columns.COLUMNS]
COL = {c.key: i for i, c in enumerate(columns.COLUMNS)}
STEM = "nhat-ky-MONGCAI-2026-03-10"


@pytest.fixture
def exports(db: Database, settings: Settings, officers: object) -> ExportService:
    return ExportService(db, settings, clock=lambda: NOW)  # ACTOR is a supervisor


@pytest.fixture
def sample(db: Database) -> Sample:
    return record_sample(db)


def _export(exports: ExportService, out: Path, *formats: str,
            start: date = DAY, end: date = DAY) -> dict[str, Path]:
    files = exports.export(start, end, list(formats), out, actor=ACTOR)
    return {f.format: f.path for f in files}


def _day_names(sample: Sample) -> list[str]:
    return [p.identity.full_name for c in sample.crossings for p in c.persons]


def _read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"),
                                       newline=""), dialect="excel"))


def _pdf_text(path: Path) -> list[str]:
    """Each page's text, NFC (pypdf may hand back decomposed marks)."""
    return [unicodedata.normalize("NFC", page.extract_text() or "")
            for page in PdfReader(path).pages]


# -- CSV --------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_crlf_and_reads_back_exactly(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "csv")["csv"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    assert raw.count(b"\r\n") >= sample.persons + 1
    assert b"\n" not in raw.replace(b"\r\n", b"")
    rows = _read_csv(path)
    assert rows[0] == HEADERS
    body = rows[1:]
    assert len(body) == sample.persons  # one row per person per crossing
    assert [r[COL["name"]] for r in body] == _day_names(sample)
    assert NAMES["quoted"] in [r[COL["name"]] for r in body]  # quotes and comma
    assert all(NAMES[k] not in {r[COL["name"]] for r in body}
               for k in ("next_day", "other_gate"))
    assert [r[COL["seq"]] for r in body] == [str(i) for i in range(1, len(body) + 1)]

    first = dict(zip(HEADERS, body[0], strict=True))
    assert first["Ngày"] == "2026-03-10"
    assert first["Thời điểm (giờ địa phương)"] == "2026-03-10 10:00:00"
    assert first["Hướng"] == "Xuất cảnh"
    assert first["Phương tiện"] == "Đi bộ"
    assert first["Họ tên không dấu"] == "NGUYEN VAN AN"
    assert first["Quyết định (lượt)"] == "Cho qua"
    assert first["Loại giấy tờ"] == "Hộ chiếu"
    assert first["Trạng thái đồng bộ"] == "Chờ gửi"
    assert first["Mã lượt qua lại"] == sample.crossings[0].id

    by_name = {r[COL["name"]]: r for r in body}
    driver = by_name[NAMES["driver"]]
    assert driver[COL["plate"]] == "14A-123.45"
    assert driver[COL["vehicle_country"]] == "VNM"
    assert driver[COL["role"]] == "Người lái xe"
    assert by_name[NAMES["partial"]][COL["birth_date"]] == "1988-11"
    assert by_name[NAMES["refused"]][COL["notes"]] == REFUSAL
    cancelled = by_name[NAMES["cancelled"]]
    assert (cancelled[COL["cancelled"]], cancelled[COL["cancel_reason"]]) == (
        "Có", CANCEL_REASON)
    amended = [r for r in body if r[COL["name"]] == NAMES["amended"]]
    assert [r[COL["version"]] for r in amended] == ["1", "2"]
    assert amended[0][COL["superseded_by"]] == sample.amended_v2
    assert amended[1][COL["supersedes"]] == sample.amended_v1


def test_formulas_in_free_text_stay_text(
        exports: ExportService, db: Database, tmp_path: Path) -> None:
    """A note such as ``=HYPERLINK(…)`` must not become a live formula in Excel."""
    from helpers.builders import crossing

    note = '=HYPERLINK("http://example.invalid","bấm")'
    CrossingStore(db).record(crossing(decision="refused", notes=note), actor=ACTOR,
                             now=NOW)
    files = _export(exports, tmp_path, "csv", "xlsx")
    assert _read_csv(files["csv"])[1][COL["notes"]] == "'" + note
    ws = openpyxl.load_workbook(files["xlsx"]).active
    assert ws is not None
    cell = ws.cell(row=2, column=COL["notes"] + 1)
    assert (cell.value, cell.data_type) == (note, "s")


# -- XLSX -------------------------------------------------------------------------


def test_xlsx_has_typed_columns_frozen_header_filter_and_every_row(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "xlsx")["xlsx"]
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    n = sample.persons
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:AE{n + 1}"
    assert ws.max_row == n + 1
    # the name column: 28 characters (Excel stores the width with its padding)
    assert 28 <= float(ws.column_dimensions["L"].width) < 29
    header = [c.value for c in ws[1]]
    assert header == HEADERS
    assert ws["A1"].font.b

    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[COL["name"]] for r in rows] == _day_names(sample)
    assert [r[COL["seq"]] for r in rows] == list(range(1, n + 1))  # numbers
    first = ws[2]
    assert first[COL["date"]].value == datetime(2026, 3, 10)
    assert first[COL["date"]].is_date
    assert first[COL["date"]].number_format == "dd/mm/yyyy"
    assert first[COL["time"]].value == datetime(2026, 3, 10, 10, 0)
    assert first[COL["time"]].number_format == "dd/mm/yyyy hh:mm:ss"
    assert first[COL["birth_date"]].value == datetime(1990, 5, 17)
    assert first[COL["expiry_date"]].value == datetime(2031, 1, 1)
    assert isinstance(first[COL["version"]].value, int)
    by_name = {r[COL["name"]]: r for r in rows}
    assert by_name[NAMES["partial"]][COL["birth_date"]] == "1988-11"  # partial: text
    assert by_name[NAMES["quoted"]][COL["name_ascii"]] == "O BRIEN MARY JO ANN"
    assert by_name[NAMES["cancelled"]][COL["cancel_reason"]] == CANCEL_REASON
    assert by_name[NAMES["driver"]][COL["document_number"]] == "C2222222"  # text
    assert by_name[NAMES["foot"]][COL["plate"]] is None  # empty cells stay empty


# -- PDF --------------------------------------------------------------------------


def test_pdf_has_summary_chart_every_row_and_page_numbers(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "pdf")["pdf"]
    reader = PdfReader(path)
    pages = _pdf_text(path)
    total = len(pages)
    assert total >= 2
    first = reader.pages[0].mediabox
    last = reader.pages[-1].mediabox
    assert round(float(first.width)) == 595
    assert round(float(first.height)) == 842
    assert round(float(last.width)) == 842  # the list is on landscape A4
    for number, text in enumerate(pages, 1):
        assert "Cửa khẩu Móng Cái (MONGCAI)" in text
        assert "Ngày 10/03/2026" in text
        assert f"Trang {number}/{total}" in text
    summary = pages[0]
    for label in ("NHẬT KÝ XUẤT CẢNH, NHẬP CẢNH", "Theo hướng", "Theo quyết định",
                  "Theo loại giấy tờ", "Theo trạng thái đồng bộ",
                  "Số lượt qua lại theo giờ"):
        assert label in summary
    everything = "\n".join(pages)
    assert "Theo quốc tịch" in everything
    assert "Theo cán bộ" in everything
    assert "VNM – Việt Nam" in everything
    listing = "\n".join(pages[1:])
    assert "DANH SÁCH LƯỢT XUẤT CẢNH, NHẬP CẢNH" in listing
    for name in _day_names(sample):
        assert name in listing, name
    flowing = " ".join(listing.split())  # a long note wraps onto a second line
    assert f"Đã hủy: {CANCEL_REASON}" in flowing
    assert REFUSAL in flowing
    assert "Bản sửa đổi lần 1" in flowing
    assert "Đã được sửa đổi" in flowing
    assert NAMES["next_day"] not in everything
    assert NAMES["other_gate"] not in everything


def test_pdf_lists_every_row_of_a_busy_day_on_numbered_pages(
        exports: ExportService, db: Database, tmp_path: Path) -> None:
    crossings = list(demo.generate(400, start=DAY, gate="MONGCAI", seed=7))
    CrossingStore(db).record_many(crossings, actor=ACTOR, now=NOW)
    path = _export(exports, tmp_path, "pdf")["pdf"]
    pages = _pdf_text(path)
    assert len(pages) > 5
    assert all(f"Trang {i}/{len(pages)}" in t for i, t in enumerate(pages, 1))
    listing = "\n".join(pages[1:])
    names = {p.identity.full_name for c in crossings for p in c.persons}
    missing = [n for n in names if n not in listing]
    assert missing == []
    rows = sum(len(c.persons) for c in crossings)
    numbers = {line.split()[0] for line in listing.splitlines() if line.split()}
    assert {str(i) for i in range(1, rows + 1)} <= numbers  # every row's number


def test_pdf_without_a_vietnamese_font_fails_clearly_and_leaves_nothing(
        exports: ExportService, sample: Sample, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    with pytest.raises(FontUnavailable, match="fonts-noto-core"):
        fonts.find_fonts([empty])
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "default_dirs", lambda: [empty])
    out = tmp_path / "out"
    with pytest.raises(FontUnavailable):
        _export(exports, out, "csv", "pdf")
    assert list(out.iterdir()) == []


def test_the_report_font_covers_vietnamese() -> None:
    found = fonts.find_fonts()
    assert found.regular.name in ("NotoSans-Regular.ttf", "DejaVuSans.ttf")


# -- manifests and verification -----------------------------------------------------


def test_each_file_has_a_signed_manifest_that_verifies(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    files = exports.export(DAY, DAY, ["csv", "xlsx", "pdf"], tmp_path, actor=ACTOR)
    assert [f.path.name for f in files] == [f"{STEM}.csv", f"{STEM}.xlsx",
                                             f"{STEM}.pdf"]
    key = exports.counter.terminal_key()
    for f in files:
        data = json.loads(f.manifest.read_text(encoding="utf-8"))
        assert f.manifest.name == f.path.name + ".manifest.json"
        assert data["sha256"] == f.sha256 == manifest.file_digest(f.path)[0]
        assert data["size"] == f.path.stat().st_size
        assert data["rows"] == sample.persons
        assert data["crossings"] == len(sample.crossings)
        assert data["format"] == f.format
        assert data["gate"] == "MONGCAI"
        assert data["period"] == {"from": "2026-03-10", "to": "2026-03-10"}
        assert data["created_at"] == "2026-03-10T04:00:00Z"
        assert data["terminal"] == "T01"
        assert data["officer"] == ACTOR
        assert data["key_id"] == key.key_id
        # raises InvalidSignature unless the terminal key signed the other fields
        key.public.verify(signed.b64decode(data["signature"]),
                          manifest.signing_input(data))
        for target in (f.path, f.manifest):  # either path names the pair
            result = exports.verify(target)
            assert result.status == "intact", result.message
            assert result.ok
            assert (result.signer_gate, result.signer_terminal) == ("MONGCAI", "T01")
            assert result.key_id == key.key_id


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_a_changed_byte_makes_verification_fail(
        exports: ExportService, sample: Sample, tmp_path: Path, fmt: str) -> None:
    path = _export(exports, tmp_path, fmt)[fmt]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = exports.verify(path)
    assert result.status == "altered"
    assert not result.ok
    assert result.sha256_actual != result.sha256_expected
    assert "ALTERED" in result.message


def test_a_changed_manifest_is_a_bad_signature(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "csv")["csv"]
    m = manifest.manifest_path(path)
    data = json.loads(m.read_text(encoding="utf-8"))
    data["rows"] = 1
    m.write_text(json.dumps(data), encoding="utf-8")
    assert exports.verify(path).status == "bad_signature"


def _resign(path: Path, key: Ed25519PrivateKey, **changes: Any) -> None:
    m = manifest.manifest_path(path)
    data = json.loads(m.read_text(encoding="utf-8"))
    data.update(changes)
    m.write_bytes(manifest.dumps(manifest.build(data, TerminalKey(key, m))))


def test_a_manifest_signed_by_an_unknown_key_is_reported(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "xlsx")["xlsx"]
    stranger = Ed25519PrivateKey.generate()
    _resign(path, stranger)
    result = exports.verify(path)
    assert result.status == "unknown_signer"
    assert not result.ok
    assert result.key_id == TerminalKey(stranger, path).key_id
    assert result.signer_terminal is None
    assert "UNKNOWN SIGNER" in result.message


def test_a_revoked_key_and_a_key_of_another_terminal_are_reported(
        exports: ExportService, db: Database, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "csv")["csv"]
    other = Ed25519PrivateKey.generate()
    KeyStore(db).trust(other.public_key(), kind="terminal", gate="MONGCAI",
                       terminal="T02")
    _resign(path, other)  # claims T01 in the manifest, the key is T02's
    result = exports.verify(path)
    assert result.status == "signer_mismatch"
    assert result.signer_terminal == "T02"
    KeyStore(db).revoke(exports.counter.terminal_key().key_id)
    path2 = _export(exports, tmp_path / "2", "csv")["csv"]
    assert exports.verify(path2).status == "revoked_signer"


def test_a_missing_or_unreadable_manifest_is_reported(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    path = _export(exports, tmp_path, "csv")["csv"]
    m = manifest.manifest_path(path)
    m.write_text("{not json", encoding="utf-8")
    assert exports.verify(path).status == "invalid_manifest"
    m.unlink()
    assert exports.verify(path).status == "missing_manifest"


# -- periods --------------------------------------------------------------------------


def test_a_range_of_days(exports: ExportService, sample: Sample,
                         tmp_path: Path) -> None:
    files = _export(exports, tmp_path, "csv", "pdf", start=DAY, end=NEXT_DAY)
    assert files["csv"].name == "nhat-ky-MONGCAI-2026-03-10_2026-03-11.csv"
    rows = _read_csv(files["csv"])[1:]
    names = [r[COL["name"]] for r in rows]
    assert names == [*_day_names(sample), NAMES["next_day"]]
    assert rows[-1][COL["date"]] == "2026-03-11"
    assert NAMES["other_gate"] not in names
    pages = _pdf_text(files["pdf"])
    assert all("Từ ngày 10/03/2026 đến ngày 11/03/2026" in t for t in pages)
    assert "(cộng dồn các ngày trong kỳ)" in pages[0]
    data = json.loads(manifest.manifest_path(files["csv"]).read_text(encoding="utf-8"))
    assert data["period"] == {"from": "2026-03-10", "to": "2026-03-11"}


def test_an_empty_day(exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    empty = date(2026, 3, 1)
    files = _export(exports, tmp_path, "csv", "xlsx", "pdf", start=empty, end=empty)
    assert _read_csv(files["csv"]) == [HEADERS]
    ws = openpyxl.load_workbook(files["xlsx"]).active
    assert ws is not None
    assert ws.max_row == 1
    assert [c.value for c in ws[1]] == HEADERS
    pages = _pdf_text(files["pdf"])
    assert "Không có lượt xuất cảnh, nhập cảnh nào trong kỳ này." in pages[-1]
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1]
    for path in files.values():
        assert exports.verify(path).ok
        assert json.loads(manifest.manifest_path(path).read_text())["rows"] == 0


def test_bad_arguments_are_refused(exports: ExportService, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(ExportInvalid) as reversed_:
        exports.export(NEXT_DAY, DAY, ["csv"], out, actor=ACTOR)
    assert reversed_.value.code == "period_invalid"
    with pytest.raises(ExportInvalid) as unknown:
        exports.export(DAY, DAY, ["csv", "docx"], out, actor=ACTOR)
    assert unknown.value.code == "format_unknown"
    with pytest.raises(ExportInvalid) as long_:
        exports.export(date(2024, 1, 1), DAY, ["csv"], out, actor=ACTOR)
    assert long_.value.code == "period_too_long"
    assert not out.exists()


def test_more_rows_than_an_excel_sheet_holds_are_refused_as_xlsx(
        exports: ExportService, sample: Sample, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from borderdesk.exports import service

    monkeypatch.setattr(service, "XLSX_MAX_ROWS", sample.persons - 1)
    with pytest.raises(ExportInvalid) as caught:
        exports.export(DAY, DAY, ["csv", "xlsx"], tmp_path / "out", actor=ACTOR)
    assert caught.value.code == "too_many_rows"
    assert _export(exports, tmp_path / "out", "csv")  # CSV has no such limit


# -- writing: atomic, audited, with progress ------------------------------------


def test_a_full_disk_leaves_no_file_behind(
        exports: ExportService, db: Database, sample: Sample, tmp_path: Path) -> None:
    from borderdesk.exports import tabular

    def full(log: DailyLog, path: Path, info: ExportInfo,
             tick: Callable[[int], None]) -> int:
        with open(path, "wb") as fh:
            fh.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    exports.writers = {"csv": tabular.write_csv, "xlsx": full}
    out = tmp_path / "out"
    with pytest.raises(ExportFull) as caught:
        exports.export(DAY, DAY, ["csv", "xlsx"], out, actor=ACTOR)
    assert isinstance(caught.value, StorageError)
    assert caught.value.code == "disk_full"
    assert "disk is full" in str(caught.value)
    assert list(out.iterdir()) == []  # not the CSV, not a temporary file
    actions = [r[0] for r in db.conn.execute("SELECT action FROM audit")]
    assert "export.created" not in actions


def test_every_export_is_audited_with_its_hashes(
        exports: ExportService, db: Database, sample: Sample, tmp_path: Path) -> None:
    files = exports.export(DAY, NEXT_DAY, ["csv", "pdf"], tmp_path, actor=ACTOR)
    row = db.conn.execute(
        "SELECT actor, terminal, details FROM audit WHERE action = 'export.created'"
    ).fetchone()
    assert row is not None
    actor, terminal, details = row[0], row[1], json.loads(row[2])
    assert (actor, terminal) == (ACTOR, "T01")
    assert details["start"] == "2026-03-10"
    assert details["end"] == "2026-03-11"
    assert details["formats"] == ["csv", "pdf"]
    assert details["gate"] == "MONGCAI"
    assert [(f["name"], f["sha256"]) for f in details["files"]] == [
        (f.path.name, f.sha256) for f in files]


def test_progress_runs_up_to_the_total(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    exports.export(DAY, DAY, ["csv", "xlsx", "pdf"], tmp_path, actor=ACTOR,
                   progress=lambda done, total: seen.append((done, total)))
    total = sample.persons * 3
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_exporting_again_replaces_the_files(
        exports: ExportService, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _export(exports, out, "csv")["csv"]
    second = _export(exports, out, "csv")["csv"]
    assert first == second
    assert sorted(p.name for p in out.iterdir()) == [
        f"{STEM}.csv", f"{STEM}.csv.manifest.json"]
    assert exports.verify(second).ok
