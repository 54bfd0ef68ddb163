"""The role matrix (pure): who holds what, own-versus-any changes, and the table the
README documents."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from borderdesk.core.model import OfficerRole
from borderdesk.core.permissions import (
    MATRIX,
    Change,
    Permission,
    allowed,
    change_permission,
    matrix_rows,
    permissions_of,
    record_permission,
)

P = Permission
GUARD = {P.RECORD, P.FIND, P.VIEW_DAY, P.RECEIPT, P.AMEND_OWN, P.CANCEL_OWN, P.SYNC}
SUPERVISOR = GUARD | {P.RECORD_FOR_OTHERS, P.AMEND_ANY, P.CANCEL_ANY, P.REVIEW,
                      P.EXPORT, P.VIEW_AUDIT, P.VIEW_OFFICERS}
ADMIN = SUPERVISOR | {P.MANAGE_OFFICERS, P.ENROL, P.DB_BACKUP, P.DEMO_DATA}
EXPECTED = {OfficerRole.GUARD: GUARD, OfficerRole.SUPERVISOR: SUPERVISOR,
            OfficerRole.ADMIN: ADMIN}
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("role", list(OfficerRole))
@pytest.mark.parametrize("permission", list(Permission))
def test_the_matrix(role: OfficerRole, permission: Permission) -> None:
    assert allowed(role, permission) is (permission in EXPECTED[role])
    assert allowed(str(role), str(permission)) is (permission in EXPECTED[role])


def test_each_role_holds_everything_of_the_one_below() -> None:
    assert permissions_of("guard") < permissions_of("supervisor") < permissions_of(
        "admin") == frozenset(Permission)
    assert set(MATRIX) == set(OfficerRole)


@pytest.mark.parametrize(("role", "permission"), [
    ("chief", "record"), ("guard", "launch_missiles"), ("", ""), ("ADMIN", "record"),
])
def test_unknown_roles_and_permissions_grant_nothing(role: str, permission: str
                                                     ) -> None:
    assert not allowed(role, permission)
    assert permissions_of("chief") == frozenset()


TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("officer", "day", "amend", "cancel"), [
    ("BP0123", TODAY, P.AMEND_OWN, P.CANCEL_OWN),
    (" bp0123 ", TODAY, P.AMEND_OWN, P.CANCEL_OWN),  # ids compare normalised
    ("BP0456", TODAY, P.AMEND_ANY, P.CANCEL_ANY),  # someone else's
    ("BP0123", date(2026, 3, 9), P.AMEND_ANY, P.CANCEL_ANY),  # one's own, yesterday
])
def test_own_crossing_of_today(officer: str, day: date, amend: Permission,
                               cancel: Permission) -> None:
    assert change_permission(Change.AMEND, "BP0123", officer, day, TODAY) is amend
    assert change_permission("cancel", "BP0123", officer, day, TODAY) is cancel


def test_recording_in_another_officers_name() -> None:
    assert record_permission("BP0123", "bp0123") is P.RECORD
    assert record_permission("BP0123", "") is P.RECORD  # validation refuses it
    assert record_permission("BP0123", "GS0001") is P.RECORD_FOR_OTHERS


def test_the_readme_table_is_the_matrix() -> None:
    """README's role table lists every permission with the matrix's marks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        m = re.match(r"\| `([a-z_]+)` \| ([^|]+)\|([^|]+)\|([^|]+)\|", line)
        if m and m.group(1) in Permission.__members__.values():
            rows[m.group(1)] = tuple("✓" in m.group(i) for i in (2, 3, 4))
    assert rows == {str(p): (marks[OfficerRole.GUARD], marks[OfficerRole.SUPERVISOR],
                             marks[OfficerRole.ADMIN])
                    for p, marks in matrix_rows()}
