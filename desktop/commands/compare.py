"""Sub-commands that compare one figure across sources: subjects, compare, contradictions, rates."""

from __future__ import annotations

import argparse
import csv
import sys

from desktop.cli import CommandError, emit_json, out
from desktop.core.compare import figures
from desktop.core.compare.rates import DEFAULT_DISPLAY, import_rates, load_rates
from desktop.core.compare.subjects import suggest_subject
from desktop.core.store.database import Store
from desktop.core.store.models import format_value

POINT_COLUMNS = ["subject", "category", "published", "source", "value", "unit", "compared", "compared_unit", "status",
                 "title", "quote", "uuid", "article"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("subjects", help="list the subjects claims are about; merge two, add an alias, set or "
                                        "suggest a claim's subject")
    p.add_argument("--json", action="store_true")
    p.add_argument("--merge", nargs=2, metavar=("KEEP", "GONE"), help="merge subject GONE into KEEP")
    p.add_argument("--alias", nargs=2, metavar=("NAME", "ALIAS"), help="give subject NAME another name")
    p.add_argument("--set", nargs=2, metavar=("UUID", "NAME"), help="set a claim's subject (empty NAME clears it)")
    p.add_argument("--suggest", action="store_true", help="propose a subject for every claim that has none")
    p.add_argument("--apply", action="store_true", help="with --suggest: store the proposals")
    p.set_defaults(func=cmd_subjects)

    p = sub.add_parser("compare", help="every claim about one subject across sources, oldest first")
    p.add_argument("subject", metavar="SUBJECT")
    p.add_argument("--category", metavar="C")
    p.add_argument("--currency", default=DEFAULT_DISPLAY, metavar="CODE", help="display currency (default USD)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("contradictions", help="claims about the same subject and category that disagree")
    p.add_argument("--tolerance", type=float, default=figures.DEFAULT_TOLERANCE * 100, metavar="PERCENT",
                   help="how far values may differ (default 5)")
    p.add_argument("--window", type=int, default=figures.DEFAULT_WINDOW_DAYS, metavar="DAYS",
                   help="how far apart in time they may be published (default 30)")
    p.add_argument("--currency", default=DEFAULT_DISPLAY, metavar="CODE", help="display currency (default USD)")
    p.add_argument("--resolve", nargs=2, metavar=("UUID", "UUID"), help="mark a contradiction resolved")
    p.add_argument("--note", default="", help="with --resolve: why it is resolved")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(func=cmd_contradictions)

    p = sub.add_parser("rates", help="list the exchange rates in use, or load the analyst's own from a CSV file")
    p.add_argument("file", nargs="?", metavar="FILE.csv", help="columns day,currency,per_usd")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rates)


def _currency(store: Store, code: str) -> str:
    code = code.upper()
    if code not in load_rates(store).currencies():
        raise CommandError(f"--currency {code}: no exchange rates for that currency (see `hamish rates`)")
    return code


def cmd_subjects(args: argparse.Namespace, store: Store) -> int:
    if args.merge:
        done = store.merge_subjects(*args.merge)
        out(f"merged {done.gone!r} into {done.kept!r}: {len(done.claims)} claim(s) moved\n")
        return 0
    if args.alias:
        s = store.add_alias(*args.alias)
        out(f"{s.name}: {', '.join(s.aliases)}\n")
        return 0
    if args.set:
        a = store.update_annotation(args.set[0], subject=args.set[1] or None)
        out(f"{a.uuid}: {a.subject or '(no subject)'}\n")
        return 0
    if args.suggest:
        return _suggest(args, store)
    subjects = store.subjects()
    if args.json:
        emit_json({"subjects": [s.to_json() for s in subjects]})
        return 0
    for s in subjects:
        aliases = f" ({', '.join(s.aliases)})" if s.aliases else ""
        out(f"{s.name}{aliases}\t{s.claims} claim(s)\n")
    if not subjects:
        out("no subjects yet: `hamish subjects --suggest` proposes them\n")
    return 0


def _suggest(args: argparse.Namespace, store: Store) -> int:
    known = store.subjects()
    proposals = []
    texts: dict[int, str] = {}
    for a in store.annotations():
        if a.subject:
            continue
        if a.article not in texts:
            texts[a.article] = store.article(a.article).text
        guess = suggest_subject(texts[a.article], a.start, a.end, known)
        proposals.append((a, guess))
    if args.apply:
        with store.transaction():
            for a, guess in proposals:
                if guess is not None:
                    store.update_annotation(a.uuid, subject=guess.name)
    if args.json:
        emit_json({"applied": bool(args.apply), "proposals": [
            {"uuid": a.uuid, "quote": a.quote, "subject": g.name if g else None, "rule": g.rule if g else None}
            for a, g in proposals]})
        return 0
    for a, guess in proposals:
        out(f"{a.uuid}\t{a.quote}\t{guess.name if guess else '—'}\t{guess.rule if guess else ''}\n")
    if args.apply:
        out(f"{sum(g is not None for _, g in proposals)} subject(s) stored\n")
    return 0


def cmd_compare(args: argparse.Namespace, store: Store) -> int:
    pts = figures.compare(store, args.subject, args.category, display=_currency(store, args.currency))
    if args.json:
        emit_json({"subject": store.subject(args.subject).name, "category": args.category,
                   "currency": args.currency.upper(), "points": [p.to_json() for p in pts]})
        return 0
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(POINT_COLUMNS)
        for p in pts:
            row = p.to_json()
            writer.writerow(["" if row[c] is None else row[c] for c in POINT_COLUMNS])
        return 0
    for p in pts:
        shown = format_value(p.compared, p.compared_unit) if p.compared_unit != p.unit else ""
        out(f"{p.published}\t{p.source}\t{p.category}\t{format_value(p.value, p.unit)}"
            f"{f'  (≈ {shown})' if shown else ''}\t{p.status}\t{p.title}\n")
    if not pts:
        out("no claims with a value about that subject\n")
    return 0


def cmd_contradictions(args: argparse.Namespace, store: Store) -> int:
    if args.resolve:
        figures.resolve(store, *args.resolve, args.note)
        out(f"resolved: {' '.join(args.resolve)}\n")
        return 0
    if not 0 <= args.tolerance < 100:
        raise CommandError(f"--tolerance {args.tolerance:g}: use a percentage from 0 to under 100")
    found = figures.contradictions(store, tolerance=args.tolerance / 100, window_days=args.window,
                                   display=_currency(store, args.currency))
    if args.json:
        emit_json({"tolerance": args.tolerance / 100, "window_days": args.window,
                   "currency": args.currency.upper(), "contradictions": [c.to_json() for c in found]})
        return 0
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["subject", "category", "difference_percent", "days", "a_uuid", "a_source", "a_published",
                         "a_value", "a_unit", "b_uuid", "b_source", "b_published", "b_value", "b_unit", "resolved",
                         "note"])
        for c in found:
            writer.writerow([c.a.subject, c.a.category, round(c.difference * 100, 2), c.days, c.a.uuid, c.a.source,
                             c.a.published, c.a.value, c.a.unit, c.b.uuid, c.b.source, c.b.published, c.b.value,
                             c.b.unit, "yes" if c.resolved else "no", c.note])
        return 0
    for c in found:
        mark = f"  [resolved: {c.note}]" if c.resolved else ""
        out(f"{c.a.subject} · {c.a.category}: {c.difference:.0%} apart in {c.days} day(s){mark}\n"
            f"  {c.a.published} {c.a.source}: {format_value(c.a.value, c.a.unit)}  ({c.a.uuid})\n"
            f"  {c.b.published} {c.b.source}: {format_value(c.b.value, c.b.unit)}  ({c.b.uuid})\n")
    if not found:
        out("no contradictions\n")
    return 0


def cmd_rates(args: argparse.Namespace, store: Store) -> int:
    if args.file:
        n = import_rates(store, args.file)
        out(f"{n} rate(s) loaded from {args.file}\n")
        return 0
    table = load_rates(store)
    latest = {code: table.rate(code) for code in table.currencies()}
    if args.json:
        emit_json({"rates": {code: {"per_usd": r[0], "day": r[1]} for code, r in latest.items()}})
        return 0
    for code, (per_usd, day) in latest.items():
        out(f"{code}\t{per_usd:g} per USD\t(latest: {day})\n")
    return 0
