"""`hamish export --format html|pdf --subject NAME` / `--subjects …`: which subjects the report charts (subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys

import pypdfium2
import pytest

from desktop.core.store.database import Store
from tests.core.compare.library import build


def hamish(store_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", "--store", str(store_path), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=180)


@pytest.fixture
def library(store_path):
    store = Store.open(store_path, author="tester")
    build(store)
    store.close()
    return store_path


def _charted(html: str) -> set[str]:
    section = html[html.index('<section class="subjects"'):]
    return {h.split(">", 1)[1].split("</h3>")[0] for h in section.split("<h3")[1:]}


def test_subjects_named_on_the_command_line_are_the_ones_charted(library, tmp_path):
    out = tmp_path / "r.html"
    done = hamish(library, "export", "-f", "html", "-o", out, "--subject", "Aramco", "--subject", "ميسترال")
    assert done.returncode == 0, done.stderr
    assert _charted(out.read_text(encoding="utf-8")) == {"أرامكو — amount", "أرامكو — stake", "ميسترال — valuation"}
    done = hamish(library, "export", "-f", "html", "-o", out, "--subjects", "contradictions")
    assert done.returncode == 0, done.stderr
    assert _charted(out.read_text(encoding="utf-8")) == {"أرامكو — amount", "طلبات — users"}
    done = hamish(library, "export", "-f", "html", "-o", out)  # the default leaves single-source ones out, and says so
    html = out.read_text(encoding="utf-8")
    assert len(_charted(html)) == 3 and 'data-charts="2"' in html


def test_a_pdf_report_charts_only_the_chosen_subject(library, tmp_path):
    def text(*args) -> str:
        out = tmp_path / "r.pdf"
        done = hamish(library, "export", "-f", "pdf", "-o", out, *args)
        assert done.returncode == 0, done.stderr
        pdf = pypdfium2.PdfDocument(str(out))
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))

    every, aramco = text("--subjects", "all"), text("--subject", "Aramco")
    assert every.count("valuation") > 0 and aramco.count("valuation") == 0  # Talabat's and Mistral's charts are gone
    assert aramco.count("stake") == every.count("stake") > 0  # Aramco's are kept


def test_a_subject_choice_that_cannot_be_met_is_refused_in_one_line(library, tmp_path):
    out = tmp_path / "r.html"
    done = hamish(library, "export", "-f", "html", "-o", out, "--subject", "Nokia")
    assert done.returncode == 1 and "no subject named 'Nokia'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr and not out.exists()
    done = hamish(library, "export", "-f", "csv", "-o", tmp_path / "r.csv", "--subject", "طلبات")
    assert done.returncode == 1 and "html and pdf" in done.stderr and not (tmp_path / "r.csv").exists()
