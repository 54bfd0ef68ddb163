"""What the portal does with each message of a batch (inside the batch's transaction).

Every message gets exactly one :class:`~sync.protocol.Result`, and one bad message never
fails the others. The order of the checks:

1. envelope: known function, an object payload, ``payload_sha256`` equal to the SHA-256
   of the payload's canonical JSON (else ``rejected``/``hash_mismatch``);
2. the message id: held with the same hash → ``duplicate`` (a success: the retry of a
   message already stored); held with another hash → ``conflict``/``id_conflict``;
3. the function:

   - ``01`` declare: the payload reads as a crossing (``crossing_from_dict``), its id is
     the message's ``crossing_id``, it is a first version, its gate is the terminal's
     gate (else ``wrong_gate``) and it validates without an ERROR finding *at its own
     time*, so a record kept offline for weeks is judged as it was when it was made.
     A crossing id already held under another message: same hash → ``duplicate``,
     other hash → ``conflict``/``id_conflict``;
   - ``02`` amend: the same, and ``payload.supersedes`` equals ``ref``; the crossing
     ``ref`` must be held at this gate (else ``unknown_reference``) and be neither
     amended nor cancelled already (else ``conflict``/``already_superseded``). A
     *correction of a refused record* is the exception: when ``ref`` is not held but
     this gate's declaration (or amendment) carrying it was rejected, the amendment
     is held as the crossing's current version (superseding the held version the
     refused amendment named, if any). A supervisor corrects what the portal
     refused this way; the refused version, sent again later, is then answered
     ``conflict``/``already_superseded``;
   - ``03`` cancel: the payload is ``{"crossing_id", "reason", "cancelled_at",
     "officer"}`` naming ``ref``; the crossing must be held at this gate and be
     current.

Refusals (``rejected``/``conflict``) are logged but never remembered as the message's
fate: sent again, a refused message is judged again (an amendment that arrived before
its original succeeds once the original is held).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from borderdesk.core import jsontext
from borderdesk.core.codec import CrossingFormatError, crossing_from_dict
from borderdesk.core.model import Crossing
from borderdesk.core.validation import Severity, validate
from sync.portal.store import PortalStore, StoredCrossing, StoredMessage
from sync.protocol import Function, Result, Status, canonical_json

#: ``validate`` runs at the crossing's own time plus this margin.
VALIDATION_MARGIN = timedelta(minutes=1)
#: A crossing stamped further ahead of the portal's clock than this is refused.
FUTURE_LIMIT = timedelta(days=1)
MAX_ID_LENGTH = 200
MAX_CANCEL_REASON = 2000
#: Refused versions followed back through a chain of corrections at most.
MAX_REFUSED_CHAIN = 20
_CANCEL_KEYS = {"crossing_id", "reason", "cancelled_at", "officer"}
_REQUIRED_CROSSING_KEYS = ("id", "time_utc", "gate", "terminal", "officer")


@dataclass(frozen=True, slots=True)
class Sender:
    """The authenticated terminal a batch came from."""

    key_id: str
    gate: str
    terminal: str

    @property
    def name(self) -> str:
        return f"{self.gate}/{self.terminal}"


def canonical_request(doc: dict[str, Any], messages: list[dict[str, Any]]
                      ) -> tuple[bytes, list[str | None]]:
    """The canonical form of the whole request (its SHA-256 is the batch's idempotency
    fingerprint), and the canonical text of each message's payload (``None`` for a
    message without one), whose SHA-256 must equal the message's ``payload_sha256``."""
    payloads = [canonical_json(m["payload"]) if "payload" in m else None
                for m in messages]
    return jsontext.canonical_bytes(doc), payloads


class BatchShapeError(ValueError):
    """The batch as a whole is malformed (answered with 400, nothing stored)."""


def check_shape(messages: Any, max_messages: int) -> list[dict[str, Any]]:
    """The message list, if every item is an object with a usable, unique message id.

    Raises BatchShapeError otherwise (the batch cannot be answered id by id). A batch
    with more than ``max_messages`` raises OverflowError (413).
    """
    if not isinstance(messages, list):
        raise BatchShapeError("messages must be a list")
    if len(messages) > max_messages:
        raise OverflowError(f"at most {max_messages} messages per batch")
    seen: set[str] = set()
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            raise BatchShapeError(f"messages[{i}] is not an object")
        mid = m.get("message_id")
        if not isinstance(mid, str) or not mid or len(mid) > MAX_ID_LENGTH:
            raise BatchShapeError(f"messages[{i}].message_id is missing or invalid")
        if mid in seen:
            raise BatchShapeError(f"message id {mid!r} appears twice in the batch")
        seen.add(mid)
    return messages


class _Refused(Exception):
    def __init__(self, status: Status, code: str, reason: str | None = None) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.reason = reason


def _rejected(code: str, reason: str | None = None) -> _Refused:
    return _Refused(Status.REJECTED, code, reason)


def _conflict(code: str, reason: str | None = None) -> _Refused:
    return _Refused(Status.CONFLICT, code, reason)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _codes(codes: Sequence[str]) -> str:
    return ",".join(dict.fromkeys(codes))


class _BatchView:
    """The store as one batch sees it: the messages, crossings and successors its
    messages name are read up front (one query each), and its new messages and
    crossings are written together (``executemany``) by :meth:`flush`, which runs
    before any read the up-front queries did not cover and before any update, so the
    database and this view always agree. The caller owns the transaction."""

    def __init__(self, store: PortalStore, messages: Sequence[dict[str, Any]] = ()
                 ) -> None:
        self.store = store
        mids = [m["message_id"] for m in messages]
        cids = [v for m in messages for v in (m.get("crossing_id"), m.get("ref"))
                if isinstance(v, str) and v]
        self._messages: dict[str, StoredMessage | None] = dict.fromkeys(mids)
        self._messages.update(store.messages(mids) if mids else {})
        self._crossings: dict[str, StoredCrossing | None] = dict.fromkeys(cids)
        self._crossings.update(store.crossings(cids) if cids else {})
        self._superseding: dict[str, str | None] = dict.fromkeys(cids)
        self._superseding.update(store.superseding_many(cids) if cids else {})
        self._new_messages: list[dict[str, Any]] = []
        self._new_crossings: list[dict[str, Any]] = []

    def flush(self) -> None:
        if self._new_crossings:
            self.store.add_crossings(self._new_crossings)
            self._new_crossings = []
        if self._new_messages:
            self.store.add_messages(self._new_messages)
            self._new_messages = []

    def message(self, message_id: str) -> StoredMessage | None:
        if message_id in self._messages:
            return self._messages[message_id]
        self.flush()
        return self.store.message(message_id)

    def crossing(self, crossing_id: str) -> StoredCrossing | None:
        if crossing_id in self._crossings:
            return self._crossings[crossing_id]
        self.flush()
        return self.store.crossing(crossing_id)

    def superseding(self, crossing_id: str) -> str | None:
        if crossing_id in self._superseding:
            return self._superseding[crossing_id]
        self.flush()
        return self.store.superseding(crossing_id)

    def add_message(self, **row: Any) -> None:
        self._new_messages.append(row)
        self._messages[row["message_id"]] = StoredMessage(
            row["message_id"], row["function"], row["crossing_id"],
            row["payload_sha256"], row["status"], row["gate"])

    def add_crossing(self, **row: Any) -> None:
        self._new_crossings.append(row)
        cid, old = row["crossing_id"], row["supersedes"]
        self._crossings[cid] = StoredCrossing(
            cid, row["gate"], row["message_id"], row["payload_sha256"], old, None, None)
        if old is not None and old in self._superseding \
                and self._superseding[old] is None:
            self._superseding[old] = cid

    def mark_superseded(self, crossing_id: str, by: str) -> None:
        self.flush()
        self.store.mark_superseded(crossing_id, by)
        held = self._crossings.get(crossing_id)
        if held is not None:
            self._crossings[crossing_id] = replace(held, superseded_by=by)

    def mark_cancelled(self, crossing_id: str, message_id: str) -> None:
        self.flush()
        self.store.mark_cancelled(crossing_id, message_id)
        held = self._crossings.get(crossing_id)
        if held is not None:
            self._crossings[crossing_id] = replace(held, cancelled_by=message_id)

    def add_refusal(self, **row: Any) -> None:
        self.store.add_refusal(**row)

    def refused_version(self, crossing_id: str, gate: str) -> dict[str, Any] | None:
        return self.store.refused_version(crossing_id, gate)  # refusals: not deferred


class BatchProcessor:
    """Applies one batch's messages to the store (the caller owns the transaction)."""

    def __init__(
        self, store: PortalStore, sender: Sender, batch_id: str, now: datetime
    ) -> None:
        self.store = _BatchView(store)
        self.sender = sender
        self.batch_id = batch_id
        self.now = now
        self._canonical = ""  # the canonical JSON of the message being judged

    def process(self, messages: list[dict[str, Any]],
                payload_texts: Sequence[str | None] | None = None) -> list[Result]:
        """``payload_texts``: each payload's canonical JSON when already computed
        (:func:`canonical_request`)."""
        self.store = _BatchView(self.store.store, messages)
        texts = payload_texts if payload_texts is not None else [None] * len(messages)
        results = [self._judged(m, t) for m, t in zip(messages, texts, strict=True)]
        self.store.flush()
        return results

    def one(self, m: dict[str, Any], payload_text: str | None = None) -> Result:
        result = self._judged(m, payload_text)
        self.store.flush()
        return result

    def _judged(self, m: dict[str, Any], payload_text: str | None) -> Result:
        mid = m["message_id"]
        digest = m.get("payload_sha256")
        try:
            return self._one(m, mid, payload_text)
        except _Refused as refused:
            self.store.add_refusal(
                message_id=mid,
                payload_sha256=digest if isinstance(digest, str) else None,
                status=str(refused.status),
                code=refused.code,
                reason=refused.reason,
                key_id=self.sender.key_id,
                terminal=self.sender.name,
                batch_id=self.batch_id,
                now=self.now,
                function=_text(m.get("function")),
                crossing_id=_text(m.get("crossing_id")),
                ref=_text(m.get("ref")),
            )
            return Result(mid, refused.status, refused.code, refused.reason)

    # -- the checks ----------------------------------------------------------------

    def _one(self, m: dict[str, Any], mid: str, payload_text: str | None = None
             ) -> Result:
        try:
            function = Function(str(m.get("function")))
        except ValueError:
            raise _rejected("payload_invalid", "function_unknown") from None
        payload = m.get("payload")
        if not isinstance(payload, dict):
            raise _rejected("payload_invalid", "payload_not_an_object")
        claimed = m.get("payload_sha256")
        # Serialised once: hashed here, stored as is below.
        self._canonical = (payload_text if payload_text is not None
                           else canonical_json(payload))
        actual = hashlib.sha256(self._canonical.encode("utf-8")).hexdigest()
        if claimed != actual:
            raise _rejected("hash_mismatch")
        held = self.store.message(mid)
        if held is not None:
            if held.payload_sha256 == actual:
                return Result(mid, Status.DUPLICATE)
            raise _conflict("id_conflict", "message_id")
        crossing_id = m.get("crossing_id")
        if not isinstance(crossing_id, str) or not crossing_id:
            raise _rejected("payload_invalid", "crossing_id_required")
        ref = m.get("ref")
        if ref is not None and not isinstance(ref, str):
            raise _rejected("payload_invalid", "ref_invalid")
        if function is Function.CANCEL:
            return self._cancel(mid, crossing_id, ref, payload, actual)
        return self._declare_or_amend(mid, function, crossing_id, ref, payload, actual)

    def _read(self, payload: dict[str, Any], crossing_id: str) -> Crossing:
        missing = [k for k in _REQUIRED_CROSSING_KEYS if payload.get(k) in (None, "")]
        if missing:
            raise _rejected(
                "payload_invalid", _codes([f"required:{k}" for k in missing])
            )
        try:
            crossing = crossing_from_dict(payload)
        except CrossingFormatError as exc:
            raise _rejected(
                "payload_invalid", _codes([f.code for f in exc.findings])
            ) from None
        if crossing.id != crossing_id:
            raise _rejected("payload_invalid", "crossing_id_mismatch")
        return crossing

    def _judge(self, crossing: Crossing) -> None:
        if crossing.gate != self.sender.gate:
            raise _rejected("wrong_gate", f"{crossing.gate} != {self.sender.gate}")
        if crossing.time_utc > self.now + FUTURE_LIMIT:
            raise _rejected("payload_invalid", "time_in_future")
        errors = [
            f.code
            for f in validate(crossing, crossing.time_utc + VALIDATION_MARGIN)
            if f.severity is Severity.ERROR
        ]
        if errors:
            raise _rejected("payload_invalid", _codes(errors))

    def _declare_or_amend(
        self,
        mid: str,
        function: Function,
        crossing_id: str,
        ref: str | None,
        payload: dict[str, Any],
        digest: str,
    ) -> Result:
        crossing = self._read(payload, crossing_id)
        if function is Function.DECLARE and crossing.supersedes is not None:
            raise _rejected("payload_invalid", "supersedes_unexpected")
        if function is Function.AMEND:
            if not ref:
                raise _rejected("payload_invalid", "ref_required")
            if crossing.supersedes != ref:
                raise _rejected("payload_invalid", "supersedes_mismatch")
        self._judge(crossing)
        existing = self.store.crossing(crossing_id)
        if existing is not None:
            if existing.payload_sha256 != digest:
                raise _conflict("id_conflict", "crossing_id")
            # The same crossing under another message id: the effect is already there.
            self._hold(mid, function, crossing_id, ref, payload, digest, "duplicate")
            return Result(mid, Status.DUPLICATE)
        later = self.store.superseding(crossing_id)
        if later is not None:  # a refused version, corrected since
            raise _conflict("already_superseded", f"superseded by {later}")
        if function is Function.AMEND:
            assert ref is not None
            replaced = self._reference(ref)
            if replaced is not None:
                self.store.mark_superseded(replaced, crossing_id)
        self.store.add_crossing(
            crossing_id=crossing_id,
            gate=crossing.gate,
            terminal=self.sender.name,
            message_id=mid,
            payload_sha256=digest,
            supersedes=crossing.supersedes,
            now=self.now,
        )
        self._hold(mid, function, crossing_id, ref, payload, digest, "accepted")
        return Result(mid, Status.ACCEPTED)

    def _reference(self, ref: str) -> str | None:
        """The held crossing an amendment replaces (held here and still current),
        or None for the correction of a refused record that replaces nothing held."""
        current = ref
        for _ in range(MAX_REFUSED_CHAIN):
            old = self.store.crossing(current)
            if old is not None:
                if old.gate != self.sender.gate:
                    raise _rejected("unknown_reference", ref)
                if old.superseded_by is not None:
                    raise _conflict("already_superseded",
                                    f"superseded by {old.superseded_by}")
                if old.cancelled_by is not None:
                    raise _conflict("already_superseded", "cancelled")
                return current
            # Not held: a correction of a version this gate sent and we rejected?
            refused = self.store.refused_version(current, self.sender.gate)
            if refused is None:
                raise _rejected("unknown_reference", ref)
            later = self.store.superseding(current)
            if later is not None:
                raise _conflict("already_superseded", f"superseded by {later}")
            if refused["function"] == str(Function.DECLARE):
                return None
            if not refused["ref"]:
                raise _rejected("unknown_reference", ref)
            current = refused["ref"]  # a refused amendment: what did it amend?
        raise _rejected("unknown_reference", ref)

    def _cancel(
        self,
        mid: str,
        crossing_id: str,
        ref: str | None,
        payload: dict[str, Any],
        digest: str,
    ) -> Result:
        problems = [f"unknown_key:{k}" for k in payload if k not in _CANCEL_KEYS]
        for key in ("crossing_id", "reason", "officer", "cancelled_at"):
            value = payload.get(key)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"required:{key}")
        if (
            isinstance(payload.get("reason"), str)
            and len(payload["reason"]) > MAX_CANCEL_REASON
        ):
            problems.append("too_long:reason")
        if isinstance(payload.get("cancelled_at"), str):
            try:
                stamp = datetime.fromisoformat(payload["cancelled_at"])
                if stamp.tzinfo is None:
                    problems.append("time_without_zone:cancelled_at")
            except ValueError:
                problems.append("date_invalid:cancelled_at")
        if problems:
            raise _rejected("payload_invalid", _codes(problems))
        target = ref or crossing_id
        if payload["crossing_id"] != target or crossing_id != target:
            raise _rejected("payload_invalid", "reference_mismatch")
        old = self.store.crossing(target)
        if old is None or old.gate != self.sender.gate:
            raise _rejected("unknown_reference", target)
        if old.cancelled_by is not None:
            earlier = self.store.message(old.cancelled_by)
            if earlier is not None and earlier.payload_sha256 == digest:
                self._hold(
                    mid, Function.CANCEL, target, ref, payload, digest, "duplicate"
                )
                return Result(mid, Status.DUPLICATE)
            raise _conflict("already_superseded", "cancelled")
        if old.superseded_by is not None:
            raise _conflict("already_superseded", f"superseded by {old.superseded_by}")
        self.store.mark_cancelled(target, mid)
        self._hold(mid, Function.CANCEL, target, ref, payload, digest, "accepted")
        return Result(mid, Status.ACCEPTED)

    def _hold(
        self,
        mid: str,
        function: Function,
        crossing_id: str,
        ref: str | None,
        payload: dict[str, Any],
        digest: str,
        status: str,
    ) -> None:
        self.store.add_message(
            message_id=mid,
            function=str(function),
            crossing_id=crossing_id,
            ref=ref,
            payload_sha256=digest,
            payload=self._canonical,
            status=status,
            key_id=self.sender.key_id,
            gate=self.sender.gate,
            terminal=self.sender.terminal,
            batch_id=self.batch_id,
            now=self.now,
        )
