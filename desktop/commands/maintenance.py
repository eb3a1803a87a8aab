"""Sub-commands that look after the store itself: check, recover, backup, restore; and a claim's edit and history."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandError, emit_json, out
from desktop.core.store import backups
from desktop.core.store.database import Store
from desktop.core.store.recovery import check_file, recover
from desktop.core.store.revisions import ConflictError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the store (read-only): damaged pages, and every claim's quote")
    p.set_defaults(func=cmd_check, store_path_only=True)

    p = sub.add_parser("recover", help="copy what can still be read of a damaged store into a new store")
    p.add_argument("target", metavar="NEW.db")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recover, store_path_only=True)

    p = sub.add_parser("backup", help="a consistent copy of the store, safe while it is open (online backup API)")
    p.add_argument("path", nargs="?", metavar="PATH", help="where to write it (default: backups/ beside the store)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the store's content with a backup (the current one is backed up first)")
    p.add_argument("backup", metavar="BACKUP")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("edit", help="change a claim's category, kind, value, unit, note or status")
    p.add_argument("uuid", metavar="UUID")
    for name in ("category", "kind", "unit", "note", "status"):
        p.add_argument(f"--{name}")
    p.add_argument("--value", type=float)
    p.add_argument("--revision", type=int, metavar="N", help="the revision your change is based on (from "
                   "`annotations --json`); refused if the claim was changed since")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("history", help="every version of a claim, newest first (who, when, what changed)")
    p.add_argument("uuid", metavar="UUID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)


def cmd_check(args: argparse.Namespace, path: Path) -> int:
    problems = check_file(path)
    if problems:
        out(f"{len(problems)} problem(s) in {path}:\n")
        for p in problems:
            out(f"  - {p}\n")
        if any(p.startswith("damaged") for p in problems):
            out(f"the file was not changed; `hamish --store {path} recover NEW.db` copies what can be read\n")
        return 1
    if not path.exists() or not path.stat().st_size:
        out(f"ok: {path}: no store there yet\n")
        return 0
    store = Store.open(path, read_only=True, daily_backup=False)
    try:
        n_articles, n_claims = len(store.articles()), len(store.annotations())
    finally:
        store.close()
    out(f"ok: {path}: integrity check passed; {n_claims} claim(s) in {n_articles} article(s) match their text\n")
    return 0


def cmd_recover(args: argparse.Namespace, path: Path) -> int:
    report = recover(path, args.target)
    if args.json:
        emit_json(report.to_json())
        return 0
    copied = ", ".join(f"{n} {t}" for t, n in report.copied.items() if n)
    lost = ", ".join(f"{n} {t}" for t, n in report.lost.items() if n) or "nothing"
    out(f"recovered into {report.target}: {copied or 'nothing'}; could not read: {lost}; {path} was not changed\n")
    for e in report.errors:
        out(f"  - {e}\n")
    return 0


def cmd_backup(args: argparse.Namespace, store: Store) -> int:
    made = backups.backup_to(store, args.path) if args.path else backups.backup(store, "manual")
    out(f"backed up {store.path} to {made}\n")
    return 0


def cmd_restore(args: argparse.Namespace, store: Store) -> int:
    safety = backups.restore(store, args.backup)
    out(f"restored {store.path} from {args.backup}; what it held before is in {safety}\n")
    return 0


def cmd_edit(args: argparse.Namespace, store: Store) -> int:
    changes = {k: getattr(args, k) for k in ("category", "kind", "value", "unit", "note", "status")
               if getattr(args, k) is not None}
    if not changes:
        raise CommandError("nothing to change: give --note, --status, --value, --unit, --kind or --category")
    try:
        new = store.update_annotation(args.uuid, base_revision=args.revision, **changes)
    except ConflictError as exc:
        current = store.head(args.uuid)
        raise CommandError(f"{exc}. To keep yours over theirs, run again with --revision {current}; "
                           f"`hamish history {args.uuid}` shows every version") from None
    out(f"{new.uuid} revision {new.revision}\n")
    return 0


def cmd_history(args: argparse.Namespace, store: Store) -> int:
    versions = store.history(args.uuid)
    if not versions:
        raise CommandError(f"no claim with id {args.uuid} in this store's history")
    for v in versions:
        if args.json:
            emit_json(v.to_json())
            continue
        r = v.record
        state = "deleted" if v.deleted else f"{r.get('category')} {r.get('status')} note \u2068{r.get('note')}\u2069"
        where = f" from {v.source}" if v.source else ""
        out(f"{v.seq:>6}  {v.made}  {v.by or '?'} {v.what()}{where}: {state}\n")
    return 0
