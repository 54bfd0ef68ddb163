"""The sync protocol, engine and reference portal (no Qt).

- :mod:`sync.protocol` — the versioned wire format (documented in ``sync/openapi.yaml``);
- :mod:`sync.signing` — RFC 9421 request signatures with the terminal's Ed25519 key;
- ``sync.client`` / ``sync.engine`` — the terminal side: push the outbox, pull data;
- ``sync.portal`` — the reference portal server that speaks the protocol.
"""
