"""The ``suggest`` sub-command: propose quantity claims for an article, a text file or a JSONL batch."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandError, emit_json, out
from desktop.core.claims.suggest import Suggestion, suggest
from desktop.core.jsonl import json_lines
from desktop.core.store.models import format_value
from desktop.core.store.database import Store
from desktop.core.claims.suggest import save_suggestions

_CLAIM_KEYS = ("start", "end", "text", "category", "kind", "value", "unit", "approx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("suggest", help="propose quantity claims (amounts, stakes, counts) with normalized values")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("id", type=int, nargs="?", metavar="ID", help="an article in the store")
    src.add_argument("--text-file", type=Path, metavar="F", help="a UTF-8 text file")
    src.add_argument("--jsonl", type=Path, metavar="IN.jsonl", help='lines {"id", "text"}; writes {"id", "claims"}')
    p.add_argument("--save", action="store_true", help="store the suggestions as unreviewed claims (with ID)")
    p.add_argument("--json", action="store_true", help="one JSON object per suggestion")
    p.set_defaults(func=cmd_suggest)


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
                f"\u2068{s.text}\u2069\n")


def cmd_suggest(args: argparse.Namespace, store: Store) -> int:
    if args.save and args.id is None:
        raise CommandError("--save needs an article ID")
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
