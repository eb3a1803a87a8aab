"""The team hub's sync rules, pure (no database, no network): revision identity, the hybrid logical clock, the
winner of a claim, conflicts, and the checks a pulled revision must pass before it may touch a store.

A revision is named by where it was made: ``(origin, origin_seq)`` — the store's id and its sequence there — so a
push is idempotent. Every revision carries a hybrid logical clock value (HLC: the wall clock in milliseconds and a
counter, never going back, and moved past every value a store has received), so an edit made after seeing another
version always sorts after it, whatever the laptops' clocks say. A claim's current version is its revision with the
greatest (HLC, origin); every store holding the same revisions picks the same one. A version that lost to one that
was not made from it (two analysts edited the same claim while apart) is a *conflict*: it stays in the history and
is flagged for review.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["RevisionId", "HubRevision", "Clock", "pack_hlc", "unpack_hlc", "made_ms", "winner", "conflicts",
           "InvalidRevision", "validate_revision", "LIMITS", "HubItem", "ITEM_KINDS", "validate_item", "validate_pdf",
           "MAX_PDF_BYTES"]

RevisionId = tuple  # (origin: str, origin_seq: int)

_HLC_MS_DIGITS, _HLC_COUNTER_DIGITS = 15, 6
# What a pulled revision may hold; larger is refused as absurd (a hub serving garbage must not fill a store).
LIMITS = {"text": 20_000, "quote": 5_000, "context": 1_000, "value": 1e18, "id": 200, "record_bytes": 100_000}
_RECORD_FIELDS = ("uuid", "start", "end", "quote", "prefix", "suffix", "category", "kind", "value", "unit", "note",
                  "status", "origin", "author", "created", "modified", "subject")
_KINDS = (None, "money", "percent", "count", "number")
_STATUSES = ("unreviewed", "confirmed", "disputed", "rejected")
_ORIGINS = ("manual", "suggested")


def pack_hlc(ms: int, counter: int) -> str:
    """An HLC value as text that sorts like the pair (milliseconds, counter)."""
    if ms < 0 or counter < 0 or ms >= 10**_HLC_MS_DIGITS or counter >= 10**_HLC_COUNTER_DIGITS:
        raise ValueError(f"HLC out of range: {ms}, {counter}")
    return f"{ms:0{_HLC_MS_DIGITS}d}.{counter:0{_HLC_COUNTER_DIGITS}d}"


def unpack_hlc(value: str) -> tuple[int, int]:
    """The (milliseconds, counter) of an HLC text; ValueError when it is not one."""
    ms, dot, counter = str(value).partition(".")
    if (not dot or len(ms) != _HLC_MS_DIGITS or len(counter) != _HLC_COUNTER_DIGITS
            or not ms.isascii() or not ms.isdigit() or not counter.isascii() or not counter.isdigit()):
        raise ValueError(f"not a hybrid logical clock value: {value!r}")
    return int(ms), int(counter)


def made_ms(iso: str) -> int:
    """Milliseconds since the epoch of an ISO 8601 UTC time such as 2026-11-29T23:56:22.123Z (0 if unreadable)."""
    try:
        when = _dt.datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except ValueError:
        return 0
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return max(0, int(when.timestamp() * 1000))


class Clock:
    """A hybrid logical clock: :meth:`stamp` never returns a value at or below one it returned or received."""

    def __init__(self, last: str | None = None):
        self.ms, self.counter = unpack_hlc(last) if last else (0, 0)

    @property
    def last(self) -> str:
        return pack_hlc(self.ms, self.counter)

    def stamp(self, physical_ms: int) -> str:
        """The HLC of a local event whose wall-clock time is ``physical_ms``."""
        if physical_ms > self.ms:
            self.ms, self.counter = physical_ms, 0
        else:
            self.counter += 1
        return self.last

    def receive(self, remote: str) -> None:
        """Move past a value received from another store, so what is made here next sorts after it."""
        self.ms, self.counter = max((self.ms, self.counter), unpack_hlc(remote))


@dataclass(frozen=True)
class HubRevision:
    """One claim revision as the hub knows it: its identity, clock, the claim version, and what it was based on."""

    origin: str
    origin_seq: int
    uuid: str
    article_hash: str
    action: str
    deleted: bool
    record: dict
    base: RevisionId | None
    by: str
    source: str
    made: str
    hlc: str
    member: str = ""

    @property
    def id(self) -> RevisionId:
        return (self.origin, self.origin_seq)

    def rank(self) -> tuple[str, str]:
        """The winner rule's key: HLC, then the origin id (both texts, so every store compares them alike)."""
        return (self.hlc, self.origin)


def _contenders(revisions: Iterable[HubRevision]) -> list[HubRevision]:
    return [r for r in revisions if r.action != "note"]  # a version kept beside another never becomes current


def winner(revisions: Iterable[HubRevision]) -> HubRevision | None:
    """The current version of one claim among its revisions: the greatest (HLC, origin); notes never win."""
    found = _contenders(revisions)
    return max(found, key=HubRevision.rank) if found else None


def conflicts(revisions: Iterable[HubRevision]) -> list[HubRevision]:
    """The versions of one claim that lost to a version not made from them, with other content: each was the last
    word of somebody (no revision was based on it) and is not the current version. Oldest first."""
    found = _contenders(revisions)
    best = winner(found)
    if best is None:
        return []
    based_on = {r.base for r in found if r.base is not None}
    return sorted((r for r in found if r.id not in based_on and r.id != best.id
                   and (r.deleted, r.record) != (best.deleted, best.record)), key=HubRevision.rank)


class InvalidRevision(ValueError):
    """A pulled revision that must not enter a store; the message says why in one line."""


def validate_revision(rev: HubRevision, article_text: str | None, categories: Iterable[str] | None = None) -> None:
    """Check a pulled revision like an imported annotation file: identity, clock, types, sizes, finite values, and
    offsets inside ``article_text`` (the canonical text of its article, None when neither store nor hub has it)
    with its quote. Raises :class:`InvalidRevision`; the caller leaves the store untouched for this revision."""
    def refuse(why: str) -> None:
        raise InvalidRevision(f"revision {rev.origin}/{rev.origin_seq}: {why}")

    for name in ("origin", "uuid", "article_hash", "action", "by", "source", "made", "hlc"):
        value = getattr(rev, name)
        if not isinstance(value, str) or len(value) > LIMITS["id"] or (name in ("origin", "uuid") and not value):
            refuse(f"{name} is missing, not text or longer than {LIMITS['id']} characters")
    if not isinstance(rev.origin_seq, int) or rev.origin_seq <= 0:
        refuse("its sequence number is not a positive whole number")
    try:
        unpack_hlc(rev.hlc)
    except ValueError as exc:
        refuse(str(exc))
    r = rev.record
    if not isinstance(r, dict) or set(r) - set(_RECORD_FIELDS):
        refuse("its claim record is not a claim (unknown fields)")
    if r.get("uuid") != rev.uuid:
        refuse("its claim record names another claim")
    for name in ("quote", "prefix", "suffix", "category", "unit", "note", "author", "created", "modified"):
        value = r.get(name, "")
        if not isinstance(value, str):
            refuse(f"{name} is not text")
        limit = {"quote": LIMITS["quote"], "prefix": LIMITS["context"], "suffix": LIMITS["context"],
                 "note": LIMITS["text"]}.get(name, LIMITS["id"])
        if len(value) > limit:
            refuse(f"{name} is oversized ({len(value)} characters, at most {limit})")
    subject = r.get("subject")
    if subject is not None and (not isinstance(subject, str) or not subject.strip() or len(subject) > LIMITS["id"]):
        refuse(f"its subject is not a name of at most {LIMITS['id']} characters")
    if r.get("kind") not in _KINDS or r.get("status") not in _STATUSES or r.get("origin") not in _ORIGINS:
        refuse("its kind, status or origin is not one Hamish knows")
    value = r.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                              or not math.isfinite(value) or abs(value) > LIMITS["value"]):
        refuse(f"value {value!r} is absurd (not a finite number up to {LIMITS['value']:g})")
    if categories is not None and r.get("category") not in set(categories):
        refuse(f"unknown category {r.get('category')!r}")
    start, end = r.get("start"), r.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        refuse("its offsets are not whole numbers")
    if article_text is None:
        refuse(f"its article {rev.article_hash[:12]}… is neither in this store nor on the hub")
    if not 0 <= start < end <= len(article_text):
        refuse(f"span {start}–{end} is outside its article (0–{len(article_text)})")
    if article_text[start:end] != r.get("quote"):
        refuse("its quote does not match its article's text at its offsets")


# --- items: everything shared besides claim revisions (articles' presence, categories) and kept PDFs -----------------

ITEM_KINDS = ("article", "category", "subject", "resolution")
MAX_ALIASES = 100  # a pulled subject with more other names than this is refused
MAX_PDF_BYTES = 50 * 1024 * 1024  # the import limit: a hub serving a larger PDF is refused
MAX_GLYPH_BYTES = 64 * 1024 * 1024
_HASH = re.compile(r"sha256:[0-9a-f]{64}")
_CATEGORY = re.compile(r"[a-z][a-z0-9_-]{0,39}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class HubItem:
    """One version of a shared item: an article's presence (``{"state": "present"|"deleted"}``, keyed by content
    hash), a category (its labels, colour, shortcut and position, keyed by name), a claim subject (``{"aliases":
    [...]}``, keyed by its name) or a contradiction's resolution (``{"note", "author", "resolved"}``, keyed by the two
    claims' uuids in order; ``resolved`` empty when it was taken back)."""

    origin: str
    origin_seq: int
    kind: str
    key: str
    payload: dict
    by: str
    made: str
    hlc: str

    @property
    def id(self) -> RevisionId:
        return (self.origin, self.origin_seq)

    def rank(self) -> tuple[str, str]:
        return (self.hlc, self.origin)


def validate_item(item: HubItem) -> None:
    """Check a pulled item before it may touch a store; raises :class:`InvalidRevision` saying why."""
    def refuse(why: str) -> None:
        raise InvalidRevision(f"item {str(item.origin)[:60]}/{item.origin_seq}: {why}")

    for name in ("origin", "key", "by", "made", "hlc"):
        value = getattr(item, name)
        if not isinstance(value, str) or len(value) > LIMITS["id"] or (name in ("origin", "key") and not value):
            refuse(f"{name} is missing, not text or longer than {LIMITS['id']} characters")
    if not isinstance(item.origin_seq, int) or isinstance(item.origin_seq, bool) or item.origin_seq <= 0:
        refuse("its sequence number is not a positive whole number")
    try:
        unpack_hlc(item.hlc)
    except ValueError as exc:
        refuse(str(exc))
    p = item.payload
    if item.kind == "article":
        if not _HASH.fullmatch(item.key):
            refuse("its key is not an article's content hash")
        if p not in ({"state": "present"}, {"state": "deleted"}):
            refuse("an article's state is neither present nor deleted")
    elif item.kind == "category":
        if not _CATEGORY.fullmatch(item.key):
            refuse(f"category name {item.key[:40]!r} is not 1–40 lower-case letters, digits, - or _")
        if not isinstance(p, dict) or set(p) != {"label_en", "label_ar", "colour", "shortcut", "position"}:
            refuse("a category's fields are not label_en, label_ar, colour, shortcut and position")
        for name in ("label_en", "label_ar"):
            if not isinstance(p[name], str) or not p[name].strip() or len(p[name]) > LIMITS["id"]:
                refuse(f"its {name} is not a label of at most {LIMITS['id']} characters")
        if not isinstance(p["colour"], str) or not _COLOUR.fullmatch(p["colour"]):
            refuse(f"colour {str(p['colour'])[:20]!r} is not #rrggbb")
        if p["shortcut"] is not None and (not isinstance(p["shortcut"], str) or len(p["shortcut"]) > 20):
            refuse("its shortcut is not a short key name")
        if not isinstance(p["position"], int) or isinstance(p["position"], bool) or not 0 <= p["position"] < 10**6:
            refuse("its position is not a whole number from 0 to 999999")
    elif item.kind == "subject":
        if item.key != item.key.strip() or "  " in item.key:
            refuse("a subject's name has stray spaces")
        aliases = p.get("aliases") if isinstance(p, dict) and set(p) == {"aliases"} else None
        if not isinstance(aliases, list) or len(aliases) > MAX_ALIASES:
            refuse(f"a subject's fields are not aliases (a list of at most {MAX_ALIASES} names)")
        if any(not isinstance(a, str) or not a.strip() or len(a) > LIMITS["id"] for a in aliases):
            refuse(f"an alias is not a name of at most {LIMITS['id']} characters")
    elif item.kind == "resolution":
        a, _, b = item.key.partition(" ")
        if not a or not b or " " in b or a >= b:
            refuse("its key is not two different claims' ids in order")
        if not isinstance(p, dict) or set(p) != {"note", "author", "resolved"}:
            refuse("a resolution's fields are not note, author and resolved")
        if any(not isinstance(p[k], str) for k in p):
            refuse("a resolution's note, author or time is not text")
        if len(p["note"]) > LIMITS["text"] or len(p["author"]) > LIMITS["id"] or len(p["resolved"]) > 40:
            refuse("a resolution's note, author or time is oversized")
    else:
        refuse(f"unknown kind {str(item.kind)[:20]!r}")


def validate_pdf(content_hash: str, sha256: str, pdf: bytes, glyphs: bytes, page_sizes: str, ocr_pages: str) -> None:
    """Check a PDF kept with an article, as the hub serves it; raises :class:`InvalidRevision` saying why."""
    def refuse(why: str) -> None:
        raise InvalidRevision(f"PDF of article {str(content_hash)[:19]}…: {why}")

    if not isinstance(content_hash, str) or not _HASH.fullmatch(content_hash):
        refuse("its key is not an article's content hash")
    if len(pdf) > MAX_PDF_BYTES:
        refuse(f"oversized ({len(pdf) / 2**20:.1f} MB, at most {MAX_PDF_BYTES // 2**20} MB)")
    if len(glyphs) > MAX_GLYPH_BYTES:
        refuse(f"its glyph map is oversized ({len(glyphs) / 2**20:.1f} MB)")
    if not pdf.startswith(b"%PDF-"):
        refuse("not a PDF file")
    if sha256 != "sha256:" + hashlib.sha256(pdf).hexdigest():
        refuse("its bytes do not match their SHA-256")
    for name, text in (("page sizes", page_sizes), ("OCR pages", ocr_pages)):
        try:
            value = json.loads(text) if isinstance(text, str) and len(text) <= 1_000_000 else None
        except ValueError:
            value = None
        if not isinstance(value, list):
            refuse(f"its {name} are not a JSON list")
