"""Accent-insensitive name search, shared by crossings and pre-declarations.

Names are indexed by their folded key (:func:`borderdesk.core.text.search_key`: no
diacritics, ``Đ`` -> ``d``, lower case) in FTS5 tables with prefix indexes; a query is
folded the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from borderdesk.core.text import search_key

_FTS_TOKEN = re.compile(r"[a-z0-9]+")


def fts_queries(text: str) -> list[str]:
    """The FTS5 queries to try in turn for ``text`` (none for a text without words).

    Every word must be a word of the name, in any order, the last one possibly
    unfinished; failing that, every word is taken as the start of a word ("nguy v a").
    A prefix term merges the lists of every matching word (~100x an exact word), so
    whole words are matched exactly first and abbreviations only as a fallback.
    """
    tokens = _FTS_TOKEN.findall(search_key(text))
    if not tokens:
        return []
    queries = [" ".join([*(f'"{t}"' for t in tokens[:-1]), f'"{tokens[-1]}"*'])]
    if len(tokens) > 1:
        queries.append(" ".join(f'"{t}"*' for t in tokens))
    return queries


def declared_identity(person: Any) -> Any:
    """A declared person is an identity, or an object holding one under ``identity``."""
    return person.get("identity", person) if isinstance(person, Mapping) else person


def declared_name_keys(persons: Any) -> list[tuple[int, str]]:
    """(position, folded full name) of each named person in a pre-declaration's
    ``persons``; anything that is not an identity is passed over."""
    out = []
    for i, person in enumerate(persons if isinstance(persons, list) else []):
        ident = declared_identity(person)
        if not isinstance(ident, Mapping):
            continue
        key = search_key(" ".join(str(ident.get(k) or "")
                                  for k in ("surname", "given_names")))
        if key:
            out.append((i, key))
    return out
