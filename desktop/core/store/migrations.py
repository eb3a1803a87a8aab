"""The store's schema, as named migrations applied in order (``sqlite_utils.Migrations``).

Never edit a migration that has shipped: add a new function below the last one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("hamish")

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
def m008_article_pdfs(db: Database) -> None:
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
