"""Hamish (هامش): a desktop reader and annotator for claims in Arabic news."""

__version__ = "0.1.0"
