"""Who may do what: the permissions of the three officer roles (pure, no storage).

Every operation the services offer to the window and to the command line needs one
:class:`Permission`; :func:`allowed` says whether a role holds it. The check itself,
and the audit entry of every refusal, is the service layer's
(:class:`borderdesk.services.PermissionGate`): a hidden button is not a permission.

The role matrix (``✓`` held, ``–`` not held)::

    permission         guard  supervisor  admin  covers
    record               ✓        ✓         ✓    a crossing in one's own name
    record_for_others    –        ✓         ✓    crossings naming another officer
                                                 (re-importing a day's list)
    find                 ✓        ✓         ✓    search by document number or name
    view_day             ✓        ✓         ✓    a day's crossings (Today, ``list``)
    receipt              ✓        ✓         ✓    the signed receipt of a crossing
    amend_own            ✓        ✓         ✓    amend one's own crossing of today
    cancel_own           ✓        ✓         ✓    cancel one's own crossing of today
    sync                 ✓        ✓         ✓    run the sync, see its state
    amend_any            –        ✓         ✓    amend any crossing
    cancel_any           –        ✓         ✓    cancel any crossing
    review               –        ✓         ✓    crossings flagged by the watch list
    export               –        ✓         ✓    export a day's log (files that
                                                 leave the terminal)
    view_audit           –        ✓         ✓    read and verify the audit log and
                                                 the database (``db check``)
    view_officers        –        ✓         ✓    the list of officers
    manage_officers      –        –         ✓    create, disable, re-enable, unlock,
                                                 reset a PIN, change a role
    enrol                –        –         ✓    enrol the terminal with the portal
    db_backup            –        –         ✓    back the database up
    demo_data            –        –         ✓    fill a database with made-up data

"Own crossing of today" is :func:`change_permission`'s rule: the crossing names the
acting officer and its gate day is today. Anything else needs the ``*_any``
permission.

Signing in, locking and unlocking the screen and signing out need no permission (they
are authentication); the first officer of an empty database (always an admin) is
registered without one, since nobody could hold it yet.
"""

from __future__ import annotations

import enum
from datetime import date
from types import MappingProxyType

from borderdesk.core.model import OfficerRole, normalize_officer_id


class Permission(enum.StrEnum):
    RECORD = "record"
    RECORD_FOR_OTHERS = "record_for_others"
    FIND = "find"
    VIEW_DAY = "view_day"
    RECEIPT = "receipt"
    AMEND_OWN = "amend_own"
    CANCEL_OWN = "cancel_own"
    SYNC = "sync"
    AMEND_ANY = "amend_any"
    CANCEL_ANY = "cancel_any"
    REVIEW = "review"
    EXPORT = "export"
    VIEW_AUDIT = "view_audit"
    VIEW_OFFICERS = "view_officers"
    MANAGE_OFFICERS = "manage_officers"
    ENROL = "enrol"
    DB_BACKUP = "db_backup"
    DEMO_DATA = "demo_data"


_GUARD = frozenset({
    Permission.RECORD, Permission.FIND, Permission.VIEW_DAY, Permission.RECEIPT,
    Permission.AMEND_OWN, Permission.CANCEL_OWN, Permission.SYNC,
})
_SUPERVISOR = _GUARD | {
    Permission.RECORD_FOR_OTHERS, Permission.AMEND_ANY, Permission.CANCEL_ANY,
    Permission.REVIEW, Permission.EXPORT, Permission.VIEW_AUDIT,
    Permission.VIEW_OFFICERS,
}
_ADMIN = _SUPERVISOR | {
    Permission.MANAGE_OFFICERS, Permission.ENROL, Permission.DB_BACKUP,
    Permission.DEMO_DATA,
}

#: Role -> the permissions it holds. Each role holds everything of the one below it.
MATRIX: MappingProxyType[OfficerRole, frozenset[Permission]] = MappingProxyType({
    OfficerRole.GUARD: _GUARD,
    OfficerRole.SUPERVISOR: frozenset(_SUPERVISOR),
    OfficerRole.ADMIN: frozenset(_ADMIN),
})


def allowed(role: OfficerRole | str, permission: Permission | str) -> bool:
    """True if ``role`` holds ``permission``; False for an unknown role or
    permission (never raises: a typo refuses rather than grants)."""
    try:
        return Permission(permission) in MATRIX[OfficerRole(role)]
    except (ValueError, KeyError):
        return False


def permissions_of(role: OfficerRole | str) -> frozenset[Permission]:
    """Every permission ``role`` holds (empty for an unknown role)."""
    try:
        return MATRIX[OfficerRole(role)]
    except (ValueError, KeyError):
        return frozenset()


class Change(enum.StrEnum):
    """A change to a stored crossing."""

    AMEND = "amend"
    CANCEL = "cancel"


def is_own(officer_id: str, crossing_officer: str, crossing_day: date,
           today: date) -> bool:
    """The crossing names ``officer_id`` and its gate day is ``today``."""
    return (normalize_officer_id(officer_id) == normalize_officer_id(crossing_officer)
            and crossing_day == today)


def change_permission(change: Change | str, officer_id: str, crossing_officer: str,
                      crossing_day: date, today: date) -> Permission:
    """The permission that amending or cancelling a crossing needs: ``*_own`` for the
    acting officer's own crossing of today, ``*_any`` otherwise."""
    own = is_own(officer_id, crossing_officer, crossing_day, today)
    if Change(change) is Change.AMEND:
        return Permission.AMEND_OWN if own else Permission.AMEND_ANY
    return Permission.CANCEL_OWN if own else Permission.CANCEL_ANY


def record_permission(officer_id: str, crossing_officer: str) -> Permission:
    """Saving a crossing in one's own name needs ``record``; naming another officer
    needs ``record_for_others``. A crossing naming nobody is the actor's own (the
    validation refuses it anyway)."""
    theirs = normalize_officer_id(crossing_officer)
    if not theirs or theirs == normalize_officer_id(officer_id):
        return Permission.RECORD
    return Permission.RECORD_FOR_OTHERS


def matrix_rows() -> list[tuple[Permission, dict[OfficerRole, bool]]]:
    """The matrix as rows (for documentation and tests), in :class:`Permission`
    order."""
    return [(p, {role: p in held for role, held in MATRIX.items()})
            for p in Permission]
