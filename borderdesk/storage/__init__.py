"""The local store: SQLite through sqlite-utils, no Qt.

One connection per thread (open one with :func:`borderdesk.storage.db.open_db` in each
thread that needs it); every write goes through :func:`write_transaction`.
"""
