"""JSON Lines export: one article per line, in a shape that doccano, Label Studio and Hamish all read.

Every offset is a Unicode code point (a Python ``str`` index), end exclusive — what doccano stores and
what Label Studio's ``Text`` tag uses since its emoji-offset fix. Each line is one JSON object:

* ``id`` — the article's id in the exporting store; ``text`` — its canonical text;
* ``label`` — doccano sequence labelling: ``[[start, end, "category"], ...]``;
* ``data`` — a Label Studio task's data: ``{"text", "title", "content_hash"}``;
* ``annotations`` — one Label Studio annotation whose ``result`` holds one region per claim:
  ``{"id", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"|"prediction",
  "value": {"start", "end", "text", "labels": ["category"]}}`` (a labelling config with
  ``<Labels name="label" toName="text">`` and ``<Text name="text" value="$text"/>`` shows them);
* ``hamish`` — what only Hamish needs to round-trip: ``format`` (``hamish-jsonl/1``), ``title``,
  ``content_hash``, ``source``, ``source_url``, ``language``, ``direction``, ``published`` (YYYY-MM-DD or
  null), ``published_from``, ``site``, ``categories`` and
  ``claims`` (full claim records: uuid, offsets, quote, prefix, suffix, category, kind, value, unit,
  note, status, origin, author, created, modified) and, when an analyst resolved a contradiction that names
  one of the line's claims, ``resolutions``: ``[{"a", "b" (the two claims' uuids), "note", "author",
  "resolved"}]`` (a resolution between claims of two articles is on both lines; importing it twice is harmless).
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.exchange.exporting.common import ArticleClaims, claim_record, plain_number

__all__ = ["FORMAT_ID", "article_line", "write_jsonl"]

FORMAT_ID = "hamish-jsonl/1"


def article_line(item: ArticleClaims, categories: list[dict], resolved: dict[str, list[dict]] | None = None) -> dict:
    """The JSON object of one article line (``resolved``: claim uuid → its contradictions' resolutions)."""
    art = item.article
    regions = [
        {
            "id": a.uuid[:10],
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "origin": "prediction" if a.origin == "suggested" else "manual",
            "value": {"start": a.start, "end": a.end, "text": a.quote, "labels": [a.category]},
        }
        for a in item.claims
    ]
    claims = []
    for a in item.claims:
        record = claim_record(a)
        record["value"] = plain_number(record["value"])
        claims.append(record)
    line = {
        "id": art.id,
        "text": art.text,
        "label": [[a.start, a.end, a.category] for a in item.claims],
        "data": {"text": art.text, "title": art.title, "content_hash": art.content_hash},
        "annotations": [{"result": regions}] if regions else [],
        "hamish": {
            "format": FORMAT_ID,
            "title": art.title,
            "content_hash": art.content_hash,
            "source": art.source,
            "source_url": art.source_url,
            "language": art.language,
            "direction": art.direction,
            "published": art.published,
            "published_from": art.published_from,
            "site": art.site,
            "categories": categories,
            "claims": claims,
        },
    }
    if resolved:
        mine = {r["a"] + " " + r["b"]: r for a in item.claims for r in resolved.get(a.uuid, ())}
        if mine:
            line["hamish"]["resolutions"] = [mine[k] for k in sorted(mine)]
    return line


def write_jsonl(selection: list[ArticleClaims], categories: list[dict], path: Path, store=None) -> int:
    """Write one line per article (``store`` adds the resolutions of contradictions); returns the number of claims."""
    from desktop.core.compare.contradictions import resolutions_by_claim

    resolved = resolutions_by_claim(store) if store is not None else None
    claims = 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for item in selection:  # one article at a time: memory does not grow with the library
            fh.write(json.dumps(article_line(item, categories, resolved), ensure_ascii=False) + "\n")
            claims += len(item.claims)
    return claims
