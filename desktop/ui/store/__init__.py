"""The window's link to the store: the write queue that never blocks, the live view, backups."""
