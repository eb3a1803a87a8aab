"""Bytes → str: BOMs, strict UTF-8, declared charsets, and a checked guess for legacy Arabic files."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from .document import Rejected, is_arabic_letter

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
    letters = arabic = latin = accented = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if is_arabic_letter(char):
            arabic += 1
        elif "LATIN" in unicodedata.name(char, ""):
            latin += 1
            accented += ord(char) > 127
    return letters, arabic, latin, accented


def _mixed_word_share(text: str) -> float:
    words = text.split()
    if not words:
        return 0.0
    mixed = sum(
        1 for word in words
        if any(is_arabic_letter(c) for c in word) and any(c.isascii() and c.isalpha() for c in word)
    )
    return mixed / len(words)


def implausibility(text: str) -> str | None:
    """Why `text` looks like mojibake rather than Arabic or Latin-script prose, or None."""
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


def _guess(data: bytes) -> tuple[str, str]:
    """Detect a legacy encoding with charset-normalizer; reject any guess that is not trustworthy."""
    best = from_bytes(data, enable_fallback=False).best()
    if best is None:
        raise Rejected("is not valid UTF-8 and its encoding could not be detected; "
                       "save it as UTF-8 and import it again")
    text = str(best)
    encoding = codec_name(best.encoding) or best.encoding
    if best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        raise Rejected(f"is not valid UTF-8 and its encoding is ambiguous (best guess {encoding} "
                       f"with chaos {best.chaos:.2f}, coherence {best.coherence:.2f}; "
                       "too little text to tell); save it as UTF-8 and import it again")
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
                raise Rejected(f"starts with a {encoding.upper()} byte-order mark but is not valid "
                               f"{encoding.upper()}")
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
