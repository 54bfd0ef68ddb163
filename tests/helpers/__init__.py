"""Shared test helpers (no Qt): builders of valid domain data.

Imported as ``helpers`` (pytest puts ``tests/`` on ``sys.path`` because
``tests/conftest.py`` lives there), e.g. ``from helpers.builders import crossing``.
"""
