"""The article list with its search, and the import worker."""
