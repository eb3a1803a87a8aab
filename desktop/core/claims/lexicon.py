"""The unit vocabulary as data: count units, currencies and sub-units from resources/lexicon and the analyst's file."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.core.claims.numerals import fold

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "CATEGORIES", "CountUnit", "Currency", "Lexicon", "LexiconError", "builtin_lexicon", "load_lexicon",
    "analyst_lexicon_path", "active_lexicon", "unit_label", "count_units", "check_lexicon_text", "ANALYST_TEMPLATE",
]

CATEGORIES = ("amount", "valuation", "stake", "downloads", "users", "other")
LEXICON_FILES = ("units.toml", "currencies.toml")
ANALYST_FILE = "lexicon.toml"
_UNIT_NAME = re.compile(r"[a-z][a-z ]*[a-z]")
_CODE = re.compile(r"[A-Z]{3}")
_ARABIC_FORM = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")
_PRONOUNS = ("", "ها", "ه", "هم", "نا", "كم")
_UNIT_FIELDS = {"ar", "category", "nouns", "plurals", "context"}
_CONTEXTUAL_FIELDS = {"unit", "nouns", "plurals", "context"}
_CURRENCY_FIELDS = {"ar", "words", "shared", "duals", "plurals", "qualifiers", "cues", "signs", "latin", "minor"}
# Fixed labels of the non-count units, for unit_label().
_FIXED_LABELS = {"%": ("%", "%"), "points": ("points", "نقطة"), "": ("", "")}


class LexiconError(ValueError):
    """A lexicon file that cannot be used: the message names the file, the line and what is wrong."""


@dataclass(frozen=True)
class CountUnit:
    """One count unit of the closed list: its English name, Arabic display name and claims category."""

    name: str
    ar: str
    category: str
    source: str  # the file that defined it


@dataclass(frozen=True)
class Currency:
    """One ISO 4217 currency with its Arabic display name and sub-unit (how many make one)."""

    code: str
    ar: str
    minor_per: int = 0


@dataclass
class Lexicon:
    """The vocabulary the grammar compiles its patterns from; every Arabic form is in folded spelling."""

    units: dict[str, CountUnit] = field(default_factory=dict)
    currencies: dict[str, Currency] = field(default_factory=dict)
    noun_forms: dict[str, str] = field(default_factory=dict)  # form → unit (singular, dual, plural)
    plural_heads: dict[str, str] = field(default_factory=dict)  # plural or its construct → unit
    partitives: dict[str, str] = field(default_factory=dict)  # «من الموظفين», «من موظفيها» → unit
    noun_context: dict[str, tuple[str, ...]] = field(default_factory=dict)  # form → words the sentence needs
    currency_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name → codes, default first
    dual_currency_words: set[str] = field(default_factory=set)
    plural_currency_words: set[str] = field(default_factory=set)
    currency_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code → its own names
    qualifiers: dict[str, str] = field(default_factory=dict)  # adjective → code
    country_cues: dict[str, str] = field(default_factory=dict)  # place name → code
    signs: dict[str, str] = field(default_factory=dict)  # before or after the number
    abbreviations: dict[str, str] = field(default_factory=dict)  # Arabic, after the number only
    latin_words: dict[str, str] = field(default_factory=dict)
    minor_words: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)  # name → (code, per)…
    minor_duals: set[str] = field(default_factory=set)  # «بيستين», «فلسين»: two of the sub-unit
    sources: tuple[str, ...] = ()

    # ------------------------------------------------------------ look-ups
    def counted_noun(self, form: str) -> tuple[str, str]:
        """(unit, category) of a folded noun form, of a plural heading a construct, or of a partitive."""
        unit = self.noun_forms.get(form) or self.plural_heads.get(form) or self.partitives[form]
        return unit, self.units[unit].category

    def currency_codes(self, word: str) -> tuple[str, ...]:
        return self.currency_words[word]

    def label(self, unit: str, language: str = "ar") -> str:
        """The display name of a unit in ``language`` ("ar" or "en"); the unit itself when unknown."""
        arabic = language.lower().startswith("ar")
        if unit in _FIXED_LABELS:
            return _FIXED_LABELS[unit][arabic]
        if unit in self.units:
            return self.units[unit].ar if arabic else unit
        if unit in self.currencies:
            return self.currencies[unit].ar if arabic else unit
        return unit


# ---------------------------------------------------------------- reading files


def _line_of(raw: str, *needles: str, start: int = 1) -> int:
    """The first line of ``raw`` from line ``start`` on holding every needle (``start`` when none does)."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if number >= start and all(n in line for n in needles):
            return number
    return start


class _Reader:
    """Checks one parsed TOML file and merges it into a Lexicon, naming the line of any fault."""

    def __init__(self, lex: Lexicon, path: Path, raw: str, builtin: bool):
        self.lex, self.path, self.raw, self.builtin = lex, path, raw, builtin
        self.anchor = 1  # the line of the table being read

    def fail(self, reason: str, *needles: str) -> LexiconError:
        return LexiconError(f"{self.path}:{_line_of(self.raw, *needles, start=self.anchor)}: {reason}")

    def strings(self, table: dict, key: str, where: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{where}: {key} must be a list of non-empty strings", key)
        return value

    def form(self, word: str, where: str) -> str:
        folded = fold(word.strip().replace("_", " ")).text.rstrip("+")
        if not _ARABIC_FORM.fullmatch(folded):
            raise self.fail(f"{where}: «{word}» is not an Arabic word (letters, spaces or _ only)", f'"{word}')
        return folded

    def read(self, data: dict) -> None:
        for key in data:
            if key not in ("units", "contextual", "currencies"):
                raise self.fail(f"unknown section [{key}] (expected units, contextual or currencies)", key)
        for name, table in self.tables(data, "units"):
            self.unit(name, table)
        for name, table in self.tables(data, "contextual"):
            self.contextual(name, table)
        for code, table in self.tables(data, "currencies"):
            self.currency(code, table)

    def tables(self, data: dict, section: str):
        body = data.get(section, {})
        if not isinstance(body, dict):
            raise self.fail(f"{section} must hold tables ([{section}.NAME])", section)
        for name, table in body.items():
            header = f"{section}.{name}" if re.fullmatch(r"[A-Za-z0-9_-]+", name) else f'{section}."{name}"'
            self.anchor = _line_of(self.raw, f"[{header}]")
            if not isinstance(table, dict):
                raise self.fail(f"{section}.{name} must be a table ([{section}.{name}])", name)
            yield name, table

    def check_fields(self, table: dict, allowed: set[str], where: str, name: str) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(f"{where}: unknown field {key!r} (expected {', '.join(sorted(allowed))})", key)

    def unit(self, name: str, table: dict) -> None:
        where = f"unit {name!r}"
        if not _UNIT_NAME.fullmatch(name):
            raise self.fail(f"{where}: a unit is one lower-case English word or phrase", name)
        self.check_fields(table, _UNIT_FIELDS, where, name)
        known = self.lex.units.get(name)
        ar = table.get("ar", known.ar if known else None)
        if not isinstance(ar, str) or not ar.strip():
            raise self.fail(f"{where}: a new unit needs ar, its Arabic display name", name)
        category = table.get("category", known.category if known else "other")
        if category not in CATEGORIES:
            raise self.fail(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}", "category")
        self.lex.units[name] = CountUnit(name, ar.strip(), category, known.source if known else str(self.path))
        context = tuple(self.form(w, where) for w in self.strings(table, "context", where))
        self.nouns(name, table, where, context)

    def contextual(self, name: str, table: dict) -> None:
        where = f"contextual {name!r}"
        self.check_fields(table, _CONTEXTUAL_FIELDS, where, name)
        unit = table.get("unit")
        if unit not in self.lex.units:
            raise self.fail(f"{where}: unit {unit!r} is not a known unit", "unit")
        context = tuple(self.form(w, where) for w in self.strings(table, "context", where))
        if not context:
            raise self.fail(f"{where}: needs context, the words the sentence must hold", name)
        self.nouns(unit, table, where, context)

    def nouns(self, unit: str, table: dict, where: str, context: tuple[str, ...]) -> None:
        plurals = [self.form(w, where) for w in self.strings(table, "plurals", where)]
        for word in self.strings(table, "nouns", where):
            marks = len(word.strip()) - len(word.strip().rstrip("+"))
            singular, sound = _inflect(self.form(word, where), marks)
            for f in singular:
                self.add_noun(self.lex.noun_forms, f, unit, context)
            plurals += sound
        for plural in plurals:
            self.add_noun(self.lex.noun_forms, plural, unit, context)
            for f in _construct(plural):
                self.add_noun(self.lex.plural_heads, f, unit, context)
            for f in _partitive(plural):
                self.add_noun(self.lex.partitives, f, unit, context)

    def add_noun(self, table: dict[str, str], form: str, unit: str, context: tuple[str, ...]) -> None:
        if self.builtin and form in table and table[form] != unit and form in self.lex.noun_forms:
            return  # the first built-in unit to claim a form keeps it
        table[form] = unit
        if context:
            self.lex.noun_context[form] = context
        else:
            self.lex.noun_context.pop(form, None)

    def currency(self, code: str, table: dict) -> None:
        where = f"currency {code!r}"
        if not _CODE.fullmatch(code):
            raise self.fail(f"{where}: a currency is its ISO 4217 code (three capital letters)", code)
        self.check_fields(table, _CURRENCY_FIELDS, where, code)
        known = self.lex.currencies.get(code)
        ar = table.get("ar", known.ar if known else None)
        if not isinstance(ar, str) or not ar.strip():
            raise self.fail(f"{where}: a new currency needs ar, its Arabic display name", code)
        minor = table.get("minor", {})
        per = known.minor_per if known else 0
        if minor:
            if not isinstance(minor, dict) or not isinstance(minor.get("per"), int) or minor["per"] < 2:
                raise self.fail(f"{where}: minor needs per, a whole number of at least 2", "minor")
            per = minor["per"]
            duals = [self.form(w, where) for w in self.strings(minor, "duals", where)]
            for w in [self.form(w, where) for w in self.strings(minor, "words", where)] + duals:
                self.lex.minor_words[w] = tuple(p for p in self.lex.minor_words.get(w, ()) if p[0] != code) + ((code, per),)
            self.lex.minor_duals.update(duals)
        self.lex.currencies[code] = Currency(code, ar.strip(), per)
        words = [self.form(w, where) for w in self.strings(table, "words", where)]
        duals = [self.form(w, where) for w in self.strings(table, "duals", where)]
        plurals = [self.form(w, where) for w in self.strings(table, "plurals", where)]
        for w in words + duals + plurals:  # this code becomes the default reading of the name
            self.lex.currency_words[w] = (code,) + tuple(c for c in self.lex.currency_words.get(w, ()) if c != code)
        own = words + duals + plurals
        if own:
            self.lex.currency_forms[code] = tuple(own)
        for w in [self.form(w, where) for w in self.strings(table, "shared", where)]:
            owner = next((c for c, forms in self.lex.currency_forms.items() if w in forms and c != code), None)
            if owner is None:
                raise self.fail(f"{where}: shared name «{w}» is no other currency's name", w)
            for f in self.lex.currency_forms[owner]:
                if code not in self.lex.currency_words[f]:
                    self.lex.currency_words[f] += (code,)
        self.lex.dual_currency_words.update(duals)
        self.lex.plural_currency_words.update(plurals)
        for q in self.strings(table, "qualifiers", where):
            q = self.form(q, where).removeprefix("ال")
            self.lex.qualifiers[q] = code
            if not q.endswith("ه"):
                self.lex.qualifiers[q + "ه"] = code  # the feminine qualifies ليرة, روبية
        for cue in self.strings(table, "cues", where):
            cue = self.form(cue, where)
            self.lex.country_cues[cue] = code
            if cue.startswith("ال"):  # «للأردن»: لـ before the article drops its alef
                self.lex.country_cues["ل" + cue[1:]] = code
            if cue.endswith("ي"):  # a nisba also names the country in the plural: «المغتربين الأردنيين»
                self.lex.country_cues[cue + "ين"] = self.lex.country_cues[cue + "ون"] = code
        for sign in self.strings(table, "signs", where):
            folded = fold(sign.strip()).text
            target = self.lex.abbreviations if re.search("[\u0600-\u06ff]", folded) else self.lex.signs
            target[folded] = code
        for word in self.strings(table, "latin", where):
            self.lex.latin_words[word.strip().lower()] = code


def _inflect(stem: str, marks: int) -> tuple[list[str], list[str]]:
    """(singular and dual forms, sound plural forms) of a singular noun with 0, 1 (+) or 2 (++) marks."""
    if not marks:
        return [stem], []
    if stem.endswith("ه"):
        base = stem[:-1]
        return [stem, base + "تان", base + "تين"], [base + "ات"] if marks > 1 else []
    singular = [stem, stem + "ا", stem + "ان"]
    return (singular, [stem + "ون", stem + "ين"]) if marks > 1 else (singular + [stem + "ين"], [])


def _construct(plural: str) -> list[str]:
    """A plural as the head of a construct, bare or with a pronoun (مستخدمي، مستخدميها، عملاؤها)."""
    if " " in plural:
        return [plural]
    heads = [plural[:-2] + "ي"] if plural.endswith(("ين", "ون")) else [plural]
    if plural.endswith("اء"):
        heads += [plural[:-1] + "ئ", plural[:-1] + "ؤ"]
    return [plural] + [head + pronoun for head in heads for pronoun in _PRONOUNS]


def _partitive(plural: str) -> list[str]:
    """What «<number> من …» counts: the definite plural or a plural with a pronoun (الموظفين، موظفيها)."""
    return ["ال" + plural] + [f for f in _construct(plural)[1:] if f.endswith(_PRONOUNS[1:])]


def _read_file(lex: Lexicon, path: Path, builtin: bool) -> None:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}:1: cannot read as UTF-8 text ({exc})") from exc
    _read_text(lex, path, raw, builtin)


def _read_text(lex: Lexicon, path: Path, raw: str, builtin: bool) -> None:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _toml_line(str(exc))
        raise LexiconError(f"{path}:{line}: not valid TOML ({str(exc).split(' (at')[0]})") from exc
    _Reader(lex, path, raw, builtin).read(data)
    lex.sources += (str(path),)


def check_lexicon_text(text: str, path: Path | str) -> str | None:
    """The problem (``FILE:LINE: reason``) of an analyst's lexicon written as ``text``, or None when it is
    sound; for an editor that must not save a file the suggester would refuse."""
    try:
        _read_text(_copy(_builtin()), Path(path), text, builtin=False)
    except LexiconError as exc:
        return str(exc)
    return None


ANALYST_TEMPLATE = """# Your own lexicon: words the claim suggester should know (TOML; see resources/lexicon/README.md).
# Add nouns to a known count unit:
# [units.merchants]
# nouns = ["سمسار+"]
#
# Or a new unit (ar: its Arabic name):
# [units.podcasts]
# ar = "بودكاست"
# nouns = ["حلقة+"]
# plurals = ["حلقات"]
#
# Or a currency:
# [currencies.NGN]
# ar = "نيرة"
# words = ["نيرة"]
"""


def _toml_line(message: str) -> int:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 1


def _builtin_dir() -> Path:
    from desktop.paths import resource

    return resource("lexicon")


@lru_cache(maxsize=1)
def _builtin() -> Lexicon:
    lex = Lexicon()
    for name in LEXICON_FILES:
        _read_file(lex, _builtin_dir() / name, builtin=True)
    return lex


def _copy(lex: Lexicon) -> Lexicon:
    return Lexicon(
        units=dict(lex.units), currencies=dict(lex.currencies), noun_forms=dict(lex.noun_forms),
        plural_heads=dict(lex.plural_heads), partitives=dict(lex.partitives), noun_context=dict(lex.noun_context),
        currency_words=dict(lex.currency_words), dual_currency_words=set(lex.dual_currency_words),
        plural_currency_words=set(lex.plural_currency_words), currency_forms=dict(lex.currency_forms), qualifiers=dict(lex.qualifiers),
        country_cues=dict(lex.country_cues), signs=dict(lex.signs), abbreviations=dict(lex.abbreviations),
        latin_words=dict(lex.latin_words), minor_words=dict(lex.minor_words), minor_duals=set(lex.minor_duals),
        sources=lex.sources,
    )


def builtin_lexicon() -> Lexicon:
    """The lexicon shipped in resources/lexicon (read once per process)."""
    return _builtin()


def load_lexicon(extra: Path | str | None = None) -> Lexicon:
    """The built-in lexicon plus an analyst's file; raises LexiconError naming the file and line of a fault."""
    if extra is None:
        return _builtin()
    lex = _copy(_builtin())
    _read_file(lex, Path(extra), builtin=False)
    return lex


def analyst_lexicon_path() -> Path:
    """``HAMISH_LEXICON`` if set, else ``lexicon.toml`` in the per-user data folder (beside the default store)."""
    env = os.environ.get("HAMISH_LEXICON")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("hamish", appauthor=False)) / ANALYST_FILE


_ACTIVE: dict[tuple[str, float, int], tuple[Lexicon, str | None]] = {}


def active_lexicon() -> tuple[Lexicon, str | None]:
    """(lexicon, problem): the built-in lexicon plus the analyst's file when there is one. A malformed file
    leaves the built-in lexicon in use and comes back as ``problem`` (``FILE:LINE: reason``)."""
    path = analyst_lexicon_path()
    try:
        stat = path.stat()
    except OSError:
        return _builtin(), None
    key = (str(path), stat.st_mtime, stat.st_size)
    if key not in _ACTIVE:
        try:
            _ACTIVE.clear()
            _ACTIVE[key] = (load_lexicon(path), None)
        except LexiconError as exc:
            _ACTIVE[key] = (_builtin(), str(exc))
    return _ACTIVE[key]


def unit_label(unit: str, language: str = "ar") -> str:
    """Display name of a claim's unit: «تنزيل» for downloads, «يورو» for EUR in Arabic; the unit in English."""
    return active_lexicon()[0].label(unit, language)


def count_units(lex: Lexicon | None = None) -> list[CountUnit]:
    """The closed list of count units, sorted by name."""
    lex = lex or active_lexicon()[0]
    return [lex.units[name] for name in sorted(lex.units)]
