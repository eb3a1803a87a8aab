"""The Help menu's windows: About, Keyboard shortcuts and the first-run tour."""
