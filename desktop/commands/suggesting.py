"""The ``suggest`` and ``lexicon`` sub-commands: propose quantity claims, and show or check the unit vocabulary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import CommandError, emit_json, out
from desktop.core.claims.lexicon import LexiconError, active_lexicon, analyst_lexicon_path, count_units, load_lexicon
from desktop.core.claims.suggest import Suggestion, save_suggestions, suggest
from desktop.core.jsonl import json_lines
from desktop.core.store.database import Store
from desktop.core.store.models import format_value

_CLAIM_KEYS = ("start", "end", "text", "category", "kind", "value", "unit", "approx", "rule", "entry", "why")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("suggest", help="propose quantity claims (amounts, stakes, counts) with normalized values")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("id", type=int, nargs="?", metavar="ID", help="an article in the store")
    src.add_argument("--text-file", type=Path, metavar="F", help="a UTF-8 text file")
    src.add_argument("--jsonl", type=Path, metavar="IN.jsonl", help='lines {"id", "text"}; writes {"id", "claims"}')
    p.add_argument("--save", action="store_true", help="store the suggestions as unreviewed claims (with ID)")
    p.add_argument("--json", action="store_true", help="one JSON object per suggestion, with its rule and why")
    p.set_defaults(func=cmd_suggest)
    p = sub.add_parser("lexicon", help="list the count units and currencies; check the analyst's lexicon file")
    p.add_argument("--check", type=Path, nargs="?", const=True, metavar="FILE",
                   help="check a lexicon file (default: the analyst's file in the data folder); exit 1 if malformed")
    p.add_argument("--json", action="store_true", help="one JSON object per unit and currency")
    p.set_defaults(func=cmd_lexicon)


def _claim(s: Suggestion) -> dict:
    d = s.to_dict()
    return {k: d[k] for k in _CLAIM_KEYS}


def _print(suggestions: list[Suggestion], as_json: bool) -> None:
    for s in suggestions:
        if as_json:
            emit_json(_claim(s))
        else:
            approx = "≈" if s.approx else ""
            out(f"{s.start:>6}–{s.end:<6} {s.category:<10} {s.kind:<8} {approx}{format_value(s.value, s.unit)}  "
                f"\u2068{s.text}\u2069  [{s.rule}]\n")


def _warn_lexicon() -> None:
    """A malformed analyst lexicon is reported in one line; the built-in lexicon goes on working."""
    problem = active_lexicon()[1]
    if problem:
        sys.stderr.write(f"hamish: warning: {problem} (using the built-in lexicon)\n")


def cmd_suggest(args: argparse.Namespace, store: Store) -> int:
    if args.save and args.id is None:
        raise CommandError("--save needs an article ID")
    _warn_lexicon()
    if args.jsonl is not None:
        return _suggest_jsonl(args.jsonl)
    if args.text_file is not None:
        try:
            text = args.text_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{args.text_file}: cannot read as UTF-8 text ({exc})") from exc
        _print(suggest(text), args.json)
        return 0
    article = store.article(args.id)
    found = suggest(article.text)
    _print(found, args.json)
    if args.save:
        saved = save_suggestions(store, article.id, found)
        if not args.json:
            out(f"saved {len(saved)} new suggestion(s) to article {article.id}; "
                f"{len(found) - len(saved)} had a claim already\n")
    return 0


def _suggest_jsonl(path: Path) -> int:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path}: cannot read as UTF-8 text ({exc})") from exc
    records = []
    for where, _n, record in json_lines(lines, str(path), CommandError):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
            raise CommandError(f'{where}: each line needs "id" and a string "text"')
        records.append(record)
    for record in records:
        emit_json({"id": record["id"], "claims": [_claim(s) for s in suggest(record["text"])]})
    return 0


def cmd_lexicon(args: argparse.Namespace, store: Store) -> int:
    if args.check is not None:
        path = analyst_lexicon_path() if args.check is True else args.check
        if not path.exists():
            raise CommandError(f"{path}: no such lexicon file")
        try:
            lex = load_lexicon(path)
        except LexiconError as exc:
            raise CommandError(str(exc)) from exc
        out(f"{path}: ok ({len(lex.units)} count units, {len(lex.currencies)} currencies)\n")
        return 0
    _warn_lexicon()
    lex = active_lexicon()[0]
    for unit in count_units(lex):
        if args.json:
            emit_json({"unit": unit.name, "kind": "count", "ar": unit.ar, "category": unit.category})
        else:
            out(f"{unit.name:<20} {unit.category:<10} \u2068{unit.ar}\u2069\n")
    for code in sorted(lex.currencies):
        if args.json:
            emit_json({"unit": code, "kind": "money", "ar": lex.currencies[code].ar, "minor": lex.currencies[code].minor_per})
        else:
            out(f"{code:<20} {'money':<10} \u2068{lex.currencies[code].ar}\u2069\n")
    return 0
