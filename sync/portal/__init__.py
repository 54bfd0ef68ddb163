"""The reference portal: a server that speaks the borderdesk sync protocol.

- :mod:`sync.portal.app` — the Flask app (every endpoint of ``sync/openapi.yaml``);
- :mod:`sync.portal.ingest` — what happens to each message of a batch;
- :mod:`sync.portal.store` — the portal's own SQLite schema (WAL, synchronous=FULL);
- :mod:`sync.portal.server` — waitress, foreground or on a test thread;
- :mod:`sync.portal.admin` and :mod:`sync.portal.cli` — enrolment codes, revocation,
  seeding, dump/show (``borderdesk portal …``);
- :mod:`sync.portal.faults` — fault injection for reliability tests.
"""
