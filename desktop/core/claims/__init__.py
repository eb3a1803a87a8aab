"""The Arabic quantity grammar: numerals, the unit lexicon (data files), the grammar's rules, suggest, evaluation."""

from desktop.core.claims.lexicon import (
    CATEGORIES,
    Lexicon,
    LexiconError,
    active_lexicon,
    analyst_lexicon_path,
    count_units,
    load_lexicon,
    unit_label,
)
from desktop.core.claims.suggest import (
    KINDS,
    RULES,
    Suggestion,
    explain_span,
    parse_quantity,
    save_suggestions,
    suggest,
    suggestion_items,
)

__all__ = [
    "CATEGORIES", "KINDS", "RULES", "Lexicon", "LexiconError", "Suggestion", "active_lexicon", "analyst_lexicon_path",
    "count_units", "explain_span", "load_lexicon", "parse_quantity", "save_suggestions", "suggest",
    "suggestion_items", "unit_label",
]
