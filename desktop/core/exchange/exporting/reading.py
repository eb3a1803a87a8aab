"""Reading our own exports back: a W3C collection or a JSON Lines file becomes articles with claim records.

Both readers check everything before anything is stored, and raise :class:`FormatError` with one
line that says which file, which line or annotation, and what is wrong.
"""

from __future__ import annotations

import json
import math
import re
import uuid as _uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.exchange.anchoring import hash_from_uri, read_selectors
from desktop.core.jsonl import json_lines
from desktop.core.store.models import KINDS, ORIGINS, STATUSES
from desktop.core.exchange.exporting import jsonl as jsonl_format

__all__ = ["FormatError", "ExportedArticle", "Bundle", "read_bundle", "parse_w3c", "parse_jsonl", "clean_record"]

MAX_BYTES = 200 * 1024 * 1024
MAX_OFFSET = 2**31  # no text of a file under MAX_BYTES has a code point further in
MAX_ID = 200  # characters in a claim's id


class FormatError(ValueError):
    """A file that is not one of our exports, or a broken one."""


@dataclass
class ExportedArticle:
    """An article as an export names it, with the full records of its claims."""

    content_hash: str
    title: str = ""
    text: str | None = None
    source: str = ""
    source_url: str | None = None
    language: str = "ar"
    direction: str = "rtl"
    claims: list[dict] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD: what dates the article's figures when they are compared
    published_from: str | None = None
    site: str | None = None


@dataclass
class Bundle:
    """What one export file holds."""

    format: str
    articles: list[ExportedArticle]
    categories: list[dict]
    resolutions: list[dict] = field(default_factory=list)  # resolved contradictions: {"a", "b", "note", …}

    @property
    def claim_count(self) -> int:
        return sum(len(a.claims) for a in self.articles)


def _text(value: object, where: str, name: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise FormatError(f"{where}: {name!r} must be a{' non-empty' if required else ''} string")
    return value


_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_DATE_FROM = ("metadata", "page", "file")


def _dating(published: object, published_from: object, site: object, where: str) -> dict:
    """An exported article's publication date (YYYY-MM-DD), where that date came from and its site, checked."""
    if published is not None and not (isinstance(published, str) and _DATE.fullmatch(published)):
        raise FormatError(f"{where}: 'published' must be a date written YYYY-MM-DD")
    if published_from is not None and published_from not in _DATE_FROM:
        raise FormatError(f"{where}: 'published_from' must be one of {', '.join(_DATE_FROM)}")
    if site is not None and not (isinstance(site, str) and 0 < len(site) <= 255):
        raise FormatError(f"{where}: 'site' must be a string of at most 255 characters")
    return {"published": published, "published_from": published_from if published else None, "site": site}


def _timestamp(value: object, where: str, name: str, *, required: bool) -> str:
    """An ISO 8601 date-time (as W3C and our exports write them), else FormatError."""
    text = _text(value, where, name, required=required)
    if not text:
        return text
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise FormatError(f"{where}: {name!r} must be an ISO 8601 date and time, not {text[:40]!r}") from None
    return text


def _finite(value: object, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FormatError(f"{where}: 'value' must be a finite number or null")
    try:
        number = float(value)
    except OverflowError:
        raise FormatError(f"{where}: 'value' is too large to be a number") from None
    if not math.isfinite(number):
        raise FormatError(f"{where}: 'value' must be a finite number or null")
    return number


def clean_record(raw: dict, where: str) -> dict:
    """A claim record with every field checked and defaulted; raises FormatError when one is wrong."""
    if not isinstance(raw, dict):
        raise FormatError(f"{where}: a claim must be a JSON object")
    uuid = _text(raw.get("uuid"), where, "uuid", required=True)
    if len(uuid) > MAX_ID or not uuid.isprintable():
        raise FormatError(f"{where}: 'uuid' must be at most {MAX_ID} printable characters")
    start, end = raw.get("start"), raw.get("end")
    for name, v in (("start", start), ("end", end)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= MAX_OFFSET):
            raise FormatError(f"{where}: {name!r} must be a whole number from 0 to {MAX_OFFSET}")
    value = _finite(raw.get("value"), where)
    kind = raw.get("kind") or None
    if kind is not None and kind not in KINDS:
        raise FormatError(f"{where}: unknown kind {kind!r}")
    status = raw.get("status") or "unreviewed"
    if status not in STATUSES:
        raise FormatError(f"{where}: unknown status {status!r}")
    origin = raw.get("origin") or "manual"
    if origin not in ORIGINS:
        raise FormatError(f"{where}: unknown origin {origin!r}")
    created = _timestamp(raw.get("created"), where, "created", required=True)
    return {
        "uuid": uuid,
        "start": start,
        "end": end,
        "quote": _text(raw.get("quote"), where, "quote", required=True),
        "prefix": _text(raw.get("prefix"), where, "prefix"),
        "suffix": _text(raw.get("suffix"), where, "suffix"),
        "category": _text(raw.get("category"), where, "category", required=True),
        "kind": kind,
        "value": value,
        "unit": _text(raw.get("unit"), where, "unit"),
        "note": _text(raw.get("note"), where, "note"),
        "status": status,
        "origin": origin,
        "author": _text(raw.get("author"), where, "author"),
        "created": created,
        "modified": _timestamp(raw.get("modified"), where, "modified", required=False) or created,
        "subject": _text(raw.get("subject"), where, "subject").strip() or None,
    }


def _categories(raw: object, where: str) -> list[dict]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(c, dict) and isinstance(c.get("name"), str) for c in raw):
        raise FormatError(f"{where}: categories must be a list of objects with a name")
    return raw


# --- W3C --------------------------------------------------------------------------------------

def _uuid_of(annotation_id: object, where: str) -> str:
    if isinstance(annotation_id, str) and annotation_id.startswith("urn:uuid:"):
        return annotation_id[len("urn:uuid:"):]
    if isinstance(annotation_id, str) and annotation_id:
        return str(_uuid.uuid5(_uuid.NAMESPACE_URL, annotation_id))
    raise FormatError(f"{where}: the annotation has no id")


_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")


def _tag_category(tag: dict | None) -> str:
    """Another tool's tag as our category when it can be one, else ``other``."""
    value = (tag or {}).get("value")
    return value if isinstance(value, str) and _CATEGORY_NAME.fullmatch(value) else "other"


def _w3c_claim(item: dict, where: str) -> tuple[str, dict]:
    """(target source, claim record) of one W3C annotation."""
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise FormatError(f"{where}: not a W3C Annotation (type must be 'Annotation')")
    target = item.get("target")
    if isinstance(target, list) and target:
        target = target[0]
    if not isinstance(target, dict) or not isinstance(target.get("source"), str):
        raise FormatError(f"{where}: the target must name a source and carry selectors")
    try:
        sel = read_selectors(target.get("selector"))
    except ValueError as exc:
        raise FormatError(f"{where}: {exc}") from None
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    claim = next((b for b in bodies if isinstance(b, dict) and "hamish:category" in b), None)
    tag = next((b for b in bodies if isinstance(b, dict) and b.get("purpose") == "tagging"), None)
    notes = [b.get("value", "") for b in bodies if isinstance(b, dict) and b.get("purpose") == "commenting"]
    claim = claim or {}
    creator = item.get("creator")
    author = creator.get("name") or creator.get("nickname") if isinstance(creator, dict) else creator
    raw = {
        "uuid": _uuid_of(item.get("id"), where),
        "start": sel.start, "end": sel.end, "quote": sel.quote, "prefix": sel.prefix, "suffix": sel.suffix,
        "category": claim.get("hamish:category") or _tag_category(tag),
        "kind": claim.get("hamish:kind"), "value": claim.get("hamish:value"), "unit": claim.get("hamish:unit"),
        "note": "\n".join(n for n in notes if isinstance(n, str)), "status": claim.get("hamish:status"),
        "origin": claim.get("hamish:origin"), "author": author if isinstance(author, str) else "",
        "created": item.get("created"), "modified": item.get("modified"),
        "subject": _w3c_subject(bodies),
    }
    return target["source"], clean_record(raw, where)


def _w3c_subject(bodies: list) -> str | None:
    """The claim's subject: a TextualBody with purpose ``identifying`` (or one carrying ``hamish:subject``)."""
    for b in bodies:
        if isinstance(b, dict) and (b.get("purpose") == "identifying" or "hamish:subject" in b):
            value = b.get("hamish:subject") or b.get("value")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def parse_w3c(doc: object, name: str) -> Bundle:
    """Read a W3C AnnotationCollection (with its first page), an AnnotationPage or a list of Annotations."""
    if isinstance(doc, list):
        items, extra = doc, {}
    elif isinstance(doc, dict) and doc.get("type") == "AnnotationCollection":
        first = doc.get("first", {"items": []})
        if not isinstance(first, dict) or not isinstance(first.get("items", []), list):
            raise FormatError(f"{name}: the collection's first page must be embedded with its items")
        if first.get("next"):
            raise FormatError(f"{name}: the collection has further pages; only single-page exports can be read")
        items, extra = first.get("items", []), doc
    elif isinstance(doc, dict) and doc.get("type") == "AnnotationPage" and isinstance(doc.get("items"), list):
        items, extra = doc["items"], doc
    elif isinstance(doc, dict) and doc.get("type") == "Annotation":
        items, extra = [doc], {}
    else:
        raise FormatError(
            f"{name}: not a Hamish export (expected a W3C AnnotationCollection or Hamish JSON Lines)"
        )
    articles: dict[str, ExportedArticle] = {}
    listed = extra.get("hamish:articles") or []
    if not isinstance(listed, list):
        raise FormatError(f"{name}: 'hamish:articles' must be a list")
    for n, meta in enumerate(listed):
        where = f"{name}: hamish:articles[{n}]"
        if not isinstance(meta, dict) or not isinstance(meta.get("id"), str):
            raise FormatError(f"{where}: each article needs an id")
        text = meta.get("hamish:text")
        articles[meta["id"]] = ExportedArticle(
            content_hash=hash_from_uri(meta["id"]) or meta["id"],
            title=_text(meta.get("hamish:title"), where, "hamish:title"),
            text=text if isinstance(text, str) and text.strip() else None,
            source=_text(meta.get("hamish:source"), where, "hamish:source"),
            source_url=meta.get("hamish:sourceUrl") if isinstance(meta.get("hamish:sourceUrl"), str) else None,
            language=meta.get("language") if isinstance(meta.get("language"), str) else "ar",
            direction="ltr" if meta.get("textDirection") == "ltr" else "rtl",
            **_dating(meta.get("hamish:published"), meta.get("hamish:publishedFrom"), meta.get("hamish:site"),
                      where),
        )
    resolutions = {}
    for n, item in enumerate(items):
        where = f"{name}: annotation {n + 1}"
        source, record = _w3c_claim(item, where)
        article = articles.setdefault(source, ExportedArticle(content_hash=hash_from_uri(source) or source))
        article.claims.append(record)
        for r in _w3c_resolutions(item, record["uuid"], where):
            resolutions[" ".join(sorted((r["a"], r["b"])))] = r
    categories = _categories(extra.get("hamish:categories"), f"{name}: hamish:categories")
    return Bundle("w3c", list(articles.values()), categories, list(resolutions.values()))


def _w3c_resolutions(item: dict, uuid: str, where: str) -> list[dict]:
    """The resolved contradictions a claim annotation carries: bodies of purpose ``assessing`` naming the other
    claim in ``hamish:resolves``."""
    from desktop.core.compare.contradictions import clean_resolution

    bodies = item.get("body") if isinstance(item.get("body"), list) else [item.get("body")]
    out = []
    for b in bodies:
        if isinstance(b, dict) and b.get("purpose") == "assessing" and "hamish:resolves" in b:
            other = b.get("hamish:resolves")
            raw = {"a": uuid, "b": _uuid_of(other, where) if isinstance(other, str) else other,
                   "note": b.get("value", ""), "author": b.get("hamish:resolvedBy", ""),
                   "resolved": b.get("hamish:resolved")}
            try:
                out.append(clean_resolution(raw, where))
            except ValueError as exc:
                raise FormatError(str(exc)) from None
    return out


# --- JSON Lines -------------------------------------------------------------------------------

def _jsonl_article(line: object, where: str) -> tuple[ExportedArticle, list[dict]]:
    meta = line.get("hamish") if isinstance(line, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != jsonl_format.FORMAT_ID:
        raise FormatError(f"{where}: not a Hamish JSON Lines record (no \"hamish\" part of format "
                          f"{jsonl_format.FORMAT_ID})")
    text = line.get("text")
    if not isinstance(text, str):
        raise FormatError(f"{where}: 'text' must be a string")
    digest = _text(meta.get("content_hash"), where, "content_hash", required=True)
    claims = meta.get("claims", [])
    if not isinstance(claims, list):
        raise FormatError(f"{where}: 'hamish.claims' must be a list")
    article = ExportedArticle(
        content_hash=digest,
        title=_text(meta.get("title"), where, "title"),
        text=text if text.strip() else None,
        source=_text(meta.get("source"), where, "source"),
        source_url=meta.get("source_url") if isinstance(meta.get("source_url"), str) else None,
        language=meta.get("language") if isinstance(meta.get("language"), str) else "ar",
        direction="ltr" if meta.get("direction") == "ltr" else "rtl",
        claims=[clean_record(c, f"{where}: claim {k + 1}") for k, c in enumerate(claims)],
        **_dating(meta.get("published"), meta.get("published_from"), meta.get("site"), where),
    )
    return article, _categories(meta.get("categories"), f"{where}: categories")


def parse_jsonl(lines: list[str], name: str) -> Bundle:
    from desktop.core.compare.contradictions import clean_resolution

    articles, categories, resolutions = [], {}, {}
    for where, _n, record in json_lines(lines, name, FormatError):
        article, cats = _jsonl_article(record, where)
        articles.append(article)
        for c in cats:
            categories.setdefault(c["name"], c)
        raw = record["hamish"].get("resolutions", [])
        if not isinstance(raw, list):
            raise FormatError(f"{where}: 'hamish.resolutions' must be a list")
        for k, r in enumerate(raw):
            try:
                r = clean_resolution(r, f"{where}: resolution {k + 1}")
            except ValueError as exc:
                raise FormatError(str(exc)) from None
            resolutions[" ".join(sorted((r["a"], r["b"])))] = r
    if not articles:
        raise FormatError(f"{name}: holds no records")
    return Bundle("jsonl", articles, list(categories.values()), list(resolutions.values()))


def read_bundle(path: str | Path) -> Bundle:
    """Read an export file of either format; raises FormatError with a one-line reason."""
    path = Path(path)
    if not path.exists():
        raise FormatError(f"{path}: no such file")
    if path.is_dir():
        raise FormatError(f"{path}: is a folder, not an export file")
    if path.stat().st_size > MAX_BYTES:
        raise FormatError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; not one of our exports")
    try:
        content = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(f"{path}: not UTF-8 text, so not JSON") from None
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not content.strip():
        raise FormatError(f"{path}: is empty")
    try:
        doc = json.loads(content)
    except RecursionError:
        raise FormatError(f"{path}: JSON nested too deeply; not one of our exports") from None
    except json.JSONDecodeError as whole:
        lines = content.splitlines()
        try:
            json.loads(lines[0])
        except json.JSONDecodeError:
            raise FormatError(f"{path}: not JSON ({whole.msg} at line {whole.lineno} column {whole.colno})") from None
        return _parsed(parse_jsonl, lines, path)
    if isinstance(doc, dict) and isinstance(doc.get("hamish"), dict):
        return _parsed(parse_jsonl, [content], path)
    return _parsed(parse_w3c, doc, path)


def _parsed(parse, content, path: Path) -> Bundle:
    """Run a parser; a shape it did not foresee is still a one-line refusal, never an internal error."""
    try:
        return parse(content, str(path))
    except (TypeError, AttributeError, KeyError, IndexError, OverflowError) as exc:
        raise FormatError(f"{path}: not a valid Hamish export (a part has an unexpected shape: {exc})") from None
