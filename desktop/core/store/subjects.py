"""Subjects (what a claim's figure is about) in the store: names, aliases, and merging two into one.

A subject is kept once under its canonical ``name`` with ``aliases`` (other spellings, Arabic and Latin script);
a name or alias matches after Arabic folding and case folding, so «ميسترال» and «مِيسترال» are the same. Merging
subject B into A is one transaction: B's claims move to A (each as a new claim revision), B's name and aliases
become A's aliases, and B is removed; :meth:`Subjects.unmerge_subjects` undoes it exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desktop.core import text as textmod
from desktop.core.store.errors import StoreError
from desktop.core.store.models import Subject, utc_now

__all__ = ["Subjects", "SubjectMerge", "subject_key"]


def subject_key(name: str) -> str:
    """What two subject names are compared by: folded, case-folded, single spaces, no tatweel or diacritics."""
    return re.sub(r"\s+", " ", textmod.fold(name or "")).strip()


@dataclass(frozen=True)
class SubjectMerge:
    """What a merge of ``gone`` into ``kept`` changed, so it can be undone: the aliases each had and the claims."""

    kept: str
    kept_aliases: tuple[str, ...]
    gone: str
    gone_aliases: tuple[str, ...]
    claims: tuple[str, ...]  # uuids of the claims moved from gone to kept


class Subjects:
    """The store's subjects (mixed into :class:`~desktop.core.store.database.Store`)."""

    def subjects(self) -> list[Subject]:
        """Every subject with its aliases and number of claims, by name."""
        rows = self.db.execute(
            """SELECT s.name, s.aliases, count(n.uuid) FROM subjects s LEFT JOIN annotations n ON n.subject = s.name
               GROUP BY s.name ORDER BY s.name"""
        ).fetchall()
        return [Subject(name, tuple(json.loads(aliases or "[]")), count) for name, aliases, count in rows]

    def subject(self, name: str) -> Subject | None:
        """The subject that ``name`` names (its canonical name or one of its aliases), or None."""
        key = subject_key(name)
        if not key:
            return None
        # Names first, the one count after: counting every subject's claims costs a scan of all claims.
        for found, aliases in self.db.execute("SELECT name, aliases FROM subjects ORDER BY name").fetchall():
            names = (found, *json.loads(aliases or "[]"))
            if key in {subject_key(n) for n in names}:
                count = self.db.execute("SELECT count(*) FROM annotations WHERE subject = ?", [found]).fetchone()[0]
                return Subject(found, tuple(names[1:]), count)
        return None

    def ensure_subject(self, name: str, aliases=()) -> str:
        """The canonical name of the subject ``name`` (or, failing that, one of ``aliases``) names, adding it when none
        does; names not known yet are added to a subject found. Runs in the caller's transaction, or in its own."""
        name = re.sub(r"\s+", " ", (name or "").strip())
        if not name:
            raise StoreError("a subject needs a name")
        found = self.subject(name)
        if found is None:  # another store's subject may be ours under one of its other names
            found = next((f for f in map(self.subject, aliases or ()) if f is not None), None)
            aliases = [name, *(aliases or ())] if found is not None else aliases
        with self.transaction():
            if found is None:
                clean = _aliases(name, aliases)
                self.db.execute("INSERT INTO subjects (name, aliases, created) VALUES (?, ?, ?)",
                                [name, json.dumps(clean, ensure_ascii=False), utc_now()])
                return name
            known = _aliases(found.name, found.aliases)
            more = _aliases(found.name, [*known, *aliases])
            if more != known:
                self._set_aliases(found.name, more)
            return found.name

    def add_alias(self, name: str, alias: str) -> Subject:
        """Give a subject another name; refused when that name is another subject's."""
        found = self.subject(name)
        if found is None:
            raise StoreError(f"no subject named {name!r}")
        other = self.subject(alias)
        if other is not None and other.name != found.name:
            raise StoreError(f"{alias!r} names the subject {other.name!r} already: merge the two instead")
        with self.transaction():
            self._set_aliases(found.name, _aliases(found.name, [*found.aliases, alias]))
        return self.subject(found.name)

    def _set_aliases(self, name: str, aliases: list[str]) -> None:
        self.db.execute("UPDATE subjects SET aliases = ? WHERE name = ?",
                        [json.dumps(list(aliases), ensure_ascii=False), name])

    def merge_subjects(self, keep: str, gone: str) -> SubjectMerge:
        """Merge subject ``gone`` into ``keep`` in one transaction; returns what undoes it."""
        kept, lost = self.subject(keep), self.subject(gone)
        for asked, found in ((keep, kept), (gone, lost)):
            if found is None:
                raise StoreError(f"no subject named {asked!r}")
        if kept.name == lost.name:
            raise StoreError(f"{keep!r} and {gone!r} are the same subject already")
        uuids = tuple(r[0] for r in self.db.execute(
            "SELECT uuid FROM annotations WHERE subject = ? ORDER BY uuid", [lost.name]).fetchall())
        with self.transaction():
            self._set_aliases(kept.name, _aliases(kept.name, [*kept.aliases, lost.name, *lost.aliases]))
            for uuid in uuids:
                self.update_annotation(uuid, subject=kept.name, action="edit")
            self.db.execute("DELETE FROM subjects WHERE name = ?", [lost.name])
        return SubjectMerge(kept.name, kept.aliases, lost.name, lost.aliases, uuids)

    def unmerge_subjects(self, merge: SubjectMerge) -> None:
        """Undo :meth:`merge_subjects`: the merged subject comes back with its aliases and its claims."""
        with self.transaction():
            self._set_aliases(merge.kept, list(merge.kept_aliases))
            self.db.execute("INSERT INTO subjects (name, aliases, created) VALUES (?, ?, ?)",
                            [merge.gone, json.dumps(list(merge.gone_aliases), ensure_ascii=False), utc_now()])
            for uuid in merge.claims:
                self.update_annotation(uuid, subject=merge.gone, action="undo")


def _aliases(name: str, aliases) -> list[str]:
    """Aliases cleaned: trimmed, without the name itself or repeats (after folding), in the order given."""
    seen, out = {subject_key(name)}, []
    for alias in aliases or ():
        alias = re.sub(r"\s+", " ", str(alias)).strip()
        key = subject_key(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(alias)
    return out
