"""The store's schema, as named migrations applied in order (``sqlite_utils.Migrations``).

Never edit a migration that has shipped: add a new function below the last one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.store.sqlite import Database


class NamedMigrations:
    """The named migrations in the order they are defined, recorded without importing sqlite-utils (start-up opens a
    current store without it); the ``sqlite_utils.Migrations`` set that reads and applies them is made when first used
    (``applied``, ``pending``, ``apply`` and its other attributes are that set's)."""

    def __init__(self, name: str):
        self.name = name
        self.names: list[str] = []
        self._steps: list[tuple[str | None, object, bool]] = []
        self._set = None

    def __call__(self, *, name: str | None = None, transactional: bool = True):
        def inner(fn):
            migration = name or fn.__name__
            if migration in self.names:
                raise ValueError(f"Migration {migration!r} is already registered in set {self.name!r}")
            self.names.append(migration)
            self._steps.append((name, fn, transactional))
            if self._set is not None:
                self._set(name=name, transactional=transactional)(fn)
            return fn

        return inner

    def __len__(self) -> int:
        return len(self.names)

    def __getattr__(self, attribute: str):
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        if self._set is None:
            from desktop.core.store.sqlite import Migrations

            made = Migrations(self.name)
            for name, fn, transactional in self._steps:
                made(name=name, transactional=transactional)(fn)
            self._set = made
        return getattr(self._set, attribute)


migrations = NamedMigrations("hamish")

DEFAULT_CATEGORIES = [
    # name, English label, Arabic label, colour, shortcut
    ("amount", "Amount", "مبلغ", "#f4b942", "1"),
    ("valuation", "Valuation", "تقييم", "#6fb8f0", "2"),
    ("stake", "Stake", "حصة", "#9ad77c", "3"),
    ("downloads", "Downloads", "تنزيلات", "#e98bd9", "4"),
    ("users", "Users", "مستخدمون", "#f08a6f", "5"),
    ("other", "Other", "أخرى", "#b9b9b9", "6"),
]


@migrations()
def m001_articles(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            source_url TEXT,
            format TEXT NOT NULL DEFAULT 'txt',
            encoding TEXT NOT NULL DEFAULT 'utf-8',
            content_hash TEXT NOT NULL UNIQUE,
            imported TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'ar',
            direction TEXT NOT NULL DEFAULT 'rtl' CHECK (direction IN ('rtl', 'ltr')),
            bidi_controls INTEGER NOT NULL DEFAULT 0,
            import_report TEXT NOT NULL DEFAULT '{}'
        )
        """
    )


@migrations()
def m002_categories(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE categories (
            name TEXT PRIMARY KEY,
            label_en TEXT NOT NULL,
            label_ar TEXT NOT NULL,
            colour TEXT NOT NULL,
            shortcut TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    for position, (name, en, ar, colour, key) in enumerate(DEFAULT_CATEGORIES):
        db.execute(
            "INSERT INTO categories (name, label_en, label_ar, colour, shortcut, position) VALUES (?, ?, ?, ?, ?, ?)",
            [name, en, ar, colour, key, position],
        )


@migrations()
def m003_annotations(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE annotations (
            uuid TEXT PRIMARY KEY,
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > start),
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL REFERENCES categories(name) ON UPDATE CASCADE,
            kind TEXT CHECK (kind IN ('money', 'percent', 'count', 'number')),
            value REAL,
            unit TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'unreviewed'
                CHECK (status IN ('unreviewed', 'confirmed', 'disputed', 'rejected')),
            origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggested')),
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )
        """
    )
    db.execute('CREATE INDEX idx_annotations_article ON annotations (article, start, "end")')


@migrations()
def m004_search(db: Database) -> None:
    # Folded copies of each article's title, text and notes (see text.fold), and the clitic-free forms of
    # their words (text.search_variants) so «انتاج» finds «لإنتاج»; rowid = articles.id.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, notes, variants, tokenize = 'unicode61 remove_diacritics 2')"
    )


@migrations()
def m005_annotation_history(db: Database) -> None:
    # Exchange bookkeeping (desktop.core.exchange.merge, desktop.core.exchange.annotation_import):
    # annotation_history keeps every version of a claim that lost a merge or an import (later `modified`
    # wins); annotation_orphans keeps imported claims that could not be placed, for a later retry: the
    # full record (JSON), why, the article tried (if any) and, when ambiguous, the candidate spans.
    db.execute(
        """
        CREATE TABLE annotation_history (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            article_hash TEXT NOT NULL,
            modified TEXT NOT NULL,
            record TEXT NOT NULL,
            digest TEXT NOT NULL,
            reason TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            recorded TEXT NOT NULL,
            UNIQUE (uuid, digest)
        )
        """
    )
    db.execute("CREATE INDEX idx_annotation_history_uuid ON annotation_history (uuid, modified)")
    db.execute(
        """
        CREATE TABLE annotation_orphans (
            uuid TEXT PRIMARY KEY,
            article_hash TEXT NOT NULL DEFAULT '',
            article_title TEXT NOT NULL DEFAULT '',
            record TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            article INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            candidates TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL DEFAULT '',
            recorded TEXT NOT NULL
        )
        """
    )


@migrations()
def m006_annotation_deletions(db: Database) -> None:
    # Tombstones: one row per deleted claim, so a merge or an import can tell a claim deleted here from one
    # this store never had. `deleted` is when (UTC ISO 8601), `author` who deleted it, `record` the whole
    # claim as it was (JSON), `article_hash` its article's content hash. Restoring the claim removes the row.
    db.execute(
        """
        CREATE TABLE annotation_deletions (
            uuid TEXT PRIMARY KEY,
            article_hash TEXT NOT NULL,
            deleted TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            record TEXT NOT NULL
        )
        """
    )


@migrations()
def m007_article_deletions(db: Database) -> None:
    # Article tombstones: one row per deleted article, keyed by its content hash, so a merge does not bring it
    # back. `article_id` is the id it had (kept free while the row exists, so undo puts it back under the same
    # id), `title`, `deleted` (UTC ISO 8601), `author` who deleted it, `record` the whole article row (JSON) and
    # `claims` the claims deleted with it (JSON list of claim records). Restoring or re-importing it removes the row.
    db.execute(
        """
        CREATE TABLE article_deletions (
            content_hash TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            deleted TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            record TEXT NOT NULL,
            claims TEXT NOT NULL DEFAULT '[]'
        )
        """
    )


@migrations()
def m008_store_marker(db: Database) -> None:
    # The store's own identity: `store_id` (a UUID, the origin of every revision made here, for the team hub),
    # `created`, and `written_by` / `schema` (the Hamish version and schema count that last migrated it, named
    # when an older Hamish opens it read-only). The header marker (PRAGMA application_id, user_version) is set by
    # Store after every migration run.
    import uuid

    from desktop.core.store.models import utc_now

    db.execute("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO store_meta (key, value) VALUES ('store_id', ?), ('created', ?)",
               [str(uuid.uuid4()), utc_now()])


@migrations()
def m009_claim_revisions(db: Database) -> None:
    # Every version of every claim, in the order this store made or received it: `seq` is this store's
    # sequence (a pull in the team hub is "every revision after seq N"); `origin` + `origin_seq` name where the
    # version was made (this store's id and seq for local ones), so pushing one twice is idempotent. `action`:
    # add, edit, undo, redo, delete, restore, merge, import, keep-mine or note (a version kept beside the current
    # one: "keep both"); `deleted` = 1 when the version is a deletion; `base` = the seq the change was based on;
    # `by` who made it, `source` the file it came from. annotations.revision is the seq of its current version.
    db.execute(
        """
        CREATE TABLE claim_revisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL,
            article_hash TEXT NOT NULL,
            action TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            record TEXT NOT NULL,
            base INTEGER,
            by TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            made TEXT NOT NULL,
            origin TEXT NOT NULL,
            origin_seq INTEGER NOT NULL,
            UNIQUE (origin, origin_seq)
        )
        """
    )
    db.execute("CREATE INDEX idx_claim_revisions_uuid ON claim_revisions (uuid, seq)")
    db.execute("ALTER TABLE annotations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
    store_id = db.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone()[0]
    rows = db.execute(
        """SELECT n.uuid, a.content_hash, json_object('uuid', n.uuid, 'start', n.start, 'end', n."end",
                  'quote', n.quote, 'prefix', n.prefix, 'suffix', n.suffix, 'category', n.category, 'kind', n.kind,
                  'value', n.value, 'unit', n.unit, 'note', n.note, 'status', n.status, 'origin', n.origin,
                  'author', n.author, 'created', n.created, 'modified', n.modified), n.author, n.modified
           FROM annotations n JOIN articles a ON a.id = n.article ORDER BY n.created, n.uuid"""
    ).fetchall()
    for uuid, digest, record, author, modified in rows:
        cur = db.execute(
            "INSERT INTO claim_revisions (uuid, article_hash, action, record, by, made, origin, origin_seq) "
            "VALUES (?, ?, 'existing', ?, ?, ?, ?, 0)", [uuid, digest, record, author, modified, store_id])
        seq = cur.lastrowid
        db.execute("UPDATE claim_revisions SET origin_seq = ? WHERE seq = ?", [seq, seq])
        db.execute("UPDATE annotations SET revision = ? WHERE uuid = ?", [seq, uuid])


@migrations()
def m010_article_metadata(db: Database) -> None:
    # What a saved page says about itself (desktop.core.importing): `published` (YYYY-MM-DD) and where that date
    # came from (`published_from`: 'metadata', 'page' for a visible date line, 'file' for the file's date), the
    # `site` name and the `author`. The canonical URL is `source_url`, the language `language` (m001).
    for column in ("published", "published_from", "site", "author"):
        db.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT")
    db.execute("CREATE INDEX idx_articles_published ON articles (published)")


@migrations()
def m011_article_pdfs(db: Database) -> None:
    # The original PDF of an article imported from one, keyed by the article's content hash (so a deleted and
    # restored article, a merged store or a moved file still finds it). `pdf` is the file's bytes, `sha256` their
    # digest, `glyphs` the compressed (page, PDFium character index) of each code point of the canonical text
    # (desktop/core/importing/pdf), `page_sizes` JSON [[width, height], …] in points, `ocr_pages` JSON [page, …].
    db.execute(
        """
        CREATE TABLE article_pdfs (
            content_hash TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            pdf BLOB NOT NULL,
            glyphs BLOB NOT NULL,
            page_sizes TEXT NOT NULL DEFAULT '[]',
            ocr_pages TEXT NOT NULL DEFAULT '[]',
            stored TEXT NOT NULL
        )
        """
    )


@migrations()
def m012_hub_sync(db: Database) -> None:
    # Team hub bookkeeping (desktop.core.hub): `hub_stamps` gives each revision the hybrid logical clock value it
    # was stamped with (local revisions when first synced, pulled ones as the hub gave them), which with the
    # origin id decides a claim's current version the same way in every store. The sync cursors and the hub's URL
    # (never a password) are rows of store_meta.
    db.execute(
        """
        CREATE TABLE hub_stamps (
            seq INTEGER PRIMARY KEY REFERENCES claim_revisions(seq),
            hlc TEXT NOT NULL
        )
        """
    )


@migrations()
def m013_claim_subjects(db: Database) -> None:
    # What a claim is about (desktop.core.compare): `subjects` holds each entity once by its canonical `name` with
    # its `aliases` (JSON list, Arabic and Latin script); annotations.subject names it (NULL: not yet known), and a
    # rename cascades. `contradiction_notes` keeps an analyst's resolution of a contradiction, keyed by the two
    # claims' uuids in sorted order joined by a space, with the note, who resolved it and when. `rates` holds the
    # exchange rates the analyst loaded from a CSV file (units of `currency` per one US dollar on `day`); they
    # override the rates shipped in resources/rates for the same currency and day.
    db.execute(
        """
        CREATE TABLE subjects (
            name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
            aliases TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("ALTER TABLE annotations ADD COLUMN subject TEXT REFERENCES subjects(name) ON UPDATE CASCADE")
    db.execute("CREATE INDEX idx_annotations_subject ON annotations (subject, category)")
    db.execute(
        """
        CREATE TABLE contradiction_notes (
            pair TEXT PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            resolved TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE rates (
            currency TEXT NOT NULL,
            day TEXT NOT NULL,
            per_usd REAL NOT NULL CHECK (per_usd > 0),
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (currency, day)
        )
        """
    )


@migrations()
def m014_hub_items(db: Database) -> None:
    # Team hub: everything shared besides claim revisions, as versioned items (desktop.core.hub.items). `kind`
    # 'article' (key: content hash; payload {"state": "present"|"deleted"}) or 'category' (key: its name; payload: its
    # labels, colour, shortcut, position); (origin, origin_seq) names the version where it was made (this store's id
    # and `seq` for local ones), `hlc` its hybrid logical clock: a key's current state is its greatest (hlc, origin).
    db.execute(
        """
        CREATE TABLE hub_items (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            payload TEXT NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            made TEXT NOT NULL,
            hlc TEXT NOT NULL,
            origin TEXT NOT NULL,
            origin_seq INTEGER NOT NULL,
            UNIQUE (origin, origin_seq)
        )
        """
    )
    db.execute("CREATE INDEX idx_hub_items_key ON hub_items (kind, key, hlc, origin)")


@migrations()
def m015_library_order(db: Database) -> None:
    # The library lists articles in import order (desktop.core.store.listing): an index on (imported, id) reads
    # that order without scanning the articles' rows (10,000 articles: 0.1 s of every start-up without it).
    db.execute("CREATE INDEX idx_articles_imported ON articles (imported, id)")


@migrations()
def m016_hub_heads(db: Database) -> None:
    # Team hub: the current version of each shared item (desktop.core.hub.items), kept as items arrive, so a sync
    # finds what changed here by a join instead of reading every item. Filled from hub_items for stores that synced.
    db.execute(
        """
        CREATE TABLE hub_heads (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            seq INTEGER NOT NULL REFERENCES hub_items(seq),
            payload TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        )
        """
    )
    db.execute(
        """
        INSERT INTO hub_heads (kind, key, seq, payload)
        SELECT kind, key, seq, payload FROM hub_items h WHERE NOT EXISTS (
            SELECT 1 FROM hub_items o WHERE o.kind = h.kind AND o.key = h.key
            AND (o.hlc > h.hlc OR (o.hlc = h.hlc AND o.origin > h.origin)))
        """
    )


@migrations()
def m017_claim_listing(db: Database) -> None:
    # The All-claims view reads the claims page by page from SQL (desktop.core.store.claim_list). `folded` is
    # text.fold of the claim's article title, quote, note and unit (the text filter's haystack, so it needs no
    # Python pass over every claim); NULL means "not folded yet": a writer that does not know the column (the
    # hub's pull) leaves it NULL and the trigger resets it when quote, note or unit change under it, and
    # claim_list.fold_pending fills those in. Covering indexes give each sorted order (store, value within its unit,
    # status) with the filter columns inside, so a sort or a filter is one index scan, never a pass over the rows.
    from desktop.core.store.claim_list import folded_text

    db.execute("ALTER TABLE annotations ADD COLUMN folded TEXT")
    titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
    rows = db.execute("SELECT rowid, article, quote, note, unit FROM annotations").fetchall()
    folded = folded_text([(titles.get(r[1], ""), *r[2:]) for r in rows])
    db.conn.executemany("UPDATE annotations SET folded = ? WHERE rowid = ?", zip(folded, (r[0] for r in rows)))
    db.execute('CREATE INDEX idx_claims_order ON annotations (article, start, "end", unit, category, status)')
    db.execute('CREATE INDEX idx_claims_value ON annotations '
               '(unit, value IS NULL, value, article, start, "end", category, status)')
    db.execute('CREATE INDEX idx_claims_status ON annotations (status, article, start, "end", unit, category)')
    db.execute("CREATE INDEX idx_claims_folded ON annotations (folded)")
    db.execute(
        """
        CREATE TRIGGER annotations_folded_stale AFTER UPDATE OF quote, note, unit ON annotations
        WHEN NEW.folded IS OLD.folded AND NEW.folded IS NOT NULL
        BEGIN UPDATE annotations SET folded = NULL WHERE rowid = NEW.rowid; END
        """
    )


@migrations()
def m019_search_prefixes(db: Database) -> None:
    # Search runs every word as a prefix ("word"*), and as the analyst types the words are short («الم»): FTS5 then
    # merged the lists of every indexed word starting so (hundreds) for each query. Prefix indexes of two and three
    # letters keep those lists ready (10,000 articles: «الم» from about 20 ms to 3 ms; the index grows by about a
    # tenth). FTS5 cannot add them to a table, so the index is copied into a new one (its rows are derived text).
    db.execute(
        "CREATE VIRTUAL TABLE search_index_m019 USING fts5("
        "title, body, notes, variants, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute("INSERT INTO search_index_m019 (rowid, title, body, notes, variants) "
               "SELECT rowid, title, body, notes, variants FROM search_index")
    db.execute("DROP TABLE search_index")
    db.execute("ALTER TABLE search_index_m019 RENAME TO search_index")
