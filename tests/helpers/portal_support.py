"""Helpers for the reference-portal tests: terminals that enrol and send signed
requests, and message builders. Kept out of conftest.py so test modules import them
unambiguously (several conftest modules exist in one session)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers.builders import crossing_dict

from borderdesk.core.ids import new_id
from borderdesk.core.signed import b64encode, key_id, public_key_bytes
from sync.portal import admin
from sync.portal.server import PortalServer
from sync.protocol import (
    IDEMPOTENCY_HEADER,
    PATH_BATCH,
    PATH_ENROL,
    PROTOCOL,
    sha256_hex,
)
from sync.signing import sign


def crossing_payload(**overrides: Any) -> dict[str, Any]:
    """A valid crossing at MONGCAI in its JSON shape (new id each call)."""
    return crossing_dict(**overrides)


def message(
    function: str = "01",
    payload: dict[str, Any] | None = None,
    *,
    message_id: str | None = None,
    crossing_id: str | None = None,
    ref: str | None = None,
    sha: str | None = None,
) -> dict[str, Any]:
    payload = crossing_payload() if payload is None else payload
    if crossing_id is None:
        crossing_id = (
            payload.get("crossing_id") if function == "03" else payload.get("id")
        )
    return {
        "message_id": message_id or new_id(),
        "function": function,
        "crossing_id": crossing_id,
        "ref": ref,
        "payload_sha256": sha if sha is not None else sha256_hex(payload),
        "payload": payload,
    }


def amendment_of(original: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A new version of ``original`` (new id, supersedes it)."""
    return {
        **original,
        "id": new_id(),
        "version": original.get("version", 1) + 1,
        "supersedes": original["id"],
        **changes,
    }


def cancellation_of(crossing_id: str, reason: str = "Nhập nhầm") -> dict[str, Any]:
    return {
        "crossing_id": crossing_id,
        "reason": reason,
        "cancelled_at": "2026-03-10T05:00:00Z",
        "officer": "officer1",
    }


class Terminal:
    """A terminal's side of the protocol, built by hand for the tests."""

    def __init__(self, base_url: str, gate: str, terminal: str) -> None:
        self.base_url = base_url
        self.gate = gate
        self.terminal = terminal
        self.key = Ed25519PrivateKey.generate()
        self.session = requests.Session()
        self.enrolment: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        return f"{self.gate}/{self.terminal}"

    @property
    def key_id(self) -> str:
        return key_id(self.key.public_key())

    def enrol(self, code: str) -> requests.Response:
        body = {
            "protocol": PROTOCOL,
            "code": code,
            "public_key": b64encode(public_key_bytes(self.key.public_key())),
        }
        response = self.session.post(self.base_url + PATH_ENROL, json=body, timeout=10)
        if response.status_code == 200:
            self.enrolment = response.json()
        return response

    def prepare(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        raw: bytes | None = None,
        gzip_body: bool = False,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        now: datetime | None = None,
        sign_as: str | None = None,
        key: Ed25519PrivateKey | None = None,
    ) -> requests.PreparedRequest:
        data = raw
        h: dict[str, str] = {}
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            h["Content-Type"] = "application/json"
        if gzip_body and data is not None:
            data = gzip.compress(data)
            h["Content-Encoding"] = "gzip"
        h.update(headers or {})
        prepared = self.session.prepare_request(
            requests.Request(
                method, self.base_url + path, data=data, params=params, headers=h
            )
        )
        sign(prepared, key or self.key, sign_as or self.name, now=now)
        return prepared

    def send(
        self, prepared: requests.PreparedRequest, timeout: float = 10
    ) -> requests.Response:
        return self.session.send(prepared, timeout=timeout)

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        timeout = kwargs.pop("timeout", 10)
        return self.send(self.prepare(method, path, **kwargs), timeout=timeout)

    def batch(
        self,
        messages: list[dict[str, Any]],
        *,
        batch_id: str | None = None,
        audit_head: str | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        batch_id = batch_id or new_id()
        body = {
            "protocol": PROTOCOL,
            "batch_id": batch_id,
            "audit_head": audit_head,
            "messages": messages,
        }
        headers = {IDEMPOTENCY_HEADER: batch_id, **kwargs.pop("headers", {})}
        return self.request("POST", PATH_BATCH, body=body, headers=headers, **kwargs)
