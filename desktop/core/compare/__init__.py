"""Comparing figures across articles: grouping close values within one unit."""
