"""Export, annotation import, merge and agreement dialogs, and the PDF report."""
