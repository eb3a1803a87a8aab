"""Property: random edits, deletions, undos, article deletions and their undo, category changes, claim subjects and
their aliases, contradictions resolved and taken back, and syncs across four stores, in random orders, through a real
hub: every store ends identical (claims, deleted claims, articles, categories, subjects, resolutions) and no version
anyone wrote (claim revisions and shared items) is missing from any store's history. Two of the members are analysts
whose status changes the hub holds until they are made reviewers at the end."""

from __future__ import annotations

import itertools

import psycopg
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from psycopg import sql

from desktop.core.compare.contradictions import resolutions, resolve, unresolve
from desktop.core.hub.client import add_member, init_hub, sync
from desktop.core.store.errors import StoreError
from desktop.core.store.models import Annotation
from tests.hub.helpers import ARTICLE, identities, open_store, span, state, with_article

SPANS = [span(ARTICLE, w) for w in ("شركة النخيل", "🌴", "40 مليون دولار", "12%")]
STORES = 4
_RUNS = itertools.count(1)

ops = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1)),
    st.tuples(st.just("edit"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1), st.sampled_from(
        ["أ", "ب", "ج 🌴", ""])),
    st.tuples(st.just("delete"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1)),
    st.tuples(st.just("undo"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1)),
    st.tuples(st.just("delete-article"), st.integers(0, STORES - 1)),
    st.tuples(st.just("undo-article"), st.integers(0, STORES - 1)),
    st.tuples(st.just("category"), st.integers(0, STORES - 1), st.integers(0, 1)),
    st.tuples(st.just("recategorise"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1),
              st.integers(0, 1)),
    st.tuples(st.just("status"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1), st.sampled_from(
        ["confirmed", "disputed", "unreviewed"])),
    st.tuples(st.just("subject"), st.integers(0, STORES - 1), st.integers(0, len(SPANS) - 1)),
    st.tuples(st.just("alias"), st.integers(0, STORES - 1), st.integers(0, 2)),
    st.tuples(st.just("resolve"), st.integers(0, STORES - 1), st.booleans()),
    st.tuples(st.just("sync"), st.integers(0, STORES - 1)),
), min_size=1, max_size=22)
SUBJECT = "شركة النخيل"


def _run(store, digest: str, op: tuple) -> None:
    kind, who, *rest = op
    uuid = f"claim-{rest[0]}" if rest and kind not in ("category", "alias", "resolve") else ""
    here = store.article_by_hash(digest)
    article = here.id if here else 0
    try:
        if kind == "delete-article" and here is not None:
            store.delete_article(here.id)
        elif kind == "undo-article" and here is None and store.article_deletion(digest) is not None:
            store.restore_article(digest)
        elif kind == "category":
            name = f"topic{rest[0]}"
            if name in store.category_names():
                store.rename_category(name, label_ar=f"تسمية {who} 🏷")
            else:
                store.add_category(name, label_ar=f"موضوع {rest[0]}")
        elif kind == "subject":
            store.update_annotation(uuid, subject=SUBJECT)
        elif kind == "alias":
            store.ensure_subject(SUBJECT, [f"النخيل {rest[0]} 🌴"])
        elif kind == "resolve" and rest[0]:
            resolve(store, "claim-0", "claim-1", f"حل {who} 📅")
        elif kind == "resolve":
            unresolve(store, "claim-0", "claim-1")
        elif kind == "recategorise":
            store.update_annotation(uuid, category=f"topic{rest[1]}")
        elif kind == "add" and here is not None:
            store.add_annotation(article, *SPANS[rest[0]], "other", uuid=uuid)
        elif kind == "edit":
            store.update_annotation(uuid, note=rest[1])
        elif kind == "status":
            store.update_annotation(uuid, status=rest[1])
        elif kind == "delete":
            store.delete_annotation(uuid)
        elif kind == "undo":  # put back the version before the current one
            earlier = [v for v in store.versions(uuid) if v.action != "note"][1:2]
            if earlier and not earlier[0].deleted:
                store.restore_annotation(Annotation(**earlier[0].record, article=article, revision=0), action="undo")
    except StoreError:
        pass  # not possible in this store now (no such claim, deleted, exists): an analyst could not do it either


def _items(store) -> set[tuple[str, int]]:
    return set(store.db.execute("SELECT origin, origin_seq FROM hub_items").fetchall())


def _everything(store) -> dict:
    articles = sorted(r[0] for r in store.db.execute("SELECT content_hash FROM articles"))
    return {**state(store), "articles": articles, "categories": store.categories(), "subjects": store.subjects(),
            "resolutions": resolutions(store)}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(ops)
@example([("add", 0, 0), ("add", 0, 1), ("sync", 0), ("sync", 1), ("status", 0, 0, "confirmed"),
          ("edit", 0, 0, "أ"), ("edit", 0, 1, "ب"), ("sync", 0), ("status", 1, 0, "disputed"), ("sync", 1),
          ("status", 2, 1, "rejected"), ("sync", 2), ("sync", 0), ("edit", 0, 1, "ج 🌴"), ("sync", 0)])  # held ones
@example([("add", 0, 0), ("add", 0, 1), ("subject", 0, 0), ("alias", 0, 0), ("sync", 0), ("sync", 1), ("sync", 2),
          ("alias", 1, 1), ("alias", 2, 2), ("resolve", 1, True), ("sync", 1), ("sync", 2), ("resolve", 2, False),
          ("sync", 2), ("sync", 0), ("resolve", 3, True), ("sync", 3)])  # subjects' aliases and resolutions
def test_four_stores_converge_and_keep_every_version(tmp_path_factory, pg_cluster, steps):
    name = f"conv{next(_RUNS)}_{id(steps) % 100000}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        init_hub(pg_cluster.url(name))
        urls = []
        for i in range(STORES):
            add_member(pg_cluster.url(name), f"{name}_m{i}", "analyst" if i < 2 else "reviewer")
            urls.append(pg_cluster.url(name, f"{name}_m{i}"))
        folder = tmp_path_factory.mktemp(name)
        stores = [open_store(folder, f"s{i}") for i in range(STORES)]
        digest = stores[0].article_hash(with_article(stores[0]))
        for s in stores[1:]:
            with_article(s)
        for op in steps:
            if op[0] == "sync":
                sync(stores[op[1]], urls[op[1]])
            else:
                _run(stores[op[1]], digest, op)
        written = set().union(*(identities(s) for s in stores))
        items = set().union(*(_items(s) for s in stores))
        for i in range(2):  # the analysts become reviewers: what the hub held goes at their next sync
            add_member(pg_cluster.url(name), f"{name}_m{i}", "reviewer")
        for i in list(range(STORES)) * 2:
            got = sync(stores[i], urls[i])
            assert (got.refused, got.held) == ([], 0)
        first, first_items = _everything(stores[0]), _items(stores[0])
        for s in stores:
            assert _everything(s) == first
            assert identities(s) == written  # no version anyone wrote is missing
            assert items <= _items(s) == first_items  # nor any item (the last syncs may add their own)
            s.close()
    finally:
        with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
