"""How far two analysts' stores agree, article by article (same content hash).

Claims are paired one-to-one by overlapping span (largest overlap first); span F1 = 2·matched /
(claims in A + claims in B); Cohen's kappa is computed over the categories of the matched pairs, and a
token-level kappa over every word token of the text labelled with the category of the first claim
covering it (or ``O``). Kappa is ``None`` when it is undefined (both sides use one single label throughout).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core.store.models import Annotation
from desktop.core.exchange.merge import Snapshot, read_snapshot

__all__ = ["cohen_kappa", "ArticleAgreement", "AgreementReport", "compare_claims", "agreement", "agreement_between"]

# --- agreement --------------------------------------------------------------------------------

def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa of two equally long label sequences; None when undefined (chance agreement is 1)."""
    if len(a) != len(b):
        raise ValueError("kappa needs two label sequences of the same length")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


def _pairs(claims_a: list[Annotation], claims_b: list[Annotation]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping claims, largest overlap first (then same category, then nearer)."""
    candidates = []
    for i, x in enumerate(claims_a):
        for j, y in enumerate(claims_b):
            overlap = min(x.end, y.end) - max(x.start, y.start)
            if overlap > 0:
                candidates.append((-overlap, x.category != y.category, abs(x.start - y.start), i, j))
    used_a, used_b, pairs = set(), set(), []
    for *_, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


_TOKEN = re.compile(r"\w+")


def _token_labels(text: str, claims: list[Annotation]) -> list[str]:
    ordered = sorted(claims, key=lambda c: (c.start, c.end))
    labels = []
    for m in _TOKEN.finditer(text):
        label = next((c.category for c in ordered if c.start < m.end() and c.end > m.start()), "O")
        labels.append(label)
    return labels


def _brief(a: Annotation) -> dict:
    return {"uuid": a.uuid, "start": a.start, "end": a.end, "quote": a.quote, "category": a.category,
            "value": a.value, "unit": a.unit, "author": a.author}


@dataclass
class ArticleAgreement:
    """Agreement of two analysts on one article."""

    content_hash: str
    title: str
    claims_a: int
    claims_b: int
    matched: int
    exact_spans: int
    span_f1: float | None
    category_agreement: float | None
    category_kappa: float | None
    token_kappa: float | None
    disagreements: list[dict]
    category_pairs: list[tuple[str, str]] = field(default_factory=list, repr=False)
    token_pairs: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []), repr=False)

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("category_pairs")
        d.pop("token_pairs")
        return d


def compare_claims(text: str, claims_a: list[Annotation], claims_b: list[Annotation], *, content_hash: str = "",
                   title: str = "") -> ArticleAgreement:
    """Span F1, category kappa and token kappa of two analysts' claims on one text, with their disagreements."""
    pairs = _pairs(claims_a, claims_b)
    total = len(claims_a) + len(claims_b)
    cats = [(claims_a[i].category, claims_b[j].category) for i, j in pairs]
    disagreements = []
    for i, j in pairs:
        x, y = claims_a[i], claims_b[j]
        what = [k for k, differs in (("category", x.category != y.category),
                                     ("span", (x.start, x.end) != (y.start, y.end)),
                                     ("value", (x.value, x.unit) != (y.value, y.unit))) if differs]
        if what:
            disagreements.append({"type": "+".join(what), "a": _brief(x), "b": _brief(y)})
    paired_a, paired_b = {i for i, _ in pairs}, {j for _, j in pairs}
    disagreements += [{"type": "only_a", "a": _brief(c), "b": None} for i, c in enumerate(claims_a) if i not in paired_a]
    disagreements += [{"type": "only_b", "a": None, "b": _brief(c)} for j, c in enumerate(claims_b) if j not in paired_b]
    tokens = (_token_labels(text, claims_a), _token_labels(text, claims_b))
    return ArticleAgreement(
        content_hash=content_hash, title=title, claims_a=len(claims_a), claims_b=len(claims_b), matched=len(pairs),
        exact_spans=sum((claims_a[i].start, claims_a[i].end) == (claims_b[j].start, claims_b[j].end) for i, j in pairs),
        span_f1=2 * len(pairs) / total if total else None,
        category_agreement=sum(x == y for x, y in cats) / len(cats) if cats else None,
        category_kappa=cohen_kappa([x for x, _ in cats], [y for _, y in cats]),
        token_kappa=cohen_kappa(*tokens), disagreements=disagreements, category_pairs=cats, token_pairs=tokens,
    )


@dataclass
class AgreementReport:
    """Agreement per shared article, and over all of them."""

    a: str
    b: str
    articles: list[ArticleAgreement]
    only_in_a: int
    only_in_b: int

    def overall(self) -> dict:
        claims_a = sum(x.claims_a for x in self.articles)
        claims_b = sum(x.claims_b for x in self.articles)
        matched = sum(x.matched for x in self.articles)
        cats = [p for x in self.articles for p in x.category_pairs]
        tok_a = [t for x in self.articles for t in x.token_pairs[0]]
        tok_b = [t for x in self.articles for t in x.token_pairs[1]]
        return {
            "shared_articles": len(self.articles), "claims_a": claims_a, "claims_b": claims_b, "matched": matched,
            "span_f1": 2 * matched / (claims_a + claims_b) if claims_a + claims_b else None,
            "category_agreement": sum(x == y for x, y in cats) / len(cats) if cats else None,
            "category_kappa": cohen_kappa([x for x, _ in cats], [y for _, y in cats]),
            "token_kappa": cohen_kappa(tok_a, tok_b),
        }

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "overall": self.overall(), "only_in_a": self.only_in_a,
                "only_in_b": self.only_in_b, "articles": [x.to_json() for x in self.articles]}


def agreement(snap_a: Snapshot, snap_b: Snapshot) -> AgreementReport:
    """Agreement of two store snapshots over the articles they share (by content hash)."""
    shared = [h for h in snap_a.articles if h in snap_b.articles]
    results = [
        compare_claims(snap_a.articles[h]["text"], snap_a.claims[h], snap_b.claims[h], content_hash=h,
                       title=snap_a.articles[h]["title"])
        for h in shared
    ]
    return AgreementReport(str(snap_a.path), str(snap_b.path), results,
                           only_in_a=len(snap_a.articles) - len(shared), only_in_b=len(snap_b.articles) - len(shared))


def agreement_between(path_a: str | Path, path_b: str | Path) -> AgreementReport:
    """Agreement of the stores at two paths, read without changing either."""
    return agreement(read_snapshot(path_a), read_snapshot(path_b))
