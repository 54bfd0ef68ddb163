"""Exporting a gate's daily log (CSV, XLSX, PDF) with signed manifests; verifying them.

:meth:`ExportService.export` reads the log once, writes every asked-for format and its
manifest under temporary names in the output folder, and only when all of them are
complete renames them into place: an export that fails (a full disk, no font for the
PDF) leaves no file behind, neither partial nor half of a set. The export is then
written to the audit log (who, gate, period, formats, each file's name, rows and
SHA-256); should that fail, the files are removed again, so no unaudited export stays.

Permissions: ``actor`` is the officer id asking. :meth:`ExportService.export` checks
the ``export`` permission (supervisors and admins) first, through the counter's
:class:`~borderdesk.services.PermissionGate` (a refusal is audited and raises
:class:`~borderdesk.services.PermissionDenied`). :meth:`ExportService.verify` needs no
officer: it reads a file and the trusted public keys, nothing of the log.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core.permissions import Permission
from borderdesk.exports import log as daily_log
from borderdesk.exports import manifest
from borderdesk.exports.fonts import FontUnavailable
from borderdesk.exports.log import DailyLog, ExportInfo
from borderdesk.exports.manifest import Verification
from borderdesk.storage.errors import StorageError, StorageFull, StorageReadOnly
from borderdesk.storage.officers import OfficerStore

log = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx", "pdf")
AUDIT_ACTION = "export.created"
MAX_DAYS = 366  # a longer period is refused (a year's log is already ~7 M rows)
XLSX_MAX_ROWS = 1_048_575  # an Excel sheet has 1,048,576 rows, one is the header
Progress = Callable[[int, int], None]
Writer = Callable[[DailyLog, Path, ExportInfo, Callable[[int], None]], int]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ExportError(StorageError):
    """An export that could not be written; nothing of it was left behind."""

    code = "export_failed"


class ExportFull(ExportError, StorageFull):
    code = "disk_full"


class ExportReadOnly(ExportError, StorageReadOnly):
    code = "read_only"


class ExportInvalid(ValueError):
    """Arguments that cannot make an export (unknown format, reversed period…).

    ``code``: ``format_unknown``, ``period_invalid``, ``period_too_long``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ExportedFile:
    """One written file and its signed manifest."""

    format: str
    path: Path
    manifest: Path
    sha256: str
    size: int
    rows: int

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "path": str(self.path),
                "manifest": str(self.manifest), "sha256": self.sha256,
                "size": self.size, "rows": self.rows}


def _writers() -> dict[str, Writer]:
    # Imported on demand: XlsxWriter and reportlab take a while to load.
    from borderdesk.exports import pdf, tabular

    return {"csv": tabular.write_csv, "xlsx": tabular.write_xlsx, "pdf": pdf.write_pdf}


def file_stem(gate: str, start: date, end: date) -> str:
    """``nhat-ky-MONGCAI-2026-03-10`` or ``nhat-ky-MONGCAI-2026-03-10_2026-03-12``."""
    period = start.isoformat() if start == end else f"{start}_{end}"
    return f"nhat-ky-{gate}-{period}"


def parse_formats(text: str | Sequence[str]) -> list[str]:
    """``"csv,xlsx"`` (or a list) as a list of known formats, in the order given,
    without repeats. Raises ExportInvalid."""
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = list(dict.fromkeys(i.strip().lower() for i in items if i.strip()))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise ExportInvalid("format_unknown",
                            "unknown export format(s) "
                            f"{', '.join(unknown) or '(none)'}: choose from "
                            f"{', '.join(FORMATS)}")
    return wanted


class ExportService:
    """Exports of this terminal's gate log and their verification."""

    def __init__(self, db: Database, settings: Settings, clock: Callable[[], datetime]
                 = _utc_now) -> None:
        from borderdesk.services import CounterService

        self.db = db
        self.settings = settings
        self.clock = clock
        # The terminal key, the trusted keys and the audit log are the counter's.
        self.counter = CounterService(db, settings, clock)
        # None: the real writers (tests put in failing ones)
        self.writers: dict[str, Writer] | None = None

    # -- export ---------------------------------------------------------------------

    def load(self, start: date, end: date, gate: str | None = None) -> DailyLog:
        gate = (gate or self.settings.gate).strip().upper()
        return daily_log.load(self.db, gate, start, end,
                              daily_log.gate_timezone(gate, self.settings.timezone))

    def export(self, start: date, end: date, formats: Sequence[str], out_dir: Path,
               actor: str, progress: Progress | None = None, *,
               gate: str | None = None) -> list[ExportedFile]:
        """Write the log of ``gate`` (default: this terminal's) from ``start`` to
        ``end`` (the gate's calendar days, inclusive) in each of ``formats`` into
        ``out_dir``, each with its signed ``.manifest.json``.

        ``progress(done, total)`` is called as rows are written (total = rows ×
        formats, at least 1), last with ``done == total``.

        Raises:
            PermissionDenied: ``actor`` may not export (nothing is read or written).
            ExportInvalid: an unknown format, ``end`` before ``start``, more than
                :data:`MAX_DAYS` days, or more rows than an XLSX sheet holds.
            ExportFull / ExportReadOnly / ExportError: the files could not be written
                (nothing is left behind).
            FontUnavailable: no font with Vietnamese glyphs for the PDF.
            StorageError: the database could not be read or the audit log written.
        """
        actor = self.counter.authorize(
            actor, Permission.EXPORT, "export", start=start.isoformat(),
            end=end.isoformat()).officer_id
        wanted = parse_formats(formats)
        if end < start:
            raise ExportInvalid("period_invalid",
                                f"the period ends ({end}) before it starts ({start})")
        if (end - start).days + 1 > MAX_DAYS:
            raise ExportInvalid("period_too_long",
                                f"at most {MAX_DAYS} days can be exported at once")
        data = self.load(start, end, gate)
        if "xlsx" in wanted and len(data.rows) > XLSX_MAX_ROWS:
            raise ExportInvalid("too_many_rows",
                                f"{len(data.rows)} rows do not fit an Excel sheet "
                                f"({XLSX_MAX_ROWS} at most): export a shorter period "
                                "as XLSX, or use CSV")
        key = self.counter.terminal_key()
        now = self.clock()
        info = ExportInfo(created_at=now, terminal=self.settings.terminal,
                          officer=actor, officer_names=self._officer_names())
        writers = self.writers or _writers()
        total = max(1, len(data.rows) * len(wanted))
        done = 0

        def tick(rows: int) -> None:
            nonlocal done
            done = min(total, done + rows)
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        stem = file_stem(data.gate, start, end)
        temps: list[Path] = []
        staged: list[tuple[Path, Path, ExportedFile]] = []  # (temp, final, file)
        try:
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _write_error(exc, out_dir) from exc
            for fmt in wanted:
                final = out_dir / f"{stem}.{fmt}"
                temp = _temp_name(final)
                temps.append(temp)
                before = done
                try:
                    rows = writers[fmt](data, temp, info, tick)
                    _fsync(temp)
                    sha, size = manifest.file_digest(temp)
                except OSError as exc:
                    raise _write_error(exc, final) from exc
                done = before + len(data.rows)  # whatever the writer reported
                fields = {
                    "file": final.name, "sha256": sha, "size": size, "format": fmt,
                    "gate": data.gate,
                    "period": {"from": start.isoformat(), "to": end.isoformat()},
                    "timezone": data.timezone, "rows": rows,
                    "crossings": data.crossings,
                    "created_at": now.astimezone(UTC).isoformat(timespec="seconds")
                    .replace("+00:00", "Z"),
                    "terminal": self.settings.terminal, "officer": actor,
                }
                body = manifest.build(fields, key)
                final_manifest = manifest.manifest_path(final)
                temp_manifest = _temp_name(final_manifest)
                temps.append(temp_manifest)
                try:
                    _write_bytes(temp_manifest, manifest.dumps(body))
                except OSError as exc:
                    raise _write_error(exc, final_manifest) from exc
                exported = ExportedFile(fmt, final, final_manifest, sha, size, rows)
                staged += [(temp, final, exported), (temp_manifest, final_manifest,
                                                     exported)]
            placed = self._place(staged)
        except BaseException:
            for temp in temps:
                temp.unlink(missing_ok=True)
            raise
        files = [f for _, final, f in staged if final == f.path]
        try:
            self.counter.log_event(
                AUDIT_ACTION, actor=actor, gate=data.gate, start=start.isoformat(),
                end=end.isoformat(), formats=wanted, rows=len(data.rows),
                crossings=data.crossings, key_id=key.key_id,
                files=[{"name": f.path.name, "format": f.format, "sha256": f.sha256,
                        "size": f.size, "rows": f.rows} for f in files])
        except BaseException:
            for path in placed:
                path.unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(total, total)
        log.info("exported %s %s..%s as %s (%d rows) by %s", data.gate, start, end,
                 ",".join(wanted), len(data.rows), actor)
        return files

    @staticmethod
    def _place(staged: list[tuple[Path, Path, ExportedFile]]) -> list[Path]:
        placed: list[Path] = []
        try:
            for temp, final, _ in staged:
                os.replace(temp, final)
                placed.append(final)
        except OSError as exc:
            for path in placed:
                path.unlink(missing_ok=True)
            raise _write_error(exc, staged[len(placed)][1]) from exc
        if staged:
            _fsync_dir(staged[0][1].parent)
        return placed

    def _officer_names(self) -> dict[str, str]:
        try:
            return {o.officer_id: o.name for o in OfficerStore(self.db).all()}
        except Exception:  # noqa: BLE001 - names are a nicety of the PDF
            log.warning("officer names unavailable for the export", exc_info=True)
            return {}

    # -- verify ---------------------------------------------------------------------

    def verify(self, path: Path) -> Verification:
        """Check an exported file (or its manifest) against the signed manifest and
        the gate's trusted terminal keys (this terminal's own key included)."""
        self.counter.terminal_key()  # our own key is always trusted
        return manifest.verify(path, self.counter.keys.all())


def _temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}.{os.urandom(4).hex()}.partial")


def _write_bytes(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_error(exc: OSError, path: Path) -> ExportError:
    where = path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportFull(f"The disk is full: the export to {where} was not written "
                          "(no file was left behind); free some space or choose "
                          "another folder", detail=str(exc))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ExportReadOnly(f"Cannot write to {where}: {exc.strerror}; choose "
                              "another folder", detail=str(exc))
    return ExportError(f"Cannot write the export to {where}: {exc}", detail=str(exc))


__all__ = ["FORMATS", "ExportError", "ExportFull", "ExportInvalid", "ExportReadOnly",
           "ExportService", "ExportedFile", "FontUnavailable", "Verification",
           "file_stem", "parse_formats"]
