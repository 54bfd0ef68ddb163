"""Turning the bytes of a QR code into text, the way a careful reader does.

A QR code in byte mode carries bytes, not text; without an ECI header nothing says
which character set they are in. The CCCD card writes UTF-8 (DOMAIN.md §2.1), so
UTF-8 comes first. The two engines hand over different things:

* zxing-cpp hands over the symbol's own bytes: :func:`decode_bytes`.
* zbar (through pyzbar) guesses a character set itself and hands over the text it
  produced, re-encoded as UTF-8. libzbar 0.23 takes Big5 when the bytes are shaped
  like Big5 and decode as such, else Shift-JIS when they decode as such, else Big5,
  else Latin-1 when they hold no C1 byte (0x80–0x9F), else UTF-8, else Latin-1
  (measured on libzbar 0.23.92 with glibc's iconv; see :func:`_zbar_choice`). The
  guess is wrong for about half of short Vietnamese UTF-8 texts: ``Đức``
  (``C4 90 E1 BB A9 63``) is valid Shift-JIS and comes back as ``ﾄ雪ｻｩc``, ``Lê``
  as Big5 ``L礙``, ``Hà`` as Latin-1 ``HÃ\xa0``.
  :func:`decode_zbar` undoes the guess: it encodes the text back as glibc's iconv
  would, keeps the byte strings for which zbar would have made that very guess,
  and reads them as UTF-8.

After UTF-8 the fallbacks are Windows-1258 (the Vietnamese legacy code page, whose
combining tone marks are composed to NFC here) when the result reads as Vietnamese,
then Latin-1, which never fails. Nothing here raises; the encoding used is recorded:

``utf-8``
    the bytes are UTF-8 (a leading byte-order mark is dropped).
``utf-8 (repaired from <charset>)``
    UTF-8 bytes that zbar (``shift_jis``, ``big5``, ``latin-1``) or the producer of the
    code (``latin-1``, ``cp1252``: double-encoded UTF-8) had read in another character
    set; the original bytes were recovered and read as UTF-8.
``cp1258``
    Windows-1258 bytes that read as Vietnamese.
``latin-1``
    the last resort: every byte is one character.
``eci``
    the code declared its character set (ECI) and the engine applied it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

UTF8 = "utf-8"
CP1258 = "cp1258"
LATIN1 = "latin-1"
ECI = "eci"

_BOM = "\ufeff"
# Character sets zbar reads byte segments in, besides UTF-8.
_ZBAR_CHARSETS = ("big5", "shift_jis", LATIN1)
# A producer that wrote UTF-8 text it had read as Latin-1/Windows-1252 (double UTF-8).
_PRODUCER_CHARSETS = (LATIN1, "cp1252")


def _vietnamese_alphabet() -> frozenset[str]:
    """Every letter with a Vietnamese diacritic (NFC), upper and lower case."""
    letters = {"đ", "Đ"}
    for base in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
            ch = unicodedata.normalize("NFC", base + tone)
            letters.update((ch, ch.upper()))
    return frozenset(ch for ch in letters if not ch.isascii())


_VIET_ALPHABET = _vietnamese_alphabet()
# Typographic characters a Vietnamese legacy text may also hold.
_VIET_PUNCTUATION = frozenset("–—‘’“”…•°€")


@dataclass(frozen=True, slots=True)
class PayloadText:
    """The text of a payload and the character set it was read in (see module doc)."""

    text: str
    encoding: str


def _encode_glibc_big5(text: str) -> bytes:
    """Encode as glibc's BIG5 decodes: cp950, plus the user-defined area 0xC6A1–0xC8FE
    that glibc maps to U+F6B1–U+F848 (private use) and cp950 leaves out (UTF-8 ``ơ``,
    ``ư``, ``Ơ``, ``Ư``, C6 A1, C6 B0, … land there), plus a lone 0x80 (U+0080)."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code == 0x80:  # glibc maps a lone 0x80 to U+0080
            out.append(0x80)
        elif 0xF6B1 <= code <= 0xF848:
            # 157 code points per lead byte: trails 0x40–0x7E then 0xA1–0xFE; the area
            # starts at trail 0xA1 (index 63) of lead 0xC6.
            lead, index = divmod(code - 0xF6B1 + 63, 157)
            out += bytes(
                (0xC6 + lead, 0x40 + index if index < 63 else 0xA1 + index - 63)
            )
        else:
            out += ch.encode("cp950")
    return bytes(out)


def _encode(text: str, charset: str) -> bytes | None:
    """``text`` in ``charset`` as glibc's iconv (zbar's converter) maps it, or None.

    Python's shift_jis maps the yen sign and overline back to 0x5C/0x7E as glibc's
    SJIS produced them (cp932 would not)."""
    try:
        return _encode_glibc_big5(text) if charset == "big5" else text.encode(charset)
    except UnicodeEncodeError:
        return None


def _big5_shaped(raw: bytes) -> bool:
    """zbar's ``text_is_big5``: every byte ≥ 0x80 starts a pair with a Big5 trail
    byte. zbar tries Big5 first on such bytes."""
    i = 0
    while i < len(raw):
        if raw[i] == 0xFF:
            return False
        if raw[i] >= 0x80:
            i += 1
            if i >= len(raw) or not (0x40 <= raw[i] <= 0x7E or 0xA1 <= raw[i] <= 0xFE):
                return False
        i += 1
    return True


def _glibc_big5_decodes(raw: bytes) -> bool:
    """True when glibc's BIG5 decodes ``raw``: cp950, the user-defined area, 0x80."""
    i = 0
    while i < len(raw):
        if raw[i] <= 0x80:
            i += 1
            continue
        pair = raw[i : i + 2]
        if len(pair) < 2:
            return False
        lead, trail = pair
        if (
            0xC6 <= lead <= 0xC8
            and not (lead == 0xC6 and trail < 0xA1)
            and (0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE)
        ):
            i += 2
            continue
        try:
            pair.decode("cp950")
        except UnicodeDecodeError:
            return False
        i += 2
    return True


def _decodes(raw: bytes, charset: str) -> bool:
    try:
        raw.decode(charset)
    except UnicodeDecodeError:
        return False
    return True


def _zbar_choice(raw: bytes) -> str:
    """The character set libzbar 0.23 reads a byte segment ``raw`` in (no ECI)."""
    if raw.isascii():
        return UTF8
    big5 = _glibc_big5_decodes(raw)
    if big5 and _big5_shaped(raw):
        return "big5"
    if _decodes(raw, "shift_jis"):
        return "shift_jis"
    if big5:  # bytes with a lone 0x80 (undefined in Shift-JIS)
        return "big5"
    if not any(0x80 <= b < 0xA0 for b in raw):
        return LATIN1
    if _decodes(raw, UTF8):
        return UTF8
    return LATIN1


def _utf8(raw: bytes) -> str | None:
    try:
        text = raw.decode(UTF8)
    except UnicodeDecodeError:
        return None
    return text[1:] if text.startswith(_BOM) else text


def _repair(text: str, charsets: tuple[str, ...]) -> PayloadText | None:
    """``text`` as it reads when its characters were UTF-8 bytes misread in one of
    ``charsets``, or None when it is not such mojibake. Bytes beyond ASCII that
    happen to be valid UTF-8 are practically never anything else."""
    if text.isascii():
        return None
    for charset in charsets:
        original = _encode(text, charset)
        if original is None or original.isascii():
            continue
        repaired = _utf8(original)
        if repaired is not None and repaired != text:
            return PayloadText(repaired, f"{UTF8} (repaired from {charset})")
    return None


def _looks_vietnamese(text: str) -> bool:
    """True when ``text`` (NFC) is printable ASCII plus Vietnamese letters and common
    typography, with at least one Vietnamese letter. Shift-JIS or Latin-1 bytes read
    as Windows-1258 give symbols (``‚ ± ¿``) or stray tone marks and fail."""
    viet = False
    for ch in text:
        if ch.isascii():
            if not (ch.isprintable() or ch in "\t\r\n"):
                return False
        elif ch in _VIET_ALPHABET:
            viet = True
        elif ch not in _VIET_PUNCTUATION:
            return False
    return viet


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SHAPE_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn


def _implausibility(text: str) -> int:
    """How far ``text`` is from Vietnamese spelling, to choose between two readings
    of the same bytes. Per word: tone marks beyond the first (a syllable has one
    tone), an upper-case letter after a lower-case one, and a tone on a plain vowel
    while a vowel with a circumflex, breve or horn is left toneless (the tone goes on
    that vowel: ``Trần``, ``người``). Windows-1258 tone bytes read as Latin-1 break
    these rules: ``CýõÌng`` scores 3, ``TrâÌn`` 2, ``Cường`` and ``Trần`` 0."""
    score = 0
    for word in text.split():
        letters = [
            (ch, frozenset(unicodedata.normalize("NFD", ch)))
            for ch in word
            if ch.isalpha()
        ]
        tones = [bool(marks & _TONE_MARKS) for _, marks in letters]
        shaped = [bool(marks & _SHAPE_MARKS) for _, marks in letters]
        score += max(0, sum(tones) - 1)
        score += sum(
            1
            for (a, _), (b, _) in zip(letters, letters[1:], strict=False)
            if a.islower() and b.isupper()
        )
        if any(s and not t for s, t in zip(shaped, tones, strict=True)) and any(
            t and not s for s, t in zip(shaped, tones, strict=True)
        ):
            score += 1
    return score


def _cp1258(raw: bytes) -> str | None:
    """``raw`` as Windows-1258 (NFC) when it reads as Vietnamese, else None."""
    try:
        text = unicodedata.normalize("NFC", raw.decode(CP1258))
    except UnicodeDecodeError:
        return None
    return text if _looks_vietnamese(text) else None


def decode_bytes(raw: bytes) -> PayloadText:
    """Read the raw bytes of a QR code: UTF-8 (repaired if it is double-encoded), then
    Windows-1258 when it reads as Vietnamese, then Latin-1. Never raises."""
    text = _utf8(raw)
    if text is not None:
        return _repair(text, _PRODUCER_CHARSETS) or PayloadText(text, UTF8)
    legacy = _cp1258(raw)
    if legacy is not None:
        return PayloadText(legacy, CP1258)
    return PayloadText(raw.decode(LATIN1), LATIN1)


def decode_zbar(data: bytes) -> PayloadText:
    """Read what zbar returned: its own reading of the symbol, re-encoded as UTF-8.

    The symbol's bytes are one of: ``data`` itself (zbar read UTF-8), or the text
    encoded back in Big5, Shift-JIS or Latin-1 — each kept only if zbar would have
    chosen that character set for those bytes (:func:`_zbar_choice`). Of these, bytes
    that are UTF-8 are preferred (the CCCD card writes UTF-8). Then, when both zbar's
    direct UTF-8 reading and Windows-1258 bytes reading as Vietnamese are possible,
    the more plausible Vietnamese wins (UTF-8 on a tie): a lone ``ﾝ`` that zbar read
    from the byte 0xDD becomes ``Ư``, ``CýõÌng`` becomes ``Cường``. Otherwise zbar's
    reading stands (``utf-8``: the bytes zbar returned). Never raises.
    """
    text = _utf8(data)
    if text is None:  # not what zbar produces, but never trust a native library
        return decode_bytes(data)
    if text.isascii():
        return PayloadText(text, UTF8)
    originals = []
    for charset in _ZBAR_CHARSETS:
        original = _encode(text, charset)
        if original is not None and _zbar_choice(original) == charset:
            originals.append((charset, original))
    for charset, original in originals:
        repaired = _utf8(original)
        if repaired is not None and not original.isascii():
            return PayloadText(repaired, f"{UTF8} (repaired from {charset})")
    legacy = next(
        (v for v in (_cp1258(o) for _, o in originals) if v is not None), None
    )
    direct = _zbar_choice(data) == UTF8  # zbar may have read UTF-8 bytes as such
    if direct and (
        legacy is None
        or (
            _looks_vietnamese(text) and _implausibility(text) <= _implausibility(legacy)
        )
    ):
        return decode_bytes(data)  # (which also repairs a producer's double encoding)
    if legacy is not None:
        return PayloadText(legacy, CP1258)
    return PayloadText(text, UTF8)
