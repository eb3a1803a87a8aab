"""The Store's folded full-text index (search) and its consistency check."""

from __future__ import annotations

import re

from desktop.core import text as textmod
from desktop.core.store.models import SearchHit


class Searching:
    """Mixed into :class:`~desktop.core.store.database.Store`; needs ``db``, ``annotations``, ``article``."""

    def _reindex(self, article_id: int, notes: str | None = None) -> None:
        title, body = self.db.execute("SELECT title, text FROM articles WHERE id = ?", [article_id]).fetchone()
        title, body = textmod.fold(title), textmod.fold(body)
        notes = self._folded_notes(article_id) if notes is None else notes
        self.db.execute("DELETE FROM search_index WHERE rowid = ?", [article_id])
        self.db.execute(
            "INSERT INTO search_index (rowid, title, body, notes, variants) VALUES (?, ?, ?, ?, ?)",
            [article_id, title, body, notes, textmod.search_variants(f"{title}\n{body}\n{notes}")],
        )

    def _folded_notes(self, article_id: int) -> str:
        notes = self.db.execute(
            "SELECT note FROM annotations WHERE article = ? AND note != '' ORDER BY start", [article_id]
        ).fetchall()
        return textmod.fold("\n".join(n for (n,) in notes))

    def _reindex_notes(self, article_id: int) -> None:
        """Re-index an article after its claims changed, only when the text of their notes did."""
        notes = self._folded_notes(article_id)
        row = self.db.execute("SELECT notes FROM search_index WHERE rowid = ?", [article_id]).fetchone()
        if row is None or row[0] != notes:
            self._reindex(article_id, notes)

    def search(self, query: str, *, limit: int = 200) -> list[SearchHit]:
        """Articles whose title, text or claim notes hold every word of ``query`` (as word prefixes),
        matched after Arabic folding, best first."""
        words = re.findall(r"\w+", textmod.fold(query))
        if not words:
            return []
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        rows = self.db.execute(
            """SELECT s.rowid, a.title, snippet(search_index, -1, '[', ']', '…', 12)
               FROM search_index s JOIN articles a ON a.id = s.rowid
               WHERE search_index MATCH ? ORDER BY bm25(search_index, 5.0, 1.0, 2.0, 0.5) LIMIT ?""",
            [match, limit],
        ).fetchall()
        return [SearchHit(*r) for r in rows]

    # --- checks -------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found: SQLite's integrity check and every claim's quote against its article text."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.db.execute("PRAGMA foreign_key_check").fetchall()]
        texts: dict[int, str] = {}
        for a in self.annotations():
            if a.article not in texts:
                texts[a.article] = self.article(a.article).text
            body = texts[a.article]
            if not (0 <= a.start < a.end <= len(body)):
                problems.append(f"annotation {a.uuid}: span {a.start}–{a.end} is outside article {a.article}")
            elif body[a.start : a.end] != a.quote:
                problems.append(
                    f"annotation {a.uuid}: quote {a.quote!r} differs from article {a.article} text "
                    f"{body[a.start:a.end]!r} at {a.start}–{a.end}"
                )
        return problems
