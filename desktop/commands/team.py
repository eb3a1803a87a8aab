"""Sub-commands for working as a team through a PostgreSQL hub: team init, add-member, login, sync, conflicts."""

from __future__ import annotations

import argparse

from desktop.cli import CommandError, emit_json, out
from desktop.core.store.database import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("team", help="set up a team hub on PostgreSQL: `team init URL`, `team add-member URL NAME`")
    team = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    q = team.add_parser("init", help="create or upgrade the hub's schema in an empty PostgreSQL database")
    q.add_argument("url", metavar="URL", help="a PostgreSQL connection URL without a password")
    q.set_defaults(func=cmd_team_init, needs_store=False)
    q = team.add_parser("add-member", help="create a PostgreSQL login role for a member of the team")
    q.add_argument("url", metavar="URL")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", choices=["analyst", "reviewer", "admin"], default="analyst")
    q.set_defaults(func=cmd_team_add_member, needs_store=False)
    q = team.add_parser("login", help="keep your hub password in the OS keyring (needs the keyring package)")
    q.add_argument("url", metavar="URL")
    q.add_argument("--password-stdin", action="store_true", help="read the password from the first line of "
                   "standard input instead of asking")
    q.set_defaults(func=cmd_team_login, needs_store=False)

    p = sub.add_parser("sync", help="push this store's changes to the team hub and pull everyone else's")
    p.add_argument("url", metavar="URL", nargs="?", help="the hub (remembered, without a password; default: the "
                   "last one)")
    p.add_argument("--json", action="store_true", help='print {"pushed": n, "pulled": n, "conflicts": n, ...}')
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts", help="versions of claims that lost to a concurrent edit, flagged for review")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)


def _client():
    try:
        from desktop.core.hub import client
    except ImportError as exc:  # psycopg is a dependency; a broken install says so in one line
        raise CommandError(f"the team hub needs psycopg 3 ({exc})") from None
    return client


def cmd_team_init(args: argparse.Namespace, _store: None) -> int:
    client = _client()
    try:
        applied = client.init_hub(args.url)
    except client.HubError as exc:
        raise CommandError(f"{client.safe_url_or_hidden(args.url)}: {exc}") from None
    out(f"hub ready ({', '.join(applied) if applied else 'already up to date'})\n")
    return 0


def cmd_team_add_member(args: argparse.Namespace, _store: None) -> int:
    client = _client()
    try:
        group = client.add_member(args.url, args.name, args.role)
    except client.HubError as exc:
        raise CommandError(f"{client.safe_url_or_hidden(args.url)}: {exc}") from None
    out(f"{args.name} is now a {args.role} of the team (PostgreSQL role {args.name}, in {group}).\n"
        f"Give them a password from psql as an admin (\\password {args.name}); they put it in their ~/.pgpass or "
        f"the OS keyring (hamish team login {client.member_url(args.url, args.name)}) and connect with: "
        f"hamish sync {client.member_url(args.url, args.name)}\n")
    return 0


def cmd_team_login(args: argparse.Namespace, _store: None) -> int:
    import getpass
    import sys

    client = _client()
    try:
        url = client.safe_url(args.url)
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else getpass.getpass("hub password: ")
        account = client.login(url, password)
    except client.HubError as exc:
        raise CommandError(f"{client.safe_url_or_hidden(args.url)}: {exc}") from None
    out(f"the password for {account} is in the OS keyring; `hamish sync {url}` finds it there\n")
    return 0


def cmd_sync(args: argparse.Namespace, store: Store) -> int:
    client = _client()
    url = args.url or store.meta("hub_url")
    if not url:
        raise CommandError("no hub yet: give its URL once (`hamish sync postgresql://NAME@HOST/DB`); it is remembered")
    try:
        result = client.sync(store, url)
    except client.HubError as exc:
        raise CommandError(f"{client.safe_url_or_hidden(url)}: {exc}") from None
    if args.json:
        emit_json(result.to_json())
    else:
        out(f"pushed {result.pushed}, pulled {result.pulled}, conflicts {result.conflicts}\n")
        if result.shared_pushed or result.shared_pulled or result.pdfs_pushed or result.pdfs_pulled:
            out(f"also shared: {result.shared_pushed} article states and categories and {result.pdfs_pushed} PDFs "
                f"pushed, {result.shared_pulled} and {result.pdfs_pulled} pulled\n")
        for why in result.refused:
            out(f"refused: {why}\n")
        for why in result.held_reasons:
            out(f"held here, retried at every sync: {why}\n")
    return 0


def cmd_conflicts(args: argparse.Namespace, store: Store) -> int:
    from desktop.core.hub.local import all_conflicts

    for rev in all_conflicts(store):
        if args.json:
            emit_json({"uuid": rev.uuid, "origin": rev.origin, "origin_seq": rev.origin_seq, "by": rev.by,
                       "made": rev.made, "deleted": rev.deleted, "record": rev.record})
        else:
            what = "a deletion" if rev.deleted else f"note \u2068{rev.record.get('note')}\u2069"
            out(f"{rev.uuid}  {rev.made}  {rev.by or '?'}: {what} lost to a concurrent version\n")
    return 0
