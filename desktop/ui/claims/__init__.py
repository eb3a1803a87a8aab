"""The claims panel, its table models, the claim editor, undo commands and review mode."""
