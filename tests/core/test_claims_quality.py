"""Quality of the claim suggester on the annotated development set, and the evaluation tool itself."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.claims.suggest import CATEGORIES, KINDS, Suggestion
from desktop.core.claims.evaluation import Example, GoldClaim, SetError, evaluate, load_set, matches

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "claims_dev.jsonl"
HOLDOUT = ROOT / "tests" / "data" / "claims_holdout.jsonl"


@pytest.fixture(scope="module")
def dev() -> list[Example]:
    return load_set(DEV)


def test_dev_set_size_and_distractors(dev: list[Example]):
    assert len(dev) >= 150
    assert sum(1 for ex in dev if not ex.claims) >= 30


def test_dev_set_gold_spans_are_trimmed_and_disjoint(dev: list[Example]):
    for ex in dev:
        last_end = 0
        for g in sorted(ex.claims, key=lambda c: c.start):
            span = ex.text[g.start : g.end]
            assert span == span.strip(), f"line {ex.line}: «{span}»"
            assert g.start >= last_end, f"line {ex.line}: overlapping gold claims"
            last_end = g.end
            assert g.kind in KINDS and g.category in CATEGORIES, f"line {ex.line}"


# Each point of the grammar must appear in the gold claims (pattern over the claim's text).
COVERAGE = {
    "Arabic-Indic digits": "[٠-٩]",
    "Extended Arabic-Indic digits": "[۰-۹]",
    "Arabic decimal separator ٫": "٫",
    "Arabic thousands separator ٬": "٬",
    "decimal comma": r"\d,\d{1,2}(?!\d)",
    "Arabic comma as decimal": r"\d،\d",
    "thousands comma": r"\d,\d{3}",
    "thousands dot": r"\d\.\d{3}\.\d{3}",
    "thousands space": r"\d \d{3}",
    "Egyptian fraction-first": r"\dر\d",
    "dual scale": "مليوني|ملياري|ألفي|مليونين|مليارين",
    "plural scale": "ملايين|مليارات|آلاف",
    "accusative scale": "مليونا|ألفا|مليارا",
    "fraction": "نصف|ربع",
    "number words": "خمسة|ثلاثة|عشرين|مئة|مائة|أحد عشر|ثلاثمائة|مئتي|خمسمائة|أربعمائة",
    "bare scale word": r"^(?:مليون|مليار|ألف)\s",
    "currency symbol before": r"^[$€£¥]",
    "currency symbol after": r"\d\s?[$€£¥]$",
    "ISO code": "USD|EUR",
    "Latin scale": "billion|million|bn",
    "dual currency": "دولارين|دينارين",
    "regional qualifier": "سعودي|إماراتي|قطري|مصري|إسترليني|لبنانية|عراقي|جزائري",
    "percent sign": "%",
    "Arabic percent sign": "٪",
    "percent words": "بالمئة|بالمائة|في المئة|في المائة",
    "tatweel": "\u0640",
    "diacritics": "[\u064b-\u0652]",
    "counted noun": "تنزيل|تحميل|مستخدم|مشترك|موظف|سهم",
}


@pytest.mark.parametrize("feature", COVERAGE)
def test_dev_set_covers_the_grammar(dev: list[Example], feature: str):
    pattern = re.compile(COVERAGE[feature])
    assert any(pattern.search(ex.text[g.start : g.end]) for ex in dev for g in ex.claims), feature


def test_dev_set_covers_every_kind_category_range_and_cue(dev: list[Example]):
    gold = [g for ex in dev for g in ex.claims]
    assert {g.kind for g in gold} == set(KINDS)
    assert {g.category for g in gold} == set(CATEGORIES)
    assert any(re.search(r"بين \S+ و", ex.text) and len(ex.claims) >= 2 for ex in dev)
    assert any(re.search(r"(?:بـ|ب|ل)[0-9٠-٩]", ex.text) for ex in dev if ex.claims)
    assert sum(1 for ex in dev if re.search("نحو|حوالي|أكثر من|قرابة|ما يقارب|زهاء|أقل من", ex.text)) >= 5


def test_dev_set_f1_at_least_095(dev: list[Example]):
    report = evaluate(dev)
    assert report.f1 >= 0.95, f"P {report.precision:.3f} R {report.recall:.3f} F1 {report.f1:.3f}"


def test_holdout_set_is_written_and_readable():
    holdout = load_set(HOLDOUT)
    assert len(holdout) >= 40
    assert sum(1 for ex in holdout if not ex.claims) >= 8
    assert not {ex.text for ex in holdout} & {ex.text for ex in load_set(DEV)}


def test_holdout_f1_stays_above_a_floor():
    # The held-out set was written after the grammar and never tuned on (F1 0.956 when written);
    # this floor only catches a regression, it is not a target.
    report = evaluate(load_set(HOLDOUT))
    assert report.f1 >= 0.85, f"P {report.precision:.3f} R {report.recall:.3f} F1 {report.f1:.3f}"


# ---------------------------------------------------------------- the evaluation tool


BLIND3 = ROOT / "tests" / "data" / "claims_blind3.jsonl"


def test_third_blind_set_floor():
    """claims_blind3.jsonl: 220 sentences, 308 claims, written by a writer who read real news but never the
    grammar or the other sets. First scores (README): 0.820 before issue 10's grammar, 0.949 after it, both
    before anyone read the set; 0.990 since. This floor keeps later changes from losing that ground."""
    examples = load_set(BLIND3)
    assert len(examples) >= 150 and sum(len(ex.claims) for ex in examples) >= 300
    report = evaluate(examples)
    assert report.f1 >= 0.97, f"P {report.precision:.3f} R {report.recall:.3f} F1 {report.f1:.3f}"


def test_matching_rule():
    g = GoldClaim(0, 10, "money", 1.7e9, "EUR", "amount")
    s = Suggestion(4, 12, "x", "amount", "money", 1.705e9, "EUR", False, 0.9)
    assert matches(s, g)
    assert not matches(Suggestion(10, 12, "x", "amount", "money", 1.7e9, "EUR", False, 0.9), g)  # no overlap
    assert not matches(Suggestion(0, 10, "x", "amount", "money", 1.71e9, "EUR", False, 0.9), g)  # > 0.5 %
    assert not matches(Suggestion(0, 10, "x", "amount", "money", 1.7e9, "USD", False, 0.9), g)
    assert not matches(Suggestion(0, 10, "x", "amount", "number", 1.7e9, "EUR", False, 0.9), g)


def test_evaluate_counts_misses_and_extras():
    text = "جمعت 5 ملايين دولار في عام 2024 وخسرت 3%"
    examples = [Example(1, text, (GoldClaim(5, 19, "money", 5e6, "USD", "amount"),
                                  GoldClaim(0, 4, "number", 9, "", "other")))]
    report = evaluate(examples)
    assert (report.true_positives, report.false_negatives, report.false_positives) == (1, 1, 1)
    assert report.precision == 0.5 and report.recall == 0.5


def test_cli_prints_scores(tmp_path: Path):
    out = subprocess.run([sys.executable, "-m", "desktop.core.claims.evaluation", str(DEV)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert re.search(r"^P \d\.\d{3}  R \d\.\d{3}  F1 \d\.\d{3}", out, re.M)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "not JSON"),
        ('{"text": "abc"}\n', "expected"),
        ('{"text": "abc", "claims": [{"start": 0, "end": 9, "kind": "money", "value": 1, "unit": "", '
         '"category": "amount"}]}\n', "not inside"),
        ('{"text": "abc", "claims": [{"start": 0, "end": 2, "kind": "cash", "value": 1, "unit": "", '
         '"category": "amount"}]}\n', "kind"),
        ('{"text": "abc", "claims": [{"start": 0, "end": 2}]}\n', "lacks"),
        ('{"text": "abc", "claims": [{"start": 0, "end": 2, "text": "bc", "kind": "money", "value": 1, '
         '"unit": "", "category": "amount"}]}\n', "differs"),
    ],
)
def test_bad_sets_give_a_clear_error(tmp_path: Path, content: str, message: str):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(SetError, match=message):
        load_set(bad)
    run = subprocess.run([sys.executable, "-m", "desktop.core.claims.evaluation", str(bad)], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"{bad}:1" in run.stderr and message in run.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "desktop.core.claims.evaluation", str(tmp_path / "none.jsonl")],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 1 and "cannot read" in run.stderr and "Traceback" not in run.stderr


def test_dev_file_is_one_json_object_a_line():
    for number, line in enumerate(DEV.read_text(encoding="utf-8").splitlines(), 1):
        obj = json.loads(line)
        assert set(obj) == {"text", "claims"}, number


BLIND4 = ROOT / "tests" / "data" / "claims_blind4.jsonl"


def test_fourth_blind_set_floor():
    """claims_blind4.jsonl: 214 sentences, 277 claims, by a writer who had the phenomena list and the unit
    convention but never the grammar or the other sets. First score (README), before anyone on issue 10 read it:
    F1 0.958 (count 0.942, number 0.927). Tuned on since (0.998); this floor keeps later changes from losing that."""
    examples = load_set(BLIND4)
    assert len(examples) >= 150 and sum(len(ex.claims) for ex in examples) >= 250
    report = evaluate(examples)
    assert report.f1 >= 0.98, f"P {report.precision:.3f} R {report.recall:.3f} F1 {report.f1:.3f}"
