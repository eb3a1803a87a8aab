"""A property-based fuzzer for import-annotations: malformed W3C and JSON Lines files (mutations of real exports)
are refused with one clear line and change nothing, or are imported with every value in range; never an
internal error. 1,200 cases per run (600 per format)."""

from __future__ import annotations

import itertools
import json
import math
import re
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.exchange.annotation_import import FormatError, import_annotations
from desktop.core.exchange.exporting import export
from desktop.core.store.database import Store, StoreError
from desktop.core.store.models import KINDS, ORIGINS, STATUSES
from tests.core.merge_support import table_contents

TEXT = ("قالت الشركة إنها جمعت 1.7 مليار يورو في جولة تمويل، وإن حصة ASML بلغت 11% من رأس المال، "
        "وإن عدد المستخدمين تجاوز ٣ ملايين 🚀 في أوروبا.")
TABLES = ("articles", "annotations", "categories", "annotation_orphans", "annotation_history", "claim_revisions")
CASES = 600

TRICKY = st.sampled_from([0, -1, 2**31, 2**53 + 1, 2**63, -(2**63) - 1, 10**400, 1e308, -1e308, 5e-324,
                          float("nan"), float("inf"), "", "junk", "urn:uuid:", "2026-13-45", "2026-12-07T10:00:00Z",
                          "sha256:", "other", "money", "confirmed", "\u202e=1+1", "🚀", "x" * 300, "a\x00b", True])
leaves = st.one_of(TRICKY, TRICKY, st.none(), st.text(max_size=12), st.integers(min_value=-(2**70), max_value=2**70),
                   st.floats())
values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, (*prefix, i))


def mutate(doc, path, how, value):
    if not path:
        return value
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if how == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


CLAIM_KEYS = {"uuid", "start", "end", "quote", "prefix", "suffix", "category", "kind", "value", "unit", "note",
              "status", "origin", "author", "created", "modified", "id", "type", "target", "source", "selector",
              "exact", "hamish:category", "hamish:kind", "hamish:value", "hamish:unit", "hamish:status",
              "hamish:origin", "content_hash", "text", "claims", "categories", "items", "first", "body"}


FRESH = itertools.count()
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def renamed(doc):
    """The export with every claim id made new, so each case adds claims instead of finding them unchanged."""
    n = next(FRESH)
    text = json.dumps(doc, ensure_ascii=False)
    return json.loads(UUID.sub(lambda m: f"{m.group(0)[:24]}{n:06x}{m.group(0)[30:]}", text))


@st.composite
def mutated(draw, valid):
    """A valid export with 1–3 nodes replaced or deleted; half the time a claim's field, which matters most."""
    doc = renamed(valid)
    for _ in range(draw(st.integers(1, 3))):
        where = sorted(paths(doc), key=repr)
        fields = [p for p in where if p and p[-1] in CLAIM_KEYS]
        path = draw(st.sampled_from(fields) if fields and draw(st.booleans()) else st.sampled_from(where))
        doc = mutate(doc, path, draw(st.sampled_from(["replace", "replace", "delete"])), draw(values))
    return doc


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    source = Store.open(folder / "source.db", author="colleague", daily_backup=False)
    article, _ = source.add_article(title="تمويل ASML", text=TEXT)
    for quote, category, value, unit, kind in (("1.7 مليار يورو", "amount", 1.7e9, "EUR", "money"),
                                               ("11%", "stake", 11.0, "%", "percent"),
                                               ("٣ ملايين", "users", 3e6, "users", "count")):
        start = TEXT.index(quote)
        source.add_annotation(article.id, start, start + len(quote), category, value=value, unit=unit, kind=kind,
                              note="ملاحظة 🚀")
    export(source, "w3c", folder / "valid.jsonld")
    export(source, "jsonl", folder / "valid.jsonl")
    source.close()
    w3c = json.loads(fixed((folder / "valid.jsonld").read_text(encoding="utf-8")))
    lines = [json.loads(line) for line in fixed((folder / "valid.jsonl").read_text(encoding="utf-8")).splitlines()
             if line]
    return w3c, lines


def fixed(text: str) -> str:
    """An export with its ids and times made the same on every run, so hypothesis draws the same cases."""
    ids: dict[str, str] = {}
    text = UUID.sub(lambda m: ids.setdefault(m.group(0), f"00000000-0000-4000-8000-{len(ids):012x}"), text)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "2026-01-02T03:04:05.678Z", text)


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    folder = tmp_path_factory.mktemp("target")
    store = Store.open(folder / "target.db", author="analyst", daily_backup=False)
    store.db.execute("PRAGMA synchronous = OFF")  # speed only: durability is not what this test is about
    store.add_article(title="تمويل ASML", text=TEXT)
    yield store, folder
    store.close()


def in_range(store: Store) -> None:
    """Every stored claim: a span inside its article that quotes it, known kind/status/origin, a finite value,
    real timestamps."""
    texts = {a.id: store.article(a.id).text for a in store.articles()}
    for a in store.annotations():
        text = texts[a.article]
        assert 0 <= a.start < a.end <= len(text) and text[a.start:a.end] == a.quote
        assert a.kind in (None, *KINDS) and a.status in STATUSES and a.origin in ORIGINS
        assert a.value is None or (isinstance(a.value, float) and math.isfinite(a.value))
        assert a.category in store.category_names()
        for stamp in (a.created, a.modified):
            datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert store.check() == []


def check_import(store: Store, path, name: str) -> None:
    """Import inside an outer transaction that is rolled back after the checks, so every case starts from the
    same small store (the import's own transaction becomes a savepoint, rolled back on refusal as usual)."""
    before = table_contents(store, TABLES)
    store.db.execute("BEGIN")
    try:
        try:
            import_annotations(store, path)
        except (FormatError, StoreError) as exc:
            message = str(exc)
            assert message and "\n" not in message and "Traceback" not in message
            assert name in message or "claim" in message or "annotation" in message
            assert table_contents(store, TABLES) == before  # a refused file changes nothing
        in_range(store)
    finally:
        store.db.execute("ROLLBACK")


SETTINGS = settings(max_examples=CASES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


@SETTINGS
@given(data=st.data())
def test_malformed_w3c_files_are_refused_clearly_or_imported_in_range(exports, target, data):
    store, folder = target
    doc = data.draw(mutated(exports[0]))
    path = folder / "fuzz.jsonld"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    check_import(store, path, "fuzz.jsonld")


@SETTINGS
@given(data=st.data())
def test_malformed_jsonl_files_are_refused_clearly_or_imported_in_range(exports, target, data):
    store, folder = target
    lines = data.draw(mutated(exports[1]))
    if isinstance(lines, list):
        body = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    else:
        body = json.dumps(lines, ensure_ascii=False)
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(body))))
    path = folder / "fuzz.jsonl"
    path.write_text(body if cut is None else body[:cut], encoding="utf-8")
    check_import(store, path, "fuzz.jsonl")


def test_a_claim_category_no_category_can_have_refuses_the_file_naming_it(tmp_path):
    """Found by the fuzzer: a category name such as «urn:uuid:» was refused without naming the file or the claim."""
    source = Store.open(tmp_path / "source.db")
    article, _ = source.add_article(title="خبر", text=TEXT)
    start = TEXT.index("11%")
    source.add_annotation(article.id, start, start + 3, "stake")
    export(source, "jsonl", tmp_path / "bad.jsonl")
    source.close()
    lines = (tmp_path / "bad.jsonl").read_text(encoding="utf-8").splitlines()
    lines = [line.replace('"category": "stake"', '"category": "urn:uuid:"') for line in lines]
    assert any('"urn:uuid:"' in line for line in lines)
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = Store.open(tmp_path / "target.db")
    before = table_contents(target, TABLES)
    with pytest.raises(StoreError, match=r"^bad\.jsonl: a claim's category cannot be used: category name 'urn:uuid:'"):
        import_annotations(target, tmp_path / "bad.jsonl")
    assert table_contents(target, TABLES) == before
    target.close()
