"""Subjects in the store: the migration, names and aliases matched after folding, a claim's subject, merging."""

from __future__ import annotations

import pytest

from desktop.core.store.database import StoreError
from desktop.core.store.migrations import migrations

TEXT = "جمعت شركة Mistral AI مبلغ 600 مليون يورو 😀 وبلغت قيمة ميسترال 11.7 مليار يورو."


def _claim(store, quote, **fields):
    article, _ = store.add_article(title="t", text=TEXT)
    start = TEXT.index(quote)
    return store.add_annotation(article.id, start, start + len(quote), "valuation", **fields)


def test_the_migration_is_named_and_follows_m012():
    names = [m.name for m in migrations._migrations]
    assert names.index("m013_claim_subjects") == names.index("m012_hub_sync") + 1


def test_a_subject_is_found_by_any_of_its_names_after_folding(store):
    assert store.ensure_subject("ميسترال", ["Mistral AI", "mistral"]) == "ميسترال"
    assert store.ensure_subject("MISTRAL AI") == "ميسترال"
    assert store.ensure_subject("مِيسترال") == "ميسترال"  # a diacritic does not make another subject
    assert [s.name for s in store.subjects()] == ["ميسترال"]
    assert store.subject("mistral ai").aliases == ("Mistral AI", "mistral")


def test_a_claim_keeps_its_subject_and_a_new_name_becomes_a_subject(store):
    a = _claim(store, "11.7 مليار يورو", subject="Mistral AI")
    assert store.annotation(a.uuid).subject == "Mistral AI"
    store.add_alias("Mistral AI", "ميسترال")
    b = store.update_annotation(a.uuid, subject="ميسترال")  # an alias is stored as the canonical name
    assert b.subject == "Mistral AI" and store.annotation(a.uuid).subject == "Mistral AI"
    cleared = store.update_annotation(a.uuid, subject="")
    assert cleared.subject is None and store.subjects()[0].claims == 0


def test_the_subject_is_in_the_claim_history(store):
    a = _claim(store, "600 مليون يورو")
    store.update_annotation(a.uuid, subject="Mistral AI")
    records = [v.record["subject"] for v in store.versions(a.uuid)]
    assert sorted(records, key=str) == ["Mistral AI", None]


def test_merging_two_subjects_moves_claims_and_aliases_and_undoes_exactly(store):
    a = _claim(store, "600 مليون يورو", subject="Mistral AI")
    b = _claim(store, "11.7 مليار يورو", subject="ميسترال")
    store.add_alias("ميسترال", "ميسترال للذكاء الاصطناعي")
    done = store.merge_subjects("Mistral AI", "ميسترال")
    assert done.claims == (b.uuid,)
    assert {x.subject for x in store.annotations()} == {"Mistral AI"}
    assert store.subject("ميسترال للذكاء الاصطناعي").name == "Mistral AI"
    assert [s.name for s in store.subjects()] == ["Mistral AI"]
    store.unmerge_subjects(done)
    assert store.annotation(a.uuid).subject == "Mistral AI" and store.annotation(b.uuid).subject == "ميسترال"
    assert store.subject("ميسترال للذكاء الاصطناعي").name == "ميسترال"
    assert store.subject("Mistral AI").aliases == ()


def test_bad_merges_change_nothing(store):
    _claim(store, "600 مليون يورو", subject="Mistral AI")
    with pytest.raises(StoreError, match="no subject named 'Nobody'"):
        store.merge_subjects("Mistral AI", "Nobody")
    with pytest.raises(StoreError, match="same subject"):
        store.merge_subjects("Mistral AI", "mistral ai")
    store.ensure_subject("ASML")
    with pytest.raises(StoreError, match="merge the two instead"):
        store.add_alias("Mistral AI", "asml")
    assert [(s.name, s.aliases, s.claims) for s in store.subjects()] == [("ASML", (), 0), ("Mistral AI", (), 1)]


def test_an_empty_subject_name_is_refused(store):
    with pytest.raises(StoreError, match="needs a name"):
        store.ensure_subject("   ")
