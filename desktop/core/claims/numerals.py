"""Arabic numerals: folding with an offset map, digits read by the writer's convention, and number words."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from typing import Callable

__all__ = [
    "Folded",
    "fold",
    "read_digits",
    "decimal_convention",
    "DIGITS_PATTERN",
    "WORD_VALUES",
    "SCALE_FORMS",
    "LATIN_SCALES",
    "WEAK_LATIN_SCALES",
    "Token",
    "Phrase",
    "parse_phrase",
]

# One-for-one replacements: offsets survive them unchanged.
_FOLD_TABLE = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic (Persian, Urdu) digits
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه",
        "٪": "%", "﹪": "%", "％": "%", "⁒": "%",  # ⁒ (U+2052) stands for % in some Egyptian agency copy
        "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\t": " ",
        "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
        "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-",
    }
)
# Characters dropped before matching (tatweel, harakat, Quranic marks, invisible bidi controls).
_REMOVABLE = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
_REMOVABLE_RUN = re.compile(f"[{_REMOVABLE}]+")
_MARKS_AFTER = re.compile("[\u064b-\u065f\u0670]+")


@dataclass(frozen=True)
class Folded:
    """A folded copy of a text for matching, with the map back to the source's code points."""

    source: str
    text: str
    _run_at: tuple[int, ...]  # folded index where each removed run sat
    _removed: tuple[int, ...]  # characters removed up to and including that run

    def to_source(self, i: int) -> int:
        """Source index of the kept character at folded index ``i`` (``len`` maps to ``len``)."""
        k = bisect.bisect_right(self._run_at, i)
        return i + (self._removed[k - 1] if k else 0)

    def source_end(self, j: int) -> int:
        """Source exclusive end for a folded exclusive end ``j``, keeping the last letter's marks."""
        if j <= 0:
            return 0
        end = self.to_source(j - 1) + 1
        marks = _MARKS_AFTER.match(self.source, end)
        return marks.end() if marks else end


def fold(text: str) -> Folded:
    """Fold letter variants and digits one-for-one, and drop tatweel, diacritics and bidi controls."""
    folded = text.translate(_FOLD_TABLE)
    if _REMOVABLE_RUN.search(folded) is None:
        return Folded(text, folded, (), ())
    run_at: list[int] = []
    removed: list[int] = []
    total = 0
    for m in _REMOVABLE_RUN.finditer(folded):
        run_at.append(m.start() - total)
        total += m.end() - m.start()
        removed.append(total)
    return Folded(text, _REMOVABLE_RUN.sub("", folded), tuple(run_at), tuple(removed))


# ---------------------------------------------------------------- digits

# Space-grouped thousands first (1 500 000), then Egyptian fraction-first (5ر2 = 2.5), then the rest.
DIGITS_PATTERN = r"(?:[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9]+ر[0-9]+(?![0-9])|[0-9]+(?:[.,،٫٬][0-9]+)*)"
_SEPARATOR = re.compile("[.,،٫٬ ]")
THREE_DECIMAL_CURRENCIES = frozenset({"KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD"})
_COMMA_DECIMAL_EVIDENCE = re.compile(
    r"(?<![0-9.,])[0-9]{1,3},(?:[0-9]{1,2}|[0-9]{4,})(?![0-9,])|[0-9]\.[0-9]{3}\.[0-9]{3}(?![0-9])"
)
_DOT_DECIMAL_EVIDENCE = re.compile(
    r"(?<![0-9.,])[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})(?![0-9.])|[0-9],[0-9]{3},[0-9]{3}(?![0-9])"
)


def decimal_convention(folded_text: str) -> str:
    """``"comma"`` when the text's unambiguous numbers use a decimal comma, else ``"dot"``."""
    commas = sum(1 for _ in _COMMA_DECIMAL_EVIDENCE.finditer(folded_text))
    if not commas:
        return "dot"
    dots = sum(1 for _ in _DOT_DECIMAL_EVIDENCE.finditer(folded_text))
    return "comma" if commas > dots else "dot"


def _as_float(text: str) -> float | None:
    value = float(text)
    return value if math.isfinite(value) else None


def read_digits(
    raw: str,
    *,
    scaled: bool = False,
    percent: bool = False,
    currency: str = "",
    convention: Callable[[], str] = lambda: "dot",
    plural_noun: bool = False,
) -> float | None:
    """Value of a digit string, reading its separators as its writer would; None if it is no number.

    ``٫`` is always decimal and ``٬`` and spaces always group thousands. With both ``.`` and ``,`` the
    last one is decimal. A repeated separator groups thousands. A single one followed by other than three
    digits is decimal; followed by exactly three it is decimal before a scale word, in a percentage or in a
    three-decimal currency (``.``), or in a decimal-comma text (``,``), and a thousands separator otherwise.
    """
    if len(raw) > 40:
        return None
    if "ر" in raw:  # Egyptian wire copy writes the fraction first: 5ر2 = 2.5
        fraction, whole = raw.split("ر")
        return _as_float(f"{whole}.{fraction}")
    raw = raw.replace("،", ",")
    seps = _SEPARATOR.findall(raw)
    if not seps:
        return _as_float(raw)
    groups = _SEPARATOR.split(raw)
    if "٫" in seps:
        decimal = "٫"
    elif "." in seps and "," in seps:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
    elif len(seps) > 1 and set(seps) == {"."} and 1 <= len(groups[-1]) <= 2 and 1 <= len(groups[0]) <= 3 and \
            all(len(g) == 3 for g in groups[1:-1]):
        return _as_float("".join(groups[:-1]) + "." + groups[-1])  # «2.418.6 مليون»: dotted thousands, a decimal dot
    elif len(seps) > 1 or seps[0] in "٬ ":
        decimal = ""
    elif len(groups[1]) != 3 or len(groups[0]) > 3 or groups[0] == "0":
        decimal = seps[0]
    elif plural_noun and groups[0].isdigit() and 3 <= int(groups[0]) <= 10:
        decimal = seps[0]
    elif seps[0] == ".":
        decimal = "." if convention() != "comma" and (scaled or percent or currency in THREE_DECIMAL_CURRENCIES) else ""
    else:
        decimal = "," if (scaled or percent) and convention() == "comma" else ""
    if decimal and (seps.count(decimal) > 1 or seps[-1] != decimal):
        return None
    whole_groups = groups[:-1] if decimal else groups
    if len(whole_groups) > 1 and any(len(g) != 3 for g in whole_groups[1:]):
        return None
    if len(whole_groups) > 1 and not 1 <= len(whole_groups[0]) <= 3:
        return None
    number = "".join(whole_groups) + (f".{groups[-1]}" if decimal else "")
    return _as_float(number)


# ---------------------------------------------------------------- number words (folded spelling)

_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    # the accusative of a unit in a compound: «مئة وسبعاً وثمانين»
    "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,
}
_TEN = {"عشر": 10, "عشره": 10}
_ELEVEN = {"احد عشر": 11, "احدي عشره": 11, "احدي عشر": 11, "احد عشره": 11}
_TENS = {
    stem + ending: value
    for stem, value in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70),
                        ("ثمان", 80), ("تسع", 90))
    for ending in ("ون", "ين")
}
_HUNDREDS = {
    **{"مئه": 100, "مائه": 100},
    **{form: 200 for form in ("مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي")},
    **{prefix + h: n * 100 for prefix, n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                            ("ثمان", 8), ("ثماني", 8), ("تسع", 9)) for h in ("مئه", "مائه")},
}
# scale word -> (multiplier, form): "sg" singular or accusative, "du" dual, "pl" plural, "def" definite.
_SCALE_WORDS = {
    1e3: ("الف", "الفا", "الفان", "الفين", "الفي", "الاف", "الوف", "الالف"),
    1e6: ("مليون", "مليونا", "مليونان", "مليونين", "مليوني", "ملايين", "المليون"),
    1e9: ("مليار", "مليارا", "ملياران", "مليارين", "ملياري", "مليارات", "ملايير", "المليار",
          "بليون", "بليونا", "بليونان", "بليونين", "بليوني", "بلايين", "البليون"),
    1e12: ("تريليون", "تريليونا", "تريليونان", "تريليونين", "تريليوني", "تريليونات", "التريليون",
           "ترليون", "ترليونا", "ترليونين", "ترليوني", "ترليونات", "الترليون"),
}


def _scale_form(word: str) -> str:
    if word.startswith("ال") and word not in ("الف", "الفا", "الفان", "الفين", "الفي", "الاف", "الوف"):
        return "def"
    if word in ("الاف", "الوف", "ملايين", "بلايين", "ملايير") or word.endswith("ات"):
        return "pl"
    if word.endswith(("ان", "ين")) or word in ("الفي", "مليوني", "ملياري", "بليوني", "تريليوني", "ترليوني"):
        return "du"
    return "sg"


_SCALES = {w: (m, _scale_form(w)) for m, forms in _SCALE_WORDS.items() for w in forms}
SCALE_FORMS: dict[str, str] = {w: form for w, (_m, form) in _SCALES.items()}
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلثا": 2 / 3, "ثلثي": 2 / 3, "ارباع": 0.25}

# word -> (kind, value): unit, ten, tens, hundred, scale, fraction
WORD_VALUES: dict[str, tuple[str, float]] = {
    **{w: ("unit", v) for w, v in _UNITS.items()},
    **{w: ("ten", v) for w, v in _TEN.items()},
    **{w: ("teen", v) for w, v in _ELEVEN.items()},
    **{w: ("tens", v) for w, v in _TENS.items()},
    **{w: ("hundred", v) for w, v in _HUNDREDS.items()},
    **{w: ("scale", m) for w, (m, _form) in _SCALES.items()},
    **{w: ("fraction", v) for w, v in _FRACTIONS.items()},
}
LATIN_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
                "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
WEAK_LATIN_SCALES = frozenset({"k", "m", "b"})  # 7B, 4K, 100m: a claim only with a currency


@dataclass(frozen=True, slots=True)
class Token:
    """One atom of a number phrase: digits, a number word or a scale, as found in the folded text."""

    kind: str  # digits, unit, ten, teen, tens, hundred, scale, fraction
    text: str  # folded text of the atom (digits raw, or the word)
    start: int  # folded offsets of the atom itself (without clitic or و)
    end: int
    wa: bool = False  # joined to the previous atom by و
    value: float = 0.0
    form: str = ""  # for scales: sg, du, pl, def; "latin" or "weak" for Latin abbreviations
    definite: bool = False  # written with the article: «الخمسين», «الأربعة»


@dataclass(frozen=True, slots=True)
class Phrase:
    """The parsed number expression: how many atoms it uses, its value and what its scale words were."""

    used: int
    value: float
    top_scale: float  # the largest scale word's multiplier, 1 when none
    has_scale: bool
    has_digits: bool
    bare_scale: bool  # a scale word with no multiplier (مليون تنزيل, ألفين)
    definite: bool  # المليون: a claim only with a unit
    weak_latin: bool


_SMALL = ("unit", "ten", "teen", "tens", "hundred")
DigitReader = Callable[[str, bool], "float | None"]


class _PhraseReader:
    """The state of one left-to-right reading of number atoms (see :func:`parse_phrase`)."""

    def __init__(self, tokens: list[Token], digit_value: DigitReader):
        self.tokens = tokens
        self.digit_value = digit_value
        self.total = 0.0
        self.cur: float | None = None  # the multiplier being built, not yet added
        self.last_scale = math.inf  # groups joined by و must decrease
        self.last_group = 0.0
        self.top = 1.0
        self.pending_fraction = False  # نصف … waiting for its scale word
        self.group_start = 0
        self.saved_total = 0.0

    def _digits(self, i: int) -> float | None:
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return self.digit_value(self.tokens[i].text, bool(nxt and nxt.kind == "scale" and not nxt.wa))

    def _new_group(self, i: int, value: float | None) -> bool:
        self.saved_total, self.group_start, self.cur = self.total, i, value
        return value is not None and value < self.last_scale

    def _close_group(self, scale: float) -> None:
        assert self.cur is not None
        self.last_group = self.cur * scale
        self.total += self.last_group
        self.last_scale, self.cur, self.pending_fraction = scale, None, False
        self.top = max(self.top, scale)

    def first(self, i: int) -> bool:
        tok = self.tokens[i]
        if tok.kind == "digits":
            self.cur = self._digits(i)
            return self.cur is not None
        if tok.kind in _SMALL:
            self.cur = tok.value
            return True
        if tok.kind == "fraction":
            self.cur, self.pending_fraction = tok.value, True
            return tok.text != "ارباع"
        if tok.kind == "scale" and tok.form in ("sg", "du", "def"):
            self.cur = 2.0 if tok.form == "du" else 1.0
            self._close_group(tok.value)
            return True
        return False

    def step(self, i: int, prev: Token) -> bool:
        tok = self.tokens[i]
        if tok.kind == "digits":
            if not (prev.kind == "scale" and self.cur is None):
                return False
            if not tok.wa and not self._compound_without_wa(i, prev):
                return False
            return self._new_group(i, self._digits(i))
        if tok.kind in _SMALL:
            if prev.kind == "scale" and self.cur is None:
                return tok.wa and self._new_group(i, tok.value)
            return prev.kind in _SMALL and self._compose_small(tok, prev)
        if tok.kind == "scale":
            return self._scale(tok, prev)
        if tok.kind == "fraction":
            return self._fraction(tok, prev)
        return False

    def _compound_without_wa(self, i: int, prev: Token) -> bool:
        """«12 مليوناً 300 ألف»: plain digits one space after a scale word, followed by a smaller scale word."""
        tok = self.tokens[i]
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return nxt is not None and nxt.kind == "scale" and not nxt.wa and nxt.value < prev.value and \
            tok.start - prev.end == 1 and tok.text.isdigit() and len(tok.text) <= 3

    def _compose_small(self, tok: Token, prev: Token) -> bool:
        cur = self.cur
        if cur is None:
            return False
        if tok.kind == "ten" and not tok.wa and prev.kind == "unit" and cur % 100 < 10:
            self.cur = cur + tok.value  # ثلاثة عشر
        elif tok.kind == "hundred" and tok.value == 100 and not tok.wa and prev.kind == "unit" and 3 <= cur <= 9:
            self.cur = cur * 100  # ثلاث مئة
        elif tok.wa and tok.kind == "tens" and prev.kind == "unit" and cur % 100 < 10:
            self.cur = cur + tok.value  # خمسة وعشرون
        elif tok.wa and prev.kind == "hundred" and tok.kind != "hundred" and cur % 100 == 0:
            self.cur = cur + tok.value  # مئة وخمسون
        else:
            return False
        return True

    def _scale(self, tok: Token, prev: Token) -> bool:
        if tok.wa or tok.form == "du":
            return False
        if prev.kind == "scale" and self.cur is None:
            if tok.value >= self.last_scale and tok.form in ("sg", "pl"):
                self.total += self.last_group * (tok.value - 1)  # ألف مليار, مليون مليون
                self.last_group *= tok.value
                self.last_scale = self.top = self.last_group
                return True
            return False
        if prev.kind == "fraction" and self.cur is None:
            return tok.form == "def" or (tok.form == "sg" and tok.value == self.last_scale)  # مليون ونصف المليون
        if self.cur is None or tok.value >= self.last_scale:
            return False
        if prev.kind == "fraction" and self.pending_fraction:
            if tok.form not in ("sg", "def"):
                return False
        elif tok.form == "def" or prev.kind not in (*_SMALL, "digits", "fraction"):
            return False
        elif tok.form == "pl" and prev.kind in _SMALL and not 3 <= self.cur % 100 <= 10:
            return False  # «خمسة ملايين», «خمس مئة وثمانية مليارات»: 3–10 (or a compound ending in them) take the plural
        self._close_group(tok.value)
        return True

    def _fraction(self, tok: Token, prev: Token) -> bool:
        cur = self.cur
        if tok.text == "ارباع":
            if prev.kind == "unit" and not tok.wa and cur is not None and cur <= 3:
                self.cur, self.pending_fraction = cur * tok.value, True
                return True
            return False
        if tok.wa and prev.kind == "scale" and cur is None:
            self.total += tok.value * self.last_scale  # مليون ونصف
            return True
        if tok.wa and prev.kind in (*_SMALL, "digits") and cur is not None and cur == int(cur):
            self.cur = cur + tok.value  # خمسة ونصف مليون
            return True
        return False

    def run(self) -> Phrase | None:
        tokens = self.tokens
        if not tokens or not self.first(0):
            return None
        used = len(tokens)
        for i in range(1, len(tokens)):
            if not self.step(i, tokens[i - 1]):
                used = i
                if self.group_start and self.cur is not None and tokens[i].kind == "scale":
                    used, self.total, self.cur = self.group_start, self.saved_total, None  # «مليون و3 ملايين»
                    self.pending_fraction = False
                break
        if self.pending_fraction:
            return None
        total = self.total + (self.cur or 0.0)
        if not math.isfinite(total):
            return None
        kept = tokens[:used]
        return Phrase(
            used=used,
            value=total,
            top_scale=self.top,
            has_scale=any(t.kind == "scale" for t in kept),
            has_digits=any(t.kind == "digits" for t in kept),
            bare_scale=kept[0].kind == "scale",
            definite=kept[0].form == "def" or kept[0].definite,
            weak_latin=any(t.form == "weak" for t in kept),
        )


def parse_phrase(tokens: list[Token], digit_value: DigitReader) -> Phrase | None:
    """Read the longest valid number phrase at the start of ``tokens``; None when the first atom is none.

    ``digit_value(raw, scaled)`` reads a digit atom (``scaled``: a scale word follows it).
    """
    return _PhraseReader(tokens, digit_value).run()
