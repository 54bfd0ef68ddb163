"""The writer of the kill -9 crash test (see :mod:`helpers.crash`): run as a script.

``python crash_writer.py write DB SEED`` opens ``DB`` with
:func:`borderdesk.storage.db.open_db`, writes ``READY <pid>``, then records demo
crossings (one in ten an amendment of the one before) with the real
:meth:`borderdesk.storage.crossings.CrossingStore.record`, writing ``ACK <id>`` only
after ``record`` returned, and indexes the names saved so far after every seventh, until
it is killed.

``python crash_writer.py serve`` is a zygote: it imports once, then for each
``RUN <db> <seed>`` line on its standard input forks such a writer, waits for it and
writes ``EXIT <pid> <wait status>``. Each writer is a process of its own that opens its
own connection after the fork; only the interpreter start-up is saved.

Imports are kept to what the writer needs: they are paid on every spawned writer.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import UTC, datetime, timedelta

from borderdesk import demo
from borderdesk.core.ids import new_id
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db

ACK, READY, EXIT = b"ACK ", b"READY ", b"EXIT "


def _write_forever(db_path: str, seed: int) -> None:
    db = open_db(db_path)
    store = CrossingStore(db)
    out = sys.stdout.fileno()
    os.write(out, READY + f"{os.getpid()}\n".encode())
    start = datetime.now(UTC).date() - timedelta(days=2)
    batch = 0
    while True:
        batch += 1
        previous = None
        for i, crossing in enumerate(
            demo.generate(200, start=start, seed=seed * 1000 + batch, terminal="CRASH")
        ):
            if previous is not None and i % 10 == 0:  # amend the one recorded before
                crossing = dataclasses.replace(
                    previous,
                    id=new_id(),
                    version=previous.version + 1,
                    supersedes=previous.id,
                    notes=f"{previous.notes} (sửa)".strip(),
                )
            store.record(crossing, actor=crossing.officer)
            # Acknowledge only now; one write(2) per line, so lines never interleave.
            os.write(out, ACK + crossing.id.encode() + b"\n")
            previous = crossing
            if i % 7 == 6:  # names are indexed after saves: kills land there too
                store.index_names()


def _child(db_path: str, seed: int) -> None:
    """Body of a writer; never returns (SIGKILL ends it, or an error exits 3)."""
    try:
        _write_forever(db_path, seed)
    except BaseException:
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        os._exit(3)


def _serve() -> None:
    """Zygote: fork a writer for every ``RUN <db> <seed>`` line (imports done once)."""
    out = sys.stdout.fileno()
    for line in sys.stdin:
        _, db_path, seed = line.split()
        pid = os.fork()
        if pid == 0:
            _child(db_path, int(seed))
        _, status = os.waitpid(pid, 0)
        os.write(out, EXIT + f"{pid} {status}\n".encode())


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        _serve()
    else:  # write DB SEED
        _child(sys.argv[2], int(sys.argv[3]))
