"""The local store: Store over sqlite-utils, its named migrations and record types."""
