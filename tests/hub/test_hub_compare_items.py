"""What the compare room writes travels through the hub: a claim's subject link with the subject, the subject's
aliases, and contradictions' resolutions (and their taking back); bad ones are refused and leave the store as it
was; exchange rates stay local."""

from __future__ import annotations

import pytest

from desktop.core.compare.contradictions import resolutions, resolve, unresolve
from desktop.core.hub.client import sync
from tests.hub.helpers import ARTICLE, open_store, span, with_article
from tests.hub.test_hub_sharing import _serve_item

_UUID_A, _UUID_B = "claim-a", "claim-b"


def _pair(tmp_path, hub):
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    return a, b, hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))


def test_a_subject_travels_with_its_claim_and_its_aliases_follow(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    article = with_article(a)
    a.ensure_subject("شركة النخيل", ["Palm Co 🌴"])
    claim = a.add_annotation(article, *span(ARTICLE, "40 مليون دولار"), "amount", kind="money", value=40e6,
                             unit="USD", subject="شركة النخيل")
    sync(a, url_a), sync(b, url_b)
    assert b.annotation(claim.uuid).subject == "شركة النخيل"
    assert b.subject("Palm Co 🌴").name == "شركة النخيل"  # the alias came with it
    b.add_alias("شركة النخيل", "النخيل القابضة")
    sync(b, url_b)
    sync(a, url_a)
    assert a.subject("النخيل القابضة").name == "شركة النخيل"
    assert a.subject("شركة النخيل").aliases == b.subject("شركة النخيل").aliases == ("Palm Co 🌴", "النخيل القابضة")
    again = sync(a, url_a), sync(b, url_b)
    assert [(r.shared_pushed, r.shared_pulled) for r in again] == [(0, 0), (0, 0)]  # nothing travels back and forth


def test_a_resolution_travels_and_so_does_taking_it_back(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    article = with_article(a)
    first = a.add_annotation(article, *span(ARTICLE, "40 مليون دولار"), "amount", uuid=_UUID_A)
    second = a.add_annotation(article, *span(ARTICLE, "12%"), "stake", uuid=_UUID_B)
    sync(a, url_a), sync(b, url_b)
    resolve(a, first.uuid, second.uuid, "رقمان لفترتين مختلفتين 📅")
    sync(a, url_a), sync(b, url_b)
    [got] = resolutions(b)
    assert (got["a"], got["b"], got["note"], got["author"]) == (_UUID_A, _UUID_B, "رقمان لفترتين مختلفتين 📅", "a")
    assert got == resolutions(a)[0]
    unresolve(b, first.uuid, second.uuid)
    sync(b, url_b), sync(a, url_a)
    assert resolutions(a) == resolutions(b) == []
    again = sync(a, url_a), sync(b, url_b)
    assert [(r.shared_pushed, r.shared_pulled) for r in again] == [(0, 0), (0, 0)]


def test_exchange_rates_stay_local(tmp_path, hub):
    a, b, url_a, url_b = _pair(tmp_path, hub)
    with_article(a)
    a.db.execute("INSERT INTO rates (currency, day, per_usd, source) VALUES ('EUR', '2026-01-02', 0.9, 'mine')")
    sync(a, url_a), sync(b, url_b)
    assert b.db.execute("SELECT count(*) FROM rates").fetchone()[0] == 0


@pytest.mark.parametrize("kind, key, payload, why", [
    ("subject", "شركة", {"aliases": ["x" * 500]}, "alias is not a name"),
    ("subject", "شركة", {"aliases": "نص"}, "fields are not aliases"),
    ("subject", " شركة", {"aliases": []}, "stray spaces"),
    ("resolution", "claim-b claim-a", {"note": "", "author": "", "resolved": "2026"}, "in order"),
    ("resolution", "claim-a claim-b", {"note": "x" * 30_000, "author": "", "resolved": "2026"}, "oversized"),
    ("resolution", "claim-a claim-b", {"note": 5, "author": "", "resolved": "2026"}, "not text"),
])
def test_bad_subjects_and_resolutions_are_refused_and_the_store_is_untouched(tmp_path, hub, kind, key, payload,
                                                                             why):
    b = open_store(tmp_path, "b")
    _serve_item(hub, 1, kind, key, payload)
    got = sync(b, hub.url(hub.member("reviewer")))
    assert len(got.refused) == 1 and why in got.refused[0] and "evil/1" in got.refused[0]
    assert b.subjects() == [] and resolutions(b) == []
