"""Payload bytes to text: UTF-8 first, undoing zbar's charset guesses, then the
legacy fallbacks (borderdesk.scan.text)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.scan import synth
from borderdesk.scan.engines import ZbarEngine
from borderdesk.scan.errors import DecoderUnavailable
from borderdesk.scan.text import PayloadText, _zbar_choice, decode_bytes, decode_zbar

NAME = "Nguyễn Văn Đức"
CCCD = (
    "001090012345|123456789|Nguyễn Văn An|17051990|Nam|"
    "Số 12 Phố Huế, Hai Bà Trưng, Hà Nội|15032021"
)

# What libzbar 0.23 returned (bytes of pyzbar's Decoded.data) for QR codes holding
# the UTF-8 bytes of the text: its charset guess went wrong.
ZBAR_MISREAD = [
    ("Đức", "ﾄ雪ｻｩc", "shift_jis"),
    ("Đức \\ ~ x", "ﾄ雪ｻｩc ¥ ‾ x", "shift_jis"),  # glibc SJIS: 0x5C ¥, 0x7E ‾
    ("Ánh", "ﾃ］h", "shift_jis"),
    ("Lê", "L礙", "big5"),
    ("Yến", "Y廕積", "big5"),
    ("Dương", "D\uf6c0\uf6b1ng", "big5"),  # glibc BIG5 user-defined area -> PUA
    ("Hùng Vương", "H羅ng V\uf6c0\uf6b1ng", "big5"),
    ("Hà", "HÃ\xa0", "latin-1"),  # no C1 byte in C3 A0: zbar prefers Latin-1
]

VIETNAMESE = "".join(
    sorted(
        {
            unicodedata.normalize("NFC", base + tone)
            for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
            for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
        }
        | set("đĐ")
    )
)
viet_text = st.text(alphabet=VIETNAMESE + "bcdghklmnpqrstvx |0123456789,.", max_size=60)
WORDS = sorted(
    {
        w
        for group in (
            synth.SURNAMES,
            synth.MIDDLE,
            synth.GIVEN_MALE,
            synth.GIVEN_FEMALE,
            synth.STREETS,
        )
        for w in group
    }
)
names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)


def test_utf8_vietnamese_round_trip() -> None:
    assert decode_bytes(NAME.encode("utf-8")) == PayloadText(NAME, "utf-8")
    assert decode_bytes(CCCD.encode("utf-8")) == PayloadText(CCCD, "utf-8")


def test_byte_order_mark_is_dropped() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + NAME.encode()) == PayloadText(NAME, "utf-8")
    assert decode_zbar(b"\xef\xbb\xbf" + NAME.encode()).text == NAME


def test_ascii_and_empty() -> None:
    assert decode_bytes(b"") == PayloadText("", "utf-8")
    assert decode_bytes(b"TTBP-2026-000123") == PayloadText("TTBP-2026-000123", "utf-8")
    assert decode_zbar(b"") == PayloadText("", "utf-8")


@pytest.mark.parametrize(("original", "misread", "charset"), ZBAR_MISREAD)
def test_zbar_misread_utf8_is_repaired(
    original: str, misread: str, charset: str
) -> None:
    result = decode_zbar(misread.encode("utf-8"))
    assert result == PayloadText(original, f"utf-8 (repaired from {charset})")


def test_zbar_reading_that_zbar_cannot_have_made_is_not_undone() -> None:
    # zbar never reads bytes with C1 codes (0x80-0x9F) as Latin-1 when they are UTF-8,
    # so this text came from the code itself: a producer that double-encoded UTF-8.
    double = NAME.encode("utf-8").decode("latin-1")  # 'Nguyá»\x85n VÄ\x83n Ä\x90á»©c'
    assert decode_zbar(double.encode("utf-8")) == PayloadText(
        NAME, "utf-8 (repaired from latin-1)"
    )


def test_zbar_correct_reading_stands() -> None:
    for text in (NAME, CCCD, "Ý", "Nam Hùng Ý", "こんにちは", "中文", "Привет"):
        assert decode_zbar(text.encode("utf-8")) == PayloadText(text, "utf-8"), text


def test_double_encoded_utf8_from_a_producer_is_repaired() -> None:
    double = NAME.encode("utf-8").decode("latin-1")
    assert decode_bytes(double.encode("utf-8")) == PayloadText(
        NAME, "utf-8 (repaired from latin-1)"
    )


def test_windows_1258_legacy_bytes() -> None:
    # "Trần Văn Hữu" in Windows-1258: base letters with combining tone marks.
    raw = b"Tr\xe2\xccn V\xe3n H\xfd\xdeu"
    assert decode_bytes(raw) == PayloadText("Trần Văn Hữu", "cp1258")
    assert unicodedata.is_normalized("NFC", decode_bytes(raw).text)


def test_windows_1258_read_by_zbar_in_another_charset() -> None:
    assert decode_zbar("V緋".encode()) == PayloadText("Văn", "cp1258")  # as Big5
    assert decode_zbar("Dýõng".encode()) == PayloadText("Dương", "cp1258")  # Latin-1
    assert decode_zbar("ﾝ".encode()) == PayloadText("Ư", "cp1258")  # as Shift-JIS


def test_latin1_is_the_last_resort() -> None:
    assert decode_bytes(b"Gr\xf6\xdfe") == PayloadText("Größe", "latin-1")
    # Shift-JIS bytes are not taken for Windows-1258 (symbols, not Vietnamese).
    sjis = "こんにちは".encode("shift_jis")
    assert decode_bytes(sjis) == PayloadText(sjis.decode("latin-1"), "latin-1")
    assert decode_bytes(b"\xff\x00\x81") == PayloadText("\xff\x00\x81", "latin-1")


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    for read in (decode_bytes(raw), decode_zbar(raw)):
        assert isinstance(read.text, str)
        assert read.encoding


def zbar_reading(raw: bytes) -> str:
    """What libzbar 0.23 returns for a byte segment, after its charset guess (the model
    that the end-to-end test below checks against the real library)."""
    charset = _zbar_choice(raw)
    if charset == "big5":
        out, i = [], 0
        while i < len(raw):
            if raw[i] <= 0x80:  # glibc: a lone 0x80 is U+0080
                out.append(chr(raw[i]))
                i += 1
                continue
            lead, trail = raw[i], raw[i + 1]
            if 0xC6 <= lead <= 0xC8 and not (lead == 0xC6 and trail < 0xA1):
                index = (
                    (lead - 0xC6) * 157
                    + (trail - 0x40 if trail <= 0x7E else trail - 0xA1 + 63)
                    - 63
                )
                out.append(chr(0xF6B1 + index))  # glibc: user-defined area -> PUA
            else:
                out.append(raw[i : i + 2].decode("cp950"))
            i += 2
        return "".join(out)
    if charset == "shift_jis":  # glibc SJIS: 0x5C is the yen sign, 0x7E an overline
        return raw.decode("shift_jis").replace("\\", "¥").replace("~", "‾")
    return raw.decode(charset)


@given(viet_text)
def test_utf8_vietnamese_text_always_reads_back(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == PayloadText(text, "utf-8")


@given(names)
def test_utf8_names_read_back_through_zbar(text: str) -> None:
    """Whatever zbar guessed, a UTF-8 name comes back exact. (Random letter soup
    may not: its Windows-1258 reading can be more plausible Vietnamese.)"""
    raw = text.encode("utf-8")
    assert decode_zbar(zbar_reading(raw).encode("utf-8")).text == text
    upper = text.upper()
    assert decode_zbar(zbar_reading(upper.encode()).encode("utf-8")).text == upper


@given(viet_text)
def test_windows_1258_vietnamese_text_reads_back(text: str) -> None:
    assert decode_bytes(_to_cp1258(text)).text == text


@given(names)
def test_windows_1258_names_read_back_through_zbar(text: str) -> None:
    """Through zbar, legacy bytes are told from UTF-8 by plausibility, which needs
    words: a soup of random letters can read as Vietnamese both ways."""
    assert decode_zbar(zbar_reading(_to_cp1258(text)).encode("utf-8")).text == text


def _to_cp1258(text: str) -> bytes:
    """Windows-1258: precomposed base letters (ă â ê ô ơ ư đ) + combining tone marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        shape = [
            m for m in marks if m in "\u0302\u0306\u031b"
        ]  # circumflex, breve, horn
        tone = [m for m in marks if m not in shape]
        out += unicodedata.normalize("NFC", base + "".join(shape)).encode("cp1258")
        out += "".join(tone).encode("cp1258")
    return bytes(out)


@settings(max_examples=60, deadline=None)
@given(names)
def test_zbar_engine_reads_vietnamese_text_exactly(text: str) -> None:
    """End to end through libzbar: whatever charset zbar guesses, the text is exact."""
    engine = _zbar_or_skip()
    frame = synth.qr_image(text, module_px=3, ec="L")
    assert [c.text for c in engine.decode(frame)] == [text]


def _zbar_or_skip() -> ZbarEngine:
    try:
        return ZbarEngine()
    except DecoderUnavailable as exc:  # pragma: no cover - libzbar0 is in `make system`
        pytest.skip(str(exc))
