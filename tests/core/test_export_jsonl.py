"""JSON Lines export: one article per line, readable as doccano and Label Studio data, code-point offsets."""

from __future__ import annotations

import json

from desktop.core.exchange.exporting import export
from desktop.core.exchange.exporting.jsonl import FORMAT_ID


def test_each_line_carries_doccano_label_studio_and_hamish_shapes(store, tmp_path):
    text = "👍 استثمرت ASML مبلغ 1.3 مليار يورو وتملك حصة 11%"
    article, _ = store.add_article(title="عنوان", text=text, source="s")
    empty, _ = store.add_article(title="بلا ادعاءات", text="نص آخر بلا أرقام")
    s1 = text.index("1.3")
    a1 = store.add_annotation(article.id, s1, s1 + 14, "amount", value=1.3e9, unit="EUR", note="ملاحظة")
    s2 = text.index("11%")
    a2 = store.add_annotation(article.id, s2, s2 + 3, "stake", value=11, unit="%", origin="suggested")
    path = export(store, "jsonl", tmp_path / "x.jsonl").path
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    line = lines[0]
    assert line["id"] == article.id and line["text"] == text
    # doccano sequence labelling, code-point offsets
    assert line["label"] == [[s1, s1 + 14, "amount"], [s2, s2 + 3, "stake"]]
    for start, end, _ in line["label"]:
        assert text[start:end] in ("1.3 مليار يورو", "11%")
    # Label Studio task
    assert line["data"]["text"] == text
    regions = line["annotations"][0]["result"]
    assert [r["value"] for r in regions] == [
        {"start": s1, "end": s1 + 14, "text": "1.3 مليار يورو", "labels": ["amount"]},
        {"start": s2, "end": s2 + 3, "text": "11%", "labels": ["stake"]},
    ]
    assert {(r["from_name"], r["to_name"], r["type"]) for r in regions} == {("label", "text", "labels")}
    assert [r["origin"] for r in regions] == ["manual", "prediction"]
    # Hamish's own part: full records
    meta = line["hamish"]
    assert meta["format"] == FORMAT_ID and meta["content_hash"] == article.content_hash
    records = {r["uuid"]: r for r in meta["claims"]}
    assert records[a1.uuid]["note"] == "ملاحظة" and records[a1.uuid]["value"] == 1300000000
    assert records[a2.uuid]["origin"] == "suggested" and records[a2.uuid]["created"] == a2.created
    assert lines[1]["label"] == [] and lines[1]["annotations"] == [] and lines[1]["text"] == empty.text
