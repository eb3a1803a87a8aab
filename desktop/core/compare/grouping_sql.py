"""The value groups of :func:`desktop.core.compare.grouping.group_claims`, computed inside SQLite with window
functions (a hundred thousand claims: about a second, with the GIL released), keyed by claim rowid for the
All-claims view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.compare.grouping import (
    DEFAULT_TOLERANCE, GROUP_KEYS, GroupingError, Spread,
)

__all__ = ["GroupSummary", "GroupIndex", "group_index"]


@dataclass(frozen=True)
class GroupSummary(Spread):
    """A group as a table shows it: its number, unit, shared key, value range and how many claims and articles."""

    number: int
    unit: str
    key: str
    low: float
    high: float
    size: int
    article_count: int


@dataclass(frozen=True)
class GroupIndex:
    """Every group, each grouped claim's group number (by rowid), and the grouped rowids in group order (by
    number, then value, article and position, as group_claims orders members)."""

    groups: tuple[GroupSummary, ...] = ()
    member_of: dict[int, int] = field(default_factory=dict)
    order: tuple[int, ...] = ()

    def group(self, rowid: int) -> GroupSummary | None:
        number = self.member_of.get(rowid)
        return self.groups[number - 1] if number else None


_CHAINS = """
CREATE TEMP TABLE {table} AS
WITH b AS (
    SELECT rowid AS id, article, start, uuid, unit, {by} AS key, value, lag(value) OVER w AS prev
    FROM annotations WHERE value IS NOT NULL AND {by} IS NOT NULL AND status NOT IN (SELECT value FROM json_each(?))
    WINDOW w AS (PARTITION BY unit, {by} ORDER BY value, article, start, uuid)
)
SELECT id, article, start, uuid, unit, key, value, sum(
    CASE WHEN prev IS NULL THEN 1 WHEN prev = value THEN 0
         WHEN abs(value - prev) / max(abs(value), abs(prev)) <= ? THEN 0 ELSE 1 END)
    OVER (PARTITION BY unit, key ORDER BY value, article, start, uuid ROWS UNBOUNDED PRECEDING) AS chain
FROM b
"""

_GROUPS = """
CREATE TEMP TABLE {groups} AS
SELECT unit, key, chain, min(value) AS low, max(value) AS high, count(*) AS size,
       count(DISTINCT article) AS articles, row_number() OVER (ORDER BY unit, key, min(value)) AS number
FROM temp.{table} GROUP BY unit, key, chain HAVING count(DISTINCT article) >= 2
"""


def group_index(conn, *, tolerance: float = DEFAULT_TOLERANCE, by: str = "category",
                exclude_statuses: Iterable[str] = ("rejected",)) -> GroupIndex:
    """The same groups as ``group_claims(store.annotations(), ...)`` (numbered alike), from SQL on ``conn`` (a
    sqlite3 connection to the store; it may be read-only: only a temporary table is written)."""
    import json

    if by not in GROUP_KEYS:
        raise GroupingError(f"cannot group by {by!r}: use one of {', '.join(GROUP_KEYS)}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise GroupingError(f"tolerance {tolerance!r} must be a fraction from 0 up to (not including) 1")
    table, groups_table = "hamish_chains", "hamish_groups"
    for name in (table, groups_table):
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
    try:
        conn.execute(_CHAINS.format(table=table, by=by), [json.dumps(list(exclude_statuses)), float(tolerance)])
        conn.execute(_GROUPS.format(table=table, groups=groups_table))
        groups = tuple(GroupSummary(*row) for row in conn.execute(
            f"SELECT number, unit, key, low, high, size, articles FROM temp.{groups_table} ORDER BY number"))
        members = conn.execute(
            f"SELECT c.id, g.number FROM temp.{table} c JOIN temp.{groups_table} g USING (unit, key, chain) "
            "ORDER BY g.number, c.value, c.article, c.start, c.uuid").fetchall() if groups else []
        return GroupIndex(groups, dict(members), tuple(r for r, _ in members))
    finally:
        for name in (table, groups_table):
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
