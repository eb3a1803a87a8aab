"""Exports stream: the selection is read one article at a time, and the streamed files say what the whole ones said."""

from __future__ import annotations

import csv
import json

from desktop.core.exchange.exporting import export, select
from desktop.core.exchange.exporting.common import Selection, category_records
from desktop.core.exchange.exporting.report_html import build_report, write_report
from desktop.core.exchange.exporting.w3c import collection


def _library(store, articles: int = 3):
    for n in range(articles):
        text = f"مقال {n}: بلغ العجز {n + 2} مليار دينار 🚀 ووصل عدد المستفيدين إلى {n + 5} آلاف."
        article, _ = store.add_article(title=f"مقال 𝟙 {n}", text=text)
        start = text.index("مليار") - 2
        store.add_annotation(article.id, start, start + 13, "amount", value=float(n + 2) * 1e9, kind="money",
                             status="confirmed" if n % 2 else "unreviewed", note=f"ملاحظة {n}")
        start = text.index("آلاف") - 2
        store.add_annotation(article.id, start, start + 6, "amount", value=float(n + 5) * 1e3, kind="count")


def test_selection_is_lazy_and_counts_in_sql(store):
    _library(store)
    selection = select(store)
    assert isinstance(selection, Selection)
    assert len(selection) == 3 and selection.claim_count == 6
    first = list(selection)
    assert [len(item.claims) for item in first] == [2, 2, 2]
    assert [item.article.id for item in selection] == [item.article.id for item in first]  # iterable again
    store.add_article(title="بلا ادعاءات", text="نص لا ادعاء فيه")
    confirmed = select(store, status="confirmed")
    assert len(confirmed) == 1 and confirmed.claim_count == 1 and confirmed[0].claims[0].status == "confirmed"
    assert len(select(store)) == 4  # no filter: every article, even one with no claims


def test_streamed_w3c_is_the_same_document_as_the_whole_one(store, tmp_path):
    _library(store)
    result = export(store, "w3c", tmp_path / "all.w3c")
    streamed = json.loads((tmp_path / "all.w3c").read_text(encoding="utf-8"))
    whole = collection(select(store), category_records(store))
    for doc in (streamed, whole):
        for key in ("id", "generated"):
            doc.pop(key)
        doc["first"].pop("id")
    assert streamed == whole
    assert result.claims == streamed["total"] == len(streamed["first"]["items"]) == 6


def test_streamed_report_equals_the_built_one(store, tmp_path):
    _library(store)
    out = tmp_path / "report.html"
    claims = write_report(select(store), category_records(store), out, generated="2026-01-01T00:00:00Z")
    assert claims == 6
    built = build_report(select(store), category_records(store), generated="2026-01-01T00:00:00Z")
    assert out.read_text(encoding="utf-8") == built


def test_jsonl_and_xlsx_count_what_they_wrote(store, tmp_path):
    _library(store)
    for fmt in ("jsonl", "xlsx", "csv"):
        result = export(store, fmt, tmp_path / f"all.{fmt}", status="confirmed")
        assert (result.articles, result.claims) == (1, 1), fmt
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and len(json.loads(lines[0])["hamish"]["claims"]) == 1


def test_csv_from_sql_equals_csv_from_claim_objects(store, tmp_path):
    from desktop.core.exchange.exporting.csv_export import write_csv

    _library(store)
    store.add_annotation(1, 0, 4, "amount", note="=SUM(A1)", value=-5.0)
    store.add_annotation(2, 0, 3, "amount", note="\u202eعكس", value=0.1)
    for name, selection in (("all", select(store)), ("named", select(store, [3, 1])),
                            ("filtered", select(store, status="unreviewed"))):
        write_csv(selection, tmp_path / f"{name}-sql.csv")
        write_csv(list(selection), tmp_path / f"{name}-objects.csv")
        sql = (tmp_path / f"{name}-sql.csv").read_bytes()
        assert sql == (tmp_path / f"{name}-objects.csv").read_bytes(), name
    assert b"'=SUM(A1)" in (tmp_path / "all-sql.csv").read_bytes()
    with store.db.conn:  # an article imported again later (import order no longer id order)
        store.db.execute("UPDATE articles SET imported = '2999-01-01T00:00:00Z' WHERE id = 1")
    write_csv(select(store), tmp_path / "reordered-sql.csv")
    write_csv(list(select(store)), tmp_path / "reordered-objects.csv")
    assert (tmp_path / "reordered-sql.csv").read_bytes() == (tmp_path / "reordered-objects.csv").read_bytes()
    with open(tmp_path / "reordered-sql.csv", encoding="utf-8-sig") as fh:
        ids = [row["article_id"] for row in csv.DictReader(fh)]
    assert ids == sorted(ids, key=lambda i: i == "1") and ids[-1] == "1"


def test_xlsx_from_sql_equals_xlsx_from_claim_objects(store, tmp_path):
    import openpyxl

    from desktop.core.exchange.exporting.xlsx_export import write_xlsx

    _library(store)
    store.add_annotation(1, 0, 4, "amount", note="=SUM(A1)", value=-5.0)
    store.add_annotation(2, 0, 3, "amount", note="\u202eعكس GDP 5%", value=0.1)
    store.add_annotation(3, 1, 4, "amount", note="عادي\x01", value=None)
    for name, selection in (("all", select(store)), ("named", select(store, [3, 1])),
                            ("filtered", select(store, status="unreviewed"))):
        sheets = []
        for how, chosen in (("sql", selection), ("objects", list(selection))):
            write_xlsx(chosen, tmp_path / f"{name}-{how}.xlsx")
            book = openpyxl.load_workbook(tmp_path / f"{name}-{how}.xlsx")
            sheets.append([[list(r) for r in book[title].iter_rows(values_only=True)] for title in book.sheetnames])
        assert sheets[0] == sheets[1], name
    book = openpyxl.load_workbook(tmp_path / "all-sql.xlsx")
    notes = [r[9] for r in book["Claims"].iter_rows(min_row=2, values_only=True)]
    assert "'=SUM(A1)" in notes and "عادي\ufffd" in notes and "\u202eعكس \u2066GDP 5\u2069%" in notes


def test_progress_reaches_the_total_and_cancel_leaves_no_file(store, tmp_path):
    from desktop.core.exchange.exporting import FORMATS, ExportCancelled

    _library(store, articles=3)
    text = "بلغ العجز 5 مليار دينار. " * 40
    article, _ = store.add_article(title="مقال كبير", text=text)
    store.add_annotations(article.id, [dict(start=k * 25 + 10, end=k * 25 + 11, category="amount", value=5.0)
                                       for k in range(40)])
    for fmt in FORMATS:
        seen = []
        export(store, fmt, tmp_path / f"all.{fmt}", progress=lambda done, total: seen.append((done, total)))
        assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0, fmt
        assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:])) and len({t for _d, t in seen}) == 1, fmt

        def stop(done, total):
            if done:
                raise ExportCancelled()

        out = tmp_path / f"cancelled.{fmt}"
        try:
            export(store, fmt, out, progress=stop)
        except ExportCancelled:
            pass
        else:
            raise AssertionError(f"{fmt}: not cancelled")
        assert not out.exists() and not out.with_name(out.name + ".part").exists(), fmt
