"""Web pages saved as one file (.mhtml/.mht, "single file" in Chrome and Edge): the page's HTML part, read with
the standard library's MIME parser and handed to the HTML importer."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from desktop.core.importing.document import Parsed, Rejected
from desktop.core.importing.html import parse_html

MAX_PARTS = 10_000  # a saved page with more MIME parts than this is not a page


def _html_part(message: EmailMessage) -> EmailMessage | None:
    """The page's own HTML: the multipart's start part if named, else its first text/html part."""
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = (message.get_param("start") or "").strip("<>")
    first = None
    for count, part in enumerate(message.walk()):
        if count > MAX_PARTS:
            raise Rejected(f"has more than {MAX_PARTS:,} parts: not a saved web page")
        if part.is_multipart() or part.get_content_type() != "text/html":
            continue
        if start and (part.get("Content-ID") or "").strip("<>") == start:
            return part
        first = first or part
    return first


def parse_mhtml(data: bytes) -> Parsed:
    """Parse a .mhtml/.mht file's bytes: its HTML part goes through the HTML importer; nothing else is read."""
    head = data[:4096].lower()
    if b"mime-version" not in head and b"content-type" not in head:
        raise Rejected("is not an MHTML file (no MIME header); save the page again as a single file")
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = _html_part(message)
    if part is None:
        raise Rejected("holds no HTML page (no text/html part)")
    body = part.get_payload(decode=True) or b""
    if not body.strip():
        raise Rejected("holds an empty HTML page")
    charset = part.get_content_charset()
    parsed = parse_html(body, declared=charset)
    location = (part.get("Content-Location") or message.get("Snapshot-Content-Location") or "").strip()
    if parsed.source_url is None and location.startswith(("http://", "https://")):
        from dataclasses import replace

        parsed = replace(parsed, source_url=location)
    return parsed
