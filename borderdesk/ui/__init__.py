"""The Qt user interface: the only package of borderdesk that imports PySide6.

Widgets stay thin: they build the crossing's JSON-shape dict and hand it to
:class:`borderdesk.services.CounterService`, and show what comes back. Every text a
user sees goes through Qt Linguist (``self.tr`` / ``QCoreApplication.translate``).
"""
