"""Text rules: Unicode NFC for names as printed, the portal's ASCII folding, search keys.

The national portal's convention for names (and the MRZ's) is upper case A–Z, 0–9 and
spaces, without diacritics, dots or commas. Vietnamese needs one rule that Unicode
decomposition does not give: ``Đ``/``đ`` is a letter of its own, not ``D`` plus a mark,
so it is mapped explicitly.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFD does not split into base + combining mark, mapped to the form the
# MRZ/portal uses (ICAO 9303 Part 3, transliteration of national characters).
_SPECIAL_LATIN = str.maketrans(
    {
        "Đ": "D", "đ": "d", "Ð": "D", "ð": "d",
        "Ł": "L", "ł": "l", "Ø": "OE", "ø": "oe",
        "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
        "ß": "SS", "Þ": "TH", "þ": "th", "ı": "i",
    }
)
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_DOCUMENT_NUMBER_NOISE = re.compile(r"[\s\-<./]")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC with runs of white space folded to one space."""
    # str.split() splits at exactly what \s matches (str.isspace) and drops the ends:
    # the same as re.sub(r"\s+", " ", ...).strip(), three times faster.
    return " ".join(unicodedata.normalize("NFC", text).split())


def strip_marks(text: str) -> str:
    """Remove diacritics (combining marks) and map the letters NFD cannot split."""
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL_LATIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_ascii(text: str) -> str:
    """The portal's form of a name: upper case ASCII letters and digits, single spaces.

    >>> fold_ascii("Nguyễn Văn Đức")
    'NGUYEN VAN DUC'
    >>> fold_ascii("O'Brien-Smith, J.")
    'O BRIEN SMITH J'
    """
    return _NON_ALNUM.sub(" ", strip_marks(text)).strip().upper()


def search_key(text: str) -> str:
    """Accent- and case-insensitive key used to index and query names.

    "Nguyễn Văn An", "nguyen van an" and "NGUYEN VAN AN" share the key "nguyen van an".
    """
    return fold_ascii(text).lower()


def normalize_document_number(text: str) -> str:
    """Document numbers compare upper case, without spaces, dashes or MRZ fillers."""
    return _DOCUMENT_NUMBER_NOISE.sub("", text).upper()


def is_portal_name(text: str) -> bool:
    """True when ``text`` already satisfies the portal's name convention."""
    return bool(text) and fold_ascii(text) == text
