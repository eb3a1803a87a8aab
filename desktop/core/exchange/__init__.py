"""Exports, annotation import and re-anchoring, merge of stores, and agreement between annotators."""
