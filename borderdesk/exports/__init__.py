"""Daily log exports of a gate: CSV, XLSX and a PDF report, each with a signed manifest.

- :class:`ExportService` (``export``, ``verify``): what the CLI and the window call.
- :mod:`~borderdesk.exports.log`: the rows, one per person per crossing.
- :mod:`~borderdesk.exports.tabular`, :mod:`~borderdesk.exports.pdf`: the writers.
- :mod:`~borderdesk.exports.manifest`: ``FILE.manifest.json``, signed with the
  terminal's Ed25519 key, and its verification against the gate's trusted keys.
- :mod:`~borderdesk.exports.labels`: every text, in Vietnamese, in one table.

No Qt here: the window runs :meth:`ExportService.export` in a worker and passes a
``progress(done, total)`` callback.
"""

from borderdesk.exports.fonts import FontUnavailable
from borderdesk.exports.manifest import Verification
from borderdesk.exports.service import (
    FORMATS,
    ExportedFile,
    ExportError,
    ExportFull,
    ExportInvalid,
    ExportReadOnly,
    ExportService,
    file_stem,
    parse_formats,
)

__all__ = ["FORMATS", "ExportError", "ExportFull", "ExportInvalid", "ExportReadOnly",
           "ExportService", "ExportedFile", "FontUnavailable", "Verification",
           "file_stem", "parse_formats"]
