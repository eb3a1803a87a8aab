"""The team hub in the app: the status bar's hub label, Sync now and the automatic sync in a worker thread, and
the conflict badge, tooltip and review of the claims panel."""

from desktop.ui.team.sync import TeamSync, attach

__all__ = ["TeamSync", "attach"]
