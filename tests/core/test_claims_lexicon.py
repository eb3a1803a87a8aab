"""The unit vocabulary as data: the built-in lexicon, the analyst's own file, its errors, and unit labels."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.claims.lexicon import (
    CATEGORIES, LexiconError, active_lexicon, builtin_lexicon, count_units, load_lexicon, unit_label,
)
from desktop.core.claims.suggest import suggest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED_UNITS = ("downloads users subscribers followers customers employees jobs shares investors merchants orders "
                  "deals companies visitors students cars reviews people billionaires units tons").split()


def test_the_built_in_lexicon_has_the_closed_list_with_arabic_names():
    lex = builtin_lexicon()
    assert set(REQUIRED_UNITS) <= set(lex.units)
    for unit in count_units(lex):
        assert unit.ar and any("\u0621" <= ch <= "\u064a" for ch in unit.ar), unit.name
        assert unit.category in CATEGORIES
    assert lex.units["downloads"].category == "downloads" and lex.units["users"].category == "users"
    assert "transactions" not in {lex.noun_forms.get(f) for f in ("صفقه", "صفقات", "صفقتين")}


@pytest.mark.parametrize(("unit", "ar", "en"), [
    ("downloads", "تنزيل", "downloads"), ("users", "مستخدم", "users"), ("EUR", "يورو", "EUR"),
    ("USD", "دولار", "USD"), ("KWD", "دينار كويتي", "KWD"), ("%", "%", "%"), ("points", "نقطة", "points"),
    ("", "", ""), ("nonsense", "nonsense", "nonsense"),
])
def test_unit_label_names_every_unit_in_arabic_and_english(unit, ar, en):
    assert unit_label(unit, "ar") == ar
    assert unit_label(unit, "en") == en


def test_every_currency_has_an_arabic_name_and_sub_units_divide():
    lex = builtin_lexicon()
    assert all(c.ar for c in lex.currencies.values())
    assert dict(lex.minor_words["فلس"])["KWD"] == 1000 and dict(lex.minor_words["هلله"])["SAR"] == 100


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "lexicon.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_an_analyst_file_adds_nouns_units_and_currencies(tmp_path, monkeypatch):
    path = write(tmp_path, """
# our own words
[units.podcasts]
ar = "بودكاست"
nouns = ["حلقة+"]
plurals = ["حلقات"]

[units.merchants]
nouns = ["سمسار+"]

[currencies.NGN]
ar = "نيرة"
words = ["نيرة"]
plurals = ["نيرات"]
""")
    lex = load_lexicon(path)
    text = "بثت المنصة 300 حلقة وضمت السوق 40 سمسارا، وبلغت الصفقة 9 ملايين نيرة."
    found = [(s.text, s.kind, s.value, s.unit) for s in suggest(text, lex)]
    assert found == [("300 حلقة", "count", 300, "podcasts"), ("40 سمسارا", "count", 40, "merchants"),
                     ("9 ملايين نيرة", "money", 9e6, "NGN")]
    assert lex.label("podcasts") == "بودكاست" and lex.label("NGN") == "نيرة"
    assert "podcasts" not in builtin_lexicon().units  # the built-in lexicon is untouched
    monkeypatch.setenv("HAMISH_LEXICON", str(path))
    assert active_lexicon() == (active_lexicon()[0], None)
    assert suggest("بثت 300 حلقة")[0].unit == "podcasts"
    assert unit_label("podcasts", "ar") == "بودكاست"


@pytest.mark.parametrize(("body", "line", "reason"), [
    ('[units.podcasts\nar = "x"\n', 1, "not valid TOML"),
    ('[units.good]\nar = "جيد"\ncategory = "other"\n\n[units.bad]\nar = "سيئ"\ncategory = "nope"\n', 7, "category"),
    ('[units.podcasts]\nnouns = ["بودكاست"]\n', 1, "needs ar"),
    ('[units.Podcasts]\nar = "بودكاست"\n', 1, "lower-case English"),
    ('\n[units.podcasts]\nar = "بودكاست"\nnouns = ["podcast"]\n', 4, "not an Arabic word"),
    ('[units.podcasts]\nar = "بودكاست"\ncolour = "red"\n', 3, "unknown field"),
    ('[currencies.usd]\nar = "دولار"\n', 1, "ISO 4217"),
    ('[currencies.XAF]\nar = "فرنك"\nminor = { per = 1 }\n', 3, "per"),
    ('[currencies.XAF]\nar = "فرنك"\nshared = ["بيزو"]\n', 3, "no other currency"),
    ('[things]\n', 1, "unknown section"),
])
def test_a_malformed_file_names_its_line_and_the_built_in_lexicon_still_works(tmp_path, monkeypatch, body, line, reason):
    path = write(tmp_path, body)
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ") and reason in message
    monkeypatch.setenv("HAMISH_LEXICON", str(path))
    lex, problem = active_lexicon()
    assert lex is builtin_lexicon() and problem == message
    assert [s.unit for s in suggest("بلغت الإيرادات 5 مليارات دولار")] == ["USD"]


def run(*args: str, env: dict | None = None, tmp_path: Path) -> subprocess.CompletedProcess:
    import os

    full = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", "--store", str(tmp_path / "s.db"), *args],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=full, timeout=120)


def test_cli_lexicon_lists_units_checks_files_and_suggest_warns(tmp_path):
    listed = run("lexicon", "--json", tmp_path=tmp_path)
    assert listed.returncode == 0 and '"unit": "downloads"' in listed.stdout and "تنزيل" in listed.stdout
    bad = write(tmp_path, '[units.bad]\nar = "سيئ"\ncategory = "nope"\n')
    checked = run("lexicon", "--check", str(bad), tmp_path=tmp_path)
    assert checked.returncode == 1 and checked.stderr.strip() == (
        f"hamish: error: {bad}:3: unit 'bad': category 'nope' is not one of {', '.join(CATEGORIES)}")
    text = tmp_path / "a.txt"
    text.write_text("حمّل المستخدمون اللعبة 20 مليون مرة", encoding="utf-8")
    suggested = run("suggest", "--text-file", str(text), "--json", env={"HAMISH_LEXICON": str(bad)}, tmp_path=tmp_path)
    assert suggested.returncode == 0
    assert f"{bad}:3:" in suggested.stderr and "using the built-in lexicon" in suggested.stderr
    assert '"rule": "times-download"' in suggested.stdout and "download context" in suggested.stdout


def test_the_readme_prints_the_closed_list_of_count_units():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The claim suggester and its units", 1)[1].split("\n## ", 1)[0]
    listed = {" ".join(u.split()) for u in re.findall(r"`([a-z][a-z\s]*[a-z])`\s+\(\s*[\u0621-\u064a]", section)}
    assert listed == set(builtin_lexicon().units)
