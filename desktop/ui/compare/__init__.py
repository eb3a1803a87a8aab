"""Comparing one figure across sources: the Compare window (its chart imports pyqtgraph only when it opens) and the
contradiction badges the claims panel and the All-claims table show."""
