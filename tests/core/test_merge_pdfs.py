"""`hamish merge` carries the PDF kept with an article, so the merged store still shows its pages."""

from __future__ import annotations

from pathlib import Path

from desktop.core.exchange.merge import merge
from desktop.core.importing import import_file
from desktop.core.importing.pdf.stored import load_pdf
from desktop.core.store.database import Store

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "arabic_two_columns.pdf"


def test_merge_brings_the_kept_pdf_with_its_article(tmp_path):
    theirs = Store.open(tmp_path / "theirs.db", author="b", daily_backup=False)
    article, _ = theirs.add_document(import_file(PDF, ocr=False))
    kept = load_pdf(theirs, article.id)
    theirs.close()
    ours = Store.open(tmp_path / "ours.db", author="a", daily_backup=False)
    report = merge(ours, tmp_path / "theirs.db")
    assert report.pdfs_added == 1
    here = ours.article_by_hash(kept.content_hash)
    assert load_pdf(ours, here.id) == kept
    assert merge(ours, tmp_path / "theirs.db").pdfs_added == 0  # once
