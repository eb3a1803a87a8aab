"""Sub-commands for the library: import, articles, show, delete-article, search, annotate, annotations."""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli import emit_json, out
from desktop.core.importing import SUPPORTED_SUFFIXES, ImportFailure, files_in_folder
from desktop.core.importing.parallel import import_files
from desktop.core.store.models import format_value
from desktop.core.store.database import Store, StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import article files (.txt .html .htm .mhtml .mht .md .docx .pdf) or folders of them")
    p.add_argument("files", nargs="+", metavar="FILE", help="a file, or a folder (imported recursively)")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.add_argument("--password-stdin", action="store_true", help="read an encrypted PDF's password from standard input")
    p.add_argument("--no-ocr", action="store_true", help="do not OCR PDF pages that have no usable text")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("articles", help="list the articles in the store")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", help="print an article's canonical text exactly")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("delete-article", help="delete an article and its claims (a merge will not bring them back)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help='print {"id", "title", "claims"} of what goes')
    p.set_defaults(func=cmd_delete_article)

    p = sub.add_parser("search", help="full-text search over titles, texts and notes (Arabic-aware)")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("annotate", help="mark a claim by code-point offsets")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--start", type=int, required=True)
    p.add_argument("--end", type=int, required=True)
    p.add_argument("--category", required=True)
    p.add_argument("--value", type=float)
    p.add_argument("--unit", default="")
    p.add_argument("--kind", choices=["money", "percent", "count", "number"])
    p.add_argument("--note", default="")
    p.add_argument("--status", default="unreviewed", choices=["unreviewed", "confirmed", "disputed", "rejected"])
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("annotations", help="list claims, of one article or all")
    p.add_argument("id", type=int, nargs="?", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_annotations)


def _expand(names: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The files to import: each FILE, and every importable file under each folder; folders that fail."""
    files, failures = [], []
    for name in names:
        if os.path.isdir(name):
            try:
                found = files_in_folder(name)
            except ImportFailure as exc:
                failures.append((name, exc.reason))
                continue
            if not found:
                failures.append((name, "is a folder with no files to import (" + " ".join(SUPPORTED_SUFFIXES) + ")"))
            files.extend(found)
        else:
            files.append(name)
    return files, failures


def _progress(done: int, total: int, name: str) -> None:
    """A progress line on stderr for long runs (folders), so stdout stays one line per file."""
    if total > 1 and sys.stderr.isatty():
        sys.stderr.write(f"\r[{done}/{total}] {os.path.basename(name)[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_import(args: argparse.Namespace, store: Store) -> int:
    names, folder_failures = _expand(args.files)
    failed = len(folder_failures)
    for name, reason in folder_failures:
        if args.json:
            emit_json({"file": name, "error": reason})
        else:
            out(f"{name}: not imported: {reason}\n")
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    pdfs = any(name.lower().endswith(".pdf") for name in names)
    if pdfs:  # the PDF package, and Tesseract asked whether it reads Arabic, only for a batch that holds PDFs
        from desktop.core.importing.pdf.notes import cli_ocr, pdf_notes
    ocr = None if args.no_ocr or not pdfs else cli_ocr()
    # Pages are parsed in worker processes when there are many (which also fold their text for the search index);
    # each is stored here, one transaction per file.
    for done, (name, doc, prepared) in enumerate(import_files(names, password=password, ocr=ocr), start=1):
        _progress(done, len(names), name)
        try:
            if isinstance(doc, ImportFailure):
                raise doc
            article, new = store.add_document(doc, prepared)
        except (ImportFailure, StoreError) as exc:
            failed += 1
            reason = exc.reason if isinstance(exc, ImportFailure) else str(exc)
            if args.json:
                emit_json({"file": name, "error": reason})
            else:
                out(f"{name}: not imported: {reason}\n")
            continue
        removed = [{"reason": r.reason, "text": r.text} for r in doc.removed]
        extras = doc.json_extras() if hasattr(doc, "json_extras") else {}
        if args.json:
            emit_json({"file": name, "id": article.id, "title": article.title, "chars": len(article.text),
                       "removed": removed, "new": new, "published": doc.published,
                       "published_from": doc.published_from, "site": doc.site, "author": doc.author,
                       "url": doc.source_url, "language": doc.language, **extras})
            continue
        what = "imported as" if new else "already in the store as"
        out(f"{name}: {what} article {article.id}: \u2068{article.title}\u2069 ({len(article.text):,} characters)\n")
        if doc.published:
            out(f"  published {doc.published} (from the {_DATE_SOURCES.get(doc.published_from, doc.published_from)})\n")
        details = [f"{label} \u2068{value}\u2069" for label, value in
                   (("site", doc.site), ("author", doc.author), ("url", doc.source_url)) if value]
        if details:
            out("  " + "; ".join(details) + "\n")
        for r in removed:
            text = " ".join(r["text"].split())
            short = text if len(text) <= 70 else text[:69] + "…"
            out(f"  removed ({r['reason']}, {len(r['text']):,} characters): \u2068{short}\u2069\n")
        if doc.bidi_controls:
            out(f"  note: {doc.bidi_controls} bidi control character(s) kept; the reader can reveal them\n")
        for line in pdf_notes(doc) if pdfs else ():
            out(f"  {line}\n")
    return 1 if failed else 0


_DATE_SOURCES = {"metadata": "page's metadata", "page": "date line on the page", "file": "file's date"}


def cmd_articles(args: argparse.Namespace, store: Store) -> int:
    for a in store.articles():
        if args.json:
            emit_json(a.to_json())
        else:
            site = f"  \u2068{a.site}\u2069" if a.site else ""
            out(f"{a.id:>5}  {a.imported[:16].replace('T', ' ')}  {a.published or '—':<10}  {a.chars:>8,} chars  "
                f"{a.claims:>4} claims  \u2068{a.title}\u2069{site}\n")
    return 0


def cmd_show(args: argparse.Namespace, store: Store) -> int:
    out(store.article(args.id).text)
    return 0


def cmd_delete_article(args: argparse.Namespace, store: Store) -> int:
    article = store.article(args.id)
    claims = len(store.annotations(article.id))
    if args.json:
        emit_json({"id": article.id, "title": article.title, "claims": claims})
    else:
        out(f"deleting article {article.id}: \u2068{article.title}\u2069 and its {claims} claim(s)\n")
    store.delete_article(article.id)
    if not args.json:
        out("deleted; a merge will not bring it back (importing the same text again will, without its claims)\n")
    return 0


def cmd_search(args: argparse.Namespace, store: Store) -> int:
    for hit in store.search(args.query, snippets=None):
        if args.json:
            emit_json({"id": hit.article, "title": hit.title, "snippet": hit.snippet})
        else:
            out(f"{hit.article:>5}  \u2068{hit.title}\u2069\n       \u2068{hit.snippet}\u2069\n")
    return 0


def cmd_annotate(args: argparse.Namespace, store: Store) -> int:
    a = store.add_annotation(
        args.id, args.start, args.end, args.category, value=args.value, unit=args.unit, kind=args.kind,
        note=args.note, status=args.status,
    )
    out(a.uuid + "\n")
    return 0


def cmd_annotations(args: argparse.Namespace, store: Store) -> int:
    if args.id is not None:
        store.article(args.id)
    for a in store.annotations(args.id):
        if args.json:
            emit_json(a.to_json())
        else:
            value = format_value(a.value, a.unit)
            out(f"{a.uuid}  article {a.article}  {a.start}–{a.end}  {a.category:<10} {a.status:<10} "
                f"\u2068{a.quote}\u2069  {value}\n")
    return 0

