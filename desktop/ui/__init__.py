"""PySide6 user interface over desktop.core."""
