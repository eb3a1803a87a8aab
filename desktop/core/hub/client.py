"""The hub client (psycopg 3): create the hub, add members, and sync a store — push its new revisions with COPY,
idempotently, then stream everyone else's through a server-side cursor. Parameters are always bound.

Passwords come only from libpq's own places (PGPASSWORD, ~/.pgpass, a service file) or, when those give none, the
OS keyring (desktop.core.hub.passwords): a URL holding one is refused, and the URL remembered in the store never
has one. TLS settings in the URL (sslmode=verify-full, sslrootcert=…) go to libpq as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from desktop.core.hub import items, local, passwords, schema, transfer
from desktop.core.hub.protocol import HubRevision
from desktop.core.store.database import Store

__all__ = ["HubError", "SyncResult", "connect", "init_hub", "add_member", "sync", "safe_url"]

_PUSH_LOCK = 0x48414D50  # one push at a time, so hub ids grow in commit order and a pull cursor never skips one
_COLUMNS = ("origin", "origin_seq", "uuid", "article_hash", "action", "deleted", "record", "base_origin",
            "base_origin_seq", "by", "source", "made", "hlc")


class HubError(Exception):
    """A sync or team command that could not be done; the message is one line for the user."""


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: list[str] = field(default_factory=list)
    held: int = 0  # revisions made here that the hub refuses for now (status changes by a non-reviewer): kept here
    held_reasons: list[str] = field(default_factory=list)
    shared_pushed: int = 0  # items: articles' presence (deletions, undo) and categories
    shared_pulled: int = 0
    pdfs_pushed: int = 0
    pdfs_pulled: int = 0

    def to_json(self) -> dict:
        return asdict(self)


def safe_url(url: str) -> str:
    """The connection string without any password; a URL that holds one is refused (HubError)."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise HubError(f"{url}: not a PostgreSQL connection URL ({exc})") from None
    if params.get("password"):
        raise HubError("the URL holds a password: remove it and put the password in ~/.pgpass, PGPASSWORD or a "
                       "service file (libpq's own places), so it is never saved in the store or a log")
    return make_conninfo(**params)


def safe_url_or_hidden(url: str) -> str:
    """The URL to show in a message: without a password, or not at all when it holds one."""
    try:
        return safe_url(url)
    except HubError:
        return "the hub URL"


def member_url(url: str, name: str) -> str:
    """The URL a member connects with: the hub's, as ``name``, without a password."""
    params = conninfo_to_dict(safe_url(url))
    params["user"] = name
    return make_conninfo(**params)


def connect(url: str, *, timeout: int = 10) -> psycopg.Connection:
    """A connection to the hub, or HubError ("offline") saying why not."""
    url = safe_url(url)
    try:
        return psycopg.connect(url, connect_timeout=timeout, application_name="hamish")
    except psycopg.OperationalError as exc:
        failed = exc
    if _wants_password(failed):  # libpq's own places gave none (or a wrong one): the OS keyring, if it has one
        secret = passwords.keyring_password(url)
        if secret is not None:
            try:
                return psycopg.connect(url, password=secret, connect_timeout=timeout, application_name="hamish")
            except psycopg.OperationalError as exc:
                failed = exc
    reason = str(failed).strip().splitlines()[-1] if str(failed).strip() else type(failed).__name__
    raise HubError(f"offline: cannot reach the hub ({reason})") from None


def _wants_password(exc: Exception) -> bool:
    text = str(exc)
    return "no password supplied" in text or "password authentication failed" in text


def login(url: str, password: str) -> str:
    """Keep the hub password in the OS keyring for this URL, then check it opens the hub; returns the account name.
    HubError when the keyring cannot keep it (nothing kept) or the hub refuses (kept: fix and run login again)."""
    url = safe_url(url)
    if not password:
        raise HubError("an empty password: nothing kept")
    try:
        name = passwords.save_password(url, password)
    except passwords.KeyringMissing as exc:
        raise HubError(str(exc)) from None
    try:
        connect(url).close()
    except HubError as exc:
        raise HubError(f"kept in the OS keyring as {name}, but the hub did not open with it: {exc}") from None
    return name


def init_hub(url: str) -> list[str]:
    """Create or upgrade the hub's schema; returns the migrations applied now."""
    with connect(url) as conn:
        try:
            return schema.apply(conn)
        except schema.HubSchemaError as exc:
            raise HubError(str(exc)) from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubError(f"not allowed: {exc.diag.message_primary} (team init needs a role that may create "
                           "schemas and roles)") from None


def add_member(url: str, name: str, role: str) -> str:
    """Create the PostgreSQL login role ``name`` in the team's ``role`` group; returns its group role's name."""
    if role not in schema.ROLES:
        raise HubError(f"unknown role {role!r} (use analyst, reviewer or admin)")
    if not name or len(name) > 63 or not name.replace("_", "").replace("-", "").replace(".", "").isalnum():
        raise HubError(f"{name!r}: a member name is 1 to 63 letters, digits, '-', '_' or '.'")
    with connect(url) as conn, conn.transaction(), conn.cursor() as cur:
        if not schema.is_hub(cur):
            raise HubError("this database is not a Hamish hub yet: run `hamish team init URL` first")
        cur.execute("SELECT value FROM hamish.meta WHERE key = 'database'")
        group = schema.group_roles(cur.fetchone()[0])[role]
        try:
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name])
            if cur.fetchone() is None:
                extra = sql.SQL(" CREATEROLE") if role == "admin" else sql.SQL("")
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN{}").format(sql.Identifier(name), extra))
            cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
            cur.execute("INSERT INTO hamish.members (name, role) VALUES (%s, %s) "
                        "ON CONFLICT (name) DO UPDATE SET role = excluded.role", [name, role])
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubError(f"not allowed: {exc.diag.message_primary} (only a team admin may add members)") from None
    return group


def _register_origin(cur, store: Store) -> None:
    cur.execute("INSERT INTO hamish.origins (origin) VALUES (%s) ON CONFLICT (origin) DO NOTHING", [store.store_id])
    cur.execute("SELECT member, current_user FROM hamish.origins WHERE origin = %s", [store.store_id])
    owner, me = cur.fetchone()
    if owner != me:
        raise HubError(f"this store pushes to the hub as {owner!r}, not as {me!r}: connect as {owner}, or work in "
                       "a store of your own")


def _hub(conn: psycopg.Connection) -> str:
    """The hub's id, after checking in the same round trip that its schema has every migration this Hamish needs
    (HubError naming the missing ones: an older hub, which `team init` upgrades)."""
    with conn.transaction():
        hub_id, have = conn.execute("SELECT (SELECT value FROM hamish.meta WHERE key = 'hub_id'), "
                                    "array(SELECT name FROM hamish.migrations)").fetchone()
    missing = [name for name, _ in schema.MIGRATIONS if name not in set(have)]
    if missing:
        raise HubError(f"the hub's schema is older than this Hamish (missing {', '.join(missing)}): ask its admin to "
                       "run `hamish team init URL` once to upgrade it")
    return hub_id


def _cursor_key(hub_id: str, name: str) -> str:
    """A sync cursor's key in store_meta, for this hub (a store may sync with another hub later)."""
    return f"{name}:{hub_id}"


_HOLD = "only reviewers may set review status"  # the hub's refusal of one revision, which the store then holds


def _held_reason(exc: psycopg.errors.InsufficientPrivilege) -> str | None:
    message = exc.diag.message_primary or str(exc)
    return message if message.startswith(_HOLD) else None


def _insert(conn: psycopg.Connection, cur, out: list[tuple[int, HubRevision]]) -> tuple[int, dict[int, str]]:
    """Insert a batch through the temp table; when the hub refuses a status change in it, go row by row (each in a
    savepoint, in origin_seq order) so only the refused revisions are left out. Returns (inserted, {seq: reason})."""
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS hamish_incoming (origin text, origin_seq bigint, uuid text, "
                "article_hash text, action text, deleted boolean, record text, base_origin text, "
                "base_origin_seq bigint, by text, source text, made text, hlc text) ON COMMIT DELETE ROWS")
    cur.execute("DELETE FROM hamish_incoming")
    with cur.copy(f"COPY hamish_incoming ({', '.join(_COLUMNS)}) FROM STDIN") as copy:
        for _, r in out:
            base = r.base or (None, None)
            copy.write_row((r.origin, r.origin_seq, r.uuid, r.article_hash, r.action, r.deleted,
                            json.dumps(r.record, ensure_ascii=False, sort_keys=True), base[0], base[1],
                            r.by, r.source, r.made, r.hlc))
    columns = ", ".join(_COLUMNS)
    insert = (f"INSERT INTO hamish.revisions ({columns}) SELECT {columns.replace('record', 'record::jsonb')} "
              "FROM hamish_incoming {} ORDER BY origin_seq ON CONFLICT (origin, origin_seq) DO NOTHING")
    try:
        with conn.transaction():
            cur.execute(insert.format(""))
            return cur.rowcount, {}
    except psycopg.errors.InsufficientPrivilege as exc:
        if _held_reason(exc) is None:
            raise
    inserted, refused = 0, {}
    for seq, r in out:
        try:
            with conn.transaction():
                cur.execute(insert.format("WHERE origin_seq = %s"), [r.origin_seq])
                inserted += cur.rowcount
        except psycopg.errors.InsufficientPrivilege as exc:
            if (why := _held_reason(exc)) is None:
                raise
            refused[seq] = why
    return inserted, refused


def _push(conn: psycopg.Connection, store: Store, hub_id: str, batch: int, on_step: Callable[[str], None],
          result: SyncResult) -> None:
    """Push the revisions held at earlier syncs (oldest first), then the new ones after the cursor. A revision the
    hub refuses as a status change by a non-reviewer is held in the store (local.held), not lost and not blocking
    the rest; the cursor moves past it and it is offered again at every sync."""
    key, held_key = _cursor_key(hub_id, "hub_pushed"), _cursor_key(hub_id, "hub_held")
    after = int(store.meta(key) or 0)
    waiting = sorted(local.held(store, held_key))
    while True:
        retry, waiting = waiting[:batch], waiting[batch:]
        out = local.revisions_at(store, retry) if retry else local.outgoing(store, after, batch)
        if not out and not retry:
            local.skip_to_end(store, key, after)
            break
        inserted, refused = 0, {}
        if out:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", [_PUSH_LOCK])
                transfer.push_articles(cur, store, {r.article_hash for _, r in out})
                inserted, refused = _insert(conn, cur, out)
                result.pushed += inserted
                on_step("pushing")
            on_step("pushed")
        with store.transaction():
            held = local.held(store, held_key)
            for seq in [*retry, *(seq for seq, _ in out)]:
                held.pop(seq, None)
            held.update(refused)
            local.set_held(store, held_key, held)
            if not retry:
                after = out[-1][0]
                local.set_meta(store, key, str(after))
    still = local.held(store, held_key)
    result.held, result.held_reasons = len(still), list(still.values())


def _pulled(row: tuple) -> HubRevision:
    (origin, oseq, uuid, digest, action, deleted, record, borigin, bseq, by, source, made, hlc, member) = row
    if isinstance(record, dict) and isinstance(record.get("value"), int) and not isinstance(record["value"], bool):
        record = dict(record, value=float(record["value"]))  # jsonb may give 5.0 back as 5
    base = (borigin, bseq) if borigin is not None else None
    return HubRevision(origin, oseq, uuid, digest, action, bool(deleted), record, base, by, source, made, hlc, member)


class _ArticleSource:
    """Articles' rows from the hub by content hash: a batch's small ones in one query (:meth:`prefetch`), any other
    one by one, so a batch never holds more than a few megabytes of text."""

    _SMALL = 200_000  # bytes of an article's JSON fetched ahead with others

    def __init__(self, conn: psycopg.Connection, store: Store):
        self.cur, self.store, self.ahead = conn.cursor(), store, {}

    def prefetch(self, hashes) -> None:
        here = {r[0] for r in self.store.db.execute(
            f"SELECT content_hash FROM articles WHERE content_hash IN ({', '.join('?' * len(hashes))})",
            list(hashes))} if hashes else set()
        wanted = sorted(set(hashes) - here)
        self.ahead = {}
        if wanted:
            self.cur.execute("SELECT content_hash, article FROM hamish.articles WHERE content_hash = ANY(%s) "
                             "AND octet_length(article::text) <= %s", [wanted, self._SMALL])
            self.ahead = dict(self.cur.fetchall())

    def __call__(self, digest: str) -> dict | None:
        if digest in self.ahead:
            return self.ahead.pop(digest)
        self.cur.execute("SELECT article FROM hamish.articles WHERE content_hash = %s", [digest])
        row = self.cur.fetchone()
        return row[0] if row else None


def _pull(conn: psycopg.Connection, store: Store, hub_id: str, clock, batch: int, on_step: Callable[[str], None],
          result: SyncResult) -> None:
    """Pull items, claim revisions and PDFs in one REPEATABLE READ transaction: one snapshot of the hub, so a claim
    never arrives before the category or the article state pushed ahead of it. Each pull cursor then moves to the
    greatest id of that snapshot, this store's own rows included, so the next sync reads only what came after."""
    keys = {name: _cursor_key(hub_id, name) for name in ("hub_pulled", "hub_items_pulled", "hub_pdfs_pulled")}
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        with conn.transaction():
            # Pushes take an advisory lock until they commit, so ids become visible in order: nothing at or below
            # these tops can still arrive later.
            tops = conn.execute("SELECT coalesce((SELECT max(id) FROM hamish.items), 0), "
                                "coalesce((SELECT max(id) FROM hamish.revisions), 0)").fetchone()
            fetch_article = _ArticleSource(conn, store)

            result.shared_pulled, refused = transfer.pull_items(conn, store, clock, keys["hub_items_pulled"], batch,
                                                                fetch_article, tops[0])
            result.refused += refused
            after = int(store.meta(keys["hub_pulled"]) or 0)
            if tops[1] > after:
                with conn.cursor(name="hamish_pull") as cur:
                    cur.itersize = batch
                    cur.execute(f"SELECT id, {', '.join(_COLUMNS)}, member FROM hamish.revisions "
                                "WHERE id > %s AND id <= %s AND origin <> %s ORDER BY id",
                                [after, tops[1], store.store_id])
                    while rows := cur.fetchmany(batch):
                        fetch_article.prefetch({r[4] for r in rows})
                        done = local.apply_pulled(store, [_pulled(r[1:]) for r in rows], clock, fetch_article,
                                                  (keys["hub_pulled"], rows[-1][0]))
                        result.pulled += done.pulled
                        result.conflicts += done.conflicts
                        result.refused += done.refused
                        on_step("pulled")
                transfer.move_cursor(store, keys["hub_pulled"], tops[1])
            result.pdfs_pulled, refused = transfer.pull_pdfs(conn, store, keys["hub_pdfs_pulled"])
            result.refused += refused
    finally:
        if not conn.closed:
            conn.isolation_level = None


def sync(store: Store, url: str, *, batch: int = 1000, on_step: Callable[[str], None] | None = None) -> SyncResult:
    """Push this store's new revisions, items and PDFs, then pull everyone else's; remembers the URL (no password)
    in the store. A sync cut at any point can simply be run again: nothing is lost or doubled. ``on_step`` (tests,
    progress) is called after each batch with "pushing" (before the hub commits), "pushed" or "pulled"."""
    on_step = on_step or (lambda step: None)
    remembered = safe_url(url)
    clock = local.stamp(store)
    items.stamp_items(store, clock)
    result = SyncResult()
    conn = connect(url)
    try:
        hub_id = _hub(conn)
        with store.transaction():
            local.set_meta(store, "hub_url", remembered)
            local.set_meta(store, "hub_id", hub_id)
        with conn.transaction(), conn.cursor() as cur:
            _register_origin(cur, store)
        result.shared_pushed = transfer.push_items(conn, store, _cursor_key(hub_id, "hub_items_pushed"), batch,
                                                   _PUSH_LOCK + 1)
        _push(conn, store, hub_id, batch, on_step, result)
        result.pdfs_pushed = transfer.push_pdfs(conn, store)
        _pull(conn, store, hub_id, clock, batch, on_step, result)
        pushed = _cursor_key(hub_id, "hub_pushed")
        local.skip_to_end(store, pushed, int(store.meta(pushed) or 0))  # past what was pulled, when nothing waits
        with store.transaction():
            from desktop.core.store.models import utc_now

            local.set_meta(store, "hub_last_sync", utc_now())
    except psycopg.errors.UndefinedTable:
        raise HubError("this database is not a Hamish hub: ask its admin to run `hamish team init`") from None
    except psycopg.errors.InsufficientPrivilege as exc:
        message = exc.diag.message_primary or str(exc)
        if message.startswith("only reviewers may set review status"):
            raise HubError(f"the hub refused: {message}; your changes wait in this store (nothing is lost): a "
                           "team admin can make you a reviewer (`hamish team add-member URL NAME --role reviewer`), "
                           "then sync again") from None
        raise HubError(f"the hub refused: {message} (are you a member of this team?)") from None
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "no reason given"
        raise HubError(f"the connection to the hub was lost ({reason}); nothing is lost: run the sync again") from None
    finally:
        conn.close()
    return result
