"""Everything a person writes is shared through the hub: deletions of claims and articles (and their undo), articles
without claims, categories (new ones and renames) and the PDFs kept with articles; bad items are refused."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from desktop.core.hub.client import sync
from desktop.core.hub.protocol import pack_hlc
from desktop.core.importing import import_file
from desktop.core.importing.pdf.stored import load_pdf
from desktop.core.store.models import Annotation
from tests.hub.helpers import ARTICLE, open_store, span, state, with_article

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "arabic_two_columns.pdf"
OTHER = "نص ثانٍ بلا ادعاءات عن الموازنة العامة 📈 في هذا العام.\n"


def _pair(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    return a, b, hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))


def _hashes(store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT content_hash FROM articles")}


def test_a_deleted_claim_is_deleted_everywhere_and_its_undo_travels(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    article = with_article(a)
    claim = a.add_annotation(article, *span(ARTICLE, "12%"), "stake", note="قبل الحذف")
    sync(a, url_a), sync(b, url_b)
    b.delete_annotation(claim.uuid)
    sync(b, url_b), sync(a, url_a)
    assert a.annotations() == [] and a.deletion(claim.uuid) is not None
    record = next(v.record for v in a.versions(claim.uuid) if not v.deleted)  # undo: the version before it
    a.restore_annotation(Annotation(**record, article=article, revision=0), action="undo")
    sync(a, url_a), sync(b, url_b)
    assert [(c.uuid, c.note) for c in b.annotations()] == [(claim.uuid, "قبل الحذف")] and state(a) == state(b)


def test_articles_travel_once_each_even_without_claims_and_their_deletion_and_undo_too(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    with_article(a)
    bare = with_article(a, OTHER)  # no claims on it
    claim = a.add_annotation(with_article(b), *span(ARTICLE, "12%"), "stake")  # b holds the first one too
    sync(a, url_a), sync(b, url_b), sync(a, url_a)
    assert _hashes(a) == _hashes(b) and len(_hashes(b)) == 2
    with psycopg.connect(hub.url()) as conn:
        assert conn.execute("SELECT count(*) FROM hamish.articles").fetchone()[0] == 2  # once each, by content hash
    digest = a.article_hash(bare)
    gone = a.delete_article(bare)
    sync(a, url_a), sync(b, url_b)
    assert digest not in _hashes(b) and b.article_deletion(digest) is not None
    a.restore_article(gone)  # undo of the deletion travels too
    sync(a, url_a), sync(b, url_b)
    assert digest in _hashes(b) and b.article_by_hash(digest).text == OTHER
    # an article with claims: deleted in one store, its claims and the article go in the other
    first = b.article_by_hash(a.article_hash(claim.article)).id
    b.delete_article(first)
    sync(b, url_b), sync(a, url_a)
    assert a.annotations() == [] and _hashes(a) == _hashes(b) == {digest}
    assert state(a) == state(b)


def test_a_colleagues_new_claim_keeps_an_article_deleted_meanwhile(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    with_article(a)
    sync(a, url_a), sync(b, url_b)
    digest = next(iter(_hashes(a)))
    a.delete_article(a.article_by_hash(digest).id)
    b.add_annotation(b.article_by_hash(digest).id, *span(ARTICLE, "12%"), "stake")
    for store, url in ((a, url_a), (b, url_b), (a, url_a), (b, url_b)):
        sync(store, url)
    assert _hashes(a) == _hashes(b) == {digest} and len(a.annotations()) == 1 and state(a) == state(b)


def test_new_categories_and_renames_travel_before_the_claims_that_use_them(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    a.add_category("subsidy", colour="#123456", label_en="Subsidy", label_ar="دعم")
    a.add_annotation(with_article(a), *span(ARTICLE, "40 مليون دولار"), "subsidy")
    sync(a, url_a)
    got = sync(b, url_b)
    assert got.refused == [] and [c.category for c in b.annotations()] == ["subsidy"]
    assert b.categories() == a.categories()
    b.rename_category("subsidy", label_ar="إعانة حكومية", colour="#654321")
    sync(b, url_b), sync(a, url_a)
    assert next(c for c in a.categories() if c.name == "subsidy").label_ar == "إعانة حكومية"
    assert a.categories() == b.categories()
    again_a, again_b = sync(a, url_a), sync(b, url_b)  # what a sync wrote never travels back as a change
    assert again_a.shared_pushed == again_b.shared_pushed == 0


def test_a_kept_pdf_travels_with_its_article(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    article, _ = a.add_document(import_file(PDF, ocr=False))
    kept = load_pdf(a, article.id)
    assert sync(a, url_a).pdfs_pushed == 1
    got = sync(b, url_b)
    assert (got.pdfs_pulled, got.refused) == (1, [])
    assert load_pdf(b, b.article_by_hash(kept.content_hash).id) == kept
    assert sync(a, url_a).pdfs_pushed == 0 and sync(b, url_b).pdfs_pulled == 0


def _serve_item(hub, seq: int, kind: str, key: str, payload) -> None:
    with psycopg.connect(hub.url(), autocommit=True) as conn:
        conn.execute("INSERT INTO hamish.items (origin, origin_seq, kind, key, payload, made, hlc) "
                     "VALUES ('evil', %s, %s, %s, %s::jsonb, '2026-01-01T00:00:00.000Z', %s)",
                     [seq, kind, key, json.dumps(payload), pack_hlc(10**14, seq)])


@pytest.mark.parametrize("key, payload, why", [
    ("Bad Name", {"label_en": "x", "label_ar": "x", "colour": "#000000", "shortcut": None, "position": 1},
     "is not 1–40 lower-case"),
    ("other", {"label_en": "x" * 5000, "label_ar": "x", "colour": "#000000", "shortcut": None, "position": 1},
     "label_en"),
    ("other", {"label_en": "x", "label_ar": "x", "colour": "red", "shortcut": None, "position": 1}, "colour"),
])
def test_bad_categories_are_refused_and_the_store_is_untouched(tmp_path, hub, key, payload, why):
    b = open_store(tmp_path, "b")
    before = b.categories()
    _serve_item(hub, 1, "category", key, payload)
    got = sync(b, hub.url(hub.member("reviewer")))
    assert len(got.refused) == 1 and why in got.refused[0] and "evil/1" in got.refused[0]
    assert b.categories() == before


def test_an_oversized_or_forged_pdf_is_refused_and_nothing_is_kept(tmp_path, hub):
    b = open_store(tmp_path, "b")
    with psycopg.connect(hub.url(), autocommit=True) as conn:
        for n, (pdf, sha) in enumerate(((b"%PDF-" + b"0" * (50 * 2**20), "sha256:x"), (b"%PDF-1.7", "sha256:0" * 1))):
            conn.execute("INSERT INTO hamish.pdfs (content_hash, sha256, pdf, glyphs, page_sizes, ocr_pages, stored) "
                         "VALUES (%s, %s, %s, '', '[]', '[]', 'now')", [f"sha256:{n:064x}", sha, pdf])
    got = sync(b, hub.url(hub.member("reviewer")))
    assert got.pdfs_pulled == 0 and len(got.refused) == 2
    assert "oversized (50.0 MB, at most 50 MB)" in got.refused[0] and "do not match their SHA-256" in got.refused[1]
    assert b.db.execute("SELECT count(*) FROM article_pdfs").fetchone()[0] == 0
    assert sync(b, hub.url(hub.member("reviewer"))).refused == []  # refused once
