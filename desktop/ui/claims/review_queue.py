"""The review queues and a claim's context: which claims wait for review, and the paragraph shown around one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.store.models import Annotation

__all__ = ["QUEUES", "CONTEXT_LIMIT", "queue_claims", "is_decided", "qualifies", "claim_context"]

# Queue name → label. "suggested" = machine suggestions nobody has reviewed yet.
QUEUES = {
    "unreviewed": QT_TRANSLATE_NOOP("ReviewWindow", "Unreviewed"),
    "suggested": QT_TRANSLATE_NOOP("ReviewWindow", "Suggested, unreviewed"),
    "disputed": QT_TRANSLATE_NOOP("ReviewWindow", "Disputed"),
}
CONTEXT_LIMIT = 600  # code points of context shown on each side of a claim, at most


def qualifies(claim: Annotation, queue: str) -> bool:
    """True when ``claim`` waits in ``queue``; ValueError for a queue that does not exist."""
    if queue == "unreviewed":
        return claim.status == "unreviewed"
    if queue == "suggested":
        return claim.status == "unreviewed" and claim.origin == "suggested"
    if queue == "disputed":
        return claim.status == "disputed"
    raise ValueError(f"unknown review queue {queue!r} (use one of {', '.join(QUEUES)})")


def queue_claims(store, queue: str = "unreviewed", *, category: str | None = None,
                 article_id: int | None = None) -> list[Annotation]:
    """The claims waiting in ``queue``, optionally of one category and one article, in reading order."""
    if queue not in QUEUES:
        raise ValueError(f"unknown review queue {queue!r} (use one of {', '.join(QUEUES)})")
    return [c for c in store.annotations(article_id, category=category) if qualifies(c, queue)]


def is_decided(claim: Annotation, queue: str) -> bool:
    """A claim in ``queue`` counts as reviewed once its status has moved off what put it there."""
    return not qualifies(claim, queue)


def claim_context(text: str, start: int, end: int, limit: int = CONTEXT_LIMIT) -> tuple[str, int]:
    """The paragraph around ``start``–``end`` (cut to about ``limit`` code points each side, at a sentence
    end or space where possible) and the code-point offset where it begins in ``text``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if start - lo > limit:  # begin at the first sentence (or, failing that, word) start within the limit
        cut = start - limit
        for marks in ((".", "؟", "!"), ("،", " ")):
            found = [i for i in (text.find(m, cut, start) for m in marks) if i >= 0]
            if found:
                lo = min(found) + 1
                break
        else:
            lo = cut
        while lo < start and text[lo].isspace():
            lo += 1
    if hi - end > limit:  # end at the last sentence end within the limit
        cut = end + limit
        found = [i for i in (text.rfind(m, end, cut) for m in (".", "؟", "!")) if i >= 0]
        hi = max(found) + 1 if found else cut
    return text[lo:hi], lo
