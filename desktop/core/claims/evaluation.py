"""Precision, recall and F1 of the claim suggester on an annotated JSONL set.

Each line: {"text": ..., "claims": [{"start", "end", "kind", "value", "unit", "category"}, ...]}.
A suggestion matches a gold claim when their spans overlap, the kinds are equal, the values agree
within 0.5 % and the units are equal; each gold claim is matched at most once.

    python -m desktop.core.claims.evaluation tests/data/claims_dev.jsonl
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.claims.suggest import KINDS, Suggestion, suggest
from desktop.core.jsonl import json_lines

__all__ = ["GoldClaim", "Example", "Report", "SetError", "load_set", "evaluate", "matches", "main"]

VALUE_TOLERANCE = 0.005


class SetError(ValueError):
    """An annotated set that cannot be read: names the file, the line and what is wrong."""


@dataclass(frozen=True)
class GoldClaim:
    start: int
    end: int
    kind: str
    value: float
    unit: str
    category: str


@dataclass(frozen=True)
class Example:
    line: int
    text: str
    claims: tuple[GoldClaim, ...]


@dataclass
class Report:
    """Counts and the sentences where the suggester and the gold disagree."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    category_agreements: int = 0
    misses: list[tuple[Example, GoldClaim]] = field(default_factory=list)
    extras: list[tuple[Example, Suggestion]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _gold_claim(raw: object, text: str, where: str) -> GoldClaim:
    if not isinstance(raw, dict):
        raise SetError(f"{where}: each claim must be an object")
    missing = {"start", "end", "kind", "value", "unit", "category"} - raw.keys()
    if missing:
        raise SetError(f"{where}: claim lacks {', '.join(sorted(missing))}")
    start, end = raw["start"], raw["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise SetError(f"{where}: span {start}..{end} is not inside the {len(text)}-character text")
    if raw["kind"] not in KINDS:
        raise SetError(f"{where}: kind {raw['kind']!r} is not one of {', '.join(KINDS)}")
    if not isinstance(raw["value"], (int, float)) or isinstance(raw["value"], bool):
        raise SetError(f"{where}: value must be a number")
    if "text" in raw and raw["text"] != text[start:end]:
        raise SetError(f"{where}: text {raw['text']!r} differs from the span {text[start:end]!r}")
    return GoldClaim(start, end, raw["kind"], float(raw["value"]), str(raw["unit"]), str(raw["category"]))


def load_set(path: Path | str) -> list[Example]:
    """Read and check an annotated JSONL set; raises SetError naming the line of any fault."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SetError(f"{path}: cannot read: {exc}") from exc
    examples = []
    for where, number, obj in json_lines(lines, str(path), SetError):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get("claims"), list):
            raise SetError(f'{where}: expected {{"text": str, "claims": [...]}}')
        text = obj["text"]
        examples.append(Example(number, text, tuple(_gold_claim(c, text, where) for c in obj["claims"])))
    return examples


def matches(s: Suggestion, g: GoldClaim) -> bool:
    """Overlapping span, same kind and unit, value within 0.5 %."""
    overlap = s.start < g.end and g.start < s.end
    close = abs(s.value - g.value) <= VALUE_TOLERANCE * max(abs(g.value), 1e-12)
    return overlap and s.kind == g.kind and s.unit == g.unit and close


def evaluate(examples: list[Example]) -> Report:
    report = Report()
    for ex in examples:
        unmatched = list(suggest(ex.text))
        for g in ex.claims:
            hit = next((s for s in unmatched if matches(s, g)), None)
            if hit is None:
                report.false_negatives += 1
                report.misses.append((ex, g))
                continue
            unmatched.remove(hit)
            report.true_positives += 1
            report.category_agreements += hit.category == g.category
        report.false_positives += len(unmatched)
        report.extras.extend((ex, s) for s in unmatched)
    return report


def _describe(report: Report, examples: list[Example]) -> str:
    lines = [
        f"sentences {len(examples)}  gold claims {report.true_positives + report.false_negatives}  "
        f"suggested {report.true_positives + report.false_positives}",
        f"P {report.precision:.3f}  R {report.recall:.3f}  F1 {report.f1:.3f}  "
        f"category agreement on matches {report.category_agreements}/{report.true_positives}",
    ]
    for ex, g in report.misses:
        lines.append(f"MISS  line {ex.line}: «{ex.text[g.start:g.end]}» {g.kind} {g.value:g} {g.unit}  in «{ex.text}»")
        got = [f"«{s.text}» {s.kind} {s.value:g} {s.unit}" for s in suggest(ex.text)]
        lines.append("      suggested: " + ("; ".join(got) or "nothing"))
    for ex, s in report.extras:
        lines.append(f"EXTRA line {ex.line}: «{s.text}» {s.kind} {s.value:g} {s.unit}  in «{ex.text}»")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.core.claims.evaluation", description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", type=Path, help="annotated set, one JSON object a line")
    args = parser.parse_args(argv)
    try:
        examples = load_set(args.jsonl)
    except SetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(_describe(evaluate(examples), examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
