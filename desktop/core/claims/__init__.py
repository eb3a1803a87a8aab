"""The Arabic quantity grammar: numerals, scale and unit words, the suggester and its evaluation."""
