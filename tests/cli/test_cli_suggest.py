"""`hamish suggest` over a stored article, a text file and a JSONL batch."""

from __future__ import annotations

import json

from tests.cli.test_cli_library import jsonl, run

SEED_CLAIMS = [
    ("1.7 مليار يورو", "amount", "money", 1.7e9, "EUR"),
    ("$2 billion", "amount", "money", 2e9, "USD"),
    ("1.3 مليار يورو", "amount", "money", 1.3e9, "EUR"),
    ("11%", "stake", "percent", 11.0, "%"),
    ("11.7 مليار يورو", "valuation", "money", 11.7e9, "EUR"),
    ("مليون تنزيل", "downloads", "count", 1e6, "downloads"),
    ("1.7 مليار يورو", "amount", "money", 1.7e9, "EUR"),
]


def test_suggest_on_the_seed_article_and_save_twice(capsys, store_path, seed_path):
    assert run(capsys, store_path, "import", str(seed_path))[0] == 0
    code, out, err = run(capsys, store_path, "suggest", "1", "--json")
    assert code == 0, err
    found = jsonl(out)
    assert [(c["text"], c["category"], c["kind"], c["value"], c["unit"]) for c in found] == SEED_CLAIMS
    _, text, _ = run(capsys, store_path, "show", "1")
    assert all(text[c["start"] : c["end"]] == c["text"] for c in found)

    assert run(capsys, store_path, "suggest", "1", "--save")[0] == 0
    assert run(capsys, store_path, "suggest", "1", "--save")[0] == 0
    _, listed, _ = run(capsys, store_path, "annotations", "1", "--json")
    claims = jsonl(listed)
    assert len(claims) == 7
    assert {(c["origin"], c["status"]) for c in claims} == {("suggested", "unreviewed")}
    assert [c["quote"] for c in claims] == [t for t, *_ in SEED_CLAIMS]


def test_suggest_text_file(capsys, store_path, tmp_path):
    f = tmp_path / "news.txt"
    f.write_text("ارتفعت الإيرادات إلى ٣٫٥ مليار دولار، واستحوذت الشركة على حصة ٢٠٪.", encoding="utf-8")
    code, out, _ = run(capsys, store_path, "suggest", "--text-file", str(f), "--json")
    rows = jsonl(out)
    assert code == 0
    assert [(r["text"], r["value"], r["unit"], r["kind"]) for r in rows] == [
        ("٣٫٥ مليار دولار", 3.5e9, "USD", "money"),
        ("٢٠٪", 20.0, "%", "percent"),
    ]


def test_suggest_jsonl_keeps_ids_and_ignores_other_fields(capsys, store_path, tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [
        {"id": "a1", "text": "جمعت الشركة 50 مليون دولار", "source": "ignored"},
        {"id": 7, "text": "افتتح المعرض عام 2024 في الرياض"},
    ]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, store_path, "suggest", "--jsonl", str(f))
    rows = jsonl(out)
    assert code == 0 and [r["id"] for r in rows] == ["a1", 7]
    (claim,) = rows[0]["claims"]
    assert set(claim) == {"start", "end", "text", "category", "kind", "value", "unit", "approx", "rule", "entry", "why"}
    assert (claim["text"], claim["value"], claim["unit"]) == ("50 مليون دولار", 5e7, "USD")
    assert rows[1]["claims"] == []


def test_suggest_jsonl_bad_line_is_a_clear_error(capsys, store_path, tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": 1, "text": "x"}\nnot json\n', encoding="utf-8")
    code, out, err = run(capsys, store_path, "suggest", "--jsonl", str(f))
    assert code == 1 and out == "" and "bad.jsonl:2" in err
    code, _, err = run(capsys, store_path, "suggest", "--jsonl", str(tmp_path / "missing.jsonl"))
    assert code == 1 and "missing.jsonl" in err


def test_save_needs_an_article(capsys, store_path, tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("مليون دولار", encoding="utf-8")
    code, _, err = run(capsys, store_path, "suggest", "--text-file", str(f), "--save")
    assert code == 1 and "--save needs an article ID" in err
