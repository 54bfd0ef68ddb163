"""The domain core: the crossing model, its validation and text rules.

Pure Python (stdlib, pycountry): no Qt, no I/O, no database.
"""
