"""Groups claims with the same unit and close values across different articles, so agreement and contradiction show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.store.models import Annotation

__all__ = [
    "DEFAULT_TOLERANCE",
    "CONTRADICTION_SPREAD",
    "GROUP_KEYS",
    "ClaimGroup",
    "GroupingError",
    "relative_difference",
    "group_claims",
    "groups_by_uuid",
]

DEFAULT_TOLERANCE = 0.20
# A group whose values differ by more than this (relative to the largest) is shown as a contradiction.
CONTRADICTION_SPREAD = 0.05
GROUP_KEYS = ("category", "kind")


class GroupingError(ValueError):
    """Grouping parameters that make no sense; the message says which."""


class Spread:
    """What a group of close values says about its range (``low`` and ``high`` are the group's own fields)."""

    low: float
    high: float

    @property
    def spread(self) -> float:
        """(high − low) relative to the larger magnitude: 0 when every source agrees exactly."""
        return relative_difference(self.low, self.high)

    @property
    def contradicts(self) -> bool:
        return self.spread > CONTRADICTION_SPREAD


@dataclass(frozen=True)
class ClaimGroup(Spread):
    """Claims from at least two articles whose values chain together within the tolerance."""

    number: int  # 1-based, stable for the same input: ordered by (unit, key, low)
    unit: str
    key: str  # the category (or kind) shared by the members
    members: tuple[str, ...]  # annotation uuids, by value then article
    articles: frozenset[int]
    low: float
    high: float


def relative_difference(a: float, b: float) -> float:
    """|a − b| / max(|a|, |b|); 0 for equal values (zero included)."""
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def _chains(items: Sequence[Annotation], tolerance: float) -> list[list[Annotation]]:
    """Single-linkage clusters of values sorted ascending.

    For values of one sign the relative difference grows with the distance in the sorted order, so two
    values are linked through a chain exactly when every neighbouring pair between them is within the
    tolerance; cutting the sorted list at every wider gap gives the single-linkage clusters.
    """
    ordered = sorted(items, key=lambda a: (a.value, a.article, a.start, a.uuid))
    chains: list[list[Annotation]] = []
    for a in ordered:
        if chains and relative_difference(chains[-1][-1].value, a.value) <= tolerance:
            chains[-1].append(a)
        else:
            chains.append([a])
    return chains


def group_claims(
    annotations: Iterable[Annotation],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    by: str = "category",
    exclude_statuses: Iterable[str] = ("rejected",),
) -> list[ClaimGroup]:
    """Cluster claims that share a unit and a category (``by="category"``) or kind (``by="kind"``).

    Values link when their relative difference is at most ``tolerance``; a cluster becomes a group only
    when its claims come from two or more articles. Claims without a value, and claims whose status is
    in ``exclude_statuses`` (rejected ones, by default), are left out.
    """
    if by not in GROUP_KEYS:
        raise GroupingError(f"cannot group by {by!r}: use one of {', '.join(GROUP_KEYS)}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise GroupingError(f"tolerance {tolerance!r} must be a fraction from 0 up to (not including) 1")
    excluded = set(exclude_statuses)
    buckets: dict[tuple[str, str], list[Annotation]] = defaultdict(list)
    for a in annotations:
        key = getattr(a, by)
        if a.value is None or key is None or a.status in excluded:
            continue
        buckets[(a.unit, key)].append(a)
    found: list[tuple[str, str, list[Annotation]]] = []
    for (unit, key), items in buckets.items():
        for chain in _chains(items, tolerance):
            if len({a.article for a in chain}) >= 2:
                found.append((unit, key, chain))
    found.sort(key=lambda f: (f[0], f[1], f[2][0].value))
    return [
        ClaimGroup(
            number=n,
            unit=unit,
            key=key,
            members=tuple(a.uuid for a in chain),
            articles=frozenset(a.article for a in chain),
            low=chain[0].value,
            high=chain[-1].value,
        )
        for n, (unit, key, chain) in enumerate(found, start=1)
    ]


def groups_by_uuid(groups: Iterable[ClaimGroup]) -> dict[str, ClaimGroup]:
    """Each grouped claim's uuid → its group."""
    return {uuid: g for g in groups for uuid in g.members}
