"""`hamish subjects`, `compare`, `contradictions` and `rates`, run as real subprocesses on a library we wrote."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from desktop.core.store.database import Store
from tests.core.compare.library import build


def hamish(store_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", "--store", str(store_path), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


@pytest.fixture
def library(store_path):
    store = Store.open(store_path, author="tester")
    claims = build(store)
    store.close()
    return claims


def test_subjects_compare_and_contradictions(store_path, library):
    done = hamish(store_path, "subjects", "--json")
    assert done.returncode == 0, done.stderr
    subjects = {s["name"]: s for s in json.loads(done.stdout)["subjects"]}
    assert set(subjects) == {"ميسترال", "أرامكو", "طلبات"} and "Mistral AI" in subjects["ميسترال"]["aliases"]

    done = hamish(store_path, "compare", "Mistral AI", "--category", "valuation", "--json")
    assert done.returncode == 0, done.stderr
    points = json.loads(done.stdout)["points"]
    assert [p["published"] for p in points] == sorted(p["published"] for p in points)
    assert {p["unit"] for p in points} == {"EUR", "USD"} and {p["compared_unit"] for p in points} == {"USD"}

    done = hamish(store_path, "compare", "طلبات", "--csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {r["unit"] for r in rows} >= {"users", "USD"}

    done = hamish(store_path, "contradictions", "--json")
    found = json.loads(done.stdout)["contradictions"]
    assert sorted(c["subject"] for c in found) == ["أرامكو", "طلبات"]
    a, b = found[0]["a"]["uuid"], found[0]["b"]["uuid"]
    assert hamish(store_path, "contradictions", "--resolve", a, b, "--note", "تقديرات محللين").returncode == 0
    found = json.loads(hamish(store_path, "contradictions", "--json").stdout)["contradictions"]
    assert [c["note"] for c in found if c["resolved"]] == ["تقديرات محللين"]
    assert "resolved: تقديرات محللين" in hamish(store_path, "contradictions").stdout


def test_merging_subjects_from_the_command_line(store_path, library):
    assert hamish(store_path, "subjects", "--set", library["talabat-ipo"][0].uuid, "Talabat Holding").returncode == 0
    done = hamish(store_path, "subjects", "--merge", "طلبات", "Talabat Holding")
    assert done.returncode == 0 and "1 claim(s) moved" in done.stdout
    names = [s["name"] for s in json.loads(hamish(store_path, "subjects", "--json").stdout)["subjects"]]
    assert "Talabat Holding" not in names


def test_bad_input_is_one_line_and_changes_nothing(store_path, library, tmp_path):
    done = hamish(store_path, "compare", "Nobody")
    assert done.returncode == 1 and done.stderr.strip() == "hamish: error: no subject named 'Nobody' (see `hamish subjects`)"
    bad = tmp_path / "rates.csv"
    bad.write_text("day,currency,per_usd\n2025-01-01,EUR,zero\n", encoding="utf-8")
    done = hamish(store_path, "rates", str(bad))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert f"{bad}: line 2: the rate 'zero' must be a positive number" in done.stderr
    assert hamish(store_path, "compare", "ميسترال", "--currency", "XXX").returncode == 1
    good = tmp_path / "good.csv"
    good.write_text("day,currency,per_usd\n2025-09-01,EUR,0.5\n", encoding="utf-8")
    assert hamish(store_path, "rates", str(good)).returncode == 0
    # at 0.5 EUR per USD the euro figure doubles in dollars: the planted agreement becomes a contradiction
    found = json.loads(hamish(store_path, "contradictions", "--json").stdout)["contradictions"]
    assert any(c["subject"] == "ميسترال" for c in found)
