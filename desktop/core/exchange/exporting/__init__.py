"""Exports of claims: csv, xlsx, W3C Web Annotation JSON-LD, JSON Lines and the HTML review report.

``export(store, fmt, path)`` writes one file, streaming: articles are read from the store one at a time as they
are written (see :class:`common.Selection`), so an export's memory does not grow with the number of claims;
``progress(done, total)`` hears how far it is, and may raise :class:`ExportCancelled` to stop it (no file is left).
The PDF report is made by ``desktop.ui.exchange.pdf_report`` (it needs Qt, which the core never imports) from
:func:`report_html.build_report`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.store.database import Store, StoreError
from desktop.core.exchange.exporting.common import ArticleClaims, Selection, category_records, claim_count, select
from desktop.core.exchange.exporting.csv_export import write_csv
from desktop.core.exchange.exporting.jsonl import write_jsonl
from desktop.core.exchange.exporting.report_html import build_report, write_report
from desktop.core.exchange.exporting.w3c import write_w3c
from desktop.core.exchange.exporting.xlsx_export import write_xlsx

__all__ = ["FORMATS", "ExportCancelled", "ExportResult", "ArticleClaims", "Selection", "claim_count", "export", "select", "check_output_path"]

FORMATS = ("csv", "xlsx", "w3c", "jsonl", "html")
# How many times each format reads the selection's articles (w3c lists them, then their claims); csv and xlsx
# count claim rows (and xlsx its Articles sheet too).
_ARTICLE_PASSES = {"w3c": 2, "jsonl": 1, "html": 1}


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; the export removes what it had written."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: its format, file, and how many articles and claims it holds."""

    format: str
    path: Path
    articles: int
    claims: int
    bytes: int

    def to_json(self) -> dict:
        return {"format": self.format, "path": str(self.path), "articles": self.articles,
                "claims": self.claims, "bytes": self.bytes}


def check_output_path(path: str | os.PathLike) -> Path:
    """The output path, or a StoreError saying why it cannot be written."""
    out = Path(path)
    if out.is_dir():
        raise StoreError(f"{out}: is a folder; give a file name to write")
    if not out.parent.is_dir():
        raise StoreError(f"{out}: its folder {out.parent} does not exist")
    return out


def export(
    store: Store,
    fmt: str,
    path: str | os.PathLike,
    *,
    article_ids: list[int] | None = None,
    status: str | None = None,
    category: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    subjects: list[str] | None = None,
    subject_choice: str = "suggested",
) -> ExportResult:
    """Write the chosen claims (all, or of ``article_ids``, filtered by status and category) as ``fmt``.

    For the HTML report, ``subjects`` (names) or ``subject_choice`` (``suggested``, ``contradictions``, ``all``) say
    which subjects get a chart (desktop.core.exchange.exporting.report_subjects); other formats refuse them.

    ``progress(done, total)`` is called as the export goes (every few hundred rows, or every article) with steps
    done out of a total known from the start; an exception it raises (:class:`ExportCancelled`) stops the export
    and no file is left behind."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)}; pdf needs the Qt layer)")
    if fmt != "html" and (subjects or subject_choice != "suggested"):
        raise StoreError("choosing subjects is for the html and pdf reports (their per-subject charts)")
    out = check_output_path(path)
    selection = select(store, article_ids, status, category)
    categories = category_records(store)
    tmp = out.with_name(out.name + ".part")
    step = _progress(fmt, selection, progress)
    try:
        if fmt == "csv":
            claims = write_csv(selection, tmp, step)
        elif fmt == "xlsx":
            claims = write_xlsx(selection, tmp, step)
        elif fmt == "w3c":
            claims = write_w3c(selection, categories, tmp, store=store)
        elif fmt == "jsonl":
            claims = write_jsonl(selection, categories, tmp, store=store)
        else:
            from desktop.core.exchange.exporting.report_subjects import subject_sections

            tail, _charts = subject_sections(store, selection.ids, category=category, subjects=subjects,
                                             choice=subject_choice)
            claims = write_report(selection, categories, tmp, tail=tail)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    except BaseException:  # cancelled, interrupted or failed: no partial file stays
        tmp.unlink(missing_ok=True)
        raise
    finally:
        selection.on_article = None
    return ExportResult(fmt, out, len(selection), claims, out.stat().st_size)


def _progress(fmt: str, selection: Selection, progress) -> Callable[[int], None] | None:
    """A step counter that tells ``progress(done, total)``; hooked to the selection for the article formats."""
    if progress is None:
        return None
    if fmt in _ARTICLE_PASSES:
        total = len(selection) * _ARTICLE_PASSES[fmt]
    else:
        total = selection.claim_count + (len(selection) if fmt == "xlsx" else 0)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done = min(done + n, total)
        progress(done, total)

    progress(0, total)
    if fmt in _ARTICLE_PASSES:
        selection.on_article = step
    return step
