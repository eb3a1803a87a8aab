"""The hub's PostgreSQL schema as named, versioned migrations, with the roles and row-level security that let the
server itself enforce who may write what (analysts append revisions as themselves, reviewers also set review
status, admins manage members).

Never edit a migration that has shipped: add a new one at the end of :data:`MIGRATIONS`. Every statement is SQL
text with identifiers composed by :mod:`psycopg.sql` and values bound, never formatted in.
"""

from __future__ import annotations

from psycopg import sql

__all__ = ["MIGRATIONS", "ROLES", "group_roles", "apply", "is_hub", "HubSchemaError"]

ROLES = ("analyst", "reviewer", "admin")
_LOCK = 0x48414D49  # "HAMI": one advisory lock serialises migrations (and, in client.py, pushes)


class HubSchemaError(Exception):
    """The database cannot be made a hub (not empty and not a Hamish hub, or no right to create roles)."""


def group_roles(database: str) -> dict[str, str]:
    """The team's group roles: one per role name, named after the database so two hubs can share a cluster."""
    return {role: f"{database}_{role}"[:63] for role in ROLES}


def _h001_tables(cur, groups: dict[str, str]) -> None:
    cur.execute("""
        CREATE TABLE hamish.members (
            name text PRIMARY KEY,
            role text NOT NULL CHECK (role IN ('analyst', 'reviewer', 'admin')),
            added timestamptz NOT NULL DEFAULT now(),
            added_by text NOT NULL DEFAULT current_user
        )""")
    # Which member pushes from which store: a store's revisions can only ever be appended by that member.
    cur.execute("""
        CREATE TABLE hamish.origins (
            origin text PRIMARY KEY,
            member text NOT NULL DEFAULT current_user,
            joined timestamptz NOT NULL DEFAULT now()
        )""")
    # Articles, once each, by the content hash of their canonical text; `article` is the store's row (JSON).
    cur.execute("""
        CREATE TABLE hamish.articles (
            content_hash text PRIMARY KEY,
            article jsonb NOT NULL,
            member text NOT NULL DEFAULT current_user,
            pushed timestamptz NOT NULL DEFAULT now()
        )""")
    # Claim revisions: `id` is the hub's order (a pull is "every revision after id N"); (origin, origin_seq) the
    # revision's identity; `base_*` the identity of the revision it was made from; `hlc` its hybrid logical clock.
    cur.execute("""
        CREATE TABLE hamish.revisions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            origin text NOT NULL,
            origin_seq bigint NOT NULL CHECK (origin_seq > 0),
            uuid text NOT NULL,
            article_hash text NOT NULL,
            action text NOT NULL,
            deleted boolean NOT NULL,
            record jsonb NOT NULL,
            base_origin text,
            base_origin_seq bigint,
            by text NOT NULL DEFAULT '',
            source text NOT NULL DEFAULT '',
            made text NOT NULL,
            hlc text NOT NULL,
            member text NOT NULL DEFAULT current_user,
            pushed timestamptz NOT NULL DEFAULT now(),
            UNIQUE (origin, origin_seq)
        )""")
    cur.execute("CREATE INDEX revisions_uuid ON hamish.revisions (uuid)")
    # Review decisions, which only reviewers (and admins) may record.
    cur.execute("""
        CREATE TABLE hamish.reviews (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            uuid text NOT NULL,
            status text NOT NULL CHECK (status IN ('unreviewed', 'confirmed', 'disputed', 'rejected')),
            comment text NOT NULL DEFAULT '',
            member text NOT NULL DEFAULT current_user,
            made timestamptz NOT NULL DEFAULT now()
        )""")


def _h002_permissions(cur, groups: dict[str, str]) -> None:
    analyst, reviewer, admin = (sql.Identifier(groups[r]) for r in ROLES)
    for role, parent in ((groups["analyst"], None), (groups["reviewer"], "analyst"), (groups["admin"], "reviewer")):
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
        if cur.fetchone() is None:
            cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        if parent:
            cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(groups[parent]), sql.Identifier(role)))
    cur.execute("REVOKE ALL ON SCHEMA hamish FROM PUBLIC")
    cur.execute(sql.SQL("GRANT USAGE ON SCHEMA hamish TO {}").format(analyst))
    cur.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA hamish TO {}").format(analyst))
    cur.execute(sql.SQL("GRANT INSERT ON hamish.revisions, hamish.articles, hamish.origins TO {}").format(analyst))
    cur.execute(sql.SQL("GRANT INSERT ON hamish.reviews TO {}").format(reviewer))
    cur.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON hamish.members TO {}").format(admin))
    for table in ("revisions", "articles", "origins", "reviews", "members"):
        name = sql.Identifier("hamish", table)
        cur.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
        cur.execute(sql.SQL("CREATE POLICY read_all ON {} FOR SELECT USING (true)").format(name))
    for table in ("articles", "origins", "reviews"):
        cur.execute(sql.SQL("CREATE POLICY own_rows ON {} FOR INSERT WITH CHECK (member = current_user)")
                    .format(sql.Identifier("hamish", table)))
    # A revision goes in only as its pusher, and only from a store that pusher registered (hamish.origins).
    cur.execute("""
        CREATE POLICY own_rows ON hamish.revisions FOR INSERT WITH CHECK (
            member = current_user
            AND EXISTS (SELECT 1 FROM hamish.origins o WHERE o.origin = revisions.origin AND o.member = current_user)
        )""")
    cur.execute(sql.SQL("CREATE POLICY admins ON hamish.members FOR ALL TO {} USING (true) WITH CHECK (true)")
                .format(admin))


def _h003_shared_items(cur, groups: dict[str, str]) -> None:
    # Everything else a person writes, as versioned items: `kind` 'article' (key: content hash; payload
    # {"state": "present"|"deleted"}: deletions and their undo travel) or 'category' (key: its name; payload: its
    # labels, colour, shortcut and position: new categories and renames travel). Identity (origin, origin_seq) as for
    # revisions, so a push is idempotent; an item's current state is its version with the greatest (hlc, origin).
    cur.execute("""
        CREATE TABLE hamish.items (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            origin text NOT NULL,
            origin_seq bigint NOT NULL CHECK (origin_seq > 0),
            kind text NOT NULL CHECK (kind IN ('article', 'category')),
            key text NOT NULL,
            payload jsonb NOT NULL,
            by text NOT NULL DEFAULT '',
            made text NOT NULL,
            hlc text NOT NULL,
            member text NOT NULL DEFAULT current_user,
            pushed timestamptz NOT NULL DEFAULT now(),
            UNIQUE (origin, origin_seq)
        )""")
    # The PDF kept with an article (the store's article_pdfs), once each by the article's content hash.
    cur.execute("""
        CREATE TABLE hamish.pdfs (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            content_hash text NOT NULL UNIQUE,
            sha256 text NOT NULL,
            pdf bytea NOT NULL,
            glyphs bytea NOT NULL,
            page_sizes text NOT NULL,
            ocr_pages text NOT NULL,
            stored text NOT NULL,
            member text NOT NULL DEFAULT current_user,
            pushed timestamptz NOT NULL DEFAULT now()
        )""")
    analyst = sql.Identifier(groups["analyst"])
    cur.execute(sql.SQL("GRANT SELECT, INSERT ON hamish.items, hamish.pdfs TO {}").format(analyst))
    for table in ("items", "pdfs"):
        name = sql.Identifier("hamish", table)
        cur.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
        cur.execute(sql.SQL("CREATE POLICY read_all ON {} FOR SELECT USING (true)").format(name))
    cur.execute("CREATE POLICY own_rows ON hamish.pdfs FOR INSERT WITH CHECK (member = current_user)")
    cur.execute("""
        CREATE POLICY own_rows ON hamish.items FOR INSERT WITH CHECK (
            member = current_user
            AND EXISTS (SELECT 1 FROM hamish.origins o WHERE o.origin = items.origin AND o.member = current_user)
        )""")


def _h004_review_status(cur, groups: dict[str, str]) -> None:
    # Only reviewers (and admins, who are reviewers too) set review status. The rule: a revision whose claim status
    # differs from the status of the revision it was based on (from 'unreviewed' for a new claim, or a version based
    # on nothing) is refused for anyone else, by PostgreSQL itself, with SQLSTATE 42501 (insufficient_privilege).
    cur.execute(sql.SQL("""
        CREATE FUNCTION hamish.check_review_status() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            before text := 'unreviewed';
        BEGIN
            IF NEW.base_origin IS NOT NULL THEN
                SELECT coalesce(r.record->>'status', 'unreviewed') INTO before FROM hamish.revisions r
                 WHERE r.origin = NEW.base_origin AND r.origin_seq = NEW.base_origin_seq;
                before := coalesce(before, 'unreviewed');
            END IF;
            IF coalesce(NEW.record->>'status', 'unreviewed') IS DISTINCT FROM before
               AND NOT pg_has_role(current_user, {}, 'USAGE') THEN
                RAISE EXCEPTION 'only reviewers may set review status: revision %/% changes claim % from % to %',
                    NEW.origin, NEW.origin_seq, NEW.uuid, before, coalesce(NEW.record->>'status', 'unreviewed')
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""").format(sql.Literal(groups["reviewer"])))
    cur.execute("CREATE TRIGGER review_status BEFORE INSERT ON hamish.revisions "
                "FOR EACH ROW EXECUTE FUNCTION hamish.check_review_status()")


def _h005_held_bases(cur, groups: dict[str, str]) -> None:
    # A store's status change refused for an analyst is held in that store (client.py) and retried at each sync. Its
    # later revisions of the same claim are based on it, so they carry that status too: a non-reviewer's revision
    # based on a revision of its own store that the hub does not have is refused the same way (held with it), so the
    # hub never holds a revision whose own-store base is missing and pulling stores never meet one. A base from
    # another store that never reached the hub (a `hamish merge` of an unsynced store) is compared as 'unreviewed'.
    cur.execute(sql.SQL("""
        CREATE OR REPLACE FUNCTION hamish.check_review_status() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            before text := 'unreviewed';
            reviewer boolean := pg_has_role(current_user, {}, 'USAGE');
        BEGIN
            IF NEW.base_origin IS NOT NULL THEN
                SELECT coalesce(r.record->>'status', 'unreviewed') INTO before FROM hamish.revisions r
                 WHERE r.origin = NEW.base_origin AND r.origin_seq = NEW.base_origin_seq;
                IF NOT FOUND AND NEW.base_origin = NEW.origin AND NOT reviewer THEN
                    RAISE EXCEPTION 'only reviewers may set review status: revision %/% of claim % is based on %/%, '
                        'which waits for a reviewer', NEW.origin, NEW.origin_seq, NEW.uuid, NEW.base_origin,
                        NEW.base_origin_seq USING ERRCODE = 'insufficient_privilege';
                END IF;
                before := coalesce(before, 'unreviewed');
            END IF;
            IF coalesce(NEW.record->>'status', 'unreviewed') IS DISTINCT FROM before AND NOT reviewer THEN
                RAISE EXCEPTION 'only reviewers may set review status: revision %/% changes claim % from % to %',
                    NEW.origin, NEW.origin_seq, NEW.uuid, before, coalesce(NEW.record->>'status', 'unreviewed')
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""").format(sql.Literal(groups["reviewer"])))


def _h006_compare_items(cur, groups: dict[str, str]) -> None:
    # Two more kinds of shared items (desktop.core.hub.items_compare): 'subject' (key: a claim subject's name;
    # payload {"aliases": [...]}: its other names travel) and 'resolution' (key: two claims' uuids in order, joined
    # by a space; payload {"note", "author", "resolved"}: an analyst's resolution of their contradiction, or its
    # taking back with "resolved" empty).
    cur.execute("ALTER TABLE hamish.items DROP CONSTRAINT items_kind_check")
    cur.execute("ALTER TABLE hamish.items ADD CONSTRAINT items_kind_check "
                "CHECK (kind IN ('article', 'category', 'subject', 'resolution'))")


# (name, function(cursor, group roles)) in order; the name is recorded in hamish.migrations once applied.
MIGRATIONS = [("h001_tables", _h001_tables), ("h002_permissions", _h002_permissions),
              ("h003_shared_items", _h003_shared_items), ("h004_review_status", _h004_review_status),
              ("h005_held_bases", _h005_held_bases), ("h006_compare_items", _h006_compare_items)]


def is_hub(cur) -> bool:
    cur.execute("SELECT to_regclass('hamish.migrations') IS NOT NULL")
    return bool(cur.fetchone()[0])


def _user_tables(cur) -> int:
    cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
    return cur.fetchone()[0]


def apply(conn) -> list[str]:
    """Create or upgrade the hub in ``conn``'s database (one transaction, under an advisory lock, so running it
    twice or twice at once is harmless); returns the names of the migrations applied now. Refuses a database
    that holds other tables and is not a Hamish hub."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])
        if not is_hub(cur):
            if _user_tables(cur):
                raise HubSchemaError("the database holds tables and is not a Hamish hub; use an empty database")
            cur.execute("CREATE SCHEMA hamish")
            cur.execute("CREATE TABLE hamish.migrations (name text PRIMARY KEY, "
                        "applied timestamptz NOT NULL DEFAULT now())")
            cur.execute("CREATE TABLE hamish.meta (key text PRIMARY KEY, value text NOT NULL)")
            cur.execute("INSERT INTO hamish.meta (key, value) VALUES ('database', current_database()), "
                        "('hub_id', gen_random_uuid()::text)")
        cur.execute("SELECT value FROM hamish.meta WHERE key = 'database'")
        groups = group_roles(cur.fetchone()[0])
        cur.execute("SELECT name FROM hamish.migrations")
        done = {row[0] for row in cur.fetchall()}
        applied = []
        for name, step in MIGRATIONS:
            if name in done:
                continue
            step(cur, groups)
            cur.execute("INSERT INTO hamish.migrations (name) VALUES (%s)", [name])
            applied.append(name)
        cur.execute(sql.SQL("GRANT SELECT ON hamish.migrations, hamish.meta TO {}")
                    .format(sql.Identifier(groups["analyst"])))
    return applied
