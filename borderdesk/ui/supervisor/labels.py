"""Texts of the supervision window for codes: the portal's refusal codes, audit
actions, review states, chain problems, export verifications, permissions.

The same pattern as :mod:`borderdesk.ui.messages`: English sources marked with
``QT_TRANSLATE_NOOP`` (so ``pyside6-lupdate`` extracts them), translated when shown.
A code this version has no text for shows the portal's (or the log's) own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from borderdesk.ui import messages


_CTX = "Supervision"

# -- the portal's refusal codes (sync/protocol.py ERROR_CODES, sync/portal/ingest.py) --

PORTAL_CODES: dict[str, str] = {
    # message level: what a batch answers for one message
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "Supervision",
        "The record's content no longer matches its fingerprint: it was damaged in "
        "storage or on the way.",
    ),
    "payload_invalid": QT_TRANSLATE_NOOP(
        "Supervision", "The portal found the record invalid: {details}."
    ),
    "wrong_gate": QT_TRANSLATE_NOOP(
        "Supervision",
        "The record names another border gate than the one this terminal is "
        "enrolled for ({reason}).",
    ),
    "id_conflict": QT_TRANSLATE_NOOP(
        "Supervision",
        "The portal already holds a different record under the same id.",
    ),
    "unknown_reference": QT_TRANSLATE_NOOP(
        "Supervision",
        "The portal does not hold the record this correction or cancellation refers "
        "to.",
    ),
    "already_superseded": QT_TRANSLATE_NOOP(
        "Supervision",
        "The portal's record was already corrected or cancelled ({reason}).",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Supervision", "The record is larger than the portal accepts."
    ),
    # request level (the portal refused the whole request)
    "bad_request": QT_TRANSLATE_NOOP(
        "Supervision", "The portal could not read the request."
    ),
    "unsupported_protocol": QT_TRANSLATE_NOOP(
        "Supervision",
        "The portal speaks another version of the sync protocol: update BorderDesk.",
    ),
    "unauthenticated": QT_TRANSLATE_NOOP(
        "Supervision", "The portal did not accept this terminal's signature."
    ),
    "unknown_terminal": QT_TRANSLATE_NOOP(
        "Supervision",
        "The portal does not know this terminal (not enrolled, or its key was "
        "revoked).",
    ),
    "replayed": QT_TRANSLATE_NOOP(
        "Supervision",
        "The portal refused the request as a replay: check this computer's clock.",
    ),
    "digest_mismatch": QT_TRANSLATE_NOOP(
        "Supervision", "The request was damaged on the way to the portal."
    ),
    "batch_in_progress": QT_TRANSLATE_NOOP(
        "Supervision", "The portal was still processing the same batch."
    ),
    "idempotency_key_reused": QT_TRANSLATE_NOOP(
        "Supervision", "The portal saw the same batch number for another batch."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Supervision", "The portal asked the terminal to slow down."
    ),
    "unavailable": QT_TRANSLATE_NOOP(
        "Supervision", "The portal was temporarily unavailable."
    ),
    "enrolment_code_invalid": QT_TRANSLATE_NOOP(
        "Supervision", "The enrolment code is unknown, used or expired."
    ),
}

# The reasons the portal gives with payload_invalid (comma-separated; ingest.py).
PAYLOAD_REASONS: dict[str, str] = {
    "function_unknown": QT_TRANSLATE_NOOP("Supervision", "unknown message kind"),
    "payload_not_an_object": QT_TRANSLATE_NOOP("Supervision", "the record is empty"),
    "crossing_id_required": QT_TRANSLATE_NOOP("Supervision", "the record has no id"),
    "crossing_id_mismatch": QT_TRANSLATE_NOOP(
        "Supervision", "the record's id differs from the message's"
    ),
    "ref_invalid": QT_TRANSLATE_NOOP(
        "Supervision", "the corrected record's id is not valid"
    ),
    "ref_required": QT_TRANSLATE_NOOP(
        "Supervision", "a correction must name the record it corrects"
    ),
    "supersedes_mismatch": QT_TRANSLATE_NOOP(
        "Supervision", "the correction names another record than the message"
    ),
    "supersedes_unexpected": QT_TRANSLATE_NOOP(
        "Supervision", "a first record cannot correct another one"
    ),
    "reference_mismatch": QT_TRANSLATE_NOOP(
        "Supervision", "the cancellation names another record than the message"
    ),
    "time_in_future": QT_TRANSLATE_NOOP(
        "Supervision",
        "the crossing time is in the future for the portal (check this computer's "
        "clock)",
    ),
    "birth_date_in_future": QT_TRANSLATE_NOOP(
        "Supervision", "the date of birth is after the crossing time"
    ),
    "birth_date_implausible": QT_TRANSLATE_NOOP(
        "Supervision", "the date of birth gives an implausible age"
    ),
    "expiry_before_birth": QT_TRANSLATE_NOOP(
        "Supervision", "the document expires before the date of birth"
    ),
    "persons_missing": QT_TRANSLATE_NOOP("Supervision", "the crossing has no person"),
    "refusal_reason_required": QT_TRANSLATE_NOOP(
        "Supervision", "a refusal has no reason in the notes"
    ),
    "country_unknown": QT_TRANSLATE_NOOP("Supervision", "an unknown country code"),
    "gate_unknown": QT_TRANSLATE_NOOP("Supervision", "an unknown border gate code"),
    "document_number_invalid": QT_TRANSLATE_NOOP(
        "Supervision", "the document number is not valid"
    ),
    "cccd_number_invalid": QT_TRANSLATE_NOOP(
        "Supervision", "the ID card number is not valid"
    ),
    "name_missing": QT_TRANSLATE_NOOP("Supervision", "a name is missing"),
    "driver_count": QT_TRANSLATE_NOOP(
        "Supervision", "a vehicle needs exactly one driver"
    ),
    "vehicle_required": QT_TRANSLATE_NOOP(
        "Supervision", "the vehicle's details are missing"
    ),
}
# "required:time_utc", "too_long:reason", "unknown_key:extra"...: a rule about a field.
FIELD_REASONS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Supervision", "“{field}” is missing"),
    "too_long": QT_TRANSLATE_NOOP("Supervision", "“{field}” is too long"),
    "unknown_key": QT_TRANSLATE_NOOP("Supervision", "unknown entry “{field}”"),
    "date_invalid": QT_TRANSLATE_NOOP("Supervision", "“{field}” is not a valid date"),
    "time_without_zone": QT_TRANSLATE_NOOP(
        "Supervision", "“{field}” has no time zone"
    ),
}
PAYLOAD_INVALID_BARE = QT_TRANSLATE_NOOP(
    "Supervision", "The portal found the record invalid."
)
PORTAL_REASON = QT_TRANSLATE_NOOP("Supervision", "The portal said: {reason}")
NO_REASON = QT_TRANSLATE_NOOP("Supervision", "The portal gave no reason.")

# -- what a message does, and where the review stands -------------------------------

FUNCTIONS: dict[str, str] = {
    "declare": QT_TRANSLATE_NOOP("Supervision", "Declaration"),
    "amend": QT_TRANSLATE_NOOP("Supervision", "Correction"),
    "cancel": QT_TRANSLATE_NOOP("Supervision", "Cancellation"),
}
REVIEW_STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Supervision", "To review"),
    "corrected": QT_TRANSLATE_NOOP("Supervision", "Corrected"),
    "cancelled": QT_TRANSLATE_NOOP("Supervision", "Cancelled"),
}
CORRECTED_AS = QT_TRANSLATE_NOOP(
    "Supervision", "Corrected: version {version}, {state}"
)

# -- audit actions (what the code writes: storage, services, sync, exports) ---------

ACTIONS: dict[str, str] = {
    "crossing.recorded": QT_TRANSLATE_NOOP("Supervision", "Crossing recorded"),
    "crossing.amended": QT_TRANSLATE_NOOP("Supervision", "Crossing corrected"),
    "crossing.cancelled": QT_TRANSLATE_NOOP("Supervision", "Crossing cancelled"),
    "crossing.flagged": QT_TRANSLATE_NOOP("Supervision", "Watch-list hit recorded"),
    "officer.created": QT_TRANSLATE_NOOP("Supervision", "Officer registered"),
    "officer.signed_in": QT_TRANSLATE_NOOP("Supervision", "Signed in"),
    "officer.sign_in_refused": QT_TRANSLATE_NOOP("Supervision", "Sign-in refused"),
    "officer.session_locked": QT_TRANSLATE_NOOP("Supervision", "Counter locked"),
    "officer.session_unlocked": QT_TRANSLATE_NOOP("Supervision", "Counter unlocked"),
    "officer.unlock_refused": QT_TRANSLATE_NOOP("Supervision", "Unlock refused"),
    "officer.signed_out": QT_TRANSLATE_NOOP("Supervision", "Signed out"),
    "officer.disabled": QT_TRANSLATE_NOOP("Supervision", "Officer disabled"),
    "officer.enabled": QT_TRANSLATE_NOOP("Supervision", "Officer re-enabled"),
    "officer.pin_reset": QT_TRANSLATE_NOOP("Supervision", "PIN reset"),
    "officer.unlocked": QT_TRANSLATE_NOOP("Supervision", "Officer lockout lifted"),
    "officer.role_changed": QT_TRANSLATE_NOOP("Supervision", "Officer role changed"),
    "permission.denied": QT_TRANSLATE_NOOP("Supervision", "Permission refused"),
    "terminal.enrolled": QT_TRANSLATE_NOOP("Supervision", "Terminal enrolled"),
    "key.trusted": QT_TRANSLATE_NOOP("Supervision", "Key trusted"),
    "key.revoked": QT_TRANSLATE_NOOP("Supervision", "Key revoked"),
    "db.backup": QT_TRANSLATE_NOOP("Supervision", "Database backed up"),
    "export.created": QT_TRANSLATE_NOOP("Supervision", "Log exported"),
}

# What an audit entry is about (its ``entity``).
ENTITIES: dict[str, str] = {
    "crossing": QT_TRANSLATE_NOOP("Supervision", "crossing"),
    "officer": QT_TRANSLATE_NOOP("Supervision", "officer"),
    "terminal": QT_TRANSLATE_NOOP("Supervision", "terminal"),
    "key": QT_TRANSLATE_NOOP("Supervision", "key"),
    "permission": QT_TRANSLATE_NOOP("Supervision", "permission"),
}

# -- the hash chain (storage/audit.py ChainReport.problem) ---------------------------

CHAIN_INTACT = QT_TRANSLATE_NOOP(
    "Supervision", "The chain is intact: {entries} entries verified."
)
CHAIN_PROBLEMS: dict[str, str] = {
    "edited": QT_TRANSLATE_NOOP(
        "Supervision",
        "Entry #{seq} was changed after it was written: its content no longer "
        "matches its hash.",
    ),
    "broken_link": QT_TRANSLATE_NOOP(
        "Supervision",
        "The chain is broken at entry #{seq}: it does not follow the entry before it.",
    ),
    "missing_entries": QT_TRANSLATE_NOOP(
        "Supervision", "Entries are missing from #{seq} on (deleted)."
    ),
    "tail_deleted": QT_TRANSLATE_NOOP(
        "Supervision", "The newest entries, from #{seq} on, were deleted."
    ),
}
CHAIN_PROBLEM_UNKNOWN = QT_TRANSLATE_NOOP(
    "Supervision", "The chain does not verify at entry #{seq} ({problem})."
)

# -- export verification (exports/manifest.py statuses) ------------------------------

EXPORT_CHECKS: dict[str, str] = {
    "intact": QT_TRANSLATE_NOOP(
        "Supervision",
        "Intact: the file matches its manifest, signed by a trusted terminal key.",
    ),
    "altered": QT_TRANSLATE_NOOP(
        "Supervision",
        "ALTERED: the file's content differs from the one the manifest was signed "
        "for.",
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Supervision",
        "BAD SIGNATURE: the manifest was changed after signing, or forged.",
    ),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "Supervision",
        "UNKNOWN SIGNER: the manifest is signed by a key this terminal does not trust.",
    ),
    "revoked_signer": QT_TRANSLATE_NOOP(
        "Supervision", "REVOKED SIGNER: the manifest is signed by a revoked key."
    ),
    "signer_mismatch": QT_TRANSLATE_NOOP(
        "Supervision",
        "SIGNER MISMATCH: the signing key belongs to another gate or terminal than the "
        "manifest names.",
    ),
    "missing_file": QT_TRANSLATE_NOOP("Supervision", "The exported file is missing."),
    "missing_manifest": QT_TRANSLATE_NOOP(
        "Supervision", "There is no manifest beside the file: it cannot be verified."
    ),
    "invalid_manifest": QT_TRANSLATE_NOOP(
        "Supervision", "The manifest cannot be read."
    ),
}
EXPORT_ERRORS: dict[str, str] = {
    "format_unknown": QT_TRANSLATE_NOOP("Supervision", "Choose at least one format."),
    "period_invalid": QT_TRANSLATE_NOOP(
        "Supervision", "The period ends before it starts."
    ),
    "period_too_long": QT_TRANSLATE_NOOP(
        "Supervision", "At most {days} days can be exported at once."
    ),
    "font_unavailable": QT_TRANSLATE_NOOP(
        "Supervision",
        "No font with Vietnamese letters is installed for the PDF: ask the technician "
        "to install fonts-noto-core.",
    ),
    "export_failed": QT_TRANSLATE_NOOP(
        "Supervision", "The export could not be written; no file was left behind."
    ),
}

# -- officers ------------------------------------------------------------------------

ROLES: dict[str, str] = {
    "guard": QT_TRANSLATE_NOOP("Supervision", "Guard"),
    "supervisor": QT_TRANSLATE_NOOP("Supervision", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Supervision", "Administrator"),
}
OFFICER_ERRORS: dict[str, str] = {
    "officer_id_invalid": QT_TRANSLATE_NOOP(
        "Supervision",
        "The officer ID is 2 to 32 letters, digits, dots, dashes or underscores.",
    ),
    "name_missing": QT_TRANSLATE_NOOP("Supervision", "Enter the officer's full name."),
    "name_too_long": QT_TRANSLATE_NOOP("Supervision", "The name is too long."),
    "role_invalid": QT_TRANSLATE_NOOP("Supervision", "Choose a role."),
    "pin_too_short": QT_TRANSLATE_NOOP(
        "Supervision", "The PIN needs at least 6 characters."
    ),
    "pin_too_long": QT_TRANSLATE_NOOP("Supervision", "The PIN is too long."),
    "first_officer_not_admin": QT_TRANSLATE_NOOP(
        "Supervision", "The first officer of a terminal must be an administrator."
    ),
    "own_account": QT_TRANSLATE_NOOP(
        "Supervision",
        "You cannot disable your own account or change your own role.",
    ),
    "officer_unknown": QT_TRANSLATE_NOOP("Supervision", "There is no such officer."),
    "officer_exists": QT_TRANSLATE_NOOP(
        "Supervision", "An officer with this ID already exists."
    ),
    "pins_differ": QT_TRANSLATE_NOOP("Supervision", "The two PINs differ."),
}

# -- permissions ---------------------------------------------------------------------

DENIED = QT_TRANSLATE_NOOP(
    "Supervision",
    "You are not allowed to do this (your role lacks “{permission}”). The refusal "
    "was written to the audit log.",
)
DENIED_NOBODY = QT_TRANSLATE_NOOP(
    "Supervision", "Nobody is signed in, or the account was disabled."
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def _format(source: str, params: Mapping[str, Any]) -> str:
    return messages.format_translated(_CTX, source, params)


def _payload_reason(part: str) -> str:
    code, _, field = part.partition(":")
    if field and code in FIELD_REASONS:
        return _format(FIELD_REASONS[code], {"field": messages.field_label(field)})
    source = PAYLOAD_REASONS.get(code)
    return _tr(source) if source else part


def portal_reason(code: str | None, reason: str | None) -> str:
    """The portal's answer in plain words: the code's sentence, else the portal's
    own reason text."""
    reason = (reason or "").strip()
    source = PORTAL_CODES.get(code or "")
    if source is None:
        if reason:
            return _format(PORTAL_REASON, {"reason": reason})
        return messages.unknown_code_text(code) if code else _tr(NO_REASON)
    if code == "payload_invalid":
        parts = [p for p in reason.split(",") if p.strip()]
        if not parts:
            return _tr(PAYLOAD_INVALID_BARE)
        details = "; ".join(_payload_reason(p.strip()) for p in parts)
        return _format(source, {"details": details})
    return _format(source, {"reason": reason or "-"})


def function_label(function: str) -> str:
    source = FUNCTIONS.get(function)
    return _tr(source) if source else function


def review_status_label(status: str) -> str:
    source = REVIEW_STATUS.get(status)
    return _tr(source) if source else status


def corrected_as(version: int, sync_state: str) -> str:
    return _format(CORRECTED_AS, {"version": version,
                                  "state": messages.sync_state_label(sync_state)})


def action_label(action: str) -> str:
    """The audit action's label in the current language (the code if unknown)."""
    source = ACTIONS.get(action)
    return _tr(source) if source else action


def entity_label(entity: str) -> str:
    """What an audit entry is about, in the current language (the code if
    unknown)."""
    source = ENTITIES.get(entity)
    return _tr(source) if source else entity


def chain_text(report: Any) -> str:
    """A :class:`~borderdesk.storage.audit.ChainReport` in plain words."""
    if report.ok:
        return _format(CHAIN_INTACT, {"entries": report.entries})
    source = CHAIN_PROBLEMS.get(report.problem or "")
    params = {"seq": report.first_bad, "problem": report.problem}
    return _format(source or CHAIN_PROBLEM_UNKNOWN, params)


def export_check_text(status: str, fallback: str = "") -> str:
    source = EXPORT_CHECKS.get(status)
    return _tr(source) if source else (fallback or status)


def export_error_text(code: str, **params: Any) -> str:
    source = EXPORT_ERRORS.get(code)
    return _format(source, params) if source else messages.unknown_code_text(code)


def role_label(role: str) -> str:
    source = ROLES.get(str(role))
    return _tr(source) if source else str(role)


def officer_error_text(code: str) -> str:
    source = OFFICER_ERRORS.get(code)
    return _tr(source) if source else messages.unknown_code_text(code)


def denied_text(exc: Any) -> str:
    """A :class:`~borderdesk.services.PermissionDenied` in plain words."""
    if getattr(exc, "reason", "role") != "role":
        return _tr(DENIED_NOBODY)
    return _format(DENIED, {"permission": str(getattr(exc, "permission", ""))})
