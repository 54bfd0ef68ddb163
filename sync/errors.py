"""How a request to the portal can fail, from the outbox's point of view.

- :class:`TransientError` — try again later, with backoff (network down, timeout on a
  read, 408/429/5xx, a page that is not from the portal). ``unprocessed`` is True when
  the portal certainly did not act on the request (it said so with a protocol 429/503,
  or the connection was never made): a write's messages go back to ``pending``.
- :class:`OutcomeUnknown` — a transient failure of a *write* after it may have reached
  the portal (timeout, reset, a non-protocol answer): its messages stay ``sent`` and
  are resent with the same ids, which the portal deduplicates.
- :class:`TooLarge` — 413: split the batch.
- :class:`RejectedError` — any other 4xx with the protocol marker: never retried
  automatically (:class:`AuthError` for 401/403: enrolment or clock problems).
"""

from __future__ import annotations


class SyncError(Exception):
    """Base class; ``code`` is stable (a protocol error code or one of ours)."""

    def __init__(self, code: str, message: str = "", *,
                 status: int | None = None) -> None:
        super().__init__(message or code)
        self.code = code
        self.status = status

    @property
    def message(self) -> str:
        return str(self)


class TransientError(SyncError):
    def __init__(self, code: str, message: str = "", *, status: int | None = None,
                 retry_after: float | None = None, unprocessed: bool = False) -> None:
        super().__init__(code, message, status=status)
        self.retry_after = retry_after
        self.unprocessed = unprocessed


class OutcomeUnknown(TransientError):
    """A write whose effect at the portal is unknown; resend with the same ids."""


class TooLarge(SyncError):
    """413: too many messages or bytes in one request."""


class RejectedError(SyncError):
    """A request the portal refused; retrying the same request cannot help."""


class AuthError(RejectedError):
    """401/403: not enrolled, revoked, clock outside the replay window, bad digest."""


class NotEnrolled(SyncError):
    """The terminal has no enrolment with a portal yet."""

    def __init__(self,
                 message: str = "the terminal is not enrolled with a portal") -> None:
        super().__init__("not_enrolled", message)
