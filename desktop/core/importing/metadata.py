"""A saved page's metadata: title (without the site's name), publication date, site, author, URL, language."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html

from desktop.core.importing.dates import date_in_text, iso_date, is_date_line
from desktop.core.importing.matching import match_key
from desktop.core.importing.titles import strip_site_name, title_parts

_DATE_KEYS = ("article:published_time", "og:published_time", "og:article:published_time", "datePublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "date", "DC.date.issued", "dc.date",
              "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "DC.creator", "parsely-author", "sailthru.author")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")


@dataclass(frozen=True)
class PageMeta:
    """What the page says about itself in its <head> and JSON-LD (before any text is extracted)."""

    og_title: str | None
    head_title: str | None
    site_name: str | None
    published: str | None
    author: str | None
    url: str | None
    language: str | None


def meta_content(root: lxml.html.HtmlElement, *keys: str) -> str | None:
    wanted = {key.lower() for key in keys}
    for element in root.iter("meta"):
        names = {(element.get(attr) or "").lower() for attr in ("property", "name", "itemprop")}
        if names & wanted and (element.get("content") or "").strip():
            return " ".join(element.get("content").split())
    return None


def _json_ld(root: lxml.html.HtmlElement) -> list[dict]:
    """Objects of the page's JSON-LD blocks (read before scripts are pruned; never executed)."""
    found: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(found) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _ld_value(objects: list[dict], key: str) -> str | None:
    for item in objects:
        value = item.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _web_url(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else None


def source_url(root: lxml.html.HtmlElement) -> str | None:
    """The page's own address from <link rel=canonical> or og:url (http/https only)."""
    for element in root.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            url = _web_url(element.get("href"))
            if url:
                return url
    return _web_url(meta_content(root, "og:url"))


def _published(root: lxml.html.HtmlElement, objects: list[dict]) -> str | None:
    for value in (_ld_value(objects, "datePublished"), meta_content(root, *_DATE_KEYS)):
        found = iso_date(value)
        if found:
            return found
    for element in root.iter("time"):
        found = iso_date(element.get("datetime"))
        if found:
            return found
    return None


def _first_text(root: lxml.html.HtmlElement, tag: str) -> str | None:
    for element in root.iter(tag):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def read_meta(root: lxml.html.HtmlElement) -> PageMeta:
    """The page's metadata, from <head>, <html lang> and JSON-LD."""
    objects = _json_ld(root)
    author = _ld_value(objects, "author") or meta_content(root, *_AUTHOR_KEYS)
    if author and author.startswith(("http://", "https://")):
        author = None
    language = root.get("lang") or root.get("xml:lang") or meta_content(root, "og:locale", "language")
    match = _LANGUAGE.match(language or "")
    return PageMeta(
        og_title=meta_content(root, "og:title", "twitter:title") or _ld_value(objects, "headline"),
        head_title=_first_text(root, "title"),
        site_name=meta_content(root, "og:site_name", "application-name") or _ld_value(objects, "publisher"),
        published=_published(root, objects), author=author, url=source_url(root),
        language=match.group(0).lower() if match else None,
    )


def choose_title(meta: PageMeta, h1: str | None, visible: dict[str, int]) -> tuple[str | None, tuple[str, ...]]:
    """The page's title without the site's name, and every title the page gives (to find in the text).

    og:title, then the <h1>, then <title>; a title carrying the site's name keeps the part of it that
    the page also shows as a visible text block (`visible`: match key of each block → how many blocks
    later the article's prose follows it): of two such parts, the one the prose follows closest.
    """
    sites = tuple(name for name in (meta.site_name,) if name)
    site_keys = {match_key(site) for site in sites}
    candidates: list[str] = []
    for title in (meta.og_title, h1, meta.head_title):
        if not title:
            continue
        if match_key(title) in visible:
            candidates.append(" ".join(title.split()))
            continue
        shown_parts = [part for part in title_parts(title)
                       if match_key(part) in visible and match_key(part) not in site_keys]
        shown = min(shown_parts, key=lambda part: (visible[match_key(part)], -len(part)), default=None)
        if shown:
            candidates.append(shown)
        else:
            candidates.append(strip_site_name(title, sites) if title is not h1 else " ".join(title.split()))
    candidates = [title for title in candidates if match_key(title) and match_key(title) not in site_keys]
    return (candidates[0] if candidates else None), tuple(candidates)


def site_of(meta: PageMeta, title: str | None) -> str | None:
    """The site's name: og:site_name, else the part of <title> that is not the headline, else the host."""
    if meta.site_name:
        return meta.site_name
    if meta.head_title and title and title in meta.head_title and meta.head_title.strip() != title:
        rest = " ".join(meta.head_title.replace(title, " ").split()).strip(" -|–—:·•«»>")
        if rest and len(rest.split()) <= 6:
            return rest
    if meta.url:
        host = urlsplit(meta.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def date_from_lines(lines: list[str]) -> str | None:
    """The date of the first visible date line among `lines` (a short line that only gives a date)."""
    for line in lines:
        if is_date_line(line):
            return date_in_text(line)
    return None
