"""The Store's folded full-text index (search) and its consistency check."""

from __future__ import annotations

import re

from desktop.core import text as textmod
from desktop.core.store.derived import IndexRow, index_row
from desktop.core.store.models import SearchHit


class Searching:
    """Mixed into :class:`~desktop.core.store.database.Store`; needs ``db``, ``annotations``, ``article``."""

    def _reindex(self, article_id: int, notes: str | None = None, row: IndexRow | None = None) -> None:
        """Write an article's row of the search index (``row``: computed already, for a new article's text)."""
        if row is None:
            title, body = self.db.execute("SELECT title, text FROM articles WHERE id = ?", [article_id]).fetchone()
            row = index_row(title, body, self._folded_notes(article_id) if notes is None else notes)
        self.db.execute("DELETE FROM search_index WHERE rowid = ?", [article_id])
        self.db.execute(
            "INSERT INTO search_index (rowid, title, body, notes, variants) VALUES (?, ?, ?, ?, ?)",
            [article_id, row.title, row.body, row.notes, row.variants],
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

    def search(self, query: str, *, limit: int = 200, snippets: int | None = 20) -> list[SearchHit]:
        """Articles whose title, text or claim notes hold every word of ``query`` (as word prefixes),
        matched after Arabic folding, best first. A word of one or two letters beside longer ones is left out (as
        typed, "ا" or "ال" would expand to nearly every word of the index); numbers always count. Only the first
        ``snippets`` hits (None: all) carry a snippet, cut in Python from the folded text: FTS5's snippet()
        re-tokenizes each document against every expanded prefix and cost more than the ranking itself; the
        other hits carry an empty snippet."""
        words = re.findall(r"\w+", textmod.fold(query))
        if any(len(w) > 2 for w in words):  # "ال"* or "ا"* would expand to nearly every word of the index
            words = [w for w in words if len(w) > 2 or w.isdigit()]
        if not words:
            return []
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        rows = self._ranked(match, limit)
        shown = rows if snippets is None else rows[:snippets]
        texts: dict[int, tuple] = {}
        for first in range(0, len(shown), 500):
            chunk = [r[0] for r in shown[first:first + 500]]
            texts.update((r[0], r[1:]) for r in self.db.execute(
                f"SELECT rowid, body, notes, title FROM search_index WHERE rowid IN ({', '.join('?' * len(chunk))})",
                chunk))
        found = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\w*")
        return [SearchHit(r[0], r[1], snippet(texts[r[0]], found) if r[0] in texts else "") for r in rows]

    def _hit_count_over(self, match: str, limit: int) -> bool:
        return self.db.execute("SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? "
                               "LIMIT ?)", [match, limit + 1]).fetchone()[0] > limit

    def _ranked(self, match: str, limit: int) -> list[tuple[int, str]]:
        """(id, title) of the hits, best first. Ranking costs per matching article (bm25 walks every expanded
        prefix's positions), so a broad query (over BROAD_QUERY articles: a common word, or one being typed)
        ranks its title hits (when they are no more than ``limit``, else lists them newest first) and lists the
        other hits newest first after them."""
        # The hits are ranked (or ordered) and cut to ``limit`` first, then joined with their titles: joined before
        # the cut, SQLite read the article row of every hit (a prefix typed «الاستث»: 23 ms of the 32).
        ranked = """SELECT h.rowid, a.title FROM (SELECT rowid, bm25(search_index, 5.0, 1.0, 2.0, 0.5) AS score
                    FROM search_index WHERE search_index MATCH ? ORDER BY score LIMIT ?) h
                    JOIN articles a ON a.id = h.rowid ORDER BY h.score"""
        if not self._hit_count_over(match, BROAD_QUERY):
            return self.db.execute(ranked, [match, limit]).fetchall()
        titles = f"{{title}} : ({match})"
        newest = """SELECT h.rowid, a.title FROM (SELECT rowid FROM search_index WHERE search_index MATCH ?
                    ORDER BY rowid DESC LIMIT ?) h JOIN articles a ON a.id = h.rowid ORDER BY h.rowid DESC"""
        if self._hit_count_over(titles, limit):  # more title hits than are shown: newest first, bm25 would walk all
            rows = self.db.execute(newest, [titles, limit]).fetchall()
        else:
            rows = self.db.execute(ranked, [titles, limit]).fetchall()
        if len(rows) >= limit:
            return rows
        seen = {r[0] for r in rows}
        rest = self.db.execute(newest, [match, limit + len(rows)]).fetchall()
        return (rows + [r for r in rest if r[0] not in seen])[:limit]

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


BROAD_QUERY = 2000  # hits over which a query ranks only its title hits (see Searching._ranked)


def snippet(columns: tuple, found: re.Pattern, words: int = 12) -> str:
    """About ``words`` words of the first column where ``found`` matches, matches in [brackets], cut with …."""
    for text in columns:
        first = found.search(text or "")
        if first is None:
            continue
        start = text.rfind("\n", 0, first.start()) + 1
        spans = [m.span() for m in re.finditer(r"\S+", text[start:first.start()])]
        if len(spans) > 2:
            start += spans[-2][0]
        end = start
        for n, m in enumerate(re.finditer(r"\s*\S+", text[start:])):
            if n == words or "\n" in m.group():
                break
            end = start + m.end()
        piece = found.sub(lambda m: f"[{m.group()}]", text[start:end])
        head = "…" if start > 0 and text[start - 1] != "\n" else ""
        return head + piece + ("…" if end < len(text) and text[end] != "\n" else "")
    return ""
