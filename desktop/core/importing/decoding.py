"""Bytes → str: BOMs, strict UTF-8, declared charsets, and a checked guess for legacy Arabic files."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from desktop.core.importing.document import Rejected, count_letters, is_arabic_letter, is_latin_letter

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)

# The legacy code pages a guess may pick: Arabic ones, and Western for English/French files. Left
# unrestricted, the detector reads short Arabic as Thai or Japanese and French as Central European.
LEGACY_ENCODINGS = ("cp1256", "iso8859_6", "cp1252")
MAX_CHAOS = 0.1  # charset-normalizer's "mess" ratio above which a guess is not trusted
MIN_COHERENCE = 0.1  # and the language coherence below which it is not trusted either
MAX_MIXED_WORDS = 0.05  # share of words mixing Arabic and Latin letters (mojibake shows many)
MAX_ACCENTED_LATIN = 0.3  # share of non-ASCII Latin letters: Arabic read as cp1252 is all accents


def codec_name(label: str) -> str | None:
    """Python's name for a charset label ("windows-1256" → "cp1256"), or None if unknown."""
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, ValueError):
        return None
    return name if name.startswith("utf") else name.replace("-", "_")


def sniff_binary(data: bytes) -> None:
    """Reject data that is plainly not text: known binary signatures or NUL bytes."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise Rejected(f"is {what}, not a text document")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    if b"\x00" in data[:65536]:
        raise Rejected("contains NUL bytes: it is binary data (or UTF-16 without a byte-order mark), "
                       "not a text document")


def _letters_profile(text: str) -> tuple[int, int, int, int]:
    """Counts of (all letters, Arabic letters, Latin letters, non-ASCII Latin letters)."""
    letters = sum(1 for char in text if char.isalpha())
    arabic, latin = count_letters(text)
    accented = latin - sum(1 for char in text if char.isascii() and char.isalpha())
    return letters, arabic, latin, accented


def _mixed_word_share(text: str) -> float:
    """Share of words holding both Arabic letters and accented Latin ones (é inside an Arabic word is
    what Arabic bytes read in the wrong code page look like; «وGoogle» is ordinary Arabic)."""
    words = text.split()
    if not words:
        return 0.0
    mixed = sum(
        1 for word in words
        if any(is_arabic_letter(c) for c in word) and any(not c.isascii() and is_latin_letter(c) for c in word)
    )
    return mixed / len(words)


_MARKUP = re.compile(r"<[^>]*>|&#?\w+;")


def implausibility(text: str) -> str | None:
    """Why `text` looks like mojibake rather than Arabic or Latin-script prose, or None."""
    text = _MARKUP.sub(" ", text)  # judge a page by its words, not its tags
    letters, arabic, latin, accented = _letters_profile(text)
    if letters and (arabic + latin) < 0.9 * letters:
        return "it decodes to letters of scripts other than Arabic or Latin"
    if _mixed_word_share(text) > MAX_MIXED_WORDS:
        return "many words mix Arabic and Latin letters"
    if latin > arabic and accented > MAX_ACCENTED_LATIN * latin:
        return "most of its letters come out as accented Latin letters"
    return None


def _decode_strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _damaged_utf8(data: bytes) -> str | None:
    """A reason if `data` is UTF-8 with a few broken bytes (not a legacy code page), else None."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for char in text if ord(char) > 127) - broken
    if multibyte < 10 * broken:
        return None
    error_at = len(text.split("\ufffd", 1)[0].encode("utf-8"))
    line = data[:error_at].count(b"\n") + 1
    return (f"is damaged UTF-8: {broken} invalid byte sequence(s), the first at byte {error_at} "
            f"(line {line}); it was not read with a guessed encoding")


def _guess(data: bytes) -> tuple[str, str]:
    """Detect a legacy encoding with charset-normalizer; reject any guess that is not trustworthy."""
    damaged = _damaged_utf8(data)
    if damaged:
        raise Rejected(damaged)
    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS), enable_fallback=False))
    if not matches:
        raise Rejected("is not valid UTF-8 and is not text in windows-1256, ISO-8859-6 or windows-1252 "
                       "either; save it as UTF-8 and import it again")
    best = matches[0]
    text = str(best)
    encoding = codec_name(best.encoding) or best.encoding
    rivals = [m.encoding for m in matches[1:] if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE or rivals:
        raise Rejected(f"is not valid UTF-8 and its encoding is ambiguous (best guess {encoding} "
                       f"with chaos {best.chaos:.2f}, coherence {best.coherence:.2f}"
                       + (f", as likely as {', '.join(rivals)}" if rivals else "")
                       + "; too little text to tell); save it as UTF-8 and import it again")
    why = implausibility(text)
    if why:
        raise Rejected(f"is not valid UTF-8 and the best guess, {encoding}, looks like mojibake ({why}); "
                       "save it as UTF-8 and import it again")
    return text, encoding


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; return (text, encoding name). `declared` is a charset the file itself names.

    Order: byte-order mark, strict UTF-8, the declared charset (strict), then a detector guess that
    must pass its own confidence and our plausibility checks. Never falls back to a single-byte
    encoding without evidence.
    """
    sniff_binary(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_strict(data, encoding)
            if text is None:
                family = encoding.removesuffix("-sig").upper()
                raise Rejected(f"starts with a {family} byte-order mark but is not valid {family}")
            return text, encoding
    text = _decode_strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if declared:
        name = codec_name(declared)
        if name is None:
            raise Rejected(f"declares an unknown charset {declared!r}")
        text = _decode_strict(data, name)
        if text is None:
            raise Rejected(f"declares charset {declared!r} but its bytes are not valid {name}")
        why = implausibility(text)
        if why:
            raise Rejected(f"declares charset {declared!r} but decoded that way it looks like mojibake "
                           f"({why})")
        return text, name
    return _guess(data)


MAX_CONTROL_SHARE = 0.01
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # Cc but \t \n \f \r
MAX_STRAY_CONTROLS = 8  # a few stray controls (a DOS end-of-file ^Z) are dropped by canonicalization


def check_text(text: str) -> None:
    """Reject decoded text that is empty, blank, or full of control characters (binary data)."""
    if not text:
        raise Rejected("is empty")
    if not text.strip():
        raise Rejected("contains only whitespace")
    controls = len(_BINARY_CONTROLS.findall(text))
    if controls > MAX_STRAY_CONTROLS and controls > MAX_CONTROL_SHARE * len(text):
        raise Rejected(f"contains {controls} control characters: it is binary data, not a text document")
