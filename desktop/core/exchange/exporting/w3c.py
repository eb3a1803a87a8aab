"""W3C Web Annotation export: one AnnotationCollection (JSON-LD) whose first page holds every claim.

Shape (all offsets are Unicode code points, end exclusive, as in the store):

* the collection: ``@context`` = [``http://www.w3.org/ns/anno.jsonld``, the inline Hamish context below],
  ``type: AnnotationCollection``, ``label``, ``total``, ``generator``, ``generated``, ``first`` (an
  ``AnnotationPage`` with ``items``), and two extension fields: ``hamish:articles`` (each exported
  article: its URI, ``hamish:title``, ``hamish:source``, ``hamish:sourceUrl``, ``language``,
  ``textDirection``, ``hamish:published`` (the publication date), ``hamish:publishedFrom``, ``hamish:site``
  and ``hamish:text``, the full canonical text, so a fresh store can
  recreate it) and ``hamish:categories`` (name, labels, colour, shortcut);
* each annotation: ``id`` ``urn:uuid:<uuid>``, ``motivation: highlighting``, ``created``, ``modified``,
  ``creator`` (a Person named by the author), ``target`` = {``source``: ``urn:hamish:article:sha256:<hex>``,
  ``selector``: [TextQuoteSelector (exact/prefix/suffix), TextPositionSelector, and for an article imported
  from a PDF a FragmentSelector conforming to RFC 8118, ``page=N&viewrect=left,top,width,height`` in points
  from the page's top left]}, and ``body`` = a
  TextualBody with ``purpose: tagging`` whose value is the category and which carries the claim's
  ``hamish:category``, ``hamish:kind``, ``hamish:value``, ``hamish:unit``, ``hamish:status`` and
  ``hamish:origin``, plus, when the claim has a note, a TextualBody with ``purpose: commenting``, and when
  it has a subject (what the figure is about), a TextualBody with ``purpose: identifying`` whose value is the
  subject's name (also as ``hamish:subject``), and for each contradiction of the claim that an analyst resolved, a
  TextualBody with ``purpose: assessing`` whose value is the analyst's note and whose ``hamish:resolves`` is the
  other claim's annotation IRI (``urn:uuid:<uuid>``), with ``hamish:resolvedBy`` and ``hamish:resolved`` (when).
  Both claims of a pair carry the body; an import keeps it when both claims are in the store.

The extension vocabulary lives under ``https://hamish.invalid/ns/claims#`` and is defined inline in
``@context`` (:data:`HAMISH_CONTEXT`), so no document is ever fetched.
"""

from __future__ import annotations

import json
import uuid as _uuid
from collections.abc import Iterator
from pathlib import Path

from desktop.core.exchange.anchoring import article_uri, selectors
from desktop.core.store.models import Annotation, utc_now
from desktop.core.exchange.exporting.common import ArticleClaims, claim_count, plain_number

__all__ = ["FORMAT_ID", "ANNO_CONTEXT", "HAMISH_NS", "HAMISH_CONTEXT", "annotation_json", "collection", "write_w3c"]

FORMAT_ID = "hamish-w3c/1"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
HAMISH_NS = "https://hamish.invalid/ns/claims#"
HAMISH_CONTEXT = {
    "hamish": HAMISH_NS,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "hamish:format": {"@type": "xsd:string"},
    "hamish:category": {"@type": "xsd:string"},
    "hamish:kind": {"@type": "xsd:string"},
    "hamish:value": {"@type": "xsd:double"},
    "hamish:unit": {"@type": "xsd:string"},
    "hamish:status": {"@type": "xsd:string"},
    "hamish:origin": {"@type": "xsd:string"},
    "hamish:subject": {"@type": "xsd:string"},
    "hamish:articles": {"@container": "@list"},
    "hamish:categories": {"@container": "@list"},
    "hamish:text": {"@type": "xsd:string"},
    "hamish:title": {"@type": "xsd:string"},
    "hamish:source": {"@type": "xsd:string"},
    "hamish:sourceUrl": {"@type": "@id"},
    "hamish:published": {"@type": "xsd:date"},
    "hamish:publishedFrom": {"@type": "xsd:string"},
    "hamish:site": {"@type": "xsd:string"},
    "hamish:contentHash": {"@type": "xsd:string"},
    "hamish:resolves": {"@type": "@id"},
    "hamish:resolvedBy": {"@type": "xsd:string"},
    "hamish:resolved": {"@type": "xsd:dateTime"},
}


RFC_8118 = "http://tools.ietf.org/rfc/rfc8118"


def annotation_json(a: Annotation, content_hash: str, fragment: str | None = None,
                    resolutions: list[dict] = ()) -> dict:
    """One claim as a W3C Web Annotation (without its own ``@context``; the collection's applies).
    `fragment` is its place on the article's PDF page (RFC 8118), if the article came from a PDF."""
    claim_body = {
        "type": "TextualBody",
        "purpose": "tagging",
        "value": a.category,
        "format": "text/plain",
        "hamish:category": a.category,
        "hamish:kind": a.kind,
        "hamish:value": plain_number(a.value),
        "hamish:unit": a.unit,
        "hamish:status": a.status,
        "hamish:origin": a.origin,
    }
    bodies: list[dict] = [claim_body]
    if a.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain"})
    if a.subject:
        bodies.append({"type": "TextualBody", "purpose": "identifying", "value": a.subject, "format": "text/plain",
                       "hamish:subject": a.subject})
    for r in resolutions:
        other = r["b"] if r["a"] == a.uuid else r["a"]
        bodies.append({"type": "TextualBody", "purpose": "assessing", "value": r["note"], "format": "text/plain",
                       "hamish:resolves": f"urn:uuid:{other}", "hamish:resolvedBy": r["author"],
                       "hamish:resolved": r["resolved"]})
    out = {
        "id": f"urn:uuid:{a.uuid}",
        "type": "Annotation",
        "motivation": "highlighting",
        "created": a.created,
        "modified": a.modified,
        "body": bodies,
        # The stored quote and context are what the claim was made on; they equal the text's by construction.
        "target": {"source": article_uri(content_hash),
                   "selector": selectors(a.quote, a.prefix, a.suffix, a.start, a.end)},
    }
    if fragment:
        out["target"]["selector"].append({"type": "FragmentSelector", "conformsTo": RFC_8118, "value": fragment})
    if a.author:
        out["creator"] = {"type": "Person", "name": a.author}
    return out


def _article_json(item: ArticleClaims) -> dict:
    art = item.article
    return {
        "id": article_uri(art.content_hash),
        "hamish:contentHash": art.content_hash,
        "hamish:title": art.title,
        "hamish:source": art.source,
        "hamish:sourceUrl": art.source_url,
        "language": art.language,
        "textDirection": art.direction,
        **{key: value for key, value in (("hamish:published", art.published),
                                         ("hamish:publishedFrom", art.published_from),
                                         ("hamish:site", art.site)) if value},
        "hamish:text": art.text,
    }


def _items(item: ArticleClaims, store, resolved: dict[str, list[dict]] | None = None) -> Iterator[dict]:
    boxes = _pdf_boxes(store, item.article.id) if store is not None else None
    for a in item.claims:
        fragment = boxes.fragment(a.start, a.end) if boxes is not None else None
        yield annotation_json(a, item.article.content_hash, fragment, (resolved or {}).get(a.uuid, ()))


def _resolved(store) -> dict[str, list[dict]] | None:
    from desktop.core.compare.contradictions import resolutions_by_claim

    return resolutions_by_claim(store) if store is not None else None


def _head(total: int, generated: str | None) -> dict:
    return {
        "@context": [ANNO_CONTEXT, HAMISH_CONTEXT],
        "id": f"urn:uuid:{_uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Hamish claims",
        "hamish:format": FORMAT_ID,
        "total": total,
        "generator": {"id": "urn:hamish:app", "type": "Software", "name": "Hamish"},
        "generated": generated or utc_now(),
    }


def _page_head() -> dict:
    return {"id": f"urn:uuid:{_uuid.uuid4()}", "type": "AnnotationPage", "startIndex": 0}


def collection(selection: list[ArticleClaims], categories: list[dict], *, generated: str | None = None,
               store=None) -> dict:
    """The AnnotationCollection of ``selection`` with its single page (``store`` adds PDF fragments)."""
    resolved = _resolved(store)
    items = [a for item in selection for a in _items(item, store, resolved)]
    return {
        **_head(len(items), generated),
        "hamish:articles": [_article_json(item) for item in selection],
        "hamish:categories": categories,
        "first": {**_page_head(), "items": items},
    }


def _pdf_boxes(store, article_id: int):
    """The glyph boxes of an article imported from a PDF kept in ``store``, else None."""
    from desktop.core.importing.pdf.boxes import GlyphBoxes
    from desktop.core.importing.pdf.stored import load_pdf
    stored = load_pdf(store, article_id)
    return GlyphBoxes(stored) if stored is not None else None


def write_w3c(selection: list[ArticleClaims], categories: list[dict], path: Path, store=None) -> int:
    """Write the collection as UTF-8 JSON-LD, streaming (one article, then one annotation, per line: memory
    does not grow with the library; the document is the same JSON as :func:`collection`'s); returns the number
    of annotations."""
    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    written = 0
    resolved = _resolved(store)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(_head(claim_count(selection), None), ensure_ascii=False, indent=1)[:-2])
        fh.write(',\n "hamish:articles": [')
        for n, item in enumerate(selection):
            fh.write(("," if n else "") + "\n  " + dumps(_article_json(item)))
        fh.write("\n ],\n \"hamish:categories\": " + dumps(categories) + ",\n \"first\": ")
        fh.write(dumps(_page_head())[:-1] + ', "items": [')
        for item in selection:
            for annotation in _items(item, store, resolved):
                fh.write(("," if written else "") + "\n  " + dumps(annotation))
                written += 1
        fh.write("\n ]}\n}\n")
    return written
