"""Sub-commands for handing work on: export, import-annotations, orphans, merge and agreement."""

from __future__ import annotations

import argparse

from desktop.cli import CommandError, emit_json, out
from desktop.core.exchange.annotation_import import (
    FormatError,
    ImportReport,
    discard_orphan,
    import_annotations,
    orphans,
    retry_orphans,
)
from desktop.core.exchange.exporting import FORMATS, export
from desktop.core.exchange.exporting.report_subjects import CHOICES, DEFAULT_CHARTS
from desktop.core.store.models import STATUSES
from desktop.core.exchange.agreement import AgreementReport, agreement_between
from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store

_ISO = "\u2068{}\u2069"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export claims: csv, xlsx, w3c (JSON-LD), jsonl, html or pdf report")
    p.add_argument("--article", type=int, action="append", metavar="ID", help="an article to export (repeatable); "
                   "default: the whole library")
    p.add_argument("--status", choices=STATUSES, help="only claims with this status")
    p.add_argument("--category", metavar="C", help="only claims of this category")
    p.add_argument("--format", "-f", required=True, choices=[*FORMATS, "pdf"], dest="fmt")
    p.add_argument("--subject", action="append", metavar="NAME", dest="subjects",
                   help="html/pdf report: chart this subject (any of its names; repeatable)")
    p.add_argument("--subjects", choices=CHOICES, default="suggested", dest="subject_choice",
                   help="html/pdf report without --subject: suggested (default: subjects with a contradiction or "
                        f"several sources, at most {DEFAULT_CHARTS} charts), contradictions, or all")
    p.add_argument("-o", "--output", required=True, metavar="PATH")
    p.add_argument("--json", action="store_true", help="print what was written as one JSON object")
    p.add_argument("--progress-json", action="store_true",
                   help="for a program running the export (the window): JSON lines of progress, then the result, on "
                        "standard output; stops, leaving no file, when standard input says cancel or closes")
    # Run by the window, which has the store open (and migrated): read it only, and make no daily backup.
    p.set_defaults(func=cmd_export, store_options=lambda args: (
        {"read_only": True, "daily_backup": False} if args.progress_json else {}))

    p = sub.add_parser("import-annotations", help="import claims from a w3c or jsonl export, re-anchoring them")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--article", type=int, metavar="ID", help="place every claim of the file on this article")
    p.add_argument("--no-create", action="store_true", help="never create an article from text in the export")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_annotations)

    p = sub.add_parser("orphans", help="list claims that an import could not place; retry or discard them")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--retry", action="store_true", help="try to place every orphan again")
    group.add_argument("--discard", metavar="UUID", help="drop one orphan for good")
    p.add_argument("--article", type=int, metavar="ID", help="with --retry: place them on this article")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_orphans)

    p = sub.add_parser("merge", help="bring another analyst's store in (articles by content hash, claims by id)")
    p.add_argument("other", metavar="OTHER.db")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("agreement", help="span and category agreement between two stores, per shared article")
    p.add_argument("a", metavar="A.db")
    p.add_argument("b", metavar="B.db")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agreement)


def cmd_export(args: argparse.Namespace, store: Store) -> int:
    if args.progress_json:
        from desktop.commands.export_child import export_for_window

        return export_for_window(args, store)
    if args.fmt == "pdf":
        try:
            from desktop.ui.exchange.pdf_report import write_pdf
        except ImportError as exc:
            raise CommandError(f"the PDF report needs Qt (PySide6), which cannot be loaded here: {exc}") from None
        result = write_pdf(store, args.output, article_ids=args.article, status=args.status, category=args.category,
                           subjects=args.subjects, subject_choice=args.subject_choice)
    else:
        result = export(store, args.fmt, args.output, article_ids=args.article, status=args.status,
                        category=args.category, subjects=args.subjects, subject_choice=args.subject_choice)
    if args.json:
        emit_json(result.to_json())
    else:
        out(f"wrote {result.claims} claim(s) from {result.articles} article(s) to {result.path} "
            f"({result.format}, {result.bytes:,} bytes)\n")
    return 0


def _print_import(report: ImportReport) -> None:
    out(f"{report.source}: {report.exact} exact, {report.reanchored} re-anchored, {report.orphaned} orphaned ({report.ambiguous} ambiguous), "
        f"{report.unchanged} already present, {report.updated} updated (newer), "
        f"{report.kept_newer} older than ours (kept in history), "
        f"{report.skipped_deleted} skipped (deleted here later), {report.restored} restored (edited after deletion)\n")
    for article_id in report.articles_created:
        out(f"  created article {article_id} from the text in the export\n")
    for o in report.orphans:
        out(f"  orphan {o['uuid']} ({o['reason']}): {_ISO.format(o['quote'])} — {o['detail']}\n")
    if report.orphans:
        out("  orphans are kept: `hamish orphans` lists them, `hamish orphans --retry` tries again\n")


def cmd_import_annotations(args: argparse.Namespace, store: Store) -> int:
    try:
        report = import_annotations(store, args.file, article_id=args.article, create_articles=not args.no_create)
    except FormatError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        emit_json(report.to_json())
    else:
        _print_import(report)
    return 0


def cmd_orphans(args: argparse.Namespace, store: Store) -> int:
    if args.article is not None and not args.retry:
        raise CommandError("--article goes with --retry")
    if args.discard:
        gone = discard_orphan(store, args.discard)
        emit_json(gone.to_json()) if args.json else out(f"discarded orphan {gone.uuid}\n")
        return 0
    if args.retry:
        report = retry_orphans(store, article_id=args.article)
        emit_json(report.to_json()) if args.json else _print_import(report)
        return 0
    for o in orphans(store):
        if args.json:
            emit_json(o.to_json())
        else:
            out(f"{o.uuid}  {o.reason:<16} {_ISO.format(o.record.get('quote', ''))}  from {o.source}  "
                f"article {_ISO.format(o.article_title)}\n")
    return 0


def cmd_merge(args: argparse.Namespace, store: Store) -> int:
    report = merge(store, args.other)
    if args.json:
        emit_json(report.to_json())
        return 0
    added = ", ".join(report.categories_added) or "none"
    out(f"merged {report.source}: {report.articles_added} new article(s), {report.articles_matched} already here; "
        f"claims: {report.claims_added} added, {report.claims_updated} updated (theirs later), "
        f"{report.claims_kept_local} kept ours (ours later), {report.claims_unchanged} unchanged; "
        f"{report.claims_kept_deleted} not brought back (deleted here later), "
        f"{report.claims_restored} restored (edited after deletion); "
        f"deletions: {report.deletions_applied} applied, {report.deletions_skipped} skipped (ours edited later), "
        f"{report.tombstones_added} tombstone(s) copied; "
        f"articles: {report.articles_kept_deleted} not brought back (deleted here), {report.articles_deleted} "
        f"deleted (deleted there), {report.article_deletions_skipped} deletion(s) skipped (ours edited later), "
        f"{report.article_tombstones_added} article tombstone(s) copied; "
        f"{report.history_added} version(s) to history; new categories: {added}\n")
    for r in report.restored:
        out(f"  {r['uuid']} {_ISO.format(r['quote'])}: {r['why']} ({r['modified']} > {r['deleted']})\n")
    return 0


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _print_agreement(report: AgreementReport) -> None:
    o = report.overall()
    out(f"A: {report.a}\nB: {report.b}\n")
    out(f"shared articles: {o['shared_articles']} (only in A: {report.only_in_a}, only in B: {report.only_in_b})\n")
    out(f"overall: claims A {o['claims_a']}, B {o['claims_b']}, matched {o['matched']}; span F1 {_num(o['span_f1'])}; "
        f"category agreement {_num(o['category_agreement'])}, kappa {_num(o['category_kappa'])}; "
        f"token kappa {_num(o['token_kappa'])}\n")
    for art in report.articles:
        out(f"\n{art.content_hash[:19]}… {_ISO.format(art.title)}\n  claims A {art.claims_a}, B {art.claims_b}, "
            f"matched {art.matched} ({art.exact_spans} same span); span F1 {_num(art.span_f1)}; "
            f"category kappa {_num(art.category_kappa)}; token kappa {_num(art.token_kappa)}\n")
        for d in art.disagreements:
            a, b = d["a"], d["b"]
            side = a or b
            what = {"only_a": "only in A", "only_b": "only in B"}.get(d["type"], d["type"])
            detail = f"A {a['category']} {a['start']}–{a['end']} / B {b['category']} {b['start']}–{b['end']}" \
                if a and b else f"{side['category']} {side['start']}–{side['end']}"
            out(f"  - {what}: {_ISO.format(side['quote'])} ({detail})\n")


def cmd_agreement(args: argparse.Namespace, store: Store) -> int:
    report = agreement_between(args.a, args.b)
    if args.json:
        emit_json(report.to_json())
    else:
        _print_agreement(report)
    return 0
