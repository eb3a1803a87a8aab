"""Plain records the core hands out: articles, annotations (claims), categories, search hits, tombstones."""

from __future__ import annotations

import datetime as _dt
import threading
from dataclasses import asdict, dataclass, field, replace

KINDS = ("money", "percent", "count", "number")
STATUSES = ("unreviewed", "confirmed", "disputed", "rejected")
ORIGINS = ("manual", "suggested")


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp with milliseconds, e.g. 2026-11-29T23:56:22.123Z."""
    now = _dt.datetime.now(_dt.timezone.utc)
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_last_stamp = [0]  # milliseconds since the epoch of the last stamp later_stamp() gave in this process
_stamp_lock = threading.Lock()


def _ms(stamp: str | None) -> int | None:
    try:
        when = _dt.datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return (when - _EPOCH) // _dt.timedelta(milliseconds=1)


def later_stamp(*after: str | None) -> str:
    """A timestamp for a change of a claim: now, but strictly later than each stamp in ``after`` (the version it
    replaces) and than every stamp this function gave before in this process. Merge and import keep the *later*
    version, so a change stamped equal to the one it follows (two changes within one millisecond) or earlier (the
    system clock stepped back) would lose to a version it replaced; this never happens."""
    now = (_dt.datetime.now(_dt.timezone.utc) - _EPOCH) // _dt.timedelta(milliseconds=1)
    with _stamp_lock:
        floor = max([_last_stamp[0], *(m for m in map(_ms, after) if m is not None)])
        ms = max(now, floor + 1)
        _last_stamp[0] = ms
    when = _EPOCH + _dt.timedelta(milliseconds=ms)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    text: str
    raw_text: str
    source: str
    source_url: str | None
    format: str
    encoding: str
    content_hash: str
    imported: str
    language: str
    direction: str
    bidi_controls: int
    import_report: dict = field(default_factory=dict)
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # "metadata", "page" (a visible date line) or "file"
    site: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    chars: int
    claims: int
    imported: str
    published: str | None = None
    site: str | None = None
    url: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Annotation:
    uuid: str
    article: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    category: str
    kind: str | None
    value: float | None
    unit: str
    note: str
    status: str
    origin: str
    author: str
    created: str
    modified: str
    revision: int = field(default=0, compare=False)  # the seq of this version in claim_revisions
    subject: str | None = None  # the name of what the figure is about (subjects table), None while unknown

    def to_json(self) -> dict:
        """The CLI's ``--json`` shape: the uuid is called ``id``; the context is left to exports."""
        d = asdict(self)
        del d["prefix"], d["suffix"]
        return {"id": d.pop("uuid"), **d}

    def with_changes(self, **changes) -> "Annotation":
        return replace(self, **changes)


@dataclass(frozen=True)
class Subject:
    """What claims are about (a company, a country, an app, a person): its canonical name and its other names."""

    name: str
    aliases: tuple[str, ...] = ()
    claims: int = 0

    def to_json(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "claims": self.claims}


@dataclass(frozen=True)
class Category:
    name: str
    label_en: str
    label_ar: str
    colour: str
    shortcut: str | None
    position: int


@dataclass(frozen=True)
class SearchHit:
    article: int
    title: str
    snippet: str


def format_value(value: float | None, unit: str = "") -> str:
    """A value with thousands grouping and its unit, never in exponent form: 1.17e10 → "11,700,000,000 EUR"."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        number = f"{int(value):,}"
    else:
        number = f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{number} {unit}".strip()


@dataclass(frozen=True)
class Deletion:
    """A tombstone: which claim was deleted, from which article (content hash), when, by whom, and the claim itself."""

    uuid: str
    article_hash: str
    deleted: str
    author: str
    record: dict

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ArticleDeletion:
    """An article tombstone: its content hash, id and title, when and by whom it was deleted, the whole article row
    (``record``) and the claims deleted with it (``claims``, claim records), so nothing is lost."""

    content_hash: str
    article_id: int
    title: str
    deleted: str
    author: str
    record: dict
    claims: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)
