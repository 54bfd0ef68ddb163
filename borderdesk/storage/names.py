"""Accent-insensitive name search, shared by crossings and pre-declarations.

Names are indexed by their folded key (:func:`borderdesk.core.text.search_key`: no
diacritics, ``Đ`` -> ``d``, lower case) in FTS5 tables with prefix indexes; a query is
folded the same way. Crossings' names reach their index after the save
(:mod:`borderdesk.storage.name_index`); rows not indexed yet are matched with
:func:`key_matches`, by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from borderdesk.core.text import search_key

_FTS_TOKEN = re.compile(r"[a-z0-9]+")

# One search: every term must match a word of the name; (word, True) is a prefix term.
Terms = tuple[tuple[str, bool], ...]


def query_terms(text: str) -> list[Terms]:
    """The searches to try in turn for ``text`` (none for a text without words).

    Every word must be a word of the name, in any order, the last one possibly
    unfinished; failing that, every word is taken as the start of a word ("nguy v a").
    A prefix term merges the lists of every matching word (~100x an exact word), so
    whole words are matched exactly first and abbreviations only as a fallback.
    :func:`fts_queries` writes these as FTS5 queries and :func:`key_matches` applies
    them to one stored key, so the index and a scan of rows not yet indexed agree.
    """
    tokens = _FTS_TOKEN.findall(search_key(text))
    if not tokens:
        return []
    searches = [(*((t, False) for t in tokens[:-1]), (tokens[-1], True))]
    if len(tokens) > 1:
        searches.append(tuple((t, True) for t in tokens))
    return searches


def fts_queries(text: str) -> list[str]:
    """The FTS5 queries to try in turn for ``text`` (see :func:`query_terms`)."""
    return [fts_query(terms) for terms in query_terms(text)]


def fts_query(terms: Terms) -> str:
    """``terms`` as an FTS5 query: ``"nguyen" "van" "a"*`` (implicit AND)."""
    return " ".join(f'"{t}"*' if prefix else f'"{t}"' for t, prefix in terms)


def key_words(name_key: str) -> list[str]:
    """The words of a stored ``name_key`` as the FTS5 index has them.

    Stored keys are :func:`search_key` output (``a-z``, ``0-9`` and single spaces),
    which the index's ``unicode61`` tokenizer splits at the spaces; a key written any
    other way is folded the same way first.
    """
    if not name_key.isascii():
        name_key = search_key(name_key)
    return _FTS_TOKEN.findall(name_key.lower())


def key_matches(terms: Terms, name_key: str) -> bool:
    """Whether the FTS5 query of ``terms`` matches a row indexed with ``name_key``:
    every term matches some word of it (the same word may serve several terms), a
    prefix term any word that starts with it."""
    words = key_words(name_key)
    return all(
        any(w.startswith(t) for w in words) if prefix else t in words
        for t, prefix in terms
    )


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
