"""The sliding window of the contradiction search, over every group at once with numpy.

Claims are numbered 0…n−1 by the caller. Sorted by (group, day, uuid), each claim meets the later claims of its group
within the window; a pair is kept when its two claims come from different articles and their values differ by more
than the tolerance relative to the larger one (|a − b| / max(|a|, |b|), 0 when both are 0: the same float operations
as the plain loop). The pairs come back ordered by (the group's part, the first claim's date, the pair's key).
numpy is installed with pyqtgraph (the Compare view's chart); this module is imported only when contradictions are
computed, so start-up never pays for it.
"""

from __future__ import annotations

import numpy as np

__all__ = ["window_pairs"]

_CHUNK = 1 << 21  # candidate pairs compared at once: bounds the memory a very wide window takes


def _uuid_rank(uuids: list[str], even: bool) -> np.ndarray:
    """Each uuid's rank in string order (as Python sorts them); ``even``: all of one length."""
    joined = "".join(uuids)
    if even and joined.isascii() and "\0" not in joined:
        keys = np.frombuffer(joined.encode("ascii"), dtype=f"S{len(uuids[0])}")  # bytes compare as the strings do
    else:
        keys = np.array(uuids, dtype=object)
    rank = np.empty(len(uuids), dtype=np.int64)
    rank[np.argsort(keys, kind="stable")] = np.arange(len(uuids))
    return rank


def _order(*columns: tuple[np.ndarray, int]) -> np.ndarray:
    """The order that sorts by the columns, first one first; each (column, one more than its largest value). One
    integer key when their product fits in 63 bits, else numpy's lexsort."""
    total = 1
    for _, size in columns:
        total *= max(size, 1)
    if total < 1 << 62:
        key = np.zeros(len(columns[0][0]), dtype=np.int64)
        for column, size in columns:
            key *= max(size, 1)
            key += column
        return np.argsort(key, kind="stable")
    return np.lexsort([c for c, _ in reversed(columns)])


def window_pairs(gids, values, arts, uuids, group_part, article_dates, tolerance: float, window_days: int):
    """(first claims, second claims, differences, days apart) of the contradicting pairs, as lists, in report order.

    ``gids`` (group numbers), ``values`` (compared), ``arts`` (article ids) and ``uuids`` are per claim;
    ``group_part`` gives each group's part rank (subject, category in name order); ``article_dates`` is (the sorted
    article ids, each one's day as an ordinal, each one's date ranked as text).
    """
    n = len(gids)
    even = len(set(map(len, uuids))) == 1
    rank = _uuid_rank(uuids, even)
    arts = np.asarray(arts, dtype=np.int64)
    ids, article_day, article_rank = (np.asarray(x, dtype=np.int64) for x in article_dates)
    where = np.searchsorted(ids, arts)  # every claim's article is among them
    gid, day, date_rank = np.asarray(gids, dtype=np.int64), article_day[where], article_rank[where]
    first_day = int(day.min())
    day -= first_day
    size = int(day.max()) + window_days + 1
    order = _order((gid, len(group_part)), (day, size), (rank, n))  # by group, then day, then uuid (unique)
    gid, day = gid[order], day[order]
    value, art = np.asarray(values, dtype=np.float64)[order], arts[order]
    place = gid * size + day
    count = np.searchsorted(place, place + window_days, side="right") - np.arange(n) - 1  # later neighbours
    ends = np.cumsum(count)
    found_a, found_b, found_diff = [], [], []
    first = 0
    while first < n:  # chunks of claims whose candidate pairs number about _CHUNK
        done = int(ends[first - 1]) if first else 0
        last = min(n, max(first + 1, int(np.searchsorted(ends, done + _CHUNK, side="right"))))
        c = count[first:last]
        total = int(ends[last - 1]) - done
        if total:
            a = np.repeat(np.arange(first, last), c)
            b = a + 1 + np.arange(total) - np.repeat(np.cumsum(c) - c, c)
            va, vb = value[a], value[b]
            top = np.maximum(np.abs(va), np.abs(vb))
            nonzero = top != 0
            diff = np.zeros(total)
            np.divide(np.abs(va - vb), top, out=diff, where=nonzero)
            keep = (diff > tolerance) & (art[a] != art[b])
            found_a.append(a[keep])
            found_b.append(b[keep])
            found_diff.append(diff[keep])
        first = last
    if not found_a or not sum(len(x) for x in found_a):
        return [], [], [], []
    a, b, diff = np.concatenate(found_a), np.concatenate(found_b), np.concatenate(found_diff)
    apart = day[b] - day[a]
    a, b = order[a], order[b]  # back to the caller's numbering
    low, high = np.minimum(rank[a], rank[b]), np.maximum(rank[a], rank[b])
    if not even:  # keys of uneven length: "ua ub" may not sort as (ua, ub) does
        keys = np.array([min(uuids[i], uuids[j]) + " " + max(uuids[i], uuids[j])
                         for i, j in zip(a.tolist(), b.tolist())], dtype=object)
        low = high = np.unique(keys, return_inverse=True)[1].astype(np.int64)
    dates = date_rank
    parts = np.asarray(group_part, dtype=np.int64)
    part = parts[np.asarray(gids, dtype=np.int64)[a]]
    final = _order((part, len(group_part)), (dates[a], int(dates.max()) + 1), (low, int(low.max()) + 1),
                   (high, int(high.max()) + 1))
    return a[final].tolist(), b[final].tolist(), diff[final].tolist(), apart[final].tolist()
